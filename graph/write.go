package graph

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

// batchSize is how many quad changes are written at once: large batches are
// what make bolt fast (see notes on Cayley). One document's changes are
// never split across batches.
const batchSize = 10000

// WriteStats says what a Write did.
type WriteStats struct {
	Documents int            // documents written
	Quads     int            // quads those documents now contribute
	Added     int            // quads added to the store
	Removed   int            // quads removed (a changed document's old facts)
	Facts     map[string]int // facts by kind: kind.Kind.Name → count
}

// Write replaces everything each document contributed before with its new
// facts; documents not named are untouched. Writing the same facts twice
// leaves the same quads.
func (s *Store) Write(ctx context.Context, docs []fact.Facts) (WriteStats, error) {
	stats := WriteStats{Facts: map[string]int{}}
	docs = lastOfEachName(docs)
	batch := map[string]bool{}
	for _, f := range docs {
		batch[schema.DocIRI(f.Doc.Name)] = true
	}
	snap, err := s.loadSnapshot(ctx, batch)
	if err != nil {
		return stats, err
	}
	plans := plan(snap, docs)
	olds, err := s.quadsOfDocuments(ctx, batch)
	if err != nil {
		return stats, err
	}

	// Additions and removals go in separate transactions, additions first:
	// Cayley's KV backends (bolt) corrupt quads added in a transaction where
	// one of their nodes loses more references than it gains (the added
	// quad is stored without that node). A failure between the two leaves
	// the document's old and new quads side by side, never less than
	// before, and the next write of the document completes it.
	adds, dels := cgraph.NewTransaction(), cgraph.NewTransaction()
	var pending []string
	flush := func() error {
		for _, tx := range []*cgraph.Transaction{adds, dels} {
			if len(tx.Deltas) == 0 {
				continue
			}
			if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
				return fmt.Errorf("writing quads of %s: %w", strings.Join(pending, ", "), err)
			}
		}
		adds, dels = cgraph.NewTransaction(), cgraph.NewTransaction()
		pending = pending[:0]
		return nil
	}
	for _, p := range plans {
		if err := ctx.Err(); err != nil {
			return stats, fmt.Errorf("writing documents: %w", err)
		}
		old := olds[p.doc]
		fresh := make(map[quad.Quad]bool, len(p.quads))
		for _, q := range p.quads {
			fresh[q] = true
			if !old[q] {
				adds.AddQuad(q)
				stats.Added++
			}
		}
		for q := range old {
			if !fresh[q] {
				dels.RemoveQuad(q)
				stats.Removed++
			}
		}
		pending = append(pending, p.name)
		stats.Documents++
		stats.Quads += len(p.quads)
		for k, n := range p.facts {
			stats.Facts[k] += n
		}
		if len(adds.Deltas)+len(dels.Deltas) >= batchSize {
			if err := flush(); err != nil {
				return stats, err
			}
		}
	}
	if err := flush(); err != nil {
		return stats, err
	}
	slog.Debug("wrote documents", "documents", stats.Documents, "added", stats.Added, "removed", stats.Removed)
	return stats, nil
}

// lastOfEachName keeps the last facts given for each document name: two
// versions of one document in a batch would fight over the same label.
func lastOfEachName(docs []fact.Facts) []fact.Facts {
	last := map[string]int{}
	for i, f := range docs {
		last[schema.DocIRI(f.Doc.Name)] = i
	}
	if len(last) == len(docs) {
		return docs
	}
	out := make([]fact.Facts, 0, len(last))
	for i, f := range docs {
		if last[schema.DocIRI(f.Doc.Name)] == i {
			out = append(out, f)
		}
	}
	return out
}

// eachQuad runs fn on every quad of the iterator; it passes ctx to Next so
// a deadline stops long scans.
func (s *Store) eachQuad(ctx context.Context, it cgraph.Iterator, fn func(quad.Quad)) error {
	defer it.Close()
	qs := s.h.QuadStore
	for it.Next(ctx) {
		fn(qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading quads from %s store: %w", s.cfg.Backend, err)
	}
	return ctx.Err()
}

// quadsWith visits the quads that have v in direction d.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := s.h.QuadStore.ValueOf(v)
	if ref == nil {
		return nil
	}
	return s.eachQuad(ctx, s.h.QuadStore.QuadIterator(d, ref), fn)
}

// quadsOfDocuments reads the quads each document contributed so far. The
// KV backends keep no label index, so a label lookup scans every quad: for
// more than one document a single scan is read and split by label.
func (s *Store) quadsOfDocuments(ctx context.Context, docs map[string]bool) (map[string]map[quad.Quad]bool, error) {
	out := make(map[string]map[quad.Quad]bool, len(docs))
	for d := range docs {
		out[d] = map[quad.Quad]bool{}
	}
	collect := func(q quad.Quad) {
		if m, ok := out[labelOf(q)]; ok && q.Label != nil {
			m[q] = true
		}
	}
	var err error
	if len(docs) == 1 {
		for d := range docs {
			err = s.quadsWith(ctx, quad.Label, quad.IRI(d), collect)
		}
	} else if len(docs) > 1 {
		err = s.eachQuad(ctx, s.h.QuadStore.QuadsAllIterator(), collect)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the documents' earlier quads: %w", err)
	}
	return out, nil
}

