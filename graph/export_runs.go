package graph

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"
)

// lineRun is a set of N-Quads lines: the sort key of each (its line with
// IRIs expanded but not resolved, Export's order) in one buffer, and the
// line as written where it differs, because the base resolves a relative
// IRI in it.
type lineRun struct {
	buf      []byte
	lines    []lineRef
	resolved [][]byte
}

// lineRef is a line of a run: its key buf[start:end], and 1 + the index of
// its written line in resolved, or 0 when that is the key.
type lineRef struct{ start, end, resolved int }

func (r *lineRun) add(q quad.Quad, base *url.URL) {
	relative := false
	start := len(r.buf)
	r.buf = appendKeyNQuad(r.buf, q, &relative)
	l := lineRef{start: start, end: len(r.buf)}
	if relative {
		r.resolved = append(r.resolved, appendNQuad(nil, q, func(s string) string { return resolveIRI(base, ExpandIRI(s)) }))
		l.resolved = len(r.resolved)
	}
	r.lines = append(r.lines, l)
}

// appendKeyNQuad appends the key line of q: appendNQuad with IRIs
// expanded, and relative set when one of them has no scheme. An IRI is
// expanded into the line itself, not into a string of its own: every line
// holds a short predicate.
func appendKeyNQuad(b []byte, q quad.Quad, relative *bool) []byte {
	b = appendKeyTerm(b, q.Subject, relative)
	b = append(b, ' ')
	b = appendKeyTerm(b, q.Predicate, relative)
	b = append(b, ' ')
	b = appendKeyTerm(b, q.Object, relative)
	if q.Label != nil {
		b = append(b, ' ')
		b = appendKeyTerm(b, q.Label, relative)
	}
	return append(b, " .\n"...)
}

func appendKeyTerm(b []byte, v quad.Value, relative *bool) []byte {
	if x, ok := v.(quad.IRI); ok {
		b = append(b, '<')
		b = appendExpandedIRI(b, string(x), relative)
		return append(b, '>')
	}
	return appendExportTerm(b, v, func(s string) string {
		e := ExpandIRI(s)
		if !hasScheme(e) {
			*relative = true
		}
		return e
	})
}

// appendExpandedIRI appends appendNTIRI(ExpandIRI(s)). The namespaces are
// plain ASCII that an IRI holds as it is, so that the namespace and the
// rest are encoded apart alike.
func appendExpandedIRI(b []byte, s string, relative *bool) []byte {
	for _, p := range prefixes() {
		if strings.HasPrefix(s, p.short) {
			if !hasScheme(p.full) && !hasScheme(p.full+s[len(p.short):]) {
				*relative = true
			}
			b = appendNTIRI(b, p.full)
			return appendNTIRI(b, s[len(p.short):])
		}
	}
	if !hasScheme(s) {
		*relative = true
	}
	return appendNTIRI(b, s)
}

func (r *lineRun) key(l lineRef) []byte { return r.buf[l.start:l.end] }

func (r *lineRun) line(l lineRef) []byte {
	if l.resolved > 0 {
		return r.resolved[l.resolved-1]
	}
	return r.key(l)
}

// runSet gathers the lines of all documents: in memory up to limit bytes,
// then in sorted runs in temporary files. While one run is sorted and
// written, the next is gathered.
type runSet struct {
	limit   int
	cur     memRun
	files   []string
	pending chan error // the spill under way, if any
}

// memRun is a run in memory. The documents' lines stay in their own
// buffers until they are sorted.
type memRun struct {
	docs  []*lineRun
	lines []runLine
	size  int
}

// runLine is a line of one of the documents of a run, with 16 bytes of its
// key past the prefix all the run's keys share, for quick comparisons.
type runLine struct {
	doc int
	lineRef
	word, word2 uint64
}

func (m *memRun) key(l runLine) []byte { return m.docs[l.doc].key(l.lineRef) }

