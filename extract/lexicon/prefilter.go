package lexicon

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is a compiled pattern that knows literal words every match holds.
// Most patterns name a word or two ("conferred ... with", "in the presence
// of") that most sentences lack; looking for those words first spares the
// regular expression engine, which backtracks over every position of every
// sentence, most of its work. The answers are those of the pattern alone:
// the words are derived from the pattern, never declared beside it.
type Regexp struct {
	*regexp.Regexp
	// need is a conjunction of disjunctions: every match holds, for each
	// set, one of its strings (lower-case ASCII, compared with the text
	// lowered in its ASCII letters).
	need [][]string
	// needCase is a conjunction of disjunctions too, of strings compared
	// as they are with the text as written: those of the pattern's parts
	// that match in one letter case ("Council|Summit"), which the lowered
	// text of need cannot tell from the common word ("the council")
	needCase [][]string
	// starts, when known, are where a match may start: the methods below
	// try the pattern there only
	starts *starts
	// own, for a prefilter of many strings, finds them all in one pass
	// over the text rather than one pass for each (see mayLowered)
	own *Scanner
	// scanner, when the pattern is one of a lexicon's, is the lexicon's
	// scanner of all its patterns, slot its index there: a text scanned
	// once answers the prefilters of all of them (MayScanned)
	scanner *Scanner
	slot    int
}

// Compile compiles a pattern and derives its prefilter.
func Compile(expr string) (*Regexp, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	r := &Regexp{Regexp: re, need: requiredLiterals(expr), needCase: caseLiterals(expr), starts: newStarts(expr)}
	n := 0
	for _, set := range r.need {
		n += len(set)
	}
	if n > ownScanAbove {
		r.own = NewScanner([]*Regexp{r})
	}
	return r, nil
}

// ownScanAbove is the number of required strings above which one pass
// over the text finding them all is quicker than a pass for each: on
// sentences of the sample sets, twice as quick from 9 strings, three times
// from 17.
const ownScanAbove = 8

// MustCompile is Compile for patterns known to be valid.
func MustCompile(expr string) *Regexp {
	re, err := Compile(expr)
	if err != nil {
		panic(err)
	}
	return re
}

// Need is the prefilter: every match holds, for each set, one of its
// strings in some letter case.
func (r *Regexp) Need() [][]string { return r.need }

// NeedCase is the prefilter of the pattern's case-sensitive parts: every
// match holds, for each set, one of its strings as it is written.
func (r *Regexp) NeedCase() [][]string { return r.needCase }

// MayCase reports whether the pattern can match somewhere in s as far as
// its case-sensitive literals tell: false only when s lacks one of them
// as written. It complements May, which compares in any letter case.
func (r *Regexp) MayCase(s string) bool {
	for _, set := range r.needCase {
		if !containsOne(s, set) {
			return false
		}
	}
	return true
}

// MatchScanned is MatchString for a text s whose lowered form lower was
// scanned into h (see MayScanned): the prefilters first, then the
// pattern.
func (r *Regexp) MatchScanned(h Hits, lower, s string) bool {
	if !r.MayScanned(h, lower) {
		return false
	}
	return r.matchString(s, true)
}

func containsOne(s string, set []string) bool {
	for _, lit := range set {
		if strings.Contains(s, lit) {
			return true
		}
	}
	return false
}

// The only non-ASCII runes that match an ASCII letter of a
// case-insensitive pattern are the Kelvin sign (U+212A, k) and the long s
// (U+017F, s): a text holding one is given to the pattern unfiltered.
// Their UTF-8 forms start with these bytes.
const (
	kelvinLead = 0xe2 // e2 84 aa
	longSLead  = 0xc5 // c5 bf
)

// prefilterBuffer is the text length lowered on the stack.
const prefilterBuffer = 512

// May reports whether the pattern can match somewhere in s: false only
// when s lacks one of the required literals.
func (r *Regexp) May(s string) bool {
	if len(r.need) == 0 {
		return true
	}
	var buf [prefilterBuffer]byte
	low := lower(s, buf[:])
	return low == nil || r.mayLowered(low)
}

