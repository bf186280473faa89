package kind

import (
	"sort"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func partnersKind() Kind {
	return Kind{
		Name:        "partners",
		Description: "unordered pairs of countries a document calls partners or whose cooperation it describes",
		Stage:       "docs/EXTRACTION.md, relations: partners, and the corpus merge (the countries of those who met)",
		Count:       func(f fact.Facts) int { return len(f.Partners) },
		Quads:       partnerQuads,
		Classes:     []string{schema.ClassPartnership},
		Nodes:       []string{schema.ClassPartnership},
		Drawings:    []Drawing{{Class: schema.ClassPartnership, Shape: "octagon", Fill: "#d9ead3", Label: fixedLabel("partners")}},
		Predicates:  []string{schema.PredPartnerOf, schema.PredParty},
		Questions: []Question{{
			Name:        "partners",
			Item:        "partnership",
			Description: "partner countries: unordered pairs of countries described as partners or as cooperating",
			Sets: []Set{
				{Class: schema.ClassCountry, Fields: []Field{
					{Tag: "name", Save: schema.PredName},
					{Tag: "partner", Path: []Hop{Out(schema.PredPartnerOf)}},
				}},
				{Class: schema.ClassPartnership, Evidence: true, Fields: []Field{
					{Tag: "party", Path: []Hop{Out(schema.PredParty)}},
				}},
			},
			Columns:  []string{"COUNTRY", "PARTNER"},
			Shape:    PartnerRow{},
			Names:    []string{"a", "b"}, // and the pair's two strings, without evidence
			Assemble: assemblePartners,
			Gold: &Gold{Key: "partners", Pairs: true,
				Summary: []Part{{Field: "a", None: "?"}, {Field: "b", Before: " - ", None: "?"}},
				Locate: []Cue{
					{Field: "a", Find: FindCountry, Weight: 2, Required: true},
					{Field: "b", Find: FindCountry, Weight: 2, Required: true},
				},
			},
		}},
	}
}

func partnerQuads(q *Quads, d Doc) {
	for _, pt := range d.Partners {
		if !nonEmpty(pt.A) || !nonEmpty(pt.B) || schema.Slug(pt.A) == schema.Slug(pt.B) {
			continue
		}
		a, b := q.Country(pt.A), q.Country(pt.B)
		q.Link(a, schema.PredPartnerOf, b)
		q.Link(b, schema.PredPartnerOf, a)
		id := schema.PartnershipIRI(pt.A, pt.B)
		na, nb := trim(pt.A), trim(pt.B)
		if schema.Slug(nb) < schema.Slug(na) {
			na, nb = nb, na
		}
		q.Node(id, schema.ClassPartnership, na+" – "+nb)
		q.Link(id, schema.PredParty, a)
		q.Link(id, schema.PredParty, b)
		q.Evidence(id, pt.Evidence)
	}
}

// PartnerRow is an unordered country pair. It encodes as ["A","B"] as the
// gold format wants, or as {"a","b","evidence"} when evidence is asked for
// (the scorer accepts both).
type PartnerRow struct {
	A, B     string
	Evidence []Evidence
}

func (r PartnerRow) Cells() []string     { return []string{r.A, r.B} }
func (r PartnerRow) Sources() []Evidence { return r.Evidence }
func (r PartnerRow) JSON(evidence bool) any {
	if !evidence {
		return [2]string{r.A, r.B}
	}
	return struct {
		A        string     `json:"a"`
		B        string     `json:"b"`
		Evidence []Evidence `json:"evidence,omitempty"`
	}{r.A, r.B, r.Evidence}
}

// assemblePartners lists the dg:partner-of pairs by the countries' display
// names, with the evidence of their partnership node.
func assemblePartners(rs *Records, p Params) Result {
	evidence := map[[2]string][]Evidence{}
	for _, r := range rs.Class(schema.ClassPartnership) {
		if ps := r.Values("party"); len(ps) == 2 {
			k := [2]string{ps[0], ps[1]}
			evidence[k] = append(evidence[k], r.Evidence...)
		}
	}
	seen := map[string]bool{}
	// a country is folded once, not once per partner
	folded := map[string]string{}
	fold := func(s string) string {
		f, ok := folded[s]
		if !ok {
			f = Fold(s)
			folded[s] = f
		}
		return f
	}
	var out []PartnerRow
	for _, ra := range rs.Class(schema.ClassCountry) {
		for _, iriB := range ra.Values("partner") {
			rb := rs.Get(schema.ClassCountry, iriB)
			if rb == nil {
				continue
			}
			a, b := ra.Longest("name"), rb.Longest("name")
			if a == "" || b == "" || fold(a) == fold(b) {
				continue
			}
			nodes := [2]string{ra.ID, rb.ID}
			if a > b {
				a, b = b, a
			}
			if nodes[1] < nodes[0] {
				nodes[0], nodes[1] = nodes[1], nodes[0]
			}
			k := fold(a) + "\x00" + fold(b)
			if seen[k] || !countryOK(p, a, b) {
				continue
			}
			seen[k] = true
			out = append(out, PartnerRow{A: a, B: b, Evidence: evidenceIf(p, evidence[nodes])})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	var res Result
	for _, r := range out {
		res.Rows = append(res.Rows, r)
	}
	return res
}
