package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// ParseNQuads reads N-Quads (anyone's) and returns the distinct quads with
// known namespaces compacted to the store's short forms, so that our own
// exports load back onto the same nodes. An error names name:line.
func ParseNQuads(ctx context.Context, r io.Reader, name string) ([]quad.Quad, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	seen := map[quad.Quad]bool{}
	var out []quad.Quad
	for line := 1; ; line++ {
		if line%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("reading %s: %w", name, err)
			}
		}
		text, err := br.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("reading %s:%d: %w", name, line, err)
		}
		stmt := strings.TrimSpace(text)
		if stmt != "" && !strings.HasPrefix(stmt, "#") {
			q, perr := nquads.Parse(stmt)
			if perr == nil && !q.IsValid() {
				perr = errors.New("not a valid quad (subject, predicate and object are required)")
			}
			if perr == nil {
				if _, lit := q.Subject.(quad.IRI); !lit {
					if _, bn := q.Subject.(quad.BNode); !bn {
						perr = errors.New("subject is a literal")
					}
				}
			}
			if perr != nil {
				return nil, fmt.Errorf("%s:%d: malformed N-Quads: %w", name, line, perr)
			}
			q = CompactQuad(q)
			if !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
	}
}

// LoadNQuads parses r completely before storing anything, so a malformed
// line leaves the store as it was, then adds the quads the store does not
// hold yet. It returns how many quads were added.
func (s *Store) LoadNQuads(ctx context.Context, r io.Reader, name string) (int, error) {
	qs, err := ParseNQuads(ctx, r, name)
	if err != nil {
		return 0, err
	}
	return s.addNew(ctx, qs, name)
}

// addNew adds the quads not in the store yet: re-adding an existing quad
// would bump reference counts that are never released.
func (s *Store) addNew(ctx context.Context, qs []quad.Quad, what string) (int, error) {
	bySubject := map[quad.Value]map[quad.Quad]bool{}
	tx := cgraph.NewTransaction()
	added := 0
	for _, q := range qs {
		have, ok := bySubject[q.Subject]
		if !ok {
			have = map[quad.Quad]bool{}
			err := s.quadsWith(ctx, quad.Subject, q.Subject, func(e quad.Quad) { have[e] = true })
			if err != nil {
				return added, fmt.Errorf("loading %s: %w", what, err)
			}
			bySubject[q.Subject] = have
		}
		if have[q] {
			continue
		}
		have[q] = true
		tx.AddQuad(q)
		if len(tx.Deltas) >= batchSize {
			if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
				return added, fmt.Errorf("loading %s: %w", what, err)
			}
			added += len(tx.Deltas)
			tx = cgraph.NewTransaction()
		}
	}
	if len(tx.Deltas) > 0 {
		if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
			return added, fmt.Errorf("loading %s: %w", what, err)
		}
		added += len(tx.Deltas)
	}
	return added, nil
}
