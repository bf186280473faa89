package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// EachSentenceRow hands fn the rows of the Gizmo script
//
//	g.V(docs...).Tag("doc").In(<inDocument>).Tag("sentence")
//	 .Save(<text>, "text").Save(<line>, "line").In(<evidence>).Tag("fact").All()
//
// (the evidence sentences of documents, with the facts read from each) by
// following the quad indexes from each document node, without the query
// engine. The Gizmo script checks each candidate sentence against the
// list of document nodes it was given, and on a bolt store each step of its
// nested iterators costs more as the store grows: filling the search index
// after a build took 2.7 s of 12 s of CPU for 5,600 documents (770k quads)
// and 22 s of 85 s for 28,000 (3.8M), growing faster than the corpus.
// Here each document costs what its own sentences and facts hold.
//
// The rows are the script's, one per combination of its tags as Gizmo
// gives them (a quad stated by several documents once per document); only
// their order differs. fn must not keep the map, which is reused. ok is
// false for stores whose quad lookups are server round trips (PostgreSQL,
// CockroachDB), where one query serves better: the caller runs the script
// there.
func (s *Store) EachSentenceRow(ctx context.Context, docs []string, inDocument, text, line, evidence string, fn func(map[string]quad.Value)) (ok bool, err error) {
	switch s.cfg.Backend {
	case BackendBolt, BackendMemstore:
	default:
		return false, nil
	}
	qs := s.h.QuadStore
	keyOf := func(iri string) interface{} {
		if r := qs.ValueOf(quad.IRI(iri)); r != nil {
			return cgraph.ToKey(r)
		}
		return nil
	}
	pIn, pText, pLine, pEv := keyOf(inDocument), keyOf(text), keyOf(line), keyOf(evidence)
	if pIn == nil || pText == nil || pLine == nil || pEv == nil {
		return true, nil // no quad has one of the predicates: no row
	}
	// linked visits the nodes at the other end (to) of the quads that have
	// node in direction from and predicate pred, once per quad.
	linked := func(node cgraph.Ref, from, to quad.Direction, pred interface{}, fn func(cgraph.Ref)) error {
		it := qs.QuadIterator(from, node)
		defer it.Close()
		for it.Next(ctx) {
			q := it.Result()
			if p := qs.QuadDirection(q, quad.Predicate); p != nil && cgraph.ToKey(p) == pred {
				fn(qs.QuadDirection(q, to))
			}
		}
		if err := it.Err(); err != nil {
			return fmt.Errorf("reading quads from %s store: %w", s.cfg.Backend, err)
		}
		return ctx.Err()
	}
	// line numbers and facts recur across sentences: their values are
	// looked up once (a lookup is a read of the log bucket)
	names := map[interface{}]quad.Value{}
	nameOf := func(r cgraph.Ref) quad.Value {
		k := cgraph.ToKey(r)
		v, ok := names[k]
		if !ok {
			v = qs.NameOf(r)
			names[k] = v
		}
		return v
	}
	var sents, texts, lines, facts []cgraph.Ref
	row := make(map[string]quad.Value, 5)
	for _, d := range docs {
		doc := qs.ValueOf(quad.IRI(d))
		if doc == nil {
			continue
		}
		docVal := qs.NameOf(doc)
		sents = sents[:0]
		if err := linked(doc, quad.Object, quad.Subject, pIn, func(r cgraph.Ref) { sents = append(sents, r) }); err != nil {
			return true, err
		}
		for _, sent := range sents {
			texts, lines, facts = texts[:0], lines[:0], facts[:0]
			// its text and line: one pass over the quads it is the subject of
			it := qs.QuadIterator(quad.Subject, sent)
			for it.Next(ctx) {
				q := it.Result()
				p := qs.QuadDirection(q, quad.Predicate)
				if p == nil {
					continue
				}
				switch cgraph.ToKey(p) {
				case pText:
					texts = append(texts, qs.QuadDirection(q, quad.Object))
				case pLine:
					lines = append(lines, qs.QuadDirection(q, quad.Object))
				}
			}
			err := it.Err()
			it.Close()
			if err != nil {
				return true, fmt.Errorf("reading quads from %s store: %w", s.cfg.Backend, err)
			}
			if len(texts) == 0 || len(lines) == 0 {
				continue
			}
			if err := linked(sent, quad.Object, quad.Subject, pEv, func(r cgraph.Ref) { facts = append(facts, r) }); err != nil {
				return true, err
			}
			sentVal := qs.NameOf(sent)
			for _, t := range texts {
				tv := qs.NameOf(t)
				for _, l := range lines {
					lv := nameOf(l)
					for _, f := range facts {
						row["doc"], row["sentence"], row["text"], row["line"], row["fact"] = docVal, sentVal, tv, lv, nameOf(f)
						fn(row)
					}
				}
			}
		}
	}
	return true, ctx.Err()
}
