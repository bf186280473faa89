package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/question"
)

var updateSuite = flag.Bool("update-questions", false, "rewrite the parse column of testdata/questions.tsv from what the parser reads (review the diff)")

// suiteDate is the reference date of the suite's relative dates.
var suiteDate = time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)

// suiteLine is one question of testdata/questions.tsv.
type suiteLine struct {
	line                             int
	question, parse, answer, comment string
}

func readSuite(t testing.TB) []suiteLine {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "questions.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []suiteLine
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "\t")
		if len(p) != 4 {
			t.Fatalf("questions.tsv:%d: want 4 tab-separated fields, got %d", n, len(p))
		}
		out = append(out, suiteLine{n, p[0], p[1], p[2], p[3]})
	}
	return out
}

// suiteStore builds the demo corpus and ../shared/dev into a bolt store
// with the real extractor, once per test binary.
func suiteStore(t testing.TB) string {
	t.Helper()
	dev := filepath.Join("..", "..", "..", "shared", "dev", "docs")
	if d := os.Getenv("DIPLOGRAPH_SHARED"); d != "" {
		dev = filepath.Join(d, "dev", "docs")
	}
	if _, err := os.Stat(dev); err != nil {
		if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
			t.Fatalf("the question suite needs the shared dev set at %s: %v", dev, err)
		}
		t.Skipf("the question suite needs the shared dev set at %s (%v); CI runs it with ../shared beside the clone", dev, err)
	}
	db := filepath.Join(t.TempDir(), "suite.db")
	var stdout, stderr bytes.Buffer
	o := newRootOptions(strings.NewReader(""), &stdout, &stderr, func(string) string { return "" })
	if code := execute(context.Background(), o, []string{"build", "--db", "bolt", "--dbpath", db, filepath.Join("..", "..", "data", "demo"), dev}); code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr.String())
	}
	return db
}

// testEntities reads the graph's names with Gizmo (phase 1: the store
// side's Source is not there yet).
func testEntities(t testing.TB, db string) []question.Entity {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Path: db}, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out []question.Entity
	for _, k := range []struct {
		kind        question.Kind
		class, name string
		alias       string
	}{
		{question.Person, "<dg:Person>", "<dg:name>", "<dg:alias>"},
		{question.Country, "<dg:Country>", "<dg:name>", "<dg:alias>"},
		{question.City, "<dg:City>", "<dg:name>", ""},
		{question.Commission, "<dg:Commission>", "<dg:name>", ""},
		{question.Role, "<dg:Office>", "<dg:role>", ""},
		{question.Event, "<dg:Meeting>", "<dg:occasion>", ""},
	} {
		byID := map[string]*question.Entity{}
		var order []string
		for _, pred := range []string{k.name, k.alias} {
			if pred == "" {
				continue
			}
			script := fmt.Sprintf(`g.V(%q).In("<rdf:type>").Tag("id").Save(%q, "v").All()`, k.class, pred)
			rows, err := s.Query(ctx, "gizmo", script, -1)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				m, ok := r.(map[string]interface{})
				if !ok {
					continue
				}
				id, v := fmt.Sprint(m["id"]), strings.Trim(fmt.Sprint(m["v"]), `"`)
				if k.kind == question.Role || k.kind == question.Event {
					id = v // one entity per distinct role or occasion
				}
				e := byID[id]
				if e == nil {
					e = &question.Entity{Kind: k.kind}
					byID[id] = e
					order = append(order, id)
				}
				switch {
				case pred == k.name && len(v) > len(e.Name):
					if e.Name != "" {
						e.Aliases = append(e.Aliases, e.Name)
					}
					e.Name = v
				case v != e.Name:
					e.Aliases = append(e.Aliases, v)
				}
				e.Weight++
			}
		}
		for _, id := range order {
			out = append(out, *byID[id])
		}
	}
	return out
}

// TestQuestionSuite checks how every question of the suite is read.
func TestQuestionSuite(t *testing.T) {
	suite := readSuite(t)
	db := suiteStore(t)
	v, err := question.LoadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	p := question.NewParser(v, question.NewIndex(testEntities(t, db)))
	declines, answered := 0, 0
	got := map[int]string{}
	for _, l := range suite {
		q, err := p.Parse(l.question, suiteDate)
		var parse string
		var d *question.Decline
		switch {
		case errors.As(err, &d):
			parse = "decline: " + d.Reason
			if len(d.Suggestions) > 0 {
				parse += " | did you mean: " + strings.Join(d.Suggestions, ", ")
			}
			declines++
		case err != nil:
			t.Errorf("questions.tsv:%d %q: %v", l.line, l.question, err)
			continue
		default:
			parse = q.Summary()
			answered++
		}
		got[l.line] = parse
		want := l.parse
		if strings.HasPrefix(want, "decline: ") {
			if !strings.HasPrefix(parse, "decline: ") || !strings.Contains(parse, strings.TrimPrefix(want, "decline: ")) {
				t.Errorf("questions.tsv:%d %q:\n got %s\nwant %s", l.line, l.question, parse, want)
			}
			continue
		}
		if parse != want && !*updateSuite {
			t.Errorf("questions.tsv:%d %q:\n got %s\nwant %s", l.line, l.question, parse, want)
		}
	}
	t.Logf("%d questions: %d read, %d declined", len(suite), answered, declines)
	if answered < 80 || declines < 15 {
		t.Errorf("the suite has %d questions it answers and %d it declines; issue 8 asks for at least 80 and 15", answered, declines)
	}
	if *updateSuite {
		rewriteSuite(t, got)
	}
}

// rewriteSuite writes the parse column from what was read.
func rewriteSuite(t *testing.T, got map[int]string) {
	path := filepath.Join("testdata", "questions.tsv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	for n, parse := range got {
		p := strings.Split(lines[n-1], "\t")
		p[1] = parse
		lines[n-1] = strings.Join(p, "\t")
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}
