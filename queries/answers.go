package queries

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Evidence is a sentence a fact was read from and its document.
type Evidence struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
}

// Meeting is one real-world meeting (or call), however many documents
// report it.
type Meeting struct {
	Docs         []string   `json:"docs"`
	City         string     `json:"city"`
	Country      string     `json:"country"`
	Date         string     `json:"date"`
	Participants []string   `json:"participants"`
	Occasion     string     `json:"occasion"`
	Evidence     []Evidence `json:"evidence,omitempty"`
}

// Role is an office a person holds.
type Role struct {
	Person   string     `json:"person"`
	Role     string     `json:"role"`
	Country  string     `json:"country"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Claim is a figure a speaker ("" for the narrator) stated.
type Claim struct {
	Speaker   string     `json:"speaker"`
	Metric    string     `json:"metric"`
	Value     float64    `json:"value"`
	Unit      string     `json:"unit"`
	Period    string     `json:"period"`
	ChangePct *float64   `json:"change_pct"`
	Doc       string     `json:"doc"`
	Evidence  []Evidence `json:"evidence,omitempty"`
}

// CoChair says who chairs a commission for which side.
type CoChair struct {
	Person     string     `json:"person"`
	Commission string     `json:"commission"`
	Country    string     `json:"country"`
	Evidence   []Evidence `json:"evidence,omitempty"`
}

// Partner is an unordered country pair. It encodes as ["A","B"] as the gold
// format wants, or as {"a","b","evidence"} when evidence is asked for (the
// scorer accepts both).
type Partner struct {
	A, B     string
	Evidence []Evidence
}

// Commitment is an agreement, plan, proposal or pledge.
type Commitment struct {
	Parties  []string   `json:"parties"`
	Text     string     `json:"text"`
	Status   string     `json:"status"`
	Due      string     `json:"due"`
	Doc      string     `json:"doc"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// Conflict pairs two claims by different speakers about the same metric and
// period whose values differ.
type Conflict struct {
	Metric string `json:"metric"`
	Period string `json:"period"`
	A      Claim  `json:"a"`
	B      Claim  `json:"b"`
}

// Person is someone in the graph.
type Person struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Roles   []string `json:"roles"`
}

// Answer is the result of a named question.
type Answer struct {
	Question    string
	Meetings    []Meeting    // meetings, calls
	Roles       []Role       // roles
	Claims      []Claim      // claims
	CoChairs    []CoChair    // co-chairs
	Partners    []Partner    // partners
	Commitments []Commitment // commitments
	Conflicts   []Conflict   // conflicts
	People      []Person     // people
	Undated     int          // meetings left out for want of a date (see Params.Undated)
}

// Len is the number of answers.
func (a Answer) Len() int {
	return len(a.Meetings) + len(a.Roles) + len(a.Claims) + len(a.CoChairs) + len(a.Partners) +
		len(a.Commitments) + len(a.Conflicts) + len(a.People)
}

