package graph

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/termtext"
)

// JSON-LD export. Every document's quads are one named graph (the graph's
// @id is the document's node), as in the N-Quads export. Numbers are JSON
// numbers, typed where JSON's own number rule would type them otherwise
// (a whole xsd:double), so JSON-LD processors turn them back into the same
// literals. The compact form (the default) has an @context: our predicates
// and classes by their local names ("attended", "Person"), each predicate
// typed when all its values are alike (links as "@type": "@id", figures as
// xsd:double), so values are bare strings and numbers. The expanded form
// has no context, full IRIs and a value object for every value.

// ldValue is one object of a quad in JSON-LD terms.
type ldValue struct {
	id    string      // a node: IRI or _:blank
	value interface{} // a literal: string, float64, int64 or bool
	typ   string      // absolute datatype IRI, "" for a plain or language string
	lang  string
}

// shape is what values of one predicate must share for the predicate's
// term to say their type once.
func (v ldValue) shape() string {
	switch {
	case v.id != "":
		return "@id"
	case v.lang != "":
		return "@language:" + v.lang
	default:
		return v.typ
	}
}

// sortKey orders values the same way every time.
func (v ldValue) sortKey() string {
	if v.id != "" {
		return "0" + v.id
	}
	b, _ := json.Marshal(v.value)
	return "1" + v.typ + "@" + v.lang + string(b)
}

const (
	xsdNS      = "http://www.w3.org/2001/XMLSchema#"
	rdfTypeIRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
	// maxExactInt is the largest integer every JSON reader holds exactly
	// (a float64 mantissa); larger ones are written as strings.
	maxExactInt = 1 << 53
)

func ldNodeID(v quad.Value, iri func(string) string) string {
	switch x := v.(type) {
	case quad.IRI:
		return iri(string(x))
	case quad.BNode:
		return "_:" + ntBNode(string(x))
	}
	return ""
}

// ldObject converts a stored value; numbers and booleans become JSON
// values with their XSD datatype.
func ldObject(v quad.Value, iri func(string) string) ldValue {
	if id := ldNodeID(v, iri); id != "" {
		return ldValue{id: id}
	}
	switch x := v.(type) {
	case quad.String:
		return ldValue{value: string(x)}
	case quad.LangString:
		return ldValue{value: string(x.Value), lang: x.Lang}
	case quad.Int:
		return ldInt(int64(x))
	case quad.Float:
		return ldFloat(float64(x))
	case quad.Bool:
		return ldValue{value: bool(x), typ: xsdNS + "boolean"}
	case quad.Time:
		return ldValue{value: time.Time(x).Format(time.RFC3339Nano), typ: xsdNS + "dateTime"}
	case quad.TypedString:
		typ := iri(string(x.Type))
		lex := string(x.Value)
		switch typ {
		case xsdNS + "string":
			return ldValue{value: lex}
		case xsdNS + "double":
			if f, err := strconv.ParseFloat(strings.TrimSpace(lex), 64); err == nil {
				return ldFloat(f)
			}
		case xsdNS + "integer":
			if n, err := strconv.ParseInt(strings.TrimSpace(lex), 10, 64); err == nil {
				return ldInt(n)
			}
		case xsdNS + "boolean":
			switch strings.TrimSpace(lex) {
			case "true", "1":
				return ldValue{value: true, typ: typ}
			case "false", "0":
				return ldValue{value: false, typ: typ}
			}
		}
		return ldValue{value: lex, typ: typ}
	}
	return ldValue{value: literalString(v)}
}

func ldInt(n int64) ldValue {
	if n > maxExactInt || n < -maxExactInt {
		return ldValue{value: strconv.FormatInt(n, 10), typ: xsdNS + "integer"}
	}
	return ldValue{value: n, typ: xsdNS + "integer"}
}

