package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
)

// askReply is the API's answer to a question.
type askReply struct {
	Q     string `json:"q"`
	Query struct {
		Question string `json:"question"`
		Topic    string `json:"topic"`
		Shape    string `json:"shape"`
		Parties  []struct{ Kind, Name, Said string }
		Periods  []struct{ From, To string }
		Explain  string `json:"explain"`
		Gizmo    []struct{ Question, Script string }
	} `json:"query"`
	Answer   string          `json:"answer"`
	Count    int             `json:"count"`
	Answers  json.RawMessage `json:"answers"`
	Sections []struct {
		Name, Item string
		Columns    []string
		Rows       [][]string
		Evidence   [][]struct{ Doc, Title, Sentence string }
		Total      int
		Truncated  bool
	} `json:"sections"`
	Hits []struct {
		Doc, Sentence string
		DocID         string `json:"doc_id"`
		Line          int
		Parts         []struct {
			Text  string
			Match bool
		}
		Facts []nodeRef
	} `json:"hits"`
	Left      []string           `json:"left"`
	Total     int                `json:"total"`
	Truncated bool               `json:"truncated"`
	Entities  map[string]nodeRef `json:"entities"`
	Documents map[string]string  `json:"documents"`
}

func (ts *testServer) ask(t *testing.T, q string, params ...string) askReply {
	t.Helper()
	path := "/api/v1/ask?q=" + url.QueryEscape(q)
	for _, p := range params {
		path += "&" + p
	}
	res := ts.get(t, path)
	if res.Status != 200 {
		t.Fatalf("%s: status %d: %.500s", q, res.Status, res.Body)
	}
	var a askReply
	res.json(t, &a)
	return a
}

// withSearch gives a test server the demo store's search index.
func withSearch(t testing.TB) Config {
	t.Helper()
	idx, err := fulltext.Open(demoStore+".search", fulltext.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("the demo store's search index: %v", err)
	}
	t.Cleanup(func() { idx.Close() })
	return Config{Search: idx}
}

// The API reads questions as ask reads them and its answers are exactly
// what `diplograph ask --json` prints, for every shape: lists of the
// scored questions (the gold format's fields), yes/no, counts, timelines,
// profiles, searches; its query is what `ask --explain` prints.
func TestAskMatchesAskJSON(t *testing.T) {
	ts := startServer(t, withSearch(t), "")
	for _, q := range []string{
		"who co-chaired which commission", "meetings", "claims", "partners", "commitments", "conflicts", "roles",
		"did Mishustin meet Smailov in 2023", "how many meetings did Mishustin attend", "when did Mishustin last meet Smailov",
		"what did Russia and Kazakhstan agree", "timeline Russia Kazakhstan", "person Smailov", "country Kazakhstan",
		`search "natural gas"`, "meetings in 2023",
	} {
		t.Run(q, func(t *testing.T) {
			got := ts.ask(t, q, "today=2024-06-01")
			var g, w interface{}
			if err := json.Unmarshal(got.Answers, &g); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(runBin(t, "ask", "--dbpath", demoStore, "--today", "2024-06-01", "--json", q)), &w); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Errorf("answers differ:\n api %.800s\n cli %.800s", got.Answers, mustJSON(w))
			}
			explain := runBin(t, "ask", "--dbpath", demoStore, "--today", "2024-06-01", "--explain", q)
			if got.Query.Explain == "" || !strings.HasPrefix(explain, got.Query.Explain) {
				t.Errorf("query explained as\n%s\nask --explain prints\n%s", got.Query.Explain, explain)
			}
			for _, gz := range got.Query.Gizmo {
				if !strings.Contains(gz.Script, "g.V(") || !strings.Contains(explain, "// gizmo: the records of "+gz.Question+"\n") {
					t.Errorf("Gizmo of %s %q is not what ask --explain prints", gz.Question, gz.Script)
				}
			}
			if got.Query.Topic != "search" && len(got.Query.Gizmo) == 0 {
				t.Errorf("no Gizmo for %s", q)
			}
			rows := 0
			for _, s := range got.Sections {
				if len(s.Columns) == 0 || len(s.Rows) != s.Total {
					t.Errorf("section %s: %d columns, %d rows of %d", s.Name, len(s.Columns), len(s.Rows), s.Total)
				}
				for _, r := range s.Rows {
					if len(r) != len(s.Columns) {
						t.Errorf("section %s: a row of %d cells under %d columns", s.Name, len(r), len(s.Columns))
					}
				}
				rows += len(s.Rows)
			}
			if got.Query.Topic != "search" && rows != got.Total {
				t.Errorf("%d rows in the sections, total %d", rows, got.Total)
			}
		})
	}
}

