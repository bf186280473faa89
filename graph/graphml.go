package graph

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/kind"
)

// propGraph is the store seen as a property graph: IRI (and blank) nodes
// with their literals as attributes, and edges between nodes: one per fact
// (subject, predicate, object) carrying every document that states it, or
// with perDocument one per fact and document.
type propGraph struct {
	ids   []string // node ids in order
	nodes map[string]*propNode
	edges []*propEdge
}

type propNode struct {
	kinds   []string                // class local names ("Person")
	classes []string                // classes ("dg:Person")
	attrs   map[string][]quad.Value // attribute name → values (dg:name under "name")
	lits    kind.Literals           // predicate ("dg:name") → values
	// nameVotes counts the documents giving each dg:name, so the display
	// name is the one most reports use.
	nameVotes map[string]int
}

// label is the node's display name: its most reported name (then the
// shortest, then the first in order), or its compact IRI when it has none.
func (n *propNode) label(id string) string {
	best, votes := "", 0
	for name, v := range n.nameVotes {
		if v > votes || v == votes && (len(name) < len(best) || len(name) == len(best) && name < best) {
			best, votes = name, v
		}
	}
	if best == "" {
		return CompactIRI(id)
	}
	return best
}

type propEdge struct {
	from, to  string
	predicate string
	docs      []string // source documents (file names, or label IRIs), sorted
}

// weight is the number of documents that state the edge (1 for a quad
// without a label).
func (e *propEdge) weight() int { return max(1, len(e.docs)) }

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

// reservedAttr are attribute names GraphML readers give a meaning of their
// own: ours ("kind", "label") and the node properties Gephi's importer maps
// by name (position, size, colour, time interval). A literal predicate with
// one of these local names keeps its compact IRI ("dg:start") instead.
func reservedAttr(name string) bool {
	switch name {
	case "kind", "label", "names", "id", "x", "y", "z", "size", "r", "g", "b", "color", "start", "end", "weight":
		return true
	}
	return false
}

// attrName maps a literal predicate to a node attribute name.
func attrName(pred string) string {
	n := localName(pred)
	if reservedAttr(n) {
		return CompactIRI(pred)
	}
	return n
}

