package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// The forms of question ask reads, on the invented Oslo documents (a
// meeting of Solvang and Aravena on 2021-03-03, a signed memorandum, figures
// of 2020, Hovden's co-chair, the Chile–Norway partnership).
func TestAskForms(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	cases := []struct {
		question string
		want     []string // in the output
		not      []string // not in it
	}{
		{"meetings in 2021", []string{"2021-03-03", "Oslo"}, nil},
		{"meetings in 2020", []string{"no meetings found"}, []string{"Oslo"}},
		{"meetings in March 2021", []string{"Oslo"}, nil},
		{"meetings before 2021", []string{"no meetings found"}, nil},
		{"when did Solvang meet Aravena", []string{"2021-03-03"}, nil},
		{"when did Solvang meet Hovden", []string{"no meetings found"}, []string{"Oslo"}},
		{"did Solvang meet Aravena in 2021", []string{"yes: 1 meeting\n", "Oslo"}, nil},
		{"did Solvang meet Aravena in 2022", []string{"no: nothing in the graph fits"}, nil},
		{"how many meetings did Aravena attend", []string{"1 meeting\n", "Oslo"}, nil},
		{"what did Norway and Chile agree", []string{"memorandum on salmon farming research", "signed"}, nil},
		{"what was signed in Oslo", []string{"memorandum on salmon farming research"}, nil},
		{"what was signed in Chile", []string{"no commitments found"}, nil},
		{"which commitments were proposed", []string{"no commitments found"}, nil},
		{"which commissions does Norway co-chair", []string{"Joint Commission on Fisheries", "Lars Hovden"}, nil},
		{"who is the Chilean foreign minister", []string{"Tomás Aravena", "Minister of Foreign Affairs"}, []string{"Solvang"}},
		{"who are the partners of Chile", []string{"Chile", "Norway"}, nil},
		{"timeline Norway Chile", []string{"DATE", "KIND", "meeting", "commitment", "Ingrid Solvang and Tomás Aravena met in Oslo"}, nil},
		{"how have relations between Norway and Chile developed", []string{"salmon farming"}, nil},
		{"person Solvang", []string{"person: Ingrid Solvang", "OFFICES (1)", "Prime Minister", "MEETINGS (1)", "FIGURES CLAIMED (1)", "DOCUMENTS (2)"}, nil},
		{"country Norway", []string{"country: Norway", "PARTNERS (1)", "COMMISSIONS CHAIRED (1)"}, nil},
		{`search "salmon farming"`, []string{"visit-a.txt:1", "[salmon] [farming]", "commitment"}, nil},
		{"what was said about salmon", []string{"[salmon]"}, nil},
	}
	for _, c := range cases {
		out := e.ok("ask", "--today", "2025-06-15", c.question)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("ask %q: no %q in\n%s", c.question, w, out)
			}
		}
		for _, w := range c.not {
			if strings.Contains(out, w) {
				t.Errorf("ask %q: %q in\n%s", c.question, w, out)
			}
		}
	}
}

// Names the graph lacks, ambiguous ones and questions outside it are
// declined with a reason and what would help, and exit 1.
func TestAskDeclines(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	cases := []struct{ question, want string }{
		{"when did Solvnag meet Aravena", `did you mean Ingrid Solvang?`},
		{"meetings in Osloo", `did you mean Oslo?`},
		{"who is Angela Schmidt", `no one and nothing named "Angela Schmidt" is in the graph`},
		{"why did Solvang meet Aravena", "not causes"},
		{"what is the population of Chile", "general knowledge"},
		{"hello", "questions it can answer, for instance:\n  meetings in 2025"},
	}
	for _, c := range cases {
		if code := e.run("ask", "--today", "2025-06-15", c.question); code != 1 {
			t.Errorf("ask %q: exit %d, want 1\n%s", c.question, code, e.stdout.String())
		}
		if !strings.Contains(e.stderr.String(), c.want) {
			t.Errorf("ask %q: stderr lacks %q:\n%s", c.question, c.want, e.stderr.String())
		}
	}
	if code := e.run("ask", "--today", "15/06/2025", "meetings"); code != 2 || !strings.Contains(e.stderr.String(), "--today") {
		t.Errorf("bad --today: exit %d\n%s", code, e.stderr.String())
	}
}

