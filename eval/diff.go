package eval

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/kind"
)

// Source is a scored document: the diff quotes from it where a gold fact
// carries no evidence of its own.
type Source struct {
	Name string
	Text string
}

// Evidence is a sentence of a document. Located is set when the diff found
// the sentence by searching the document for the fact's words (gold facts
// carry no evidence); otherwise the extractor gave it.
type Evidence struct {
	Doc      string `json:"doc"`
	Sentence string `json:"sentence"`
	Located  bool   `json:"located,omitempty"`
}

// Entry is one gold fact or one answer.
type Entry struct {
	Question string      `json:"question"` // the scored question's name ("co-chairs")
	Text     string      `json:"text"`     // one line for people
	Fact     interface{} `json:"fact"`     // as decoded from the gold file or the answer, evidence removed
	Evidence []Evidence  `json:"evidence,omitempty"`
}

// Near pairs a gold fact nothing matched with the unmatched answer closest
// to it: the usual shape of a failure is one field wrong, not a fact
// missed and another made up.
type Near struct {
	Gold     Entry    `json:"gold"`
	Got      Entry    `json:"got"`
	Differs  []string `json:"differs"`            // what keeps them from matching, field by field
	Withheld bool     `json:"withheld,omitempty"` // Got was found but left out of the scored answers
}

// withheldWhy says why the question left an answer out, as its
// descriptor declares.
func withheldWhy(cat string) string {
	if why := goldOf(cat).Withheld; why != "" {
		return why
	}
	return "not scored"
}

// DocDiff is what went wrong in one document.
type DocDiff struct {
	Doc    string  `json:"doc"` // "" for facts no document could be found for
	Missed []Entry `json:"missed,omitempty"`
	Near   []Near  `json:"near,omitempty"`
	Extra  []Entry `json:"extra,omitempty"`
}

// Diff is a scoring with, per document, the gold facts nothing matched and
// the answers that match no gold fact. Every missed gold fact is in Missed
// or in Near, every unmatched answer in Extra or in Near (a withheld answer
// only in Near), so the counts are those behind the scores' precision and
// recall.
type Diff struct {
	Result Result
	Docs   []DocDiff
	Clean  int // documents of the gold file with nothing missed or extra
}

// Options shape a Compare.
type Options struct {
	// Questions, if given, limit the listing (not the scores) to these
	// questions, by question name ("co-chairs").
	Questions []string
	// Withheld are answers a question leaves out (see kind.Gold.Withheld:
	// meetings no document dates), by gold category. They are not scored;
	// the diff offers them as near misses, since a fact found but left out
	// is not a fact missed.
	Withheld map[string][]interface{}
	// CountryForms, if set, gives the other names and the adjectives of a
	// country ("Polish" for Poland), to find the sentence stating a pair of
	// partners; without it a country is found by its name's first letters.
	CountryForms func(country string) []string
}

