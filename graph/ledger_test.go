package graph

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

// A write stopped after the ledger recorded a batch as pending and before
// Cayley applied it (or after it applied the additions only) is completed
// by the next write of the same facts: the pending quads are not taken to
// be in the store.
func TestPendingWriteIsCompleted(t *testing.T) {
	ctx := context.Background()
	want := nquadsText(t, Convert([]fact.Facts{factsA(), factsB()}))
	for _, applied := range []bool{false, true} {
		s := openTest(t, Config{Backend: BackendMemstore})
		if _, err := s.Write(ctx, []fact.Facts{factsA()}); err != nil {
			t.Fatal(err)
		}
		// what a stopped write of factsB leaves: its entry pending, its
		// report recorded, and its quads in Cayley or not
		ledger, err := s.openLedger(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b := factsB()
		quads := Convert([]fact.Facts{factsA(), b})
		var mine = quads[:0:0]
		for _, q := range quads {
			if labelOf(q) == schema.DocIRI(b.Doc.Name) {
				mine = append(mine, q)
			}
		}
		enc, err := encodeQuads(mine)
		if err != nil {
			t.Fatal(err)
		}
		doc := schema.DocIRI(b.Doc.Name)
		ledger[doc] = &ledgerEntry{Name: b.Doc.Name, Merged: true, Report: []byte(`{}`), Pending: enc}
		if err := s.putLedger(ctx, map[string]*ledgerEntry{doc: ledger[doc]}); err != nil {
			t.Fatal(err)
		}
		if applied {
			for _, q := range mine {
				if err := s.h.QuadWriter.AddQuad(q); err != nil {
					t.Fatal(err)
				}
			}
		}
		if _, err := s.Write(ctx, []fact.Facts{b}); err != nil {
			t.Fatal(err)
		}
		if got := storeText(t, s); got != want {
			t.Errorf("additions applied %v: after the next write the store holds\n%s\nwant\n%s", applied, got, want)
		}
	}
}
