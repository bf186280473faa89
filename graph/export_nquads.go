package graph

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
)

// WriteFactsNQuads writes the N-Quads that exporting a new store holding
// docs would give (Store.Write of docs on an empty store, then Export in
// FormatNQuads), without the store: the same quads, formed and ordered
// alike, byte for byte. Each document's quads are formatted once as it is
// converted, into one buffer that holds no pointers for the collector to
// scan, and the lines are sorted there. It returns the number of lines.
func WriteFactsNQuads(ctx context.Context, w io.Writer, docs []fact.Facts) (int, error) {
	base, err := url.Parse(DefaultBase)
	if err != nil {
		return 0, fmt.Errorf("parsing the default base: %w", err)
	}
	var (
		arena []byte
		lines []span // each line's sort key (Export's order) in arena
		// resolved holds the written line of a quad whose relative IRIs the
		// base resolves, so that it differs from its key; by line index
		resolved map[int][]byte
		relative bool
	)
	key := func(s string) string {
		e := ExpandIRI(s)
		if !hasScheme(e) {
			relative = true
		}
		return e
	}
	resolve := func(s string) string { return resolveIRI(base, ExpandIRI(s)) }
	var stopped error
	planEach(&snapshot{}, lastOfEachName(docs), func(p docPlan) bool {
		if stopped = ctx.Err(); stopped != nil {
			return false
		}
		for _, q := range p.quads {
			relative = false
			start := len(arena)
			arena = appendNQuad(arena, q, key)
			lines = append(lines, span{start, len(arena)})
			if relative {
				if resolved == nil {
					resolved = map[int][]byte{}
				}
				resolved[len(lines)-1] = appendNQuad(nil, q, resolve)
			}
		}
		return true
	})
	if stopped != nil {
		return 0, fmt.Errorf("converting facts to quads: %w", stopped)
	}
	order := make([]int, len(lines))
	for i := range order {
		order[i] = i
	}
	// Equal keys are equal lines, written once, so their order does not
	// matter; ties are broken by position all the same.
	slices.SortFunc(order, func(a, b int) int {
		if c := bytes.Compare(lines[a].of(arena), lines[b].of(arena)); c != 0 {
			return c
		}
		return a - b
	})
	bw := bufio.NewWriterSize(w, 1<<16)
	n := 0
	var prev []byte
	for _, i := range order {
		k := lines[i].of(arena)
		if prev != nil && bytes.Equal(k, prev) {
			continue // a quad a document gives twice is stored once
		}
		prev = k
		line := k
		if r, ok := resolved[i]; ok {
			line = r
		}
		if _, err := bw.Write(line); err != nil {
			return n, fmt.Errorf("writing N-Quads: %w", err)
		}
		n++
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("writing N-Quads: %w", err)
	}
	return n, nil
}

// span is a line's place in a buffer.
type span struct{ start, end int }

func (s span) of(b []byte) []byte { return b[s.start:s.end] }

// appendNQuad appends the N-Quads line of a stored quad, its IRIs mapped by
// iri: what ntLine(exportQuadWith(q, iri)) gives, without building the
// exported quad and its strings.
func appendNQuad(b []byte, q quad.Quad, iri func(string) string) []byte {
	b = appendExportTerm(b, q.Subject, iri)
	b = append(b, ' ')
	b = appendExportTerm(b, q.Predicate, iri)
	b = append(b, ' ')
	b = appendExportTerm(b, q.Object, iri)
	if q.Label != nil {
		b = append(b, ' ')
		b = appendExportTerm(b, q.Label, iri)
	}
	return append(b, " .\n"...)
}

// XSD datatypes of native values, as exportValueWith writes them.
var (
	xsdString = ExpandIRI("xsd:string")
)

