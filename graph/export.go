package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
)

// Export formats.
const (
	FormatNQuads   = "nquads"
	FormatNTriples = "nt" // the union of the named graphs, for tools that ignore them
	FormatJSONLD   = "jsonld"
	FormatGraphML  = "graphml"
	FormatDOT      = "dot"
)

// DefaultBase is the base relative IRIs are resolved against on export when
// none is given. The store can hold relative IRIs (data from elsewhere,
// Cayley's own samples), but N-Quads, N-Triples and JSON-LD need absolute
// ones.
const DefaultBase = "https://diplograph.dev/local/"

// ExportOptions say what to export and how.
type ExportOptions struct {
	Format string
	// Base resolves relative IRIs; "" means DefaultBase.
	Base string
	// PerDocument (graphml, dot) keeps one edge per fact and source
	// document instead of one edge per fact carrying all its documents.
	PerDocument bool
	// Expanded (jsonld) writes expanded JSON-LD instead of the compact form
	// with an @context.
	Expanded bool
	// Subset narrows the export to some facts; the zero value is the whole
	// graph.
	Subset Subset
}

// ExportStats says what an export wrote.
type ExportStats struct {
	Quads int // quads (nt: triples) written, or read for graphml and dot
	Nodes int // graphml, dot: nodes written
	Edges int // graphml, dot: edges written
	// Left out by a date range because they have no known date.
	Undated int
}

// exporter writes a set of stored quads in one format.
type exporter func(w io.Writer, quads []quad.Quad, o exportContext) (ExportStats, error)

// exportContext is what every writer needs besides the quads.
type exportContext struct {
	ExportOptions
	iri func(string) string // short or relative IRI → absolute
}

// exporters is the format registry; a function so the table cannot be
// changed from outside.
func exporters() map[string]exporter {
	return map[string]exporter{
		FormatNQuads: func(w io.Writer, qs []quad.Quad, o exportContext) (ExportStats, error) {
			n, err := writeNQuads(w, qs, o, true)
			return ExportStats{Quads: n}, err
		},
		FormatNTriples: func(w io.Writer, qs []quad.Quad, o exportContext) (ExportStats, error) {
			n, err := writeNQuads(w, qs, o, false)
			return ExportStats{Quads: n}, err
		},
		FormatJSONLD: func(w io.Writer, qs []quad.Quad, o exportContext) (ExportStats, error) {
			return ExportStats{Quads: len(qs)}, writeJSONLD(w, qs, o)
		},
		FormatGraphML: writeGraphML,
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
	_, err := ExportWith(ctx, s, ExportOptions{Format: format}, w)
	return err
}

// ExportWith writes the graph, or the subset o asks for, in o's format.
func ExportWith(ctx context.Context, s *Store, o ExportOptions, w io.Writer) (ExportStats, error) {
	write, ok := exporters()[o.Format]
	if !ok {
		return ExportStats{}, fmt.Errorf("unknown export format %q (want one of %s)", o.Format, strings.Join(Formats(), ", "))
	}
	ec, err := newExportContext(o)
	if err != nil {
		return ExportStats{}, err
	}
	quads, err := s.AllQuads(ctx)
	if err != nil {
		return ExportStats{}, err
	}
	undated := 0
	if !o.Subset.IsZero() {
		if quads, undated, err = o.Subset.apply(quads); err != nil {
			return ExportStats{}, err
		}
	}
	st, err := write(w, quads, ec)
	if err != nil {
		return st, fmt.Errorf("exporting %s: %w", o.Format, err)
	}
	st.Undated = undated
	return st, nil
}

func newExportContext(o ExportOptions) (exportContext, error) {
	base := o.Base
	if base == "" {
		base = DefaultBase
	}
	u, err := url.Parse(base)
	if err != nil || !u.IsAbs() {
		return exportContext{}, fmt.Errorf("--base %q is not an absolute IRI (for example %s)", base, DefaultBase)
	}
	return exportContext{ExportOptions: o, iri: func(s string) string { return resolveIRI(u, ExpandIRI(s)) }}, nil
}

// schemeRE matches the scheme of an absolute IRI (RFC 3986 section 3.1).
var schemeRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)

