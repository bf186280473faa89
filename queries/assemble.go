package queries

import (
	"github.com/diplograph/diplograph/fact"

	"context"
	"math"
	"sort"
	"strings"
)

// Params narrow a question's answer. Names are display names as stored in
// the graph (Route resolves what the user typed to them).
type Params struct {
	People   []string // keep answers involving any of these people
	Country  string   // keep answers involving this country
	Role     string   // roles: keep offices whose name contains this
	Status   string   // commitments: keep this status
	Evidence bool     // attach evidence sentences and documents
	// Undated keeps meetings no document dates. They are left out by
	// default: a meeting answer says who met where and when, and without a
	// date it cannot be told apart from the same people's other meetings.
	Undated bool
}

// Ask runs the named question and assembles its answer.
func Ask(ctx context.Context, q Querier, name string, p Params) (Answer, error) {
	question, err := Lookup(name)
	if err != nil {
		return Answer{}, err
	}
	name = question.Name
	if hidden(name) {
		return Answer{}, errUnknown(name)
	}
	rs, err := rows(ctx, q, name)
	if err != nil {
		return Answer{}, err
	}
	a := Answer{Question: name}
	switch name {
	case "meetings", "calls":
		if name == "calls" {
			p.Undated = true // a call has no place to tell it apart by, and no fewer facts without a date
		}
		a.Meetings, a.Undated = meetings(rs, p)
	case "roles":
		a.Roles = roles(rs, p)
	case "claims":
		a.Claims = claims(rs, p)
	case "co-chairs":
		a.CoChairs = coChairs(rs, p)
	case "partners":
		a.Partners = partners(rs, p)
	case "commitments":
		a.Commitments = commitments(rs, p)
	case "conflicts":
		a.Conflicts = conflicts(claims(rs, Params{Evidence: p.Evidence}), p)
	case "people":
		a.People = people(rs, p)
	}
	return a, nil
}

// record gathers the flat rows of one node (meeting, claim...) by tag.
type record struct {
	id   string
	vals map[string][]string
	ev   []Evidence
}

func (r *record) first(tag string) string {
	if v := r.vals[tag]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// group collects rows by the node tagged key, keeping each tag's distinct
// values in sorted order so answers do not depend on iteration order.
func group(rs []map[string]interface{}, key string) []*record {
	byID := map[string]*record{}
	var order []string
	for _, row := range rs {
		id := str(row[key])
		if id == "" {
			continue
		}
		r := byID[id]
		if r == nil {
			r = &record{id: id, vals: map[string][]string{}}
			byID[id] = r
			order = append(order, id)
		}
		if s, ok := row["evidence"]; ok {
			e := Evidence{Doc: str(row["evidence_doc"]), Sentence: str(s)}
			if !containsEvidence(r.ev, e) {
				r.ev = append(r.ev, e)
			}
			continue
		}
		for tag, v := range row {
			if tag == key || tag == "class" || tag == "person" {
				continue
			}
			s := str(v)
			if s == "" || contains(r.vals[tag], s) {
				continue
			}
			r.vals[tag] = append(r.vals[tag], s)
		}
	}
	sort.Strings(order)
	out := make([]*record, 0, len(order))
	for _, id := range order {
		r := byID[id]
		for _, v := range r.vals {
			sort.Strings(v)
		}
		sort.Slice(r.ev, func(i, j int) bool {
			if r.ev[i].Doc != r.ev[j].Doc {
				return r.ev[i].Doc < r.ev[j].Doc
			}
			return r.ev[i].Sentence < r.ev[j].Sentence
		})
		out = append(out, r)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsEvidence(list []Evidence, e Evidence) bool {
	for _, x := range list {
		if x == e {
			return true
		}
	}
	return false
}

func sameName(a, b string) bool { return fold(a) == fold(b) }

func anyPerson(names []string, want []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, n := range names {
		for _, w := range want {
			if sameName(n, w) {
				return true
			}
		}
	}
	return false
}

func countryOK(p Params, countries ...string) bool {
	if p.Country == "" {
		return true
	}
	for _, c := range countries {
		if sameName(c, p.Country) {
			return true
		}
	}
	return false
}

func ev(p Params, e []Evidence) []Evidence {
	if !p.Evidence {
		return nil
	}
	return e
}

// mostSpecific picks the date with the most detail among a meeting's dates
// (reports may give only the month); ties go to the most reported, then the
// earliest.
func mostSpecific(dates []string, counts map[string]int) string {
	best := ""
	for _, d := range dates {
		switch {
		case best == "":
			best = d
		case len(d) > len(best):
			best = d
		case len(d) == len(best) && counts[d] > counts[best]:
			best = d
		case len(d) == len(best) && counts[d] == counts[best] && d < best:
			best = d
		}
	}
	return best
}

func meetings(rs []map[string]interface{}, p Params) ([]Meeting, int) {
	undated := 0
	counts := map[string]int{}
	for _, row := range rs {
		if d := str(row["date"]); d != "" {
			counts[str(row["meeting"])+"\x00"+d]++
		}
	}
	var out []Meeting
	for _, r := range group(rs, "meeting") {
		dc := map[string]int{}
		for _, d := range r.vals["date"] {
			dc[d] = counts[r.id+"\x00"+d]
		}
		country := r.first("country")
		if country == "" {
			country = r.first("meeting_country")
		}
		docs := append([]string{}, r.vals["doc"]...)
		for _, e := range r.ev {
			if e.Doc != "" && !contains(docs, e.Doc) {
				docs = append(docs, e.Doc)
			}
		}
		sort.Strings(docs)
		m := Meeting{
			Docs:         docs,
			City:         r.first("city"),
			Country:      country,
			Date:         mostSpecific(r.vals["date"], dc),
			Participants: nonNil(r.vals["participant"]),
			Occasion:     longest(r.vals["occasion"]),
			Evidence:     ev(p, r.ev),
		}
		if !anyPerson(m.Participants, p.People) || !countryOK(p, m.Country) {
			continue
		}
		if m.Date == "" && !p.Undated {
			undated++
			continue
		}
		out = append(out, m)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date < out[j].Date
		}
		return out[i].City < out[j].City
	})
	return out, undated
}

func longest(vals []string) string {
	best := ""
	for _, v := range vals {
		if len(v) > len(best) {
			best = v
		}
	}
	return best
}

func roles(rs []map[string]interface{}, p Params) []Role {
	var out []Role
	index := map[string]int{}
	for _, r := range group(rs, "office") {
		role := Role{Person: r.first("person_name"), Role: r.first("role"), Country: r.first("country")}
		if role.Person == "" || role.Role == "" {
			continue
		}
		if !anyPerson([]string{role.Person}, p.People) || !countryOK(p, role.Country) {
			continue
		}
		if p.Role != "" && !strings.Contains(fold(role.Role), fold(p.Role)) {
			continue
		}
		k := fold(role.Person) + "\x00" + fold(role.Role) + "\x00" + fold(role.Country)
		if i, ok := index[k]; ok {
			out[i].Evidence = append(out[i].Evidence, ev(p, r.ev)...)
			continue
		}
		role.Evidence = ev(p, r.ev)
		index[k] = len(out)
		out = append(out, role)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Country != out[j].Country {
			return out[i].Country < out[j].Country
		}
		return out[i].Person < out[j].Person
	})
	return out
}

