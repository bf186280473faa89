package graph

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// This file reads one N-Quads statement by the RDF 1.1 N-Quads grammar
// (https://www.w3.org/TR/n-quads/), strictly: what rapper or serdi reject
// is rejected here too, with the column of the first bad character.
// Cayley's own parser accepts literal and blank-node predicates, literal
// graph labels, relative IRIs and empty datatypes, which then make every
// later export invalid RDF.

// syntaxError is a statement that breaks the grammar; Col is 1-based, in
// characters.
type syntaxError struct {
	Col int
	Msg string
}

func (e *syntaxError) Error() string { return fmt.Sprintf("column %d: %s", e.Col, e.Msg) }

// stmtReader walks one statement.
type stmtReader struct {
	s   string
	pos int // byte offset
}

func (r *stmtReader) errorf(at int, format string, args ...interface{}) *syntaxError {
	return &syntaxError{Col: utf8.RuneCountInString(r.s[:at]) + 1, Msg: fmt.Sprintf(format, args...)}
}

func (r *stmtReader) skipSpace() {
	for r.pos < len(r.s) && (r.s[r.pos] == ' ' || r.s[r.pos] == '\t') {
		r.pos++
	}
}

func (r *stmtReader) peek() byte {
	if r.pos < len(r.s) {
		return r.s[r.pos]
	}
	return 0
}