func mustJSON(v interface{}) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestAskCoChairsWithEvidenceAndLinks(t *testing.T) {
	ts := startServer(t, Config{}, "")
	a := ts.ask(t, "who co-chaired which commission", "evidence=1")
	if a.Query.Topic != "co-chairs" || len(a.Sections) != 1 || a.Sections[0].Name != "co-chairs" {
		t.Fatalf("read as %q, sections %+v", a.Query.Topic, a.Sections)
	}
	var answers []struct {
		Person, Commission, Country string
		Evidence                    []struct{ Doc, Sentence string }
	}
	if err := json.Unmarshal(a.Answers, &answers); err != nil {
		t.Fatal(err)
	}
	sec := a.Sections[0]
	if len(sec.Evidence) != len(answers) || len(sec.Rows) != len(answers) {
		t.Fatalf("%d answers, %d rows, %d evidence lists", len(answers), len(sec.Rows), len(sec.Evidence))
	}
	people := map[string]bool{}
	for i, x := range answers {
		people[x.Person] = true
		if len(x.Evidence) == 0 || len(sec.Evidence[i]) != len(x.Evidence) {
			t.Errorf("%s: %d sentences, the section %d", x.Person, len(x.Evidence), len(sec.Evidence[i]))
		}
		for _, e := range x.Evidence {
			if e.Sentence == "" || a.Documents[e.Doc] == "" {
				t.Errorf("evidence %+v: no sentence or no document id (documents: %v)", e, a.Documents)
			}
		}
		if ref, ok := a.Entities[x.Person]; !ok || ref.Kind != "Person" {
			t.Errorf("person %q resolves to %+v", x.Person, ref)
		}
		if ref, ok := a.Entities[x.Commission]; !ok || ref.Kind != "Commission" {
			t.Errorf("commission %q resolves to %+v", x.Commission, ref)
		}
	}
	for _, p := range []string{"Alexei Overchuk", "Yury Borisov"} {
		if !people[p] {
			t.Errorf("co-chair %s missing from %v", p, people)
		}
	}
	// Every linked id is a page.
	for f, id := range a.Documents {
		if r := ts.get(t, "/api/v1/entity?id="+url.QueryEscape(id)); r.Status != 200 {
			t.Errorf("document %s (%s): status %d", f, id, r.Status)
		}
	}
}

// A timeline through the API: the events of both countries in date order,
// each with its documents, the names in what happened linked.
func TestAskTimeline(t *testing.T) {
	ts := startServer(t, Config{}, "")
	a := ts.ask(t, "how have relations between Russia and Kazakhstan developed", "evidence=1")
	if a.Query.Topic != "timeline" || len(a.Query.Parties) != 2 || len(a.Sections) != 1 || a.Sections[0].Name != "timeline" {
		t.Fatalf("read as %s %+v, sections %d", a.Query.Topic, a.Query.Parties, len(a.Sections))
	}
	sec := a.Sections[0]
	if !reflect.DeepEqual(sec.Columns, []string{"DATE", "KIND", "WHAT", "DOCS"}) || len(sec.Rows) < 3 {
		t.Fatalf("timeline %v: %d events", sec.Columns, len(sec.Rows))
	}
	var events []struct {
		Date, Kind, What string
		Docs             []string
	}
	if err := json.Unmarshal(a.Answers, &events); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for i, ev := range events {
		kinds[ev.Kind] = true
		if i > 0 && ev.Date != "" && events[i-1].Date != "" && ev.Date < events[i-1].Date {
			t.Errorf("events out of date order: %s after %s", ev.Date, events[i-1].Date)
		}
		if len(ev.Docs) == 0 || a.Documents[ev.Docs[0]] == "" {
			t.Errorf("event %+v: no document, or no id for it", ev)
		}
		if sec.Rows[i][2] != ev.What || len(sec.Evidence[i]) == 0 {
			t.Errorf("row %d %q for event %q, %d sentences", i, sec.Rows[i][2], ev.What, len(sec.Evidence[i]))
		}
	}
	for _, k := range []string{"meeting", "claim", "commitment"} {
		if !kinds[k] {
			t.Errorf("no %s in the timeline: %v", k, kinds)
		}
	}
	found := false
	for _, ev := range events {
		if ev.Kind == "meeting" && ev.Date == "2023-02-03" && strings.Contains(ev.What, "Alikhan Smailov") && strings.Contains(ev.What, "Almaty") {
			found = true
		}
	}
	if !found {
		t.Errorf("the Almaty meeting is not in the timeline: %+v", events)
	}
	for _, name := range []string{"Russia", "Kazakhstan", "Alikhan Smailov", "Almaty"} {
		if _, ok := a.Entities[name]; !ok {
			t.Errorf("%s is not linked: %v", name, a.Entities)
		}
	}
}

