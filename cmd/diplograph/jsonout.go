package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"sort"
	"sync"

	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/termtext"
)

// writeJSON prints v as indented JSON whose strings cannot drive a
// terminal: the bytes json.Encoder with SetIndent("", "  ") and
// SetEscapeHTML(false) writes, passed through termtext.EscapeJSON.
//
// An answer's JSON can be tens of megabytes (`ask conflicts` on a store of
// a million quads writes 13 MB). Encoding it whole made three buffers of
// its size (the encoding, its indented copy, the escaped one), and growing
// and clearing them, indenting and scanning them took two thirds of the
// question's time. So the lists and objects at the top (an answer's rows,
// its sections) are written element by element, each element encoded and
// indented on its own at its depth, into a buffered writer: the same bytes,
// in memory the size of one row. An element that cannot be encoded stops
// the output there with the error.
//
// A long list is encoded by as many goroutines as there are processors, in
// chunks of consecutive elements written in their order.
func writeJSON(w io.Writer, v interface{}) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	j := newJSONStream(bw)
	j.workers = runtime.GOMAXPROCS(0)
	if err := j.value(v, 0); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

// jsonWriter is where a jsonStream writes: the output's buffered writer,
// or a chunk's buffer.
type jsonWriter interface {
	io.Writer
	io.ByteWriter
	io.StringWriter
}

type jsonStream struct {
	w        jsonWriter
	buf      bytes.Buffer // one element, compact
	out      []byte       // the same, indented
	enc      *json.Encoder
	workers  int // goroutines for a long list; 1 or less: this one alone
	fieldBuf []kind.JSONField
}

func newJSONStream(w jsonWriter) *jsonStream {
	j := &jsonStream{w: w}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	return j
}

// parallelMin is the shortest list encoded in chunks, jsonChunk the
// elements of a chunk: an answer's rows encode in 2-20 µs each, so a chunk
// is worth a goroutine's hand-off and a list shorter than a few chunks is
// not.
const (
	parallelMin = 1024
	jsonChunk   = 256
)

// chunkBuffers keeps the buffers of chunks written, for the next chunks.
var chunkBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// element writes x[i] on its own line, depth levels in, with the comma
// that follows it.
func (j *jsonStream) element(x []interface{}, i, depth int) error {
	j.newline(depth)
	if err := j.value(x[i], depth); err != nil {
		return err
	}
	if i < len(x)-1 {
		j.w.WriteByte(',')
	}
	return nil
}

// elements writes the elements of x, depth levels in, each chunk encoded
// into a buffer by one of j.workers goroutines and the buffers written in
// order; at most a few chunks per worker wait to be written. The first
// element that cannot be encoded ends the output after the elements
// before it.
func (j *jsonStream) elements(x []interface{}, depth int) error {
	type chunk struct {
		buf  *bytes.Buffer
		err  error
		done chan struct{}
	}
	chunks := make([]*chunk, (len(x)+jsonChunk-1)/jsonChunk)
	for i := range chunks {
		chunks[i] = &chunk{done: make(chan struct{})}
	}
	next := make(chan int)
	slots := make(chan struct{}, 2*j.workers) // chunks encoded or being encoded, not yet written
	stop := make(chan struct{})
	go func() {
		defer close(next)
		for i := range chunks {
			select {
			case slots <- struct{}{}:
			case <-stop:
				return
			}
			next <- i
		}
	}()
	var wg sync.WaitGroup
	for range j.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newJSONStream(nil) // one per goroutine
			for i := range next {
				c := chunks[i]
				c.buf = chunkBuffers.Get().(*bytes.Buffer)
				s.w = c.buf
				for k := i * jsonChunk; k < min((i+1)*jsonChunk, len(x)); k++ {
					if c.err = s.element(x, k, depth); c.err != nil {
						break
					}
				}
				close(c.done)
			}
		}()
	}
	defer wg.Wait()
	for _, c := range chunks {
		<-c.done
		j.w.Write(c.buf.Bytes())
		c.buf.Reset()
		chunkBuffers.Put(c.buf)
		if c.err != nil {
			close(stop)
			return c.err
		}
		<-slots
	}
	return nil
}

