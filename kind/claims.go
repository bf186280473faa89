package kind

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func claimsKind() Kind {
	return Kind{
		Name:        "claims",
		Description: "figures stated by a speaker (or the narrator): value, unit, period and stated change, and the claims in conflict",
		Stage:       "docs/EXTRACTION.md, relations: claims (figures, periods, speakers)",
		Count:       func(f fact.Facts) int { return len(f.Claims) },
		Quads:       claimQuads,
		Classes:     []string{schema.ClassClaim},
		Nodes:       []string{schema.ClassClaim},
		Drawings:    []Drawing{{Class: schema.ClassClaim, Shape: "note", Fill: "#ead1dc", Label: claimLabel}},
		Predicates: []string{schema.PredClaimed, schema.PredMetric, schema.PredValue, schema.PredUnit, schema.PredPeriod,
			schema.PredChangePct, schema.PredApprox, schema.PredQuote, schema.PredConflicts, schema.PredReports},
		Questions: []Question{
			{
				Name:        "claims",
				Item:        "claim",
				Description: "figures stated: who claimed which value of which metric, for which period, with the stated change",
				Sets:        []Set{claimSet(false)},
				Columns:     []string{"SPEAKER", "METRIC", "VALUE", "UNIT", "PERIOD", "CHANGE %", "DOC"},
				Shape:       ClaimRow{},
				Names:       []string{"speaker"},
				Assemble: func(rs *Records, p Params) Result {
					var res Result
					for _, c := range claimRows(rs, p) {
						res.Rows = append(res.Rows, c)
					}
					return res
				},
				Gold: &Gold{Key: "claims",
					Match: []Compare{{Field: "speaker", By: SamePerson}, {Field: "value", By: SameValue}},
					Accuracy: []Compare{
						{Field: "period", By: EqualOrEmpty, Label: "period-acc"},
						{Field: "change_pct", By: SameValueOrNull, Label: "change-acc"},
					},
					Summary: []Part{
						{Field: "speaker", None: "(narrator)"},
						{Field: "metric", Before: ": ", None: "(no metric)"},
						{Field: "value", Before: " "},
						{Field: "unit", Before: " "},
						{Field: "period", Before: ", period "},
						{Field: "change_pct", Before: ", change ", After: "%"},
					},
					// Near, in the same document, when the figure is the same
					// (the speaker is wrong), or the speaker and the metric
					// (the figure is).
					Near: Near{Min: 2, By: []Compare{
						{Field: "doc", By: SameDocument, Required: true},
						{Field: "value", By: SameValue, Weight: 3},
						{Field: "speaker", By: SamePerson, Weight: 1},
						{Field: "metric", By: SameText, Weight: 1},
					}},
					Locate: []Cue{
						// The speaker is often named a sentence before the figure.
						{Field: "speaker", Find: FindPerson, Weight: 2},
						{Field: "value", Find: FindFigure, Weight: 3},
						{Field: "metric", Find: FindWords, Weight: 0.5},
					},
				},
			},
			{
				Name:        "conflicts",
				Item:        "conflict",
				Description: "conflicting figures: claims by different speakers about the same metric and period whose amounts or stated changes differ",
				Sets:        []Set{claimSet(true)},
				Columns:     []string{"METRIC", "PERIOD", "SPEAKER", "VALUE", "DOC", "OTHER SPEAKER", "OTHER VALUE", "OTHER DOC"},
				Shape:       ConflictRow{},
				Names:       []string{"speaker"},
				Assemble:    assembleConflicts,
			},
		},
	}
}

func claimQuads(q *Quads, d Doc) {
	for _, cl := range d.Claims {
		id := schema.ClaimIRI(cl.Speaker, cl.Value, cl.Unit, cl.Period)
		q.Node(id, schema.ClassClaim, claimName(cl))
		q.Str(id, schema.PredMetric, cl.Metric)
		q.Float(id, schema.PredValue, cl.Value)
		q.Str(id, schema.PredUnit, cl.Unit)
		q.Str(id, schema.PredPeriod, cl.Period)
		if cl.ChangePct != nil {
			q.Float(id, schema.PredChangePct, *cl.ChangePct)
		}
		q.Str(id, schema.PredApprox, cl.Approx)
		q.Str(id, schema.PredQuote, cl.Quote)
		if nonEmpty(cl.Speaker) {
			q.Link(q.Person(cl.Speaker), schema.PredClaimed, id)
		}
		q.Evidence(id, cl.Evidence)
		q.Reports(id)
	}
	for _, c := range d.Conflicts {
		q.Link(c[0], schema.PredConflicts, c[1])
		q.Link(c[1], schema.PredConflicts, c[0])
	}
}

