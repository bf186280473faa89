// Package kind is the registry of fact kinds, in the manner of
// cayleygraph/quad's RegisterFormat: one descriptor per kind says what the
// kind is, where the extractor produces it, how its facts become quads, and
// the questions that read it back (their records, answer columns, JSON shape
// and assembler, and how the gold format scores them).
// The store (graph), the questions (queries), the scorer (eval) and the
// schema documentation (docs/SCHEMA.md) iterate over the registry; none of
// them names a kind.
//
// Adding a kind is one file here (its descriptor, quads, records and
// assembler), its fact type in package fact, its terms in package schema,
// its row in docs/SCHEMA.md (a test checks it) and its extraction rule.
package kind

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/fact"
)

// Kind describes one kind of fact end to end.
type Kind struct {
	Name        string // "meetings": the key of its count in graph.WriteStats.Facts
	Description string // one line for docs/SCHEMA.md
	Stage       string // where the extractor produces it (a docs/EXTRACTION.md section)

	// Count is how many facts of the kind a document has.
	Count func(fact.Facts) int
	// Quads writes the document's facts of the kind.
	Quads func(*Quads, Doc)
	// Classes and Predicates are the terms Quads writes beyond the shared
	// ones (names, types, evidence), for the documentation; a test checks
	// them against what Quads writes.
	Classes    []string
	Predicates []string
	// Nodes are the classes of the nodes that are the kind's facts, one
	// node per fact however many documents report it (a meeting, not the
	// city it was held in), so that the store's facts can be counted.
	Nodes []string
	// Drawings draw the kind's classes in pictures of the graph (the
	// shared entities are drawn by sharedDrawings).
	Drawings []Drawing
	// Date, if set, is the predicate that dates the kind's facts, which
	// subsets by date read.
	Date string

	// Questions read the kind back from the graph.
	Questions []Question
}

// Question is a named question: what it reads from the graph, how its
// answer is assembled and shown, and how the gold format scores it.
// Questions in plain English are read by package question into topics
// that name these questions.
type Question struct {
	Name        string   // "meetings", "co-chairs", ...
	Aliases     []string // other spellings Lookup accepts ("co_chairs")
	Item        string   // what one answer row is, singular ("meeting")
	Description string   // one line for `ask --list`

	// Sets are the records the question reads; Script is their Gizmo
	// source. The documents' records are always read as well.
	Sets []Set
	// Columns head the answer table; every row has one cell per column.
	Columns []string
	// Shape is a zero row of the answer's type: its JSON is the answer's
	// shape, for the documentation.
	Shape Row
	// Names are the fields of the JSON answer (at any depth) that hold
	// names of entities in the graph, which a page can link.
	Names []string
	// Assemble turns the records into answer rows.
	Assemble func(*Records, Params) Result

	// Gold, if set, says how the gold format scores the question.
	Gold *Gold
}

// ReadSets are all the records the question reads: its Sets and the
// documents', which answers show by title. A read model fills these.
func (q Question) ReadSets() []Set { return append(slices.Clone(q.Sets), documentSet()) }

// Script is the question's Gizmo source, generated from its ReadSets.
func (q Question) Script() string { return Script(q.ReadSets()) }

// Doc is one document's facts with what the store settled for them across
// documents: the node each meeting resolved to (a meeting several documents
// report is one node) and the claim conflicts the document's write links.
type Doc struct {
	fact.Facts
	MeetingIDs []string    // node IRI of each Facts.Meetings[i]
	Conflicts  [][2]string // claim IRI pairs to link with dg:conflicts-with
	// Follows gives, for Facts.Commitments[i], the node of the same
	// commitment as an earlier document reported it, or "".
	Follows []string
}

// registry lists the kinds in the order summaries list them, what an
// analyst asks about first. The kinds the gold format scores are in its
// order (../shared/gold/FORMAT.md), the order the scorer prints them in.
var registry = sync.OnceValue(func() []Kind {
	kinds := []Kind{meetingsKind(), peopleKind(), officesKind(), claimsKind(), coChairsKind(), partnersKind(),
		commitmentsKind(), visitsKind()}
	if err := validate(kinds); err != nil {
		panic(err) // a broken descriptor is a broken build; TestRegistry names it
	}
	return kinds
})

// All returns the kinds in registry order.
func All() []Kind { return slices.Clone(registry()) }

// Questions returns every question of every kind, in registry order.
func Questions() []Question {
	var out []Question
	for _, k := range registry() {
		out = append(out, k.Questions...)
	}
	return out
}

// Scored returns the questions the gold format scores, in its order.
func Scored() []Question {
	var out []Question
	for _, q := range Questions() {
		if q.Gold != nil {
			out = append(out, q)
		}
	}
	return out
}

