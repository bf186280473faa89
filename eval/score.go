// Package eval scores answers against gold answers (shared gold/FORMAT.md).
// It is a port of the reference scorer score.py and must agree with it line
// for line, so it works on decoded JSON values exactly as that script does.
package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/data"
	"github.com/diplograph/diplograph/kind"
)

// Categories are the gold file's keys in the scorer's order: those of the
// questions the fact-kind registry says the gold format scores.
func Categories() []string {
	var out []string
	for _, q := range kind.Scored() {
		out = append(out, q.Gold.Key)
	}
	return out
}

// QuestionOf maps a gold key to its question name ("co_chairs" → "co-chairs").
func QuestionOf(category string) string {
	if q, ok := kind.ByGoldKey(category); ok {
		return q.Name
	}
	return strings.ReplaceAll(category, "_", "-")
}

// goldOf is the scoring rule of a gold key.
func goldOf(category string) *kind.Gold {
	if q, ok := kind.ByGoldKey(category); ok {
		return q.Gold
	}
	return &kind.Gold{Key: category}
}

// tables are score.py's word lists and alias groups, kept in data/scoring.tsv.
type tables struct {
	stop, generic map[string]bool
	place, role   [][]string
	roleWords     [][2]string // whole words replaced in an office before the role groups, in order
}

// loadTables reads data/scoring.tsv. The file is embedded, so an error here
// is a broken build, not bad input.
func loadTables() tables {
	t := tables{stop: map[string]bool{}, generic: map[string]bool{}}
	b, err := fs.ReadFile(data.FS, "scoring.tsv")
	if err != nil {
		panic(fmt.Sprintf("reading the embedded data/scoring.tsv: %v", err))
	}
	for _, line := range strings.Split(string(b), "\n") {
		kind, rest, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		members := strings.Split(rest, "|")
		switch kind {
		case "stop":
			for _, w := range members {
				t.stop[w] = true
			}
		case "generic":
			for _, w := range members {
				t.generic[w] = true
			}
		case "place":
			t.place = append(t.place, members)
		case "role":
			t.role = append(t.role, members)
		case "roleword":
			if len(members) != 2 {
				panic(fmt.Sprintf("data/scoring.tsv: roleword row %q wants from|to", line))
			}
			t.roleWords = append(t.roleWords, [2]string{members[0], members[1]})
		}
	}
	return t
}

// scoringTables parses the tables once; they are never written after.
var scoringTables = sync.OnceValue(loadTables)

func stopWords() map[string]bool    { return scoringTables().stop }
func genericWords() map[string]bool { return scoringTables().generic }
func placeAliases() [][]string      { return scoringTables().place }
func roleAliases() [][]string       { return scoringTables().role }

// text is Python's `s or ""` for a JSON value that should be a string.
func text(v interface{}) string {
	s, _ := v.(string)
	return s
}