// parseStatement reads a statement (comments and surrounding blanks
// allowed) into a quad whose typed literals are converted to native values
// the way Cayley's parser does, so that stores and exports agree.
func parseStatement(line string) (quad.Quad, error) {
	if !utf8.ValidString(line) {
		i := 0
		for i < len(line) {
			c, n := utf8.DecodeRuneInString(line[i:])
			if c == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		r := &stmtReader{s: line}
		return quad.Quad{}, r.errorf(i, "invalid UTF-8")
	}
	r := &stmtReader{s: line}
	var q quad.Quad
	var err error
	r.skipSpace()
	if q.Subject, err = r.term("subject", false, true); err != nil {
		return q, err
	}
	r.skipSpace()
	if q.Predicate, err = r.term("predicate", false, false); err != nil {
		return q, err
	}
	r.skipSpace()
	if q.Object, err = r.term("object", true, true); err != nil {
		return q, err
	}
	r.skipSpace()
	if c := r.peek(); c == '<' || c == '_' || c == '"' {
		if q.Label, err = r.term("graph label", false, true); err != nil {
			return q, err
		}
		r.skipSpace()
	}
	if r.peek() != '.' {
		if r.pos >= len(r.s) {
			return q, r.errorf(r.pos, "the statement does not end with '.'")
		}
		return q, r.errorf(r.pos, "want '.' to end the statement, found %q (a statement has a subject, a predicate, an object and at most one graph label)", r.runeAt())
	}
	r.pos++
	r.skipSpace()
	if r.pos < len(r.s) && r.s[r.pos] != '#' {
		return q, r.errorf(r.pos, "text after the end of the statement: %q", clipText(r.s[r.pos:]))
	}
	return q, nil
}

func (r *stmtReader) runeAt() rune {
	c, _ := utf8.DecodeRuneInString(r.s[r.pos:])
	return c
}

// term reads an IRI, a blank node or (if literal) a literal. what names the
// position for messages; bnode says whether a blank node may stand there.
func (r *stmtReader) term(what string, literal, bnode bool) (quad.Value, error) {
	start := r.pos
	switch c := r.peek(); {
	case c == '<':
		iri, err := r.iri()
		if err != nil {
			return nil, err
		}
		return quad.IRI(iri), nil
	case c == '_':
		label, err := r.blankNode()
		if err != nil {
			return nil, err
		}
		if !bnode {
			return nil, r.errorf(start, "the %s is a blank node; N-Quads wants an IRI there", what)
		}
		return quad.BNode(label), nil
	case c == '"':
		if !literal {
			want := "an IRI"
			if bnode {
				want = "an IRI or a blank node"
			}
			return nil, r.errorf(start, "the %s is a literal; N-Quads wants %s there", what, want)
		}
		return r.literal()
	case c == 0:
		return nil, r.errorf(start, "the statement ends before its %s", what)
	default:
		forms := "<IRI>"
		switch {
		case literal:
			forms = "<IRI>, _:blank or \"literal\""
		case bnode:
			forms = "<IRI> or _:blank"
		}
		return nil, r.errorf(start, "want the %s (%s), found %q", what, forms, r.runeAt())
	}
}

// iri reads IRIREF and checks that it is absolute.
func (r *stmtReader) iri() (string, error) {
	start := r.pos
	r.pos++ // '<'
	var b strings.Builder
	for {
		if r.pos >= len(r.s) {
			return "", r.errorf(start, "an IRI is not closed with '>'")
		}
		c, n := utf8.DecodeRuneInString(r.s[r.pos:])
		switch {
		case c == '>':
			r.pos++
			iri := b.String()
			if iri == "" {
				return "", r.errorf(start, "empty IRI <>")
			}
			if !hasScheme(iri) {
				return "", r.errorf(start, "relative IRI <%s>; N-Quads wants absolute IRIs (scheme:...)", clipText(iri))
			}
			return iri, nil
		case c == '\\':
			at := r.pos
			u, err := r.uchar()
			if err != nil {
				return "", err
			}
			if u <= 0x20 || isControl(u) || strings.ContainsRune("<>\"{}|^`\\", u) {
				return "", r.errorf(at, "escaped character %q is not allowed in an IRI", u)
			}
			b.WriteRune(u)
			continue
		case c <= 0x20 || strings.ContainsRune("<\"{}|^`", c):
			return "", r.errorf(r.pos, "character %q is not allowed in an IRI", c)
		case isControl(c):
			// The grammar lets DEL and the C1 controls through, and rapper
			// and serdi take them, but RFC 3987 has no IRI holding one, and
			// an export would have to change it to write it.
			return "", r.errorf(r.pos, "control character %U is not allowed in an IRI", c)
		}
		b.WriteString(r.s[r.pos : r.pos+n])
		r.pos += n
	}
}

// isControl says whether c is DEL or a C1 control character.
func isControl(c rune) bool { return c == 0x7f || c >= 0x80 && c <= 0x9f }

// hasScheme says whether iri starts with scheme ":" (RFC 3987).
func hasScheme(iri string) bool {
	for i := 0; i < len(iri); i++ {
		c := iri[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return true
		default:
			return false
		}
	}
	return false
}

// uchar reads \uXXXX or \UXXXXXXXX at r.pos.
func (r *stmtReader) uchar() (rune, error) {
	start := r.pos
	if r.pos+1 >= len(r.s) {
		return 0, r.errorf(start, "a backslash ends the statement")
	}
	var n int
	switch r.s[r.pos+1] {
	case 'u':
		n = 4
	case 'U':
		n = 8
	default:
		return 0, r.errorf(start, "bad escape \\%c (want \\uXXXX or \\UXXXXXXXX)", r.s[r.pos+1])
	}
	if r.pos+2+n > len(r.s) {
		return 0, r.errorf(start, "a \\%c escape wants %d hex digits", r.s[r.pos+1], n)
	}
	var v rune
	for _, c := range r.s[r.pos+2 : r.pos+2+n] {
		var d rune
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, r.errorf(start, "a \\%c escape wants %d hex digits", r.s[r.pos+1], n)
		}
		v = v<<4 | d
	}
	if v > utf8.MaxRune {
		return 0, r.errorf(start, "escape %s is beyond the last Unicode code point", r.s[r.pos:r.pos+2+n])
	}
	r.pos += 2 + n
	return v, nil
}

// blankNode reads BLANK_NODE_LABEL.
func (r *stmtReader) blankNode() (string, error) {
	start := r.pos
	if !strings.HasPrefix(r.s[r.pos:], "_:") {
		return "", r.errorf(start, "want a blank node _:label")
	}
	r.pos += 2
	first := r.pos
	end := r.pos // end of the label so far, not counting trailing dots
	for r.pos < len(r.s) {
		c, n := utf8.DecodeRuneInString(r.s[r.pos:])
		ok := false
		switch {
		case r.pos == first:
			ok = isPNCharsU(c) || c >= '0' && c <= '9'
		case c == '.':
			ok = true
		default:
			ok = isPNChars(c)
		}
		if !ok {
			break
		}
		r.pos += n
		if c != '.' {
			end = r.pos
		}
	}
	if end == first {
		return "", r.errorf(first, "a blank node label must start with a letter, a digit or '_'")
	}
	// A label cannot end with '.': the dot belongs to the statement.
	r.pos = end
	return r.s[first:end], nil
}