// Lookup finds a question by name or alias, ignoring case and surrounding
// space.
func Lookup(name string) (Question, bool) {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, q := range Questions() {
		if q.Name == n || slices.Contains(q.Aliases, n) {
			return q, true
		}
	}
	return Question{}, false
}

// ByGoldKey finds the question the gold file's key scores.
func ByGoldKey(key string) (Question, bool) {
	for _, q := range Scored() {
		if q.Gold.Key == key {
			return q, true
		}
	}
	return Question{}, false
}

// validate checks what the compiler cannot: unique names, aliases and gold
// keys, and complete questions.
func validate(kinds []Kind) error {
	names := map[string]string{}
	gold := map[string]bool{}
	drawn := map[string]bool{}
	for _, d := range sharedDrawings() {
		drawn[d.Class] = true
	}
	for _, k := range kinds {
		if k.Name == "" || k.Count == nil || k.Quads == nil || len(k.Nodes) == 0 {
			return fmt.Errorf("kind %q: a kind needs a name, Count, Quads and the classes of its nodes", k.Name)
		}
		for _, d := range k.Drawings {
			if drawn[d.Class] {
				return fmt.Errorf("kind %s: class %s drawn twice", k.Name, d.Class)
			}
			if !slices.Contains(k.Classes, d.Class) {
				return fmt.Errorf("kind %s: draws %s, a class it does not declare", k.Name, d.Class)
			}
			if d.Shape == "" && !d.Hidden {
				return fmt.Errorf("kind %s: class %s drawn without a shape", k.Name, d.Class)
			}
			drawn[d.Class] = true
		}
		for _, c := range k.Classes {
			if !drawn[c] {
				return fmt.Errorf("kind %s: class %s has no drawing (Kind.Drawings)", k.Name, c)
			}
		}
		if k.Date != "" && !slices.Contains(k.Predicates, k.Date) {
			return fmt.Errorf("kind %s: dated by %s, a predicate it does not declare", k.Name, k.Date)
		}
		for _, q := range k.Questions {
			for _, n := range append([]string{q.Name}, q.Aliases...) {
				if other, ok := names[n]; ok {
					return fmt.Errorf("question name %q used by %s and %s", n, other, q.Name)
				}
				names[n] = q.Name
			}
			if q.Assemble == nil || q.Shape == nil || len(q.Sets) == 0 || len(q.Columns) == 0 || q.Description == "" || q.Item == "" {
				return fmt.Errorf("question %s: a question needs a description, an item noun, sets, columns, a shape and an assembler", q.Name)
			}
			if n := len(q.Shape.Cells()); n != len(q.Columns) {
				return fmt.Errorf("question %s: %d columns but rows of %d cells", q.Name, len(q.Columns), n)
			}
			if q.Gold != nil {
				if gold[q.Gold.Key] {
					return fmt.Errorf("gold key %q scored twice", q.Gold.Key)
				}
				gold[q.Gold.Key] = true
				if err := validateGold(q.Gold); err != nil {
					return fmt.Errorf("question %s: %w", q.Name, err)
				}
			}
		}
	}
	return nil
}

// validateGold checks that a scored question says how to match, show,
// pair and find its facts: eval --diff has no code of its own per question.
func validateGold(g *Gold) error {
	switch {
	case g.Key == "":
		return fmt.Errorf("a scored question needs its gold key")
	case !g.Pairs && len(g.Match) == 0:
		return fmt.Errorf("gold %s: no Match comparisons (nothing would match)", g.Key)
	case !g.Pairs && len(g.Near.By) == 0:
		return fmt.Errorf("gold %s: no Near comparisons (eval --diff could pair no near miss)", g.Key)
	case len(g.Summary) == 0:
		return fmt.Errorf("gold %s: no Summary parts (eval --diff could not show a fact)", g.Key)
	case len(g.Locate) == 0:
		return fmt.Errorf("gold %s: no Locate cues (eval --diff could not find a fact's sentence)", g.Key)
	}
	for _, c := range g.Locate {
		if c.Find == 0 || (c.Find == FindWord) != (c.Field == "") || (c.Find == FindWord) != (len(c.Words) > 0) {
			return fmt.Errorf("gold %s: a Locate cue looks for a field, or for words, never neither nor both", g.Key)
		}
	}
	for _, c := range append(append([]Compare(nil), g.Match...), g.Near.By...) {
		if c.Field == "" || c.By == 0 {
			return fmt.Errorf("gold %s: a comparison needs a field and an equality", g.Key)
		}
	}
	return nil
}
