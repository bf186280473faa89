package queries

import (
	"context"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/question"
)

// runFixture adds to the Oslo visit a later meeting in Lima of Solvang
// with an invented Peruvian minister, dated only by its year, where Peru
// pledged something.
func runFixture() []fact.Facts {
	c := fact.Facts{
		Doc:    fact.Document{Name: "c.txt", Title: "Lima talks", Date: "2022-06-01", Hash: "cc"},
		People: []fact.Person{{Name: "Ingrid Solvang", Country: "Norway"}, {Name: "Rosa Quispe", Country: "Peru"}},
		Offices: []fact.Office{{Person: "Rosa Quispe", Role: "Minister of Trade", Country: "Peru", Observed: "2022-06-01",
			Evidence: sent("Trade Minister Rosa Quispe received her.", 1)}},
		Meetings: []fact.Meeting{{Kind: "meeting", Participants: []string{"Ingrid Solvang", "Rosa Quispe"}, City: "Lima", Country: "Peru",
			Date: "2022", Evidence: sent("Solvang met Quispe in Lima.", 2)}},
		Claims: []fact.Claim{{Speaker: "Rosa Quispe", Metric: "exports", Value: 3e8, Unit: "USD", Period: "2021",
			Evidence: sent("Quispe said exports reached $300 million in 2021.", 3)}},
		Commitments: []fact.Commitment{{Parties: []string{"Peru"}, Text: "open a fisheries office in Oslo", Status: "pledged",
			Evidence: sent("Peru pledged to open a fisheries office in Oslo.", 4)}},
	}
	return append(fixture(), c)
}

func person(n string) question.Ref  { return question.Ref{Kind: question.Person, Name: n} }
func country(n string) question.Ref { return question.Ref{Kind: question.Country, Name: n} }
func city(n string) question.Ref    { return question.Ref{Kind: question.City, Name: n} }

// rowsOf writes a reply's rows as their first cells, one section after
// another.
func rowsOf(r Reply) string {
	var out []string
	for _, s := range r.Sections {
		for _, row := range s.Rows {
			c := row.Cells()
			n := min(4, len(c))
			out = append(out, strings.Join(c[:n], "|"))
		}
	}
	return strings.Join(out, " ;; ")
}

