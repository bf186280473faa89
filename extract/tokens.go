package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

// word is a token of a sentence: a run of letters and digits with inner
// hyphens or apostrophes ("Kassym-Jomart", "Tae-yul", "Uzbekistan’s").
type word struct {
	s, e int // byte offsets within the sentence
	t    string
	f    string // folded: lower case, no diacritics, possessive dropped
}

func isNameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func splitWords(s string) []word {
	var out []word
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isNameRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isNameRune(r) {
				i += n
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' && i > start {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				if i+n < len(s) && isNameRune(next) && r != '.' {
					i += n
					continue
				}
				// "U.S." style abbreviations keep their dots
				if r == '.' && i+n < len(s) && unicode.IsUpper(next) && i-start == 1 {
					i += n
					continue
				}
			}
			break
		}
		t := s[start:i]
		out = append(out, word{s: start, e: i, t: t, f: foldWord(t)})
	}
	return out
}

func foldWord(t string) string {
	f := gazetteer.Fold(t)
	f = strings.TrimSuffix(f, "'s")
	return f
}

func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

func isAllCaps(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func hasDigit(t string) bool {
	for _, r := range t {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// stripPossessive drops a trailing "'s" / "’s".
func stripPossessive(t string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(t, suf) {
			return strings.TrimSuffix(t, suf)
		}
	}
	return t
}

// titleCase turns "KISHIDA" into "Kishida".
func titleCase(t string) string {
	lower := strings.ToLower(t)
	r, n := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[n:]
}

// onlySpace reports whether s is non-empty white space without a line break.
func onlySpace(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r != ' ' && r != '\u00a0' && r != '\t' {
			return false
		}
	}
	return true
}

// editDistance is the Levenshtein distance between two short strings.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