func ldFloat(f float64) ldValue {
	switch {
	case math.IsNaN(f):
		return ldValue{value: "NaN", typ: xsdNS + "double"}
	case math.IsInf(f, 1):
		return ldValue{value: "INF", typ: xsdNS + "double"}
	case math.IsInf(f, -1):
		return ldValue{value: "-INF", typ: xsdNS + "double"}
	}
	return ldValue{value: f, typ: xsdNS + "double"}
}

// ldNode is a subject within one graph.
type ldNode struct {
	types []string
	props map[string][]ldValue // predicate IRI → values
}

// ldDataset groups the quads by graph and subject.
type ldDataset struct {
	graphs map[string]map[string]*ldNode // graph id ("" = default) → subject → node
	preds  map[string][]string           // predicate IRI → shapes seen
}

func buildLD(quads []quad.Quad, iri func(string) string) *ldDataset {
	ds := &ldDataset{graphs: map[string]map[string]*ldNode{}, preds: map[string][]string{}}
	for _, q := range quads {
		s := ldNodeID(q.Subject, iri)
		p := ldNodeID(q.Predicate, iri)
		if s == "" || p == "" || strings.HasPrefix(p, "_:") {
			continue // not RDF; the N-Quads export leaves these to the validators
		}
		g := ""
		if q.Label != nil {
			g = ldNodeID(q.Label, iri)
		}
		nodes := ds.graphs[g]
		if nodes == nil {
			nodes = map[string]*ldNode{}
			ds.graphs[g] = nodes
		}
		n := nodes[s]
		if n == nil {
			n = &ldNode{props: map[string][]ldValue{}}
			nodes[s] = n
		}
		o := ldObject(q.Object, iri)
		if p == rdfTypeIRI && o.id != "" {
			n.types = appendUnique(n.types, o.id)
			continue
		}
		n.props[p] = append(n.props[p], o)
		ds.preds[p] = appendUnique(ds.preds[p], o.shape())
	}
	return ds
}