// MayLower is May for a text already lowered: s with at least its ASCII
// letters in lower case (strings.ToLower gives that).
func (r *Regexp) MayLower(lower string) bool {
	if len(r.need) == 0 || strings.Contains(lower, "\u017f") || strings.Contains(lower, "\u212a") {
		return true
	}
	if r.own != nil {
		return mayText(r.own, lower)
	}
	for _, set := range r.need {
		found := false
		for _, lit := range set {
			if strings.Contains(lower, lit) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (r *Regexp) mayLowered(low []byte) bool {
	if r.own != nil {
		return mayText(r.own, low)
	}
	for _, set := range r.need {
		found := false
		for _, lit := range set {
			if bytes.Contains(low, []byte(lit)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// plan is how the methods below search s: not at all when a prefilter
// proves there is no match (none), with the whole search (whole), or at
// the starts cand. buf and cbuf are room for the lowered text and the
// starts.
func (r *Regexp) plan(s string, buf []byte, cbuf []int) (cand []int, whole, none bool) {
	return r.planScanned(s, buf, cbuf, false)
}

// planScanned is plan; scanned says the prefilter of need was passed
// already (MayScanned).
func (r *Regexp) planScanned(s string, buf []byte, cbuf []int, scanned bool) (cand []int, whole, none bool) {
	if !r.MayCase(s) {
		return nil, false, true
	}
	if len(r.need) == 0 && r.starts == nil {
		return nil, true, false
	}
	low := lower(s, buf)
	if low == nil {
		return nil, true, false // a rune that folds to an ASCII letter: see May
	}
	if !scanned && !r.mayLowered(low) {
		return nil, false, true
	}
	if r.starts == nil {
		return nil, true, false
	}
	cand, ok := r.starts.at(s, low, cbuf)
	if !ok {
		return nil, true, false
	}
	return cand, false, len(cand) == 0
}

// The methods below are those of regexp.Regexp the extractor calls on
// whole sentences, each answering at once when a prefilter fails, and
// trying the pattern at its starts only when it knows them.

func (r *Regexp) MatchString(s string) bool { return r.matchString(s, false) }

func (r *Regexp) matchString(s string, scanned bool) bool {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.planScanned(s, buf[:], cbuf[:0], scanned)
	switch {
	case none:
		return false
	case whole:
		return r.Regexp.MatchString(s)
	}
	for _, p := range cand {
		if r.starts.matchesAt(s, p) {
			return true
		}
	}
	return false
}

func (r *Regexp) FindString(s string) string {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.plan(s, buf[:], cbuf[:0])
	switch {
	case none:
		return ""
	case whole:
		return r.Regexp.FindString(s)
	}
	if m := r.starts.match(s, cand, 0, false); m != nil {
		return s[m[0]:m[1]]
	}
	return ""
}

func (r *Regexp) FindStringIndex(s string) []int { return r.findStringIndex(s, false) }

// FindStringIndexScanned is FindStringIndex for a text s whose lowered
// form lower was scanned into h (see MayScanned): the prefilter the
// sentence's scan answers is not asked again of the text.
func (r *Regexp) FindStringIndexScanned(h Hits, lower, s string) []int {
	if !r.MayScanned(h, lower) {
		return nil
	}
	return r.findStringIndex(s, true)
}

func (r *Regexp) findStringIndex(s string, scanned bool) []int {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.planScanned(s, buf[:], cbuf[:0], scanned)
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindStringIndex(s)
	}
	return r.starts.match(s, cand, 0, false)
}

func (r *Regexp) FindStringSubmatch(s string) []string {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.plan(s, buf[:], cbuf[:0])
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindStringSubmatch(s)
	}
	m := r.starts.match(s, cand, 0, true)
	if m == nil {
		return nil
	}
	return submatches(s, m)
}

// submatches are the strings of a match's submatch indexes, as
// FindStringSubmatch gives them.
func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func (r *Regexp) FindStringSubmatchIndex(s string) []int {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.plan(s, buf[:], cbuf[:0])
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindStringSubmatchIndex(s)
	}
	return r.starts.match(s, cand, 0, true)
}

func (r *Regexp) FindAllString(s string, n int) []string {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.plan(s, buf[:], cbuf[:0])
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindAllString(s, n)
	}
	var out []string
	for _, m := range r.starts.all(s, cand, n, false) {
		out = append(out, s[m[0]:m[1]])
	}
	return out
}

func (r *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return r.findAllStringIndex(s, n, false)
}

// FindAllStringIndexScanned is FindAllStringIndex for a text scanned into
// h, as FindStringIndexScanned.
func (r *Regexp) FindAllStringIndexScanned(h Hits, lower, s string, n int) [][]int {
	if !r.MayScanned(h, lower) {
		return nil
	}
	return r.findAllStringIndex(s, n, true)
}

func (r *Regexp) findAllStringIndex(s string, n int, scanned bool) [][]int {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.planScanned(s, buf[:], cbuf[:0], scanned)
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindAllStringIndex(s, n)
	}
	return r.starts.all(s, cand, n, false)
}

func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.plan(s, buf[:], cbuf[:0])
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindAllStringSubmatch(s, n)
	}
	var out [][]string
	for _, m := range r.starts.all(s, cand, n, true) {
		out = append(out, submatches(s, m))
	}
	return out
}

