package graph

import (
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
