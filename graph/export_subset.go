package graph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
)

// Subset narrows an export to the facts an analyst asks about, with the
// filters `ask` understands: people, a country or a pair of countries, a
// document, a date range. Filters combine: a fact is kept when it passes
// every one given.
//
// A fact is a node that carries evidence (a meeting, call, claim, office,
// co-chair, commitment, partnership...). The subset holds the facts kept,
// every node they link to (participants, places, countries, commissions,
// evidence sentences, documents) with its attributes, and the context of
// those nodes one step out: whom a person acts for, which country a city
// is in, which document a sentence is from. A link between two entities
// (partner-of, co-chaired) is kept when a kept fact links to both ends.
type Subset struct {
	People    []string // display names, aliases, surnames or IRIs
	Countries []string // one country, or two for the relationship between them
	Documents []string // file names, titles or IRIs; only their quads are exported
	From, To  string   // ISO dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive
}

// IsZero says whether the subset is the whole graph.
func (s Subset) IsZero() bool {
	return len(s.People) == 0 && len(s.Countries) == 0 && len(s.Documents) == 0 && s.From == "" && s.To == ""
}

// Validate checks the filters before any store is read.
func (s Subset) Validate() error {
	if len(s.Countries) > 2 {
		return fmt.Errorf("at most two countries (one, or a pair), got %d", len(s.Countries))
	}
	for _, d := range []struct{ flag, val string }{{"--from", s.From}, {"--to", s.To}} {
		if d.val != "" && !isoDatePattern().MatchString(d.val) {
			return fmt.Errorf("%s %q is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", d.flag, d.val)
		}
	}
	if s.From != "" && s.To != "" && dateLow(s.From) > dateHigh(s.To) {
		return fmt.Errorf("--from %s is after --to %s", s.From, s.To)
	}
	return nil
}

// Date bounds of a partial ISO date, as comparable strings.
func dateLow(d string) string  { return (d + "-01-01")[:10] }
func dateHigh(d string) string { return (d + "-12-31")[:10] }

// factClasses are the classes of reified facts, as the registry declares
// them (kind.FactClasses); any node with evidence is taken for a fact too.
func factClasses() map[string]bool {
	out := map[string]bool{}
	for _, c := range kind.FactClasses() {
		out[c] = true
	}
	return out
}

// contextPredicates link a kept node to what places it: followed one step
// from every kept node.
func contextPredicates() map[string]bool {
	return map[string]bool{PredActsFor: true, PredInCountry: true, PredInDocument: true}
}

// subsetIndex is the quads seen as nodes, links and names.
type subsetIndex struct {
	facts  map[string]bool                    // the classes of facts
	dates  []string                           // the predicates that date facts
	types  map[string][]string                // node → classes (short form)
	names  map[string][]string                // node → names, aliases, file names, titles
	out    map[string][]string                // node → nodes it links to (not through rdf:type)
	placed map[string][]string                // node → nodes it links to through contextPredicates
	in     map[string][]string                // node → nodes linking to it
	lit    map[string]map[string][]quad.Value // node → predicate → literal values
	docs   map[string][]string                // node → labels of the quads it is subject of
}

func pred(q quad.Quad) string { return CompactIRI(nodeID(q.Predicate)) }

func indexQuads(quads []quad.Quad) *subsetIndex {
	ctx := contextPredicates()
	ix := &subsetIndex{facts: factClasses(), dates: kind.DatePredicates(), placed: map[string][]string{}, types: map[string][]string{}, names: map[string][]string{}, out: map[string][]string{},
		in: map[string][]string{}, lit: map[string]map[string][]quad.Value{}, docs: map[string][]string{}}
	for _, q := range quads {
		s, p, o := nodeID(q.Subject), pred(q), nodeID(q.Object)
		if s == "" {
			continue
		}
		if q.Label != nil {
			ix.docs[s] = appendUnique(ix.docs[s], nodeID(q.Label))
		}
		switch {
		case p == PredType:
			ix.types[s] = appendUnique(ix.types[s], CompactIRI(o))
		case o != "":
			ix.out[s] = appendUnique(ix.out[s], o)
			ix.in[o] = appendUnique(ix.in[o], s)
			if ctx[p] {
				ix.placed[s] = appendUnique(ix.placed[s], o)
			}
		default:
			if ix.lit[s] == nil {
				ix.lit[s] = map[string][]quad.Value{}
			}
			ix.lit[s][p] = append(ix.lit[s][p], q.Object)
			switch p {
			case PredName, PredAlias, PredFile, PredTitle:
				ix.names[s] = appendUnique(ix.names[s], literalString(q.Object))
			}
		}
	}
	return ix
}