func (r *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return r.findAllStringSubmatchIndex(s, n, false)
}

// FindAllStringSubmatchIndexScanned is FindAllStringSubmatchIndex for a
// text scanned into h, as FindStringIndexScanned.
func (r *Regexp) FindAllStringSubmatchIndexScanned(h Hits, lower, s string, n int) [][]int {
	if !r.MayScanned(h, lower) {
		return nil
	}
	return r.findAllStringSubmatchIndex(s, n, true)
}

func (r *Regexp) findAllStringSubmatchIndex(s string, n int, scanned bool) [][]int {
	var buf [prefilterBuffer]byte
	var cbuf [16]int
	cand, whole, none := r.planScanned(s, buf[:], cbuf[:0], scanned)
	switch {
	case none:
		return nil
	case whole:
		return r.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	return r.starts.all(s, cand, n, true)
}

// ReplaceAllString leaves s as it is when nothing can match; the result is
// the same string either way.
func (r *Regexp) ReplaceAllString(s, repl string) string {
	if !r.May(s) || !r.MayCase(s) {
		return s
	}
	return r.Regexp.ReplaceAllString(s, repl)
}

// Bounds of the analysis: the strings a part of a pattern can match are
// enumerated while they are at most maxExact (cross products of
// alternatives grow fast), and at most maxNeed sets are kept, the most
// selective.
const (
	maxExact  = 32
	maxNeed   = 3
	minUseful = 3 // a required string shorter than this rejects few texts
)

// lits is what the analysis knows of a part of a pattern: the exact set of
// (lowered) strings it matches, when known and small, and otherwise sets
// of strings its matches hold (one of each set).
type lits struct {
	exact   []string
	isExact bool
	need    [][]string
	// prefix, for an inexact part, is when known a set of strings one of
	// which every match starts with: "gr" followed by "(?:ow\w*|ew)"
	// requires "grow" or "grew", not only "gr"
	prefix []string
}

// prefixes is what every match of x starts with: one of these strings
// (nil when unknown).
func (x lits) prefixes() []string {
	if x.isExact {
		return x.exact
	}
	return x.prefix
}

func inexact(need ...[]string) lits { return lits{need: need} }

func exactly(s ...string) lits { return lits{exact: s, isExact: true} }

// requiredLiterals derives the prefilter of a pattern: nil when the
// pattern requires no literal worth looking for.
func requiredLiterals(expr string) [][]string { return literalsOf(expr, false) }

// caseLiterals derives the prefilter of the pattern's case-sensitive
// parts: the required sets, compared as written, of which a string holds
// an upper-case letter (a lower-case one is no rarer as written than
// lowered, and need has it already). Nil when there are none.
func caseLiterals(expr string) [][]string {
	var out [][]string
	for _, set := range literalsOf(expr, true) {
		if slices.ContainsFunc(set, func(s string) bool { return strings.ContainsFunc(s, isUpperASCII) }) {
			out = append(out, set)
		}
	}
	return out
}

func isUpperASCII(r rune) bool { return 'A' <= r && r <= 'Z' }

// literalsOf is requiredLiterals, or with keepCase the required sets of
// the parts that match in the letter case written (parts under (?i) are
// unknown characters then).
func literalsOf(expr string, keepCase bool) [][]string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	l := analyze(re.Simplify(), keepCase)
	var sets [][]string
	if l.isExact {
		sets = [][]string{l.exact}
	} else {
		sets = l.need
	}
	var out [][]string
	for _, s := range sets {
		if s = minimalSet(s); s != nil && minLen(s) >= minUseful && !slices.ContainsFunc(out, func(o []string) bool { return slices.Equal(o, s) }) {
			out = append(out, s)
		}
	}
	// a set implied by another (each of whose strings holds one of its
	// own) rejects no more texts: drop it
	kept := out[:0:0]
	for i, a := range out {
		implied := false
		for j, b := range out {
			if i != j && holdsOneOf(b, a) && !(holdsOneOf(a, b) && j > i) {
				implied = true
				break
			}
		}
		if !implied {
			kept = append(kept, a)
		}
	}
	out = kept
	// the most selective first: longer literals, fewer alternatives
	slices.SortStableFunc(out, func(a, b []string) int { return score(b) - score(a) })
	if len(out) > maxNeed {
		out = out[:maxNeed]
	}
	return out
}

