package graph

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// propGraph is the store seen as a property graph: IRI (and blank) nodes
// with their literals as attributes, and one edge per quad between nodes.
type propGraph struct {
	ids   []string // node ids in order
	nodes map[string]*propNode
	edges []propEdge
}

type propNode struct {
	kinds []string
	attrs map[string][]quad.Value // attribute name → values (dg:name under "name")
}

type propEdge struct {
	from, to  string
	predicate string
	label     string // source document file name (or the label IRI)
}

// nodeID is the id of an IRI or blank node; "" for a literal.
func nodeID(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.BNode:
		return "_:" + string(x)
	}
	return ""
}

// localName is how a predicate or class is shown: the part after "dg:" for
// our vocabulary, the compact IRI otherwise.
func localName(iri string) string {
	iri = CompactIRI(iri)
	if strings.HasPrefix(iri, "dg:") {
		return iri[3:]
	}
	return iri
}

// attrName maps a literal predicate to an attribute name that cannot clash
// with the reserved "kind".
func attrName(pred string) string {
	n := localName(pred)
	if n == "kind" {
		return CompactIRI(pred)
	}
	return n
}

func buildPropGraph(quads []quad.Quad) *propGraph {
	g := &propGraph{nodes: map[string]*propNode{}}
	node := func(id string) *propNode {
		n, ok := g.nodes[id]
		if !ok {
			n = &propNode{attrs: map[string][]quad.Value{}}
			g.nodes[id] = n
			g.ids = append(g.ids, id)
		}
		return n
	}
	files := map[string]string{}
	for _, q := range quads {
		if q.Predicate == quad.IRI(PredFile) {
			files[nodeID(q.Subject)] = literalString(q.Object)
		}
	}
	for _, q := range quads {
		sub := nodeID(q.Subject)
		if sub == "" {
			continue
		}
		n := node(sub)
		pred := nodeID(q.Predicate)
		if pred == PredType || pred == ExpandIRI(PredType) {
			if c := nodeID(q.Object); c != "" {
				n.kinds = appendUnique(n.kinds, localName(c))
			}
			continue
		}
		if obj := nodeID(q.Object); obj != "" {
			node(obj)
			label := ""
			if q.Label != nil {
				label = nodeID(q.Label)
				if f, ok := files[label]; ok {
					label = f
				} else if label == "" {
					label = literalString(q.Label)
				}
			}
			g.edges = append(g.edges, propEdge{from: sub, to: obj, predicate: localName(pred), label: label})
			continue
		}
		name := attrName(pred)
		if !containsValue(n.attrs[name], q.Object) {
			n.attrs[name] = append(n.attrs[name], q.Object)
		}
	}
	sort.Strings(g.ids)
	sort.SliceStable(g.edges, func(i, j int) bool {
		a, b := g.edges[i], g.edges[j]
		if a.from != b.from {
			return a.from < b.from
		}
		if a.predicate != b.predicate {
			return a.predicate < b.predicate
		}
		if a.to != b.to {
			return a.to < b.to
		}
		return a.label < b.label
	})
	return g
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func containsValue(list []quad.Value, v quad.Value) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// GraphMLCounts says how many nodes and edges WriteGraphML writes for quads,
// for checks against what a GraphML reader loads.
func GraphMLCounts(quads []quad.Quad) (nodes, edges int) {
	g := buildPropGraph(quads)
	return len(g.ids), len(g.edges)
}

// keyType chooses the GraphML type of an attribute: numbers and booleans
// keep their type unless some node has several values, which are joined
// into one string.
func keyType(g *propGraph, name string) string {
	typ := ""
	for _, id := range g.ids {
		vals := g.nodes[id].attrs[name]
		if len(vals) == 0 {
			continue
		}
		if len(vals) > 1 {
			return "string"
		}
		t := "string"
		switch x := vals[0].(type) {
		case quad.Float:
			t = "double"
		case quad.Int:
			t = "long"
			if int64(x) >= math.MinInt32 && int64(x) <= math.MaxInt32 {
				t = "int"
			}
		case quad.Bool:
			t = "boolean"
		}
		switch {
		case typ == "":
			typ = t
		case typ == t:
		case (typ == "int" && t == "long") || (typ == "long" && t == "int"):
			typ = "long"
		default:
			return "string"
		}
	}
	if typ == "" {
		return "string"
	}
	return typ
}

func graphmlValue(vals []quad.Value) string {
	if len(vals) == 1 {
		return literalString(vals[0])
	}
	parts := make([]string, 0, len(vals))
	for _, v := range vals {
		parts = append(parts, literalString(v))
	}
	sort.Strings(parts)
	return strings.Join(parts, " | ")
}

func xmlEscape(s string) string {
	var b strings.Builder
	// EscapeText replaces characters XML cannot hold, so output always parses.
	_ = xml.EscapeText(&b, []byte(strings.ToValidUTF8(s, "\uFFFD")))
	return b.String()
}

// WriteGraphML writes the property graph view of quads: typed keys, node
// kind and display name, literals as node attributes (several values joined
// with " | "), edges only between nodes, each with its predicate and source
// document.
func WriteGraphML(w io.Writer, quads []quad.Quad) error {
	g := buildPropGraph(quads)
	attrSet := map[string]bool{}
	for _, n := range g.nodes {
		for k := range n.attrs {
			attrSet[k] = true
		}
	}
	attrs := sortedKeys(attrSet)
	keyID := map[string]string{}
	bw := bufio.NewWriter(w)
	p := func(format string, args ...interface{}) { fmt.Fprintf(bw, format, args...) }
	p("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	p("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
	p("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n")
	for i, a := range attrs {
		id := fmt.Sprintf("n%d", i)
		keyID[a] = id
		p("  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, xmlEscape(a), keyType(g, a))
	}
	p("  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n")
	p("  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
	p("  <graph id=\"diplograph\" edgedefault=\"directed\">\n")
	for _, id := range g.ids {
		n := g.nodes[id]
		p("    <node id=\"%s\">\n", xmlEscape(id))
		if len(n.kinds) > 0 {
			kinds := append([]string(nil), n.kinds...)
			sort.Strings(kinds)
			p("      <data key=\"kind\">%s</data>\n", xmlEscape(strings.Join(kinds, " | ")))
		}
		for _, a := range attrs {
			if vals := n.attrs[a]; len(vals) > 0 {
				p("      <data key=\"%s\">%s</data>\n", keyID[a], xmlEscape(graphmlValue(vals)))
			}
		}
		p("    </node>\n")
	}
	for i, e := range g.edges {
		p("    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", i, xmlEscape(e.from), xmlEscape(e.to))
		p("      <data key=\"predicate\">%s</data>\n", xmlEscape(e.predicate))
		if e.label != "" {
			p("      <data key=\"label\">%s</data>\n", xmlEscape(e.label))
		}
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return bw.Flush()
}

// dotHidden are kinds left out of the DOT picture: sentences and documents
// are provenance, and drawing them buries the entities.
func dotHidden(kinds []string) bool {
	for _, k := range kinds {
		if k == "Sentence" || k == "Document" {
			return true
		}
	}
	return false
}

func dotQuote(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, `"`, `\"`)
	s = strings.ReplaceAll(s, "\n", `\n`)
	return `"` + s + `"`
}

// writeDOT draws the entities with their display names and the relations
// between them labelled by predicate.
func writeDOT(w io.Writer, quads []quad.Quad) error {
	g := buildPropGraph(quads)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph diplograph {")
	fmt.Fprintln(bw, "  rankdir=LR;")
	fmt.Fprintln(bw, "  node [shape=box, style=rounded, fontname=\"Helvetica\"];")
	fmt.Fprintln(bw, "  edge [fontname=\"Helvetica\", fontsize=10];")
	shown := map[string]bool{}
	for _, id := range g.ids {
		n := g.nodes[id]
		if dotHidden(n.kinds) {
			continue
		}
		shown[id] = true
		label := id
		if names := n.attrs["name"]; len(names) > 0 {
			label = literalString(names[0])
		}
		if len(n.kinds) > 0 {
			label += "\n(" + strings.Join(n.kinds, ", ") + ")"
		}
		fmt.Fprintf(bw, "  %s [label=%s];\n", dotQuote(id), dotQuote(label))
	}
	drawn := map[[3]string]bool{}
	for _, e := range g.edges {
		k := [3]string{e.from, e.predicate, e.to}
		if !shown[e.from] || !shown[e.to] || drawn[k] {
			continue
		}
		drawn[k] = true
		fmt.Fprintf(bw, "  %s -> %s [label=%s];\n", dotQuote(e.from), dotQuote(e.to), dotQuote(e.predicate))
	}
	fmt.Fprintln(bw, "}")
	return bw.Flush()
}
