package kind

import (
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func peopleKind() Kind {
	return Kind{
		Name:        "people",
		Description: "officials named in the documents, by the fullest name the corpus gives, with the other names they go by",
		Stage:       "docs/EXTRACTION.md, mentions and resolve (names), and the corpus merge (short forms, countries)",
		Count:       func(f fact.Facts) int { return len(f.People) },
		Quads:       personQuads,
		Classes:     []string{schema.ClassPerson, schema.ClassCountry},
		Nodes:       []string{schema.ClassPerson},
		Predicates:  []string{schema.PredAlias, schema.PredActsFor},
		Questions: []Question{{
			Name:        "people",
			Item:        "person",
			Description: "people in the graph with the names they go by and the country they act for",
			Sets: []Set{
				{Class: schema.ClassPerson, Fields: []Field{
					{Tag: "name", Save: schema.PredName},
					{Tag: "alias", Save: schema.PredAlias},
					{Tag: "office", Path: []Hop{Out(schema.PredHolds)}},
				}},
				{Class: schema.ClassOffice, Fields: []Field{
					{Tag: "role", Save: schema.PredRole},
					{Tag: "country", Path: []Hop{Out(schema.PredOf)}, Save: schema.PredName},
				}},
			},
			Columns:  []string{"NAME", "ALIASES", "ROLES"},
			Shape:    PersonRow{},
			Names:    []string{"name"},
			Assemble: assemblePeople,
		}},
	}
}

func personQuads(q *Quads, d Doc) {
	for _, p := range d.People {
		if !nonEmpty(p.Name) {
			continue
		}
		iri := q.Person(p.Name)
		for _, a := range p.Aliases {
			if trim(a) != trim(p.Name) {
				q.Str(iri, schema.PredAlias, a)
			}
		}
		if nonEmpty(p.Country) {
			q.Link(iri, schema.PredActsFor, q.Country(p.Country))
		}
	}
}

// PersonRow is someone in the graph.
type PersonRow struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles"`
}

func (p PersonRow) Cells() []string {
	return []string{p.Name, strings.Join(p.Aliases, ", "), strings.Join(p.Roles, "; ")}
}
func (p PersonRow) Sources() []Evidence { return nil }
func (p PersonRow) JSON(bool) any       { return p }

func assemblePeople(rs *Records, p Params) Result {
	list := rs.Class(schema.ClassPerson)
	out := make([]PersonRow, 0, len(list)) // a row a person at most
	for _, r := range list {
		name := r.Longest("name")
		if name == "" || !anyPerson([]string{name}, p.People) {
			continue
		}
		var aliases []string
		for _, a := range append(slices.Clone(r.Values("alias")), r.Values("name")...) {
			if a != name && !slices.Contains(aliases, a) {
				aliases = append(aliases, a)
			}
		}
		// An office is listed with its country; one the documents give no
		// country for is left out, as the country is half of what it says.
		var held []string
		for _, iri := range r.Values("office") {
			o := rs.Get(schema.ClassOffice, iri)
			if o == nil {
				continue
			}
			for _, role := range o.Values("role") {
				for _, c := range o.Values("country") {
					if s := role + " (" + c + ")"; !slices.Contains(held, s) {
						held = append(held, s)
					}
				}
			}
		}
		sort.Strings(held)
		out = append(out, PersonRow{Name: name, Aliases: nonNil(aliases), Roles: nonNil(held)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	var res Result
	for _, r := range out {
		res.Rows = append(res.Rows, r)
	}
	return res
}