// holdsOneOf: every string of b holds one of a.
func holdsOneOf(b, a []string) bool {
	for _, x := range b {
		if !slices.ContainsFunc(a, func(y string) bool { return strings.Contains(x, y) }) {
			return false
		}
	}
	return true
}

func score(set []string) int { return 16*minLen(set) - len(set) }

func minLen(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// minimalSet sorts and dedups a disjunction and drops every string that
// holds another (a text holding it holds the other too); nil when the
// set is empty or holds "" (which every text holds).
func minimalSet(set []string) []string {
	if len(set) == 0 || slices.Contains(set, "") {
		return nil
	}
	s := slices.Clone(set)
	slices.Sort(s)
	s = slices.Compact(s)
	out := s[:0:0]
	for i, a := range s {
		redundant := false
		for j, b := range s {
			if i != j && len(b) < len(a) && strings.Contains(a, b) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, a)
		}
	}
	return out
}

// lowerASCII folds an ASCII rune of a pattern as May folds the text; ok is
// false for other runes, which the analysis treats as unknown characters.
func lowerASCII(r rune) (byte, bool) {
	if r >= utf8.RuneSelf {
		return 0, false
	}
	if 'A' <= r && r <= 'Z' {
		r += 'a' - 'A'
	}
	return byte(r), true
}

// analyze tells what a part of a pattern matches. With keepCase the
// strings are as written and letters matched in any case unknown;
// without, every ASCII letter is lowered (see lowerASCII).
func analyze(re *syntax.Regexp, keepCase bool) lits {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactly("")
	case syntax.OpLiteral:
		parts := make([]lits, 0, len(re.Rune))
		for _, r := range re.Rune {
			if keepCase {
				if r < utf8.RuneSelf && (re.Flags&syntax.FoldCase == 0 || unicode.SimpleFold(r) == r) {
					parts = append(parts, exactly(string(r)))
				} else {
					parts = append(parts, inexact())
				}
			} else if c, ok := lowerASCII(r); ok {
				parts = append(parts, exactly(string(c)))
			} else {
				parts = append(parts, inexact())
			}
		}
		return concat(parts)
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo >= maxExact {
				return inexact()
			}
			for r := lo; r <= hi; r++ {
				if r == 0x212a || r == 0x17f {
					if keepCase {
						return inexact() // a letter of (?i): any case
					}
					continue // May does not filter texts holding one
				}
				if keepCase {
					if r >= utf8.RuneSelf {
						return inexact()
					}
					set = append(set, string(r))
					continue
				}
				c, ok := lowerASCII(r)
				if !ok {
					return inexact()
				}
				set = append(set, string(c))
			}
		}
		slices.Sort(set)
		set = slices.Compact(set)
		if len(set) == 0 || len(set) > 8 {
			return inexact()
		}
		return exactly(set...)
	case syntax.OpCapture:
		return analyze(re.Sub[0], keepCase)
	case syntax.OpQuest:
		x := analyze(re.Sub[0], keepCase)
		if x.isExact && len(x.exact) < maxExact {
			return exactly(append(slices.Clone(x.exact), "")...)
		}
		return inexact()
	case syntax.OpPlus:
		x := analyze(re.Sub[0], keepCase)
		return lits{need: required(x), prefix: x.prefixes()}
	case syntax.OpRepeat:
		if re.Min == 0 {
			return inexact()
		}
		x := analyze(re.Sub[0], keepCase)
		return lits{need: required(x), prefix: x.prefixes()}
	case syntax.OpConcat:
		parts := make([]lits, len(re.Sub))
		for i, s := range re.Sub {
			parts[i] = analyze(s, keepCase)
		}
		return concat(parts)
	case syntax.OpAlternate:
		return alternate(re.Sub, keepCase)
	default: // any character, star
		return inexact()
	}
}