func sortedStrings(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ldContext is the compact form's vocabulary: prefixes, one term per
// predicate and class, and how each predicate's values are typed.
type ldContext struct {
	terms  map[string]interface{} // the @context object
	termOf map[string]string      // predicate or class IRI → the key used for it
	coerce map[string]string      // predicate IRI → shared shape ("" when mixed)
}

func ldPrefixes() []prefix { return prefixes() }

// compactIRI writes an IRI with a known prefix ("xsd:date"), or whole.
func compactIRI(iri string) string {
	for _, p := range ldPrefixes() {
		if strings.HasPrefix(iri, p.full) && len(iri) > len(p.full) {
			return p.short + iri[len(p.full):]
		}
	}
	return iri
}

func newLDContext(ds *ldDataset) *ldContext {
	c := &ldContext{terms: map[string]interface{}{}, termOf: map[string]string{}, coerce: map[string]string{}}
	for _, p := range ldPrefixes() {
		c.terms[strings.TrimSuffix(p.short, ":")] = p.full
	}
	used := map[string]string{}
	name := func(iri string) string {
		key := compactIRI(iri)
		if strings.HasPrefix(key, "dg:") {
			local := key[3:]
			_, isPrefix := c.terms[local]
			if prev, taken := used[local]; (!taken || prev == iri) && !isPrefix && local != "" && !strings.ContainsAny(local, ":/#@") {
				key = local
			}
		}
		used[key] = iri
		c.termOf[iri] = key
		return key
	}
	var preds []string
	for p := range ds.preds {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	for _, p := range preds {
		key := name(p)
		shapes := ds.preds[p]
		def := map[string]interface{}{"@id": compactIRI(p)}
		if len(shapes) == 1 {
			c.coerce[p] = shapes[0]
			switch s := shapes[0]; {
			case s == "@id":
				def["@type"] = "@id"
			case strings.HasPrefix(s, "@language:"):
				def["@language"] = strings.TrimPrefix(s, "@language:")
			case s != "":
				def["@type"] = compactIRI(s)
			}
		} else {
			c.coerce[p] = "\x00mixed"
		}
		if len(def) == 1 && key != compactIRI(p) {
			c.terms[key] = compactIRI(p)
		} else if len(def) > 1 || key != compactIRI(p) {
			c.terms[key] = def
		}
	}
	classes := map[string]bool{}
	for _, nodes := range ds.graphs {
		for _, n := range nodes {
			for _, t := range n.types {
				classes[t] = true
			}
		}
	}
	for _, t := range sortedStrings(classes) {
		if strings.HasPrefix(t, "_:") {
			c.termOf[t] = t
			continue
		}
		key := name(t)
		if key != compactIRI(t) {
			c.terms[key] = compactIRI(t)
		}
	}
	return c
}

// compactValue writes a value under its predicate's term.
func (c *ldContext) compactValue(p string, v ldValue) interface{} {
	if c.coerce[p] == v.shape() {
		if v.id != "" {
			return v.id
		}
		return v.value
	}
	return expandedValue(v, compactIRI)
}

func expandedValue(v ldValue, typeIRI func(string) string) map[string]interface{} {
	if v.id != "" {
		return map[string]interface{}{"@id": v.id}
	}
	out := map[string]interface{}{"@value": v.value}
	if v.typ != "" {
		out["@type"] = typeIRI(v.typ)
	}
	if v.lang != "" {
		out["@language"] = v.lang
	}
	return out
}

func sortValues(vs []ldValue) []ldValue {
	out := append([]ldValue(nil), vs...)
	sort.Slice(out, func(i, j int) bool { return out[i].sortKey() < out[j].sortKey() })
	return out
}

// nodeObjects writes the subjects of one graph as JSON-LD node objects.
func (ds *ldDataset) nodeObjects(nodes map[string]*ldNode, c *ldContext) []interface{} {
	ids := make([]string, 0, len(nodes))
	for id := range nodes {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	out := make([]interface{}, 0, len(ids))
	for _, id := range ids {
		n := nodes[id]
		obj := map[string]interface{}{"@id": id}
		if len(n.types) > 0 {
			types := append([]string(nil), n.types...)
			sort.Strings(types)
			if c != nil {
				for i, t := range types {
					types[i] = c.termOf[t]
				}
			}
			if c != nil && len(types) == 1 {
				obj["@type"] = types[0]
			} else {
				obj["@type"] = types
			}
		}
		for p, vals := range n.props {
			vals = sortValues(vals)
			list := make([]interface{}, len(vals))
			for i, v := range vals {
				if c != nil {
					list[i] = c.compactValue(p, v)
				} else {
					list[i] = expandedValue(v, func(s string) string { return s })
				}
			}
			switch {
			case c == nil:
				obj[p] = list
			case len(list) == 1:
				obj[c.termOf[p]] = list[0]
			default:
				obj[c.termOf[p]] = list
			}
		}
		out = append(out, obj)
	}
	return out
}

// graphObjects lists the named graphs (one per document) and then the
// default graph's nodes.
func (ds *ldDataset) graphObjects(c *ldContext) []interface{} {
	var names []string
	for g := range ds.graphs {
		if g != "" {
			names = append(names, g)
		}
	}
	sort.Strings(names)
	out := []interface{}{}
	for _, g := range names {
		out = append(out, map[string]interface{}{"@id": g, "@graph": ds.nodeObjects(ds.graphs[g], c)})
	}
	if nodes, ok := ds.graphs[""]; ok {
		out = append(out, ds.nodeObjects(nodes, c)...)
	}
	return out
}

func writeJSONLD(w io.Writer, quads []quad.Quad, o exportContext) error {
	ds := buildLD(quads, o.iri)
	var doc interface{}
	if o.Expanded {
		doc = ds.graphObjects(nil)
	} else {
		c := newLDContext(ds)
		doc = map[string]interface{}{"@context": c.terms, "@graph": ds.graphObjects(c)}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := w.Write(termtext.EscapeJSON(buf.Bytes()))
	return err
}
