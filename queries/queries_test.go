package queries

import (
	"context"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
)

// ask runs a named question against q.
func ask(t *testing.T, q Querier, name string, p Params) Answer {
	t.Helper()
	question, err := Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Ask(context.Background(), q, question, p)
	if err != nil {
		t.Fatalf("Ask(%s): %v", name, err)
	}
	return a
}

func pct(f float64) *float64 { return &f }

func sent(sentence string, line int) fact.Evidence {
	return fact.Evidence{Sentence: sentence, Span: fact.Span{Start: line * 100, End: line*100 + len(sentence)}, Line: line}
}

// fixture is an invented visit: two officials of Norway and Chile meet in
// Oslo, reported by two documents, one of which knows only the month.
func fixture() []fact.Facts {
	a := fact.Facts{
		Doc: fact.Document{Name: "a.txt", Title: "Visit", Date: "2021-03-04", Hash: "aa"},
		People: []fact.Person{
			{Name: "Ingrid Solvang", Country: "Norway", Aliases: []string{"Ms Solvang"}},
			{Name: "Tomás Aravena", Country: "Chile"},
			{Name: "Lars Hovden", Country: "Norway"},
		},
		Offices: []fact.Office{
			{Person: "Ingrid Solvang", Role: "Prime Minister", Country: "Norway", Evidence: sent("Prime Minister Ingrid Solvang welcomed him.", 1)},
			{Person: "Tomás Aravena", Role: "Minister of Foreign Affairs", Country: "Chile", Evidence: sent("Foreign Minister Tomás Aravena arrived.", 2)},
		},
		Meetings: []fact.Meeting{{
			Kind: "meeting", Participants: []string{"Ingrid Solvang", "Tomás Aravena"},
			City: "Oslo", Country: "Norway", Date: "2021-03-03", Occasion: "Nordic Ocean Forum",
			Evidence: sent("Solvang and Aravena met in Oslo.", 3),
		}},
		Claims: []fact.Claim{
			{Speaker: "Ingrid Solvang", Metric: "trade turnover", Value: 1.2e9, Unit: "USD", Period: "2020", ChangePct: pct(8), Evidence: sent("Trade reached $1.2 billion in 2020, up 8%.", 4)},
			{Speaker: "", Metric: "joint projects", Value: 12, Unit: "projects", Evidence: sent("Twelve joint projects are under way.", 5)},
		},
		CoChairs:    []fact.CoChair{{Person: "Lars Hovden", Commission: "Joint Commission on Fisheries and Trade", Country: "Norway", Evidence: sent("Hovden co-chairs the commission.", 6)}},
		Partners:    []fact.Partnership{{A: "Norway", B: "Chile", Evidence: sent("Norway and Chile are close partners.", 7)}},
		Commitments: []fact.Commitment{{Parties: []string{"Norway", "Chile"}, Text: "memorandum on salmon farming research", Status: "signed", Due: "", Evidence: sent("They signed a memorandum on salmon farming research.", 8)}},
		Visits:      []fact.Visit{{Visitor: "Tomás Aravena", Host: "Norway", City: "Oslo", Date: "2021-03-03", Evidence: sent("Aravena arrived in Oslo on an official visit.", 9)}},
	}
	b := fact.Facts{
		Doc: fact.Document{Name: "b.txt", Date: "2021-03-10", Hash: "bb"},
		People: []fact.Person{
			{Name: "Ingrid Solvang", Country: "Norway"},
			{Name: "Tomás Aravena", Country: "Chile"},
		},
		Meetings: []fact.Meeting{{
			Kind: "meeting", Participants: []string{"Ingrid Solvang", "Tomás Aravena"},
			City: "Oslo", Country: "Norway", Date: "2021-03",
			Evidence: sent("The two met in Oslo in March.", 1),
		}},
		Claims: []fact.Claim{
			{Speaker: "Tomás Aravena", Metric: "trade turnover", Value: 1.5e9, Unit: "USD", Period: "2020", Evidence: sent("Aravena put trade at $1.5 billion in 2020.", 2)},
		},
	}
	return []fact.Facts{a, b}
}

func TestListHasDescriptions(t *testing.T) {
	want := []string{"calls", "claims", "co-chairs", "commitments", "conflicts", "meetings", "partners", "people", "roles", "visits"}
	var got []string
	for _, q := range List() {
		got = append(got, q.Name)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("List() = %v, want %v", got, want)
	}
	for _, q := range List() {
		if q.Description == "" || strings.HasPrefix(q.Description, "//") {
			t.Errorf("%s: no description", q.Name)
		}
	}
}

