package question

import (
	"context"
	"sort"
	"strings"
)

// Kind is the kind of thing an entity is.
type Kind string

// Kinds of entities a question can name.
const (
	Person       Kind = "person"
	Country      Kind = "country"
	Organisation Kind = "organisation" // a union or organisation acting as a party (EU, AU)
	City         Kind = "city"
	Commission   Kind = "commission"
	Role         Kind = "role"  // an office's role ("Prime Minister")
	Event        Kind = "event" // the occasion meetings took place at ("Northern Forum Summit")
)

// Entity is a thing the graph holds that a question can name.
type Entity struct {
	Kind    Kind
	Name    string   // display name, as the graph holds it
	Aliases []string // other names it goes by (for a country, its demonyms too)
	// Weight says how much the graph says about it (documents, facts):
	// examples in help messages show the weightiest first.
	Weight int
}

// Source gives the entities of a graph; the store side implements it.
type Source interface {
	Entities(ctx context.Context) ([]Entity, error)
}

// strength says how surely a form names its entity.
type strength int

const (
	weak   strength = iota + 1 // a short given name alone ("Li", "Bo"): only capitalised
	medium                     // one word or the last words of a name ("Petrov", "Ivan", "von der Aue"), a commission's or event's own words
	strong                     // a full name or alias
)

type ref struct {
	entity   int
	strength strength
}

// Index finds the entities a question names. Build it once per graph
// with NewIndex; it is safe for concurrent use.
type Index struct {
	entities []Entity
	forms    map[string][]ref // by key of the form's folded words
	maxLen   int
	// tokens of every form, for "did you mean"
	near []nearForm
}

type nearForm struct {
	key    string
	entity int
}

// NewIndex indexes entities: every name and alias, a person's surname
// (the last word of the name and of each alias of several words) and given
// name, and a commission's name without the words every commission has.
func NewIndex(entities []Entity) *Index {
	x := &Index{forms: map[string][]ref{}}
	// a stable order, so ambiguity lists and suggestions do not depend on the source
	es := append([]Entity{}, entities...)
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Kind != es[j].Kind {
			return es[i].Kind < es[j].Kind
		}
		return es[i].Name < es[j].Name
	})
	x.entities = es
	for i, e := range es {
		names := append([]string{e.Name}, e.Aliases...)
		for _, n := range names {
			ws := words(n)
			if len(ws) == 0 {
				continue
			}
			x.add(ws, i, strong)
			x.near = append(x.near, nearForm{key(ws), i})
			if e.Kind == Person && len(ws) > 1 {
				// the surname, and the last words of a name with particles
				// ("da Rocha", "von der Aue")
				for k := len(ws) - 1; k >= 1; k-- {
					x.add(ws[k:], i, medium)
				}
				x.near = append(x.near, nearForm{ws[len(ws)-1], i})
				// any other word of the name: given names, and the
				// name a person is known by ("Mendes" in "Luiz Carlos Mendes
				// da Rocha"); short ones only capitalised
				for _, w := range ws[:len(ws)-1] {
					if particles[w] {
						continue
					}
					s := medium
					if len([]rune(w)) < 4 {
						s = weak
					}
					x.add([]string{w}, i, s)
				}
			}
		}
		if e.Kind == Commission {
			// "the fisheries commission", "the commission on fisheries", "the
			// Ruritanian-Freedonian commission": each run of the commission's own
			// words with the word commission
			for _, run := range runs(words(e.Name), commissionWords) {
				x.add(append(append([]string{}, run...), "commission"), i, medium)
				x.add(append([]string{"commission", "on"}, run...), i, medium)
			}
		}
		if e.Kind == Role {
			// "prime ministers of X": the plural
			for _, n := range names {
				// the head noun: before "of" ("Ministers of Foreign Affairs"), or last
				if ws := words(n); len(ws) > 0 {
					h := len(ws) - 1
					for k, w := range ws {
						if w == "of" && k > 0 {
							h = k - 1
							break
						}
					}
					pl := append([]string{}, ws...)
					pl[h] = plural(ws[h])
					x.add(pl, i, strong)
				}
			}
		}
		if e.Kind == Event {
			// "the Northern Forum": an event's name without the words events share
			if ws := withoutWords(words(e.Name), eventWords); len(ws) > 0 && len(ws) < len(words(e.Name)) {
				x.add(ws, i, medium)
			}
		}
	}
	return x
}

