package question

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/fact"
)

// token is one word of a question.
type token struct {
	raw        string // as typed
	fold       string // fact.Fold of raw
	start, end int    // byte offsets in the question
	cap        bool   // starts with an upper-case letter
	sep        string // the characters between the previous token and this one
	date       bool   // an ISO date written as one token ("2024-05-27")
}

// wordRune: letters and digits make words; everything else (spaces,
// hyphens, apostrophes, punctuation) separates them, so that "co-chair",
// "Tae-yul" and "O'Neil" are two words each in questions and in names alike.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits s into words. A possessive 's is dropped ("Norway's" is
// "Norway"); an ISO date (YYYY-MM or YYYY-MM-DD) stays one token.
func tokenize(s string) []token {
	var out []token
	prevEnd := 0
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if !wordRune(r2) {
				break
			}
			j += n2
		}
		if k := isoDateEnd(s, i); k > j {
			j = k
		}
		raw := s[i:j]
		sep := s[prevEnd:i]
		// the s of a possessive: drop it, and keep its separator out of the next word's
		if (raw == "s" || raw == "S") && len(out) > 0 && (sep == "'" || sep == "\u2019") {
			prevEnd = j
			i = j
			continue
		}
		first, _ := utf8.DecodeRuneInString(raw)
		out = append(out, token{
			raw:   raw,
			fold:  fact.Fold(raw),
			start: i,
			end:   j,
			cap:   unicode.IsUpper(first),
			sep:   sep,
			date:  j-i >= 7 && strings.Contains(raw, "-"),
		})
		prevEnd = j
		i = j
	}
	return out
}

// isoDateEnd returns the end of an ISO date starting at i (YYYY-MM or
// YYYY-MM-DD, not followed by a digit), or i.
func isoDateEnd(s string, i int) int {
	digits := func(at, n int) bool {
		if at+n > len(s) {
			return false
		}
		for k := at; k < at+n; k++ {
			if s[k] < '0' || s[k] > '9' {
				return false
			}
		}
		return true
	}
	if !digits(i, 4) || i+7 > len(s) || s[i+4] != '-' || !digits(i+5, 2) {
		return i
	}
	end := i + 7
	if end+3 <= len(s) && s[end] == '-' && digits(end+1, 2) {
		end += 3
	}
	if end < len(s) && s[end] >= '0' && s[end] <= '9' {
		return i
	}
	// "2020-2022" is a range of years, not a date: the month must be 01-12
	if m := (s[i+5]-'0')*10 + s[i+6] - '0'; m < 1 || m > 12 {
		return i
	}
	return end
}

// words returns the folded words of a phrase or a name, as tokenize
// splits them.
func words(s string) []string {
	ts := tokenize(s)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.fold
	}
	return out
}

// key is the lookup form of a sequence of folded words.
func key(ws []string) string { return strings.Join(ws, " ") }