func (m *memRun) line(l runLine) []byte { return m.docs[l.doc].line(l.lineRef) }

// add takes the lines of a document.
func (s *runSet) add(r *lineRun) error {
	m := &s.cur
	d := len(m.docs)
	m.docs = append(m.docs, r)
	if m.lines == nil {
		// room for a run's lines of a usual length, so that they seldom
		// grow
		m.lines = make([]runLine, 0, min(s.limit/lineGuess, 1<<20))
	}
	for _, l := range r.lines {
		m.lines = append(m.lines, runLine{doc: d, lineRef: l})
	}
	m.size += len(r.buf)
	if m.size < s.limit {
		return nil
	}
	// one spill at a time, so that at most two runs are in memory
	if err := s.wait(); err != nil {
		return err
	}
	f, err := s.create()
	if err != nil {
		return err
	}
	run := s.cur
	s.cur = memRun{}
	s.pending = make(chan error, 1)
	go func() { s.pending <- run.writeFile(f) }()
	return nil
}

// wait waits for the spill under way, if any, and returns its error.
func (s *runSet) wait() error {
	if s.pending == nil {
		return nil
	}
	err := <-s.pending
	s.pending = nil
	return err
}

func (s *runSet) create() (*os.File, error) {
	f, err := os.CreateTemp("", "diplograph-nquads-*.run")
	if err != nil {
		return nil, fmt.Errorf("making a temporary file for sorting quads: %w", err)
	}
	s.files = append(s.files, f.Name())
	return f, nil
}

// A run file holds records in key order: the key line, then, when the
// written line differs, a line starting with runResolved. A key line starts
// with a term ('<' or '_'), never with that byte.
const runResolved = 0x01

// writeFile sorts the run and writes it to f, which it closes.
func (m *memRun) writeFile(f *os.File) (err error) {
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("writing %s: %w", f.Name(), cerr)
		}
	}()
	bw := bufio.NewWriterSize(f, 1<<16)
	err = m.each(func(l runLine) error {
		bw.Write(m.key(l))
		if l.resolved > 0 {
			bw.WriteByte(runResolved)
			bw.Write(m.line(l))
		}
		return nil
	})
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", f.Name(), err)
	}
	return nil
}

// each sorts the lines by key and calls fn on them in order, once for each
// key. Equal keys are equal lines, which are written once, so that their
// order does not matter.
func (m *memRun) each(fn func(runLine) error) error {
	m.sort()
	var prev []byte
	for i, l := range m.lines {
		k := m.key(l)
		if i > 0 && bytes.Equal(k, prev) {
			continue // a quad a document gives twice is stored once
		}
		prev = k
		if err := fn(l); err != nil {
			return err
		}
	}
	return nil
}

// sort orders the lines by key. Most keys start alike (the IRIs of one
// site), so that comparing whole keys spends its time on the same bytes:
// the 8 bytes after the prefix every key shares decide most comparisons.
func (m *memRun) sort() {
	if len(m.lines) == 0 {
		return
	}
	first := m.key(m.lines[0])
	shared := len(first)
	for _, l := range m.lines[1:] {
		k := m.key(l)
		n := 0
		for n < shared && n < len(k) && k[n] == first[n] {
			n++
		}
		shared = n
	}
	for i := range m.lines {
		// zeros past the end: a key that ends sorts before one that goes on
		// (a tie falls back to the keys)
		var w [16]byte
		copy(w[:], m.key(m.lines[i])[shared:])
		m.lines[i].word = binary.BigEndian.Uint64(w[:8])
		m.lines[i].word2 = binary.BigEndian.Uint64(w[8:])
	}
	// Lines of one subject share more than 16 bytes: a tie compares the
	// keys past the bytes the words hold, when both keys hold them all,
	// else past the shared prefix.
	known := shared + 16
	slices.SortFunc(m.lines, func(a, b runLine) int {
		if a.word != b.word {
			if a.word < b.word {
				return -1
			}
			return 1
		}
		if a.word2 != b.word2 {
			if a.word2 < b.word2 {
				return -1
			}
			return 1
		}
		ka, kb := m.key(a), m.key(b)
		if len(ka) >= known && len(kb) >= known {
			return bytes.Compare(ka[known:], kb[known:])
		}
		return bytes.Compare(ka[shared:], kb[shared:])
	})
}

