package kind

import (
	"sort"
	"strings"
)

// Facets are what an answer row says in the terms a plain-English question
// narrows answers by: its date, the people, countries and places it
// involves, its occasion, status and words. Each row type gives its own,
// so that the question layer filters any kind without knowing it.
type Facets struct {
	Kind      string   // the row's item noun ("meeting", "claim")
	Date      string   // when it happened or what it is about (ISO, any precision), or ""
	Dates     []string // every date it was seen at, when it holds over time (an office observed on several dates)
	People    []string // people it involves: participants, speaker, holder, chair, visitor
	Countries []string // countries it involves directly: parties, side, host, office's country
	Places    []string // the city and country where it happened
	Event     string   // the occasion it took place at
	Status    string   // a commitment's status
	Text      []string // the words that describe it: a commitment's text, a claim's metric, a role, a commission
	Docs      []DocRef // the documents that report it
}

// Faceted is a row that says its facets.
type Faceted interface {
	Row
	Facets() Facets
}

func (m MeetingRow) Facets() Facets {
	// the reports' spelling and the city's own name both place it
	return Facets{Kind: "meeting", Date: m.Date, People: m.Participants, Places: nonEmptyOf(m.City, m.cityName, m.Country),
		Event: m.Occasion, Docs: m.sources}
}

func (v VisitRow) Facets() Facets {
	return Facets{Kind: "visit", Date: v.Date, People: nonEmptyOf(v.Visitor), Countries: nonEmptyOf(v.Host),
		Places: nonEmptyOf(v.City, v.Host), Docs: v.sources}
}

func (r RoleRow) Facets() Facets {
	date := ""
	if len(r.observed) > 0 {
		date = r.observed[len(r.observed)-1]
	}
	return Facets{Kind: "role", Date: date, Dates: r.observed, People: nonEmptyOf(r.Person), Countries: nonEmptyOf(r.Country), Text: []string{r.Role}}
}

// Facets of a claim: dated by the period it is about, else by its
// document's date.
func (c ClaimRow) Facets() Facets {
	date := c.Period
	if date == "" {
		date = c.source.Published
	}
	return Facets{Kind: "claim", Date: date, People: nonEmptyOf(c.Speaker), Text: []string{c.Metric, c.Unit}, Docs: docsOf(c.source)}
}

// Said is the date the claim was made: its document's.
func (c ClaimRow) Said() string { return c.source.Published }

// Source is the document that reports the claim.
func (c ClaimRow) Source() DocRef { return c.source }

func (c ConflictRow) Facets() Facets {
	a, b := c.A.Facets(), c.B.Facets()
	return Facets{Kind: "conflict", Date: c.Period, People: append(append([]string{}, a.People...), b.People...),
		Text: append(append([]string{c.Metric}, a.Text...), b.Text...), Docs: append(a.Docs, b.Docs...)}
}

func (c CoChairRow) Facets() Facets {
	return Facets{Kind: "co-chair", People: nonEmptyOf(c.Person), Countries: nonEmptyOf(c.Country), Text: []string{c.Commission}}
}

func (r PartnerRow) Facets() Facets {
	return Facets{Kind: "partnership", Countries: nonEmptyOf(r.A, r.B)}
}

// Facets of a commitment: dated by its document (the meeting it was made
// at is the question layer's to find, from the documents).
func (c CommitmentRow) Facets() Facets {
	return Facets{Kind: "commitment", Date: c.source.Published, Countries: c.Parties, Status: c.Status,
		Text: []string{c.Text}, Docs: docsOf(c.source)}
}

// Source is the document that reports the commitment.
func (c CommitmentRow) Source() DocRef { return c.source }

func (p PersonRow) Facets() Facets {
	return Facets{Kind: "person", People: []string{p.Name}, Text: p.Roles}
}

func nonEmptyOf(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

func docsOf(d DocRef) []DocRef {
	if d.File == "" {
		return nil
	}
	return []DocRef{d}
}

func mergeSorted(a, b []string) []string {
	out := append([]string{}, a...)
	for _, s := range b {
		found := false
		for _, x := range out {
			if x == s {
				found = true
				break
			}
		}
		if !found {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// ScriptOf is the Gizmo source of several questions' records in one script:
// each class's fields once, the documents once, so that an answer drawing
// on several kinds (a timeline, a profile) runs one query; the evidence
// sentences only of the questions evidence says (reading them is most of
// the work). It fails when two questions give one class's tag different
// paths, which would mix their values in one record.
func ScriptOf(evidence func(Question) bool, qs ...Question) (string, error) {
	sets, err := SetsOf(evidence, qs...)
	if err != nil {
		return "", err
	}
	return Script(sets), nil
}
