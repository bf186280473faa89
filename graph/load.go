package graph

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// MaxStatementSize caps one N-Quads line, so that a file with no line
// breaks is an error rather than a whole file held as one string.
const MaxStatementSize = 16 << 20

// ParseNQuads reads N-Quads (anyone's) by the RDF 1.1 rules and returns the
// distinct quads with known namespaces compacted to the store's short
// forms, so that our own exports load back onto the same nodes. Lines end
// at LF, CR or CRLF. An error names name:line and the column.
func ParseNQuads(ctx context.Context, r io.Reader, name string) ([]quad.Quad, error) {
	lr := &lineReader{br: bufio.NewReaderSize(r, 64<<10), max: MaxStatementSize}
	seen := map[string]bool{}
	var out []quad.Quad
	for {
		text, err := lr.next()
		line := lr.line
		if line%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("reading %s: %w", name, err)
			}
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading %s:%d: %w", name, line, err)
		}
		stmt := strings.Trim(text, " \t")
		if stmt == "" || strings.HasPrefix(stmt, "#") {
			continue
		}
		if line == 1 {
			// A byte order mark is not part of the grammar, but editors write one.
			stmt = strings.TrimPrefix(stmt, "\ufeff")
		}
		q, perr := parseStatement(stmt)
		if perr != nil {
			return nil, fmt.Errorf("%s:%d: malformed N-Quads: %w", name, line, perr)
		}
		q = CompactQuad(q)
		if k := quadKey(q); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
}

// quadKey identifies a quad the way Cayley's stores do (by the N-Quads text
// of each term), where quad.Quad's own == would not: "NaN"^^xsd:double is
// a Float that is not equal to itself.
func quadKey(q quad.Quad) string {
	var b strings.Builder
	for i, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if i > 0 {
			b.WriteByte(0)
		}
		if v != nil {
			b.WriteString(v.String())
		}
	}
	return b.String()
}

// lineReader splits a stream at LF, CR or CRLF and counts lines.
type lineReader struct {
	br      *bufio.Reader
	max     int
	line    int      // number of the line last returned
	pending []string // lines split off a chunk at lone CRs
}

func (l *lineReader) next() (string, error) {
	if len(l.pending) > 0 {
		s := l.pending[0]
		l.pending = l.pending[1:]
		l.line++
		return s, nil
	}
	var chunk []byte
	for {
		part, err := l.br.ReadSlice('\n')
		if len(chunk)+len(part) > l.max+2 {
			l.line++
			return "", fmt.Errorf("line longer than %d MiB", l.max>>20)
		}
		chunk = append(chunk, part...)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			l.line++
			return "", err
		}
		if len(chunk) == 0 {
			return "", io.EOF
		}
		break
	}
	text := strings.TrimSuffix(string(chunk), "\n")
	text = strings.TrimSuffix(text, "\r")
	if strings.IndexByte(text, '\r') >= 0 {
		lines := strings.Split(text, "\r")
		text, l.pending = lines[0], lines[1:]
	}
	l.line++
	return text, nil
}

// LoadNQuads parses r completely before storing anything, so a malformed
// line leaves the store as it was, then adds the quads the store does not
// hold yet in one transaction: a load killed half way leaves none of the
// file's quads, never part of them. The ledger says which quads each label
// holds already, so no lookup in the store is needed. It returns how many
// quads were added.
func (s *Store) LoadNQuads(ctx context.Context, r io.Reader, name string) (int, error) {
	if s.cfg.ReadOnly {
		return 0, fmt.Errorf("loading %s: the store is open read-only", name)
	}
	qs, err := ParseNQuads(ctx, r, name)
	if err != nil {
		return 0, err
	}
	ledger, err := s.openLedger(ctx)
	if err != nil {
		return 0, fmt.Errorf("loading %s: %w", name, err)
	}
	byDoc := map[string][]quad.Quad{}
	for _, q := range qs {
		byDoc[ledgerKey(q)] = append(byDoc[ledgerKey(q)], q)
	}
	tx := cgraph.NewTransaction()
	changed := map[string]*ledgerEntry{}
	for _, doc := range sortedQuadKeys(byDoc) {
		if err := ctx.Err(); err != nil {
			return 0, fmt.Errorf("loading %s: %w", name, err)
		}
		e := ledger[doc]
		if e == nil {
			e = &ledgerEntry{Name: doc}
		}
		old, err := e.quads()
		if err != nil {
			return 0, err
		}
		have := make(map[string]bool, len(old))
		for _, q := range old {
			have[quadKey(q)] = true
		}
		var added []quad.Quad
		for _, q := range byDoc[doc] {
			if k := quadKey(q); !have[k] {
				have[k] = true
				added = append(added, q)
				tx.AddQuad(q)
			}
		}
		if len(added) == 0 {
			continue
		}
		enc, err := encodeQuads(append(old, added...))
		if err != nil {
			return 0, err
		}
		ne := *e
		ne.Quads, ne.Hash, ne.Pending = enc, hashQuads(enc), nil
		changed[doc] = &ne
	}
	if len(tx.Deltas) == 0 {
		return 0, nil
	}
	if err := s.invalidateModel(ctx); err != nil {
		return 0, err
	}
	// Cayley first: a load stopped before the ledger is written is loaded
	// again whole (duplicates are ignored), never recorded without its quads.
	if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
		return 0, fmt.Errorf("loading %s: nothing from it was stored: %w", name, err)
	}
	if err := s.putLedger(ctx, changed); err != nil {
		return len(tx.Deltas), fmt.Errorf("loading %s: %w", name, err)
	}
	for doc, e := range changed {
		ledger[doc] = e
	}
	return len(tx.Deltas), s.refreshModel(ctx, ledger)
}

func sortedQuadKeys(m map[string][]quad.Quad) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