// Compare scores answers against gold with the scorer's matching rules and
// lists the differences. Answers may carry an "evidence" field (`ask --json
// --evidence`); the scorer ignores it, the diff quotes it. sources are the
// scored documents.
func Compare(gold map[string]interface{}, answers map[string][]interface{}, sources []Source, opts Options) Diff {
	d := Diff{Result: Score(gold, answers)}
	want := map[string]bool{}
	for _, q := range opts.Questions {
		if question, ok := kind.Lookup(q); ok {
			q = question.Name
		}
		want[q] = true
	}
	ix := newSourceIndex(sources)
	ix.countryForms = opts.CountryForms
	byDoc := map[string]*DocDiff{}
	doc := func(name string) *DocDiff {
		if byDoc[name] == nil {
			byDoc[name] = &DocDiff{Doc: name}
		}
		return byDoc[name]
	}
	for _, cat := range Categories() {
		q := QuestionOf(cat)
		if len(want) > 0 && !want[q] {
			continue
		}
		g := list(gold[cat])
		s := answers[cat]
		pairs := goldOf(cat).Pairs
		if pairs {
			s = normalizedPartners(s)
		}
		var missed, extra []int
		for i, gi := range g {
			if !anyMatch(cat, gi, s, true) {
				missed = append(missed, i)
			}
		}
		for j, sj := range s {
			if !anyMatch(cat, sj, g, false) {
				extra = append(extra, j)
			}
		}
		// Candidates for near misses: the unmatched answers, then the
		// withheld ones (index len(s)+k).
		raw := append(append([]interface{}(nil), answers[cat]...), opts.Withheld[cat]...)
		all := append(append([]interface{}(nil), s...), opts.Withheld[cat]...)
		if pairs {
			all = normalizedPartners(raw)
		}
		candidates := append([]int(nil), extra...)
		for k := range opts.Withheld[cat] {
			candidates = append(candidates, len(s)+k)
		}
		taken := map[int]bool{}
		for _, i := range missed {
			ge := goldEntry(cat, g[i], ix)
			best, bestScore := -1, 0.0
			for _, j := range candidates {
				if taken[j] {
					continue
				}
				if sc := nearness(cat, g[i], all[j]); sc > bestScore {
					best, bestScore = j, sc
				}
			}
			if best < 0 {
				doc(firstDoc(ge)).Missed = append(doc(firstDoc(ge)).Missed, ge)
				continue
			}
			taken[best] = true
			se := answerEntry(cat, raw[best], all[best], ix)
			home := firstDoc(ge)
			if home == "" {
				home = firstDoc(se)
			}
			n := Near{Gold: ge, Got: se, Differs: differs(cat, g[i], all[best])}
			if best >= len(s) {
				n.Withheld = true
				n.Differs = append(n.Differs, "left out of the answers ("+withheldWhy(cat)+")")
			}
			doc(home).Near = append(doc(home).Near, n)
		}
		for _, j := range extra {
			if taken[j] {
				continue
			}
			se := answerEntry(cat, answers[cat][j], s[j], ix)
			doc(firstDoc(se)).Extra = append(doc(firstDoc(se)).Extra, se)
		}
	}
	for _, dd := range byDoc {
		d.Docs = append(d.Docs, *dd)
	}
	sort.Slice(d.Docs, func(i, j int) bool {
		a, b := d.Docs[i].Doc, d.Docs[j].Doc
		if (a == "") != (b == "") {
			return b == "" // facts without a document come last
		}
		return a < b
	})
	for _, name := range list(gold["documents"]) {
		if n := text(name); n != "" && byDoc[n] == nil {
			d.Clean++
		}
	}
	return d
}

func anyMatch(cat string, x interface{}, others []interface{}, xIsGold bool) bool {
	for _, o := range others {
		if (xIsGold && match(cat, x, o)) || (!xIsGold && match(cat, o, x)) {
			return true
		}
	}
	return false
}

func normalizedPartners(s []interface{}) []interface{} {
	out := make([]interface{}, len(s))
	for i, x := range s {
		out[i] = normalizePartner(x)
	}
	return out
}

func firstDoc(e Entry) string {
	if len(e.Evidence) > 0 {
		return e.Evidence[0].Doc
	}
	if m, ok := e.Fact.(map[string]interface{}); ok {
		if docs := list(m["docs"]); len(docs) > 0 {
			return text(docs[0])
		}
		return text(m["doc"])
	}
	return ""
}

// factDocs are the documents a fact names itself: a meeting's docs, a
// claim's or commitment's doc.
func factDocs(v interface{}) []string {
	m := obj(v)
	var out []string
	for _, d := range list(m["docs"]) {
		if s := text(d); s != "" {
			out = append(out, s)
		}
	}
	if s := text(m["doc"]); s != "" && len(out) == 0 {
		out = append(out, s)
	}
	return out
}

func goldEntry(cat string, v interface{}, ix *sourceIndex) Entry {
	return Entry{Question: QuestionOf(cat), Text: summary(cat, v), Fact: v, Evidence: ix.locate(cat, v)}
}