// resolveIRI resolves a relative IRI reference against base (RFC 3986
// section 5); absolute IRIs are returned unchanged.
func resolveIRI(base *url.URL, s string) string {
	if schemeRE.MatchString(s) {
		return s
	}
	ref, err := url.Parse(s)
	if err != nil {
		// Not even a reference (a stray '%'): keep its text under the base.
		return base.String() + url.PathEscape(s)
	}
	return base.ResolveReference(ref).String()
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
// files do not depend on storage order. Each quad's text is made once.
func SortQuads(qs []quad.Quad) {
	keys := make([]string, len(qs))
	order := make([]int, len(qs))
	for i, q := range qs {
		keys[i], order[i] = nquadLine(q), i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	sorted := make([]quad.Quad, len(qs))
	for i, j := range order {
		sorted[i] = qs[j]
	}
	copy(qs, sorted)
}

// exportValue gives a stored value the absolute form exports need: IRIs
// expanded and native numbers, booleans and times as literals with full XSD
// datatype IRIs.
func exportValue(v quad.Value) quad.Value { return exportValueWith(v, ExpandIRI) }

func exportValueWith(v quad.Value, iri func(string) string) quad.Value {
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
		return mapValue(v, iri)
	}
}

func exportQuad(q quad.Quad) quad.Quad { return exportQuadWith(q, ExpandIRI) }

func exportQuadWith(q quad.Quad, iri func(string) string) quad.Quad {
	out := quad.Quad{
		Subject:   exportValueWith(q.Subject, iri),
		Predicate: exportValueWith(q.Predicate, iri),
		Object:    exportValueWith(q.Object, iri),
	}
	if q.Label != nil {
		out.Label = exportValueWith(q.Label, iri)
	}
	return out
}

// WriteNQuads writes quads as N-Quads with absolute IRIs and XSD-typed
// literals (what rapper and serdi accept), one per line.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	ec, _ := newExportContext(ExportOptions{})
	_, err := writeNQuads(w, quads, ec, true)
	return err
}

// writeNQuads writes N-Quads, or with labels false N-Triples: the union of
// the named graphs, each triple once. It returns the number of lines.
func writeNQuads(w io.Writer, quads []quad.Quad, o exportContext, labels bool) (int, error) {
	bw := bufio.NewWriter(w)
	seen := map[string]bool{}
	n := 0
	var buf []byte
	for _, q := range quads {
		if !labels {
			q.Label = nil
		}
		buf = appendNQuad(buf[:0], q, o.iri)
		if !labels {
			if seen[string(buf)] {
				continue
			}
			seen[string(buf)] = true
		}
		if _, err := bw.Write(buf); err != nil {
			return n, err
		}
		n++
	}
	return n, bw.Flush()
}

func nquadLine(q quad.Quad) string { return string(appendNQuad(nil, q, ExpandIRI)) }

// ntLine writes one quad already in export form.
func ntLine(q quad.Quad) string {
	b := appendNTTerm(nil, q.Subject)
	b = append(b, ' ')
	b = appendNTTerm(b, q.Predicate)
	b = append(b, ' ')
	b = appendNTTerm(b, q.Object)
	if q.Label != nil {
		b = append(b, ' ')
		b = appendNTTerm(b, q.Label)
	}
	return string(append(b, " .\n"...))
}

func ntTerm(v quad.Value) string { return string(appendNTTerm(nil, v)) }

// ntIRI percent-encodes the characters an IRI cannot hold (validators
// reject them even as \u escapes).
func ntIRI(s string) string { return string(appendNTIRI(nil, s)) }

func ntBNode(s string) string { return string(appendNTBNode(nil, s)) }

func ntString(s string) string { return string(appendNTString(nil, s)) }
