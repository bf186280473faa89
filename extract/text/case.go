package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Caps records how a word is capitalised in the text.
type Caps uint8

// Capitalisations, from weakest to strongest: a phrase that needs a
// capitalisation matches any stronger one.
const (
	Lower Caps = iota // starts with a lower-case letter, a digit, or is punctuation
	Title             // starts with an upper-case letter
	Upper             // two or more letters, all upper-case ("EU", "NATO")
)

// CapsOf classifies the capitalisation of w.
func CapsOf(w string) Caps {
	first, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) {
		return Lower
	}
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return Title
			}
			letters++
		}
	}
	if letters >= 2 {
		return Upper
	}
	return Title
}

// IsCap reports a word that starts with a capital.
func IsCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// IsAllCaps reports a word of two or more letters, all capitals.
func IsAllCaps(t string) bool {
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

// HasDigit reports a word with a digit in it.
func HasDigit(t string) bool {
	for _, r := range t {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// StripPossessive drops a trailing "'s" / "’s" (or a lone apostrophe).
func StripPossessive(t string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(t, suf) {
			return strings.TrimSuffix(t, suf)
		}
	}
	return t
}

// TitleCase writes a word in capitals as a name: "NAME" -> "Name".
func TitleCase(t string) string {
	lower := strings.ToLower(t)
	r, n := utf8.DecodeRuneInString(lower)
	return string(unicode.ToUpper(r)) + lower[n:]
}

// TitleCaseWords title-cases every word and every hyphenated part of s.
func TitleCaseWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if p != "" {
				parts[j] = TitleCase(p)
			}
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " ")
}

// OnlySpace reports whether s is non-empty white space without a line break.
func OnlySpace(s string) bool {
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