// appendExportTerm appends ntTerm(exportValueWith(v, iri)).
func appendExportTerm(b []byte, v quad.Value, iri func(string) string) []byte {
	typed := func(b []byte, lexical, t string) []byte {
		b = appendNTString(b, lexical)
		b = append(b, "^^<"...)
		b = appendNTIRI(b, ExpandIRI("xsd:"+t))
		return append(b, '>')
	}
	switch x := v.(type) {
	case quad.Int:
		return typed(b, strconv.FormatInt(int64(x), 10), "integer")
	case quad.Float:
		return typed(b, formatFloat(float64(x)), "double")
	case quad.Bool:
		return typed(b, strconv.FormatBool(bool(x)), "boolean")
	case quad.Time:
		return typed(b, time.Time(x).Format(time.RFC3339Nano), "dateTime")
	case quad.IRI:
		b = append(b, '<')
		b = appendNTIRI(b, iri(string(x)))
		return append(b, '>')
	case quad.TypedString:
		t := iri(string(x.Type))
		if t == "xsd:string" || t == xsdString {
			return appendNTString(b, string(x.Value))
		}
		b = appendNTString(b, string(x.Value))
		b = append(b, "^^<"...)
		b = appendNTIRI(b, t)
		return append(b, '>')
	default:
		return appendNTTerm(b, v)
	}
}

// appendNTTerm appends ntTerm(v) for a value already in export form.
func appendNTTerm(b []byte, v quad.Value) []byte {
	switch x := v.(type) {
	case quad.IRI:
		b = append(b, '<')
		b = appendNTIRI(b, string(x))
		return append(b, '>')
	case quad.BNode:
		b = append(b, "_:"...)
		return appendNTBNode(b, string(x))
	case quad.String:
		return appendNTString(b, string(x))
	case quad.TypedString:
		b = appendNTString(b, string(x.Value))
		b = append(b, "^^<"...)
		b = appendNTIRI(b, string(x.Type))
		return append(b, '>')
	case quad.LangString:
		b = appendNTString(b, string(x.Value))
		b = append(b, '@')
		return append(b, x.Lang...)
	default:
		return appendNTString(b, literalString(v))
	}
}

// validUTF8 replaces each run of invalid bytes by one U+FFFD, as the
// writers always have.
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

const upperHex = "0123456789ABCDEF"

// iriSafe says which ASCII bytes an IRI holds as they are.
func iriSafe(c byte) bool {
	if c <= 0x20 || c >= 0x7f {
		return false
	}
	switch c {
	case '<', '>', '"', '{', '}', '|', '^', '`', '\\':
		return false
	}
	return true
}

// appendNTIRI percent-encodes the characters an IRI cannot hold
// (validators reject them even as \u escapes).
func appendNTIRI(b []byte, s string) []byte {
	i := 0
	for i < len(s) && iriSafe(s[i]) {
		i++
	}
	b = append(b, s[:i]...)
	if i == len(s) {
		return b
	}
	for _, r := range validUTF8(s[i:]) {
		// C1 controls are no IRI characters either (RFC 3987 ucschar starts
		// at U+00A0): percent-encode their UTF-8 bytes.
		if r <= 0x20 || (r >= 0x7f && r < 0xa0) || r < utf8.RuneSelf && !iriSafe(byte(r)) {
			var buf [4]byte
			for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
				b = append(b, '%', upperHex[c>>4], upperHex[c&0xf])
			}
			continue
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

func appendNTBNode(b []byte, s string) []byte {
	start := len(b)
	for _, r := range s {
		if r < 0x80 && (r == '_' || r == '-' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
			b = append(b, byte(r))
		} else {
			b = append(b, 'x')
			b = appendUpperHex(b, uint64(r))
		}
	}
	if len(b) == start {
		return append(b, 'b')
	}
	return b
}

func appendUpperHex(b []byte, n uint64) []byte {
	var buf [16]byte
	i := len(buf)
	for {
		i--
		buf[i] = upperHex[n&0xf]
		n >>= 4
		if n == 0 {
			break
		}
	}
	return append(b, buf[i:]...)
}

// appendNTString appends a quoted N-Triples string.
func appendNTString(b []byte, s string) []byte {
	b = append(b, '"')
	i := 0
	for i < len(s) {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' {
			break
		}
		i++
	}
	b = append(b, s[:i]...)
	if i == len(s) {
		return append(b, '"')
	}
	for _, r := range validUTF8(s[i:]) {
		switch r {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		default:
			// C1 and bidi controls are legal raw, but a terminal may obey
			// them: an export printed to stdout must not.
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				b = append(b, '\\', 'u', upperHex[r>>12&0xf], upperHex[r>>8&0xf], upperHex[r>>4&0xf], upperHex[r&0xf])
			} else {
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return append(b, '"')
}