func (ix *subsetIndex) is(node, class string) bool {
	for _, c := range ix.types[node] {
		if c == class {
			return true
		}
	}
	return false
}

func (ix *subsetIndex) isFact(node string) bool {
	if _, ok := ix.lit[node]; ok {
		for _, c := range ix.types[node] {
			if ix.facts[c] {
				return true
			}
		}
	}
	for _, o := range ix.out[node] {
		if ix.is(o, ClassSentence) {
			return true
		}
	}
	return false
}

func (ix *subsetIndex) neighbours(node string) []string {
	return append(append([]string(nil), ix.out[node]...), ix.in[node]...)
}

// resolve finds the nodes of class whose IRI, name or alias is what the
// user typed; with partial, a name may also be matched by its last words
// (a surname) or by all of its words in any order.
func (ix *subsetIndex) resolve(what, class string, partial bool) []string {
	want := fact.Fold(strings.TrimSpace(what))
	wantWords := strings.Fields(want)
	var exact, part []string
	for node, classes := range ix.types {
		if !contains(classes, class) {
			continue
		}
		if node == what || CompactIRI(node) == what {
			exact = append(exact, node)
			continue
		}
		for _, n := range ix.names[node] {
			f := fact.Fold(n)
			if f == want {
				exact = append(exact, node)
				break
			}
			if partial && len(wantWords) > 0 && hasWords(strings.Fields(f), wantWords) {
				part = append(part, node)
				break
			}
		}
	}
	out := exact
	if len(out) == 0 {
		out = part
	}
	sort.Strings(out)
	return out
}

