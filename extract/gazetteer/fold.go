package gazetteer

import (
	"strings"

	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// Fold is fact.Fold, the project's one comparison form of words.
func Fold(s string) string { return fact.Fold(s) }

// key is the lookup form of a phrase: folded tokens joined by single spaces, so that lookups
// ignore spacing, case and diacritics alike.
func key(s string) string {
	toks := text.Runs(s, text.Tokenize(s))
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Fold
	}
	return strings.Join(parts, " ")
}

// isWordRune is text.IsWordRune: letters, digits of any script and
// combining marks.
func isWordRune(r rune) bool { return text.IsWordRune(r) }