// JSON returns the value to encode for `ask --json`: an array of objects
// with exactly the gold format's fields (evidence only when asked for).
func (a Answer) JSON(evidence bool) interface{} {
	switch a.Question {
	case "meetings", "calls":
		return nonNil(a.Meetings)
	case "roles":
		return nonNil(a.Roles)
	case "claims":
		return nonNil(a.Claims)
	case "co-chairs":
		return nonNil(a.CoChairs)
	case "partners":
		if evidence {
			type pe struct {
				A        string     `json:"a"`
				B        string     `json:"b"`
				Evidence []Evidence `json:"evidence,omitempty"`
			}
			out := make([]pe, 0, len(a.Partners))
			for _, p := range a.Partners {
				out = append(out, pe{p.A, p.B, p.Evidence})
			}
			return out
		}
		out := make([][2]string, 0, len(a.Partners))
		for _, p := range a.Partners {
			out = append(out, [2]string{p.A, p.B})
		}
		return out
	case "commitments":
		return nonNil(a.Commitments)
	case "conflicts":
		return nonNil(a.Conflicts)
	case "people":
		return nonNil(a.People)
	}
	return []interface{}{}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Table returns a header and rows for an aligned text table.
func (a Answer) Table(evidence bool) ([]string, [][]string) {
	var head []string
	var rows [][]string
	add := func(ev []Evidence, cells ...string) {
		if evidence {
			cells = append(cells, evidenceCell(ev))
		}
		rows = append(rows, cells)
	}
	switch a.Question {
	case "meetings", "calls":
		head = []string{"DATE", "CITY", "COUNTRY", "PARTICIPANTS", "OCCASION", "DOCS"}
		for _, m := range a.Meetings {
			add(m.Evidence, m.Date, m.City, m.Country, strings.Join(m.Participants, ", "), m.Occasion, strings.Join(m.Docs, ", "))
		}
	case "roles":
		head = []string{"PERSON", "ROLE", "COUNTRY"}
		for _, r := range a.Roles {
			add(r.Evidence, r.Person, r.Role, r.Country)
		}
	case "claims":
		head = []string{"SPEAKER", "METRIC", "VALUE", "UNIT", "PERIOD", "CHANGE %", "DOC"}
		for _, c := range a.Claims {
			add(c.Evidence, c.Speaker, c.Metric, formatAmount(c.Value), c.Unit, c.Period, formatPct(c.ChangePct), c.Doc)
		}
	case "co-chairs":
		head = []string{"PERSON", "COMMISSION", "SIDE"}
		for _, c := range a.CoChairs {
			add(c.Evidence, c.Person, c.Commission, c.Country)
		}
	case "partners":
		head = []string{"COUNTRY", "PARTNER"}
		for _, p := range a.Partners {
			add(p.Evidence, p.A, p.B)
		}
	case "commitments":
		head = []string{"PARTIES", "TEXT", "STATUS", "DUE", "DOC"}
		for _, c := range a.Commitments {
			add(c.Evidence, strings.Join(c.Parties, ", "), c.Text, c.Status, c.Due, c.Doc)
		}
	case "conflicts":
		head = []string{"METRIC", "PERIOD", "SPEAKER", "VALUE", "DOC", "OTHER SPEAKER", "OTHER VALUE", "OTHER DOC"}
		for _, c := range a.Conflicts {
			add(append(c.A.Evidence, c.B.Evidence...), c.Metric, c.Period, speakerCell(c.A.Speaker), claimCell(c.A), c.A.Doc,
				speakerCell(c.B.Speaker), claimCell(c.B), c.B.Doc)
		}
	case "people":
		head = []string{"NAME", "ALIASES", "ROLES"}
		for _, p := range a.People {
			add(nil, p.Name, strings.Join(p.Aliases, ", "), strings.Join(p.Roles, "; "))
		}
	}
	if evidence && head != nil {
		head = append(head, "EVIDENCE")
	}
	return head, rows
}

func speakerCell(s string) string {
	if s == "" {
		return "(narrator)"
	}
	return s
}

func evidenceCell(ev []Evidence) string {
	var parts []string
	for _, e := range ev {
		parts = append(parts, fmt.Sprintf("[%s] %s", e.Doc, oneLine(e.Sentence)))
	}
	return strings.Join(parts, " | ")
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func formatNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// formatAmount writes a figure the way a reader says it: "25.5 billion",
// "5,000"; the exact number stays in --json.
func formatAmount(f float64) string {
	a := math.Abs(f)
	for _, s := range []struct {
		div  float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if a >= s.div {
			return strconv.FormatFloat(f/s.div, 'f', -1, 64) + " " + s.name
		}
	}
	if a >= 1000 && f == math.Trunc(f) {
		str := strconv.FormatFloat(a, 'f', 0, 64)
		var b strings.Builder
		for i, r := range str {
			if i > 0 && (len(str)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		if f < 0 {
			return "-" + b.String()
		}
		return b.String()
	}
	return formatNum(f)
}

// claimCell shows an amount with its stated change: "24 billion USD (+7%)".
func claimCell(c Claim) string {
	s := formatAmount(c.Value) + " " + c.Unit
	if c.ChangePct != nil && c.Unit != "percent" {
		s += fmt.Sprintf(" (%+g%%)", *c.ChangePct)
	}
	return s
}

func formatPct(p *float64) string {
	if p == nil {
		return ""
	}
	return formatNum(*p)
}