// claimName is built from the identifying fields only, so that every
// document reporting the claim gives it the same name.
func claimName(c fact.Claim) string {
	// Plain digits read better than an exponent in a display name.
	name := strconv.FormatFloat(c.Value, 'f', -1, 64)
	if nonEmpty(c.Unit) {
		name += " " + strings.TrimSpace(c.Unit)
	}
	if nonEmpty(c.Period) {
		name += " (" + strings.TrimSpace(c.Period) + ")"
	}
	return name
}

const tagConflicts = "conflicts"

func claimSet(conflicts bool) Set {
	s := Set{Class: schema.ClassClaim, Evidence: true, Fields: []Field{
		{Tag: "metric", Save: schema.PredMetric},
		{Tag: "value", Save: schema.PredValue},
		{Tag: "unit", Save: schema.PredUnit},
		{Tag: "period", Save: schema.PredPeriod},
		{Tag: "change_pct", Save: schema.PredChangePct},
		{Tag: "speaker", Path: []Hop{In(schema.PredClaimed)}, Save: schema.PredName},
		{Tag: "doc", Path: []Hop{In(schema.PredReports)}},
	}}
	if conflicts {
		s.Fields = append(s.Fields, Field{Tag: tagConflicts, Path: []Hop{Out(schema.PredConflicts)}})
	}
	return s
}

// ClaimRow is a figure a speaker ("" for the narrator) stated.
type ClaimRow struct {
	Speaker   string     `json:"speaker"`
	Metric    string     `json:"metric"`
	Value     float64    `json:"value"`
	Unit      string     `json:"unit"`
	Period    string     `json:"period"`
	ChangePct *float64   `json:"change_pct"`
	Doc       string     `json:"doc"`
	Evidence  []Evidence `json:"evidence,omitempty"`
	id        string
	source    DocRef
}

func (c ClaimRow) Cells() []string {
	return []string{c.Speaker, c.Metric, formatAmount(c.Value), c.Unit, c.Period, formatPct(c.ChangePct), DocCell([]DocRef{c.source})}
}

func (c ClaimRow) Sources() []Evidence { return c.Evidence }

func (c ClaimRow) JSON(evidence bool) any {
	c.Evidence = withoutEvidence(evidence, c.Evidence)
	return c
}

// claimRows reads every claim, keeping those of the people asked about, in
// order of document, speaker and metric.
func claimRows(rs *Records, p Params) []ClaimRow {
	var out []ClaimRow
	for _, r := range rs.Class(schema.ClassClaim) {
		c, ok := claimRow(rs, r, p)
		if !ok {
			continue
		}
		if len(p.People) > 0 && (c.Speaker == "" || !anyPerson([]string{c.Speaker}, p.People)) {
			continue
		}
		out = append(out, c)
	}
	stableSort(out, func(a, b *ClaimRow) bool {
		if a.Doc != b.Doc {
			return a.Doc < b.Doc
		}
		if a.Speaker != b.Speaker {
			return a.Speaker < b.Speaker
		}
		return a.Metric < b.Metric
	})
	return out
}

func claimRow(rs *Records, r *Record, p Params) (ClaimRow, bool) {
	v, ok := num(r.First("value"))
	if !ok {
		return ClaimRow{}, false
	}
	c := ClaimRow{
		Speaker:  r.First("speaker"),
		Metric:   r.First("metric"),
		Value:    v,
		Unit:     r.First("unit"),
		Period:   r.First("period"),
		Evidence: evidenceIf(p, r.Evidence),
		id:       r.ID,
	}
	if docs := rs.Docs(r, "doc"); len(docs) > 0 {
		c.source = docs[0]
		c.Doc = docs[0].File
	}
	if pct, ok := num(r.First("change_pct")); ok {
		c.ChangePct = &pct
	}
	return c, true
}

