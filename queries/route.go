package queries

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/schema"
)

func errUnknown(q string) error {
	var lines []string
	for _, x := range List() {
		lines = append(lines, fmt.Sprintf("  %-12s %s", x.Name, x.Description))
	}
	return fmt.Errorf("cannot tell which question %q asks; known questions:\n%s", q, strings.Join(lines, "\n"))
}

// Known holds the names of things in the graph that a question can refer to.
type Known struct {
	People    []NameSet
	Countries []NameSet
}

// NameSet is an entity's display name and the other forms it goes by.
type NameSet = kind.NameSet

// GraphNames reads the people's and countries' names from the graph.
func GraphNames(ctx context.Context, q Querier) (Known, error) {
	rs, err := records(ctx, q, "names", kind.Script(kind.NameSets()))
	if err != nil {
		return Known{}, fmt.Errorf("reading names: %w", err)
	}
	return Known{People: kind.Names(rs, schema.ClassPerson), Countries: kind.Names(rs, schema.ClassCountry)}, nil
}

// Route maps a question name or a plain-English question to a named
// question and its parameters, resolving the names it mentions against
// the graph.
func Route(ctx context.Context, q Querier, question string) (Question, Params, error) {
	if named, ok := kind.Lookup(question); ok {
		return named, Params{}, nil
	}
	names, err := GraphNames(ctx, q)
	if err != nil {
		return Question{}, Params{}, err
	}
	return RouteWith(question, names)
}

// RouteWith routes a question given the graph's names; it is Route without
// the store, for tests and for callers that cache names. The question's
// routing expressions (kind.Question.Route) are tried in rank order on the
// folded question; the first match wins.
func RouteWith(question string, names Known) (Question, Params, error) {
	if named, ok := kind.Lookup(question); ok {
		return named, Params{}, nil
	}
	folded := kind.Fold(question)
	var target Question
	found := false
	for _, r := range kind.Routes() {
		if r.Pattern.MatchString(folded) {
			target, found = r.Question, true
			break
		}
	}
	if !found {
		return Question{}, Params{}, errUnknown(question)
	}
	var p Params
	country, countryWords := findCountry(folded, names.Countries)
	p.Country = country
	people, unresolved := findPeople(question, names.People, countryWords)
	p.People = people
	if len(unresolved) > 0 && len(people) == 0 {
		return Question{}, Params{}, fmt.Errorf("no one named %s in the graph (question %q)", strings.Join(unresolved, " "), question)
	}
	if target.Refine != nil {
		if to := target.Refine(folded, &p); to != "" {
			next, ok := kind.Lookup(to)
			if !ok {
				return Question{}, Params{}, fmt.Errorf("question %s refers the question to an unknown question %q", target.Name, to)
			}
			target = next
		}
	}
	return target, p, nil
}

// questionWords are capitalised words that start or shape questions and
// so are not taken for names the user is asking about: the language's
// question words, and the words of every named question (kind.Question.Words,
// its name and item).
var questionWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("who whom whose what which where when why how did does do is are was were " +
		"the a an of in on at to and or for with by list show tell me all any i mr mrs ms dr") {
		m[w] = true
	}
	for _, q := range kind.Questions() {
		for _, w := range append([]string{q.Name, q.Item}, q.Words...) {
			m[kind.Fold(w)] = true
		}
	}
	return m
})

// findCountry finds the longest country name or alias in the question and
// returns the graph's display name with the folded words it covered.
func findCountry(folded string, countries []NameSet) (string, map[string]bool) {
	best, bestLen := "", 0
	padded := " " + folded + " "
	for _, c := range countries {
		for _, form := range append([]string{c.Name}, c.Aliases...) {
			f := kind.Fold(form)
			if f == "" || len(f) <= bestLen {
				continue
			}
			if strings.Contains(padded, " "+f+" ") {
				best, bestLen = c.Name, len(f)
			}
		}
	}
	words := map[string]bool{}
	if best != "" {
		for _, c := range countries {
			if c.Name != best {
				continue
			}
			for _, form := range append([]string{c.Name}, c.Aliases...) {
				for _, t := range kind.Tokens(form) {
					words[t] = true
				}
			}
		}
	}
	return best, words
}

// slotRE finds the words a question puts where a person's name goes
// ("where was X", "what figures did X claim", "who is X").
var slotRE = regexp.MustCompile(`(?i:where (?:was|were|is|has|did)|(?:figures|numbers|claims|statements|meetings|roles|commitments) (?:did|of|by|from|for)|who is|what did|did|has|by|of|for)\s+(?i:the\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+)?([\p{L}'\x{2019}-]+(?:\s+\p{Lu}[\p{L}'\x{2019}-]+)*)`)

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || r == '-' || r == '\'' || r == '\u2019')
	})
}

// findPeople resolves the name-like words of a question against the
// graph's people: a word equal to someone's folded last name beats a word
// equal to any other token of a name. When the question has capitalised
// words past its first, only those are tried, so common words do not pick
// people. It also returns the slot words ("where was X") that matched no one.
func findPeople(question string, people []NameSet, skip map[string]bool) ([]string, []string) {
	stop := questionWords()
	usable := func(f string) bool { return len([]rune(f)) >= 3 && !stop[f] && !skip[f] }
	var capital, all []string
	for i, w := range words(question) {
		for _, f := range kind.Tokens(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")) {
			if !usable(f) {
				continue
			}
			all = append(all, f)
			if i > 0 && unicode.IsUpper([]rune(w)[0]) {
				capital = append(capital, f)
			}
		}
	}
	var slot []string
	if m := slotRE.FindStringSubmatch(question); m != nil {
		for _, f := range kind.Tokens(m[1]) {
			if usable(f) {
				slot = append(slot, f)
			}
		}
	}
	candidates := all
	if len(capital) > 0 {
		candidates = append(capital, slot...)
	}
	score := func(p NameSet) int {
		best := 0
		for _, form := range append([]string{p.Name}, p.Aliases...) {
			ts := kind.Tokens(form)
			for i, t := range ts {
				for _, c := range candidates {
					switch {
					case c == t && i == len(ts)-1:
						best = max(best, 2)
					case c == t && len([]rune(t)) >= 3:
						best = max(best, 1)
					}
				}
			}
		}
		return best
	}
	top := 0
	scores := map[string]int{}
	for _, p := range people {
		if s := score(p); s > 0 {
			scores[p.Name] = s
			top = max(top, s)
		}
	}
	var out []string
	for n, s := range scores {
		if s == top {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	var unresolved []string
	if len(out) == 0 {
		unresolved = slot
	}
	return out, unresolved
}
