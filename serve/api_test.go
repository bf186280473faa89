package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
)

// The API's answers are exactly what `diplograph ask --json` prints.
func TestAskMatchesAskJSON(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, q := range []string{"who co-chaired which commission", "meetings", "claims", "partners", "commitments", "conflicts", "roles"} {
		t.Run(q, func(t *testing.T) {
			res := ts.get(t, "/api/v1/ask?q="+url.QueryEscape(q))
			if res.Status != 200 {
				t.Fatalf("status %d: %s", res.Status, res.Body)
			}
			var got struct {
				Answers []json.RawMessage `json:"answers"`
				Query   struct {
					Question string `json:"question"`
					Gizmo    string `json:"gizmo"`
				} `json:"query"`
				Rows [][]string `json:"rows"`
			}
			res.json(t, &got)
			var want []json.RawMessage
			if err := json.Unmarshal([]byte(runBin(t, "ask", "--dbpath", demoStore, "--json", q)), &want); err != nil {
				t.Fatal(err)
			}
			if len(got.Answers) != len(want) {
				t.Fatalf("%d answers, ask --json gives %d", len(got.Answers), len(want))
			}
			for i := range want {
				var g, w interface{}
				_ = json.Unmarshal(got.Answers[i], &g)
				_ = json.Unmarshal(want[i], &w)
				if !reflect.DeepEqual(g, w) {
					t.Errorf("answer %d:\n api %s\n cli %s", i, got.Answers[i], want[i])
				}
			}
			if got.Query.Gizmo == "" || !strings.Contains(got.Query.Gizmo, "g.V(") {
				t.Errorf("no Gizmo script for %s: %q", got.Query.Question, got.Query.Gizmo)
			}
			if len(got.Rows) != len(got.Answers) {
				t.Errorf("%d table rows for %d answers", len(got.Rows), len(got.Answers))
			}
		})
	}
}

func TestAskCoChairsWithEvidenceAndLinks(t *testing.T) {
	ts := startServer(t, Config{}, "")
	res := ts.get(t, "/api/v1/ask?evidence=1&q="+url.QueryEscape("who co-chaired which commission"))
	if res.Status != 200 {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	var a struct {
		Query struct {
			Question string `json:"question"`
		} `json:"query"`
		Answers []struct {
			Person, Commission, Country string
			Evidence                    []struct{ Doc, Sentence string }
		} `json:"answers"`
		Entities  map[string]nodeRef `json:"entities"`
		Documents map[string]string  `json:"documents"`
	}
	res.json(t, &a)
	if a.Query.Question != "co-chairs" {
		t.Errorf("routed to %q, want co-chairs", a.Query.Question)
	}
	people := map[string]bool{}
	for _, x := range a.Answers {
		people[x.Person] = true
		if len(x.Evidence) == 0 {
			t.Errorf("%s has no evidence", x.Person)
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

func TestAskErrors(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, c := range []struct {
		path   string
		status int
		says   string
	}{
		{"/api/v1/ask", 400, "no question"},
		{"/api/v1/ask?q=", 400, "no question"},
		{"/api/v1/ask?q=xyzzy+plugh+frobnicate", 422, "cannot tell which question"},
		{"/api/v1/ask?q=where+was+Zanzibarova", 422, "no one named"},
		{"/api/v1/ask?q=meetings&evidence=perhaps", 400, "evidence must be true or false"},
		{"/api/v1/ask?q=meetings&limit=-3", 400, "limit must be"},
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
	var a struct {
		Answers   []json.RawMessage `json:"answers"`
		Rows      [][]string        `json:"rows"`
		Total     int               `json:"total"`
		Truncated bool              `json:"truncated"`
	}
	ts.get(t, "/api/v1/ask?q=claims&limit=2").json(t, &a)
	if len(a.Answers) != 2 || len(a.Rows) != 2 || !a.Truncated || a.Total <= 2 {
		t.Errorf("limit=2: %d answers, %d rows, total %d, truncated %v", len(a.Answers), len(a.Rows), a.Total, a.Truncated)
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

func TestTimeline(t *testing.T) {
	ts := startServer(t, Config{}, "")
	var tl timeline
	res := ts.get(t, "/api/v1/timeline?a=Kazakhstan&b=Russia")
	if res.Status != 200 {
		t.Fatalf("status %d: %s", res.Status, res.Body)
	}
	res.json(t, &tl)
	if tl.A.Name != "Kazakhstan" || tl.B.Name != "Russia" || len(tl.Events) == 0 {
		t.Fatalf("timeline %+v", tl)
	}
	meetings := 0
	for i, ev := range tl.Events {
		if i > 0 && ev.Date != "" && tl.Events[i-1].Date != "" && ev.Date < tl.Events[i-1].Date {
			t.Errorf("events out of date order: %s after %s", ev.Date, tl.Events[i-1].Date)
		}
		if i > 0 && ev.Date != "" && tl.Events[i-1].Date == "" {
			t.Errorf("a dated event after an undated one")
		}
		if ev.Kind == "Meeting" {
			meetings++
			if len(ev.People) < 2 || len(ev.Docs) == 0 {
				t.Errorf("meeting %+v: people or documents missing", ev)
			}
		}
	}
	if meetings == 0 {
		t.Errorf("no meeting between Kazakhstan and Russia: %+v", tl.Events)
	}
	// The same pair by ids, the other way round, gives the same events.
	var back timeline
	ts.get(t, "/api/v1/timeline?a=country:russia&b=country:kazakhstan").json(t, &back)
	if len(back.Events) != len(tl.Events) {
		t.Errorf("reversed pair: %d events, %d", len(back.Events), len(tl.Events))
	}
	for path, status := range map[string]int{
		"/api/v1/timeline?a=Russia&b=Russia":     400,
		"/api/v1/timeline?a=Russia":              400,
		"/api/v1/timeline?a=Russia&b=Atlantisia": 404,
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
