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
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
	"github.com/diplograph/diplograph/question"
)

var updateSuite = flag.Bool("update-questions", false, "rewrite the parse and answer columns of testdata/questions.tsv from what ask reads and answers (review the diff)")

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

// openSuite builds the suite's store and opens it with its parser and
// search index.
func openSuite(t testing.TB) (*graph.Store, *question.Parser, *fulltext.Index) {
	t.Helper()
	db := suiteStore(t)
	ctx := context.Background()
	store, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Path: db}, false)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	p, err := newQuestionParser(ctx, store, "")
	if err != nil {
		t.Fatal(err)
	}
	idx, err := fulltext.Open(db+".search", fulltext.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { idx.Close() })
	return store, p, idx
}

// askSuite reads and answers one question as ask does, and writes the
// parse and the answer in the suite's forms.
func askSuite(ctx context.Context, store *graph.Store, p *question.Parser, idx *fulltext.Index, text string) (parse, answer string, err error) {
	q, err := p.Parse(text, suiteDate)
	var d *question.Decline
	if errors.As(err, &d) {
		parse = "decline: " + d.Reason
		if len(d.Suggestions) > 0 {
			parse += " | did you mean: " + strings.Join(d.Suggestions, ", ")
		}
		return parse, "", nil
	}
	if err != nil {
		return "", "", err
	}
	rep, err := queries.Run(ctx, store, q, queries.RunOptions{Search: idx, Limit: 5})
	if err != nil {
		return q.Summary(), "", err
	}
	return q.Summary(), answerSummary(rep), nil
}

// answerSummary writes an answer on one line: the shape's count or yes/no,
// then each section's rows (their cells without the documents, long text
// cut), for the suite's answer column.
func answerSummary(r queries.Reply) string {
	var parts []string
	switch {
	case r.Query.Topic == question.TopicSearch:
		var hs []string
		for _, h := range r.Hits {
			hs = append(hs, fmt.Sprintf("%s:%d", h.Doc, h.Line))
		}
		return fmt.Sprintf("%d sentences: %s", r.HitsTotal, strings.Join(hs, "; "))
	case r.Yes != nil && *r.Yes:
		parts = append(parts, "yes")
	case r.Yes != nil:
		return "no"
	case r.Query.Shape == question.ShapeCount:
		parts = append(parts, fmt.Sprintf("count %d", r.Count))
	}
	for _, s := range r.Sections {
		if len(s.Rows) == 0 && len(r.Sections) > 1 {
			continue
		}
		var rows []string
		for _, row := range s.Rows {
			cells := row.Cells()
			for i, c := range s.Columns {
				if c == "DOCS" || c == "DOC" || c == "FILE" {
					cells[i] = ""
				}
			}
			var keep []string
			for _, c := range cells {
				if c = strings.TrimSpace(c); c != "" {
					if r := []rune(c); len(r) > 40 {
						c = string(r[:40]) + "…"
					}
					keep = append(keep, c)
				}
			}
			rows = append(rows, strings.Join(keep, ", "))
		}
		body := strings.Join(rows, " ;; ")
		if len(s.Rows) == 0 {
			body = "none"
		}
		if len(r.Sections) > 1 {
			body = s.Name + ": " + body
		}
		parts = append(parts, body)
	}
	return strings.Join(parts, " // ")
}

// TestQuestionSuite reads and answers every question of the suite and
// checks both against testdata/questions.tsv.
func TestQuestionSuite(t *testing.T) {
	suite := readSuite(t)
	store, p, idx := openSuite(t)
	ctx := context.Background()
	declines, answered, passed := 0, 0, 0
	got := map[int][2]string{}
	for _, l := range suite {
		parse, answer, err := askSuite(ctx, store, p, idx, l.question)
		if err != nil {
			t.Errorf("questions.tsv:%d %q: %v", l.line, l.question, err)
			continue
		}
		got[l.line] = [2]string{parse, answer}
		if strings.HasPrefix(parse, "decline: ") {
			declines++
		} else {
			answered++
		}
		ok := true
		if strings.HasPrefix(l.parse, "decline: ") {
			if !strings.HasPrefix(parse, "decline: ") || !strings.Contains(parse, strings.TrimPrefix(l.parse, "decline: ")) {
				ok = false
			}
		} else if parse != l.parse || answer != l.answer {
			ok = false
		}
		if ok {
			passed++
		} else if !*updateSuite {
			t.Errorf("questions.tsv:%d %q:\n got %s\n     %s\nwant %s\n     %s", l.line, l.question, parse, answer, l.parse, l.answer)
		}
	}
	t.Logf("%d questions: %d answered, %d declined; %d as the suite says", len(suite), answered, declines, passed)
	if answered < 80 || declines < 15 {
		t.Errorf("the suite has %d questions it answers and %d it declines; issue 8 asks for at least 80 and 15", answered, declines)
	}
	if *updateSuite {
		rewriteSuite(t, got)
	}
}

// BenchmarkQuestionSuite reads and answers each question of the suite
// (one sub-benchmark a question, named by its line in questions.tsv)
// against the demo corpus and ../shared/dev in a bolt store, as ask does
// once the store is open and its names read (BenchmarkAskStartup).
func BenchmarkQuestionSuite(b *testing.B) {
	suite := readSuite(b)
	store, p, idx := openSuite(b)
	ctx := context.Background()
	for _, l := range suite {
		b.Run(fmt.Sprintf("line%03d", l.line), func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				if _, _, err := askSuite(ctx, store, p, idx, l.question); err != nil {
					b.Fatal(err)
				}
			}
			// CPU time says what a question costs on a machine others share,
			// where wall time also counts the waits for a core
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkAskStartup is what ask does before it reads a question: read
// the graph's names, load the world tables and index the names.
func BenchmarkAskStartup(b *testing.B) {
	store, _, _ := openSuite(b)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := newQuestionParser(ctx, store, ""); err != nil {
			b.Fatal(err)
		}
	}
}

// rewriteSuite writes the parse and answer columns from what was got.
func rewriteSuite(t *testing.T, got map[int][2]string) {
	path := filepath.Join("testdata", "questions.tsv")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	for n, g := range got {
		p := strings.Split(lines[n-1], "\t")
		p[1], p[2] = g[0], g[1]
		lines[n-1] = strings.Join(p, "\t")
	}
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
}