// Fold is the scorer's normalisation: NFKD, combining marks dropped, lower
// case, punctuation other than ' and - turned to spaces, spaces collapsed.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			continue
		}
		r = unicode.ToLower(r)
		if r == '\u2019' {
			r = '\''
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_' || r == '\'' || r == '-' || unicode.IsSpace(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func aliasKey(s string, table [][]string) string {
	f := Fold(s)
	for _, group := range table {
		for _, a := range group {
			if a == f {
				least := group[0]
				for _, x := range group {
					if x < least {
						least = x
					}
				}
				return least
			}
		}
	}
	return f
}

func placeEq(a, b interface{}) bool {
	sa, sb := text(a), text(b)
	return sa != "" && sb != "" && aliasKey(sa, placeAliases()) == aliasKey(sb, placeAliases())
}

func nameTokens(name string) []string {
	return strings.Fields(strings.ReplaceAll(Fold(name), "-", " "))
}

// PersonEq matches people on the last name or when every word of the
// shorter name appears in the longer one; the narrator ("") matches only
// the narrator.
func PersonEq(a, b interface{}) bool {
	ta, tb := nameTokens(text(a)), nameTokens(text(b))
	if len(ta) == 0 || len(tb) == 0 {
		return len(ta) == 0 && len(tb) == 0
	}
	if ta[len(ta)-1] == tb[len(tb)-1] {
		return true
	}
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	in := map[string]bool{}
	for _, t := range long {
		in[t] = true
	}
	for _, t := range short {
		if !in[t] {
			return false
		}
	}
	return true
}

func runeLen(s string) int { return len([]rune(s)) }

// isWordChar is a character of Python's \w in a str pattern.
func isWordChar(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// replaceWord replaces every whole-word from in s by to, as Python's
// re.sub(r"\bfrom\b", to, s) does.
func replaceWord(s, from, to string) string {
	var b strings.Builder
	done := 0 // s[:done] is written
	for at := 0; at <= len(s); {
		i := strings.Index(s[at:], from)
		if i < 0 {
			break
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(from):])
		if (i == 0 || !isWordChar(before)) && (i+len(from) == len(s) || !isWordChar(after)) {
			b.WriteString(s[done:i] + to)
			done = i + len(from)
			at = done
			continue
		}
		// No match here; like the regexp, try again one character on.
		_, size := utf8.DecodeRuneInString(s[i:])
		at = i + size
	}
	b.WriteString(s[done:])
	return b.String()
}

// roleWords is score.py's role_words: the folded office with gendered and
// variant words replaced ("chairwoman" -> "chairman").
func roleWords(v interface{}) string {
	f := Fold(text(v))
	for _, w := range scoringTables().roleWords {
		f = replaceWord(f, w[0], w[1])
	}
	return f
}

func roleEq(a, b interface{}) bool {
	fa, fb := aliasKey(roleWords(a), roleAliases()), aliasKey(roleWords(b), roleAliases())
	if fa == fb {
		return true
	}
	diff := runeLen(fa) - runeLen(fb)
	if diff < 0 {
		diff = -diff
	}
	return runeLen(fa) > 6 && (strings.Contains(fb, fa) || strings.Contains(fa, fb)) && diff < 12 &&
		strings.Contains(fa, "deputy") == strings.Contains(fb, "deputy") &&
		strings.Contains(fa, "first") == strings.Contains(fb, "first")
}

// DateEq: one date a prefix of the other, or two full dates of the same
// month at most a day apart; an empty date never matches.
func DateEq(gold, sys interface{}) bool {
	g, s := strings.TrimSpace(text(gold)), strings.TrimSpace(text(sys))
	if g == "" || s == "" {
		return false
	}
	if strings.HasPrefix(s, g) || strings.HasPrefix(g, s) {
		return true
	}
	if len(g) == 10 && len(s) == 10 && g[:7] == s[:7] {
		dg, err1 := strconv.Atoi(strings.TrimSpace(g[8:]))
		ds, err2 := strconv.Atoi(strings.TrimSpace(s[8:]))
		if err1 != nil || err2 != nil {
			return false
		}
		d := dg - ds
		return d <= 1 && d >= -1
	}
	return false
}

// wordRE is score.py's content-word pattern.
var wordRE = regexp.MustCompile(`[a-z0-9]+`)

func wordSet(s string, drop map[string]bool) map[string]bool {
	out := map[string]bool{}
	stop := stopWords()
	for _, w := range wordRE.FindAllString(Fold(s), -1) {
		if !stop[w] && !drop[w] {
			out[w] = true
		}
	}
	return out
}

// textCovers: at least half of the gold text's content words appear in the
// system's text.
func textCovers(gold, sys interface{}, drop map[string]bool) bool {
	g := wordSet(text(gold), drop)
	if len(g) == 0 {
		g = wordSet(text(gold), nil)
	}
	s := wordSet(text(sys), nil)
	if len(g) == 0 {
		return false
	}
	hit := 0
	for w := range g {
		if s[w] {
			hit++
		}
	}
	return float64(hit)/float64(len(g)) >= 0.5
}

// number is Python's float(x) for JSON values.
func number(v interface{}) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case string:
		f, err := strconv.ParseFloat(strings.TrimSpace(strings.ReplaceAll(x, "_", "")), 64)
		return f, err == nil
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	}
	return 0, false
}