func claims(rs []map[string]interface{}, p Params) []Claim {
	var out []Claim
	for _, r := range group(rs, "claim") {
		v, ok := num(r.first("value"))
		if !ok {
			continue
		}
		c := Claim{
			Speaker:  r.first("speaker"),
			Metric:   r.first("metric"),
			Value:    v,
			Unit:     r.first("unit"),
			Period:   r.first("period"),
			Doc:      r.first("doc"),
			Evidence: ev(p, r.ev),
		}
		if c.Doc == "" && len(r.ev) > 0 {
			c.Doc = r.ev[0].Doc
		}
		if pct, ok := num(r.first("change_pct")); ok && r.first("change_pct") != "" {
			c.ChangePct = &pct
		}
		if len(p.People) > 0 && (c.Speaker == "" || !anyPerson([]string{c.Speaker}, p.People)) {
			continue
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		if out[i].Speaker != out[j].Speaker {
			return out[i].Speaker < out[j].Speaker
		}
		return out[i].Metric < out[j].Metric
	})
	return out
}

func coChairs(rs []map[string]interface{}, p Params) []CoChair {
	var out []CoChair
	index := map[string]int{}
	for _, r := range group(rs, "cochair") {
		c := CoChair{Person: r.first("person_name"), Commission: longest(r.vals["commission"]), Country: r.first("country")}
		if c.Person == "" || c.Commission == "" {
			continue
		}
		if !anyPerson([]string{c.Person}, p.People) || !countryOK(p, c.Country) {
			continue
		}
		k := fold(c.Person) + "\x00" + fold(c.Commission) + "\x00" + fold(c.Country)
		if i, ok := index[k]; ok {
			out[i].Evidence = append(out[i].Evidence, ev(p, r.ev)...)
			continue
		}
		c.Evidence = ev(p, r.ev)
		index[k] = len(out)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Person < out[j].Person })
	return out
}