// nodesOfType lists subjects with rdf:type class asserted by a document
// outside skip.
func (s *Store) nodesOfType(ctx context.Context, class string, skip map[string]bool) ([]string, error) {
	seen := map[string]bool{}
	err := s.quadsWith(ctx, quad.Object, quad.IRI(class), func(q quad.Quad) {
		if q.Predicate == quad.IRI(PredType) && !skip[labelOf(q)] {
			if iri, ok := q.Subject.(quad.IRI); ok {
				seen[string(iri)] = true
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("listing %s nodes: %w", class, err)
	}
	return sortedKeys(seen), nil
}

func labelOf(q quad.Quad) string {
	if iri, ok := q.Label.(quad.IRI); ok {
		return string(iri)
	}
	return quad.StringOf(q.Label)
}

func iriOf(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

// loadSnapshot reads the meetings, claims and conflicts that documents
// outside the batch reported, for the batch to merge into.
func (s *Store) loadSnapshot(ctx context.Context, skip map[string]bool) (*snapshot, error) {
	snap := &snapshot{conflicts: map[[2]string]bool{}}
	for _, class := range []string{ClassMeeting, ClassCall} {
		nodes, err := s.nodesOfType(ctx, class, skip)
		if err != nil {
			return nil, err
		}
		meetingKind := fact.MeetingInPerson
		if class == ClassCall {
			meetingKind = fact.MeetingCall
		}
		for _, n := range nodes {
			c := newMeetingCand(n, meetingKind)
			err := s.quadsWith(ctx, quad.Subject, quad.IRI(n), func(q quad.Quad) {
				if skip[labelOf(q)] {
					return
				}
				c.docs[labelOf(q)] = true
				switch q.Predicate {
				case quad.IRI(PredDate):
					c.Dates[literalString(q.Object)] = true
				case quad.IRI(PredHeldIn):
					c.Cities[schema.CityKeyOfIRI(iriOf(q.Object))] = true
				}
			})
			if err == nil {
				err = s.quadsWith(ctx, quad.Object, quad.IRI(n), func(q quad.Quad) {
					if q.Predicate == quad.IRI(PredAttended) && !skip[labelOf(q)] {
						c.People[iriOf(q.Subject)] = true
					}
				})
			}
			if err != nil {
				return nil, fmt.Errorf("reading meeting %s: %w", n, err)
			}
			snap.meetings = append(snap.meetings, c)
		}
	}
	claims, err := s.nodesOfType(ctx, ClassClaim, skip)
	if err != nil {
		return nil, err
	}
	for _, n := range claims {
		c := &claimCand{iri: n}
		err := s.quadsWith(ctx, quad.Subject, quad.IRI(n), func(q quad.Quad) {
			if skip[labelOf(q)] {
				return
			}
			switch q.Predicate {
			case quad.IRI(PredMetric):
				c.addMetric(schema.NormText(literalString(q.Object)))
			case quad.IRI(PredValue):
				if f, ok := q.Object.(quad.Float); ok {
					c.fig.Value = float64(f)
				}
			case quad.IRI(PredUnit):
				c.fig.Unit = schema.NormText(literalString(q.Object))
			case quad.IRI(PredPeriod):
				c.fig.Period = strings.TrimSpace(literalString(q.Object))
			case quad.IRI(PredChangePct):
				if f, ok := q.Object.(quad.Float); ok {
					c.addChange(float64(f))
				}
			}
		})
		if err == nil {
			err = s.quadsWith(ctx, quad.Object, quad.IRI(n), func(q quad.Quad) {
				if q.Predicate == quad.IRI(PredClaimed) && !skip[labelOf(q)] {
					c.fig.Speaker = iriOf(q.Subject)
				}
			})
		}
		if err != nil {
			return nil, fmt.Errorf("reading claim %s: %w", n, err)
		}
		snap.claims = append(snap.claims, c)
	}
	err = s.quadsWith(ctx, quad.Predicate, quad.IRI(PredConflicts), func(q quad.Quad) {
		if !skip[labelOf(q)] {
			snap.conflicts[orderedPair(iriOf(q.Subject), iriOf(q.Object))] = true
		}
	})
	if err != nil {
		return nil, fmt.Errorf("reading claim conflicts: %w", err)
	}
	return snap, nil
}

// KnownPeople lists the display names of the people in the store, sorted,
// so that the extractor can resolve short forms ("Mr X") across documents.
func (s *Store) KnownPeople(ctx context.Context) ([]string, error) {
	nodes, err := s.nodesOfType(ctx, ClassPerson, nil)
	if err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for _, n := range nodes {
		err := s.quadsWith(ctx, quad.Subject, quad.IRI(n), func(q quad.Quad) {
			if q.Predicate == quad.IRI(PredName) {
				names[literalString(q.Object)] = true
			}
		})
		if err != nil {
			return nil, fmt.Errorf("reading names of people: %w", err)
		}
	}
	out := sortedKeys(names)
	sort.Strings(out)
	return out, nil
}
