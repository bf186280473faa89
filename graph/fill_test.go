package graph

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
)

// asMerged is a Merger that keeps each report's facts as they are.
func asMerged(rs []fact.Report) []fact.Facts {
	out := make([]fact.Facts, len(rs))
	for i, r := range rs {
		out[i] = r.Facts
	}
	return out
}

// manyBatches makes reports of synthetic documents whose quads fill at
// least three write batches.
func manyBatches(t testing.TB) []fact.Report {
	t.Helper()
	for n := 100; ; n *= 2 {
		docs := syntheticDocs(n)
		if len(Convert(docs)) > 3*batchSize {
			rs := make([]fact.Report, len(docs))
			for i, f := range docs {
				rs[i] = fact.Report{Facts: f}
			}
			return rs
		}
	}
}

// A write into a new bolt file commits without fsync (unsyncedFill) and
// syncs again once it ends; one into a store that holds documents syncs
// every commit. Either way the graph is the one a memory store holds.
func TestFillSyncsAgainAndGivesTheSameGraph(t *testing.T) {
	ctx := context.Background()
	reports := manyBatches(t)
	mem := openTest(t, Config{Backend: BackendMemstore})
	if _, err := mem.Update(ctx, reports, asMerged, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	want := storeText(t, mem)

	s := openTest(t, Config{Path: filepath.Join(t.TempDir(), "fill.db")})
	db := s.boltGate().bolt()
	unsynced := 0
	if _, err := s.Update(ctx, reports, asMerged, WriteOptions{Progress: func(done, total int) {
		if db.NoSync {
			unsynced++
		}
	}}); err != nil {
		t.Fatal(err)
	}
	if unsynced == 0 {
		t.Error("the batches of a write into a new file were committed with fsync")
	}
	if db.NoSync {
		t.Error("after filling a new file, commits are still not synced")
	}
	if got := storeText(t, s); got != want {
		t.Error("a bolt file filled in batches holds another graph than a memory store")
	}

	// the store holds documents now: a write keeps syncing
	more := manyBatches(t)
	for i := range more {
		more[i].Facts.Doc.Name = "more-" + more[i].Facts.Doc.Name
	}
	synced := true
	if _, err := s.Update(ctx, more, asMerged, WriteOptions{Progress: func(done, total int) {
		synced = synced && !db.NoSync
	}}); err != nil {
		t.Fatal(err)
	}
	if !synced {
		t.Error("a write into a store that holds documents turned fsync off")
	}
}

// A write stopped after its first batch leaves whole documents: each
// label holds all of its quads or none, and writing the documents again
// completes the graph.
func TestStoppedFillLeavesWholeDocuments(t *testing.T) {
	ctx := context.Background()
	reports := manyBatches(t)
	mem := openTest(t, Config{Backend: BackendMemstore})
	if _, err := mem.Update(ctx, reports, asMerged, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	wantQuads, err := mem.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byLabel := func(qs []quad.Quad) map[string]int {
		m := map[string]int{}
		for _, q := range qs {
			m[ledgerKey(q)]++
		}
		return m
	}
	want := byLabel(wantQuads)

	s := openTest(t, Config{Path: filepath.Join(t.TempDir(), "stopped.db")})
	stop, cancel := context.WithCancel(ctx)
	defer cancel()
	_, err = s.Update(stop, reports, asMerged, WriteOptions{Progress: func(done, total int) { cancel() }})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("a write stopped after its first batch: err = %v, want context.Canceled", err)
	}
	if s.boltGate().bolt().NoSync {
		t.Error("a stopped fill left commits unsynced")
	}
	qs, err := s.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := byLabel(qs)
	if len(got) == 0 || len(got) == len(want) {
		t.Fatalf("the stopped write left %d of %d documents; want some but not all", len(got), len(want))
	}
	for doc, n := range got {
		if n != want[doc] {
			t.Errorf("%s holds %d of its %d quads after a stopped write", doc, n, want[doc])
		}
	}
	if _, err := s.Update(ctx, reports, asMerged, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if got, w := storeText(t, s), nquadsText(t, wantQuads); got != w {
		t.Error("writing the documents again after a stopped write did not complete the graph")
	}
}
