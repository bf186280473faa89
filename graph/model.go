package graph

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/kind"
)

// The read model: the records every question reads (kind.ModelSets),
// evaluated once per write over the quads the ledger holds, and kept per
// class beside the quads. A question then decodes the records of its own
// classes instead of running a Gizmo script whose rows multiply with every
// document that repeats a fact (docs/SCHEMA.md, "Read model").

// modelMeta says which store state the model was made from.
type modelMeta struct {
	Version int   `json:"version"`
	Quads   int64 `json:"quads"` // Cayley's count of quads when it was made
	// Typed counts the distinct subjects of each class (rdf:type); a
	// model made before it was kept has none.
	Typed map[string]int `json:"typed,omitempty"`
	// Answers is the token of the answers kept with this model
	// (answers.go); "" when none were.
	Answers string `json:"answers,omitempty"`
	// AnswersBy is the build of the program that made them
	// (Config.AnswersBy).
	AnswersBy string `json:"answers_by,omitempty"`
}

// modelVersion changes whenever what the model keeps changes; a model of
// another version is not read.
const modelVersion = 3

const modelMetaKey = "meta"

// modelNamesKey holds the graph's names (kind.Names), read by questions in
// plain English. A model made before it was kept lacks it: then the names
// are read from the records (queries.Entities).
const modelNamesKey = "names"

func modelKey(part, class string) string { return part + " " + class }

// invalidateModel marks the model out of date before a write, so that a
// write stopped half way is never answered from the old model.
func (s *Store) invalidateModel(ctx context.Context) error {
	if err := s.side.put(ctx, bucketModel, map[string][]byte{modelMetaKey: nil}); err != nil {
		return fmt.Errorf("marking the read model out of date: %w", err)
	}
	return nil
}

// refreshModel evaluates the model over the ledger's quads and stores it.
func (s *Store) refreshModel(ctx context.Context, ledger map[string]*ledgerEntry) error {
	if done, err := s.rekeepAnswers(ctx); done || err != nil {
		return err
	}
	sets, err := kind.ModelSets()
	if err != nil {
		return err
	}
	ix := kind.NewIndex()
	typed := map[string]map[string]bool{}
	intern := map[string]string{} // the index keeps every string: each once
	for _, doc := range sortedEntryKeys(ledger) {
		qs, err := ledger[doc].quadsWith(intern)
		if err != nil {
			return err
		}
		for _, q := range qs {
			ix.Add(q)
			if class, ok := q.Object.(quad.IRI); ok && q.Predicate == quad.IRI(PredType) && q.Subject != nil {
				if typed[string(class)] == nil {
					typed[string(class)] = map[string]bool{}
				}
				typed[string(class)][q.Subject.String()] = true
			}
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("making the read model: %w", err)
		}
	}
	rs := ix.Evaluate(sets)
	vals := map[string][]byte{}
	for _, set := range sets {
		v, e, err := rs.Encode(set.Class)
		if err != nil {
			return err
		}
		vals[modelKey("records", set.Class)] = v
		vals[modelKey("evidence", set.Class)] = e
	}
	names, err := modelNames(vals)
	if err != nil {
		return err
	}
	vals[modelNamesKey] = names
	token, err := s.keepAnswers(ctx, vals)
	if err != nil {
		return err
	}
	_, n, err := s.quadCount(ctx)
	if err != nil {
		return err
	}
	counts := make(map[string]int, len(typed))
	for c, subjects := range typed {
		counts[c] = len(subjects)
	}
	m := modelMeta{Version: modelVersion, Quads: n, Typed: counts, Answers: token}
	if token != "" {
		m.AnswersBy = s.cfg.AnswersBy
	}
	meta, _ := json.Marshal(m)
	if err := s.side.put(ctx, bucketModel, vals); err != nil {
		return fmt.Errorf("writing the read model: %w", err)
	}
	// the meta last: a model without it is not read
	if err := s.side.put(ctx, bucketModel, map[string][]byte{modelMetaKey: meta}); err != nil {
		return fmt.Errorf("writing the read model: %w", err)
	}
	return nil
}

// readMeta reads the model's meta; ok is false when there is no model of
// this version.
func (s *Store) readMeta(ctx context.Context) (meta modelMeta, ok bool, err error) {
	b, found, err := s.side.get(ctx, bucketModel, modelMetaKey)
	if err != nil {
		return meta, false, fmt.Errorf("reading the read model: %w", err)
	}
	ok = found && json.Unmarshal(b, &meta) == nil && meta.Version == modelVersion
	return meta, ok, nil
}

