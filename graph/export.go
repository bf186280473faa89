package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
)

// Export formats.
const (
	FormatNQuads  = "nquads"
	FormatJSONLD  = "jsonld"
	FormatGraphML = "graphml"
	FormatDOT     = "dot"
)

// exporter writes a set of stored quads in one format.
type exporter func(w io.Writer, quads []quad.Quad) error

// exporters is the format registry; a function so the table cannot be
// changed from outside.
func exporters() map[string]exporter {
	return map[string]exporter{
		FormatNQuads:  WriteNQuads,
		FormatJSONLD:  writeJSONLD,
		FormatGraphML: WriteGraphML,
		FormatDOT:     writeDOT,
	}
}

// Formats lists the export formats, sorted.
func Formats() []string {
	var out []string
	for k := range exporters() {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Export writes the whole graph in format.
func Export(ctx context.Context, s *Store, format string, w io.Writer) error {
	write, ok := exporters()[format]
	if !ok {
		return fmt.Errorf("unknown export format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	quads, err := s.AllQuads(ctx)
	if err != nil {
		return err
	}
	if err := write(w, quads); err != nil {
		return fmt.Errorf("exporting %s: %w", format, err)
	}
	return nil
}

// AllQuads reads every quad of the store in a stable order.
func (s *Store) AllQuads(ctx context.Context) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachQuad(ctx, s.h.QuadStore.QuadsAllIterator(), func(q quad.Quad) { out = append(out, q) })
	if err != nil {
		return nil, fmt.Errorf("reading all quads: %w", err)
	}
	SortQuads(out)
	return out, nil
}

// SortQuads orders quads by their N-Quads text so that exports and golden
// files do not depend on storage order.
func SortQuads(qs []quad.Quad) {
	keys := make(map[quad.Quad]string, len(qs))
	for _, q := range qs {
		keys[q] = nquadLine(q)
	}
	sort.SliceStable(qs, func(i, j int) bool { return keys[qs[i]] < keys[qs[j]] })
}

// exportValue gives a stored value the absolute form exports need: IRIs
// expanded and native numbers, booleans and times as literals with full XSD
// datatype IRIs.
func exportValue(v quad.Value) quad.Value {
	xsd := func(t string) quad.IRI { return quad.IRI(ExpandIRI("xsd:" + t)) }
	switch x := v.(type) {
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(x), 10)), Type: xsd("integer")}
	case quad.Float:
		return quad.TypedString{Value: quad.String(formatFloat(float64(x))), Type: xsd("double")}
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(x))), Type: xsd("boolean")}
	case quad.Time:
		return quad.TypedString{Value: quad.String(time.Time(x).Format(time.RFC3339Nano)), Type: xsd("dateTime")}
	default:
		return mapValue(v, ExpandIRI)
	}
}

func exportQuad(q quad.Quad) quad.Quad {
	out := quad.Quad{
		Subject:   exportValue(q.Subject),
		Predicate: exportValue(q.Predicate),
		Object:    exportValue(q.Object),
	}
	if q.Label != nil {
		out.Label = exportValue(q.Label)
	}
	return out
}

// WriteNQuads writes quads as N-Quads with absolute IRIs and XSD-typed
// literals (what rapper and serdi accept), one per line.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	bw := bufio.NewWriter(w)
	for _, q := range quads {
		if _, err := bw.WriteString(nquadLine(q)); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func nquadLine(q quad.Quad) string {
	q = exportQuad(q)
	var b strings.Builder
	b.WriteString(ntTerm(q.Subject))
	b.WriteByte(' ')
	b.WriteString(ntTerm(q.Predicate))
	b.WriteByte(' ')
	b.WriteString(ntTerm(q.Object))
	if q.Label != nil {
		b.WriteByte(' ')
		b.WriteString(ntTerm(q.Label))
	}
	b.WriteString(" .\n")
	return b.String()
}

func ntTerm(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return "<" + ntIRI(string(x)) + ">"
	case quad.BNode:
		return "_:" + ntBNode(string(x))
	case quad.String:
		return ntString(string(x))
	case quad.TypedString:
		return ntString(string(x.Value)) + "^^<" + ntIRI(string(x.Type)) + ">"
	case quad.LangString:
		return ntString(string(x.Value)) + "@" + x.Lang
	default:
		return ntString(literalString(v))
	}
}

// ntIRI percent-encodes the characters an IRI cannot hold (validators
// reject them even as \u escapes).
func ntIRI(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		if r <= 0x20 || r == 0x7f || strings.ContainsRune("<>\"{}|^`\\", r) {
			fmt.Fprintf(&b, "%%%02X", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func ntBNode(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && (r == '_' || r == '-' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "x%X", r)
		}
	}
	if b.Len() == 0 {
		return "b"
	}
	return b.String()
}

func ntString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func writeJSONLD(w io.Writer, quads []quad.Quad) error {
	jw := jsonld.NewWriter(w)
	for _, q := range quads {
		if err := jw.WriteQuad(exportQuad(q)); err != nil {
			return err
		}
	}
	return jw.Close()
}
