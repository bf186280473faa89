package graph

import (
	"strings"

	"github.com/cayleygraph/quad"
)

// prefix pairs a short form kept in the store with the absolute IRI it
// stands for in exports.
type prefix struct{ short, full string }

// prefixes is the fixed table of short forms. It is built by a function so
// that nothing global can be changed from outside.
func prefixes() []prefix {
	return []prefix{
		{"dg:", Namespace},
		{"rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
		{"rdfs:", "http://www.w3.org/2000/01/rdf-schema#"},
		{"xsd:", "http://www.w3.org/2001/XMLSchema#"},
		{"schema:", "http://schema.org/"},
	}
}

// ExpandIRI turns a stored short IRI ("dg:attended") into its absolute form;
// entity IRIs (urn:...) and unknown forms are returned as they are.
func ExpandIRI(iri string) string {
	for _, p := range prefixes() {
		if strings.HasPrefix(iri, p.short) {
			return p.full + iri[len(p.short):]
		}
	}
	return iri
}

// CompactIRI is the inverse of ExpandIRI: absolute IRIs in a known namespace
// become the short form the store and Gizmo queries use.
func CompactIRI(iri string) string {
	for _, p := range prefixes() {
		if strings.HasPrefix(iri, p.full) && len(iri) > len(p.full) {
			return p.short + iri[len(p.full):]
		}
	}
	return iri
}

// mapValue rewrites the IRIs inside v (the IRI itself or a literal's type).
func mapValue(v quad.Value, f func(string) string) quad.Value {
	switch x := v.(type) {
	case quad.IRI:
		return quad.IRI(f(string(x)))
	case quad.TypedString:
		x.Type = quad.IRI(f(string(x.Type)))
		if x.Type == "xsd:string" || x.Type == quad.IRI(ExpandIRI("xsd:string")) {
			return x.Value
		}
		return x
	default:
		return v
	}
}

func mapQuad(q quad.Quad, f func(string) string) quad.Quad {
	return quad.Quad{
		Subject:   mapValue(q.Subject, f),
		Predicate: mapValue(q.Predicate, f),
		Object:    mapValue(q.Object, f),
		Label:     mapValue(q.Label, f),
	}
}

// ExpandQuad gives a stored quad its absolute IRIs, as exports write them.
func ExpandQuad(q quad.Quad) quad.Quad { return mapQuad(q, ExpandIRI) }

// CompactQuad gives a quad read from outside the short IRIs of the store.
func CompactQuad(q quad.Quad) quad.Quad { return mapQuad(q, CompactIRI) }