// write writes every line in key order, each key once, and returns the
// number of lines.
func (s *runSet) write(w io.Writer) (int, error) {
	if err := s.wait(); err != nil {
		return 0, err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	n := 0
	var err error
	if len(s.files) == 0 {
		err = s.cur.each(func(l runLine) error {
			n++
			_, err := bw.Write(s.cur.line(l))
			return err
		})
	} else {
		if len(s.cur.lines) > 0 {
			f, err := s.create()
			if err != nil {
				return 0, err
			}
			if err := s.cur.writeFile(f); err != nil {
				return 0, err
			}
			s.cur = memRun{}
		}
		n, err = s.merge(bw)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return n, fmt.Errorf("writing N-Quads: %w", err)
	}
	return n, nil
}

// merge writes the records of the run files in key order, each key once.
func (s *runSet) merge(w io.Writer) (int, error) {
	var h cursors
	for _, name := range s.files {
		f, err := os.Open(name)
		if err != nil {
			return 0, fmt.Errorf("reading back sorted quads: %w", err)
		}
		defer f.Close()
		c := &cursor{r: bufio.NewReaderSize(f, 1<<16), name: name}
		if ok, err := c.next(); err != nil {
			return 0, err
		} else if ok {
			h = append(h, c)
		}
	}
	heap.Init(&h)
	n := 0
	var prev []byte
	for len(h) > 0 {
		c := h[0]
		if n == 0 || !bytes.Equal(c.key, prev) {
			line := c.key
			if c.resolved {
				line = c.line
			}
			if _, err := w.Write(line); err != nil {
				return n, err
			}
			n++
			prev = append(prev[:0], c.key...)
		}
		ok, err := c.next()
		if err != nil {
			return n, err
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return n, nil
}

// remove deletes the run files, once the spill under way is done.
func (s *runSet) remove() {
	s.wait()
	for _, name := range s.files {
		os.Remove(name)
	}
	s.files = nil
}

// cursor reads the records of a run file.
type cursor struct {
	r         *bufio.Reader
	name      string
	key, line []byte
	resolved  bool
}

// next reads the next record; false at the end of the file.
func (c *cursor) next() (bool, error) {
	var err error
	if c.key, err = readLine(c.r, c.key); err != nil {
		if errors.Is(err, io.EOF) && len(c.key) == 0 {
			return false, nil
		}
		return false, fmt.Errorf("reading back sorted quads from %s: %w", c.name, err)
	}
	c.resolved = false
	if b, err := c.r.Peek(1); err == nil && b[0] == runResolved {
		c.r.ReadByte()
		if c.line, err = readLine(c.r, c.line); err != nil {
			return false, fmt.Errorf("reading back sorted quads from %s: %w", c.name, err)
		}
		c.resolved = true
	}
	return true, nil
}

// readLine reads a line, its newline included, into dst.
func readLine(r *bufio.Reader, dst []byte) ([]byte, error) {
	dst = dst[:0]
	for {
		b, err := r.ReadSlice('\n')
		dst = append(dst, b...)
		if err != bufio.ErrBufferFull {
			return dst, err
		}
	}
}

// cursors is a heap of run files by their current key.
type cursors []*cursor

func (h cursors) Len() int           { return len(h) }
func (h cursors) Less(i, j int) bool { return bytes.Compare(h[i].key, h[j].key) < 0 }
func (h cursors) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cursors) Push(x any)        { *h = append(*h, x.(*cursor)) }
func (h *cursors) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}
