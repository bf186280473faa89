package fulltext

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/bench/corpus"
)

var sentenceEnd = regexp.MustCompile(`[.!?]["”’)]?\s+`)

// benchCorpus returns documents' sentences for the benchmarks: the shared
// sample documents (real press text) copied until they reach about 1 MB,
// or a generated corpus of that size when ../shared is absent.
func benchCorpus(b *testing.B) (map[string][]Sentence, int64, string) {
	b.Helper()
	var texts []string
	source := "../shared (seeds, dev, dev2, wild)"
	for _, set := range []string{"seeds", "dev", "dev2", "wild"} {
		root := filepath.Join("..", "..", "shared", set)
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".txt") || strings.HasSuffix(p, ".md")) {
				if bs, err := os.ReadFile(p); err == nil {
					texts = append(texts, string(bs))
				}
			}
			return nil
		})
	}
	if len(texts) == 0 {
		source = "a generated corpus (no ../shared)"
		dir := b.TempDir()
		if _, err := corpus.Generate(dir, corpus.Options{Bytes: 1 << 20, Seed: 1}); err != nil {
			b.Fatal(err)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if bs, err := os.ReadFile(filepath.Join(dir, e.Name())); err == nil {
				texts = append(texts, string(bs))
			}
		}
	}
	docs := map[string][]Sentence{}
	var size int64
	for copyN := 0; size < 1<<20; copyN++ {
		for i, t := range texts {
			key := fmt.Sprintf("doc%03d-%d.txt", i, copyN)
			start := 0
			for n, loc := range sentenceEnd.FindAllStringIndex(t+" ", -1) {
				s := strings.TrimSpace((t + " ")[start:loc[1]])
				start = loc[1]
				if s == "" {
					continue
				}
				docs[key] = append(docs[key], Sentence{ID: fmt.Sprintf("s%d", n), Line: n + 1, Text: s,
					Facts: []string{fmt.Sprintf("urn:diplograph:meeting:%s-%d", key, n)}})
				size += int64(len(s))
			}
		}
	}
	return docs, size, source
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				n += fi.Size()
			}
		}
		return nil
	})
	return n
}

// BenchmarkIndex builds an on-disk index of about 1 MB of sentences, a
// document per batch as build writes them, and reports the time and the
// index's size per MB of text.
func BenchmarkIndex(b *testing.B) {
	docs, size, source := benchCorpus(b)
	ctx := context.Background()
	b.Logf("text: %s, %d documents, %.2f MB of sentences", source, len(docs), float64(size)/(1<<20))
	b.SetBytes(size)
	var indexBytes int64
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), "db.search")
		x, err := Open(dir, Options{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		for key, ss := range docs {
			if err := x.Replace(ctx, key, ss); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
		indexBytes = dirSize(dir)
	}
	b.ReportMetric(float64(indexBytes)/(float64(size)/(1<<20))/(1<<20), "index-MB/text-MB")
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N)/(float64(size)/(1<<20)), "cpu-s/text-MB")
}

// BenchmarkIndexOneBatch is BenchmarkIndex with every document in one
// batch, as a first build of a whole corpus could write them.
func BenchmarkIndexOneBatch(b *testing.B) {
	docs, size, _ := benchCorpus(b)
	ctx := context.Background()
	b.SetBytes(size)
	var indexBytes int64
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), "db.search")
		x, err := Open(dir, Options{Create: true})
		if err != nil {
			b.Fatal(err)
		}
		if err := x.ReplaceAll(ctx, docs); err != nil {
			b.Fatal(err)
		}
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
		indexBytes = dirSize(dir)
	}
	b.ReportMetric(float64(indexBytes)/(float64(size)/(1<<20))/(1<<20), "index-MB/text-MB")
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N)/(float64(size)/(1<<20)), "cpu-s/text-MB")
}

// cpuTime is the process's user and system CPU time so far: what indexing
// costs on a machine others share, where wall time counts waits too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSearch searches an index of about 1 MB of sentences.
func BenchmarkSearch(b *testing.B) {
	docs, _, _ := benchCorpus(b)
	ctx := context.Background()
	x, err := Open(filepath.Join(b.TempDir(), "db.search"), Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	defer x.Close()
	if err := x.ReplaceAll(ctx, docs); err != nil {
		b.Fatal(err)
	}
	qs := []string{"gas pipeline", "trade turnover", `"economic cooperation"`, "nuclear power plant construction"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := x.Search(ctx, qs[i%len(qs)], 20); err != nil {
			b.Fatal(err)
		}
	}
}
