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
)

// dotStyle is how one kind of node is drawn.
type dotStyle struct {
	kind  string // class local name
	shape string
	fill  string
	extra string // further attributes ("style=...")
}

// dotStyles is the drawing of each kind: people, places and countries as
// the entities, facts in shapes that say what they are. A kind not listed
// is a plain box.
func dotStyles() []dotStyle {
	return []dotStyle{
		{"Person", "ellipse", "#cfe2f3", ""},
		{"Country", "hexagon", "#d9ead3", ""},
		{"City", "house", "#fff2cc", ""},
		{"Commission", "folder", "#fce5cd", ""},
		{"Meeting", "diamond", "#f4cccc", ""},
		{"Call", "diamond", "#f4cccc", `style="filled,dashed"`},
		{"Claim", "note", "#ead1dc", ""},
		{"Office", "box", "#eeeeee", ""},
		{"CoChair", "box", "#fce5cd", `style="filled,rounded"`},
		{"Commitment", "tab", "#d0e0e3", ""},
		{"Partnership", "octagon", "#d9ead3", ""},
	}
}

func dotStyleOf(kinds []string) dotStyle {
	for _, s := range dotStyles() {
		for _, k := range kinds {
			if k == s.kind {
				return s
			}
		}
	}
	return dotStyle{kind: strings.Join(kinds, ", "), shape: "box", fill: "#ffffff"}
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

// FormatFigure writes an amount the way a reader says it: "25.5 bn USD",
// "1,500 jobs", "7%".
func FormatFigure(value float64, unit string) string {
	if unit == "percent" || unit == "%" {
		return strconv.FormatFloat(value, 'f', -1, 64) + "%"
	}
	s := ""
	a := math.Abs(value)
	for _, sc := range []struct {
		div  float64
		name string
	}{{1e12, "tn"}, {1e9, "bn"}, {1e6, "mn"}} {
		if a >= sc.div {
			s = strconv.FormatFloat(math.Round(value/sc.div*100)/100, 'f', -1, 64) + " " + sc.name
			break
		}
	}
	if s == "" {
		s = groupThousands(value)
	}
	if unit != "" {
		s += " " + unit
	}
	return s
}

func groupThousands(f float64) string {
	if f != math.Trunc(f) || math.Abs(f) < 1000 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	digits := strconv.FormatFloat(math.Abs(f), 'f', 0, 64)
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
	}
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func firstAttr(n *propNode, name string) string {
	if vals := n.attrs[name]; len(vals) > 0 {
		return literalString(vals[0])
	}
	return ""
}

// dotLabel is what a node says in the picture: a name for entities, the
// essentials for facts (a claim's formatted figure, a meeting's date, an
// office's role).
func dotLabel(id string, n *propNode) string {
	kind := dotStyleOf(n.kinds).kind
	name := n.label(id)
	switch kind {
	case "Claim":
		if vals := n.attrs["value"]; len(vals) > 0 {
			if f, ok := vals[0].(quad.Float); ok {
				label := FormatFigure(float64(f), firstAttr(n, "unit"))
				if p := firstAttr(n, "period"); p != "" {
					label += " (" + p + ")"
				}
				if m := firstAttr(n, "metric"); m != "" {
					label = m + "\n" + label
				}
				return label
			}
		}
	case "Meeting", "Call":
		label := strings.ToLower(kind)
		if d := firstAttr(n, "date"); d != "" {
			label += " " + d
		} else {
			label += " (undated)"
		}
		if occ := firstAttr(n, "occasion"); occ != "" {
			label += "\n" + clip(occ, 40)
		}
		return label
	case "Office":
		if r := firstAttr(n, "role"); r != "" {
			return r
		}
	case "CoChair":
		return "co-chair"
	case "Partnership":
		return "partners"
	case "Commitment":
		label := clip(firstAttr(n, "text"), 40)
		if st := firstAttr(n, "status"); st != "" {
			label = st + ": " + label
		}
		return label
	}
	return name
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
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
	kindsDrawn := map[string]dotStyle{}
	st := ExportStats{Quads: len(quads)}
	for _, id := range g.ids {
		n := g.nodes[id]
		if dotHidden(n.kinds) {
			continue
		}
		shown[id] = true
		style := dotStyleOf(n.kinds)
		kindsDrawn[style.kind] = style
		attrs := fmt.Sprintf("label=%s, shape=%s, fillcolor=%s, tooltip=%s", dotQuote(dotLabel(id, n)), style.shape, dotQuote(style.fill), dotQuote(n.label(id)))
		if style.extra != "" {
			attrs += ", " + style.extra
		}
		fmt.Fprintf(bw, "  %s [%s];\n", dotQuote(id), attrs)
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
			s := kindsDrawn[k]
			attrs := fmt.Sprintf("label=%s, shape=%s, fillcolor=%s", dotQuote(k), s.shape, dotQuote(s.fill))
			if s.extra != "" {
				attrs += ", " + s.extra
			}
			fmt.Fprintf(bw, "    \"legend:%d\" [%s];\n", i, attrs)
		}
		fmt.Fprintln(bw, "  }")
	}
	fmt.Fprintln(bw, "}")
	return st, bw.Flush()
}
