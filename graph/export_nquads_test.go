package graph

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
)

// The reference writers below are the N-Quads formatting as it was before
// it appended to buffers: the fast writers must give the same bytes.

// ntLine writes one quad already in export form.
func refNtLine(q quad.Quad) string {
	var b strings.Builder
	b.WriteString(refNtTerm(q.Subject))
	b.WriteByte(' ')
	b.WriteString(refNtTerm(q.Predicate))
	b.WriteByte(' ')
	b.WriteString(refNtTerm(q.Object))
	if q.Label != nil {
		b.WriteByte(' ')
		b.WriteString(refNtTerm(q.Label))
	}
	b.WriteString(" .\n")
	return b.String()
}

func refNtTerm(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return "<" + refNtIRI(string(x)) + ">"
	case quad.BNode:
		return "_:" + refNtBNode(string(x))
	case quad.String:
		return refNtString(string(x))
	case quad.TypedString:
		return refNtString(string(x.Value)) + "^^<" + refNtIRI(string(x.Type)) + ">"
	case quad.LangString:
		return refNtString(string(x.Value)) + "@" + x.Lang
	default:
		return refNtString(literalString(v))
	}
}

// ntIRI percent-encodes the characters an IRI cannot hold (validators
// reject them even as \u escapes).
func refNtIRI(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		// C1 controls are no IRI characters either (RFC 3987 ucschar starts
		// at U+00A0): percent-encode their UTF-8 bytes.
		if r <= 0x20 || (r >= 0x7f && r < 0xa0) || strings.ContainsRune("<>\"{}|^`\\", r) {
			var buf [4]byte
			for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
				fmt.Fprintf(&b, "%%%02X", c)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func refNtBNode(s string) string {
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

func refNtString(s string) string {
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
			// C1 and bidi controls are legal raw, but a terminal may obey
			// them: an export printed to stdout must not.
			if r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func refNquadLine(q quad.Quad) string { return refNtLine(exportQuad(q)) }

// oddStrings are texts the writers escape: quotes, controls, C1 and bidi
// controls, invalid UTF-8 (runs of it), IRI-forbidden characters.
var oddStrings = []string{
	"", "plain", `say "hi"`, `back\slash`, "line\nbreak\r\t", "\x00\x1f\x7f", "c1\u0085x", "bidi\u202eevil\u2069",
	"bad\xffbyte", "two\xff\xfebad", "half\xe2\x82", "real \ufffd", "<a> {b} |c| ^d^ `e`", "space here",
	"caf\u00e9", "\u00a0nbsp", "emoji \U0001F600", "x", "-_09azAZ", "a:b/c?d#e",
}

func TestFastWritersMatchReference(t *testing.T) {
	for _, s := range oddStrings {
		checkWriters(t, s)
	}
	vals := []quad.Value{
		quad.Int(-42), quad.Float(1.5), quad.Float(1e21), quad.Bool(true),
		quad.Time(time.Date(2023, 4, 5, 6, 7, 8, 9, time.UTC)),
		quad.TypedString{Value: "x", Type: "xsd:string"},
		quad.TypedString{Value: "2023-01-01", Type: "xsd:date"},
		quad.TypedString{Value: "y", Type: "relative/type"},
		quad.LangString{Value: "bonjour", Lang: "fr"},
		quad.IRI("dg:person/a-b"), quad.IRI("relative/path"), quad.IRI("http://example.org/a b"),
		quad.BNode("b1"), quad.BNode("n\u00e9"), quad.BNode(""),
	}
	ec, err := newExportContext(ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range vals {
		q := quad.Quad{Subject: quad.IRI("dg:s"), Predicate: quad.IRI("dg:p"), Object: v, Label: quad.IRI("dg:doc/x")}
		if got, want := string(appendNQuad(nil, q, ExpandIRI)), refNquadLine(q); got != want {
			t.Errorf("appendNQuad(%#v) = %q, want %q", v, got, want)
		}
		if got, want := string(appendNQuad(nil, q, ec.iri)), refNtLine(exportQuadWith(q, ec.iri)); got != want {
			t.Errorf("appendNQuad(%#v) resolved = %q, want %q", v, got, want)
		}
		q.Label = nil
		if got, want := string(appendNQuad(nil, q, ExpandIRI)), refNquadLine(q); got != want {
			t.Errorf("appendNQuad(%#v) without label = %q, want %q", v, got, want)
		}
	}
}

func checkWriters(t *testing.T, s string) {
	t.Helper()
	if got, want := ntIRI(s), refNtIRI(s); got != want {
		t.Errorf("ntIRI(%q) = %q, want %q", s, got, want)
	}
	if got, want := ntString(s), refNtString(s); got != want {
		t.Errorf("ntString(%q) = %q, want %q", s, got, want)
	}
	if got, want := ntBNode(s), refNtBNode(s); got != want {
		t.Errorf("ntBNode(%q) = %q, want %q", s, got, want)
	}
	for _, v := range []quad.Value{quad.String(s), quad.LangString{Value: quad.String(s), Lang: "en"}, quad.TypedString{Value: quad.String(s), Type: quad.IRI(s)}} {
		if got, want := ntTerm(v), refNtTerm(v); got != want {
			t.Errorf("ntTerm(%#v) = %q, want %q", v, got, want)
		}
	}
}

func FuzzFastWriters(f *testing.F) {
	for _, s := range oddStrings {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkWriters(t, s)
	})
}

// TestWriteFactsNQuadsMatchesExport: the N-Quads written from facts are
// those of a memory store the facts were written to, exported, byte for
// byte: with meetings merged across documents, a document given twice
// (its last version counts) and facts a document states twice.
func TestWriteFactsNQuadsMatchesExport(t *testing.T) {
	ctx := context.Background()
	docs := syntheticDocs(40)
	again := syntheticDocs(3)
	again[1].Offices = append(again[1].Offices, again[1].Offices[0])
	again[2].Doc.Title = "Second version"
	docs = append(docs, again...)
	docs[5].People = append(docs[5].People, fact.Person{Name: "Name \"Quoted\" \u202e"})

	s, err := Open(ctx, Config{Backend: BackendMemstore}, true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Write(ctx, docs); err != nil {
		t.Fatal(err)
	}
	var want, got bytes.Buffer
	if err := Export(ctx, s, FormatNQuads, &want); err != nil {
		t.Fatal(err)
	}
	n, err := WriteFactsNQuads(ctx, &got, docs)
	if err != nil {
		t.Fatal(err)
	}
	if lines := bytes.Count(want.Bytes(), []byte("\n")); n != lines {
		t.Errorf("WriteFactsNQuads wrote %d lines, want %d", n, lines)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		g, w := strings.Split(got.String(), "\n"), strings.Split(want.String(), "\n")
		for i := range min(len(g), len(w)) {
			if g[i] != w[i] {
				t.Fatalf("line %d = %s\nwant      %s", i+1, g[i], w[i])
			}
		}
		t.Fatalf("got %d lines, want %d", len(g), len(w))
	}
	if want.Len() == 0 {
		t.Fatal("nothing written")
	}
}

func TestWriteFactsNQuadsStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out bytes.Buffer
	if _, err := WriteFactsNQuads(ctx, &out, syntheticDocs(3)); err == nil {
		t.Error("no error from a cancelled context")
	}
}

// TestWriteFactsNQuadsInRuns: with runs so small that every document's
// lines go to a file of their own, the merged output is the same.
func TestWriteFactsNQuadsInRuns(t *testing.T) {
	ctx := context.Background()
	docs := append(syntheticDocs(30), syntheticDocs(2)...)
	var whole, runs bytes.Buffer
	n1, err := writeFactsNQuads(ctx, &whole, docs, 1<<30)
	if err != nil {
		t.Fatal(err)
	}
	n2, err := writeFactsNQuads(ctx, &runs, docs, 1)
	if err != nil {
		t.Fatal(err)
	}
	if n1 != n2 || !bytes.Equal(whole.Bytes(), runs.Bytes()) {
		t.Errorf("in runs: %d lines, %d bytes; in memory: %d lines, %d bytes", n2, runs.Len(), n1, whole.Len())
	}
}

// TestRunSetMatchesExport: lines sorted and merged from runs, relative
// IRIs (written resolved, sorted unresolved) and repeated quads included,
// are what the exporter writes for the sorted, distinct quads.
func TestRunSetMatchesExport(t *testing.T) {
	base, err := url.Parse(DefaultBase)
	if err != nil {
		t.Fatal(err)
	}
	qs := []quad.Quad{
		{Subject: quad.IRI("dg:b"), Predicate: quad.IRI("dg:p"), Object: quad.String("x"), Label: quad.IRI("dg:doc/1")},
		{Subject: quad.IRI("relative/z"), Predicate: quad.IRI("dg:p"), Object: quad.IRI("other"), Label: quad.IRI("dg:doc/1")},
		{Subject: quad.IRI("dg:a"), Predicate: quad.IRI("dg:p"), Object: quad.Int(3), Label: quad.IRI("dg:doc/2")},
		{Subject: quad.IRI("dg:b"), Predicate: quad.IRI("dg:p"), Object: quad.String("x"), Label: quad.IRI("dg:doc/1")},
		{Subject: quad.BNode("n1"), Predicate: quad.IRI("dg:p"), Object: quad.String("line\nbreak"), Label: quad.IRI("dg:doc/2")},
		{Subject: quad.IRI("relative/z"), Predicate: quad.IRI("dg:p"), Object: quad.IRI("other"), Label: quad.IRI("dg:doc/1")},
		{Subject: quad.IRI("Zed:x"), Predicate: quad.IRI("dg:p"), Object: quad.String(strings.Repeat("long ", 30000)), Label: quad.IRI("dg:doc/3")},
	}
	var distinct []quad.Quad
	seen := map[quad.Quad]bool{}
	for _, q := range qs {
		if !seen[q] {
			seen[q] = true
			distinct = append(distinct, q)
		}
	}
	SortQuads(distinct)
	var want bytes.Buffer
	if err := WriteNQuads(&want, distinct); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1, 200, 1 << 30} {
		s := &runSet{limit: limit}
		for i := 0; i < len(qs); i += 2 {
			r := &lineRun{}
			for _, q := range qs[i:min(i+2, len(qs))] {
				r.add(q, base)
			}
			if err := s.add(r); err != nil {
				t.Fatal(err)
			}
		}
		var got bytes.Buffer
		n, err := s.write(&got)
		s.remove()
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() || n != len(distinct) {
			t.Errorf("limit %d: %d lines\n%s\nwant %d\n%s", limit, n, got.String(), len(distinct), want.String())
		}
	}
}