// answerEntry keeps the answer's own evidence and shows the answer without
// it; an answer without evidence is located like a gold fact.
func answerEntry(cat string, raw, normalized interface{}, ix *sourceIndex) Entry {
	e := Entry{Question: QuestionOf(cat), Text: summary(cat, normalized)}
	if m, ok := raw.(map[string]interface{}); ok {
		clean := map[string]interface{}{}
		for k, v := range m {
			if k != "evidence" {
				clean[k] = v
			}
		}
		for _, ev := range list(m["evidence"]) {
			em := obj(ev)
			e.Evidence = append(e.Evidence, Evidence{Doc: text(em["doc"]), Sentence: text(em["sentence"])})
		}
		if goldOf(cat).Pairs {
			e.Fact = normalized
		} else {
			e.Fact = clean
		}
	} else {
		e.Fact = raw
	}
	if len(e.Evidence) == 0 {
		e.Evidence = ix.locate(cat, normalized)
	}
	if len(e.Evidence) == 0 {
		for _, doc := range factDocs(e.Fact) {
			e.Evidence = append(e.Evidence, Evidence{Doc: doc})
		}
	}
	return e
}

// fields are a fact's fields by the names its question's descriptor uses:
// the object itself, or for a pair its two places as "a" and "b".
func fields(g *kind.Gold, v interface{}) map[string]interface{} {
	if g.Pairs {
		if l := list(v); len(l) == 2 {
			return map[string]interface{}{"a": l[0], "b": l[1]}
		}
		return map[string]interface{}{}
	}
	return obj(v)
}

// summary is a fact on one line, part after part as its question's
// descriptor declares (kind.Gold.Summary).
func summary(cat string, v interface{}) string {
	g := goldOf(cat)
	if len(g.Summary) == 0 || (g.Pairs && len(list(v)) != 2) {
		return fmt.Sprintf("%v", v)
	}
	m := fields(g, v)
	var b strings.Builder
	for _, p := range g.Summary {
		val := display(m[p.Field])
		if strings.TrimSpace(val) == "" {
			if p.None == "" {
				continue
			}
			val = p.None
		}
		b.WriteString(p.Before + val + p.After)
	}
	return b.String()
}

// display is a field's value as text: a list joined by commas, a number in
// plain digits; "" for none.
func display(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []interface{}:
		var out []string
		for _, e := range x {
			if s := display(e); strings.TrimSpace(s) != "" {
				out = append(out, s)
			}
		}
		return strings.Join(out, ", ")
	}
	return formatValue(v)
}

func formatValue(v interface{}) string {
	x, ok := number(v)
	if !ok {
		return fmt.Sprintf("%v", v)
	}
	return strconv.FormatFloat(x, 'f', -1, 64)
}

// nearness says how close an unmatched answer is to an unmatched gold fact,
// as the question's descriptor weighs it (kind.Gold.Near); 0 means not
// close enough to call it the same fact gone wrong. Two pairs are near when
// they share a place.
func nearness(cat string, gv, sv interface{}) float64 {
	g := goldOf(cat)
	if g.Pairs {
		gl, sl := list(gv), list(sv)
		if len(gl) != 2 || len(sl) != 2 {
			return 0
		}
		for _, a := range gl {
			for _, b := range sl {
				if placeEq(a, b) {
					return 1
				}
			}
		}
		return 0
	}
	gm, sm := obj(gv), obj(sv)
	score := 0.0
	for _, c := range g.Near.By {
		x := grade(c.By, gm[c.Field], sm[c.Field])
		if x == 0 {
			if c.Required {
				return 0
			}
			continue
		}
		score += c.Weight * x
	}
	if score <= 0 || score < g.Near.Min {
		return 0
	}
	return score
}

