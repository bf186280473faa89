package queries

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
)

// evaluate fills a question's records with the read model's evaluator.
func evaluate(question kind.Question, quads []quad.Quad) *kind.Records {
	ix := kind.NewIndex()
	for _, q := range quads {
		ix.Add(q)
	}
	rs := ix.Evaluate(question.ReadSets())
	rs.Finish()
	return rs
}

// A store's read model answers every question as Gizmo does, over a
// memory store and a bolt file, after one write and after a second write
// that changes a document.
func TestReadModelAnswersAsGizmo(t *testing.T) {
	ctx := context.Background()
	facts := fixture()
	for _, backend := range []string{graph.BackendMemstore, graph.BackendBolt} {
		s := openTestStore(ctx, t, backend)
		if _, err := s.Write(ctx, facts); err != nil {
			t.Fatal(err)
		}
		check := func(when string) {
			t.Helper()
			question, _ := Lookup("meetings")
			if _, err := s.ReadRecords(ctx, question.ReadSets()); err != nil {
				t.Fatalf("%s %s: no read model: %v", backend, when, err)
			}
			for _, question := range List() {
				for _, p := range []Params{{}, {Evidence: true}} {
					a, _ := json.Marshal(ask(t, s, question.Name, p).JSON())
					b, _ := json.Marshal(ask(t, GizmoOnly(s), question.Name, p).JSON())
					if string(a) != string(b) {
						t.Errorf("%s %s: %s (evidence %v):\n model %s\n Gizmo %s", backend, when, question.Name, p.Evidence, a, b)
					}
				}
			}
			ents, err := Entities(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			viaGizmo, err := Entities(ctx, GizmoOnly(s))
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(ents)
			b, _ := json.Marshal(viaGizmo)
			if string(a) != string(b) {
				t.Errorf("%s %s: names:\n model %s\n Gizmo %s", backend, when, a, b)
			}
		}
		check("after the first write")
		changed := facts[0]
		changed.Meetings = nil
		if _, err := s.Write(ctx, []fact.Facts{changed}); err != nil {
			t.Fatal(err)
		}
		check("after a document changed")
	}
}

// Every question answers the same from records the declarations fill
// without Gizmo as from its generated script.
func TestRecordsWithoutGizmo(t *testing.T) {
	facts := fixture()
	quads := graph.Convert(facts)
	q := newMem(t, facts...)
	for _, question := range List() {
		for _, p := range []Params{{}, {Evidence: true}} {
			viaGizmo := ask(t, q, question.Name, p)
			res := question.Assemble(evaluate(question, quads), p)
			inMemory := Answer{Question: question, Rows: res.Rows, Undated: res.Undated, Evidence: p.Evidence}
			a, _ := json.Marshal(viaGizmo.JSON())
			b, _ := json.Marshal(inMemory.JSON())
			if string(a) != string(b) {
				t.Errorf("%s (evidence %v):\n Gizmo   %s\n records %s", question.Name, p.Evidence, a, b)
			}
		}
	}
}

// The evidence sentences the search index is filled with are the same
// read from the quad indexes (graph.Store.EachSentenceRow) as from Gizmo,
// on a memory store and a bolt file, including for a document the store
// lacks and one named twice, and after a write that removes some of a
// document's facts (their quads stay in the log, marked deleted).
func TestSentencesAsGizmo(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.BackendMemstore, graph.BackendBolt} {
		s := openTestStore(ctx, t, backend)
		facts := fixture()
		if _, err := s.Write(ctx, facts); err != nil {
			t.Fatal(err)
		}
		check := func(when string, want int) {
			t.Helper()
			files := []string{"a.txt", "b.txt", "missing.txt", "a.txt"}
			direct, err := Sentences(ctx, s, files)
			if err != nil {
				t.Fatal(err)
			}
			viaGizmo, err := Sentences(ctx, GizmoOnly(s), files)
			if err != nil {
				t.Fatal(err)
			}
			if len(direct["a.txt"]) != want || len(direct["b.txt"]) == 0 {
				t.Errorf("%s %s: %d sentences of a.txt, want %d; %d of b.txt", backend, when, len(direct["a.txt"]), want, len(direct["b.txt"]))
			}
			a, _ := json.Marshal(direct)
			b, _ := json.Marshal(viaGizmo)
			if string(a) != string(b) {
				t.Errorf("%s %s:\n quad indexes %s\n Gizmo        %s", backend, when, a, b)
			}
		}
		check("after the first write", 9)
		changed := facts[0]
		changed.Meetings, changed.Visits = nil, nil
		if _, err := s.Write(ctx, []fact.Facts{changed}); err != nil {
			t.Fatal(err)
		}
		check("after a write that removes two facts", 7)
	}
}

// openTestStore opens an empty store of the backend (a bolt file in the
// test's directory), closed when the test ends.
func openTestStore(ctx context.Context, t *testing.T, backend string) *graph.Store {
	t.Helper()
	cfg := graph.Config{Backend: backend}
	if backend == graph.BackendBolt {
		cfg.Path = filepath.Join(t.TempDir(), "g.db")
	}
	s, err := graph.Open(ctx, cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
