package kind

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"sync"

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
					return Result{Rows: claimRows(rs, p)}
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
	// cells are the claim's amount and document cells, made once, when a
	// table first shows them, if the claim recurs in many rows
	// (conflicts); nil otherwise.
	cells *claimCells
	// bare is the claim without its evidence, for the JSON of the rows it
	// recurs in (conflicts); nil when it has none or recurs in none.
	bare *ClaimRow
	// json keeps the claim's JSON for the next row it is in, where it
	// recurs (conflicts); nil otherwise.
	json *JSONCache
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
func claimRows(rs *Records, p Params) []Row {
	list := rs.Class(schema.ClassClaim)
	out := make([]ClaimRow, 0, len(list)) // a row a claim at most
	for _, r := range list {
		c, ok := claimRow(rs, r, p)
		if !ok {
			continue
		}
		if len(p.People) > 0 && (c.Speaker == "" || !anyPerson([]string{c.Speaker}, p.People)) {
			continue
		}
		out = append(out, c)
	}
	return sortedRows(out, func(c *ClaimRow) sortKey { return sortKey{c.Doc, c.Speaker, c.Metric} })
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
	if d, ok := rs.FirstDoc(r, "doc"); ok {
		c.source = d
		c.Doc = d.File
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
		s += " (" + signed(*c.ChangePct) + "%)"
	}
	return s
}

// signed writes f as fmt's %+g does, without fmt: the shortest form, with
// its sign.
func signed(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if s[0] != '-' && s[0] != '+' {
		s = "+" + s
	}
	return s
}

// ConflictRow pairs two claims the store links as conflicting
// (fact.Conflicting decided it when the later was written). A and B point
// into the claims the answer read once: a claim in many conflicts is not
// copied into each, and a row is small to build and to box.
type ConflictRow struct {
	Metric string
	Period string
	A      *ClaimRow
	B      *ClaimRow
}

// conflictJSON is a conflict as --json prints it. A and B point to the
// claims as they print (with or without their evidence), shared by every
// row they are in: a row is small to box, and a writer may encode a claim
// once (JSONFields).
type conflictJSON struct {
	Metric string    `json:"metric"`
	Period string    `json:"period"`
	A      *ClaimRow `json:"a"`
	B      *ClaimRow `json:"b"`
}

// JSONFields are the conflict's fields as encoding/json writes them, its
// claims with their caches.
func (j conflictJSON) JSONFields(dst []JSONField) []JSONField {
	return append(dst, JSONField{Name: "metric", Value: j.Metric}, JSONField{Name: "period", Value: j.Period},
		JSONField{Name: "a", Value: j.A, Cache: j.A.json}, JSONField{Name: "b", Value: j.B, Cache: j.B.json})
}

// noClaim is the claim of the zero row.
var noClaim ClaimRow

// printed is the claim as JSON prints it: c itself when its evidence is
// shown or it has no twin without (it has none), else that twin; the zero
// claim where there is none.
func printed(c *ClaimRow, evidence bool) *ClaimRow {
	switch {
	case c == nil:
		return &noClaim
	case evidence || c.bare == nil:
		return c
	}
	return c.bare
}

func speakerCell(s string) string {
	if s == "" {
		return "(narrator)"
	}
	return s
}

// claimOf reads a claim of a row, the zero claim where there is none (the
// zero row a Question's Shape is).
func claimOf(c *ClaimRow) ClaimRow {
	if c == nil {
		return ClaimRow{}
	}
	return *c
}

func (c ConflictRow) Cells() []string {
	a, b := claimOf(c.A), claimOf(c.B)
	ac, bc := a.cellsOf(), b.cellsOf()
	return []string{c.Metric, c.Period, speakerCell(a.Speaker), ac[0], ac[1], speakerCell(b.Speaker), bc[0], bc[1]}
}

// claimCells are a claim's amount and document cells, made once however
// many rows show them (and by whichever goroutine shows them first).
type claimCells struct {
	once  sync.Once
	cells [2]string
}

// cellsOf are the claim's amount and document cells.
func (c ClaimRow) cellsOf() [2]string {
	if c.cells == nil {
		return [2]string{claimCell(c), DocCell([]DocRef{c.source})}
	}
	c.cells.once.Do(func() { c.cells.cells = [2]string{claimCell(c), DocCell([]DocRef{c.source})} })
	return c.cells.cells
}

func (c ConflictRow) Sources() []Evidence {
	return append(slices.Clone(claimOf(c.A).Evidence), claimOf(c.B).Evidence...)
}

func (c ConflictRow) JSON(evidence bool) any {
	return conflictJSON{Metric: c.Metric, Period: c.Period, A: printed(c.A, evidence), B: printed(c.B, evidence)}
}

