package graph

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
)

// testProgram is the build of the program the tests keep answers as.
const testProgram = "test build"

// cellsAnswers is an AnswerFunc: each question's rows, as table cells,
// assembled from the records it reads.
func cellsAnswers(ctx context.Context, m *ModelRecords) (map[string][]byte, error) {
	return cellsOf(ctx, m.ReadRecords)
}

func cellsOf(ctx context.Context, read func(context.Context, []kind.Set) (*kind.Records, error)) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, q := range kind.Questions() {
		rs, err := read(ctx, q.ReadSets())
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, row := range q.Assemble(rs, kind.Params{Undated: true}).Rows {
			b.WriteString(strings.Join(row.Cells(), "|") + "\n")
		}
		out[q.Name] = []byte(b.String())
	}
	return out, nil
}

// asReported merges nothing: each report's facts as they are.
func asReported(rs []fact.Report) []fact.Facts {
	out := make([]fact.Facts, len(rs))
	for i, r := range rs {
		out[i] = r.Facts
	}
	return out
}

// kept reads every kept answer of s; nil when it keeps none as current as
// the store.
func kept(t *testing.T, s *Store) map[string][]byte {
	t.Helper()
	return keptBy(t, s, testProgram)
}

// keptBy reads every answer of s kept by a build of the program.
func keptBy(t *testing.T, s *Store, by string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, q := range kind.Questions() {
		ok, err := s.KeptAnswer(context.Background(), by, q.Name, func(b []byte) error {
			out[q.Name] = append([]byte(nil), b...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return nil
		}
	}
	return out
}

// sameAsComputed checks that the kept answers are those computed from the
// store's read model as a question reads it.
func sameAsComputed(t *testing.T, s *Store, step string) {
	t.Helper()
	sameAsComputedBy(t, s, testProgram, step)
}

func sameAsComputedBy(t *testing.T, s *Store, by, step string) {
	t.Helper()
	want, err := cellsOf(context.Background(), s.ReadRecords)
	if err != nil {
		t.Fatal(err)
	}
	got := keptBy(t, s, by)
	if got == nil {
		t.Fatalf("%s: no kept answers", step)
	}
	for name, w := range want {
		if string(got[name]) != string(w) {
			t.Errorf("%s: kept answer of %s\n%s\nwant (computed)\n%s", step, name, got[name], w)
		}
	}
}

// Kept answers follow every write, on the bolt file and in memory, and a
// model made without them leaves none that could be read. (Forgetting a
// document, which needs the extractor's merge, is tested with the
// command line's kept answers.)
func TestKeptAnswersFollowWrites(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{BackendBolt, BackendMemstore} {
		t.Run(backend, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.db")
			s := openTest(t, Config{Backend: backend, Path: path, Answers: cellsAnswers, AnswersBy: testProgram})
			if _, err := s.Write(ctx, []fact.Facts{factsA()}); err != nil {
				t.Fatal(err)
			}
			sameAsComputed(t, s, "first write")
			before := kept(t, s)
			if _, err := s.Write(ctx, []fact.Facts{factsA(), factsB(), factsOdd()}); err != nil {
				t.Fatal(err)
			}
			sameAsComputed(t, s, "more documents")
			if string(kept(t, s)["meetings"]) == string(before["meetings"]) && string(kept(t, s)["claims"]) == string(before["claims"]) {
				t.Errorf("the kept answers did not change with the documents")
			}
			if backend != BackendBolt {
				return
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			// another build of the program: the answers kept are not its
			// own, so it takes the model for incomplete and keeps its own,
			// even when no document changed
			other := openTest(t, Config{Backend: backend, Path: path, Answers: cellsAnswers, AnswersBy: "another build"})
			if got := keptBy(t, other, "another build"); got != nil {
				t.Errorf("another build reads the answers of this one")
			}
			if _, err := other.Update(ctx, nil, asReported, WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			sameAsComputedBy(t, other, "another build", "a write by another build")
			if kept(t, other) != nil {
				t.Errorf("after a write by another build, this build's answers are still read")
			}
			if err := other.Close(); err != nil {
				t.Fatal(err)
			}
			// the same file written by a program that keeps no answers
			plain := openTest(t, Config{Backend: backend, Path: path})
			if _, err := plain.Write(ctx, []fact.Facts{factsB()}); err != nil {
				t.Fatal(err)
			}
			if got := kept(t, plain); got != nil {
				t.Errorf("a model made without answers has kept ones: %d", len(got))
			}
			if err := plain.Close(); err != nil {
				t.Fatal(err)
			}
			// and a write that changes nothing keeps them again
			again := openTest(t, Config{Backend: backend, Path: path, Answers: cellsAnswers, AnswersBy: testProgram})
			if _, err := again.Update(ctx, nil, asReported, WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			sameAsComputed(t, again, "a write that changes nothing")
		})
	}
}

// A write whose answers cannot be made fails, saying so, and keeps no
// model that would be read as current.
func TestKeptAnswersFailTheWrite(t *testing.T) {
	ctx := context.Background()
	broken := errors.New("no answers today")
	s := openTest(t, Config{Backend: BackendMemstore, AnswersBy: testProgram, Answers: func(context.Context, *ModelRecords) (map[string][]byte, error) {
		return nil, broken
	}})
	_, err := s.Write(ctx, []fact.Facts{factsA()})
	if !errors.Is(err, broken) || !strings.Contains(err.Error(), "keeping answers") {
		t.Fatalf("write: %v, want the answers' error", err)
	}
	if got := kept(t, s); got != nil {
		t.Errorf("kept answers after a failed write: %d", len(got))
	}
	if _, err := s.ReadRecords(ctx, kind.Questions()[0].ReadSets()); !errors.Is(err, kind.ErrNoModel) {
		t.Errorf("ReadRecords after a failed write: %v, want kind.ErrNoModel", err)
	}
}
