package lexicon

import (
	"bytes"
	"encoding/binary"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
)

// Most patterns start with one of a few words ("welcomed", "agreed to",
// "the two sides"). The regular expression engine, searching a sentence,
// tries the pattern at every position of it; a pattern known to start with
// one of some strings need only be tried, anchored, where one of them
// is. starts is that search: the answers are those of the whole search,
// the strings derived from the pattern alone.
type starts struct {
	// words are lowered ASCII strings, none a prefix of another: every
	// match starts with one of them, in some letter case
	words []string
	// anchored is the pattern matched only at the start of the text
	anchored *regexp.Regexp
	// boundary: the pattern asserts word boundaries. At a start that
	// follows a word character the text cut there would answer them
	// otherwise than the whole text: afterWord, cut one byte before the
	// start, reads that character first and the pattern from the start,
	// which sees it before as the whole text does.
	boundary  bool
	afterWord *regexp.Regexp
}

// Bounds of the starts worth looking for: a letter is everywhere, and
// each start is looked for in turn. Multiplying out the strings that may
// follow a start ("in" and "at", each followed by each space of \s)
// stops at maxCross: more strings cost more passes than longer ones
// spare.
const (
	minStart  = 2
	maxStarts = 16
	maxCross  = 8
)

// newStarts derives the starts of a pattern, nil when it has none worth
// using.
func newStarts(expr string) *starts {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	boundary := false
	anchors := false
	walk(re, func(r *syntax.Regexp) {
		switch r.Op {
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
			boundary = true
		case syntax.OpBeginLine, syntax.OpBeginText:
			anchors = true
		}
	})
	if anchors {
		return nil // a text cut at a start begins there: ^ would hold in it
	}
	set, _, ok := firsts(re)
	if !ok {
		return nil
	}
	words := prefixMinimal(set)
	if len(words) == 0 || len(words) > maxStarts || minLen(words) < minStart {
		return nil
	}
	anchored, err := regexp.Compile(`\A(?:` + expr + `)`)
	if err != nil {
		return nil
	}
	st := &starts{words: words, anchored: anchored, boundary: boundary}
	if boundary {
		if st.afterWord, err = regexp.Compile(`\A[0-9A-Za-z_](?:` + expr + `)`); err != nil {
			return nil
		}
	}
	return st
}

// firsts tells how the matches of a part of a pattern start: with one of
// set (lowered as May compares), and when exact, being one of set; ok is
// false when that is not known within maxStarts strings.
func firsts(re *syntax.Regexp) (set []string, exact, ok bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpEndLine, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}, true, true
	case syntax.OpLiteral:
		var b []byte
		for _, r := range re.Rune {
			c, ok := lowerASCII(r)
			if !ok {
				return []string{string(b)}, false, true
			}
			b = append(b, c)
		}
		return []string{string(b)}, true, true
	case syntax.OpCharClass:
		a := analyze(re, false)
		if !a.isExact {
			return nil, false, false
		}
		return a.exact, true, true
	case syntax.OpCapture:
		return firsts(re.Sub[0])
	case syntax.OpQuest:
		sub, exact, ok := firsts(re.Sub[0])
		if !ok || !exact || len(sub)+1 > maxStarts {
			return nil, false, false
		}
		return append(slices.Clone(sub), ""), true, true
	case syntax.OpPlus:
		sub, _, ok := firsts(re.Sub[0])
		return sub, false, ok
	case syntax.OpRepeat:
		if re.Min == 0 {
			return nil, false, false
		}
		sub, _, ok := firsts(re.Sub[0])
		return sub, false, ok
	case syntax.OpConcat:
		acc := []string{""}
		for _, part := range re.Sub {
			sub, exact, ok := firsts(part)
			if !ok {
				return acc, false, true // the parts before are all known
			}
			if n := len(acc) * len(sub); n > maxStarts || len(acc) > 1 && n > maxCross {
				// more strings to look for than the longer ones
				// spare: "in" and "at", not each followed by
				// each space of \s
				return acc, false, true
			}
			acc = cross(acc, sub)
			if !exact {
				return acc, false, true
			}
		}
		return acc, true, true
	case syntax.OpAlternate:
		sets := make([][]string, len(re.Sub))
		exact := true
		n := 0
		for i, alt := range re.Sub {
			sub, ex, ok := firsts(alt)
			if !ok {
				return nil, false, false
			}
			sets[i] = sub
			exact = exact && ex
			n += len(prefixMinimal(sub))
		}
		// too many words ("pledge", "pledged", "pledging", "vowed", ...):
		// the alternatives of most words, in turn, by what their strings
		// start with ("pledg", "vow")
		order := make([]int, len(sets))
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int { return len(sets[b]) - len(sets[a]) })
		for _, i := range order {
			if n <= maxStarts {
				break
			}
			m := len(prefixMinimal(sets[i]))
			if m < 2 {
				break // the rest have one string each
			}
			p := commonPrefix(sets[i])
			if p == "" {
				return nil, false, false
			}
			sets[i], exact = []string{p}, false
			n -= m - 1
		}
		var all []string
		for _, set := range sets {
			all = append(all, set...)
		}
		if len(prefixMinimal(all)) > maxStarts {
			return nil, false, false
		}
		return all, exact, true
	default: // any character, star, begin of line or text (excluded before)
		return nil, false, false
	}
}

