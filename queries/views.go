package queries

import (
	"fmt"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/question"
)

// TimelineRow is one dated event of a timeline: a meeting, call or visit,
// a figure claimed (dated by when it was said) or a commitment (by the
// meeting it was made at, else its document).
type TimelineRow struct {
	Date     string          `json:"date"`
	Kind     string          `json:"kind"` // meeting, call, visit, claim, commitment
	What     string          `json:"what"` // the event in a line
	Docs     []string        `json:"docs"` // file names of the documents that report it
	Evidence []kind.Evidence `json:"evidence,omitempty"`
	sources  []kind.DocRef
}

func (t TimelineRow) Cells() []string {
	return []string{t.Date, t.Kind, t.What, kind.DocCell(t.sources)}
}
func (t TimelineRow) Sources() []kind.Evidence { return t.Evidence }
func (t TimelineRow) JSON(evidence bool) any {
	if !evidence {
		t.Evidence = nil
	}
	return t
}

var timelineColumns = []string{"DATE", "KIND", "WHAT", "DOCS"}

// timelineKinds are the named questions a timeline gathers.
var timelineKinds = []string{"meetings", "calls", "visits", "claims", "commitments"}

// timeline lists, in date order, the meetings, calls, visits, figures and
// commitments of the question's parties (all of them), places and period.
func (r *run) timeline(rep *Reply) error {
	if err := r.links(timelineKinds...); err != nil {
		return err
	}
	sec := Section{Name: "timeline", Item: "event", Columns: timelineColumns}
	left := 0
	for _, name := range timelineKinds {
		a, err := r.answer(name)
		if err != nil {
			return err
		}
		for _, row := range a.Rows {
			f, ok := r.facetsOf(row)
			if !ok {
				continue
			}
			if c, ok := row.(kind.ClaimRow); ok {
				// a figure belongs in a timeline when it was said
				f.Date = c.Said()
				if ms := r.meetingsOf[c.Source().File]; len(ms) == 1 {
					if ms[0].Date != "" {
						f.Date = ms[0].Date
					}
					// a figure said at a meeting belongs to the relations of
					// the countries that met (not to the other people's record)
					for _, p := range ms[0].Participants {
						for _, c := range r.countriesOf[kind.Fold(p)] {
							if !containsFold(f.peopleCountries, c) {
								f.peopleCountries = append(f.peopleCountries, c)
							}
						}
					}
				}
			}
			switch r.fit(f, nil) {
			case misfit:
				continue
			case undated:
				left++
				continue
			}
			if f.Date == "" && name == "meetings" && len(r.pq.Parties)+len(r.pq.Places) == 0 {
				continue
			}
			sec.Rows = append(sec.Rows, TimelineRow{Date: f.Date, Kind: f.Kind, What: describe(row),
				Docs: docFiles(f.Docs), Evidence: evidenceIf(r.o.Evidence, row.Sources()), sources: f.Docs})
		}
	}
	sort.SliceStable(sec.Rows, func(i, j int) bool {
		a, b := sec.Rows[i].(TimelineRow), sec.Rows[j].(TimelineRow)
		if a.Date != b.Date {
			// undated events last
			if a.Date == "" || b.Date == "" {
				return b.Date == ""
			}
			return a.Date < b.Date
		}
		return a.Kind < b.Kind
	})
	if left > 0 {
		rep.Left = append(rep.Left, fmt.Sprintf("%d %s not shown: no date, or one less precise than %s", left, plural(left, "event", "events"), periodsText(r.pq.Periods)))
	}
	r.shape(&sec)
	rep.Count = len(sec.Rows)
	rep.Sections = []Section{sec}
	return nil
}

func evidenceIf(keep bool, e []kind.Evidence) []kind.Evidence {
	if keep {
		return e
	}
	return nil
}

func docFiles(ds []kind.DocRef) []string {
	out := []string{}
	for _, d := range ds {
		out = append(out, d.File)
	}
	return out
}

// describe says what a row is in a line, for timelines.
func describe(row kind.Row) string {
	switch x := row.(type) {
	case kind.MeetingRow:
		s := strings.Join(x.Participants, " and ") + " met"
		if x.City != "" {
			s += " in " + x.City
		} else if x.Country != "" {
			s += " in " + x.Country
		}
		if x.Occasion != "" {
			s += " (" + x.Occasion + ")"
		}
		return s
	case kind.VisitRow:
		s := x.Visitor + " visited " + x.Host
		if x.City != "" {
			s += " (" + x.City + ")"
		}
		return s
	case kind.ClaimRow:
		who := x.Speaker
		if who == "" {
			who = "the report"
		}
		c := x.Cells()
		s := fmt.Sprintf("%s: %s %s %s", who, x.Metric, c[2], x.Unit)
		if x.Period != "" {
			s += " (" + x.Period + ")"
		}
		if x.ChangePct != nil {
			s += fmt.Sprintf(", %s%%", c[5])
		}
		return strings.Join(strings.Fields(s), " ")
	case kind.CommitmentRow:
		// One row per commitment node as the registry reads it. When the
		// corpus merge follows a commitment across meetings (a node with
		// dated status steps, issue 8 item 5), its steps belong here, one
		// timeline row each, and in `ask commitments` as a STATUS HISTORY
		// column: the commitments record set gains the steps' fields and
		// CommitmentRow a History.
		return fmt.Sprintf("%s %s: %s", strings.Join(x.Parties, ", "), x.Status, x.Text)
	}
	return strings.Join(row.Cells(), ", ")
}

