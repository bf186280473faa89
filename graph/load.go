package graph

import (
	"bufio"
	"bytes"
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
	seen := map[string]bool{}
	var out []quad.Quad
	err := parseEach(ctx, r, name, func(q quad.Quad) error {
		if k := quadKey(q); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parseEach gives fn every quad of r in order, compacted as ParseNQuads
// returns them, duplicates included.
func parseEach(ctx context.Context, r io.Reader, name string, fn func(quad.Quad) error) error {
	lr := &lineReader{br: bufio.NewReaderSize(r, 64<<10), max: MaxStatementSize}
	for {
		text, err := lr.next()
		line := lr.line
		if line%10000 == 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("reading %s: %w", name, err)
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("reading %s:%d: %w", name, line, err)
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
			return fmt.Errorf("%s:%d: malformed N-Quads: %w", name, line, perr)
		}
		if err := fn(CompactQuad(q)); err != nil {
			return err
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

// loadBatch is how many new quads a load gives Cayley in one transaction:
// one transaction for a whole file made Cayley hold every quad of it at
// once (9 GB for 3.7 million quads).
const loadBatch = 50000

// markerLoading is the side key that names a load under way; a load
// stopped half way leaves it, and readers say so (InterruptedLoad).
const markerLoading = "loading"

// LoadNQuads parses r completely before storing anything, so a malformed
// line leaves the store as it was, then adds the quads the store does not
// hold yet, in transactions of whole labels (documents) of about loadBatch
// quads each. The ledger says which quads each label holds already, so no
// lookup in the store is needed. A load stopped half way leaves whole
// labels and a marker that ask reports; loading the file again completes
// it. It returns how many quads were added.
func (s *Store) LoadNQuads(ctx context.Context, r io.Reader, name string) (_ int, err error) {
	if s.cfg.ReadOnly {
		return 0, fmt.Errorf("loading %s: the store is open read-only", name)
	}
	// Each label's quads are kept encoded as the ledger encodes them
	// (a fraction of their size as values) until its batch is written.
	byDoc := map[string]*bytes.Buffer{}
	err = parseEach(ctx, r, name, func(q quad.Quad) error {
		k := ledgerKey(q)
		b := byDoc[k]
		if b == nil {
			b = &bytes.Buffer{}
			byDoc[k] = b
		}
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if err := encodeTerm(b, v); err != nil {
				return fmt.Errorf("reading %s: %w", name, err)
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	ledger, err := s.openLedger(ctx)
	if err != nil {
		return 0, fmt.Errorf("loading %s: %w", name, err)
	}
	endFill := s.unsyncedFill(ledger)
	defer func() {
		if serr := endFill(); err == nil {
			err = serr
		}
	}()
	added, started := 0, false
	var batch []quad.Quad // the new quads of the labels in changed
	changed := map[string]*ledgerEntry{}
	// A batch is written by a goroutine of its own while the next is
	// gathered (decoding, comparing and encoding each label's quads), so
	// that each has a core; at most one is being written. The ledger map
	// and the count are updated by wait, on this goroutine.
	var writing chan error // nil when no batch is being written
	var wBatch []quad.Quad
	var wChanged map[string]*ledgerEntry
	wait := func() error {
		if writing == nil {
			return nil
		}
		err := <-writing
		writing = nil
		if err != nil {
			return err
		}
		added += len(wBatch)
		for doc, e := range wChanged {
			ledger[doc] = e
		}
		wBatch, wChanged = nil, nil
		return nil
	}
	defer func() {
		if writing != nil {
			<-writing
		}
	}()
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := wait(); err != nil {
			return err
		}
		if !started {
			started = true
			if err := s.invalidateModel(ctx); err != nil {
				return err
			}
			if err := s.side.put(ctx, bucketModel, map[string][]byte{markerLoading: []byte(name)}); err != nil {
				return fmt.Errorf("marking the load of %s: %w", name, err)
			}
		}
		wBatch, wChanged = batch, changed
		batch, changed = nil, map[string]*ledgerEntry{}
		done := make(chan error, 1)
		writing = done
		go func(qs []quad.Quad, entries map[string]*ledgerEntry) { done <- s.writeLoaded(ctx, name, qs, entries) }(wBatch, wChanged)
		return nil
	}
	for _, doc := range sortedBufferKeys(byDoc) {
		if err := ctx.Err(); err != nil {
			return added, fmt.Errorf("loading %s: %w", name, err)
		}
		e := ledger[doc]
		if e == nil {
			e = &ledgerEntry{Name: doc}
		}
		old, err := e.quads()
		if err != nil {
			return added, err
		}
		have := make(map[string]bool, len(old))
		for _, q := range old {
			have[quadKey(q)] = true
		}
		given, err := decodeQuads(byDoc[doc].Bytes())
		if err != nil {
			return added, fmt.Errorf("loading %s: %w", name, err)
		}
		var fresh []quad.Quad
		for _, q := range given {
			if k := quadKey(q); !have[k] {
				have[k] = true
				fresh = append(fresh, q)
				batch = append(batch, q)
			}
		}
		delete(byDoc, doc)
		if len(fresh) == 0 {
			continue
		}
		enc, err := encodeQuads(append(old, fresh...))
		if err != nil {
			return added, err
		}
		ne := *e
		ne.Quads, ne.Hash, ne.Pending = enc, hashQuads(enc), nil
		changed[doc] = &ne
		if len(batch) >= loadBatch {
			if err := flush(); err != nil {
				return added, err
			}
		}
	}
	if err := flush(); err != nil {
		return added, err
	}
	if err := wait(); err != nil {
		return added, err
	}
	if _, interrupted := s.InterruptedLoad(ctx); !started && !interrupted && s.hasModel(ctx) {
		return 0, nil // nothing new, and nothing left to finish
	}
	if err := s.refreshModel(ctx, ledger); err != nil {
		return added, err
	}
	if err := s.side.put(ctx, bucketModel, map[string][]byte{markerLoading: nil}); err != nil {
		return added, fmt.Errorf("loading %s: %w", name, err)
	}
	return added, nil
}

// writeLoaded writes one batch of a load: new quads and the ledger
// entries of their labels. A bolt file takes both in one transaction.
// Elsewhere Cayley first: labels stopped before the ledger records them
// are loaded again whole (duplicates are ignored), never recorded without
// their quads.
func (s *Store) writeLoaded(ctx context.Context, name string, qs []quad.Quad, entries map[string]*ledgerEntry) error {
	_, bulk, err := s.writeBulk(ctx, qs, nil, entries)
	if err != nil {
		return fmt.Errorf("loading %s: %w", name, err)
	}
	if bulk {
		return nil
	}
	tx := cgraph.NewTransaction()
	for _, q := range qs {
		tx.AddQuad(q)
	}
	if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
		return fmt.Errorf("loading %s: %w", name, err)
	}
	if err := s.putLedger(ctx, entries); err != nil {
		return fmt.Errorf("loading %s: %w", name, err)
	}
	return nil
}

// InterruptedLoad names the file of a load that was stopped before it
// ended, if one was: the store holds part of it (whole documents), and
// loading the file again completes it.
func (s *Store) InterruptedLoad(ctx context.Context) (string, bool) {
	b, ok, err := s.side.get(ctx, bucketModel, markerLoading)
	if err != nil || !ok {
		return "", false
	}
	return string(b), true
}

func sortedBufferKeys(m map[string]*bytes.Buffer) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