// assembleConflicts lists the dg:conflicts-with links, so that the answer
// and the graph cannot disagree: the store decided each link with
// fact.Conflicting and bounds how many a claim gets (docs/SCHEMA.md, "Claim
// identity and conflicts").
//
// Most claims conflict with none, and the claims in conflict recur in many
// pairs: a claim's row is built when a pair first needs it, once, and the
// rows point to it.
func assembleConflicts(rs *Records, p Params) Result {
	list := rs.Class(schema.ClassClaim)
	at := make(map[string]int32, len(list))
	for i, r := range list {
		at[r.ID] = int32(i)
	}
	// The claim of list[i] is claims[built[i]-1]; 0 is not built yet, -1
	// is not a claim (no value).
	built := make([]int32, len(list))
	linked := 0 // the claims in conflict: both ends of a link have it
	ends := 0   // the links, each pair's twice
	for _, r := range list {
		if n := len(r.Values(tagConflicts)); n > 0 {
			linked++
			ends += n
		}
	}
	claims := make([]ClaimRow, 0, linked)
	cells := make([]claimCells, linked)
	families := make([][]string, 0, linked)
	speakers := make([]int32, 0, linked) // the claims' strings, by their number in strs
	periods := make([]int32, 0, linked)
	strs := map[string]int32{}
	intern := func(s string) int32 {
		n, ok := strs[s]
		if !ok {
			n = int32(len(strs))
			strs[s] = n
		}
		return n
	}
	claim := func(i int32) (int32, bool) {
		switch b := built[i]; {
		case b > 0:
			return b - 1, true
		case b < 0:
			return 0, false
		}
		c, ok := claimRow(rs, list[i], Params{Evidence: p.Evidence})
		if !ok {
			built[i] = -1
			return 0, false
		}
		// a claim in conflict is in many rows: its cells are made once, if
		// a table shows them (JSON does not)
		if len(claims) < len(cells) {
			c.cells = &cells[len(claims)]
		} else {
			c.cells = new(claimCells) // a link one way only
		}
		c.json = new(JSONCache)
		if len(c.Evidence) > 0 {
			bare := c
			bare.Evidence = nil
			bare.json = new(JSONCache)
			c.bare = &bare
		}
		claims = append(claims, c)
		families = append(families, fact.Families(fact.Figure{Metrics: list[i].Values("metric")}))
		speakers = append(speakers, intern(c.Speaker))
		periods = append(periods, intern(c.Period))
		built[i] = int32(len(claims))
		return int32(len(claims) - 1), true
	}
	// A pair is a conflict by its claims' positions: rows are built once
	// they are in order.
	type pair struct {
		metric        string
		x, y          int32 // claims
		metricN, perN int32 // numbers in strs
	}
	pairs := make([]pair, 0, ends/2+1) // a link each way
	for _, r := range list {
		links := r.Values(tagConflicts)
		if len(links) == 0 {
			continue
		}
		i, ok := claim(at[r.ID])
		if !ok {
			continue
		}
		for _, other := range links {
			o, ok := at[other]
			// Links go both ways: take each pair once.
			if !ok || other <= r.ID {
				continue
			}
			j, ok := claim(o)
			if !ok {
				continue
			}
			if len(p.People) > 0 && !anyPerson([]string{claims[i].Speaker, claims[j].Speaker}, p.People) {
				continue
			}
			x, y := i, j
			if claims[j].Speaker < claims[i].Speaker {
				x, y = y, x
			}
			per := periods[x]
			if claims[x].Period == "" {
				per = periods[y]
			}
			metric := fact.SharedOf(families[i], families[j])
			pairs = append(pairs, pair{metric: metric, x: x, y: y, metricN: intern(metric), perN: per})
		}
	}
	// Ordered by metric, period, speakers and values, ties as found. The
	// strings are few (a metric, a period, a speaker recur in thousands
	// of pairs): each is compared by its rank among them.
	sorted := make([]string, len(strs))
	for s, n := range strs {
		sorted[n] = s
	}
	order := make([]int32, len(sorted))
	for k := range order {
		order[k] = int32(k)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(sorted[a], sorted[b]) })
	rank := make([]uint64, len(order))
	for r, n := range order {
		rank[n] = uint64(r)
	}
	type key struct {
		what, who uint64 // metric and period; the two speakers
		xv, yv    float64
		at        int32
	}
	keys := make([]key, len(pairs))
	for k, c := range pairs {
		keys[k] = key{rank[c.metricN]<<32 | rank[c.perN], rank[speakers[c.x]]<<32 | rank[speakers[c.y]],
			claims[c.x].Value, claims[c.y].Value, int32(k)}
	}
	slices.SortFunc(keys, func(s, t key) int {
		if s.what != t.what {
			return cmp.Compare(s.what, t.what)
		}
		if s.who != t.who {
			return cmp.Compare(s.who, t.who)
		}
		return cmp.Or(cmp.Compare(s.xv, t.xv), cmp.Compare(s.yv, t.yv), cmp.Compare(s.at, t.at))
	})
	if len(pairs) == 0 {
		return Result{}
	}
	res := Result{Rows: make([]Row, len(pairs))}
	for k, kk := range keys {
		c := pairs[kk.at]
		res.Rows[k] = ConflictRow{Metric: c.metric, Period: sorted[c.perN], A: &claims[c.x], B: &claims[c.y]}
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
