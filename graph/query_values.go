package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
)

// collate turns a raw Gizmo result into the JSON value Cayley's JSON
// collation gives (tags map to "<iri>" strings and native literals; a
// script's own values pass through), with one difference: a
// language-tagged string keeps its tag, written as in N-Quads
// ("Marcelo"@es), where Cayley would drop it.
func (s *Store) collate(r interface{}) interface{} {
	res, ok := r.(*gizmo.Result)
	if !ok || res == nil {
		return r
	}
	if res.Meta {
		return nil
	}
	if res.Val != nil {
		return res.Val
	}
	obj := make(map[string]interface{}, len(res.Tags))
	for k, ref := range res.Tags {
		if v := s.h.QuadStore.NameOf(ref); v != nil {
			obj[k] = nativeValue(v)
		}
	}
	return obj
}

// nativeValue is Cayley's JSON collation of one value, keeping language
// tags.
func nativeValue(v quad.Value) interface{} {
	if ls, ok := v.(quad.LangString); ok {
		return ntString(string(ls.Value)) + "@" + ls.Lang
	}
	out := v.Native()
	if nv, ok := out.(quad.Value); ok && v == nv {
		return quad.StringOf(v)
	}
	return out
}

// Rows runs a Gizmo script and returns its rows: the values the paths tag
// and save, as stored, typed. An IRI is a quad.IRI and a string a
// quad.String however it reads, so a name that looks like an IRI
// ("<b>Jane</b>") stays a name; JSON collation writes both as text and a
// reader cannot tell them apart. The script's own values (g.Emit) and
// Gizmo's meta results are dropped. limit <= 0 means no limit.
func (s *Store) Rows(ctx context.Context, script string, limit int) ([]map[string]quad.Value, error) {
	return gizmoRows(ctx, s.h.QuadStore, script, limit, s.cfg.QueryMemory)
}

// GizmoRows is Store.Rows over any Cayley quad store, with the default
// memory budget.
func GizmoRows(ctx context.Context, qs cgraph.QuadStore, script string, limit int) ([]map[string]quad.Value, error) {
	return gizmoRows(ctx, qs, script, limit, DefaultQueryMemory)
}

func gizmoRows(ctx context.Context, qs cgraph.QuadStore, script string, limit int, budget int64) ([]map[string]quad.Value, error) {
	var out []map[string]quad.Value
	err := execute(ctx, gizmo.NewSession(qs), LangGizmo, script, limit, query.Raw, budget, func(r interface{}) {
		res, ok := r.(*gizmo.Result)
		if !ok || res == nil || res.Meta || len(res.Tags) == 0 {
			return
		}
		row := make(map[string]quad.Value, len(res.Tags))
		for tag, ref := range res.Tags {
			if v := qs.NameOf(ref); v != nil {
				row[tag] = v
			}
		}
		out = append(out, row)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