// A person's and a country's profile through the API: a section each for
// offices (with the dates observed), meetings, figures, commissions,
// commitments and documents; a country's has its partners.
func TestAskProfile(t *testing.T) {
	ts := startServer(t, Config{}, "")
	a := ts.ask(t, "person Smailov")
	if a.Query.Topic != "profile" || len(a.Query.Parties) != 1 || a.Query.Parties[0].Name != "Alikhan Smailov" {
		t.Fatalf("read as %s %+v", a.Query.Topic, a.Query.Parties)
	}
	secs := map[string]int{}
	var names []string
	for i, s := range a.Sections {
		secs[s.Name] = i
		names = append(names, s.Name)
	}
	want := []string{"offices", "meetings", "calls", "visits", "figures claimed", "commissions chaired", "commitments", "documents"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("sections %v, want %v", names, want)
	}
	off := a.Sections[secs["offices"]]
	if len(off.Rows) != 1 || off.Rows[0][1] != "Prime Minister" || off.Rows[0][2] != "Kazakhstan" || off.Rows[0][3] == "" {
		t.Errorf("offices %v: want Prime Minister of Kazakhstan with the dates observed", off.Rows)
	}
	if n := len(a.Sections[secs["figures claimed"]].Rows); n == 0 {
		t.Error("no figures claimed")
	}
	docs := a.Sections[secs["documents"]]
	if len(docs.Rows) == 0 {
		t.Fatal("no documents")
	}
	for _, r := range docs.Rows {
		if a.Documents[r[2]] == "" {
			t.Errorf("document %v has no id", r)
		}
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(a.Answers, &obj); err != nil || string(obj["person"]) != `"Alikhan Smailov"` {
		t.Errorf("answers are not the profile object: %v %.200s", err, a.Answers)
	}
	if _, ok := a.Entities["Alikhan Smailov"]; !ok {
		t.Errorf("the person is not linked")
	}

	c := ts.ask(t, "country Kazakhstan")
	last := ""
	for _, s := range c.Sections {
		last = s.Name
		if s.Name == "partners" && len(s.Rows) == 0 {
			t.Error("Kazakhstan has no partners")
		}
		if s.Name == "offices" && len(s.Rows) < 3 {
			t.Errorf("Kazakhstan's offices: %v", s.Rows)
		}
	}
	if last != "documents" || c.Query.Parties[0].Kind != "country" {
		t.Errorf("country profile: sections end with %q, party %+v", last, c.Query.Parties)
	}
}

func TestAskShapes(t *testing.T) {
	ts := startServer(t, Config{}, "")
	yes := ts.ask(t, "did Mishustin meet Smailov in 2023")
	if yes.Answer != "yes" || yes.Count != 1 || yes.Query.Shape != "yesno" || len(yes.Query.Periods) != 1 {
		t.Errorf("did Mishustin meet Smailov in 2023: %q, count %d, shape %s, periods %v", yes.Answer, yes.Count, yes.Query.Shape, yes.Query.Periods)
	}
	no := ts.ask(t, "did Mishustin meet Smailov in 2021")
	if no.Answer != "no" || no.Count != 0 || len(no.Sections[0].Rows) != 0 {
		t.Errorf("did Mishustin meet Smailov in 2021: %q, count %d", no.Answer, no.Count)
	}
	n := ts.ask(t, "how many meetings did Mishustin attend")
	if n.Query.Shape != "count" || n.Count == 0 || n.Count != len(n.Sections[0].Rows) || n.Answer != "" {
		t.Errorf("how many: shape %s, count %d, %d rows, answer %q", n.Query.Shape, n.Count, len(n.Sections[0].Rows), n.Answer)
	}
	m := ts.ask(t, "meetings")
	if len(m.Left) == 0 || !strings.Contains(m.Left[0], "without a known date") {
		t.Errorf("meetings: what it leaves out is not said: %v", m.Left)
	}
	if u := ts.ask(t, "meetings", "undated=1"); u.Total <= m.Total {
		t.Errorf("undated=1 lists %d meetings, without %d", u.Total, m.Total)
	}
}

// A search needs the store's search index: with it, the sentences and
// their facts; without it, a 503 that says to build.
func TestAskSearch(t *testing.T) {
	ts := startServer(t, withSearch(t), "")
	a := ts.ask(t, "what was said about natural gas")
	if a.Query.Topic != "search" || len(a.Hits) == 0 {
		t.Fatalf("read as %s, %d hits", a.Query.Topic, len(a.Hits))
	}
	h := a.Hits[0]
	var text, marked strings.Builder
	for _, p := range h.Parts {
		text.WriteString(p.Text)
		if p.Match {
			marked.WriteString(strings.ToLower(p.Text) + " ")
		}
	}
	if text.String() != h.Sentence || !strings.Contains(marked.String(), "gas") {
		t.Errorf("parts %+v do not make the sentence %q with gas marked", h.Parts, h.Sentence)
	}
	if h.DocID == "" || h.Line == 0 || len(h.Facts) == 0 || h.Facts[0].Kind == "" {
		t.Errorf("hit %+v: no document id, line or facts", h)
	}
	bare := startServer(t, Config{}, "")
	res := bare.get(t, "/api/v1/ask?q="+url.QueryEscape(`search "natural gas"`))
	if res.Status != 503 || !strings.Contains(res.errorText(t), "run diplograph build") {
		t.Errorf("search without an index: %d %s", res.Status, res.Body)
	}
}

// Declines come back 422 with the reason and what would help.
func TestAskDeclines(t *testing.T) {
	ts := startServer(t, Config{}, "")
	type decline struct {
		Error   string `json:"error"`
		Decline struct {
			Question, Reason, Name            string
			Suggestions, Candidates, Examples []string
		} `json:"decline"`
	}
	get := func(q string) decline {
		res := ts.get(t, "/api/v1/ask?q="+url.QueryEscape(q))
		if res.Status != 422 {
			t.Fatalf("%s: status %d, want 422: %s", q, res.Status, res.Body)
		}
		var d decline
		res.json(t, &d)
		if d.Error == "" || d.Decline.Question != q || d.Decline.Reason == "" {
			t.Errorf("%s: decline %+v", q, d)
		}
		return d
	}
	d := get("where was Smailow")
	if d.Decline.Name != "Smailow" || !slices.Contains(d.Decline.Suggestions, "Alikhan Smailov") || !strings.Contains(d.Error, "did you mean") {
		t.Errorf("a near miss: %+v", d)
	}
	d = get("why did Russia meet Kazakhstan")
	if len(d.Decline.Examples) == 0 {
		t.Errorf("a question outside the graph has no examples of what it can answer: %+v", d)
	}
	d = get("xyzzy plugh frobnicate")
	if !strings.Contains(d.Decline.Reason, "does not say what it asks") || len(d.Decline.Examples) == 0 {
		t.Errorf("nonsense: %+v", d)
	}
}

// An ambiguous name is declined with its candidates, invented people of a
// store of their own.
func TestAskAmbiguousName(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ambiguous.db")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Path: path}, true)
	if err != nil {
		t.Fatal(err)
	}
	sentence := "Foreign Minister Olga Varga of Hungary met Deputy Minister Ilona Varga of Austria in Vienna."
	_, err = s.Write(ctx, []fact.Facts{{
		Doc:    fact.Document{Name: "vargas.txt", Title: "Two ministers", Date: "2023-05-02"},
		People: []fact.Person{{Name: "Olga Varga", Country: "Hungary"}, {Name: "Ilona Varga", Country: "Austria"}},
		Meetings: []fact.Meeting{{Participants: []string{"Olga Varga", "Ilona Varga"}, City: "Vienna", Country: "Austria", Date: "2023-05-02",
			Evidence: fact.Evidence{Span: fact.Span{Start: 0, End: len(sentence)}, Sentence: sentence, Line: 1}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{}, path)
	res := ts.get(t, "/api/v1/ask?q="+url.QueryEscape("where was Varga"))
	var d struct {
		Error   string
		Decline struct {
			Name       string
			Candidates []string
		}
	}
	res.json(t, &d)
	if res.Status != 422 || d.Decline.Name != "Varga" || !reflect.DeepEqual(d.Decline.Candidates, []string{"Ilona Varga", "Olga Varga"}) ||
		!strings.Contains(d.Error, "Ilona Varga") {
		t.Errorf("where was Varga: %d %s", res.Status, res.Body)
	}
	if a := ts.ask(t, "where was Olga Varga"); a.Total != 1 || a.Entities["Olga Varga"].Kind != "Person" || a.Entities["Vienna"].Kind != "City" {
		t.Errorf("where was Olga Varga: %d meetings, entities %v", a.Total, a.Entities)
	}
}

func TestAskErrors(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, c := range []struct {
		path   string
		status int
		says   string
	}{
		{"/api/v1/ask", 400, "no question"},
		{"/api/v1/ask?q=", 400, "no question"},
		{"/api/v1/ask?q=meetings&evidence=perhaps", 400, "evidence must be true or false"},
		{"/api/v1/ask?q=meetings&limit=-3", 400, "limit must be"},
		{"/api/v1/ask?q=meetings+this+year&today=June", 400, "today must be a date"},
	} {
		res := ts.get(t, c.path)
		if res.Status != c.status {
			t.Errorf("%s: status %d, want %d (%s)", c.path, res.Status, c.status, res.Body)
			continue
		}
		if msg := res.errorText(t); !strings.Contains(msg, c.says) {
			t.Errorf("%s: error %q does not say %q", c.path, msg, c.says)
		}
	}
}

func TestAskLimit(t *testing.T) {
	ts := startServer(t, Config{}, "")
	a := ts.ask(t, "claims", "limit=2")
	var answers []json.RawMessage
	if err := json.Unmarshal(a.Answers, &answers); err != nil {
		t.Fatal(err)
	}
	s := a.Sections[0]
	if len(answers) != 2 || len(s.Rows) != 2 || !s.Truncated || !a.Truncated || s.Total <= 2 || a.Total != s.Total {
		t.Errorf("limit=2: %d answers, %d rows, total %d/%d, truncated %v/%v", len(answers), len(s.Rows), s.Total, a.Total, s.Truncated, a.Truncated)
	}
	p := ts.ask(t, "person Smailov", "limit=1")
	for _, s := range p.Sections {
		if len(s.Rows) > 1 || s.Truncated != (s.Total > 1) {
			t.Errorf("profile section %s: %d rows of %d, truncated %v", s.Name, len(s.Rows), s.Total, s.Truncated)
		}
	}
}

func TestQuestionsAreAskList(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var qs []namedQuestion
	ts.get(t, "/api/v1/questions").json(t, &qs)
	var got []string
	for _, q := range qs {
		got = append(got, q.Name)
		if q.Description == "" || !strings.Contains(q.Gizmo, "g.V(") {
			t.Errorf("question %s: description %q, gizmo %q", q.Name, q.Description, q.Gizmo)
		}
	}
	var want []string
	for _, line := range strings.Split(strings.TrimSpace(runBin(t, "ask", "--list")), "\n") {
		want = append(want, strings.Fields(line)[0])
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("questions %v, ask --list %v", got, want)
	}
}

func TestEntityPerson(t *testing.T) {
	ts := startServer(t, Config{}, "")
	const id = "urn:diplograph:person:alikhan-smailov"
	var byQuery, byPath entity
	ts.get(t, "/api/v1/entity?id="+url.QueryEscape(id)).json(t, &byQuery)
	ts.get(t, "/api/v1/entity/person:alikhan-smailov").json(t, &byPath)
	if !reflect.DeepEqual(byQuery, byPath) {
		t.Errorf("?id= and the path give different entities")
	}
	e := byQuery
	if e.ID != id || e.Kind != "Person" || e.Name != "Alikhan Smailov" {
		t.Fatalf("entity %+v", e.nodeRef)
	}
	kinds := map[string]int{}
	for _, l := range e.Links {
		kinds[l.Direction+" "+l.Predicate+" "+l.Node.Kind]++
		if len(l.Docs) == 0 {
			t.Errorf("link %+v names no document", l)
		}
	}
	for _, want := range []string{"out dg:attended Meeting", "out dg:acts-for Country", "out dg:claimed Claim", "out dg:holds Office"} {
		if kinds[want] == 0 {
			t.Errorf("no %q link: %v", want, kinds)
		}
	}
	if len(e.Evidence) == 0 || len(e.Documents) == 0 {
		t.Fatalf("%d evidence sentences, %d documents", len(e.Evidence), len(e.Documents))
	}
	seen := map[string]bool{}
	for _, ev := range e.Evidence {
		if ev.Sentence == "" || ev.Doc == "" || ev.DocID == "" || ev.Fact == nil || ev.Line == 0 {
			t.Errorf("evidence %+v lacks a field", ev)
		}
		k := ev.DocID + "\x00" + ev.Sentence
		if seen[k] {
			t.Errorf("sentence listed twice: %q", ev.Sentence)
		}
		seen[k] = true
	}
}

func TestEntityKinds(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, kind := range []string{"Country", "Meeting", "Commission", "Document", "City"} {
		var s struct{ Results []nodeRef }
		ts.get(t, "/api/v1/search?kind="+kind).json(t, &s)
		if len(s.Results) == 0 {
			t.Errorf("no %s in the demo store", kind)
			continue
		}
		var e entity
		res := ts.get(t, "/api/v1/entity?id="+url.QueryEscape(s.Results[0].ID))
		res.json(t, &e)
		if res.Status != 200 || e.Kind != kind || len(e.Links)+len(e.Evidence) == 0 {
			t.Errorf("%s %s: status %d, kind %s, %d links, %d sentences", kind, s.Results[0].ID, res.Status, e.Kind, len(e.Links), len(e.Evidence))
		}
		if kind == "Document" {
			for i := 1; i < len(e.Evidence); i++ {
				if e.Evidence[i].Line < e.Evidence[i-1].Line {
					t.Errorf("document sentences out of order: line %d after %d", e.Evidence[i].Line, e.Evidence[i-1].Line)
				}
			}
		}
	}
}

func TestEntityErrors(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, c := range []struct {
		path   string
		status int
	}{
		{"/api/v1/entity/person:nobody-at-all", 404},
		{"/api/v1/entity?id=", 400},
		{"/api/v1/entity?id=" + url.QueryEscape("<a b>"), 400},
		{"/api/v1/graph/person:nobody-at-all", 404},
	} {
		res := ts.get(t, c.path)
		if res.Status != c.status {
			t.Errorf("%s: status %d, want %d", c.path, res.Status, c.status)
		}
		res.errorText(t)
	}
}

func TestGraphNeighbourhood(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var g graphView
	ts.get(t, "/api/v1/graph/person:alikhan-smailov").json(t, &g)
	ids := map[string]bool{}
	for _, n := range g.Nodes {
		ids[n.ID] = true
		if notInGraphView[n.Kind] || n.Kind == "" || n.Name == "" {
			t.Errorf("node %+v should not be drawn (or lacks kind/name)", n)
		}
	}
	if len(g.Nodes) < 5 || !ids[g.Center.ID] {
		t.Fatalf("%d nodes, center %v", len(g.Nodes), g.Center)
	}
	for _, e := range g.Edges {
		if !ids[e.Source] || !ids[e.Target] || (e.Source != g.Center.ID && e.Target != g.Center.ID) {
			t.Errorf("edge %+v is not between the center and a drawn node", e)
		}
	}
}

func TestSearch(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var s struct{ Results []nodeRef }
	ts.get(t, "/api/v1/search?q=SMAILOV").json(t, &s)
	if len(s.Results) == 0 || s.Results[0].Name != "Alikhan Smailov" || s.Results[0].Kind != "Person" {
		t.Errorf("search SMAILOV: %+v", s.Results)
	}
	ts.get(t, "/api/v1/search?kind=Country").json(t, &s)
	var names []string
	for _, r := range s.Results {
		names = append(names, r.Name)
	}
	if !sort.StringsAreSorted(names) || len(names) < 3 {
		t.Errorf("countries %v: too few or not sorted", names)
	}
	if res := ts.get(t, "/api/v1/search"); res.Status != 400 {
		t.Errorf("search without q or kind: status %d", res.Status)
	}
}

// /api/v1/timeline is the answer to "timeline A B", its parties given by
// name or id.
func TestTimeline(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var byName, byID askReply
	res := ts.get(t, "/api/v1/timeline?a=Kazakhstan&b=Russia")
	if res.Status != 200 {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	res.json(t, &byName)
	ts.get(t, "/api/v1/timeline?a=country:kazakhstan&b="+url.QueryEscape("urn:diplograph:country:russia")).json(t, &byID)
	asked := ts.ask(t, "timeline Kazakhstan and Russia")
	if byName.Query.Topic != "timeline" || len(byName.Sections) != 1 || len(byName.Sections[0].Rows) == 0 {
		t.Fatalf("timeline %+v", byName)
	}
	for _, a := range []askReply{byID, asked} {
		if !reflect.DeepEqual(a.Sections, byName.Sections) {
			t.Errorf("%q answers otherwise than /api/v1/timeline?a=Kazakhstan&b=Russia", a.Q)
		}
	}
	if one := ts.get(t, "/api/v1/timeline?a=person:alikhan-smailov"); one.Status != 200 {
		t.Errorf("a person's timeline: %d %s", one.Status, one.Body)
	}
	for path, status := range map[string]int{
		"/api/v1/timeline?a=Russia&b=Russia":     400,
		"/api/v1/timeline?b=Russia":              400,
		"/api/v1/timeline?a=Russia&b=Atlantisia": 404,
		"/api/v1/timeline?a=Almaty":              404,
	} {
		if r := ts.get(t, path); r.Status != status {
			t.Errorf("%s: status %d, want %d", path, r.Status, status)
		}
	}
}

func TestDocumentsAndInfo(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var d struct {
		Documents []docRef
		Total     int
	}
	ts.get(t, "/api/v1/documents").json(t, &d)
	if d.Total != 5 || len(d.Documents) != 5 || d.Documents[0].File == "" || d.Documents[0].ID == "" {
		t.Errorf("documents: %+v", d)
	}
	var info map[string]interface{}
	ts.get(t, "/api/v1/info").json(t, &info)
	if info["store"] != "bolt" || info["writable"] != false || info["quads"].(float64) == 0 {
		t.Errorf("info: %v", info)
	}
}

// The page draws each class as the registry's drawings say, and tells
// every drawn class from every other (by fill, shape or border).
func TestInfoDrawings(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var info struct{ Drawings []drawing }
	ts.get(t, "/api/v1/info").json(t, &info)
	byClass := map[string]drawing{}
	looks := map[string]string{}
	for _, d := range info.Drawings {
		byClass[d.Class] = d
		if d.Hidden {
			continue
		}
		look := d.Fill + " " + d.Shape + " " + d.Border
		if other, ok := looks[look]; ok {
			t.Errorf("%s and %s are drawn alike (%s)", other, d.Name, look)
		}
		looks[look] = d.Name
	}
	for _, d := range kind.Drawings() {
		got, ok := byClass[d.Class]
		if !ok || got.Fill != d.Fill || got.Fill == "" || got.Name != localName(d.Class) || got.Shape == "" || got.Hidden != d.Hidden {
			t.Errorf("%s: served %+v, the registry draws %+v", d.Class, got, d)
		}
	}
	if v, ok := byClass["dg:Visit"]; !ok || v.Fill == "" || v.DOT != "cds" {
		t.Errorf("visits are not drawn: %+v", v)
	}
	if c := byClass["dg:Call"]; c.Border != "dashed" || c.Shape != byClass["dg:Meeting"].Shape {
		t.Errorf("a call is a meeting drawn dashed: %+v", c)
	}
}

// The OpenAPI document describes exactly the routes the server has.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var doc struct {
		OpenAPI string                                       `json:"openapi"`
		Paths   map[string]map[string]map[string]interface{} `json:"paths"`
	}
	res := ts.get(t, "/api/v1/openapi.json")
	res.json(t, &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("not OpenAPI 3: %q", doc.OpenAPI)
	}
	documented := map[string]bool{}
	for p, ops := range doc.Paths {
		for m, op := range ops {
			documented[strings.ToUpper(m)+" "+p] = true
			if _, ok := op["responses"]; !ok {
				t.Errorf("%s %s has no responses", m, p)
			}
		}
	}
	served := map[string]bool{}
	for _, r := range ts.srv.table() {
		p := strings.ReplaceAll(strings.ReplaceAll(r.pattern, "...}", "}"), "{$}", "")
		if p == "" {
			p = "/"
		}
		served[r.method+" "+p] = true
	}
	for k := range served {
		if !documented[k] {
			t.Errorf("%s is served but not in openapi.json", k)
		}
	}
	for k := range documented {
		if !served[k] {
			t.Errorf("%s is in openapi.json but not served", k)
		}
	}
	// The kinds a search takes are the classes the registry lets it find.
	var kinds string
	params, _ := doc.Paths["/api/v1/search"]["get"]["parameters"].([]interface{})
	for _, p := range params {
		if m, _ := p.(map[string]interface{}); m["name"] == "kind" {
			kinds, _ = m["description"].(string)
		}
	}
	for _, c := range searchClasses {
		if !strings.Contains(kinds, localName(c)) {
			t.Errorf("openapi.json's search kinds %q leave out %s", kinds, localName(c))
		}
	}
}

// The answers of every shape, declines and the server's info have exactly
// the fields openapi.json documents: none undocumented, none documented
// that no answer has.
func TestOpenAPIDescribesAnswers(t *testing.T) {
	ts := startServer(t, withSearch(t), "")
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	ts.get(t, "/api/v1/openapi.json").json(t, &doc)
	seen := map[string]map[string]bool{}
	check := func(what, schema string, obj map[string]interface{}) {
		t.Helper()
		props := doc.Components.Schemas[schema].Properties
		if len(props) == 0 {
			t.Fatalf("openapi.json has no schema %s", schema)
		}
		if seen[schema] == nil {
			seen[schema] = map[string]bool{}
		}
		for k := range obj {
			seen[schema][k] = true
			if _, ok := props[k]; !ok {
				t.Errorf("%s: field %q is not in openapi.json's %s", what, k, schema)
			}
		}
	}
	objects := func(v interface{}) []map[string]interface{} {
		var out []map[string]interface{}
		list, _ := v.([]interface{})
		for _, x := range list {
			if m, ok := x.(map[string]interface{}); ok {
				out = append(out, m)
			}
		}
		return out
	}
	for _, q := range []string{"who co-chaired which commission", "did Mishustin meet Smailov in 2023", "how many meetings did Mishustin attend",
		"timeline Russia and Kazakhstan", "person Smailov", "contacts of Mishustin", "meetings in 2023 in Almaty", `search "natural gas"`, "which commitments were signed or agreed",
		"who is the prime minister of Kazakhstan", "meetings at the Eurasian Intergovernmental Council", "who chairs the Baikonur commission", "what was signed about the roadmap"} {
		var a map[string]interface{}
		res := ts.get(t, "/api/v1/ask?evidence=1&q="+url.QueryEscape(q))
		if res.Status != 200 {
			t.Fatalf("%s: %d %s", q, res.Status, res.Body)
		}
		res.json(t, &a)
		check(q, "Answer", a)
		query, _ := a["query"].(map[string]interface{})
		check(q+": query", "Query", query)
		for _, r := range append(objects(query["parties"]), objects(query["places"])...) {
			check(q+": a party or place", "Ref", r)
		}
		for _, sec := range objects(a["sections"]) {
			check(q+": section", "Section", sec)
			ev, _ := sec["evidence"].([]interface{})
			for _, rows := range ev {
				for _, e := range objects(rows) {
					check(q+": evidence", "AnswerEvidence", e)
				}
			}
		}
		for _, h := range objects(a["hits"]) {
			check(q+": hit", "Hit", h)
		}
	}
	var d map[string]interface{}
	ts.get(t, "/api/v1/ask?q="+url.QueryEscape("where was Smailow")).json(t, &d)
	check("a decline", "Decline", d)
	var info map[string]interface{}
	ts.get(t, "/api/v1/info").json(t, &info)
	check("info", "Info", info)
	for _, schema := range []string{"Answer", "Query", "Section", "Hit", "Decline"} {
		for k := range doc.Components.Schemas[schema].Properties {
			if !seen[schema][k] {
				t.Errorf("openapi.json's %s documents %q, which no answer has", schema, k)
			}
		}
	}
}

func TestUnknownPathsAndMethods(t *testing.T) {
	ts := startServer(t, Config{}, "")
	res := ts.get(t, "/api/v3/nothing")
	if res.Status != 404 {
		t.Errorf("unknown path: %d", res.Status)
	}
	res.errorText(t)
	res = ts.post(t, "/api/v1/ask?q=meetings", "")
	if res.Status != 405 || res.Header.Get("Allow") != "GET" {
		t.Errorf("POST /api/v1/ask: %d, Allow %q", res.Status, res.Header.Get("Allow"))
	}
	res.errorText(t)
}

func ExampleIsLoopback() {
	fmt.Println(IsLoopback("127.0.0.1:64210"), IsLoopback("localhost:80"), IsLoopback(":64210"), IsLoopback("0.0.0.0:1"))
	// Output: true true false false
}

// TestVisitsOnThePages checks that a kind the pages never name reaches
// them through the registry: visits are found by search, a visitor's page
// shows the visit's evidence, and an answer about visits links the
// visitor and the host country.
func TestVisitsOnThePages(t *testing.T) {
	path := filepath.Join(t.TempDir(), "visits.db")
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Path: path}, true)
	if err != nil {
		t.Fatal(err)
	}
	sentence := "Prime Minister Ana Ruiz paid a state visit to Norway."
	_, err = s.Write(ctx, []fact.Facts{{
		Doc:    fact.Document{Name: "visit.txt", Title: "A state visit", Date: "2023-05-02"},
		People: []fact.Person{{Name: "Ana Ruiz", Country: "Chile"}},
		Visits: []fact.Visit{{Visitor: "Ana Ruiz", Host: "Norway", City: "Oslo", Date: "2023-05-02",
			Evidence: fact.Evidence{Span: fact.Span{Start: 0, End: len(sentence)}, Sentence: sentence, Line: 1}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, Config{}, path)

	var found struct{ Results []nodeRef }
	ts.get(t, "/api/v1/search?kind=Visit").json(t, &found)
	if len(found.Results) != 1 || !strings.Contains(found.Results[0].Name, "Ana Ruiz") {
		t.Errorf("search for visits: %+v", found.Results)
	}
	var e entity
	ts.get(t, "/api/v1/entity?id="+url.QueryEscape("person:ana-ruiz")).json(t, &e)
	shown := false
	for _, ev := range e.Evidence {
		shown = shown || ev.Sentence == sentence
	}
	if !shown {
		t.Errorf("the visitor's page lacks the visit's evidence: %+v", e.Evidence)
	}
	var a struct {
		Entities map[string]nodeRef `json:"entities"`
	}
	ts.get(t, "/api/v1/ask?q=visits").json(t, &a)
	for _, name := range []string{"Ana Ruiz", "Norway", "Oslo"} {
		if _, ok := a.Entities[name]; !ok {
			t.Errorf("the visits answer does not link %s: %+v", name, a.Entities)
		}
	}
}
