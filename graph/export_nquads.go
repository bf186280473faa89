package graph

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/schema"
)

// WriteFactsNQuads writes the N-Quads that exporting a new store holding
// docs would give (Store.Write of docs on an empty store, then Export in
// FormatNQuads), without the store: the same quads, formed and ordered
// alike, byte for byte. It returns the number of lines.
//
// Meetings and claims are resolved document after document, as Write does;
// the quads of each document are made and formatted by several workers at
// once, into buffers without pointers for the collector to scan. The lines
// are sorted in runs of bounded size, which go to temporary files when
// there are several, and merged: memory does not grow with the output.
func WriteFactsNQuads(ctx context.Context, w io.Writer, docs []fact.Facts) (int, error) {
	return writeFactsNQuads(ctx, w, docs, runBytes)
}

// lastOfEachDoc keeps the last facts given for each document, as a store
// keeps the last version written of each.
func lastOfEachDoc(docs []fact.Facts) []fact.Facts {
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

// lineGuess is about the length of an N-Quads line of a document's quads.
const lineGuess = 160

// runBytes is how many bytes of lines are sorted in memory at once. Two
// runs are in memory while one is written out, beside the facts of the
// whole corpus: at 8 MB rather than 16, extract over 10 MB of documents
// peaked at 168 MB instead of 193 MB and over 50 MB at 442 MB instead of
// 482 MB, for the same CPU time (more runs to merge, each sorted sooner).
const runBytes = 8 << 20

func writeFactsNQuads(ctx context.Context, w io.Writer, docs []fact.Facts, limit int) (int, error) {
	base, err := url.Parse(DefaultBase)
	if err != nil {
		return 0, fmt.Errorf("parsing the default base: %w", err)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan kind.Doc, 2*workers)
	done := make(chan *lineRun, 2*workers)
	go func() {
		defer close(jobs)
		resolveEach(&snapshot{}, lastOfEachDoc(docs), func(_ string, d kind.Doc) bool {
			select {
			case jobs <- d:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range jobs {
				qs := kind.DocQuads(d)
				// room for lines of a usual length, so that the buffers
				// seldom grow
				r := &lineRun{buf: make([]byte, 0, lineGuess*len(qs)), lines: make([]lineRef, 0, len(qs))}
				for _, q := range qs {
					r.add(q, base)
				}
				done <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	runs := &runSet{limit: limit}
	defer runs.remove()
	var spillErr error
	for r := range done {
		if spillErr != nil {
			continue // drain, so that the workers end
		}
		if spillErr = runs.add(r); spillErr != nil {
			cancel()
		}
	}
	if spillErr != nil {
		return 0, spillErr
	}
	if err := ctx.Err(); err != nil {
		return 0, fmt.Errorf("converting facts to quads: %w", err)
	}
	return runs.write(w)
}

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

// xsdNamespace is where the XSD datatypes are, expanded.
var xsdNamespace = ExpandIRI("xsd:")

// appendXSDType appends ^^<the XSD datatype t>, t being one of the ASCII
// names of native values: what appending ExpandIRI("xsd:"+t) gives.
func appendXSDType(b []byte, t string) []byte {
	b = append(b, "^^<"...)
	b = appendNTIRI(b, xsdNamespace)
	b = appendNTIRI(b, t)
	return append(b, '>')
}

// appendExportTerm appends ntTerm(exportValueWith(v, iri)).
func appendExportTerm(b []byte, v quad.Value, iri func(string) string) []byte {
	typed := func(b []byte, lexical, t string) []byte {
		b = appendNTString(b, lexical)
		return appendXSDType(b, t)
	}
	switch x := v.(type) {
	case quad.Int:
		// digits and a sign need no escape: they are written in place,
		// without a string of their own
		b = append(b, '"')
		b = strconv.AppendInt(b, int64(x), 10)
		b = append(b, '"')
		return appendXSDType(b, "integer")
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