// OfficeRow is an office in a profile, with the dates documents observed
// it at.
type OfficeRow struct {
	Role     string   `json:"role"`
	Country  string   `json:"country"`
	Observed []string `json:"observed"`
	Person   string   `json:"person,omitempty"`
}

func (o OfficeRow) Cells() []string {
	return []string{o.Person, o.Role, o.Country, strings.Join(o.Observed, ", ")}
}
func (o OfficeRow) Sources() []kind.Evidence { return nil }
func (o OfficeRow) JSON(bool) any            { return o }

// DocRow is a document in a profile.
type DocRow struct {
	File      string `json:"doc"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

func (d DocRow) Cells() []string          { return []string{d.Published, d.Title, d.File} }
func (d DocRow) Sources() []kind.Evidence { return nil }
func (d DocRow) JSON(bool) any            { return d }

// profile answers "person X" and "country X": offices (with the dates
// observed), meetings, calls and visits, figures claimed, commissions
// chaired, commitments, partners (a country) and the documents.
func (r *run) profile(rep *Reply) error {
	if err := r.links("calls", "visits", "claims", "co-chairs", "commitments", "partners"); err != nil {
		return err
	}
	if len(r.pq.Parties) != 1 {
		return fmt.Errorf("a profile is of one person or country")
	}
	party := r.pq.Parties[0]
	docs := map[string]kind.DocRef{}
	// offices: of the person, or held for the country
	roles, err := r.answer("roles")
	if err != nil {
		return err
	}
	offices := Section{Name: "offices", Columns: []string{"PERSON", "ROLE", "COUNTRY", "OBSERVED"}}
	for _, row := range roles.Rows {
		rr := row.(kind.RoleRow)
		if (party.Kind == question.Person && kind.Fold(rr.Person) == kind.Fold(party.Name)) ||
			(party.Kind != question.Person && kind.Fold(rr.Country) == kind.Fold(party.Name)) {
			o := OfficeRow{Role: rr.Role, Country: rr.Country, Observed: nonNilStrings(rr.Observed()), Person: rr.Person}
			offices.Rows = append(offices.Rows, o)
		}
	}
	rep.Sections = append(rep.Sections, offices)
	titles := map[string]string{"meetings": "meetings", "calls": "calls", "visits": "visits", "claims": "figures claimed",
		"co-chairs": "commissions chaired", "commitments": "commitments", "partners": "partners"}
	names := []string{"meetings", "calls", "visits", "claims", "co-chairs", "commitments"}
	if party.Kind != question.Person {
		names = append(names, "partners")
	}
	for _, name := range names {
		a, err := r.answer(name)
		if err != nil {
			return err
		}
		sec := Section{Name: titles[name], Columns: a.Question.Columns}
		for _, row := range a.Rows {
			f, ok := r.facetsOf(row)
			if !ok || r.fit(f, nil) != fits {
				continue
			}
			// a country's figures are its people's: a claim involves the
			// country of its speaker
			sec.Rows = append(sec.Rows, row)
			for _, d := range f.Docs {
				docs[d.File] = d
			}
		}
		rep.Sections = append(rep.Sections, sec)
	}
	ds := Section{Name: "documents", Columns: []string{"PUBLISHED", "TITLE", "FILE"}}
	var files []string
	for f := range docs {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		d := docs[f]
		ds.Rows = append(ds.Rows, DocRow{File: d.File, Title: d.Label(), Published: d.Published})
	}
	rep.Sections = append(rep.Sections, ds)
	for _, s := range rep.Sections {
		rep.Count += len(s.Rows)
	}
	return nil
}

func nonNilStrings(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// search finds the evidence sentences of the question's text, best first;
// a question that names people or countries keeps the sentences of the
// documents that report facts about them.
func (r *run) search(rep *Reply) error {
	if r.o.Search == nil {
		return fmt.Errorf("no search index for this store: run build to make one")
	}
	text := r.pq.Search
	if strings.TrimSpace(text) == "" {
		return &question.Decline{Question: r.pq.Question, Reason: "it names nothing to search for: say what, as in search \"gas pipeline\""}
	}
	limit := r.o.Limit
	if limit <= 0 {
		limit = 20
	}
	fetch := limit
	if len(r.pq.Parties) > 0 {
		fetch = limit * 10
	}
	hits, total, err := r.o.Search.Search(r.ctx, text, fetch)
	if err != nil {
		if err == fulltext.ErrEmptyQuery {
			return &question.Decline{Question: r.pq.Question, Reason: fmt.Sprintf("%q has no word the index searches by (only small words)", text)}
		}
		return err
	}
	if len(r.pq.Parties) > 0 {
		docs, err := r.partyDocs()
		if err != nil {
			return err
		}
		var keep []fulltext.Hit
		for _, h := range hits {
			if docs[h.Doc] {
				keep = append(keep, h)
			}
		}
		hits, total = keep, len(keep)
	}
	if len(hits) > limit {
		hits = hits[:limit]
	}
	rep.Hits, rep.HitsTotal, rep.Count = hits, total, total
	return nil
}

// partyDocs are the documents that report a fact involving every party of
// the question.
func (r *run) partyDocs() (map[string]bool, error) {
	if err := r.links(timelineKinds...); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, name := range timelineKinds {
		a, err := r.answer(name)
		if err != nil {
			return nil, err
		}
		for _, row := range a.Rows {
			f, ok := r.facetsOf(row)
			if !ok {
				continue
			}
			all := true
			for _, p := range r.pq.Parties {
				all = all && f.involves(p)
			}
			if all {
				for _, d := range f.Docs {
					out[d.File] = true
				}
			}
		}
	}
	return out, nil
}
