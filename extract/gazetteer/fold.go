package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lower-cases s and strips diacritics so that "Curaçao", "Curacao" and "CURACAO" compare
// equal. Letters that carry no combining mark in Unicode but are routinely written without it
// in English text (ı, ø, ł, đ, ß, æ, œ) are mapped by hand. Typographic apostrophes become ',
// dashes become -.
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		switch r {
		case 'ı':
			b.WriteByte('i')
		case 'ø':
			b.WriteByte('o')
		case 'ł':
			b.WriteByte('l')
		case 'đ', 'ð':
			b.WriteByte('d')
		case 'ß':
			b.WriteString("ss")
		case 'æ':
			b.WriteString("ae")
		case 'œ':
			b.WriteString("oe")
		case 'þ':
			b.WriteString("th")
		case '’', '‘', 'ʼ', 'ʻ', '`', '´':
			b.WriteByte('\'')
		case '–', '—', '‐', '‑':
			b.WriteByte('-')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

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
