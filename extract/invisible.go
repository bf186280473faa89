package extract

import "strings"

// invisible are format characters that show as nothing (or only reorder
// what is around them) yet split a word: soft hyphens, zero-width spaces
// and joiners, word joiners, byte order marks inside the text, and the
// bidirectional controls. Text copied from web pages carries them; left
// in, "Aino<ZWSP> Virtanen" reads as two people and a name holding U+202E
// prints as another name. The reader drops them before anything else
// sees the text, so every offset is into the text without them.
var invisible = strings.NewReplacer(
	"\u00ad", "", // soft hyphen
	"\u180e", "", // Mongolian vowel separator (formerly a space)
	"\u200b", "", "\u200c", "", "\u200d", "", // zero-width space, non-joiner, joiner
	"\u200e", "", "\u200f", "", // left-to-right and right-to-left marks
	"\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "", // embeddings and overrides
	"\u2060", "", "\u2061", "", "\u2062", "", "\u2063", "", "\u2064", "", // word joiner, invisible operators
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "", // isolates
	"\ufeff", "", // zero-width no-break space (a BOM inside the text)
)

// dropInvisible removes the invisible format characters from s.
func dropInvisible(s string) string {
	if !strings.ContainsAny(s, "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff") {
		return s
	}

	return invisible.Replace(s)
}
