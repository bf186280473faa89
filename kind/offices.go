package kind

import (
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func officesKind() Kind {
	return Kind{
		Name:        "offices",
		Description: "offices officials hold: a role (Prime Minister, Foreign Minister...) for a country, observed on a date",
		Stage:       "docs/EXTRACTION.md, mentions (titles) and the corpus merge (sides left open)",
		Count:       func(f fact.Facts) int { return len(f.Offices) },
		Quads:       officeQuads,
		Classes:     []string{schema.ClassOffice},
		Nodes:       []string{schema.ClassOffice},
		Drawings: []Drawing{{Class: schema.ClassOffice, Shape: "box", Fill: "#eeeeee",
			Label: func(l Literals) string { return l.First(schema.PredRole) }}},
		Date:       schema.PredObserved,
		Predicates: []string{schema.PredHolds, schema.PredRole, schema.PredOf, schema.PredObserved},
		Questions: []Question{{
			Name:        "roles",
			Item:        "role",
			Description: "offices held: who is what (Prime Minister, Foreign Minister...) for which country",
			Sets: []Set{{Class: schema.ClassOffice, Evidence: true, Fields: []Field{
				{Tag: "role", Save: schema.PredRole},
				{Tag: "country", Path: []Hop{Out(schema.PredOf)}, Save: schema.PredName},
				{Tag: "person", Path: []Hop{In(schema.PredHolds)}, Save: schema.PredName},
				{Tag: "observed", Save: schema.PredObserved},
			}}},
			Columns:  []string{"PERSON", "ROLE", "COUNTRY"},
			Shape:    RoleRow{},
			Names:    []string{"person", "country"},
			Assemble: assembleRoles,
			Gold: &Gold{Key: "roles",
				Match: []Compare{
					{Field: "person", By: SamePerson},
					{Field: "role", By: SameRole},
					{Field: "country", By: SamePlace},
				},
				Summary: []Part{
					{Field: "person", None: "(nobody)"},
					{Field: "role", Before: ": ", None: "(no office)"},
					{Field: "country", Before: ", ", None: "(no country)"},
				},
				// Near when the person is the same: the office or the country is wrong.
				Near: Near{By: []Compare{
					{Field: "person", By: SamePerson, Weight: 1, Required: true},
					{Field: "role", By: SameRole, Weight: 1},
					{Field: "country", By: SamePlace, Weight: 1},
				}},
				Locate: []Cue{
					{Field: "person", Find: FindPerson, Weight: 2, Required: true},
					{Field: "role", Find: FindWords, Weight: 1},
				},
			},
		}},
	}
}

func officeQuads(q *Quads, d Doc) {
	for _, o := range d.Offices {
		if !nonEmpty(o.Person) || !nonEmpty(o.Role) {
			continue
		}
		off := schema.OfficeIRI(o.Person, o.Role, o.Country)
		name := strings.TrimSpace(o.Role)
		if nonEmpty(o.Country) {
			name += " of " + strings.TrimSpace(o.Country)
		}
		q.Node(off, schema.ClassOffice, name)
		q.Str(off, schema.PredRole, o.Role)
		if nonEmpty(o.Country) {
			q.Link(off, schema.PredOf, q.Country(o.Country))
		}
		observed := o.Observed
		if !nonEmpty(observed) {
			observed = d.Doc.Date
		}
		q.Date(off, schema.PredObserved, observed)
		q.Link(q.Person(o.Person), schema.PredHolds, off)
		q.Evidence(off, o.Evidence)
	}
}

// RoleRow is an office a person holds.
type RoleRow struct {
	Person   string     `json:"person"`
	Role     string     `json:"role"`
	Country  string     `json:"country"`
	Evidence []Evidence `json:"evidence,omitempty"`
	observed []string   // the dates documents observed the office at, sorted
}

// Observed returns the dates documents observed the office at, sorted.
func (r RoleRow) Observed() []string { return r.observed }

func (r RoleRow) Cells() []string     { return []string{r.Person, r.Role, r.Country} }
func (r RoleRow) Sources() []Evidence { return r.Evidence }
func (r RoleRow) JSON(evidence bool) any {
	r.Evidence = withoutEvidence(evidence, r.Evidence)
	return r
}

func assembleRoles(rs *Records, p Params) Result {
	list := rs.Class(schema.ClassOffice)
	out := make([]RoleRow, 0, len(list)) // a row an office at most
	index := map[string]int{}
	for _, r := range list {
		role := RoleRow{Person: r.First("person"), Role: r.First("role"), Country: r.First("country")}
		if role.Person == "" || role.Role == "" {
			continue
		}
		if !anyPerson([]string{role.Person}, p.People) || !countryOK(p, role.Country) {
			continue
		}
		if p.Role != "" && !strings.Contains(Fold(role.Role), Fold(p.Role)) {
			continue
		}
		// Offices whose names differ only in case or accents are one.
		k := Fold(role.Person) + "\x00" + Fold(role.Role) + "\x00" + Fold(role.Country)
		if i, ok := index[k]; ok {
			out[i].Evidence = append(out[i].Evidence, evidenceIf(p, r.Evidence)...)
			out[i].observed = mergeSorted(out[i].observed, r.Values("observed"))
			continue
		}
		role.Evidence = evidenceIf(p, r.Evidence)
		role.observed = mergeSorted(nil, r.Values("observed"))
		index[k] = len(out)
		out = append(out, role)
	}
	return Result{Rows: sortedRows(out, func(r *RoleRow) sortKey { return sortKey{r.Country, r.Person} })}
}