// hasModel says whether the store has a read model of this version, with
// its names: a model made before they were kept is made again by the next
// build, even one that changes nothing (until then questions read the
// names from the records).
func (s *Store) hasModel(ctx context.Context) bool {
	meta, ok, err := s.readMeta(ctx)
	if err != nil || !ok {
		return false
	}
	if s.cfg.Answers != nil && s.cfg.AnswersBy != "" && (meta.Answers == "" || meta.AnswersBy != s.cfg.AnswersBy) {
		return false // made without the answers this program keeps
	}
	_, ok, err = s.side.get(ctx, bucketModel, modelNamesKey)
	return err == nil && ok
}

// quadCount is Cayley's count of quads, cheap on every backend (a counter).
func (s *Store) quadCount(ctx context.Context) (bool, int64, error) {
	st, err := s.h.QuadStore.Stats(ctx, false)
	if err != nil {
		if _, n, err2 := s.Stats(ctx); err2 == nil {
			return true, n, nil
		}
		return false, 0, fmt.Errorf("counting quads: %w", err)
	}
	return st.Quads.Exact, st.Quads.Size, nil
}

// TypeCounts returns how many distinct nodes each class has (subjects of
// rdf:type class), from the read model; ok is false when there is none as
// current as the store, or it did not keep them (then ask the graph).
func (s *Store) TypeCounts(ctx context.Context) (counts map[string]int, ok bool, err error) {
	meta, ok, err := s.readMeta(ctx)
	if err != nil || !ok || meta.Typed == nil {
		return nil, false, err
	}
	if exact, n, err := s.quadCount(ctx); err != nil {
		return nil, false, err
	} else if exact && n != meta.Quads {
		return nil, false, nil
	}
	return meta.Typed, true, nil
}

// ReadRecords returns the records of sets from the read model, or
// kind.ErrNoModel when there is none as current as the store.
func (s *Store) ReadRecords(ctx context.Context, sets []kind.Set) (*kind.Records, error) {
	if err := s.currentModel(ctx); err != nil {
		return nil, err
	}
	return decodeModel(ctx, sets, func(key string) ([]byte, bool, error) {
		return s.side.get(ctx, bucketModel, key)
	})
}

// decodeModel decodes the records of sets from a read model's values,
// which get reads by key.
func decodeModel(ctx context.Context, sets []kind.Set, get func(key string) ([]byte, bool, error)) (*kind.Records, error) {
	rs := kind.NewRecords()
	for _, set := range sets {
		v, ok, err := get(modelKey("records", set.Class))
		if err != nil {
			return nil, fmt.Errorf("reading the read model: %w", err)
		}
		if !ok {
			return nil, kind.ErrNoModel // a class no question read when it was made
		}
		var e []byte
		if set.Evidence {
			if e, _, err = get(modelKey("evidence", set.Class)); err != nil {
				return nil, fmt.Errorf("reading the read model: %w", err)
			}
		}
		tags := make([]string, len(set.Fields))
		for i, f := range set.Fields {
			tags[i] = f.Tag
		}
		if err := rs.Decode(set.Class, v, e, tags); err != nil {
			return nil, fmt.Errorf("reading the read model: %w", err)
		}
	}
	rs.Finish()
	return rs, nil
}

// modelNames reads the names from the records of the model's values as a
// question would read them from the store (decoded, then finished), so
// that the names kept are the names it would read.
func modelNames(vals map[string][]byte) ([]byte, error) {
	rs := kind.NewRecords()
	for _, set := range kind.EntitySets() {
		tags := make([]string, len(set.Fields))
		for i, f := range set.Fields {
			tags[i] = f.Tag
		}
		if err := rs.Decode(set.Class, vals[modelKey("records", set.Class)], nil, tags); err != nil {
			return nil, fmt.Errorf("making the read model's names: %w", err)
		}
	}
	rs.Finish()
	return kind.EncodeNames(kind.Names(rs)), nil
}

// ReadNames returns the graph's names from the read model, or
// kind.ErrNoModel when there is none as current as the store or it keeps
// no names.
func (s *Store) ReadNames(ctx context.Context) ([]kind.Name, error) {
	if err := s.currentModel(ctx); err != nil {
		return nil, err
	}
	b, ok, err := s.side.get(ctx, bucketModel, modelNamesKey)
	if err != nil {
		return nil, fmt.Errorf("reading the read model: %w", err)
	}
	if !ok {
		return nil, kind.ErrNoModel
	}
	ns, err := kind.DecodeNames(b)
	if err != nil {
		return nil, fmt.Errorf("reading the read model: %w", err)
	}
	return ns, nil
}

// currentModel says whether the store has a read model as current as its
// quads: nil if so, kind.ErrNoModel if not.
func (s *Store) currentModel(ctx context.Context) error {
	meta, ok, err := s.readMeta(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return kind.ErrNoModel
	}
	if exact, n, err := s.quadCount(ctx); err != nil {
		return err
	} else if exact && n != meta.Quads {
		return kind.ErrNoModel
	}
	return nil
}
