package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"sort"

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
func writeJSON(w io.Writer, v interface{}) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	j := jsonStream{w: bw}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	if err := j.value(v, 0); err != nil {
		return err
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer // one element, compact
	out []byte       // the same, indented
	enc *json.Encoder
}

// value writes v, which starts depth levels in, without a newline after it.
func (j *jsonStream) value(v interface{}, depth int) error {
	switch x := v.(type) {
	case []interface{}:
		if len(x) == 0 {
			break // "[]", as the encoder writes it
		}
		j.w.WriteByte('[')
		for i, e := range x {
			j.newline(depth + 1)
			if err := j.value(e, depth+1); err != nil {
				return err
			}
			if i < len(x)-1 {
				j.w.WriteByte(',')
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
	}
	return j.leaf(v, depth)
}

// leaf encodes v whole, indented as it stands depth levels in.
func (j *jsonStream) leaf(v interface{}, depth int) error {
	j.buf.Reset()
	if err := j.enc.Encode(v); err != nil {
		return err
	}
	j.out = appendIndented(j.out[:0], bytes.TrimSuffix(j.buf.Bytes(), []byte{'\n'}), depth)
	b := j.out
	if needsEscape(b) {
		b = termtext.EscapeJSON(b)
	}
	_, err := j.w.Write(b)
	return err
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
