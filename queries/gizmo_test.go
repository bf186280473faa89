package queries

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
)

// memQuerier runs Gizmo over an in-memory store holding the quads that
// graph.Convert makes from facts, so these tests see the stored schema
// without depending on a Store implementation.
type memQuerier struct{ qs *memstore.QuadStore }

func (m memQuerier) Query(ctx context.Context, lang, text string, limit int) ([]any, error) {
	if lang != "gizmo" {
		return nil, fmt.Errorf("language %q not supported here", lang)
	}
	s := gizmo.NewSession(m.qs)
	it, err := s.Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	return out, it.Err()
}

func newMem(t *testing.T, facts ...fact.Facts) memQuerier {
	t.Helper()
	return memQuerier{memstore.New(graph.Convert(facts)...)}
}
