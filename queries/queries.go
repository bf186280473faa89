// Package queries answers diplograph's named questions. Each question is
// described in the fact-kind registry (package kind): the records it reads,
// from which its Gizmo script is generated, and the assembler that turns
// them into answer rows. This package runs the script against a store,
// collects the rows into records, assembles the answer, and routes
// plain-English questions to named ones.
package queries

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/kind"
)

// Querier runs Gizmo scripts. *graph.Store satisfies it; keeping it an
// interface lets this package be tested on any store.
type Querier interface {
	// Rows returns the script's rows with each tag's value typed as
	// stored (graph.Store.Rows), so that a name is never read as an IRI.
	Rows(ctx context.Context, script string, limit int) ([]map[string]quad.Value, error)
}

// Question is a named question (see kind.Question).
type Question = kind.Question

// Params narrow a question's answer (see kind.Params).
type Params = kind.Params

// List returns the named questions sorted by name.
func List() []Question {
	qs := kind.Questions()
	sort.Slice(qs, func(i, j int) bool { return qs[i].Name < qs[j].Name })
	return qs
}

// Lookup returns the named question; the other spellings the registry
// knows are accepted ("co_chairs" for "co-chairs", as the gold file spells
// it).
func Lookup(name string) (Question, error) {
	if q, ok := kind.Lookup(name); ok {
		return q, nil
	}
	var names []string
	for _, q := range List() {
		names = append(names, q.Name)
	}
	return Question{}, fmt.Errorf("unknown question %q (known: %s)", strings.TrimSpace(name), strings.Join(names, ", "))
}

// Ask runs a question and assembles its answer.
func Ask(ctx context.Context, q Querier, question Question, p Params) (Answer, error) {
	rs, err := records(ctx, q, question.Name, question.ReadSets())
	if err != nil {
		return Answer{}, err
	}
	res := question.Assemble(rs, p)
	return Answer{Question: question, Rows: res.Rows, Undated: res.Undated, UndatedShown: res.UndatedShown, Evidence: p.Evidence}, nil
}

// RecordReader is a Querier that keeps the records questions read, so
// that a question costs no Gizmo query (graph.Store's read model).
type RecordReader interface {
	// ReadRecords returns the records of sets, or kind.ErrNoModel when it
	// has none as current as the store.
	ReadRecords(ctx context.Context, sets []kind.Set) (*kind.Records, error)
}

// GizmoOnly hides a store's read model: questions asked of it run their
// Gizmo scripts (ask --gizmo, and tests comparing the two).
func GizmoOnly(q Querier) Querier { return gizmoOnly{q} }

type gizmoOnly struct{ q Querier }

func (g gizmoOnly) Rows(ctx context.Context, script string, limit int) ([]map[string]quad.Value, error) {
	return g.q.Rows(ctx, script, limit)
}

// records reads the records of sets: from the store's read model where it
// keeps a current one, else by running the sets' generated script and
// collecting its rows, each tag's value as text (kind.ValueText).
func records(ctx context.Context, q Querier, what string, sets []kind.Set) (*kind.Records, error) {
	if rr, ok := q.(RecordReader); ok {
		rs, err := rr.ReadRecords(ctx, sets)
		if err == nil {
			return rs, nil
		}
		if !errors.Is(err, kind.ErrNoModel) {
			return nil, fmt.Errorf("running question %s: %w", what, err)
		}
	}
	res, err := q.Rows(ctx, kind.Script(sets), -1)
	if err != nil {
		return nil, fmt.Errorf("running question %s: %w", what, err)
	}
	rs := kind.NewRecords()
	for _, m := range res {
		row := make(map[string]string, len(m))
		for tag, v := range m {
			row[tag] = kind.ValueText(v)
		}
		rs.AddRow(row)
	}
	rs.Finish()
	return rs, nil
}
