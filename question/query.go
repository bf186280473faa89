// Package question reads a question in plain English into a structured
// query: what is asked (meetings, offices, figures, co-chairs, partners,
// commitments, visits, calls; a timeline, a profile, a search), the people,
// countries, organisations, cities, commissions and roles it names
// (resolved against the names the graph holds, accents folded, with "did
// you mean" for near misses and a list of candidates for an ambiguous
// name), the period it is about (relative to a reference date), the
// statuses of commitments it wants and the shape of the answer (a list, a
// count, the latest or first one, yes or no).
//
// No model and no network: the words are in the tables of data/questions
// (Vocabulary), the names come from the graph (Index); a question the
// parser cannot read exactly is declined with a reason (*Decline), never
// guessed at.
package question

import (
	"fmt"
	"strings"
)

// Shapes of answers.
const (
	ShapeList   = "list"   // every fact that fits, in date order where facts have dates
	ShapeCount  = "count"  // how many
	ShapeYesNo  = "yesno"  // whether any fact fits, with the facts that do
	ShapeLatest = "latest" // the latest fact that fits
	ShapeFirst  = "first"  // the first fact that fits
	ShapeNewest = "newest" // a list, newest first
)

// Match says how several parties of a question combine.
const (
	MatchAll = "all" // "X and Y", "between X and Y", "did X meet Y": facts involving every one
	MatchAny = "any" // "X or Y": facts involving any
)

// Query is a question read into its parts. Names are display names as the
// graph holds them.
type Query struct {
	Question string `json:"question"`
	Topic    Topic  `json:"topic"`
	Shape    string `json:"shape"`          // one of the Shape constants
	Asks     string `json:"asks,omitempty"` // what the answer leads with: when, where, who, which, what

	Parties     []Ref    `json:"parties,omitempty"`     // people, countries and organisations the answer must involve
	Match       string   `json:"match,omitempty"`       // MatchAll or MatchAny, when there are several parties
	Places      []Ref    `json:"places,omitempty"`      // cities or countries where it happened
	Roles       []Ref    `json:"roles,omitempty"`       // offices asked about ("prime minister")
	Commissions []Ref    `json:"commissions,omitempty"` // commissions asked about
	Events      []Ref    `json:"events,omitempty"`      // occasions asked about ("at the Northern Forum")
	Periods     []Period `json:"periods,omitempty"`     // when it happened: any of these
	Status      []string `json:"status,omitempty"`      // commitments of any of these statuses
	Terms       []string `json:"terms,omitempty"`       // words the facts' text must contain ("roadmap")
	Search      string   `json:"search,omitempty"`      // the text to search the evidence for
	Notes       []string `json:"notes,omitempty"`       // how the question was read: which words decided what
}

// Ref is an entity a question names.
type Ref struct {
	Kind Kind   `json:"kind"`
	Name string `json:"name"` // the graph's display name
	Said string `json:"said"` // the words of the question that named it
}

// People returns the display names of the people among the parties.
func (q Query) People() []string { return q.partiesOf(Person) }

// Countries returns the display names of the countries and organisations
// among the parties.
func (q Query) Countries() []string { return q.partiesOf(Country, Organisation) }

func (q Query) partiesOf(kinds ...Kind) []string {
	var out []string
	for _, r := range q.Parties {
		if hasKind(kinds, r.Kind) {
			out = append(out, r.Name)
		}
	}
	return out
}

// InTime says whether a fact dated date fits the question's periods (any
// date fits when it names none).
func (q Query) InTime(date string) bool {
	if len(q.Periods) == 0 {
		return true
	}
	for _, p := range q.Periods {
		if p.Contains(date) {
			return true
		}
	}
	return false
}

// MaybeInTime says whether a fact dated date could fit the periods without
// being known to (a year for a month asked about), for saying what an
// answer left out.
func (q Query) MaybeInTime(date string) bool {
	for _, p := range q.Periods {
		if !p.Contains(date) && p.Overlaps(date) {
			return true
		}
	}
	return false
}

// WantsStatus says whether a commitment of status s fits.
func (q Query) WantsStatus(s string) bool {
	if len(q.Status) == 0 {
		return true
	}
	for _, w := range q.Status {
		if w == s {
			return true
		}
	}
	return false
}

// Summary writes the query on one line, its parts in a fixed order and
// the empty ones left out ("topic=meetings parties=A,B period=2023..2023"),
// for tests and logs.
func (q Query) Summary() string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	refs := func(rs []Ref) string {
		var ns []string
		for _, r := range rs {
			ns = append(ns, r.Name)
		}
		return strings.Join(ns, ",")
	}
	add("topic", string(q.Topic))
	if q.Shape != ShapeList {
		add("shape", q.Shape)
	}
	add("asks", q.Asks)
	add("parties", refs(q.Parties))
	if q.Match == MatchAny {
		add("match", q.Match)
	}
	add("places", refs(q.Places))
	add("roles", refs(q.Roles))
	add("commissions", refs(q.Commissions))
	add("events", refs(q.Events))
	var ps []string
	for _, p := range q.Periods {
		ps = append(ps, p.From+".."+p.To)
	}
	add("period", strings.Join(ps, "|"))
	add("status", strings.Join(q.Status, "|"))
	add("terms", strings.Join(q.Terms, ","))
	add("search", q.Search)
	return strings.Join(parts, " ")
}

// Explain lays the query out one part a line, for `ask --explain`.
func (q Query) Explain() string {
	var b strings.Builder
	line := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-12s %s\n", k, v)
		}
	}
	line("question", q.Question)
	line("topic", string(q.Topic))
	shape := q.Shape
	if q.Asks != "" {
		shape += ", asks " + q.Asks
	}
	line("shape", shape)
	refs := func(rs []Ref) string {
		var parts []string
		for _, r := range rs {
			parts = append(parts, fmt.Sprintf("%s (%s, said %q)", r.Name, r.Kind, r.Said))
		}
		return strings.Join(parts, "; ")
	}
	parties := refs(q.Parties)
	if len(q.Parties) > 1 {
		parties = q.Match + " of: " + parties
	}
	line("parties", parties)
	line("places", refs(q.Places))
	line("roles", refs(q.Roles))
	line("commissions", refs(q.Commissions))
	line("events", refs(q.Events))
	var ps []string
	for _, p := range q.Periods {
		ps = append(ps, p.String())
	}
	line("period", strings.Join(ps, " or "))
	line("status", strings.Join(q.Status, " or "))
	line("terms", strings.Join(q.Terms, ", "))
	if q.Search != "" {
		line("search", fmt.Sprintf("%q", q.Search))
	}
	for i, n := range q.Notes {
		k := ""
		if i == 0 {
			k = "read"
		}
		line(k, n)
	}
	return b.String()
}

// Decline is the error of a question the parser will not answer, with
// what would help: the names nearest to an unknown one, the candidates of
// an ambiguous one, the forms of question it can answer.
type Decline struct {
	Question    string
	Reason      string   // one sentence
	Name        string   // the unknown or ambiguous name, as typed
	Suggestions []string // "did you mean": the nearest names in the graph
	Candidates  []string // the entities an ambiguous name could be
	Examples    []string // questions of the forms it can answer, with names from the graph
}

func (d *Decline) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "cannot answer %q: %s", d.Question, d.Reason)
	if len(d.Suggestions) > 0 {
		fmt.Fprintf(&b, "; did you mean %s?", joinNames(d.Suggestions))
	}
	if len(d.Examples) > 0 {
		b.WriteString("\nquestions it can answer, for instance:")
		for _, e := range d.Examples {
			b.WriteString("\n  " + e)
		}
	}
	return b.String()
}