func buildPropGraph(quads []quad.Quad, perDocument bool) *propGraph {
	g := &propGraph{nodes: map[string]*propNode{}}
	node := func(id string) *propNode {
		n, ok := g.nodes[id]
		if !ok {
			n = &propNode{attrs: map[string][]quad.Value{}, lits: kind.Literals{}, nameVotes: map[string]int{}}
			g.nodes[id] = n
			g.ids = append(g.ids, id)
		}
		return n
	}
	files := map[string]string{}
	for _, q := range quads {
		if CompactIRI(nodeID(q.Predicate)) == PredFile {
			files[nodeID(q.Subject)] = literalString(q.Object)
		}
	}
	type edgeKey struct{ from, pred, to, doc string }
	edges := map[edgeKey]*propEdge{}
	for _, q := range quads {
		sub := nodeID(q.Subject)
		if sub == "" {
			continue
		}
		n := node(sub)
		pred := nodeID(q.Predicate)
		if CompactIRI(pred) == PredType {
			if c := nodeID(q.Object); c != "" {
				n.kinds = appendUnique(n.kinds, localName(c))
				n.classes = appendUnique(n.classes, CompactIRI(c))
			}
			continue
		}
		doc := ""
		if q.Label != nil {
			label := nodeID(q.Label)
			if f, ok := files[label]; ok {
				doc = f
			} else if label != "" {
				doc = CompactIRI(label)
			} else {
				doc = literalString(q.Label)
			}
		}
		if obj := nodeID(q.Object); obj != "" {
			node(obj)
			k := edgeKey{from: sub, pred: localName(pred), to: obj}
			if perDocument {
				k.doc = doc
			}
			e := edges[k]
			if e == nil {
				e = &propEdge{from: sub, to: obj, predicate: k.pred}
				edges[k] = e
				g.edges = append(g.edges, e)
			}
			if doc != "" {
				e.docs = appendUnique(e.docs, doc)
			}
			continue
		}
		if CompactIRI(pred) == PredName {
			n.nameVotes[literalString(q.Object)]++
		}
		name := attrName(pred)
		if !containsValue(n.attrs[name], q.Object) {
			n.attrs[name] = append(n.attrs[name], q.Object)
		}
		if p := CompactIRI(pred); !containsValue(n.lits[p], q.Object) {
			n.lits[p] = append(n.lits[p], q.Object)
		}
	}
	sort.Strings(g.ids)
	for _, e := range g.edges {
		sort.Strings(e.docs)
	}
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
		return strings.Join(a.docs, "|") < strings.Join(b.docs, "|")
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

// GraphMLCounts says how many nodes and edges the GraphML export writes for
// quads, for checks against what a GraphML reader loads.
func GraphMLCounts(quads []quad.Quad, perDocument bool) (nodes, edges int) {
	g := buildPropGraph(quads, perDocument)
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

// xmlEscape escapes text for an XML attribute or element. Characters XML
// 1.0 cannot hold become U+FFFD, so the output always parses; C1 and bidi
// controls, which XML allows, are written as character references so that
// the file printed to a terminal cannot drive it.
func xmlEscape(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\'':
			b.WriteString("&apos;")
		case r == '\t' || r == '\n' || r == '\r':
			fmt.Fprintf(&b, "&#x%X;", r)
		case r < 0x20 || r == 0xFFFE || r == 0xFFFF || (r >= 0xD800 && r <= 0xDFFF):
			b.WriteRune('\uFFFD')
		case (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			fmt.Fprintf(&b, "&#x%X;", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeGraphML writes the property graph view of quads in the form Gephi,
// yEd, Cytoscape, NetworkX and igraph read as meant:
//
//   - every node has a "label" (its display name: Gephi's node Label), a
//     "kind" (its classes) and one typed attribute per literal predicate
//     (several values joined with " | " into a string);
//   - every edge has a "label" (its predicate: Gephi's edge Label), the
//     "predicate" again as a plain column, "documents" (the source
//     documents that state it, joined with " | ") and a "weight" (how many
//     they are: Gephi's edge Weight).
//
// One edge per fact: Gephi merges parallel edges on import, which would
// lose the provenance of all but one. With PerDocument the edges are one
// per fact and document instead (each of weight 1), as earlier versions
// wrote them.
func writeGraphML(w io.Writer, quads []quad.Quad, o exportContext) (ExportStats, error) {
	g := buildPropGraph(quads, o.PerDocument)
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
	p("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n")
	p("  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n")
	for i, a := range attrs {
		id := fmt.Sprintf("n%d", i)
		keyID[a] = id
		p("  <key id=\"%s\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n", id, xmlEscape(a), keyType(g, a))
	}
	p("  <key id=\"edge_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
	p("  <key id=\"predicate\" for=\"edge\" attr.name=\"predicate\" attr.type=\"string\"/>\n")
	p("  <key id=\"documents\" for=\"edge\" attr.name=\"documents\" attr.type=\"string\"/>\n")
	p("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n")
	p("  <graph id=\"diplograph\" edgedefault=\"directed\">\n")
	for _, id := range g.ids {
		n := g.nodes[id]
		p("    <node id=\"%s\">\n", xmlEscape(id))
		p("      <data key=\"label\">%s</data>\n", xmlEscape(n.label(id)))
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
		p("      <data key=\"edge_label\">%s</data>\n", xmlEscape(e.predicate))
		p("      <data key=\"predicate\">%s</data>\n", xmlEscape(e.predicate))
		if len(e.docs) > 0 {
			p("      <data key=\"documents\">%s</data>\n", xmlEscape(strings.Join(e.docs, " | ")))
		}
		p("      <data key=\"weight\">%d</data>\n", e.weight())
		p("    </edge>\n")
	}
	p("  </graph>\n</graphml>\n")
	return ExportStats{Quads: len(quads), Nodes: len(g.ids), Edges: len(g.edges)}, bw.Flush()
}