// ValueEq: within 1 % of the larger.
func ValueEq(a, b interface{}) bool {
	x, ok1 := number(a)
	y, ok2 := number(b)
	return ok1 && ok2 && math.Abs(x-y) <= 0.01*math.Max(math.Max(math.Abs(x), math.Abs(y)), 1e-9)
}

func obj(v interface{}) map[string]interface{} {
	m, _ := v.(map[string]interface{})
	if m == nil {
		return map[string]interface{}{}
	}
	return m
}

func list(v interface{}) []interface{} {
	l, _ := v.([]interface{})
	return l
}

// match applies the gold format's rule for the category: every comparison
// the registry lists for it, or, for pairs, the two places in either order.
// A category with no comparisons matches nothing, as in score.py.
func match(cat string, gv, sv any) bool {
	g := goldOf(cat)
	if g.Pairs {
		gl, sl := list(gv), list(sv)
		return len(gl) == 2 && len(sl) == 2 &&
			((placeEq(gl[0], sl[0]) && placeEq(gl[1], sl[1])) || (placeEq(gl[0], sl[1]) && placeEq(gl[1], sl[0])))
	}
	if len(g.Match) == 0 {
		return false
	}
	gm, sm := obj(gv), obj(sv)
	for _, c := range g.Match {
		if !compare(c.By, gm[c.Field], sm[c.Field]) {
			return false
		}
	}
	return true
}

// compare implements one matching rule of the gold format on two decoded
// JSON values, gold first.
func compare(by kind.Equality, g, s any) bool {
	switch by {
	case kind.SamePerson:
		return PersonEq(g, s)
	case kind.SamePlace:
		return placeEq(g, s)
	case kind.SameRole:
		return roleEq(g, s)
	case kind.SameDate:
		return DateEq(g, s)
	case kind.SameValue:
		return ValueEq(g, s)
	case kind.SameValueOrNull:
		return (g == nil && (s == nil || s == "")) || ValueEq(g, s)
	case kind.HalfOfPeople:
		gp, sp := list(g), list(s)
		hit := 0
		for _, p := range gp {
			for _, q := range sp {
				if PersonEq(p, q) {
					hit++
					break
				}
			}
		}
		return hit*2 >= len(gp) && hit > 0
	case kind.CoversText:
		return textCovers(g, s, nil)
	case kind.CoversDistinctText:
		return textCovers(g, s, genericWords())
	case kind.Equal:
		return jsonEq(g, s)
	case kind.EqualOrEmpty:
		return jsonEq(orEmpty(g), orEmpty(s))
	case kind.SameText:
		return strings.TrimSpace(text(g)) != "" && Fold(text(g)) == Fold(text(s))
	case kind.SameDocument:
		return text(g) == "" || text(g) == text(s)
	case kind.PeopleFound, kind.WordsShared:
		return grade(by, g, s) > 0
	}
	return false
}

func normalizePartner(x interface{}) interface{} {
	m, ok := x.(map[string]interface{})
	if !ok {
		return x
	}
	first := func(keys ...string) interface{} {
		for _, k := range keys {
			if truthy(m[k]) {
				return m[k]
			}
		}
		return ""
	}
	return []interface{}{first("a", "country"), first("b", "partner")}
}

// truthy is Python's truth value of a JSON value.
func truthy(v interface{}) bool {
	switch x := v.(type) {
	case nil:
		return false
	case bool:
		return x
	case float64:
		return x != 0
	case string:
		return x != ""
	case []interface{}:
		return len(x) > 0
	case map[string]interface{}:
		return len(x) > 0
	}
	return true
}

// orEmpty is Python's `x or ""`.
func orEmpty(v interface{}) interface{} {
	if !truthy(v) {
		return ""
	}
	return v
}

// jsonEq is Python's == on decoded JSON values.
func jsonEq(a, b interface{}) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// QuestionScore is one question's result.
type QuestionScore struct {
	Category  string
	Gold, Sys int
	P, R, F1  float64
	Extra     string // claims: period-acc/change-acc; commitments: status-acc
}

// Line formats the score as score.py prints it.
func (q QuestionScore) Line() string {
	return fmt.Sprintf("%-12s gold=%3d sys=%3d P=%.2f R=%.2f F1=%.2f%s", q.Category, q.Gold, q.Sys, q.P, q.R, q.F1, q.Extra)
}