func TestRun(t *testing.T) {
	q := newMem(t, runFixture()...)
	in := func(from, to string) []question.Period { return []question.Period{{From: from, To: to}} }
	cases := []struct {
		name string
		q    question.Query
		want string
		left string // a part of Reply.Left
	}{
		{"both people", question.Query{Topic: question.TopicMeetings, Parties: []question.Ref{person("Ingrid Solvang"), person("Rosa Quispe")}, Match: question.MatchAll},
			"2022|Lima|Peru|Ingrid Solvang, Rosa Quispe", ""},
		{"either person", question.Query{Topic: question.TopicMeetings, Parties: []question.Ref{person("Tomás Aravena"), person("Rosa Quispe")}, Match: question.MatchAny},
			"2021-03-03|Oslo|Norway|Ingrid Solvang, Tomás Aravena ;; 2022|Lima|Peru|Ingrid Solvang, Rosa Quispe", ""},
		{"two countries by their people", question.Query{Topic: question.TopicMeetings, Parties: []question.Ref{country("Norway"), country("Chile")}, Match: question.MatchAll},
			"2021-03-03|Oslo|Norway|Ingrid Solvang, Tomás Aravena", ""},
		{"a country as the place", question.Query{Topic: question.TopicMeetings, Places: []question.Ref{country("Peru")}},
			"2022|Lima|Peru|Ingrid Solvang, Rosa Quispe", ""},
		{"a month", question.Query{Topic: question.TopicMeetings, Periods: in("2021-03", "2021-03")},
			"2021-03-03|Oslo|Norway|Ingrid Solvang, Tomás Aravena", ""},
		{"a month a year-dated meeting may be in", question.Query{Topic: question.TopicMeetings, Periods: in("2022-05", "2022-05")},
			"", "1 meeting not shown: no date, or one less precise than 2022-05"},
		{"count", question.Query{Topic: question.TopicMeetings, Shape: question.ShapeCount, Parties: []question.Ref{person("Ingrid Solvang")}},
			"2021-03-03|Oslo|Norway|Ingrid Solvang, Tomás Aravena ;; 2022|Lima|Peru|Ingrid Solvang, Rosa Quispe", ""},
		{"latest", question.Query{Topic: question.TopicMeetings, Shape: question.ShapeLatest, Parties: []question.Ref{person("Ingrid Solvang")}},
			"2022|Lima|Peru|Ingrid Solvang, Rosa Quispe", ""},
		{"first", question.Query{Topic: question.TopicMeetings, Shape: question.ShapeFirst, Parties: []question.Ref{person("Ingrid Solvang")}},
			"2021-03-03|Oslo|Norway|Ingrid Solvang, Tomás Aravena", ""},
		// a commitment made at a meeting: its place, and the countries that met
		{"made at a meeting in Lima", question.Query{Topic: question.TopicCommitments, Places: []question.Ref{city("Lima")}},
			"Peru|open a fisheries office in Oslo|pledged|", ""},
		{"Peru and Norway: Peru's pledge at their meeting", question.Query{Topic: question.TopicCommitments, Parties: []question.Ref{country("Peru"), country("Norway")}, Match: question.MatchAll},
			"Peru|open a fisheries office in Oslo|pledged|", ""},
		{"Norway alone: not Norway's pledge", question.Query{Topic: question.TopicCommitments, Parties: []question.Ref{country("Norway")}},
			"Chile, Norway|memorandum on salmon farming research|signed|", ""},
		{"a person's commitments through their country", question.Query{Topic: question.TopicCommitments, Parties: []question.Ref{person("Rosa Quispe")}},
			"Peru|open a fisheries office in Oslo|pledged|", ""},
		{"statuses", question.Query{Topic: question.TopicCommitments, Status: []string{"agreed", "signed"}},
			"Chile, Norway|memorandum on salmon farming research|signed|", ""},
		{"terms", question.Query{Topic: question.TopicCommitments, Terms: []string{"memoranda"}}, "", ""},
		{"terms by stem", question.Query{Topic: question.TopicCommitments, Terms: []string{"offices"}},
			"Peru|open a fisheries office in Oslo|pledged|", ""},
		{"an office by its role words", question.Query{Topic: question.TopicRoles, Terms: []string{"foreign"}},
			"Tomás Aravena|Minister of Foreign Affairs|Chile", ""},
		{"an office observed in a year", question.Query{Topic: question.TopicRoles, Periods: in("2022", "2022")},
			"Rosa Quispe|Minister of Trade|Peru", ""},
		// by its period, or failing one, its document's date
		{"figures of a year", question.Query{Topic: question.TopicClaims, Periods: in("2021", "2021")},
			"|joint projects|12|projects ;; Rosa Quispe|exports|300 million|USD", ""},
		{"meetings of a role's holder", question.Query{Topic: question.TopicMeetings, Roles: []question.Ref{{Kind: question.Role, Name: "Minister of Trade"}}},
			"2022|Lima|Peru|Ingrid Solvang, Rosa Quispe", ""},
	}
	for _, c := range cases {
		rep, err := Run(context.Background(), q, c.q, RunOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := rowsOf(rep); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
		if c.left != "" && !strings.Contains(strings.Join(rep.Left, "\n"), c.left) {
			t.Errorf("%s: left %q, want %q", c.name, rep.Left, c.left)
		}
		if c.q.Shape == question.ShapeCount && rep.Count != 2 {
			t.Errorf("%s: count %d", c.name, rep.Count)
		}
	}
	yes, err := Run(context.Background(), q, question.Query{Topic: question.TopicMeetings, Shape: question.ShapeYesNo,
		Parties: []question.Ref{person("Tomás Aravena"), person("Rosa Quispe")}, Match: question.MatchAll}, RunOptions{})
	if err != nil || yes.Yes == nil || *yes.Yes {
		t.Errorf("Aravena and Quispe never met: %v %v", yes.Yes, err)
	}
}

func TestRunTimelineAndProfile(t *testing.T) {
	q := newMem(t, runFixture()...)
	tl, err := Run(context.Background(), q, question.Query{Topic: question.TopicTimeline,
		Parties: []question.Ref{country("Norway"), country("Peru")}, Match: question.MatchAll}, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// the Lima meeting, Peru's pledge there and the figure said there, in
	// date order; nothing of Chile's
	got := rowsOf(tl)
	for _, want := range []string{"2022|meeting|Ingrid Solvang and Rosa Quispe met in Lima", "2022|commitment|Peru pledged: open a fisheries office in Oslo",
		"2022|claim|Rosa Quispe: exports 300 million USD (2021)"} {
		if !strings.Contains(got, want) {
			t.Errorf("timeline lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "Aravena") || strings.Contains(got, "salmon") {
		t.Errorf("timeline of Norway and Peru has Chile's:\n%s", got)
	}
	// her commitments: Norway's with Chile; Peru's pledge at her meeting is Peru's
	pr, err := Run(context.Background(), q, question.Query{Topic: question.TopicProfile, Parties: []question.Ref{person("Ingrid Solvang")}}, RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string]int{}
	for _, s := range pr.Sections {
		sections[s.Name] = len(s.Rows)
	}
	want := map[string]int{"offices": 1, "meetings": 2, "calls": 0, "visits": 0, "figures claimed": 1, "commissions chaired": 0, "commitments": 1, "documents": 3}
	for k, n := range want {
		if sections[k] != n {
			t.Errorf("profile section %s: %d rows, want %d (%v)", k, sections[k], n, sections)
		}
	}
	if o := pr.Sections[0].Rows[0].(OfficeRow); o.Role != "Prime Minister" || len(o.Observed) == 0 {
		t.Errorf("office: %+v", o)
	}
	if _, ok := pr.Sections[0].Rows[0].(kind.Row); !ok {
		t.Error("an office row is no kind.Row")
	}
}

// A meeting answered in the reports' spelling of its city is found by the
// city's own name and by that spelling.
func TestRunCityAsWritten(t *testing.T) {
	fs := runFixture()
	fs[2].Meetings[0].CityAsWritten = "Ciudad de los Reyes"
	q := newMem(t, fs...)
	for _, name := range []string{"Lima", "Ciudad de los Reyes"} {
		rep, err := Run(context.Background(), q, question.Query{Topic: question.TopicMeetings, Places: []question.Ref{city(name)}}, RunOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := rowsOf(rep), "2022|Ciudad de los Reyes|Peru|Ingrid Solvang, Rosa Quispe"; got != want {
			t.Errorf("meetings in %s = %q, want %q", name, got, want)
		}
	}
}