// claimCell shows an amount with its stated change: "24 billion USD (+7%)".
func claimCell(c ClaimRow) string {
	s := formatAmount(c.Value) + " " + c.Unit
	if c.ChangePct != nil && c.Unit != fact.UnitPercent {
		s += fmt.Sprintf(" (%+g%%)", *c.ChangePct)
	}
	return s
}

// ConflictRow pairs two claims the store links as conflicting
// (fact.Conflicting decided it when the later was written).
type ConflictRow struct {
	Metric string   `json:"metric"`
	Period string   `json:"period"`
	A      ClaimRow `json:"a"`
	B      ClaimRow `json:"b"`
}

func speakerCell(s string) string {
	if s == "" {
		return "(narrator)"
	}
	return s
}

func (c ConflictRow) Cells() []string {
	return []string{c.Metric, c.Period, speakerCell(c.A.Speaker), claimCell(c.A), DocCell([]DocRef{c.A.source}),
		speakerCell(c.B.Speaker), claimCell(c.B), DocCell([]DocRef{c.B.source})}
}

func (c ConflictRow) Sources() []Evidence { return append(slices.Clone(c.A.Evidence), c.B.Evidence...) }

func (c ConflictRow) JSON(evidence bool) any {
	c.A.Evidence = withoutEvidence(evidence, c.A.Evidence)
	c.B.Evidence = withoutEvidence(evidence, c.B.Evidence)
	return c
}

// assembleConflicts lists the dg:conflicts-with links, so that the answer
// and the graph cannot disagree: the store decided each link with
// fact.Conflicting and bounds how many a claim gets (docs/SCHEMA.md, "Claim
// identity and conflicts").
func assembleConflicts(rs *Records, p Params) Result {
	list := rs.Class(schema.ClassClaim)
	claims := make([]ClaimRow, 0, len(list))
	families := make([][]string, 0, len(list))
	at := make(map[string]int32, len(list))
	for _, r := range list {
		if c, ok := claimRow(rs, r, Params{Evidence: p.Evidence}); ok {
			at[r.ID] = int32(len(claims))
			claims = append(claims, c)
			families = append(families, fact.Families(fact.Figure{Metrics: r.Values("metric")}))
		}
	}
	// A pair is a conflict by its claims' positions: rows are built once
	// they are in order.
	type pair struct {
		metric, period string
		x, y           int32
	}
	var pairs []pair
	for _, r := range list {
		i, ok := at[r.ID]
		if !ok {
			continue
		}
		a := &claims[i]
		for _, other := range r.Values(tagConflicts) {
			j, ok := at[other]
			// Links go both ways: take each pair once.
			if !ok || other <= r.ID {
				continue
			}
			b := &claims[j]
			if !anyPerson([]string{a.Speaker, b.Speaker}, p.People) {
				continue
			}
			x, y := i, j
			if b.Speaker < a.Speaker {
				x, y = y, x
			}
			period := claims[x].Period
			if period == "" {
				period = claims[y].Period
			}
			pairs = append(pairs, pair{metric: fact.SharedOf(families[i], families[j]), period: period, x: x, y: y})
		}
	}
	stableSortFunc(pairs, func(s, t *pair) int {
		sx, sy, tx, ty := &claims[s.x], &claims[s.y], &claims[t.x], &claims[t.y]
		return cmp.Or(cmp.Compare(s.metric, t.metric), cmp.Compare(s.period, t.period),
			cmp.Compare(sx.Speaker, tx.Speaker), cmp.Compare(sy.Speaker, ty.Speaker),
			cmp.Compare(sx.Value, tx.Value), cmp.Compare(sy.Value, ty.Value))
	})
	res := Result{Rows: make([]Row, len(pairs))}
	for k, c := range pairs {
		res.Rows[k] = ConflictRow{Metric: c.metric, Period: c.period, A: claims[c.x], B: claims[c.y]}
	}
	if len(res.Rows) == 0 {
		res.Rows = nil
	}
	return res
}

// claimLabel draws a claim as its metric over its figure: "trade\n24 bn
// USD (2022)".
func claimLabel(l Literals) string {
	v, ok := l.Float(schema.PredValue)
	if !ok {
		return ""
	}
	label := FormatFigure(v, l.First(schema.PredUnit))
	if p := l.First(schema.PredPeriod); p != "" {
		label += " (" + p + ")"
	}
	if m := l.First(schema.PredMetric); m != "" {
		label = m + "\n" + label
	}
	return label
}