func isPNCharsBase(c rune) bool {
	switch {
	case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z',
		c >= 0xC0 && c <= 0xD6, c >= 0xD8 && c <= 0xF6, c >= 0xF8 && c <= 0x2FF,
		c >= 0x370 && c <= 0x37D, c >= 0x37F && c <= 0x1FFF, c >= 0x200C && c <= 0x200D,
		c >= 0x2070 && c <= 0x218F, c >= 0x2C00 && c <= 0x2FEF, c >= 0x3001 && c <= 0xD7FF,
		c >= 0xF900 && c <= 0xFDCF, c >= 0xFDF0 && c <= 0xFFFD, c >= 0x10000 && c <= 0xEFFFF:
		return true
	}
	return false
}

func isPNCharsU(c rune) bool { return isPNCharsBase(c) || c == '_' || c == ':' }

func isPNChars(c rune) bool {
	return isPNCharsU(c) || c == '-' || c >= '0' && c <= '9' || c == 0xB7 ||
		c >= 0x300 && c <= 0x36F || c >= 0x203F && c <= 0x2040
}

// literal reads STRING_LITERAL_QUOTE with its language tag or datatype.
func (r *stmtReader) literal() (quad.Value, error) {
	start := r.pos
	r.pos++ // '"'
	var b strings.Builder
	closed := false
	for r.pos < len(r.s) && !closed {
		c, n := utf8.DecodeRuneInString(r.s[r.pos:])
		switch c {
		case '"':
			r.pos++
			closed = true
			continue
		case '\n', '\r':
			return nil, r.errorf(r.pos, "a line break inside a literal (write \\n or \\r)")
		case '\\':
			if r.pos+1 < len(r.s) {
				if e, ok := echar(r.s[r.pos+1]); ok {
					b.WriteByte(e)
					r.pos += 2
					continue
				}
			}
			u, err := r.uchar()
			if err != nil {
				return nil, err
			}
			b.WriteRune(u) // a lone surrogate becomes U+FFFD, as rapper and serdi accept it
			continue
		}
		b.WriteString(r.s[r.pos : r.pos+n])
		r.pos += n
	}
	if !closed {
		return nil, r.errorf(start, "a literal is not closed with '\"'")
	}
	val := quad.String(b.String())
	switch r.peek() {
	case '@':
		at := r.pos
		r.pos++
		tag := r.pos
		for r.pos < len(r.s) && isASCIILetter(r.s[r.pos]) {
			r.pos++
		}
		if r.pos == tag {
			return nil, r.errorf(at, "a language tag must start with a letter (\"text\"@en)")
		}
		for r.pos < len(r.s) && r.s[r.pos] == '-' {
			r.pos++
			sub := r.pos
			for r.pos < len(r.s) && (isASCIILetter(r.s[r.pos]) || r.s[r.pos] >= '0' && r.s[r.pos] <= '9') {
				r.pos++
			}
			if r.pos == sub {
				return nil, r.errorf(at, "empty part in the language tag %q", r.s[at:r.pos])
			}
		}
		if c := r.peek(); c != ' ' && c != '\t' && c != '.' && c != '<' && c != '_' && c != 0 {
			return nil, r.errorf(r.pos, "character %q after the language tag %q", r.runeAt(), r.s[at:r.pos])
		}
		return quad.LangString{Value: val, Lang: r.s[tag:r.pos]}, nil
	case '^':
		if !strings.HasPrefix(r.s[r.pos:], "^^") {
			return nil, r.errorf(r.pos, "want ^^<datatype IRI> after the literal")
		}
		r.pos += 2
		if r.peek() != '<' {
			return nil, r.errorf(r.pos, "a datatype must be an IRI <...>")
		}
		dt, err := r.iri()
		if err != nil {
			return nil, err
		}
		ts := quad.TypedString{Value: val, Type: quad.IRI(dt)}
		if v, err := ts.ParseValue(); err == nil {
			return v, nil
		}
		return ts, nil
	}
	return val, nil
}

func echar(c byte) (byte, bool) {
	switch c {
	case 't':
		return '\t', true
	case 'b':
		return '\b', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 'f':
		return '\f', true
	case '"', '\'', '\\':
		return c, true
	}
	return 0, false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// clipText shortens s for a message.
func clipText(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	return string([]rune(s)[:max]) + "..."
}
