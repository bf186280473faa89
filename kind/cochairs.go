package kind

import (
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func coChairsKind() Kind {
	return Kind{
		Name:        "co-chairs",
		Description: "who chairs or co-chairs an (intergovernmental) commission, for which side",
		Stage:       "docs/EXTRACTION.md, relations: co-chairs and the corpus merge (commission names, sides)",
		Count:       func(f fact.Facts) int { return len(f.CoChairs) },
		Quads:       coChairQuads,
		Classes:     []string{schema.ClassCommission, schema.ClassCoChair},
		Nodes:       []string{schema.ClassCoChair},
		Drawings: []Drawing{
			{Class: schema.ClassCommission, Shape: "folder", Fill: "#fce5cd", Search: true},
			{Class: schema.ClassCoChair, Shape: "box", Fill: "#fce5cd", Style: "filled,rounded", Label: fixedLabel("co-chair")},
		},
		Predicates: []string{schema.PredCoChaired, schema.PredChairing, schema.PredCommission, schema.PredSide},
		Questions: []Question{{
			Name:        "co-chairs",
			Aliases:     []string{"co_chairs", "cochairs", "co-chair", "cochair", "co_chair"},
			Item:        "co-chair",
			Description: "who chairs or co-chairs which commission, and for which side",
			Sets: []Set{{Class: schema.ClassCoChair, Evidence: true, Fields: []Field{
				{Tag: "person", Path: []Hop{In(schema.PredChairing)}, Save: schema.PredName},
				{Tag: "commission", Path: []Hop{Out(schema.PredCommission)}, Save: schema.PredName},
				{Tag: "country", Path: []Hop{Out(schema.PredSide)}, Save: schema.PredName},
			}}},
			Columns:  []string{"PERSON", "COMMISSION", "SIDE"},
			Shape:    CoChairRow{},
			Names:    []string{"person", "commission", "country"},
			Assemble: assembleCoChairs,
			Gold: &Gold{Key: "co_chairs",
				Match: []Compare{
					{Field: "person", By: SamePerson},
					{Field: "commission", By: CoversDistinctText},
				},
				Summary: []Part{
					{Field: "person", None: "(nobody)"},
					{Field: "commission", Before: ": ", None: "(no commission)"},
					{Field: "country", Before: ", for ", None: "(no side)"},
				},
				Near: Near{By: []Compare{
					{Field: "person", By: SamePerson, Weight: 2},
					{Field: "commission", By: CoversDistinctText, Weight: 1},
				}},
				Locate: []Cue{
					{Field: "person", Find: FindPerson, Weight: 2, Required: true},
					{Field: "commission", Find: FindDistinctWords, Weight: 1},
					{Find: FindWord, Words: []string{"chair", "chaired", "chairs", "chairman", "chairmen", "head", "headed"}, Weight: 0.5},
				},
			},
		}},
	}
}

func coChairQuads(q *Quads, d Doc) {
	for _, cc := range d.CoChairs {
		if !nonEmpty(cc.Person) || !nonEmpty(cc.Commission) {
			continue
		}
		p := q.Person(cc.Person)
		com := schema.CommissionIRI(cc.Commission)
		q.Node(com, schema.ClassCommission, cc.Commission)
		q.Link(p, schema.PredCoChaired, com)
		id := schema.CoChairIRI(cc.Person, cc.Commission, cc.Country)
		name := strings.TrimSpace(cc.Person) + ", " + strings.TrimSpace(cc.Commission)
		if nonEmpty(cc.Country) {
			name += " (" + strings.TrimSpace(cc.Country) + ")"
		}
		q.Node(id, schema.ClassCoChair, name)
		q.Link(id, schema.PredCommission, com)
		if nonEmpty(cc.Country) {
			q.Link(id, schema.PredSide, q.Country(cc.Country))
		}
		q.Link(p, schema.PredChairing, id)
		q.Evidence(id, cc.Evidence)
	}
}

// CoChairRow says who chairs a commission for which side.
type CoChairRow struct {
	Person     string     `json:"person"`
	Commission string     `json:"commission"`
	Country    string     `json:"country"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

func (c CoChairRow) Cells() []string     { return []string{c.Person, c.Commission, c.Country} }
func (c CoChairRow) Sources() []Evidence { return c.Evidence }
func (c CoChairRow) JSON(evidence bool) any {
	c.Evidence = withoutEvidence(evidence, c.Evidence)
	return c
}

func assembleCoChairs(rs *Records, p Params) Result {
	list := rs.Class(schema.ClassCoChair)
	out := make([]CoChairRow, 0, len(list)) // a row a record at most
	index := map[string]int{}
	for _, r := range list {
		c := CoChairRow{Person: r.First("person"), Commission: r.Longest("commission"), Country: r.First("country")}
		if c.Person == "" || c.Commission == "" {
			continue
		}
		if !anyPerson([]string{c.Person}, p.People) || !countryOK(p, c.Country) {
			continue
		}
		k := Fold(c.Person) + "\x00" + Fold(c.Commission) + "\x00" + Fold(c.Country)
		if i, ok := index[k]; ok {
			out[i].Evidence = append(out[i].Evidence, evidenceIf(p, r.Evidence)...)
			continue
		}
		c.Evidence = evidenceIf(p, r.Evidence)
		index[k] = len(out)
		out = append(out, c)
	}
	return Result{Rows: sortedRows(out, func(c *CoChairRow) sortKey { return sortKey{c.Person} })}
}
