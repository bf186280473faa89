package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// env is one isolated command line: its own store and captured streams.
type env struct {
	t              *testing.T
	dir            string
	db, dbpath     string
	stdout, stderr bytes.Buffer
	stdin          string
}

func newEnv(t *testing.T, backend string) *env {
	t.Helper()
	e := &env{t: t, dir: t.TempDir(), db: backend}
	e.dbpath = filepath.Join(e.dir, "graph.db")
	return e
}

func (e *env) options() *rootOptions {
	e.stdout.Reset()
	e.stderr.Reset()
	o := newRootOptions(strings.NewReader(e.stdin), &e.stdout, &e.stderr, func(string) string { return "" })
	o.DB, o.DBPath = e.db, e.dbpath
	o.Extractor = func() (extractor, error) { return cannedExtractor{}, nil }
	return o
}

// run runs a command line and returns its exit code.
func (e *env) run(args ...string) int {
	e.t.Helper()
	o := e.options()
	return execute(context.Background(), o, append(args, "--db", e.db, "--dbpath", e.dbpath))
}

func (e *env) ok(args ...string) string {
	e.t.Helper()
	if code := e.run(args...); code != 0 {
		e.t.Fatalf("diplograph %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, e.stdout.String(), e.stderr.String())
	}
	return e.stdout.String()
}

func (e *env) write(name, content string) string {
	e.t.Helper()
	p := filepath.Join(e.dir, "docs", name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// docs writes the two reports of the invented Oslo visit.
func (e *env) docs() string {
	e.write("visit-a.txt", "Prime Minister Ingrid Solvang of Norway received Foreign Minister Tomás Aravena of Chile in Oslo.\n")
	e.write("visit-b.md", "---\ntitle: Talks in Oslo\ndate: 2021-03-10\n---\nThe two ministers met in Oslo in March.\n")
	return filepath.Join(e.dir, "docs")
}

func (e *env) askJSON(question string, extra ...string) []map[string]interface{} {
	e.t.Helper()
	out := e.ok(append([]string{"ask", question, "--json"}, extra...)...)
	var v []map[string]interface{}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		e.t.Fatalf("ask %q --json: %v\n%s", question, err, out)
	}
	return v
}

func pct(f float64) *float64 { return &f }

func sent(s string, line int) fact.Evidence {
	return fact.Evidence{Sentence: s, Span: fact.Span{Start: line * 100, End: line*100 + len(s)}, Line: line}
}

// cannedExtractor stands in for the extractor: it returns fixed facts by
// document name, so these tests check the commands, not extraction.
type cannedExtractor struct{}

func (cannedExtractor) Extract(_ context.Context, doc fact.Document) (fact.Report, error) {
	f := fact.Facts{Doc: doc}
	switch doc.Name {
	case "visit-a.txt":
		f.People = []fact.Person{
			{Name: "Ingrid Solvang", Country: "Norway"},
			{Name: "Tomás Aravena", Country: "Chile"},
			{Name: "Lars Hovden", Country: "Norway"},
		}
		f.Offices = []fact.Office{
			{Person: "Ingrid Solvang", Role: "Prime Minister", Country: "Norway", Evidence: sent("Prime Minister Ingrid Solvang of Norway received him.", 1)},
			{Person: "Tomás Aravena", Role: "Minister of Foreign Affairs", Country: "Chile", Evidence: sent("Foreign Minister Tomás Aravena of Chile arrived.", 1)},
		}
		f.Meetings = []fact.Meeting{{Kind: "meeting", Participants: []string{"Ingrid Solvang", "Tomás Aravena"},
			City: "Oslo", Country: "Norway", Date: "2021-03-03", Evidence: sent("Solvang received Aravena in Oslo.", 1)}}
		f.Claims = []fact.Claim{{Speaker: "Ingrid Solvang", Metric: "trade turnover", Value: 1.2e9, Unit: "USD", Period: "2020", ChangePct: pct(8),
			Evidence: sent("Trade reached $1.2 billion in 2020, up 8%.", 1)}}
		f.CoChairs = []fact.CoChair{{Person: "Lars Hovden", Commission: "Joint Commission on Fisheries", Country: "Norway", Evidence: sent("Hovden co-chairs the commission.", 1)}}
		f.Partners = []fact.Partnership{{A: "Norway", B: "Chile", Evidence: sent("Norway and Chile are partners.", 1)}}
		f.Commitments = []fact.Commitment{{Parties: []string{"Norway", "Chile"}, Text: "memorandum on salmon farming research", Status: "signed",
			Evidence: sent("They signed a memorandum on salmon farming research.", 1)}}
		f.Visits = []fact.Visit{{Visitor: "Tomás Aravena", Host: "Norway", City: "Oslo", Date: "2021-03-03",
			Evidence: sent("Foreign Minister Tomás Aravena of Chile arrived in Oslo on an official visit.", 1)}}
	case "visit-b.md":
		f.People = []fact.Person{{Name: "Ingrid Solvang", Country: "Norway"}, {Name: "Tomás Aravena", Country: "Chile"}}
		f.Meetings = []fact.Meeting{{Kind: "meeting", Participants: []string{"Ingrid Solvang", "Tomás Aravena"},
			City: "Oslo", Country: "Norway", Date: "2021-03", Evidence: sent("The two ministers met in Oslo in March.", 5)}}
		f.Claims = []fact.Claim{{Speaker: "Tomás Aravena", Metric: "trade turnover", Value: 1.5e9, Unit: "USD", Period: "2020",
			Evidence: sent("Aravena put trade at $1.5 billion in 2020.", 5)}}
		f.Visits = []fact.Visit{{Visitor: "Tomás Aravena", Host: "Norway", Date: "2021-03",
			Evidence: sent("Aravena's visit to Norway in March was his first.", 6)}}
	case "hostile.txt":
		// Text that tries to drive the terminal: clear screen, window
		// title, clipboard write, an 8-bit CSI, a bidi override, a NUL.
		f.People = []fact.Person{{Name: "Eve\x1b[2J Mallory", Country: "Norway"}}
		f.Claims = []fact.Claim{{Speaker: "Eve\x1b[2J Mallory", Metric: "exports\x1b]0;owned\x07", Value: 3e6, Unit: "USD",
			Evidence: sent("She said \x1b]52;c;SGVsbG8=\x07 exports grew\u009b31m \u202eto 3 million\x00.", 1)}}
	case "undated.txt":
		f.People = []fact.Person{{Name: "Lars Hovden", Country: "Norway"}, {Name: "Tomás Aravena", Country: "Chile"}}
		f.Meetings = []fact.Meeting{{Kind: "meeting", Participants: []string{"Lars Hovden", "Tomás Aravena"},
			City: "Santiago", Country: "Chile", Evidence: sent("Hovden met Aravena in Santiago.", 1)}}
	}
	return fact.Report{Facts: f}, nil
}

func (cannedExtractor) Merge(_ []string, reports []fact.Report) []fact.Facts {
	out := make([]fact.Facts, len(reports))
	for i, r := range reports {
		out[i] = r.Facts
	}
	return out
}

func TestExitCodes(t *testing.T) {
	e := newEnv(t, "memstore")
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"ask", "--list"}, 0},
		{[]string{"bogus"}, 2},
		{[]string{"ask", "--no-such-flag"}, 2},
		{[]string{"build"}, 2},
		{[]string{"export", "--format", "xls"}, 2},
		{[]string{"eval", "somewhere"}, 2},
		{[]string{"query", "--timeout", "soon", "g.V().All()"}, 2},
		{[]string{"load", filepath.Join(e.dir, "missing.nq")}, 1},
	}
	for _, tt := range tests {
		if code := e.run(tt.args...); code != tt.code {
			t.Errorf("diplograph %s: exit %d, want %d\n%s", strings.Join(tt.args, " "), code, tt.code, e.stderr.String())
		}
	}
	o := e.options()
	if code := execute(context.Background(), o, []string{"ask", "meetings", "--db", "oracle"}); code != 2 {
		t.Errorf("unknown --db: exit %d, want 2", code)
	}
}

func TestEnvironmentSelectsStore(t *testing.T) {
	env := map[string]string{envDB: "memstore", envDBPath: "/nowhere"}
	o := newRootOptions(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, func(k string) string { return env[k] })
	if o.DB != "memstore" || o.DBPath != "/nowhere" {
		t.Errorf("env gave --db %q --dbpath %q", o.DB, o.DBPath)
	}
	o = newRootOptions(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, func(string) string { return "" })
	if o.DB != "bolt" || o.DBPath != "./diplograph.db" {
		t.Errorf("defaults: --db %q --dbpath %q", o.DB, o.DBPath)
	}
}

func TestEveryCommandHasAnExample(t *testing.T) {
	root := NewCmdRoot(newRootOptions(strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{}, func(string) string { return "" }))
	for _, c := range root.Commands() {
		if c.Name() == "help" || c.Name() == "completion" {
			continue
		}
		if !strings.Contains(c.Example, "diplograph "+c.Name()) && !strings.Contains(c.Example, "diplograph ") {
			t.Errorf("%s has no example", c.Name())
		}
	}
}
