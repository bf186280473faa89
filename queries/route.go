package queries

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
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
type NameSet struct {
	Name    string
	Aliases []string
}

// GraphNames reads the people's and countries' names from the graph.
func GraphNames(ctx context.Context, q Querier) (Known, error) {
	var n Known
	for _, spec := range []struct {
		script, key string
		dst         *[]NameSet
	}{{"people", "person", &n.People}, {"countries", "country", &n.Countries}} {
		rs, err := rows(ctx, q, spec.script)
		if err != nil {
			return Known{}, fmt.Errorf("reading names: %w", err)
		}
		for _, r := range group(rs, spec.key) {
			name := longest(r.vals["name"])
			if name == "" {
				continue
			}
			var al []string
			for _, a := range append(r.vals["alias"], r.vals["name"]...) {
				if a != name {
					al = append(al, a)
				}
			}
			*spec.dst = append(*spec.dst, NameSet{Name: name, Aliases: al})
		}
	}
	return n, nil
}

// Route maps a question name or a plain-English question to a named
// question and its parameters, resolving the names it mentions against
// the graph.
func Route(ctx context.Context, q Querier, question string) (string, Params, error) {
	if _, err := Lookup(question); err == nil && !hidden(canonicalName(question)) {
		return canonicalName(question), Params{}, nil
	}
	names, err := GraphNames(ctx, q)
	if err != nil {
		return "", Params{}, err
	}
	return RouteWith(question, names)
}

// rule sends questions matching re to a named question.
type rule struct {
	re   *regexp.Regexp
	name string
}

// rules are tried in order on the folded question; the first match wins, so
// the more specific topics (co-chairs, conflicts) come before the broad
// ones (meetings).
func rules() []rule {
	mk := func(expr, name string) rule { return rule{regexp.MustCompile(expr), name} }
	return []rule{
		mk(`\bco ?-?chair|\bchair(s|ed|ing|man|woman|person)?\b.*\b(commission|committee|council)|\b(commission|committee)s?\b.*\bchair`, "co-chairs"),
		mk(`\bconflict|\bcontradict|\bdisagree|\binconsistent|\bdiffer(ent|ing)? (figures|numbers|values)`, "conflicts"),
		mk(`\b(figures?|numbers?|statistics?|claim(s|ed)?|stat(e|ed)|amounts?|how much|trade turnover|values?)\b`, "claims"),
		mk(`\b(commitments?|commit(ted)?|agreements?|agree(d)?|sign(ed|s)?|pledge(d|s)?|promise(d|s)?|propos(e|ed|al|als)|deals?|treat(y|ies)|roadmaps?|memorand(um|a))\b`, "commitments"),
		mk(`\b(partners?|partnerships?|cooperat(e|es|ed|ion|ing))\b`, "partners"),
		mk(`\b(phone|telephone|video|calls?|called)\b`, "calls"),
		mk(`\b(roles?|offices?|positions?|titles?|jobs?|prime ministers?|presidents?|ministers?|premiers?|chancellors?|head of (state|government)|secretar(y|ies))\b`, "roles"),
		mk(`\b(meet|meets|met|meetings?|attend(ed|s)?|visit(ed|s)?|talks|where (was|were|did|is)|when did|summit)\b`, "meetings"),
		mk(`\b(who is|who are|people|persons?|officials?)\b`, "people"),
	}
}

// questionWords are capitalised words that start or shape questions and
// so are not taken for names the user is asking about.
func questionWords() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("who whom whose what which where when why how did does do is are was were " +
		"the a an of in on at to and or for with by list show tell me all any figures claims meetings meeting " +
		"commission commissions co-chairs partners commitments roles conflicts calls people i mr mrs ms dr " +
		"prime minister president deputy foreign affairs chairman premier chancellor sign signed claim claimed " +
		"attend attended meet met visit visited") {
		m[w] = true
	}
	return m
}

// statusWords map verbs of the question to commitment statuses.
func statusOf(folded string) string {
	switch {
	case regexp.MustCompile(`\bsign(ed|s)?\b`).MatchString(folded):
		return "signed"
	case regexp.MustCompile(`\bpledge(d|s)?\b|\bpromise(d|s)?\b`).MatchString(folded):
		return "pledged"
	case regexp.MustCompile(`\bpropos(e|ed|al|als)\b`).MatchString(folded):
		return "proposed"
	}
	return ""
}

// roleOf picks the office named in a roles question.
func roleOf(folded string) string {
	for _, r := range []string{"first deputy prime minister", "deputy prime minister", "prime minister",
		"vice president", "president", "foreign minister", "minister of foreign affairs", "chancellor", "premier"} {
		if strings.Contains(folded, r) {
			if r == "foreign minister" {
				return "foreign"
			}
			return r
		}
	}
	return ""
}

// RouteWith routes a question given the graph's names; it is Route without
// the store, for tests and for callers that cache names.
func RouteWith(question string, names Known) (string, Params, error) {
	if _, err := Lookup(question); err == nil && !hidden(canonicalName(question)) {
		return canonicalName(question), Params{}, nil
	}
	folded := fold(question)
	name := ""
	for _, r := range rules() {
		if r.re.MatchString(folded) {
			name = r.name
			break
		}
	}
	if name == "" {
		return "", Params{}, errUnknown(question)
	}
	var p Params
	country, countryWords := findCountry(folded, names.Countries)
	p.Country = country
	people, unresolved := findPeople(question, names.People, countryWords)
	p.People = people
	if len(unresolved) > 0 && len(people) == 0 {
		return "", Params{}, fmt.Errorf("no one named %s in the graph (question %q)", strings.Join(unresolved, " "), question)
	}
	switch name {
	case "roles":
		p.Role = roleOf(folded)
	case "commitments":
		p.Status = statusOf(folded)
	}
	if name == "people" && len(p.People) > 0 {
		// "who is X" is best answered by X's offices.
		name = "roles"
	}
	return name, p, nil
}

// findCountry finds the longest country name or alias in the question and
// returns the graph's display name with the folded words it covered.
func findCountry(folded string, countries []NameSet) (string, map[string]bool) {
	best, bestLen := "", 0
	padded := " " + folded + " "
	for _, c := range countries {
		for _, form := range append([]string{c.Name}, c.Aliases...) {
			f := fold(form)
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
				for _, t := range tokens(form) {
					words[t] = true
				}
			}
		}
	}
	return best, words
}

// slot finds the words a question puts where a person's name goes ("where
// was X", "what figures did X claim", "who is X").
const slotExpr = `(?i:where (?:was|were|is|has|did)|(?:figures|numbers|claims|statements|meetings|roles|commitments) (?:did|of|by|from|for)|who is|what did|did|has|by|of|for)\s+(?i:the\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+)?([\p{L}'\x{2019}-]+(?:\s+\p{Lu}[\p{L}'\x{2019}-]+)*)`

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
		for _, f := range tokens(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")) {
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
	if m := regexp.MustCompile(slotExpr).FindStringSubmatch(question); m != nil {
		for _, f := range tokens(m[1]) {
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
			ts := tokens(form)
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
