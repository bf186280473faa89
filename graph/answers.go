package graph

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cayleygraph/quad"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/diplograph/diplograph/kind"
)

// Kept answers: the whole answers of the commonest questions, rendered
// from the read model's records when the model is made and kept beside it,
// so that asking one costs a read of its bytes instead of decoding and
// assembling every record of its classes (on a million quads, most of a
// question's time). What is kept, and under which name, is the caller's
// (Config.Answers); this file only stores them and says whether they are
// as current as the store.
//
// The bytes are those of one build of the program (Config.AnswersBy): the
// model's meta names it, and a program of another build neither prints
// them (its code may print the answer otherwise) nor takes the model for
// complete (its next write keeps its own).
//
// They are made from the records exactly as a question reads them (the
// model's encoded values, decoded), and written in the same transaction as
// those values. The model's meta, written after them, names the token
// they were written with; answers whose token is not the meta's (left by
// an older model, or by a binary that keeps none) are never read.

// AnswerFunc renders the answers to keep from a read model being made:
// name → bytes. It reads records only through m (a question run on m
// reads no quads).
type AnswerFunc func(ctx context.Context, m *ModelRecords) (map[string][]byte, error)

// ModelRecords reads the records of a read model being made, decoded as
// Store.ReadRecords decodes them. It is a queries.Querier and a
// queries.RecordReader: a question asked of it is answered from the model
// alone.
type ModelRecords struct {
	vals map[string][]byte
}

// errModelOnly says a question needed records the read model does not
// keep: its answer cannot be made in advance.
var errModelOnly = errors.New("the read model keeps no such records")

// ReadRecords returns the records of sets as the model being made keeps
// them.
func (m *ModelRecords) ReadRecords(ctx context.Context, sets []kind.Set) (*kind.Records, error) {
	return decodeModel(ctx, sets, func(key string) ([]byte, bool, error) {
		v, ok := m.vals[key]
		return v, ok, nil
	})
}

// Rows fails: the quads are not read when answers are kept.
func (m *ModelRecords) Rows(context.Context, string, int) ([]map[string]quad.Value, error) {
	return nil, errModelOnly
}

// answerKeyPrefix starts the model keys of kept answers; a token of
// answerTokenLen bytes starts their values.
const (
	answerKeyPrefix = "answer "
	answerTokenLen  = 16
)

// keepAnswers renders the configured answers from vals (the model's
// records) and adds them to vals, each behind a new token, which it
// returns for the meta; "" when none are configured. An answer that cannot
// be made from the model alone is not kept (it is computed when asked).
func (s *Store) keepAnswers(ctx context.Context, vals map[string][]byte) (string, error) {
	if s.cfg.Answers == nil || s.cfg.AnswersBy == "" {
		return "", nil
	}
	answers, err := s.cfg.Answers(ctx, &ModelRecords{vals: vals})
	if err != nil {
		return "", fmt.Errorf("keeping answers in the read model: %w", err)
	}
	raw := make([]byte, answerTokenLen/2)
	if _, err := rand.Read(raw); err != nil {
		return "", fmt.Errorf("keeping answers in the read model: %w", err)
	}
	token := hex.EncodeToString(raw)
	for name, b := range answers {
		v := make([]byte, 0, len(token)+len(b))
		v = append(append(v, token...), b...)
		vals[answerKeyPrefix+name] = v
	}
	return token, nil
}

// KeptAnswer hands fn the answer kept under name when the store's read
// model is as current as its quads and the answer was made with it; ok is
// false otherwise (compute the answer), and fn is not called. On a bolt
// file the meta and the answer are read in one read transaction, so that
// a write between them (serve writes in the process that asks) cannot
// pair the answer of one model with the meta of another; and fn reads the
// bytes where the file holds them (a large answer is not copied first):
// it must not keep them, nor write to the store.
func (s *Store) KeptAnswer(ctx context.Context, by, name string, fn func([]byte) error) (ok bool, err error) {
	if by == "" {
		return false, nil
	}
	if kv, isKV := s.side.(kvSide); isKV {
		tx, err := kv.db.Tx(false)
		if err != nil {
			return false, fmt.Errorf("reading a kept answer: %w", err)
		}
		defer tx.Close()
		return s.keptAnswer(ctx, by, name, fn, func(key string) ([]byte, bool, error) {
			v, err := tx.Get(ctx, hkv.SKey(bucketModel, key))
			if errors.Is(err, hkv.ErrNotFound) {
				return nil, false, nil
			}
			return v, err == nil, err
		})
	}
	return s.keptAnswer(ctx, by, name, fn, func(key string) ([]byte, bool, error) {
		return s.side.get(ctx, bucketModel, key)
	})
}

