package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// computedAnswer is what ask prints for a question when it computes the
// answer from the store's read model (as it did before answers were kept):
// stdout, then stderr.
func computedAnswer(t *testing.T, e *env, name string) string {
	t.Helper()
	ctx := context.Background()
	store, err := e.options().openReader(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	o := &askOptions{root: &rootOptions{}, Question: name, JSON: true}
	parser, err := newQuestionParser(ctx, store, name)
	if err != nil {
		t.Fatal(err)
	}
	pq, err := parser.Parse(name, time.Now().UTC())
	if err != nil {
		t.Fatal(err)
	}
	reply, err := queries.Run(ctx, store, pq, queries.RunOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := writeReply(o, reply, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	return stdout.String() + stderr.String()
}

// keptCount says how many named questions the store has a current kept
// answer for.
func keptCount(t *testing.T, e *env) int {
	t.Helper()
	ctx := context.Background()
	store, err := e.options().openReader(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	n := 0
	for _, q := range queries.List() {
		ok, err := store.KeptAnswer(ctx, programID(), keptKey(q.Name), func([]byte) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			n++
		}
	}
	return n
}

// sameAnswers checks that `ask NAME --json` prints, for every named
// question, what computing the answer prints, and that kept answers were
// (or were not) there to print.
func sameAnswers(t *testing.T, e *env, step string, kept bool) {
	t.Helper()
	if n := keptCount(t, e); kept && n != len(queries.List()) || !kept && n != 0 {
		t.Errorf("%s: %d kept answers of %d questions, want kept=%v", step, n, len(queries.List()), kept)
	}
	for _, q := range queries.List() {
		want := computedAnswer(t, e, q.Name)
		e.ok("ask", q.Name, "--json")
		if got := e.stdout.String() + e.stderr.String(); got != want {
			t.Errorf("%s: ask %s --json printed\n%s\nwant (computed)\n%s", step, q.Name, got, want)
		}
	}
}

// A kept answer is what computing it prints, after each write that
// changes the store: a build, a build with more documents, a forget, a
// load of N-Quads; and one left by an older model is never printed.
func TestKeptAnswersFollowEveryWrite(t *testing.T) {
	e := newEnv(t, "bolt")
	dir := e.docs()
	e.ok("build", dir)
	sameAnswers(t, e, "first build", true)

	first := e.ok("ask", "meetings", "--json") + e.stderr.String()
	// more documents: an undated meeting (which the answer leaves out, and
	// says so on stderr) and a figure
	e.write("undated.txt", "Hovden met Aravena in Santiago.\n")
	e.write("hostile.txt", "A figure.\n")
	e.ok("build", dir)
	sameAnswers(t, e, "build with more documents", true)
	if e.ok("ask", "meetings", "--json")+e.stderr.String() == first {
		t.Errorf("the meetings answer did not change with a meeting more")
	}
	if !strings.Contains(e.stderr.String(), "without a known date") {
		t.Errorf("ask meetings --json: stderr %q does not say an undated meeting was left out", e.stderr.String())
	}

	e.ok("forget", filepath.Join(dir, "visit-b.md"))
	sameAnswers(t, e, "forget", true)

	// a store filled by load
	e.ok("export", "--format", "nquads", "-o", filepath.Join(e.dir, "graph.nq"))
	l := newEnv(t, "bolt")
	l.ok("load", filepath.Join(e.dir, "graph.nq"))
	sameAnswers(t, l, "load", true)

	// a write by a program that keeps no answers makes a model without
	// them: the answers kept before are stale and never printed
	ctx := context.Background()
	store, err := graph.Open(ctx, graph.Config{Backend: "bolt", Path: e.dbpath}, false)
	if err != nil {
		t.Fatal(err)
	}
	merge := func(rs []fact.Report) []fact.Facts { return cannedExtractor{}.Merge(nil, rs) }
	if _, _, err := store.Forget(ctx, []string{docIRIOf(filepath.Join(dir, "hostile.txt"))}, merge, graph.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	sameAnswers(t, e, "forget without kept answers", false)
	// and the next write keeps them again
	if err := os.Remove(filepath.Join(dir, "hostile.txt")); err != nil {
		t.Fatal(err)
	}
	e.ok("build", dir)
	sameAnswers(t, e, "build after", true)
}

// Only `ask NAME --json` prints a kept answer: every other form of the
// question computes it.
func TestKeptAnswerForms(t *testing.T) {
	root := &rootOptions{}
	cases := []struct {
		o    askOptions
		want bool
	}{
		{askOptions{Question: "meetings", JSON: true}, true},
		{askOptions{Question: "co-chairs", JSON: true}, true},
		{askOptions{Question: "co_chairs", JSON: true}, false},
		{askOptions{Question: "meetings"}, false},
		{askOptions{Question: "meetings", JSON: true, Evidence: true}, false},
		{askOptions{Question: "meetings", JSON: true, Undated: true}, false},
		{askOptions{Question: "meetings", JSON: true, Explain: true}, false},
		{askOptions{Question: "meetings", JSON: true, Gizmo: true}, false},
		{askOptions{Question: "meetings in 2021", JSON: true}, false},
	}
	for _, c := range cases {
		c.o.root = root
		if _, got := keptAnswerOf(&c.o); got != c.want {
			t.Errorf("%+v: kept %v, want %v", c.o, got, c.want)
		}
	}
	verbose := askOptions{root: &rootOptions{Verbose: true}, Question: "meetings", JSON: true}
	if _, got := keptAnswerOf(&verbose); got {
		t.Errorf("ask meetings --json -v: kept, want computed (it logs how the question was read)")
	}
}

// On Linux the program knows its build, so answers are kept there.
func TestProgramIDOnLinux(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the build ID is read from an ELF note")
	}
	id := programID()
	if id == "" || id != programID() {
		t.Fatalf("programID() = %q, want one build ID, the same each time", id)
	}
}

// BenchmarkProgramID is what every `ask NAME --json` pays to know whether
// the kept answer is its build's.
func BenchmarkProgramID(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if programID() == "" {
			b.Skip("no build ID")
		}
	}
}
