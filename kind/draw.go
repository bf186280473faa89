package kind

import (
	"math"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

// Drawing is how pictures of the graph (the DOT export, the web page's
// graph view and its badges) draw the nodes of a class: a Graphviz shape
// and fill, and what a node says.
type Drawing struct {
	Class string
	Shape string // Graphviz node shape
	Fill  string // fill colour
	Style string // Graphviz style when it is not plainly "filled" ("filled,dashed")
	// Label, if set, is what a node says instead of its name: a fact's
	// essentials (a claim's figure, a meeting's date). "" keeps the name.
	Label func(Literals) string
	// Hidden classes are provenance (documents, sentences): drawing them
	// buries the entities.
	Hidden bool
	// Search: a search by name finds the class's nodes, whose names say
	// what they are (a person; "Meeting: A, B (Oslo, 2023-05-02)"), unlike
	// a claim's or a co-chair node's.
	Search bool
}

// Literals are a node's literal values by predicate ("dg:date"), in the
// order the quads give them.
type Literals map[string][]quad.Value

// First is the first value of the predicate as text, or "".
func (l Literals) First(pred string) string {
	if vs := l[pred]; len(vs) > 0 {
		return ValueText(vs[0])
	}
	return ""
}

// Float is the first value of the predicate when it is a number.
func (l Literals) Float(pred string) (float64, bool) {
	if vs := l[pred]; len(vs) > 0 {
		switch x := vs[0].(type) {
		case quad.Float:
			return float64(x), true
		case quad.Int:
			return float64(x), true
		}
	}
	return 0, false
}

// sharedDrawings draw the nodes every kind may write through Quads: people,
// countries and cities (the entities facts are about) and the provenance
// of facts. A kind draws the other classes it declares.
func sharedDrawings() []Drawing {
	return []Drawing{
		{Class: schema.ClassPerson, Shape: "ellipse", Fill: "#cfe2f3", Search: true},
		{Class: schema.ClassCountry, Shape: "hexagon", Fill: "#d9ead3", Search: true},
		{Class: schema.ClassCity, Shape: "house", Fill: "#fff2cc", Search: true},
		{Class: schema.ClassDocument, Fill: "#e6e2dc", Hidden: true, Search: true},
		{Class: schema.ClassSentence, Fill: "#f1efe9", Hidden: true},
	}
}

// SharedClasses are the classes of the nodes any kind may write (see
// sharedDrawings); the entities among them are no facts.
func SharedClasses() []string {
	var out []string
	for _, d := range sharedDrawings() {
		out = append(out, d.Class)
	}
	return out
}

// Drawings are the drawings of every class: the shared ones, then each
// kind's in registry order.
func Drawings() []Drawing {
	out := sharedDrawings()
	for _, k := range registry() {
		out = append(out, k.Drawings...)
	}
	return out
}

// SearchClasses are the classes a search by name finds, in the order
// results of equal quality are listed: the entities and facts in registry
// order, then the provenance (documents).
func SearchClasses() []string {
	var out, last []string
	for _, d := range Drawings() {
		switch {
		case !d.Search:
		case d.Hidden:
			last = append(last, d.Class)
		default:
			out = append(out, d.Class)
		}
	}
	return append(out, last...)
}

// HiddenClasses are the provenance classes pictures leave out.
func HiddenClasses() []string {
	var out []string
	for _, d := range Drawings() {
		if d.Hidden {
			out = append(out, d.Class)
		}
	}
	return out
}

// NameFields are the fields of every question's JSON answers that hold
// names of entities in the graph (Question.Names), once each.
func NameFields() []string {
	var out []string
	for _, q := range Questions() {
		for _, f := range q.Names {
			if !contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

// FactClasses are the classes of the nodes that are facts, each reported
// by documents with evidence (a meeting, a claim, an office...): every
// kind's Nodes but the shared entities (a person).
func FactClasses() []string {
	shared := SharedClasses()
	var out []string
	for _, k := range registry() {
		for _, c := range k.Nodes {
			if !contains(shared, c) && !contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// DatePredicates are the predicates that date facts (a meeting's date, the
// date an office was observed), in registry order.
func DatePredicates() []string {
	var out []string
	for _, k := range registry() {
		if k.Date != "" && !contains(out, k.Date) {
			out = append(out, k.Date)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// datedLabel says what a dated fact is and when: "meeting 2023-02-02",
// "call (undated)", with its occasion below when it has one.
func datedLabel(what string) func(Literals) string {
	return func(l Literals) string {
		label := what
		if d := l.First(schema.PredDate); d != "" {
			label += " " + d
		} else {
			label += " (undated)"
		}
		if occ := l.First(schema.PredOccasion); occ != "" {
			label += "\n" + clipLabel(occ, 40)
		}
		return label
	}
}

// fixedLabel says what the node is: a co-chair node links a person, a
// commission and a side, which the edges show.
func fixedLabel(s string) func(Literals) string { return func(Literals) string { return s } }

func clipLabel(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// FormatFigure writes an amount the way a picture can hold it: "25.5 bn
// USD", "1,500 jobs", "7%".
func FormatFigure(value float64, unit string) string {
	if unit == fact.UnitPercent || unit == "%" {
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
