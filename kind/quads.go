package kind

import (
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

// Quads collects one document's quads, each once (duplicates would leak
// reference counts in the store, see notes on Cayley), all labelled with
// the document's node.
type Quads struct {
	doc   fact.Document
	iri   string
	label quad.Value
	seen  map[quad.Quad]bool
	list  []quad.Quad
}

// DocQuads converts one document: its node, then every kind's facts in
// registry order.
func DocQuads(d Doc) []quad.Quad {
	q := newQuads(d.Doc)
	for _, k := range registry() {
		k.Quads(q, d)
	}
	return q.list
}

// CountFacts counts a document's facts by kind name.
func CountFacts(f fact.Facts) map[string]int {
	out := map[string]int{}
	for _, k := range registry() {
		out[k.Name] = k.Count(f)
	}
	return out
}

// quadsGuess is about how many quads a report of a few paragraphs gives.
const quadsGuess = 128

// newQuads starts a document's quads with its node: title (the file name
// when it has none), file, publication date, source, URL and hash.
func newQuads(d fact.Document) *Quads {
	iri := schema.DocIRI(d.Name)
	// room for the quads of a usual report, so that the set and the list
	// seldom grow
	q := &Quads{doc: d, iri: iri, label: quad.IRI(iri), seen: make(map[quad.Quad]bool, quadsGuess),
		list: make([]quad.Quad, 0, quadsGuess)}
	title := d.Title
	if !nonEmpty(title) {
		title = d.Name
	}
	q.Node(iri, schema.ClassDocument, title)
	q.Str(iri, schema.PredFile, d.Name)
	q.Str(iri, schema.PredTitle, d.Title)
	q.Date(iri, schema.PredPublished, d.Date)
	q.Str(iri, schema.PredSource, d.Source)
	q.Str(iri, schema.PredURL, d.URL)
	q.Str(iri, schema.PredHash, d.Hash)
	return q
}

// DocIRI is the node of the document being converted.
func (q *Quads) DocIRI() string { return q.iri }

// Add writes one quad; nil objects and blank strings are not written.
func (q *Quads) Add(sub, pred string, obj quad.Value) {
	if obj == nil {
		return
	}
	if str, ok := obj.(quad.String); ok && strings.TrimSpace(string(str)) == "" {
		return
	}
	x := quad.Quad{Subject: quad.IRI(sub), Predicate: quad.IRI(pred), Object: obj, Label: q.label}
	if q.seen[x] {
		return
	}
	q.seen[x] = true
	q.list = append(q.list, x)
}

// Link writes an edge between two nodes.
func (q *Quads) Link(sub, pred, obj string) { q.Add(sub, pred, quad.IRI(obj)) }

// Str writes a string literal, trimmed.
func (q *Quads) Str(sub, pred, v string) { q.Add(sub, pred, quad.String(strings.TrimSpace(v))) }

// Date writes a date literal typed by its precision, when there is one.
func (q *Quads) Date(sub, pred, v string) {
	if nonEmpty(v) {
		q.Add(sub, pred, schema.DateValue(v))
	}
}

// Float writes a number (not NaN or an infinity, which RDF cannot carry).
func (q *Quads) Float(sub, pred string, f float64) { q.Add(sub, pred, schema.FloatValue(f)) }

// Node gives an entity its type and display name.
func (q *Quads) Node(iri, class, name string) {
	q.Link(iri, schema.PredType, class)
	q.Str(iri, schema.PredName, name)
}

// Person writes a person's node and returns it.
func (q *Quads) Person(name string) string {
	iri := schema.PersonIRI(name)
	q.Node(iri, schema.ClassPerson, name)
	return iri
}

// Country writes a country's node and returns it.
func (q *Quads) Country(name string) string {
	iri := schema.CountryIRI(name)
	q.Node(iri, schema.ClassCountry, name)
	return iri
}

// City writes a city's node, in its country when known, and returns it.
func (q *Quads) City(country, city string) string {
	iri := schema.CityIRI(country, city)
	q.Node(iri, schema.ClassCity, city)
	if nonEmpty(country) {
		q.Link(iri, schema.PredInCountry, q.Country(country))
	}
	return iri
}

// Evidence links a fact's node to the sentence it was read from.
func (q *Quads) Evidence(subject string, ev fact.Evidence) {
	if ev.Span.End <= ev.Span.Start && !nonEmpty(ev.Sentence) {
		return
	}
	d := q.doc.Name
	iri := schema.SentenceIRI(d, ev.Span.Start, ev.Span.End)
	name := d
	if ev.Line > 0 {
		name += ":" + strconv.Itoa(ev.Line)
	}
	q.Node(iri, schema.ClassSentence, name)
	q.Str(iri, schema.PredText, ev.Sentence)
	q.Add(iri, schema.PredStart, quad.Int(ev.Span.Start))
	q.Add(iri, schema.PredEnd, quad.Int(ev.Span.End))
	if ev.Line > 0 {
		q.Add(iri, schema.PredLine, quad.Int(ev.Line))
	}
	q.Link(iri, schema.PredInDocument, q.iri)
	q.Link(subject, schema.PredEvidence, iri)
}

// Reports says the document reports the fact node.
func (q *Quads) Reports(subject string) { q.Link(q.iri, schema.PredReports, subject) }

func nonEmpty(s string) bool { return strings.TrimSpace(s) != "" }

func shortText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func trim(s string) string { return strings.TrimSpace(s) }