// required turns what is known of a part into sets its matches hold.
func required(x lits) [][]string {
	if x.isExact {
		if s := minimalSet(x.exact); s != nil {
			return [][]string{s}
		}
		return nil
	}
	return x.need
}

// concat joins the parts of a sequence: runs of exactly known parts are
// multiplied out while small; every run and every required set of an
// inexact part is required of the whole.
func concat(parts []lits) lits {
	run := []string{""}
	var need [][]string
	var prefix []string // known once the first inexact part is reached
	whole := true
	for _, p := range parts {
		if p.isExact && len(run)*len(p.exact) <= maxExact {
			run = cross(run, p.exact)
			continue
		}
		// the run followed by what p starts with, when that stays small
		// (unless that makes many more strings to look for)
		head := run
		if pre := p.prefixes(); pre != nil && len(run)*len(pre) <= maxExact {
			if h := cross(run, pre); len(minimalSet(h)) <= max(4, len(minimalSet(run))) {
				head = h
			}
		}
		if whole {
			prefix = head
		}
		whole = false
		need = append(need, required(exactly(head...))...)
		if p.isExact {
			run = slices.Clone(p.exact)
		} else {
			run = []string{""}
			need = append(need, p.need...)
		}
	}
	if whole {
		return exactly(run...)
	}
	need = append(need, required(exactly(run...))...)
	return lits{need: need, prefix: prefix}
}

// cross is every string of a followed by every string of b.
func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// alternate: the union of the alternatives' exact sets while small, else
// one set: for each alternative its most selective required set. An
// alternative that requires nothing makes the whole require nothing.
func alternate(subs []*syntax.Regexp, keepCase bool) lits {
	all := make([]lits, len(subs))
	exact := true
	n := 0
	for i, s := range subs {
		all[i] = analyze(s, keepCase)
		exact = exact && all[i].isExact
		n += len(all[i].exact)
	}
	if exact && n <= maxExact {
		var u []string
		for _, a := range all {
			u = append(u, a.exact...)
		}
		return exactly(u...)
	}
	var union, prefix []string
	for _, a := range all {
		if prefix != nil || len(union) == 0 {
			if pre := a.prefixes(); pre != nil && len(prefix)+len(pre) <= maxExact {
				prefix = append(prefix, pre...)
			} else {
				prefix = nil
			}
		}
		sets := required(a)
		best := -1
		for i, s := range sets {
			if best < 0 || score(s) > score(sets[best]) {
				best = i
			}
		}
		if best < 0 {
			return inexact()
		}
		union = append(union, sets[best]...)
	}
	if len(union) > 4*maxExact {
		return lits{prefix: prefix}
	}
	return lits{need: [][]string{union}, prefix: prefix}
}

// Scanner looks for the required literals of several patterns at once, in
// one pass over a text (an Aho-Corasick automaton), for code that tries a
// list of patterns in turn on one sentence.
type Scanner struct {
	need  [][][]int32 // per pattern: its required sets as literal numbers
	lits  int         // number of distinct literals
	class [256]uint8  // byte -> column of next; 0 for bytes no literal holds
	cols  int
	next  []int32   // state*cols + class -> next state*cols (see NewScanner)
	out   [][]int32 // per state: the literals that end there
}

// Hits is what a scan found: the literals a text holds.
type Hits struct {
	bits []uint64
	all  bool     // the text holds a fold oddity: every pattern may match
	of   *Scanner // the scanner that found them
}

// MayScanned is MayLower(lower) answered from h when h is the scan of
// lower by the scanner of the lexicon r belongs to, which spares looking
// for each required literal in turn; else MayLower itself.
func (r *Regexp) MayScanned(h Hits, lower string) bool {
	if len(r.need) == 0 {
		return true
	}
	if r.scanner != nil && h.of == r.scanner {
		return r.scanner.May(r.slot, h)
	}
	return r.MayLower(lower)
}

