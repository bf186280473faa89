package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold is the one comparison form of names and words: lower case, without
// diacritics, so that "Curaçao", "Curacao" and "CURACAO" compare equal.
// Letters that carry no combining mark in Unicode but are routinely written
// without it in English text (ı, ø, ł, đ, ß, æ, œ) are mapped by hand.
// Typographic apostrophes become ', dashes become -.
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