func TestAsk(t *testing.T) {
	q := newMem(t, fixture()...)
	tests := []struct {
		name   string
		params Params
		want   string // JSON of the answer without evidence
	}{
		{"meetings", Params{}, `[{"docs":["a.txt","b.txt"],"city":"Oslo","country":"Norway","date":"2021-03-03","participants":["Ingrid Solvang","Tomás Aravena"],"occasion":"Nordic Ocean Forum"}]`},
		{"meetings", Params{People: []string{"Lars Hovden"}}, `[]`},
		{"roles", Params{}, `[{"person":"Tomás Aravena","role":"Minister of Foreign Affairs","country":"Chile"},{"person":"Ingrid Solvang","role":"Prime Minister","country":"Norway"}]`},
		{"roles", Params{Country: "norway", Role: "prime minister"}, `[{"person":"Ingrid Solvang","role":"Prime Minister","country":"Norway"}]`},
		{"claims", Params{People: []string{"Tomas Aravena"}}, `[{"speaker":"Tomás Aravena","metric":"trade turnover","value":1500000000,"unit":"USD","period":"2020","change_pct":null,"doc":"b.txt"}]`},
		{"claims", Params{}, `[{"speaker":"","metric":"joint projects","value":12,"unit":"projects","period":"","change_pct":null,"doc":"a.txt"},{"speaker":"Ingrid Solvang","metric":"trade turnover","value":1200000000,"unit":"USD","period":"2020","change_pct":8,"doc":"a.txt"},{"speaker":"Tomás Aravena","metric":"trade turnover","value":1500000000,"unit":"USD","period":"2020","change_pct":null,"doc":"b.txt"}]`},
		{"co-chairs", Params{}, `[{"person":"Lars Hovden","commission":"Joint Commission on Fisheries and Trade","country":"Norway"}]`},
		{"partners", Params{}, `[["Chile","Norway"]]`},
		{"commitments", Params{}, `[{"parties":["Chile","Norway"],"text":"memorandum on salmon farming research","status":"signed","due":"","doc":"a.txt"}]`},
		{"commitments", Params{Status: "pledged"}, `[]`},
		{"calls", Params{}, `[]`},
		{"people", Params{People: []string{"Ingrid Solvang"}}, `[{"name":"Ingrid Solvang","aliases":["Ms Solvang"],"roles":["Prime Minister (Norway)"]}]`},
		{"visits", Params{}, `[{"visitor":"Tomás Aravena","host":"Norway","city":"Oslo","date":"2021-03-03","docs":["a.txt"]}]`},
		{"visits", Params{Country: "Chile"}, `[]`},
		{"visits", Params{People: []string{"Ingrid Solvang"}}, `[]`},
	}
	for _, tt := range tests {
		a := ask(t, q, tt.name, tt.params)
		b, err := json.Marshal(a.JSON())
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != tt.want {
			t.Errorf("Ask(%s, %+v)\n got %s\nwant %s", tt.name, tt.params, b, tt.want)
		}
	}
}

// Two speakers of one conversation answering each other with different
// growth rates for an unstated period conflict.
func TestConflictsInOneConversation(t *testing.T) {
	ch := func(v float64) *float64 { return &v }
	facts := fixture()
	facts[1].Claims = []fact.Claim{
		{Speaker: "Tomás Aravena", Metric: "trade turnover", Value: 3e9, Unit: "USD", ChangePct: ch(9.5), Evidence: sent("Trade grew by 9.5 percent to $3 billion.", 2)},
		{Speaker: "Ingrid Solvang", Metric: "trade turnover growth", Value: 9, Unit: "percent", ChangePct: ch(9), Evidence: sent("As you said, trade grew by 9 percent.", 3)},
	}
	a := ask(t, newMem(t, facts...), "conflicts", Params{})
	if len(a.Rows) != 1 || a.Rows[0].(kind.ConflictRow).Metric != "trade" {
		t.Fatalf("conflicts = %+v, want the two growth rates", a.Rows)
	}
}