// keptAnswer is KeptAnswer reading the model's keys through get.
func (s *Store) keptAnswer(ctx context.Context, by, name string, fn func([]byte) error, get func(key string) ([]byte, bool, error)) (bool, error) {
	b, found, err := get(modelMetaKey)
	if err != nil {
		return false, fmt.Errorf("reading the read model: %w", err)
	}
	var meta modelMeta
	if !found || json.Unmarshal(b, &meta) != nil || meta.Version != modelVersion || meta.Answers == "" || meta.AnswersBy != by {
		return false, nil
	}
	if exact, n, err := s.quadCount(ctx); err != nil {
		return false, err
	} else if exact && n != meta.Quads {
		return false, nil
	}
	v, found, err := get(answerKeyPrefix + name)
	if err != nil {
		return false, fmt.Errorf("reading a kept answer: %w", err)
	}
	if !found || len(v) < answerTokenLen || string(v[:answerTokenLen]) != meta.Answers {
		return false, nil
	}
	return true, fn(v[answerTokenLen:])
}

// rekeepAnswers keeps this build's answers with a read model that is
// current but for them (made by another build of the program, or by one
// that keeps none), rendered from the model's records as stored: a build
// that changes no document need not evaluate the whole model again for
// them. done is false when the model is not current in every other way
// (then make it anew). Every write marks the model out of date before it
// changes a quad (invalidateModel), so a meta that is still there, with
// the store's quad count, is the meta of the quads as they are.
func (s *Store) rekeepAnswers(ctx context.Context) (done bool, err error) {
	if s.cfg.Answers == nil || s.cfg.AnswersBy == "" {
		return false, nil
	}
	meta, ok, err := s.readMeta(ctx)
	if err != nil || !ok {
		return false, err
	}
	if meta.Answers != "" && meta.AnswersBy == s.cfg.AnswersBy {
		return false, nil // nothing to re-keep: whatever asked, make it anew
	}
	if exact, n, err := s.quadCount(ctx); err != nil || !exact || n != meta.Quads {
		return false, err
	}
	if _, ok, err := s.side.get(ctx, bucketModel, modelNamesKey); err != nil || !ok {
		return false, err
	}
	sets, err := kind.ModelSets()
	if err != nil {
		return false, err
	}
	vals := map[string][]byte{}
	for _, set := range sets {
		for _, part := range []string{"records", "evidence"} {
			v, ok, err := s.side.get(ctx, bucketModel, modelKey(part, set.Class))
			if err != nil {
				return false, fmt.Errorf("reading the read model: %w", err)
			}
			if ok {
				vals[modelKey(part, set.Class)] = v
			}
		}
	}
	token, err := s.keepAnswers(ctx, vals)
	if err != nil || token == "" {
		return false, err
	}
	meta.Answers, meta.AnswersBy = token, s.cfg.AnswersBy
	b, err := json.Marshal(meta)
	if err != nil {
		return false, fmt.Errorf("keeping answers in the read model: %w", err)
	}
	// the answers and the meta naming them in one transaction; the
	// records as they were
	for _, set := range sets {
		delete(vals, modelKey("records", set.Class))
		delete(vals, modelKey("evidence", set.Class))
	}
	vals[modelMetaKey] = b
	if err := s.side.put(ctx, bucketModel, vals); err != nil {
		return false, fmt.Errorf("keeping answers in the read model: %w", err)
	}
	return true, nil
}