// grade is how far a comparison holds: the graded equalities' measure, or
// 1 when the comparison holds and 0 when it does not.
func grade(by kind.Equality, g, s interface{}) float64 {
	switch by {
	case kind.PeopleFound:
		return float64(personHits(list(g), list(s)))
	case kind.WordsShared:
		return coverage(g, s)
	}
	return b2f(compare(by, g, s))
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

func personHits(gold, sys []interface{}) int {
	hit := 0
	for _, p := range gold {
		for _, q := range sys {
			if PersonEq(p, q) {
				hit++
				break
			}
		}
	}
	return hit
}

// coverage is the share of the gold text's content words the answer has,
// as textCovers counts them.
func coverage(gold, sys interface{}) float64 {
	g := wordSet(text(gold), nil)
	s := wordSet(text(sys), nil)
	if len(g) == 0 {
		return 0
	}
	hit := 0
	for w := range g {
		if s[w] {
			hit++
		}
	}
	return float64(hit) / float64(len(g))
}

// differs lists the fields that keep a near answer from matching its gold
// fact, in the scorer's terms: one line for each Match comparison it fails.
func differs(cat string, gv, sv interface{}) []string {
	g := goldOf(cat)
	if g.Pairs {
		gl, sl := list(gv), list(sv)
		if len(gl) != 2 || len(sl) != 2 {
			return []string{fmt.Sprintf("pair %v, gold %v", sv, gv)}
		}
		return []string{fmt.Sprintf("pair %s - %s, gold %s - %s", quoted(sl[0]), quoted(sl[1]), quoted(gl[0]), quoted(gl[1]))}
	}
	gm, sm := obj(gv), obj(sv)
	var out []string
	for _, c := range g.Match {
		if !compare(c.By, gm[c.Field], sm[c.Field]) {
			out = append(out, difference(c, gm[c.Field], sm[c.Field]))
		}
	}
	return out
}

// difference says how a field fails its comparison.
func difference(c kind.Compare, gold, got interface{}) string {
	name := c.Field
	switch c.By {
	case kind.HalfOfPeople:
		gp, sp := list(gold), list(got)
		return fmt.Sprintf("%s: %d of %d gold found; missing %s; not in gold %s", name,
			personHits(gp, sp), len(gp), joinNames(unmatchedPeople(gp, sp)), joinNames(unmatchedPeople(sp, gp)))
	case kind.CoversText:
		return fmt.Sprintf("%s has %.0f%% of the gold %s's %d content words (50%% needed); missing: %s", name,
			100*coverage(gold, got), name, len(wordSet(text(gold), nil)), strings.Join(missingWords(gold, got, nil), " "))
	case kind.CoversDistinctText:
		return fmt.Sprintf("%s %s, gold %s (distinctive words missing: %s)", name, quoted(got), quoted(gold),
			strings.Join(missingWords(gold, got, genericWords()), " "))
	}
	if strings.TrimSpace(display(got)) == "" && strings.TrimSpace(display(gold)) == "" {
		return fmt.Sprintf("%s empty on both sides (an empty %s never matches)", name, name)
	}
	return fmt.Sprintf("%s %s, gold %s", name, quoted(got), quoted(gold))
}

// quoted shows a value in a difference: text quoted, numbers and lists as
// display writes them, "(none)" for nothing.
func quoted(v interface{}) string {
	s := display(v)
	switch {
	case strings.TrimSpace(s) == "":
		return "(none)"
	case isString(v):
		return strconv.Quote(s)
	}
	return s
}

func isString(v interface{}) bool {
	_, ok := v.(string)
	return ok
}

func unmatchedPeople(these, others []interface{}) []string {
	var out []string
	for _, p := range these {
		found := false
		for _, o := range others {
			if PersonEq(p, o) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, text(p))
		}
	}
	return out
}

func joinNames(n []string) string {
	if len(n) == 0 {
		return "(none)"
	}
	return strings.Join(n, ", ")
}

