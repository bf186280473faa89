// Package text is the one tokenizer of the extractor. A sentence is
// tokenized once, and the segmenter's helpers, the gazetteer, the figure and
// date parsers and the name rules all read the same tokens: runs of letters,
// runs of ASCII digits and single other runes, each with its offsets, its
// lower-case and folded forms, and what space precedes it. Words (names,
// "U.S.", "Anne-Marie") and the gazetteer's letter-and-digit runs are views
// built from those tokens, not tokenizations of their own.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/fact"
)

// Kind is what a token is made of.
type Kind uint8

// Kinds of tokens.
const (
	Letters Kind = iota + 1 // a letter and the letters or combining marks after it
	Digits                  // a run of ASCII digits
	Symbol                  // any other single rune that is not space
)

// Token is one token of a text. Start and End are byte offsets into it.
type Token struct {
	Start, End int
	Text       string // text[Start:End]
	Lower      string // Text in lower case (letters); Text itself otherwise
	Fold       string // fact.Fold(Text): lower case without diacritics
	Kind       Kind   // beside the flags, so that a token packs in fewer bytes
	Space      bool   // white space precedes the token
	OneSpace   bool   // exactly one space-like rune precedes the token
	Newline    bool   // a line break lies in the space before the token
}

// bytesPerToken is about how many bytes of prose make one token (a word
// and its space, or a punctuation mark): Tokenize allocates for that many
// at once.
const bytesPerToken = 5

// Tokenize splits s into tokens. Letters and digits are kept apart ("G7" is
// "G", "7") so that each parser decides what glued forms mean.
func Tokenize(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/bytesPerToken+4), s)
}

// TokenizeLower is Tokenize for a text the caller has lowered already
// (lower is strings.ToLower(s)): when s is ASCII that is the lowered copy
// the tokens' lower forms are cut from, which is then not made again.
func TokenizeLower(s, lower string) []Token {
	low := ""
	if len(lower) == len(s) && isASCII(s) {
		low = lower
	}
	return appendTokens(make([]Token, 0, len(s)/bytesPerToken+4), s, low)
}

// AppendTokens appends the tokens of s to toks: Tokenize into room the
// caller has (on its stack, for a short text looked at once).
func AppendTokens(toks []Token, s string) []Token { return appendTokens(toks, s, "") }

// appendTokens is AppendTokens; low, when not "", is lowerASCII(s).
func appendTokens(toks []Token, s, low string) []Token {
	// low is s with its ASCII capitals lowered, made at the first capital:
	// the lower forms of ASCII tokens are slices of it, not a string each
	gapStart := 0
	newline := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\r' {
				newline = true
			}
			i += w
			continue
		}
		gap := s[gapStart:i]
		t := Token{Start: i, Space: len(gap) > 0, Newline: newline}
		newline = false
		if t.Space {
			gr, gw := utf8.DecodeRuneInString(gap)
			t.OneSpace = gw == len(gap) && (gr == ' ' || gr == '\u00a0' || gr == '\u202f' || gr == '\u2009')
		}
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			t.Kind, t.End = Digits, j
		case unicode.IsLetter(r):
			j := i + w
			for j < len(s) {
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += w2
			}
			t.Kind, t.End = Letters, j
		default:
			t.Kind, t.End = Symbol, i+w
		}
		t.Text = s[t.Start:t.End]
		ascii := isASCII(t.Text)
		switch {
		case t.Kind == Letters && ascii:
			// what strings.ToLower and fact.Fold give, without a copy
			t.Lower = t.Text
			if hasUpperASCII(t.Text) {
				if low == "" {
					low = lowerASCII(s)
				}
				t.Lower = low[t.Start:t.End]
			}
			t.Fold = t.Lower
		case t.Kind == Letters:
			t.Lower = strings.ToLower(t.Text)
			t.Fold = fact.Fold(t.Text)
		case ascii:
			// digits and ASCII symbols have no case and no diacritics
			t.Lower, t.Fold = t.Text, t.Text
		default:
			t.Lower = t.Text
			t.Fold = fact.Fold(t.Text)
		}
		toks = append(toks, t)
		i = t.End
		gapStart = i
	}
	return toks
}