func TestConflicts(t *testing.T) {
	facts := fixture()
	// Neither the narrator's figure nor figures without a period stated in
	// different documents conflict.
	facts[1].Claims = append(facts[1].Claims,
		fact.Claim{Speaker: "", Metric: "trade turnover", Value: 2e9, Unit: "USD", Period: "2020", Evidence: sent("Trade was $2 billion in 2020.", 3)},
		fact.Claim{Speaker: "Tomás Aravena", Metric: "joint projects", Value: 40, Unit: "projects", Evidence: sent("Aravena counted 40 joint projects.", 4)},
	)
	facts[0].Claims = append(facts[0].Claims,
		fact.Claim{Speaker: "Lars Hovden", Metric: "joint projects", Value: 15, Unit: "projects", Evidence: sent("Hovden counted 15.", 5)},
	)
	a := ask(t, newMem(t, facts...), "conflicts", Params{})
	if len(a.Rows) != 1 {
		t.Fatalf("got %d conflicts, want 1: %+v", len(a.Rows), a.Rows)
	}
	c := a.Rows[0].(kind.ConflictRow)
	if c.Metric != "trade" || c.Period != "2020" || c.A.Value == c.B.Value {
		t.Errorf("unexpected conflict %+v", c)
	}
}

func TestEvidence(t *testing.T) {
	q := newMem(t, fixture()...)
	a := ask(t, q, "meetings", Params{Evidence: true})
	if len(a.Rows) != 1 || len(a.Rows[0].Sources()) != 2 {
		t.Fatalf("want one meeting with two evidence sentences, got %+v", a.Rows)
	}
	b, _ := json.Marshal(a.JSON())
	if !strings.Contains(string(b), `"evidence":[{"doc":"a.txt","title":"Visit","published":"2021-03-04","sentence":"Solvang and Aravena met in Oslo."}`) {
		t.Errorf("evidence missing from JSON: %s", b)
	}
	head, rows := a.Table()
	if head[len(head)-1] != "EVIDENCE" || !strings.Contains(rows[0][len(head)-1], "[Visit] Solvang and Aravena met in Oslo") {
		t.Errorf("table evidence column: %v %v", head, rows)
	}
	p := ask(t, q, "partners", Params{Evidence: true})
	b, _ = json.Marshal(p.JSON())
	if want := `[{"a":"Chile","b":"Norway","evidence":[{"doc":"a.txt","title":"Visit","published":"2021-03-04","sentence":"Norway and Chile are close partners."}]}]`; string(b) != want {
		t.Errorf("partners with evidence\n got %s\nwant %s", b, want)
	}
}

func TestJSONFieldNames(t *testing.T) {
	q := newMem(t, fixture()...)
	want := map[string][]string{
		"meetings":    {"city", "country", "date", "docs", "occasion", "participants"},
		"roles":       {"country", "person", "role"},
		"claims":      {"change_pct", "doc", "metric", "period", "speaker", "unit", "value"},
		"co-chairs":   {"commission", "country", "person"},
		"commitments": {"doc", "due", "parties", "status", "text"},
		"visits":      {"city", "date", "docs", "host", "visitor"},
	}
	for name, fields := range want {
		a := ask(t, q, name, Params{})
		b, _ := json.Marshal(a.JSON())
		var objs []map[string]any
		if err := json.Unmarshal(b, &objs); err != nil || len(objs) == 0 {
			t.Fatalf("%s: %v %s", name, err, b)
		}
		var got []string
		for k := range objs[0] {
			got = append(got, k)
		}
		sort.Strings(got)
		if !reflect.DeepEqual(got, fields) {
			t.Errorf("%s fields = %v, want %v", name, got, fields)
		}
	}
}

func TestUnknownQuestion(t *testing.T) {
	_, err := Lookup("weather")
	if err == nil || !strings.Contains(err.Error(), "meetings") {
		t.Fatalf("want an error listing known questions, got %v", err)
	}
}

// A meeting answers with its city as the reports spell it (the gold keeps
// the text's spelling), while the store keeps one city node: two reports
// of one meeting, spelling the city two ways, are still one meeting.
func TestMeetingCityAsWritten(t *testing.T) {
	fs := fixture()
	fs[0].Meetings[0].CityAsWritten = "Christiania"
	q := newMem(t, fs...)
	a := ask(t, q, "meetings", Params{})
	b, err := json.Marshal(a.JSON())
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"docs":["a.txt","b.txt"],"city":"Christiania","country":"Norway","date":"2021-03-03","participants":["Ingrid Solvang","Tomás Aravena"],"occasion":"Nordic Ocean Forum"}]`
	if string(b) != want {
		t.Errorf("meetings\n got %s\nwant %s", b, want)
	}
}
