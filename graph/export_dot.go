package graph

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/kind"
)

// dotStyleOf is the drawing of a node: the first in the registry's order
// (kind.Drawings) of a class it has. A class no kind draws is a plain box
// named in the legend by its classes.
func dotStyleOf(drawings []kind.Drawing, classes []string) kind.Drawing {
	for _, d := range drawings {
		for _, c := range classes {
			if c == d.Class {
				return d
			}
		}
	}
	return kind.Drawing{Class: strings.Join(classes, ", "), Shape: "box", Fill: "#ffffff"}
}

// dotLegend names a drawing in the legend: its class's local name.
func dotLegend(d kind.Drawing) string {
	var names []string
	for _, c := range strings.Split(d.Class, ", ") {
		names = append(names, localName(c))
	}
	return strings.Join(names, ", ")
}

// dotAttrs are a drawing's shape, fill and style.
func dotAttrs(d kind.Drawing) string {
	attrs := fmt.Sprintf("shape=%s, fillcolor=%s", d.Shape, dotQuote(d.Fill))
	if d.Style != "" {
		attrs += ", style=" + dotQuote(d.Style)
	}
	return attrs
}

// dotQuote writes a DOT string; control characters, which DOT has no
// escapes for, become spaces.
func dotQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// dotLabel is what a node says in the picture: a name for entities, the
// essentials for facts as their kind draws them (a claim's formatted
// figure, a meeting's date, an office's role).
func dotLabel(id string, n *propNode, d kind.Drawing) string {
	if d.Label != nil {
		if l := d.Label(n.lits); l != "" {
			return l
		}
	}
	return n.label(id)
}

// writeDOT draws the entities and facts, coloured and shaped by kind, with
// a legend of the kinds drawn; edges are labelled by predicate and, when
// several documents state them, by how many ("attended ×3"), with the
// documents as the tooltip. Documents and evidence sentences are left out.
func writeDOT(w io.Writer, quads []quad.Quad, o exportContext) (ExportStats, error) {
	g := buildPropGraph(quads, false)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "digraph diplograph {")
	fmt.Fprintln(bw, "  rankdir=LR;")
	fmt.Fprintln(bw, `  node [shape=box, style=filled, fillcolor="#ffffff", fontname="Helvetica"];`)
	fmt.Fprintln(bw, `  edge [fontname="Helvetica", fontsize=10, color="#555555"];`)
	shown := map[string]bool{}
	drawings := kind.Drawings()
	kindsDrawn := map[string]kind.Drawing{}
	st := ExportStats{Quads: len(quads)}
	for _, id := range g.ids {
		n := g.nodes[id]
		style := dotStyleOf(drawings, n.classes)
		if style.Hidden {
			continue
		}
		shown[id] = true
		kindsDrawn[dotLegend(style)] = style
		fmt.Fprintf(bw, "  %s [label=%s, %s, tooltip=%s];\n", dotQuote(id), dotQuote(dotLabel(id, n, style)), dotAttrs(style), dotQuote(n.label(id)))
		st.Nodes++
	}
	for _, e := range g.edges {
		if !shown[e.from] || !shown[e.to] {
			continue
		}
		label := e.predicate
		if n := e.weight(); n > 1 {
			label += fmt.Sprintf(" ×%d", n)
		}
		width := 1 + math.Log2(float64(e.weight()))
		fmt.Fprintf(bw, "  %s -> %s [label=%s, tooltip=%s, penwidth=%s];\n", dotQuote(e.from), dotQuote(e.to),
			dotQuote(label), dotQuote(strings.Join(e.docs, ", ")), strconv.FormatFloat(width, 'f', 2, 64))
		st.Edges++
	}
	if len(kindsDrawn) > 0 {
		var kinds []string
		for k := range kindsDrawn {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		fmt.Fprintln(bw, `  subgraph cluster_legend {`)
		fmt.Fprintln(bw, `    label="kinds"; fontname="Helvetica"; color="#bbbbbb";`)
		for i, k := range kinds {
			fmt.Fprintf(bw, "    \"legend:%d\" [label=%s, %s];\n", i, dotQuote(k), dotAttrs(kindsDrawn[k]))
		}
		fmt.Fprintln(bw, "  }")
	}
	fmt.Fprintln(bw, "}")
	return st, bw.Flush()
}