// Glued reports whether toks[i] directly follows toks[i-1] with no space.
func Glued(toks []Token, i int) bool {
	return i > 0 && i < len(toks) && !toks[i].Space
}

// IsDash reports a hyphen or dash token.
func IsDash(t Token) bool {
	return t.Kind == Symbol && (t.Text == "-" || t.Text == "–" || t.Text == "—" || t.Text == "‑")
}

// IsWordRune reports the runes of words and names: letters, digits of any
// script and combining marks.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordish reports a token made of word runes only.
func wordish(t Token) bool {
	if t.Kind != Symbol {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return IsWordRune(r)
}

// Run is a maximal stretch of glued word tokens ("G7", "Kyrgyzstani",
// "Nizhny"), or a single symbol token: the unit the gazetteer matches.
type Run struct {
	Start, End int
	Fold       string
	Caps       Caps
	Word       bool // letters and digits, not a symbol
	Newline    bool // a line break lies between the previous run and this one
}

// Runs groups tokens into runs.
func Runs(s string, toks []Token) []Run {
	return AppendRuns(make([]Run, 0, len(toks)), s, toks)
}

// AppendRuns appends the runs of toks to out, as AppendTokens does.
func AppendRuns(out []Run, s string, toks []Token) []Run {
	for i := 0; i < len(toks); {
		t := toks[i]
		if !wordish(t) {
			out = append(out, Run{Start: t.Start, End: t.End, Fold: t.Fold, Newline: t.Newline})
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].Space && wordish(toks[j]) {
			j++
		}
		r := Run{Start: t.Start, End: toks[j-1].End, Word: true, Newline: t.Newline}
		if j == i+1 {
			r.Fold = t.Fold
		} else {
			r.Fold = fact.Fold(s[r.Start:r.End])
		}
		r.Caps = CapsOf(s[r.Start:r.End])
		out = append(out, r)
		i = j
	}
	return out
}

// Word is a word as names are written: a run of word runes with inner
// hyphens or apostrophes ("Anne-Marie", "Norway’s"), or a capital initial
// with its dot run on ("U.S").
type Word struct {
	Start, End int    // byte offsets in the text
	Text       string // text[Start:End]
	Fold       string // folded, possessive "'s" dropped
}

// Words builds the words of s from its tokens.
func Words(s string, toks []Token) []Word {
	// a word starts at a token of word runes: there are no more words
	// than those, and one allocation holds them all
	n := 0
	for _, t := range toks {
		if wordish(t) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Word, 0, n)
	for i := 0; i < len(toks); {
		if !wordish(toks[i]) {
			i++
			continue
		}
		start := toks[i].Start
		j := i + 1
		for j < len(toks) {
			t := toks[j]
			if t.Space {
				break
			}
			if wordish(t) {
				j++
				continue
			}
			next := j + 1
			if next < len(toks) && !toks[next].Space && wordish(toks[next]) {
				if t.Text == "-" || t.Text == "'" || t.Text == "’" {
					j = next
					continue
				}
				// "U.S." style abbreviations keep their dots
				if t.Text == "." && t.Start-start == 1 {
					r, _ := utf8.DecodeRuneInString(toks[next].Text)
					if unicode.IsUpper(r) {
						j = next
						continue
					}
				}
			}
			break
		}
		end := toks[j-1].End
		w := Word{Start: start, End: end, Text: s[start:end]}
		if j == i+1 {
			w.Fold = toks[i].Fold // one token holds no possessive
		} else {
			w.Fold = FoldWord(w.Text)
		}
		out = append(out, w)
		i = j
	}
	return out
}

// hasUpperASCII reports an ASCII capital in s.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// lowerASCII lowers the ASCII capitals of s and leaves every other byte:
// on an ASCII span the same as strings.ToLower, at the same offsets.
func lowerASCII(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b.WriteString(s[last:i])
			b.WriteByte(c + 'a' - 'A')
			last = i + 1
		}
	}
	b.WriteString(s[last:])
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

// FoldWord is the folded form of a word without a possessive "'s".
func FoldWord(t string) string { return fact.FoldName(t) }