// --explain prints how the question was read and the Gizmo it runs.
func TestAskExplain(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	out := e.ok("ask", "--explain", "--today", "2025-06-15", "did Solvang meet Aravena in Oslo this year")
	for _, want := range []string{"topic        meetings", "shape        yesno", "all of: Ingrid Solvang (person",
		`places       Oslo (city, said "Oslo")`, "period       2025", `"this year" read as 2025`, "// gizmo: the records of meetings",
		`g.V("<dg:Meeting>")`, "no: nothing in the graph fits"} {
		if !strings.Contains(out, want) {
			t.Errorf("--explain lacks %q:\n%s", want, out)
		}
	}
}

// --json: the gold format's fields for a list of a scored question, an
// object for a count, a yes/no, a profile; arrays for timelines and search.
func TestAskJSONShapes(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	decode := func(question string) any {
		t.Helper()
		out := e.ok("ask", question, "--json")
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Fatalf("ask %q --json: %v\n%s", question, err, out)
		}
		return v
	}
	if m, ok := decode("meetings in 2021").([]any); !ok || len(m) != 1 || keys(m[0].(map[string]any))[0] != "city" {
		t.Errorf("meetings in 2021: %v", m)
	}
	c, ok := decode("how many meetings did Aravena attend").(map[string]any)
	if !ok || c["count"] != 1.0 || len(c["rows"].([]any)) != 1 {
		t.Errorf("count: %v", c)
	}
	y, ok := decode("did Solvang meet Aravena").(map[string]any)
	if !ok || y["answer"] != "yes" {
		t.Errorf("yes/no: %v", y)
	}
	p, ok := decode("person Aravena").(map[string]any)
	if !ok || p["person"] != "Tomás Aravena" || len(p["offices"].([]any)) != 1 || len(p["documents"].([]any)) != 2 {
		t.Errorf("profile: %v", p)
	}
	tl, ok := decode("timeline Chile").([]any)
	if !ok || len(tl) < 2 || tl[0].(map[string]any)["kind"] == nil {
		t.Errorf("timeline: %v", tl)
	}
	s, ok := decode(`search "salmon"`).([]any)
	if !ok || len(s) != 1 || s[0].(map[string]any)["doc"] != "visit-a.txt" || len(s[0].(map[string]any)["facts"].([]any)) == 0 {
		t.Errorf("search: %v", s)
	}
}

// build keeps the search index in step: a document rebuilt without a
// sentence loses it from the index.
func TestBuildKeepsSearchInStep(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	if _, err := os.Stat(e.dbpath + ".search"); err != nil {
		t.Fatalf("build made no search index beside the store: %v", err)
	}
	if out := e.ok("ask", "search", "salmon"); !strings.Contains(out, "visit-a.txt") {
		t.Fatalf("search salmon:\n%s", out)
	}
	// the same document, now without the commitment sentence (the canned
	// extractor reads by name: write another document and rebuild both)
	e.write("undated.txt", "text\n")
	e.ok("build", e.dir+"/docs")
	if out := e.ok("ask", "search", "Santiago"); !strings.Contains(out, "undated.txt") {
		t.Errorf("a new document's sentences are not searchable:\n%s", out)
	}
	// an index removed is rebuilt whole from the store by the next build
	if err := os.RemoveAll(e.dbpath + ".search"); err != nil {
		t.Fatal(err)
	}
	e.ok("build", e.write("hostile.txt", "x\n"))
	if out := e.ok("ask", "search", "salmon"); !strings.Contains(out, "visit-a.txt") {
		t.Errorf("the index made anew lacks the documents already in the store:\n%s", out)
	}
	// a store made anew beside an old index: the next build drops what the
	// store no longer holds
	if err := os.Remove(e.dbpath); err != nil {
		t.Fatal(err)
	}
	e.ok("build", e.write("hostile.txt", "x\n"))
	if out := e.ok("ask", "search", "salmon"); strings.Contains(out, "visit-a.txt") {
		t.Errorf("the index keeps a document the store no longer holds:\n%s", out)
	}
	// a store without an index says how to make one
	os.RemoveAll(e.dbpath + ".search")
	if code := e.run("ask", "search", "salmon"); code != 1 || !strings.Contains(e.stderr.String(), "run build") {
		t.Errorf("no index: exit %d\n%s", code, e.stderr.String())
	}
}
