package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/fact"
)

// Fold is fact.Fold, the project's one comparison form of words.
func Fold(s string) string { return fact.Fold(s) }

// capState records how a word is capitalised in the text.
type capState uint8

const (
	capLower capState = iota // starts with a lower-case letter, a digit, or is punctuation
	capTitle                 // starts with an upper-case letter
	capUpper                 // two or more letters, all upper-case ("EU", "NATO")
)

func capitalisation(w string) capState {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return capLower
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return capTitle
			}
			letters++
		}
	}
	if letters >= 2 {
		return capUpper
	}
	return capTitle
}

// token is a word (a maximal run of letters, digits and combining marks) or a single
// punctuation rune. Whitespace separates tokens and is not a token itself.
type token struct {
	start, end int
	fold       string
	caps       capState
	word       bool
	newline    bool // a line break lies between the previous token and this one
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5)
	newline := false
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			w := text[i:j]
			toks = append(toks, token{start: i, end: j, fold: Fold(w), caps: capitalisation(w), word: true, newline: newline})
			newline = false
			i = j
		case unicode.IsSpace(r):
			if r == '\n' || r == '\r' {
				newline = true
			}
			i += size
		default:
			toks = append(toks, token{start: i, end: i + size, fold: Fold(text[i : i+size]), newline: newline})
			newline = false
			i += size
		}
	}
	return toks
}

// key is the lookup form of a phrase: folded tokens joined by single spaces, so that lookups
// ignore spacing, case and diacritics alike.
func key(s string) string {
	toks := tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.fold
	}
	return strings.Join(parts, " ")
}