// hasWords says whether every word of want is a word of name.
func hasWords(name, want []string) bool {
	for _, w := range want {
		if !contains(name, w) {
			return false
		}
	}
	return true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// apply returns the quads of the subset and the number of facts left out
// by a date range because they have no known date.
func (s Subset) apply(quads []quad.Quad) ([]quad.Quad, int, error) {
	if err := s.Validate(); err != nil {
		return nil, 0, err
	}
	ix := indexQuads(quads)
	if len(s.Documents) > 0 {
		labels := map[string]bool{}
		for _, d := range s.Documents {
			found := ix.resolve(d, ClassDocument, false)
			if len(found) == 0 {
				return nil, 0, fmt.Errorf("no document %q in the graph (give its file name, title or IRI)", d)
			}
			for _, n := range found {
				labels[n] = true
			}
		}
		var kept []quad.Quad
		for _, q := range quads {
			if q.Label != nil && labels[nodeID(q.Label)] {
				kept = append(kept, q)
			}
		}
		quads = kept
		ix = indexQuads(quads)
	}
	people := map[string]bool{}
	for _, p := range s.People {
		found := ix.resolve(p, ClassPerson, true)
		if len(found) == 0 {
			return nil, 0, fmt.Errorf("no one named %q in the graph", p)
		}
		for _, n := range found {
			people[n] = true
		}
	}
	var countries []map[string]bool
	for _, c := range s.Countries {
		found := ix.resolve(c, ClassCountry, false)
		if len(found) == 0 {
			return nil, 0, fmt.Errorf("no country %q in the graph", c)
		}
		set := map[string]bool{}
		for _, n := range found {
			set[n] = true
		}
		countries = append(countries, set)
	}
	published := map[string]string{}
	for node, preds := range ix.lit {
		if v := preds[PredPublished]; len(v) > 0 && ix.is(node, ClassDocument) {
			published[node] = literalString(v[0])
		}
	}

	selected := map[string]bool{}
	undated := 0
	var facts []string
	for node := range ix.types {
		if ix.isFact(node) {
			facts = append(facts, node)
		}
	}
	for node := range ix.out {
		if _, typed := ix.types[node]; !typed && ix.isFact(node) {
			facts = append(facts, node)
		}
	}
	for _, f := range facts {
		if len(people) > 0 && !ix.involvesPerson(f, people) {
			continue
		}
		if len(countries) > 0 && !ix.involvesCountries(f, countries) {
			continue
		}
		if s.From != "" || s.To != "" {
			d := ix.factDate(f, published)
			if d == "" {
				undated++
				continue
			}
			if (s.To != "" && dateLow(d) > dateHigh(s.To)) || (s.From != "" && dateHigh(d) < dateLow(s.From)) {
				continue
			}
		}
		selected[f] = true
	}

	kept := map[string]bool{}
	for p := range people {
		kept[p] = true
	}
	for _, set := range countries {
		for c := range set {
			kept[c] = true
		}
	}
	for f := range selected {
		kept[f] = true
		for _, n := range ix.neighbours(f) {
			if !ix.isFact(n) || selected[n] {
				kept[n] = true
			}
		}
	}
	ctx := contextPredicates()
	var contextEdges []quad.Quad
	for _, q := range quads {
		if s := nodeID(q.Subject); kept[s] && ctx[pred(q)] {
			contextEdges = append(contextEdges, q)
		}
	}
	for _, q := range contextEdges {
		kept[nodeID(q.Object)] = true
	}

	var out []quad.Quad
	for _, q := range quads {
		s, p, o := nodeID(q.Subject), pred(q), nodeID(q.Object)
		switch {
		case !kept[s]:
		case p == PredType || o == "":
			out = append(out, q)
		case !kept[o]:
		case selected[s] || selected[o] || ctx[p] || ix.witnessed(s, o, selected):
			out = append(out, q)
		}
	}
	return out, undated, nil
}

func (ix *subsetIndex) involvesPerson(f string, people map[string]bool) bool {
	for _, n := range ix.neighbours(f) {
		if people[n] {
			return true
		}
	}
	return false
}

// involvesCountries says whether the fact concerns every country asked
// for: linked to it directly, or through what places an entity it links to
// (a city it happened in, a person taking part who acts for a country).
func (ix *subsetIndex) involvesCountries(f string, want []map[string]bool) bool {
	involved := map[string]bool{}
	for _, n := range ix.neighbours(f) {
		involved[n] = true
		if !ix.isFact(n) {
			for _, c := range ix.placed[n] {
				involved[c] = true
			}
		}
	}
	for _, set := range want {
		hit := false
		for c := range set {
			hit = hit || involved[c]
		}
		if !hit {
			return false
		}
	}
	return true
}

// factDate is the fact's own date, by the predicate its kind dates it with
// (kind.DatePredicates: a meeting's date, the date an office was observed),
// or else the earliest publication date of the documents that report it;
// "" when none is known.
func (ix *subsetIndex) factDate(f string, published map[string]string) string {
	for _, p := range ix.dates {
		for _, v := range ix.lit[f][p] {
			if d := literalString(v); isoDatePattern().MatchString(d) {
				return d
			}
		}
	}
	best := ""
	for _, doc := range ix.docs[f] {
		if d := published[doc]; isoDatePattern().MatchString(d) && (best == "" || d < best) {
			best = d
		}
	}
	return best
}

// witnessed says whether a kept fact links to both ends of a link between
// two entities (a partnership to both partners, a co-chair node to the
// person and the commission).
func (ix *subsetIndex) witnessed(a, b string, selected map[string]bool) bool {
	for _, n := range ix.neighbours(a) {
		if selected[n] && (contains(ix.out[n], b) || contains(ix.in[n], b)) {
			return true
		}
	}
	return false
}