// commonPrefix is the longest string all of set start with.
func commonPrefix(set []string) string {
	if len(set) == 0 {
		return ""
	}
	p := set[0]
	for _, s := range set[1:] {
		n := 0
		for n < len(p) && n < len(s) && p[n] == s[n] {
			n++
		}
		p = p[:n]
	}
	return p
}

func walk(re *syntax.Regexp, fn func(*syntax.Regexp)) {
	fn(re)
	for _, s := range re.Sub {
		walk(s, fn)
	}
}

// prefixMinimal sorts and dedups a set of starts and drops every string
// another is a prefix of (where it starts, the other does); nil when the
// set is empty or holds "".
func prefixMinimal(set []string) []string {
	if len(set) == 0 || slices.Contains(set, "") {
		return nil
	}
	s := slices.Clone(set)
	slices.Sort(s)
	s = slices.Compact(s)
	out := s[:0:0]
	for _, a := range s {
		// sorted: a prefix of a sorts right before it or before others
		// it is a prefix of too
		if len(out) > 0 && strings.HasPrefix(a, out[len(out)-1]) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// at lists where in s (lowered in low) a match may start, in order. ok is
// false when the whole search must decide: the text holds a rune that
// folds to an ASCII letter (see May).
func (st *starts) at(s string, low []byte, dst []int) (_ []int, ok bool) {
	if low == nil {
		return nil, false
	}
	for _, w := range st.words {
		for from := 0; ; {
			i := indexFrom(low, w, from)
			if i < 0 {
				break
			}
			dst = append(dst, i)
			from = i + 1
		}
	}
	slices.Sort(dst)
	return dst, true // no duplicates: no word is a prefix of another
}

// matchAt is the match of the pattern starting at p, submatches with sub,
// indexes into s; nil when there is none.
func (st *starts) matchAt(s string, p int, sub bool) []int {
	re, from := st.anchored, p
	if st.boundary && p > 0 && isWordByte(s[p-1]) {
		re, from = st.afterWord, p-1
	}
	var m []int
	if sub {
		m = re.FindStringSubmatchIndex(s[from:])
	} else {
		m = re.FindStringIndex(s[from:])
	}
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	m[0] = p // past the character afterWord reads first
	return m
}

// matchesAt reports whether the pattern matches at p.
func (st *starts) matchesAt(s string, p int) bool {
	if st.boundary && p > 0 && isWordByte(s[p-1]) {
		return st.afterWord.MatchString(s[p-1:])
	}
	return st.anchored.MatchString(s[p:])
}

func indexFrom(low []byte, w string, from int) int {
	if from >= len(low) {
		return -1
	}
	i := bytes.Index(low[from:], []byte(w)) // w, short, is copied on the stack
	if i < 0 {
		return -1
	}
	return from + i
}

// isWordByte is \w of RE2, which \b and \B look at (ASCII only).
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// lower lowers the ASCII letters of s into buf (grown if short), as May
// compares them; nil when s holds a rune that folds to an ASCII letter.
// Every call of a pattern's methods lowers its text: eight ASCII bytes are
// lowered at once.
func lower(s string, buf []byte) []byte {
	var low []byte
	if len(s) > cap(buf) {
		low = make([]byte, len(s))
	} else {
		low = buf[:len(s)]
	}
	const high = 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if x&high != 0 {
			if !lowerBytes(s, low, i, i+8) {
				return nil
			}
			continue
		}
		// each byte is below 0x80: adding 0x3f sets its high bit when it
		// is 'A' or above, adding 0x25 when above 'Z', without carries
		upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & high
		binary.LittleEndian.PutUint64(low[i:], x|upper>>2)
	}
	if !lowerBytes(s, low, i, len(s)) {
		return nil
	}
	return low
}

// lowerBytes lowers s[from:to] into low one byte at a time; false when
// a rune that folds to an ASCII letter starts there.
func lowerBytes(s string, low []byte, from, to int) bool {
	for i := from; i < to; i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == kelvinLead && i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xaa,
			c == longSLead && i+1 < len(s) && s[i+1] == 0xbf:
			return false
		}
		low[i] = c
	}
	return true
}

// match is the leftmost-first match of the pattern in s at or after pos,
// with its submatches when sub, tried at the starts only; nil when there
// is none. It is what the whole search from pos gives: a match starts
// with a word of st, and the text from a start on, which the anchored
// pattern reads, answers every assertion as the whole text does there
// (see matchAt).
func (st *starts) match(s string, cand []int, pos int, sub bool) []int {
	for _, p := range cand {
		if p < pos {
			continue
		}
		if m := st.matchAt(s, p, sub); m != nil {
			return m
		}
	}
	return nil
}

// all is the matches FindAll... gives, n as there. A match is never
// empty (it holds a start word), so that each next one is looked for from
// the end of the one before, as the whole search does.
func (st *starts) all(s string, cand []int, n int, sub bool) [][]int {
	if n < 0 {
		n = len(s) + 1
	}
	var out [][]int
	for pos := 0; len(out) < n && pos <= len(s); {
		m := st.match(s, cand, pos, sub)
		if m == nil {
			break
		}
		out = append(out, m)
		pos = m[1]
	}
	return out
}