func partners(rs []map[string]interface{}, p Params) []Partner {
	evidence := map[string][]Evidence{}
	for _, r := range group(rs, "partnership") {
		if ps := r.vals["party"]; len(ps) == 2 {
			k := pairKey(ps[0], ps[1])
			evidence[k] = append(evidence[k], r.ev...)
		}
	}
	seen := map[string]bool{}
	var out []Partner
	for _, row := range rs {
		a, b := str(row["a_name"]), str(row["b_name"])
		if a == "" || b == "" || sameName(a, b) {
			continue
		}
		if a > b {
			a, b = b, a
		}
		k := pairKey(a, b)
		if seen[k] || !countryOK(p, a, b) {
			continue
		}
		seen[k] = true
		out = append(out, Partner{A: a, B: b, Evidence: ev(p, evidence[k])})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].A != out[j].A {
			return out[i].A < out[j].A
		}
		return out[i].B < out[j].B
	})
	return out
}

func pairKey(a, b string) string {
	a, b = fold(a), fold(b)
	if a > b {
		a, b = b, a
	}
	return a + "\x00" + b
}

func commitments(rs []map[string]interface{}, p Params) []Commitment {
	var out []Commitment
	for _, r := range group(rs, "commitment") {
		c := Commitment{
			Parties:  nonNil(r.vals["party"]),
			Text:     longest(r.vals["text"]),
			Status:   r.first("status"),
			Due:      r.first("due"),
			Doc:      r.first("doc"),
			Evidence: ev(p, r.ev),
		}
		if c.Doc == "" && len(r.ev) > 0 {
			c.Doc = r.ev[0].Doc
		}
		if c.Text == "" || !countryOK(p, c.Parties...) {
			continue
		}
		if p.Status != "" && c.Status != p.Status {
			continue
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].Text < out[j].Text
	})
	return out
}

// conflicts pairs claims of two identified speakers on the same metric,
// unit and stated period whose values are more than 1 % apart (the
// scorer's tolerance). Figures without a period are left out: two of them
// need not be about the same time, so their difference proves nothing.
func conflicts(cs []Claim, p Params) []Conflict {
	// only claims about the same measure can conflict: compare within those
	byFamily := map[string][]int{}
	var families []string
	for i, c := range cs {
		f := fact.MetricFamily(c.Metric)
		if f == "" || c.Speaker == "" {
			continue
		}
		if _, ok := byFamily[f]; !ok {
			families = append(families, f)
		}
		byFamily[f] = append(byFamily[f], i)
	}
	var out []Conflict
	for _, family := range families {
		idx := byFamily[family]
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				a, b := cs[idx[x]], cs[idx[y]]
				if sameName(a.Speaker, b.Speaker) || !samePeriod(a, b) || !figuresDiffer(a, b) {
					continue
				}
				if !anyPerson([]string{a.Speaker, b.Speaker}, p.People) {
					continue
				}
				if a.Speaker > b.Speaker {
					a, b = b, a
				}
				period := a.Period
				if period == "" {
					period = b.Period
				}
				out = append(out, Conflict{Metric: family, Period: period, A: a, B: b})
			}
		}
	}
	return out
}

// samePeriod: stated alike, or one left unstated in the same conversation
// (the speakers answer each other).
func samePeriod(a, b Claim) bool {
	if a.Period == "" || b.Period == "" {
		return a.Doc == b.Doc
	}
	return a.Period == b.Period
}

// figuresDiffer: amounts in one unit more than 1% apart, or growth rates
// more than a twentieth of a point apart.
func figuresDiffer(a, b Claim) bool {
	valueDiffers := a.Unit == b.Unit && a.Unit != "percent" && !within(a.Value, b.Value, 0.01)
	changeDiffers := a.ChangePct != nil && b.ChangePct != nil && math.Abs(*a.ChangePct-*b.ChangePct) > 0.05
	return valueDiffers || changeDiffers
}

func within(a, b, rel float64) bool {
	return math.Abs(a-b) <= rel*math.Max(math.Abs(a), math.Abs(b))
}

func people(rs []map[string]interface{}, p Params) []Person {
	// Office rows carry a role and its country together; other rows only a
	// name or an alias, which group collects.
	offices := map[string][]string{}
	for _, row := range rs {
		if row["role"] == nil {
			continue
		}
		id, s := str(row["person"]), str(row["role"])
		if c := str(row["country"]); c != "" {
			s += " (" + c + ")"
		}
		if !contains(offices[id], s) {
			offices[id] = append(offices[id], s)
		}
	}
	var out []Person
	for _, r := range group(rs, "person") {
		name := longest(r.vals["name"])
		if name == "" || !anyPerson([]string{name}, p.People) {
			continue
		}
		var aliases []string
		for _, a := range append(r.vals["alias"], r.vals["name"]...) {
			if a != name && !contains(aliases, a) {
				aliases = append(aliases, a)
			}
		}
		held := offices[r.id]
		sort.Strings(held)
		out = append(out, Person{Name: name, Aliases: nonNil(aliases), Roles: nonNil(held)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