// missingWords are the gold text's counted words the answer lacks, sorted.
func missingWords(gold, sys interface{}, drop map[string]bool) []string {
	g := wordSet(text(gold), drop)
	if len(g) == 0 {
		g = wordSet(text(gold), nil)
	}
	s := wordSet(text(sys), nil)
	var out []string
	for w := range g {
		if !s[w] {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// Write prints the diff, document by document, then the scores as eval
// prints them.
func (d Diff) Write(w io.Writer) error {
	var b strings.Builder
	var missed, extra, near, withheld int
	for _, dd := range d.Docs {
		missed += len(dd.Missed) + len(dd.Near) // a near miss's gold fact is missed all the same
		extra += len(dd.Extra)
		for _, n := range dd.Near {
			if n.Withheld {
				withheld++
			} else {
				near++
				extra++
			}
		}
		name := dd.Doc
		if name == "" {
			name = "(no document found)"
		}
		fmt.Fprintf(&b, "== %s: %d missed, %d near, %d extra\n", oneLine(name), len(dd.Missed), len(dd.Near), len(dd.Extra))
		for _, cat := range Categories() {
			q := QuestionOf(cat)
			header := false
			head := func() {
				if !header {
					fmt.Fprintf(&b, "  [%s]\n", q)
					header = true
				}
			}
			for _, e := range dd.Missed {
				if e.Question == q {
					head()
					fmt.Fprintf(&b, "    - %s\n", oneLine(e.Text))
					writeEvidence(&b, e.Evidence, dd.Doc)
				}
			}
			for _, n := range dd.Near {
				if n.Gold.Question == q {
					head()
					fmt.Fprintf(&b, "    ~ %s\n", oneLine(n.Got.Text))
					fmt.Fprintf(&b, "        gold: %s\n", oneLine(n.Gold.Text))
					for _, f := range n.Differs {
						fmt.Fprintf(&b, "        differs: %s\n", oneLine(f))
					}
					writeEvidence(&b, n.Got.Evidence, dd.Doc)
					if other := newSentences(n.Gold.Evidence, n.Got.Evidence); len(other) > 0 {
						writeEvidence(&b, other, dd.Doc)
					}
				}
			}
			for _, e := range dd.Extra {
				if e.Question == q {
					head()
					fmt.Fprintf(&b, "    + %s\n", oneLine(e.Text))
					writeEvidence(&b, e.Evidence, dd.Doc)
				}
			}
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s with differences, %d without: %s missed, %s extra; %s (~) pair one of each",
		plural(len(d.Docs), "document"), d.Clean, plural(missed, "gold fact"), plural(extra, "answer"), plural(near, "near miss"))
	if withheld > 0 {
		fmt.Fprintf(&b, "; of the missed, %d found but left out of the answers", withheld)
	}
	b.WriteString("\n\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return d.Result.Write(w)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	if strings.HasSuffix(what, "s") {
		return fmt.Sprintf("%d %ses", n, what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// writeEvidence prints at most three sentences, naming the document when
// it is not the heading's.
func writeEvidence(b *strings.Builder, ev []Evidence, heading string) {
	shown := 0
	for _, e := range ev {
		if e.Sentence == "" {
			continue
		}
		if shown == 3 {
			fmt.Fprintf(b, "        (%d more sentences)\n", countSentences(ev)-shown)
			return
		}
		label := "evidence"
		if e.Located {
			label = "found in text"
		}
		where := ""
		if e.Doc != heading {
			where = " [" + oneLine(e.Doc) + "]"
		}
		fmt.Fprintf(b, "        %s%s: %q\n", label, where, clip(oneLine(e.Sentence), 400))
		shown++
	}
	if shown == 0 {
		b.WriteString("        (no sentence found)\n")
	}
}

// newSentences are the sentences of ev that seen does not already show.
func newSentences(ev, seen []Evidence) []Evidence {
	var out []Evidence
next:
	for _, e := range ev {
		if e.Sentence == "" {
			continue
		}
		for _, x := range seen {
			// The extractor's sentence may leave out a dateline the plain splitter keeps.
			if x.Doc == e.Doc && x.Sentence != "" && (strings.Contains(e.Sentence, x.Sentence) || strings.Contains(x.Sentence, e.Sentence)) {
				continue next
			}
		}
		out = append(out, e)
	}
	return out
}

func countSentences(ev []Evidence) int {
	n := 0
	for _, e := range ev {
		if e.Sentence != "" {
			n++
		}
	}
	return n
}

// oneLine keeps a value on its line: control characters (line breaks, escape
// sequences from a hostile document) become spaces, runs of space one.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }), " ")
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// sourceIndex splits the scored documents into sentences once, to find
// where a gold fact is stated.
type sourceIndex struct {
	names        []string
	sents        map[string][]sentence
	countryForms func(string) []string
}

type sentence struct {
	text   string
	folded string          // folded words joined by single spaces, with a space at each end
	words  map[string]bool // folded words, hyphenated parts split
	nums   []float64       // figures stated, with their multipliers applied
}

func newSourceIndex(sources []Source) *sourceIndex {
	ix := &sourceIndex{sents: map[string][]sentence{}}
	for _, s := range sources {
		ix.names = append(ix.names, s.Name)
		for _, t := range splitSentences(s.Text) {
			words := foldedWordList(t)
			set := map[string]bool{}
			for _, w := range words {
				set[w] = true
			}
			ix.sents[s.Name] = append(ix.sents[s.Name], sentence{text: t, folded: " " + strings.Join(words, " ") + " ", words: set, nums: figures(t)})
		}
	}
	sort.Strings(ix.names)
	return ix
}

var wordRe = regexp.MustCompile(`[\p{L}\p{N}']+`)

func foldedWordList(s string) []string {
	var out []string
	for _, w := range wordRe.FindAllString(strings.ReplaceAll(Fold(s), "-", " "), -1) {
		if w = strings.TrimSuffix(strings.Trim(w, "'"), "'s"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// splitSentences is a plain splitter: line breaks, and a full stop, "!" or
// "?" before a capital, a digit or a quotation mark, unless the word before
// the stop is an initial or a short abbreviation ("Mr.", "U.S.").
func splitSentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		rs := []rune(line)
		for i := 0; i < len(rs); i++ {
			if rs[i] != '.' && rs[i] != '!' && rs[i] != '?' {
				continue
			}
			j := i + 1
			for j < len(rs) && strings.ContainsRune("\"'”’»)", rs[j]) {
				j++
			}
			if j >= len(rs) || !unicode.IsSpace(rs[j]) {
				continue
			}
			k := j
			for k < len(rs) && unicode.IsSpace(rs[k]) {
				k++
			}
			if k < len(rs) && !(unicode.IsUpper(rs[k]) || unicode.IsDigit(rs[k]) || strings.ContainsRune("\"“«'‘(", rs[k])) {
				continue
			}
			if rs[i] == '.' && abbreviation(rs[start:i]) {
				continue
			}
			if s := strings.TrimSpace(string(rs[start:j])); s != "" {
				out = append(out, s)
			}
			start = j
		}
		if s := strings.TrimSpace(string(rs[start:])); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// abbreviation reports whether the word that ends before a full stop is an
// initial or a short capitalised abbreviation ("Mr", "Dr", "St", "U.S").
func abbreviation(before []rune) bool {
	i := len(before)
	for i > 0 && (unicode.IsLetter(before[i-1]) || before[i-1] == '.') {
		i--
	}
	w := before[i:]
	if len(w) == 0 || !unicode.IsUpper(w[0]) {
		return false
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 2 || (letters == 3 && !unicode.IsUpper(w[len(w)-1]))
}

var figureRe = regexp.MustCompile(`(?i)(\d[\d,]*(?:\.\d+)?)\s*(trillion|tn|trln|billion|bn|bln|billions|million|mn|mln|millions|thousand|thousands|crore|lakh)?`)

// figures are the numbers a sentence states, each also with its multiplier
// applied ("$24 billion" gives 24 and 24e9).
func figures(s string) []float64 {
	mult := map[string]float64{"trillion": 1e12, "tn": 1e12, "trln": 1e12, "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9,
		"million": 1e6, "millions": 1e6, "mn": 1e6, "mln": 1e6, "thousand": 1e3, "thousands": 1e3, "crore": 1e7, "lakh": 1e5}
	var out []float64
	for _, m := range figureRe.FindAllStringSubmatch(s, -1) {
		x, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
		if err != nil {
			continue
		}
		out = append(out, x)
		if f, ok := mult[strings.ToLower(m[2])]; ok {
			out = append(out, x*f)
		}
	}
	return out
}

// cue is a word the sentence stating a fact is likely to hold, or a
// figure it states, and its weight.
type cue struct {
	words    []string // any of them
	figure   *float64 // or this number, among the sentence's figures
	weight   float64
	required bool // a sentence without it cannot state the fact (the person whose office it is)
}

func (c cue) in(s sentence) bool {
	if c.figure != nil {
		for _, x := range s.nums {
			if ValueEq(x, *c.figure) {
				return true
			}
		}
		return false
	}
	for _, w := range c.words {
		if s.has(w) {
			return true
		}
	}
	return false
}

// locate finds the sentence of each of the fact's documents (all documents
// when it names none) that holds most of its cues, as its question's
// descriptor declares them (kind.Gold.Locate): the names, the place, the
// figure, the commission's or commitment's words.
func (ix *sourceIndex) locate(cat string, v interface{}) []Evidence {
	g := goldOf(cat)
	m := fields(g, v)
	var cues []cue
	person := func(name interface{}, weight float64, required bool) {
		toks := nameTokens(text(name))
		var ws []string
		for _, t := range toks {
			if len([]rune(t)) > 2 {
				ws = append(ws, t)
			}
		}
		if len(toks) > 0 && len(ws) == 0 {
			ws = toks[len(toks)-1:]
		}
		if len(ws) > 0 {
			cues = append(cues, cue{words: ws, weight: weight, required: required})
		}
	}
	content := func(s interface{}, drop map[string]bool, weight float64) {
		for w := range wordSet(text(s), drop) {
			cues = append(cues, cue{words: []string{w}, weight: weight})
		}
	}
	country := func(s interface{}, weight float64, required bool) {
		name := text(s)
		if ix.countryForms != nil {
			var forms []string
			for _, f := range append([]string{name}, ix.countryForms(name)...) {
				if w := strings.Join(foldedWordList(f), " "); w != "" {
					forms = append(forms, w)
				}
			}
			cues = append(cues, cue{words: forms, weight: weight, required: required})
			return
		}
		var ws []string
		for _, w := range strings.Fields(strings.ReplaceAll(Fold(name), "-", " ")) {
			if !stopWords()[w] {
				ws = append(ws, w)
			}
		}
		if len(ws) > 0 {
			cues = append(cues, cue{words: []string{prefix(ws[0])}, weight: weight, required: required})
		}
	}
	for _, c := range g.Locate {
		val := m[c.Field]
		switch c.Find {
		case kind.FindPerson:
			names, ok := val.([]interface{})
			if !ok {
				names = []interface{}{val}
			}
			for _, n := range names {
				person(n, c.Weight, c.Required)
			}
		case kind.FindWords:
			content(val, nil, c.Weight)
		case kind.FindDistinctWords:
			content(val, genericWords(), c.Weight)
		case kind.FindFigure:
			if x, ok := number(val); ok {
				cues = append(cues, cue{figure: &x, weight: c.Weight, required: c.Required})
			}
		case kind.FindCountry:
			country(val, c.Weight, c.Required)
		case kind.FindWord:
			cues = append(cues, cue{words: c.Words, weight: c.Weight, required: c.Required})
		}
	}
	docs := factDocs(v)
	if len(docs) == 0 {
		docs = ix.names
	}
	type hit struct {
		ev    Evidence
		score float64
	}
	var hits []hit
	for _, doc := range docs {
		best, bestScore := "", 0.0
		for _, s := range ix.sents[doc] {
			sc := 0.0
			for _, c := range cues {
				if c.in(s) {
					sc += c.weight
				} else if c.required {
					sc = math.Inf(-1)
				}
			}
			if sc > bestScore {
				best, bestScore = s.text, sc
			}
		}
		if bestScore >= 2 {
			hits = append(hits, hit{Evidence{Doc: doc, Sentence: best, Located: true}, bestScore})
		}
	}
	// A fact without documents of its own is shown where it is stated best.
	if len(factDocs(v)) == 0 {
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
		top := 0.0
		if len(hits) > 0 {
			top = hits[0].score
		}
		var keep []hit
		for _, h := range hits {
			if h.score == top && len(keep) < 3 {
				keep = append(keep, h)
			}
		}
		hits = keep
	}
	out := make([]Evidence, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.ev)
	}
	return out
}

// prefix is the stem a country's name shares with its adjective ("rus"
// for Russia and Russian, "pol" for Poland and Polish): a rough stand-in
// for Options.CountryForms.
func prefix(w string) string {
	r := []rune(w)
	if len(r) > 3 {
		return string(r[:3]) + "*"
	}
	return w
}

func (s sentence) has(w string) bool {
	if strings.Contains(w, " ") {
		return strings.Contains(s.folded, " "+w+" ")
	}
	if stem, ok := strings.CutSuffix(w, "*"); ok {
		for x := range s.words {
			if strings.HasPrefix(x, stem) {
				return true
			}
		}
		return false
	}
	return s.words[w]
}