// ownScanner makes the scanner of res and makes it theirs (see
// MayScanned). It is called once, while the patterns are built.
func ownScanner(res []*Regexp) *Scanner {
	s := NewScanner(res)
	for i, re := range res {
		re.scanner, re.slot = s, i
	}
	return s
}

// NewScanner makes a scanner for the prefilters of res, in that order.
func NewScanner(res []*Regexp) *Scanner {
	s := &Scanner{need: make([][][]int32, len(res))}
	ids := map[string]int32{}
	var words []string
	for i, re := range res {
		for _, set := range re.need {
			var nums []int32
			for _, lit := range set {
				id, ok := ids[lit]
				if !ok {
					id = int32(len(words))
					ids[lit] = id
					words = append(words, lit)
				}
				nums = append(nums, id)
			}
			s.need[i] = append(s.need[i], nums)
		}
	}
	s.lits = len(words)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if s.class[w[i]] == 0 {
				s.cols++
				s.class[w[i]] = uint8(s.cols)
			}
		}
	}
	s.cols++ // column 0: bytes of no literal
	// the trie
	trie := [][]int32{make([]int32, s.cols)}
	var ends [][]int32
	ends = append(ends, nil)
	for id, w := range words {
		st := int32(0)
		for i := 0; i < len(w); i++ {
			c := s.class[w[i]]
			if trie[st][c] == 0 {
				trie = append(trie, make([]int32, s.cols))
				ends = append(ends, nil)
				trie[st][c] = int32(len(trie) - 1)
			}
			st = trie[st][c]
		}
		ends[st] = append(ends[st], int32(id))
	}
	// failure links in breadth-first order turn the trie into a automaton
	fail := make([]int32, len(trie))
	queue := []int32{}
	for c := 1; c < s.cols; c++ {
		if t := trie[0][c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		ends[st] = append(ends[st], ends[fail[st]]...)
		for c := 1; c < s.cols; c++ {
			t := trie[st][c]
			if t == 0 {
				trie[st][c] = trie[fail[st]][c]
				continue
			}
			fail[t] = trie[fail[st]][c]
			queue = append(queue, t)
		}
	}
	// a transition holds where the next state's row starts, so that a
	// step is one lookup; negated, less one, when literals end there
	s.next = make([]int32, len(trie)*s.cols)
	for st, row := range trie {
		for c, t := range row {
			v := t * int32(s.cols)
			if len(ends[t]) > 0 {
				v = -v - 1
			}
			s.next[st*s.cols+c] = v
		}
	}
	s.out = ends
	return s
}

// Scan finds the literals a lowered text holds (s with at least its ASCII
// letters in lower case, as strings.ToLower gives).
func (s *Scanner) Scan(lower string) Hits {
	if strings.Contains(lower, "\u017f") || strings.Contains(lower, "\u212a") {
		return Hits{all: true, of: s}
	}
	h := Hits{bits: make([]uint64, (s.lits+63)/64), of: s}
	row := int32(0) // where the state's row starts in next
	for i := 0; i < len(lower); i++ {
		v := s.next[int(row)+int(s.class[lower[i]])]
		if v >= 0 {
			row = v
			continue
		}
		row = -v - 1
		for _, id := range s.out[int(row)/s.cols] {
			h.bits[id/64] |= 1 << (id % 64)
		}
	}
	return h
}

// mayText reports whether the first pattern of s can match low, a text
// lowered as May lowers it (and not holding a rune that folds to an ASCII
// letter), scanning it for the pattern's strings.
func mayText[T string | []byte](s *Scanner, low T) bool {
	var small [2]uint64
	bits := small[:]
	if s.lits > 64*len(small) {
		bits = make([]uint64, (s.lits+63)/64)
	}
	row := int32(0)
	for i := 0; i < len(low); i++ {
		v := s.next[int(row)+int(s.class[low[i]])]
		if v >= 0 {
			row = v
			continue
		}
		row = -v - 1
		for _, id := range s.out[int(row)/s.cols] {
			bits[id/64] |= 1 << (id % 64)
		}
	}
	return s.May(0, Hits{bits: bits, of: s})
}

// May reports whether the i-th pattern can match the scanned text.
func (s *Scanner) May(i int, h Hits) bool {
	if h.all {
		return true
	}
	for _, set := range s.need[i] {
		found := false
		for _, id := range set {
			if h.bits[id/64]&(1<<(id%64)) != 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
