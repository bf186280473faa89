package queries_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/bench/corpus"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
	"github.com/diplograph/diplograph/question"
)

// BenchmarkNamedQuestions times every named question, answered as ask
// answers it (the bare name parsed, which needs none of the graph's names,
// then run),
// on a bolt store built from a generated corpus of DIPLOGRAPH_BENCH_MB
// megabytes (default 1: about 74k quads; 14 gives about a million), or on
// the bolt store DIPLOGRAPH_BENCH_DB names (built by `diplograph build`),
// which saves building one for every run. The store is opened once: what
// is timed is the question, not the process.
func BenchmarkNamedQuestions(b *testing.B) {
	ctx := context.Background()
	mb := 1
	if v, err := strconv.Atoi(os.Getenv("DIPLOGRAPH_BENCH_MB")); err == nil && v > 0 {
		mb = v
	}
	if path := os.Getenv("DIPLOGRAPH_BENCH_DB"); path != "" {
		s, err := graph.Open(ctx, graph.Config{Path: path, ReadOnly: true}, false)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		benchQuestions(b, s)
		return
	}
	dir := b.TempDir()
	if _, err := corpus.Generate(filepath.Join(dir, "corpus"), corpus.Options{Bytes: int64(mb) << 20, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	gz, err := gazetteer.Load()
	if err != nil {
		b.Fatal(err)
	}
	lex, err := lexicon.Load()
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(gz, lex, extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	var reports []fact.Report
	err = extract.Read(ctx, filepath.Join(dir, "corpus"), func(d fact.Document) error {
		r, err := x.Extract(ctx, d)
		if err == nil {
			reports = append(reports, r)
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "bench.db")
	s, err := graph.Open(ctx, graph.Config{Path: path}, true)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.Update(ctx, reports, func(rs []fact.Report) []fact.Facts { return x.Merge(nil, rs) }, graph.WriteOptions{}); err != nil {
		b.Fatal(err)
	}
	s.Close()
	s, err = graph.Open(ctx, graph.Config{Path: path, ReadOnly: true}, false)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	_, quads, _ := s.Stats(ctx)
	b.Logf("%d MB corpus, %d documents, %d quads", mb, len(reports), quads)
	benchQuestions(b, s)
}

// benchQuestions times every named question on an open store.
func benchQuestions(b *testing.B, s *graph.Store) {
	ctx := context.Background()
	for _, q := range queries.List() {
		b.Run(q.Name, func(b *testing.B) {
			cpu := cpuTime()
			for i := 0; i < b.N; i++ {
				p, err := question.Load(ctx, noNames{})
				if err != nil {
					b.Fatal(err)
				}
				pq, err := p.Parse(q.Name, time.Now())
				if err != nil {
					b.Fatal(err)
				}
				if _, err := queries.Run(ctx, s, pq, queries.RunOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			// CPU time (the process's, GC included) tells more than wall
			// time on a machine other work shares
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// noNames is what ask reads a bare named question with: no names.
type noNames struct{}

func (noNames) Entities(context.Context) ([]question.Entity, error) { return nil, nil }

// cpuTime is the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