// Result is a full scoring.
type Result struct {
	Notes     []string // answers that could not be read, as score.py reports them
	Questions []QuestionScore
	Macro     float64
}

// Write prints the result exactly as score.py does.
func (r Result) Write(w io.Writer) error {
	var b strings.Builder
	for _, n := range r.Notes {
		b.WriteString(n + "\n")
	}
	for _, q := range r.Questions {
		b.WriteString(q.Line() + "\n")
	}
	fmt.Fprintf(&b, "macro-F1 %.3f\n", r.Macro)
	_, err := io.WriteString(w, b.String())
	return err
}

// Score scores answers (keyed by gold category, each a decoded JSON array)
// against a decoded gold object.
func Score(gold map[string]interface{}, answers map[string][]interface{}) Result {
	var res Result
	sum := 0.0
	for _, cat := range Categories() {
		g := list(gold[cat])
		s := answers[cat]
		gold := goldOf(cat)
		if gold.Pairs {
			norm := make([]interface{}, len(s))
			for i, x := range s {
				norm[i] = normalizePartner(x)
			}
			s = norm
		}
		matchedGold, goodSys := 0, 0
		for _, gi := range g {
			for _, si := range s {
				if match(cat, gi, si) {
					matchedGold++
					break
				}
			}
		}
		for _, si := range s {
			for _, gi := range g {
				if match(cat, gi, si) {
					goodSys++
					break
				}
			}
		}
		var p, r, f float64
		switch {
		case len(s) > 0:
			p = float64(goodSys) / float64(len(s))
		case len(g) == 0:
			p = 1
		}
		r = 1
		if len(g) > 0 {
			r = float64(matchedGold) / float64(len(g))
		}
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		q := QuestionScore{Category: cat, Gold: len(g), Sys: len(s), P: p, R: r, F1: f}
		if len(gold.Accuracy) > 0 {
			var pairs [][2]map[string]interface{}
			for _, gi := range g {
				for _, si := range s {
					if match(cat, gi, si) {
						pairs = append(pairs, [2]map[string]interface{}{obj(gi), obj(si)})
					}
				}
			}
			if n := float64(len(pairs)); n > 0 {
				for _, acc := range gold.Accuracy {
					hit := 0
					for _, pr := range pairs {
						if compare(acc.By, pr[0][acc.Field], pr[1][acc.Field]) {
							hit++
						}
					}
					q.Extra += fmt.Sprintf(" %s=%.2f", acc.Label, float64(hit)/n)
				}
			}
		}
		res.Questions = append(res.Questions, q)
		sum += f
	}
	res.Macro = sum / float64(len(Categories()))
	return res
}

// LoadGold reads a gold file.
func LoadGold(path string) (map[string]interface{}, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading gold %s: %w", path, err)
	}
	var gold map[string]interface{}
	if err := json.Unmarshal(b, &gold); err != nil {
		return nil, fmt.Errorf("parsing gold %s: %w", path, err)
	}
	return gold, nil
}

// LoadAnswers reads QUESTION.json files from a directory as score.py does:
// a missing or invalid file counts as no answers and is noted.
func LoadAnswers(dir string) (map[string][]interface{}, []string) {
	answers := map[string][]interface{}{}
	var notes []string
	for _, cat := range Categories() {
		fn := QuestionOf(cat)
		b, err := os.ReadFile(filepath.Join(dir, fn+".json"))
		var data interface{}
		if err == nil {
			err = json.Unmarshal(b, &data)
		}
		if err != nil {
			kind := "JSONDecodeError"
			if errors.Is(err, os.ErrNotExist) {
				kind = "FileNotFoundError"
			}
			notes = append(notes, fmt.Sprintf("%s: no valid answer (%s)", fn, kind))
			answers[cat] = nil
			continue
		}
		if m, ok := data.(map[string]interface{}); ok {
			data = nil
			for _, k := range []string{"results", cat, fn} {
				if truthy(m[k]) {
					data = m[k]
					break
				}
			}
		}
		answers[cat] = list(data)
	}
	return answers, notes
}