// value writes v, which starts depth levels in, without a newline after it.
func (j *jsonStream) value(v interface{}, depth int) error {
	switch x := v.(type) {
	case []interface{}:
		if len(x) == 0 {
			break // "[]", as the encoder writes it
		}
		j.w.WriteByte('[')
		if j.workers > 1 && len(x) >= parallelMin {
			if err := j.elements(x, depth+1); err != nil {
				return err
			}
		} else {
			for i := range x {
				if err := j.element(x, i, depth+1); err != nil {
					return err
				}
			}
		}
		j.newline(depth)
		j.w.WriteByte(']')
		return nil
	case map[string]interface{}:
		if len(x) == 0 {
			break
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys) // encoding/json's order for string keys
		j.w.WriteByte('{')
		for i, k := range keys {
			j.newline(depth + 1)
			if err := j.leaf(k, 0); err != nil {
				return err
			}
			j.w.WriteString(": ")
			if err := j.value(x[k], depth+1); err != nil {
				return err
			}
			if i < len(keys)-1 {
				j.w.WriteByte(',')
			}
		}
		j.newline(depth)
		j.w.WriteByte('}')
		return nil
	case kind.FieldsJSON:
		fs := x.JSONFields(j.fieldBuf[:0])
		j.fieldBuf = nil // a field's value may have fields too
		err := j.fields(fs, depth)
		j.fieldBuf = fs[:0]
		return err
	}
	return j.leaf(v, depth)
}

// fields writes an object field by field, as encoding/json writes the
// value they are the fields of; a field's value with a Cache is encoded
// the first time (by any goroutine of any output) and its bytes repeated
// after.
func (j *jsonStream) fields(fs []kind.JSONField, depth int) error {
	if len(fs) == 0 {
		return j.leaf(struct{}{}, depth) // "{}"
	}
	j.w.WriteByte('{')
	for i, f := range fs {
		j.newline(depth + 1)
		if err := j.str(f.Name); err != nil {
			return err
		}
		j.w.WriteString(": ")
		if s, ok := f.Value.(string); ok && f.Cache == nil {
			if err := j.str(s); err != nil {
				return err
			}
		} else if f.Cache == nil {
			if err := j.value(f.Value, depth+1); err != nil {
				return err
			}
		} else {
			b, ok := f.Cache.Load(depth + 1)
			if !ok {
				enc, err := j.encode(f.Value, depth+1)
				if err != nil {
					return err
				}
				b = bytes.Clone(enc)
				f.Cache.Store(depth+1, b) // another goroutine's bytes, if any, are the same
			}
			j.w.Write(b)
		}
		if i < len(fs)-1 {
			j.w.WriteByte(',')
		}
	}
	j.newline(depth)
	j.w.WriteByte('}')
	return nil
}

// str writes a string as leaf does: as itself in quotes when it is
// printable ASCII without a quote or a backslash (what encoding/json writes
// for it), else by leaf.
func (j *jsonStream) str(s string) error {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			return j.leaf(s, 0)
		}
	}
	j.w.WriteByte('"')
	j.w.WriteString(s)
	j.w.WriteByte('"')
	return nil
}

// leaf encodes v whole, indented as it stands depth levels in.
func (j *jsonStream) leaf(v interface{}, depth int) error {
	b, err := j.encode(v, depth)
	if err != nil {
		return err
	}
	_, err = j.w.Write(b)
	return err
}

// encode is what leaf writes, in a buffer the next encode reuses.
func (j *jsonStream) encode(v interface{}, depth int) ([]byte, error) {
	j.buf.Reset()
	if err := j.enc.Encode(v); err != nil {
		return nil, err
	}
	j.out = appendIndented(j.out[:0], bytes.TrimSuffix(j.buf.Bytes(), []byte{'\n'}), depth)
	b := j.out
	if needsEscape(b) {
		b = termtext.EscapeJSON(b)
	}
	return b, nil
}

func (j *jsonStream) newline(depth int) {
	j.w.WriteByte('\n')
	for range depth {
		j.w.WriteString("  ")
	}
}

// appendIndented appends src, compact JSON as encoding/json writes it,
// indented as json.Indent(dst, src, prefix, "  ") indents it with prefix
// depth times "  ": a line for each element of an object or array, "{}"
// and "[]" kept whole, a space after each colon. It is json.Indent without
// its validating scanner, which src does not need (json.Marshal made it),
// and which took most of the time of a large answer.
func appendIndented(dst, src []byte, depth int) []byte {
	newline := func(d int) {
		dst = append(dst, '\n')
		for range d {
			dst = append(dst, ' ', ' ')
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '"':
			// a string, to its closing quote; a backslash escapes one byte
			k := i + 1
			for k < len(src) && src[k] != '"' {
				if src[k] == '\\' {
					k++
				}
				k++
			}
			dst = append(dst, src[i:k+1]...)
			i = k
		case '{', '[':
			dst = append(dst, c)
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, src[i+1])
				i++
				continue
			}
			depth++
			newline(depth)
		case '}', ']':
			depth--
			newline(depth)
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline(depth)
		case ':':
			dst = append(dst, ':', ' ')
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// needsEscape says whether b has a byte EscapeJSON may rewrite: it changes
// only runes from U+007F up, and encoding/json writes every other rune as
// itself or as an escape made of ASCII.
func needsEscape(b []byte) bool {
	for _, c := range b {
		if c >= 0x7f {
			return true
		}
	}
	return false
}