// particles are the small words of names that name no one alone.
var particles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true, "della": true,
	"di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "bin": true,
	"bint": true, "al": true, "el": true, "ibn": true, "ben": true, "mac": true, "st": true}

// eventWords are the words event names share ("the 14th International
// Exhibition", "Northern Forum Summit").
var eventWords = map[string]bool{"summit": true, "meeting": true, "forum": true, "conference": true, "session": true,
	"international": true, "annual": true, "the": true, "of": true, "on": true, "and": true, "in": true, "leaders": true}

// withoutWords drops the given words, and ordinals ("14th").
func withoutWords(ws []string, drop map[string]bool) []string {
	var out []string
	for _, w := range ws {
		if drop[w] || isOrdinal(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func isOrdinal(w string) bool {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if strings.HasSuffix(w, suf) && allDigits(strings.TrimSuffix(w, suf)) {
			return true
		}
	}
	return false
}

// commissionWords are the words commissions' names share; what is left
// after them tells one commission from another.
var commissionWords = map[string]bool{"intergovernmental": true, "commission": true, "committee": true, "council": true,
	"on": true, "for": true, "of": true, "the": true, "and": true, "joint": true, "mixed": true, "meeting": true,
	"to": true, "with": true, "between": true, "a": true, "an": true}

// runs returns the runs of consecutive words of ws not in shared (ordinals
// dropped), when ws has shared words at all.
func runs(ws []string, shared map[string]bool) [][]string {
	var out [][]string
	var cur []string
	some := false
	for _, w := range ws {
		if shared[w] || isOrdinal(w) {
			some = true
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, w)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if !some {
		return nil // nothing shared: the full name is the only form
	}
	return out
}

// plural is the English plural of a folded noun, for the last word of a
// role ("ministers", "secretaries", "chairs").
func plural(w string) string {
	switch {
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	}
	return w + "s"
}

func (x *Index) add(ws []string, entity int, s strength) {
	k := key(ws)
	for i, r := range x.forms[k] {
		if r.entity == entity {
			if s > r.strength {
				x.forms[k][i].strength = s
			}
			return
		}
	}
	x.forms[k] = append(x.forms[k], ref{entity, s})
	x.maxLen = max(x.maxLen, len(ws))
}

// Entities returns the indexed entities.
func (x *Index) Entities() []Entity { return append([]Entity{}, x.entities...) }

// lookup returns the entities of the strongest strength the words name.
func (x *Index) lookup(ws []string) ([]int, strength) {
	refs := x.forms[key(ws)]
	best := strength(0)
	for _, r := range refs {
		best = max(best, r.strength)
	}
	var out []int
	for _, r := range refs {
		if r.strength == best {
			out = append(out, r.entity)
		}
	}
	return out, best
}

// suggest returns the display names closest to what (folded words) by edit
// distance, at most three, nearest first; only near misses count (a
// distance of at most a third of the length, and at most 3).
func (x *Index) suggest(what string, kinds ...Kind) []string {
	type cand struct {
		name string
		d    int
	}
	limit := min(3, max(1, len([]rune(what))/3))
	best := map[string]int{}
	for _, f := range x.near {
		e := x.entities[f.entity]
		if len(kinds) > 0 && !hasKind(kinds, e.Kind) {
			continue
		}
		d := editDistance(what, f.key, limit)
		if d <= limit {
			if old, ok := best[e.Name]; !ok || d < old {
				best[e.Name] = d
			}
		}
	}
	var cs []cand
	for n, d := range best {
		cs = append(cs, cand{n, d})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].name < cs[j].name
	})
	var out []string
	for i := 0; i < len(cs) && i < 3; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

func hasKind(ks []Kind, k Kind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b in runes; past
// limit it stops and returns limit+1.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// names lists display names, sorted.
func names(es []Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	sort.Strings(out)
	return out
}

// sample returns up to n display names of entities of kind k, for help
// messages that show what the graph holds.
func (x *Index) sample(k Kind, n int) []string {
	var es []Entity
	for _, e := range x.entities {
		if e.Kind == k {
			es = append(es, e)
		}
	}
	sort.SliceStable(es, func(i, j int) bool { return es[i].Weight > es[j].Weight })
	var out []string
	for i := 0; i < len(es) && i < n; i++ {
		out = append(out, es[i].Name)
	}
	return out
}

func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	case 2:
		return ns[0] + " or " + ns[1]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " or " + ns[len(ns)-1]
}
