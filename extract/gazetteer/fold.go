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
//
// The names looked up are short: their tokens and runs fit in room on the
// stack, and the key is built without a slice of its parts.
func key(s string) string {
	var tokBuf [shortTokens]text.Token
	var runBuf [shortTokens]text.Run
	var toks []text.Run
	if len(s) > shortText {
		toks = text.Runs(s, text.Tokenize(s))
	} else {
		toks = text.AppendRuns(runBuf[:0], s, text.AppendTokens(tokBuf[:0], s))
	}
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].Fold
	}
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t.Fold)
	}
	var b strings.Builder
	b.Grow(n)
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Fold)
	}
	return b.String()
}

// shortTokens is room for the tokens of a name or a short piece of a
// sentence, of at most shortText bytes (Tokenize allocates for a token
// every five bytes); a longer text has its tokens allocated at once.
const (
	shortTokens = 24
	shortText   = 96
)

// isWordRune is text.IsWordRune: letters, digits of any script and
// combining marks.
func isWordRune(r rune) bool { return text.IsWordRune(r) }
