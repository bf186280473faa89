// Package figures finds the money amounts, percentages and counts a sentence
// states, with the change or goal each expresses. It reads the sentence's
// tokens from package text.
package figures

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// Span is the fact package's.
type Span = fact.Span

// Figure is one number a sentence states, with what it counts or measures.
//
// Conventions the claim stage relies on:
//   - A scaled number with no currency and no counted noun ("a total of 8
//     billion") is money: Kind "money", Unit = the currencyHint given to
//     ParseFigures (possibly ""), because in this genre bare billions are
//     almost always trade or investment volumes.
//   - A bare number with no noun has Kind "count" and Unit "count".
//   - Years, ordinals, dates, times, durations ("12 years", "40 minutes"),
//     codes ("G7", "A-10"), list markers and numbers written as words are
//     not figures.
//   - A change percentage has IsChange set and Change equal to its own signed
//     value; the amount it belongs to gets the same Change.
type Figure struct {
	Span     Span     // byte offsets within the sentence given
	Text     string   // surface text, approximation word included
	Value    float64  // plain number in Unit
	Unit     string   // ISO 4217 code, "percent", a plural lower-case noun, "count", or "" (money, currency unknown)
	Approx   string   // canonical approximation ("almost", "over", "about", ...) or ""
	Kind     string   // "money", "percent" or "count"
	Change   *float64 // stated growth (+) or fall (-) in percent, or nil
	IsChange bool     // this figure is itself the change percentage
	Target   bool     // a goal ("bring trade to $40 billion"), not a fact
	// Equivalent: the money figure before it restated in another currency
	// ("$8 billion (TL 240 billion)"): the same amount, no figure of its own
	Equivalent bool
	// Factor: a change stated as a multiple ("doubled" 2, "grew 1.5 times"
	// 1.5), or 0. Such a figure is a change percentage: doubling is growth
	// of 100 percent, a fall to half (factor 2, Change -50) one of 50.
	Factor float64
	// Share: a percent that states a share of something ("15 percent of
	// investment", "the share ... reached 90 percent"), no growth
	Share bool
	// Base: the starting point of a change that states where it went
	// ("rose from 150 to 400", "from $1 billion in 2017 to $3 billion"):
	// a figure of the past, said only to measure the change by
	Base bool
	// Difference: how much an amount moved, stated beside the level it
	// moved to ("grew by 12 percent, or $3 billion, to $28 billion",
	// "reached $28 billion, up $3 billion"): the change told as an amount,
	// no figure of its own. A difference stated with no level stays a
	// figure ("fell by $400 million").
	Difference bool
	// RangeLow: the low end of a range ("between $2 billion and $3
	// billion", "$2 billion to $3 billion"): the range is one figure, told
	// by its high end, as a range written with a dash ("10-15 percent") is
	RangeLow bool
	// Given: a change percentage the parser gave to an amount of its
	// sentence ("$500 million, a rise of 8 percent"): that amount's, no
	// other's
	Given bool
}

// Figure kinds.
const (
	KindMoney   = "money"
	KindPercent = "percent"
	KindCount   = "count"
)

func (fp *Parser) clauseBoundary(toks []text.Token, i int) bool {
	t := toks[i]
	if t.Kind != text.Symbol {
		return fp.clauseWords[t.Lower]
	}
	switch t.Text {
	case ",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "–", "—", "!", "?":
		return true
	case "-":
		return t.Space && i+1 < len(toks) && toks[i+1].Space
	}
	return false
}

// ---------------------------------------------------------------------------

type figScan struct {
	f        Figure
	first    int // text.Token index where the figure's text starts (approximation included)
	core     int // text.Token index where the figure starts without the approximation
	numTok   int // first digit text.Token
	last     int // last text.Token of the figure
	bareNoun bool
	// a multiple: needsChange when only a word of change in its sentence
	// makes it one ("grew 3 times", not "met 3 times")
	mult, needsChange bool
}

// Parse finds the money amounts, percentages and counts a sentence
// states. currencyHint is the document's dominant currency, used for scaled
// numbers that name none. The parse is linear in the sentence length.
func (fp *Parser) Parse(sentence string, currencyHint string) []Figure {
	return fp.Find(sentence, text.Tokenize(sentence), currencyHint)
}

// Find is Parse over a sentence already tokenized: toks are
// text.Tokenize(sentence).
func (fp *Parser) Find(sentence string, toks []text.Token, currencyHint string) []Figure {
	toks = fp.numberWords(toks)
	var figs []figScan
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != text.Digits {
			if toks[i].Kind == text.Letters {
				if fs, next, ok := fp.wordMultiple(sentence, toks, i); ok {
					figs = append(figs, fs)
					i = next - 1
				}
			}
			continue
		}
		fs, next, ok := fp.scanFigure(sentence, toks, i, currencyHint)
		if ok {
			figs = append(figs, fs)
		}
		if next > i {
			i = next - 1
		}
	}
	if len(figs) == 0 {
		return nil
	}
	fp.classifyFigures(sentence, toks, figs)
	fp.markEquivalents(toks, figs)
	out := make([]Figure, 0, len(figs))
	for k := range figs {
		if figs[k].mult && !figs[k].f.IsChange {
			continue // "met 3 times": a multiple of nothing that grew
		}
		out = append(out, figs[k].f)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// numberWords reads a number written as a word before a scale word ("one
// billion dollars", "a million tonnes", "two trillion roubles") as the
// digits it stands for, so that the figure is scanned as if written so. The
// tokens given are left as they are: a copy is changed, only where there is
// such a word.
func (fp *Parser) numberWords(toks []text.Token) []text.Token {
	out := toks
	copied := false
	for i := 0; i+1 < len(toks); i++ {
		v, ok := fp.wordNumbers[toks[i].Lower]
		if !ok || toks[i].Kind != text.Letters || !toks[i+1].Space || fp.scales[toks[i+1].Lower] == 0 {
			continue
		}
		if f, ok := fp.fractionWords[prevLower(toks, i)]; ok && toks[i].Lower == "a" {
			v = f // "half a billion"
		}
		if !copied {
			out, copied = append([]text.Token(nil), toks...), true
		}
		out[i].Kind, out[i].Text, out[i].Lower, out[i].Fold = text.Digits, v, v, v
	}
	return out
}

func prevLower(toks []text.Token, i int) string {
	if i == 0 {
		return ""
	}
	return toks[i-1].Lower
}

// wordMultiple reads a multiple written in words at toks[i]: a word that
// is one ("doubled", "threefold") or a number in words before "times" or
// "-fold" ("two times", "one and a half times", "three-fold").
func (fp *Parser) wordMultiple(s string, toks []text.Token, i int) (figScan, int, bool) {
	if f, ok := fp.multWords[toks[i].Lower]; ok {
		return fp.multiple(s, toks, i, i, f, false), i + 1, true
	}
	if !fp.multFirst[toks[i].Lower] {
		return figScan{}, i + 1, false // no number in words starts here: no phrase to build
	}
	n := len(toks)
	phrase := ""
	for w := 0; w < fp.multLongest && i+w < n && toks[i+w].Kind == text.Letters; w++ {
		if w > 0 {
			phrase += " "
		}
		phrase += toks[i+w].Lower
		f, ok := fp.multNumbers[phrase]
		if !ok {
			continue
		}
		if end, ok := fp.multNoun(toks, i+w+1); ok {
			return fp.multiple(s, toks, i, end, f, true), end + 1, true
		}
	}
	return figScan{}, i + 1, false
}

// multNoun reports "times" or "-fold" starting at k and returns its last
// token.
func (fp *Parser) multNoun(toks []text.Token, k int) (int, bool) {
	n := len(toks)
	if k < n && toks[k].Kind == text.Letters && fp.multNouns[toks[k].Lower] && toks[k].Lower != "fold" {
		return k, true
	}
	if k+1 < n && text.IsDash(toks[k]) && text.Glued(toks, k) && text.Glued(toks, k+1) && toks[k+1].Lower == "fold" && fp.multNouns["fold"] {
		return k + 1, true
	}
	return 0, false
}

// multiple is the figure of a multiple from toks[core] to toks[last] with
// the factor f (negative: a fall to a fraction). Its value is the change in
// percent; classifyFigures decides whether a word of change makes it one
// and in which direction.
func (fp *Parser) multiple(s string, toks []text.Token, core, last int, f float64, needsChange bool) figScan {
	first, approx := fp.approxBefore(toks, core)
	v := (f - 1) * 100
	if f < 0 {
		v = (1 + 1/f) * 100
	}
	return figScan{first: first, core: core, numTok: core, last: last, mult: true, needsChange: needsChange,
		f: Figure{Span: Span{Start: toks[first].Start, End: toks[last].End}, Text: s[toks[first].Start:toks[last].End],
			Value: roundValue(v), Unit: "percent", Approx: approx, Kind: KindPercent, Factor: f}}
}

// approxBefore is the approximation phrase right before toks[first], if
// any, and the index where it starts.
func (fp *Parser) approxBefore(toks []text.Token, first int) (int, string) {
	for _, ph := range fp.approx {
		m := len(ph.words)
		if first-m < 0 {
			continue
		}
		match := true
		for q := 0; q < m; q++ {
			if toks[first-m+q].Lower != ph.words[q] {
				match = false
				break
			}
		}
		if match {
			return first - m, ph.canon
		}
	}
	return first, ""
}

// scanFigure reads the figure whose first digit run is toks[i]. It returns
// the index of the first text.Token after what it consumed, so that the caller
// never revisits a text.Token (dates and codes are skipped whole).
func (fp *Parser) scanFigure(s string, toks []text.Token, i int, hint string) (figScan, int, bool) {
	skip := func(next int) (figScan, int, bool) { return figScan{}, next, false }
	n := len(toks)
	// Glued to letters before: a code ("G7", "B2B") unless the letters are a
	// currency ("USD3bn").
	prefixCur := ""
	if text.Glued(toks, i) && toks[i-1].Kind == text.Letters {
		if c := fp.isoCurrency(toks[i-1].Text); c != "" {
			prefixCur = c
		} else if c := fp.gluedSign(toks[i-1].Text); c != "" {
			// "R45 billion", "Rs500 crore"
			prefixCur = c
		} else {
			return skip(skipCode(toks, i))
		}
	}
	// "A-10", "SARS-2": a hyphen glued between letters and the digits.
	if text.Glued(toks, i) && text.IsDash(toks[i-1]) && i >= 2 && text.Glued(toks, i-1) && toks[i-2].Kind == text.Letters {
		return skip(skipCode(toks, i))
	}
	// List markers: "(1)", "1." or "2)" at the start.
	if i+1 < n && text.Glued(toks, i+1) && (toks[i+1].Text == ")" || toks[i+1].Text == ".") &&
		(i == 0 || toks[i-1].Text == "(" || isListStart(s, toks[i].Start)) &&
		(i+2 >= n || !(toks[i+2].Kind == text.Digits && text.Glued(toks, i+2))) {
		return skip(i + 2)
	}

	// Number: digits, comma thousands, decimal part.
	j := i
	numText := toks[j].Text
	grouped := false
	for j+2 < n && toks[j+1].Text == "," && text.Glued(toks, j+1) && toks[j+2].Kind == text.Digits &&
		text.Glued(toks, j+2) && len(toks[j+2].Text) == 3 && !(j+3 < n && toks[j+3].Kind == text.Digits) {
		numText += toks[j+2].Text
		j += 2
		grouped = true
	}
	decimal := false
	if j+2 < n && (toks[j+1].Text == "." || (toks[j+1].Text == "," && !grouped)) && text.Glued(toks, j+1) &&
		toks[j+2].Kind == text.Digits && text.Glued(toks, j+2) {
		// A second separator makes it a date or version ("08.07.2016", "1.2.3").
		if j+4 < n && (toks[j+3].Text == "." || toks[j+3].Text == ",") && text.Glued(toks, j+3) &&
			toks[j+4].Kind == text.Digits && text.Glued(toks, j+4) {
			return skip(skipCode(toks, j+4))
		}
		if toks[j+1].Text == "," && len(toks[j+2].Text) == 3 {
			// "1,234" already handled; "12,345" with a trailing group too.
			numText += toks[j+2].Text
		} else {
			numText += "." + toks[j+2].Text
			decimal = true
		}
		j += 2
	}
	// Dates, times, fractions and ratios: "11/06/2016", "4:45", "2/3".
	if j+2 < n && text.Glued(toks, j+1) && (toks[j+1].Text == "/" || toks[j+1].Text == ":") &&
		toks[j+2].Kind == text.Digits && text.Glued(toks, j+2) {
		return skip(skipCode(toks, j+2))
	}
	if text.Glued(toks, i) && (toks[i-1].Text == "/" || toks[i-1].Text == ":") {
		return skip(j + 1)
	}
	// Space-grouped thousands: "8 412", "1 250 000". Only 1-3 leading digits
	// followed by exact groups of three, so "in 2016 300 firms" stays apart.
	if !grouped && !decimal && len(toks[i].Text) <= 3 && toks[i].Text[0] != '0' {
		for j+1 < n && toks[j+1].Kind == text.Digits && toks[j+1].OneSpace && len(toks[j+1].Text) == 3 &&
			!(j+2 < n && text.Glued(toks, j+2) && (toks[j+2].Text == "." || toks[j+2].Text == "/" || toks[j+2].Text == ":" || toks[j+2].Kind == text.Letters)) &&
			!(j+2 < n && fp.dates.MonthOf(toks[j+2]) > 0) {
			numText += toks[j+1].Text
			j++
			grouped = true
		}
	}
	value, err := strconv.ParseFloat(numText, 64)
	if err != nil {
		return skip(j + 1)
	}

	// ISO dates "2016-07-08" are skipped whole; in a range "10-15 percent"
	// the first bound is not a figure of its own.
	if j+2 < n && text.IsDash(toks[j+1]) && toks[j+2].Kind == text.Digits && !toks[j+1].Space {
		if len(numText) == 4 && !grouped && !decimal && text.Glued(toks, j+2) && len(toks[j+2].Text) == 2 {
			return skip(skipCode(toks, j+2))
		}
		return skip(j + 1)
	}
	// A multiple: "grew 1.5 times", "a 3-fold increase".
	if !grouped && value > 1 {
		if end, ok := fp.multNoun(toks, j+1); ok {
			return fp.multiple(s, toks, i, end, value, true), end + 1, true
		}
	}
	// Compound adjectives "8-year", "12-member": not a figure.
	if j+2 < n && text.IsDash(toks[j+1]) && text.Glued(toks, j+1) && text.Glued(toks, j+2) && toks[j+2].Kind == text.Letters {
		return skip(j + 3)
	}

	fs := figScan{numTok: i, first: i}
	k := j + 1 // next unread text.Token
	scale := 1.0
	unit, kind := "", ""

	// Glued suffix letters: ordinal, decade, scale or a code.
	if k < n && text.Glued(toks, k) && toks[k].Kind == text.Letters {
		w := toks[k].Lower
		switch {
		case fp.ordinalSuffixes[w]:
			return skip(k + 1)
		case w == "s" && len(numText) == 4:
			return skip(k + 1)
		default:
			if sc, ok := fp.gluedScale(w); ok {
				scale = sc
				k++
			} else if c := fp.isoCurrency(toks[k].Text); c != "" {
				unit, kind = c, KindMoney
				k++
			} else if fp.clockSuffixes[w] {
				return skip(k + 1)
			} else {
				return skip(skipCode(toks, k))
			}
		}
	}
	// Time "4 p.m.", "11 a.m.".
	if k+1 < n && toks[k].Kind == text.Letters && (toks[k].Lower == "a" || toks[k].Lower == "p") && toks[k+1].Text == "." && text.Glued(toks, k+1) &&
		k+2 < n && (toks[k+2].Lower == "m") {
		return skip(k + 3)
	}

	// Currency before the number.
	cs := i             // first text.Token of the currency prefix
	codePrefix := false // the currency is a code of letters before the number
	if prefixCur != "" {
		unit, kind, cs, codePrefix = prefixCur, KindMoney, i-1, true
	} else if i > 0 {
		p := toks[i-1]
		if c := fp.prefixedSymbol(toks[max(i-2, 0)].Text, p.Text); c != "" && i >= 2 && p.Kind == text.Symbol && text.Glued(toks, i-1) {
			// "GH¢ 4 billion", "GH¢4 billion": one sign of letters and a symbol
			unit, kind, cs = c, KindMoney, i-2
		} else if c := fp.currencySymbol(p.Text); c != "" {
			unit, kind, cs = c, KindMoney, i-1
			if c == "USD" && i >= 2 && text.Glued(toks, i-1) && toks[i-2].Kind == text.Letters {
				if d := fp.dollarPrefix(toks[i-2].Text); d != "" {
					unit, cs = d, i-2
				}
			} else if c == "USD" && i >= 3 && toks[i-2].Text == "." && text.Glued(toks, i-1) && toks[i-3].Text == "S" {
				// "U.S.$"
				cs = i - 3
				for cs > 0 && text.Glued(toks, cs) && (toks[cs-1].Text == "." || toks[cs-1].Text == "U") {
					cs--
				}
			}
		} else if c := fp.isoCurrency(p.Text); c != "" {
			unit, kind, cs, codePrefix = c, KindMoney, i-1, true
		} else if c := fp.abbrevs[toks[max(i-2, 0)].Text]; p.Text == "." && i >= 2 && c != "" {
			unit, kind, cs = c, KindMoney, i-2
		} else if c := fp.abbrevs[p.Text]; c != "" {
			unit, kind, cs = c, KindMoney, i-1
		}
	}

	// The high end of a range written with a dash takes the currency
	// written before its low end: "$2-3 billion" is in dollars.
	if kind == "" && i >= 2 && text.IsDash(toks[i-1]) && text.Glued(toks, i) && text.Glued(toks, i-1) && toks[i-2].Kind == text.Digits {
		p := i - 2
		for p >= 2 && text.Glued(toks, p) && (toks[p-1].Text == "." || toks[p-1].Text == ",") && toks[p-2].Kind == text.Digits {
			p -= 2
		}
		if p >= 1 {
			if c := fp.currencySymbol(toks[p-1].Text); c != "" {
				unit, kind, cs = c, KindMoney, p-1
				if c == "USD" && p >= 2 && text.Glued(toks, p-1) && toks[p-2].Kind == text.Letters {
					if d := fp.dollarPrefix(toks[p-2].Text); d != "" {
						unit, cs = d, p-2
					}
				}
			}
		}
	}

	// Words before that make it a label or a date: "No. 8", "June 14".
	if kind == "" {
		b := i - 1
		if b >= 0 && toks[b].Text == "." {
			b--
		}
		if b >= 0 && toks[b].Kind == text.Letters && (fp.refWord(toks[b].Lower) || fp.dates.MonthOf(toks[b]) > 0) {
			return skip(k)
		}
	}

	// Scale word after a space: "31 billion", "$8 bln", "17.2 bn".
	if scale == 1 && k < n && toks[k].Kind == text.Letters {
		if sc, ok := fp.scaleWord(toks[k].Lower); ok {
			scale = sc
			k++
		} else if (toks[k].Lower == "m" || toks[k].Lower == "b") && kind == KindMoney && !(k+1 < n && toks[k+1].Text == "." && text.Glued(toks, k+1)) {
			scale, _ = fp.gluedScale(toks[k].Lower)
			k++
		}
	}

	// A currency code before a small bare number is a name with a number
	// ("COP29", "COP 28"): amounts written after a code carry a scale or
	// are large ("USD 3bn", "EUR 12,500").
	if kind == KindMoney && codePrefix && scale == 1 && !grouped && !decimal && value < 1000 {
		return skip(k)
	}

	// "1 billion 200 million": a smaller scaled number right after adds to it.
	for scale > 1 && k+1 < n && toks[k].Kind == text.Digits && toks[k].Space && len(toks[k].Text) <= 3 &&
		toks[k+1].Kind == text.Letters && !(k+2 < n && text.Glued(toks, k+2)) {
		sc, ok := fp.scaleWord(toks[k+1].Lower)
		if !ok || sc >= scale {
			break
		}
		part, err := strconv.ParseFloat(toks[k].Text, 64)
		if err != nil || part*sc >= scale {
			break
		}
		value, scale = value*scale/sc+part, sc
		k += 2
	}

	// Percent.
	if kind == "" && k < n {
		switch {
		case toks[k].Text == "%":
			unit, kind = "percent", KindPercent
			k++
		case fp.percentWords[toks[k].Lower]:
			unit, kind = "percent", KindPercent
			k++
		case k+1 < n && fp.percentPhrases[toks[k].Lower+" "+toks[k+1].Lower] != "":
			unit, kind = fp.percentPhrases[toks[k].Lower+" "+toks[k+1].Lower], KindPercent
			k += 2
		}
	}

	// Currency after the number: "17.2 bn USD", "61 billion roubles", "8 billion US dollars".
	if kind == "" && k < n && toks[k].Kind == text.Letters {
		if c := fp.isoCurrency(toks[k].Text); c != "" {
			unit, kind = c, KindMoney
			k++
		} else if end, c := fp.currencyAfter(toks, k, scale != 1); c != "" {
			unit, kind = c, KindMoney
			k = end
		}
	}
	last := k - 1
	if kind == "" {
		// A day before a month name: "14 June".
		if k < n && fp.dates.MonthOf(toks[k]) > 0 {
			return skip(k + 1)
		}
		// Counted noun, duration, or a bare number.
		end, noun, dur := fp.countedNoun(toks, k)
		if noun != "" && fp.countNoun(noun) == "" && isYearLike(numText, decimal || grouped) {
			// "in 2016 exports rose": a year, not 2016 exports.
			return skip(k)
		}
		switch {
		case dur:
			return skip(k)
		case noun != "":
			unit, kind = noun, KindCount
			last = end
		case scale >= 1e6:
			unit, kind = hint, KindMoney
		default:
			if isYearLike(numText, decimal || grouped) {
				return skip(k)
			}
			unit, kind = "count", KindCount
			fs.bareNoun = true
		}
	}

	// Approximation before the currency prefix.
	first, approx := fp.approxBefore(toks, cs)

	fs.first = first
	fs.core = cs
	fs.last = last
	fs.f = Figure{
		Span:   Span{Start: toks[first].Start, End: toks[last].End},
		Text:   s[toks[first].Start:toks[last].End],
		Value:  roundValue(value * scale),
		Unit:   unit,
		Approx: approx,
		Kind:   kind,
	}
	return fs, k, true
}

// roundValue removes float noise from scaling ("17.2" * 1e9).
func roundValue(v float64) float64 {
	if v == 0 {
		return 0
	}
	r := math.Round(v*1e6) / 1e6
	if math.Abs(r) >= 1e6 {
		p, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
		return p
	}
	return r
}

// isYearLike reports a bare number that reads as a year.
func isYearLike(num string, decimal bool) bool {
	if decimal || len(num) != 4 {
		return false
	}
	y, _ := strconv.Atoi(num)
	return y >= 1800 && y <= 2199
}

// isListStart reports whether only whitespace precedes pos on its line.
func isListStart(s string, pos int) bool {
	for q := pos - 1; q >= 0; q-- {
		switch s[q] {
		case ' ', '\t':
			continue
		case '\n', '\r':
			return true
		default:
			return false
		}
	}
	return true
}

// skipCode advances past a run of glued letters, digits and joiners
// ("4G", "1.2.3", "11/06/2016") starting at k.
func skipCode(toks []text.Token, k int) int {
	for k+1 < len(toks) && text.Glued(toks, k+1) {
		t := toks[k+1]
		if t.Kind == text.Letters || t.Kind == text.Digits {
			k++
			continue
		}
		if (t.Text == "." || t.Text == "/" || t.Text == "-" || t.Text == ":") && k+2 < len(toks) && text.Glued(toks, k+2) &&
			(toks[k+2].Kind == text.Digits || toks[k+2].Kind == text.Letters) {
			k += 2
			continue
		}
		break
	}
	return k + 1
}

// currencyAfter reads a currency noun at k, with an optional adjective
// ("US dollars", "Russian roubles"). It returns the index after it.
func (fp *Parser) currencyAfter(toks []text.Token, k int, scaled bool) (int, string) {
	n := len(toks)
	adj := ""
	q := k
	// "Kuwaiti dinars", "Swiss francs": a currency its adjective names
	if q+1 < n && toks[q].Kind == text.Letters && toks[q+1].Kind == text.Letters {
		if c := fp.currencyPhrases[toks[q].Lower+" "+toks[q+1].Lower]; c != "" {
			return q + 2, c
		}
	}
	// "U.S." spelled with dots.
	if q+3 < n && toks[q].Text == "U" && toks[q+1].Text == "." && toks[q+2].Text == "S" && toks[q+3].Text == "." {
		adj, q = "USD", q+4
	} else if q+1 < n && toks[q].Kind == text.Letters && unicode.IsUpper(rune(toks[q].Text[0])) {
		if d := fp.dollarAdjective(toks[q].Lower); d != "" {
			adj = d
		}
		if c, _ := fp.currencyName(toks[q+1].Lower); c != "" {
			q++
		} else if fp.dollarFirst[toks[q].Lower] {
			if q+2 < n {
				if c, _ := fp.currencyName(toks[q+2].Lower); c != "" {
					adj = fp.dollarAdjective(toks[q+1].Lower)
					q += 2
				}
			}
		}
	}
	if q >= n || toks[q].Kind != text.Letters {
		return k, ""
	}
	c, strong := fp.currencyName(toks[q].Lower)
	if c == "" || (!strong && !scaled) {
		return k, ""
	}
	if c == "USD" && adj != "" {
		c = adj
	}
	return q + 1, c
}

// countedNoun looks up to three words ahead for what a number counts. It
// returns the index of the noun's last text.Token, the normalised unit, and
// whether the number is a duration instead.
func (fp *Parser) countedNoun(toks []text.Token, k int) (int, string, bool) {
	n := len(toks)
	for words := 0; words < 4 && k < n; words++ {
		t := toks[k]
		if t.Kind != text.Letters {
			return 0, "", false
		}
		w := t.Lower
		// Hyphenated compounds ("Estonian-Latvian") count as one word.
		end := k
		for end+2 < n && text.IsDash(toks[end+1]) && text.Glued(toks, end+1) && text.Glued(toks, end+2) && toks[end+2].Kind == text.Letters {
			end += 2
			w = toks[end].Lower
		}
		if fp.durationNoun(w) {
			return 0, "", true
		}
		if end+1 < n {
			if u := fp.countPhrases[w+" "+toks[end+1].Lower]; u != "" {
				return end + 1, u, false
			}
		}
		if u := fp.countNoun(w); u != "" {
			return end, u, false
		}
		if fp.nounStopWord(w) || fp.dates.MonthOf(t) > 0 {
			return 0, "", false
		}
		if fp.looksPlural(w) {
			return end, w, false
		}
		k = end + 1
	}
	return 0, "", false
}

func (fp *Parser) looksPlural(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
		strings.HasSuffix(w, "ous") || strings.HasSuffix(w, "'s") {
		return false
	}
	return !fp.notPlural[w]
}

// ---------------------------------------------------------------------------
// Change and target classification.

// resultOfChange reports a goal verb at ra ("reach") that follows "to"
// after a percent or a multiple which a change verb of the clause states,
// that verb itself no goal ("grew by 20% to reach", "had grown fivefold
// over the past decade to reach", not "to increase by 20% to reach").
func (fp *Parser) resultOfChange(toks []text.Token, figs []figScan, ra, clause int, lastVerb []int) bool {
	if ra < 2 || toks[ra-1].Lower != "to" {
		return false
	}
	// the last figure before "to", found by halving so that a sentence of
	// many figures stays linear
	k := sort.Search(len(figs), func(k int) bool { return figs[k].last >= ra-1 }) - 1
	if k < 0 || figs[k].first <= clause || figs[k].f.Kind != KindPercent {
		return false
	}
	v := lastVerb[figs[k].first]
	return v > clause && (v == 0 || !fp.goalVerbBefore[toks[v-1].Lower])
}

// fromEnd reports a figure at token first that is the "from" end of a
// range, right after "from" or after words that say it is today's level
// ("from the current $6 billion", "from about $2 billion").
func (fp *Parser) fromEnd(toks []text.Token, first int) bool {
	for k := first - 1; k >= 0 && first-k <= 4; k-- {
		switch {
		case toks[k].Lower == "from":
			return true
		case !fp.fromLevel[toks[k].Lower]:
			return false
		}
	}
	return false
}

// classifyFigures sets IsChange, Change and Target on the figures of one sentence.
// Nearest-word lookups use prefix arrays so the work stays linear.
func (fp *Parser) classifyFigures(sentence string, toks []text.Token, figs []figScan) {
	n := len(toks)
	lastBoundary := make([]int, n+1) // nearest clause boundary strictly before i
	lastVerb := make([]int, n+1)     // nearest change verb/noun strictly before i
	lastIntent := make([]int, n+1)   // nearest intent marker strictly before i
	lastRaise := make([]int, n+1)    // nearest goal verb introduced by "to"/a modal
	lastForecast := make([]int, n+1)
	b, v, in, ra, fc := -1, -1, -1, -1, -1
	for i := 0; i <= n; i++ {
		lastBoundary[i], lastVerb[i], lastIntent[i], lastRaise[i], lastForecast[i] = b, v, in, ra, fc
		if i == n {
			break
		}
		t := toks[i]
		if fp.clauseBoundary(toks, i) {
			b = i
		}
		if s, verb := fp.changeWord(t.Lower); s != 0 && verb {
			v = i
		}
		if fp.intentWord(t.Lower) && (!fp.goalNoun(t.Lower) || (i+1 < n && fp.goalNounFollower(toks[i+1].Lower))) {
			in = i
		}
		if fp.forecastAt(toks, i) {
			fc = i
		}
		if fp.raiseVerb(t.Lower) && i > 0 {
			p := toks[i-1].Lower
			if fp.goalVerbBefore[p] {
				ra = i
				if fp.goalVerbOngoing[p] {
					in = i // "working on reaching"
				}
			}
		}
	}

	sign := func(i int) float64 {
		if s, _ := fp.changeWord(toks[i].Lower); s < 0 {
			return -1
		}
		return 1
	}

	for idx := range figs {
		fs := &figs[idx]
		first := fs.first
		after := fs.last + 1

		// Target: an intent word or a goal verb in the same clause before it,
		// or "target"/"goal" right after it, and not the "from" end of a range.
		clause := lastBoundary[first]
		fromEnd := fp.fromEnd(toks, first)
		tgt := false
		if !fromEnd {
			prevLow := ""
			if first > 0 {
				prevLow = toks[first-1].Lower
			}
			goalVerb := lastRaise[first] > clause &&
				(prevLow == "to" || prevLow == "by" || lastRaise[first] == first-1)
			if goalVerb && lastIntent[first] <= clause && fp.resultOfChange(toks, figs, lastRaise[first], clause, lastVerb) {
				// "grew by 20% to reach $3.4 billion": what the growth came
				// to, a figure stated, not a goal
				goalVerb = false
			}
			tgt = lastIntent[first] > clause || goalVerb
			// "expected to reach $31 billion" is a forecast, which is a claim.
			if lastForecast[first] > clause && lastForecast[first] > lastIntent[first] {
				tgt = false
			}
			if after < n && fp.goalAfter[toks[after].Lower] ||
				// "the $10 billion trade target": a noun between
				after+1 < n && toks[after].Kind == text.Letters && toks[after].Lower == toks[after].Text && fp.goalAfter[toks[after+1].Lower] {
				tgt = true
			}
			if first > 0 && fp.goalBefore[toks[first-1].Lower] {
				tgt = true // "work towards $10 billion in trade"
			}
		}
		fs.f.Target = tgt
		if tgt && lastRaise[first] > clause {
			fs.goalItself(sentence, toks)
		}

		if fs.f.Kind != KindPercent {
			continue
		}
		if fs.mult {
			fp.classifyMultiple(toks, fs, lastVerb, clause)
			continue
		}
		fs.f.Share = after < n && fp.levelAfter[toks[after].Lower] && toks[after].Lower != "of" ||
			after+1 < n && toks[after].Lower == "of" && !fp.changeWordAt(toks, after+1)
		for q := clause + 1; q < first && !fs.f.Share; q++ {
			fs.f.Share = fp.shareWords[toks[q].Lower]
		}
		var dir float64
		isChange := false
		prev := first - 1
		// A written sign: "+7%", "−3%".
		if prev >= 0 && text.Glued(toks, first) && (prev == 0 || toks[prev].Space) {
			switch toks[prev].Text {
			case "+":
				isChange, dir = true, 1
			case "-", "−", "–":
				isChange, dir = true, -1
			}
		}
		// "<verb> by X%", "<verb> X%": direction from the nearest change verb.
		switch {
		case isChange:
		case prev >= 0 && toks[prev].Lower == "by":
			isChange = true
			dir = 1
			if lastVerb[prev] >= 0 {
				dir = sign(lastVerb[prev])
			}
		case prev >= 0:
			if s, _ := fp.changeWord(toks[prev].Lower); s != 0 && !(toks[prev].Lower == "more" || toks[prev].Lower == "less") {
				isChange, dir = true, float64(s)
			} else if toks[prev].Lower == "of" && prev >= 1 {
				if s, verb := fp.changeWord(toks[prev-1].Lower); s != 0 && verb {
					isChange, dir = true, float64(s)
				}
			}
		}
		// "X% more than", "a 4% drop", "12 percent year-on-year".
		if !isChange && after < n {
			w := toks[after].Lower
			if s, _ := fp.changeWord(w); s != 0 {
				isChange, dir = true, float64(s)
			} else if fp.changeAfter[w] {
				isChange, dir = true, 1
				if lastVerb[first] >= 0 {
					dir = sign(lastVerb[first])
				}
			}
		}
		// A percent in a sentence that speaks of growth, not stated as a share.
		if !isChange && lastVerb[first] >= 0 && !fp.levelPercent(toks, first, after) {
			isChange, dir = true, sign(lastVerb[first])
		}
		if isChange {
			c := dir * fs.f.Value
			fs.f.IsChange = true
			fs.f.Change = &c
		}
	}

	// "to $5 billion, and then up to $10 billion": the steps of one goal
	for k := 1; k < len(figs); k++ {
		a, b := &figs[k-1], &figs[k]
		if !a.f.Target || b.f.Target || b.f.Kind != a.f.Kind || b.first <= a.last+1 {
			continue
		}
		goesOn := true
		for q := a.last + 1; q < b.first && goesOn; q++ {
			goesOn = toks[q].Text == "," || fp.goalGoesOn[toks[q].Lower]
		}
		if goesOn {
			b.f.Target = true
			b.goalItself(sentence, toks)
		}
	}

	// "from 150 to 400": the figure after "from" is the base of the change
	// when a figure of its kind follows "to" in the same clause
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.first == 0 || toks[a.first-1].Lower != "from" || b.first == 0 || toks[b.first-1].Lower != "to" ||
			a.f.Kind != b.f.Kind || lastBoundary[b.first] > a.last {
			continue
		}
		a.f.Base = true
	}
	// "compared with $3 billion", "up from 700 million": the base a change
	// is measured from; "rose to $6 billion from $4 billion": the figure
	// after "from" when one of its kind after "to" comes before it in the
	// clause
	for k := range figs {
		b := &figs[k]
		if fp.baseBefore(toks, b.first) {
			b.f.Base = true
			continue
		}
		if k == 0 || b.first == 0 || toks[b.first-1].Lower != "from" {
			continue
		}
		a := &figs[k-1]
		if a.first > 0 && toks[a.first-1].Lower == "to" && a.f.Kind == b.f.Kind && lastBoundary[b.first] <= a.last {
			b.f.Base = true
		}
	}

	fp.markRanges(toks, figs, lastVerb)
	fp.markDifferences(toks, figs)
	fp.attachChanges(toks, figs, lastBoundary)
}

// markRanges marks the low end of a range: a figure after "between" with
// only "and" before the next, or one with only "to" or a dash glued to both
// before the next, of its kind and unit and larger, where no word of change
// comes before it in its clause ("rose $2 billion to $30 billion" states a
// change). "from A to B" is a base and its result, marked apart.
func (fp *Parser) markRanges(toks []text.Token, figs []figScan, lastVerb []int) {
	for k := 0; k+1 < len(figs); k++ {
		a, b := &figs[k], &figs[k+1]
		if a.f.Kind != b.f.Kind || a.f.Unit != b.f.Unit && a.f.Unit != "" && !a.bareNoun || a.f.Value >= b.f.Value ||
			a.f.Kind == KindPercent || a.f.Base || a.first == 0 || b.first != a.last+2 {
			continue
		}
		mid := toks[a.last+1]
		switch {
		case toks[a.first-1].Lower == "between" && mid.Lower == "and":
		case mid.Lower == "to" || text.IsDash(mid) && text.Glued(toks, a.last+1) && text.Glued(toks, b.first):
			if v := lastVerb[a.first]; v >= 0 && v > a.first-4 {
				continue
			}
			if p := toks[a.first-1].Lower; p == "from" || p == "by" || fp.changeWordAt(toks, a.first-1) {
				continue
			}
		default:
			continue
		}
		a.f.RangeLow = true
	}
}

// markDifferences marks an amount stated as a change (after "by", a word of
// change, or a change percentage it restates: "12 percent, or $3 billion")
// when the level of its kind it moved to stands beside it, with only the
// words of a change or of its result between them ("..., to $28 billion",
// "$28 billion, up $3 billion").
func (fp *Parser) markDifferences(toks []text.Token, figs []figScan) {
	amount := func(f *Figure) bool {
		return (f.Kind == KindMoney || f.Kind == KindCount) && !f.IsChange && !f.Target && !f.Base && !f.Equivalent && !f.RangeLow
	}
	// inChange reports a token of a change percentage
	inChange := func(q int) bool {
		for k := range figs {
			if figs[k].f.IsChange && figs[k].f.Kind == KindPercent && q >= figs[k].first && q <= figs[k].last {
				return true
			}
		}
		return false
	}
	// only reports that the tokens from lo to hi (exclusive) are all
	// punctuation of a restatement, tokens of a change percentage, or
	// words ok accepts
	only := func(lo, hi int, ok func(string) bool) bool {
		for q := lo; q < hi; q++ {
			switch t := toks[q]; {
			case t.Text == "," || t.Text == "(" || t.Text == ")" || t.Lower == "or":
			case inChange(q), ok(t.Lower):
			default:
				return false
			}
		}
		return true
	}
	for k := range figs {
		d := &figs[k]
		if !amount(&d.f) || d.first == 0 {
			continue
		}
		prev := toks[d.first-1].Lower
		stated := prev == "by" || fp.changeWordAt(toks, d.first-1) ||
			prev == "of" && d.first >= 2 && fp.changeWordAt(toks, d.first-2)
		if !stated && k > 0 && figs[k-1].f.IsChange && figs[k-1].f.Kind == KindPercent {
			// "12 percent, or $3 billion": the percentage told as an amount
			stated = only(figs[k-1].last+1, d.first, func(w string) bool { return w == "by" })
		}
		if !stated {
			continue
		}
		for j := range figs {
			l := &figs[j]
			if j == k || l.f.Kind != d.f.Kind || !amount(&l.f) {
				continue
			}
			if j > k && only(d.last+1, l.first, fp.resultClauseWord) ||
				j < k && only(l.last+1, d.first, fp.changeClauseWord) {
				d.f.Difference = true
				break
			}
		}
	}
}

// baseBefore reports words right before toks[first] that make the figure
// there the base of a change ("up from", "compared with").
func (fp *Parser) baseBefore(toks []text.Token, first int) bool {
	for _, ph := range fp.basePhrases {
		m := len(ph)
		if first-m < 0 {
			continue
		}
		match := true
		for q := 0; q < m && match; q++ {
			match = toks[first-m+q].Lower == ph[q]
		}
		if match {
			return true
		}
	}
	return false
}

// commaClause reports a clause that opens with a comma at b, the only
// boundary from lo on, whose tokens before c all satisfy ok: a clause that
// is nothing but a change ("11 million tons, up 5 percent") or nothing but
// what a change came to ("grew threefold, to 450,000 people").
func (fp *Parser) commaClause(toks []text.Token, b, c, lo int, ok func(string) bool) bool {
	if b < 0 || toks[b].Text != "," {
		return false
	}
	for q := lo; q < b; q++ {
		if fp.clauseBoundary(toks, q) {
			return false
		}
	}
	for q := b + 1; q < c; q++ {
		if !ok(toks[q].Lower) {
			return false
		}
	}
	return true
}

// changeClauseWord: a word of a clause that states only a change ("up",
// "an increase of").
func (fp *Parser) changeClauseWord(w string) bool {
	s, _ := fp.changeWord(w)
	return s != 0 || fp.clauseFillers[w]
}

// resultClauseWord: a word of a clause that states only what a change came
// to ("to", "reaching").
func (fp *Parser) resultClauseWord(w string) bool {
	return fp.raiseVerb(w) || fp.resultWords[w]
}

// goalItself drops "up to" from a goal: "increase ... up to $8 billion"
// names the goal itself, no upper bound.
func (fs *figScan) goalItself(sentence string, toks []text.Token) {
	if fs.f.Approx != "up to" {
		return
	}
	fs.f.Approx = ""
	fs.f.Span.Start = toks[fs.core].Start
	fs.f.Text = sentence[fs.f.Span.Start:fs.f.Span.End]
}

// changeWordAt reports a word of change at toks[k] ("40 percent of growth"
// is no share).
func (fp *Parser) changeWordAt(toks []text.Token, k int) bool {
	s, _ := fp.changeWord(toks[k].Lower)
	return s != 0
}

// classifyMultiple makes a multiple a change: a word that is one
// ("doubled", "threefold") is growth or, with a fall before it in its
// clause ("fell threefold"), a fall; a number of times is a change only
// with a word of change in its clause or right after it ("grew 1.5 times",
// "three times more"). A fall by a factor f is one of 100(1-1/f) percent.
func (fp *Parser) classifyMultiple(toks []text.Token, fs *figScan, lastVerb []int, clause int) {
	dir := 0.0
	if fs.f.Factor < 0 {
		dir = -1
	} else if v := lastVerb[fs.first]; v > clause {
		if s, _ := fp.changeWord(toks[v].Lower); s != 0 {
			dir = float64(s)
		}
	}
	if dir == 0 && fs.last+1 < len(toks) {
		if s, _ := fp.changeWord(toks[fs.last+1].Lower); s != 0 {
			dir = float64(s)
		}
	}
	if dir == 0 && !fs.needsChange {
		dir = 1
	}
	if dir == 0 {
		return
	}
	f := math.Abs(fs.f.Factor)
	v := (f - 1) * 100
	if dir < 0 {
		v = (1 - 1/f) * 100
	}
	fs.f.Value = roundValue(v)
	c := dir * fs.f.Value
	fs.f.IsChange = true
	fs.f.Change = &c
}

// markEquivalents marks a money figure that restates the one before it in
// another currency: in brackets right after it ("790 million dollars (about
// 29 billion baht)") or after "or" ("40 billion kronor or 41 billion
// Norwegian kroner"). It shares the first figure's goal.
func (fp *Parser) markEquivalents(toks []text.Token, figs []figScan) {
	for k := 1; k < len(figs); k++ {
		a, b := &figs[k-1], &figs[k]
		if a.f.Kind != KindMoney || b.f.Kind != KindMoney || a.f.Unit == b.f.Unit || a.f.Equivalent {
			continue
		}
		restates, only := false, true
		from := a.last + 1
		// "2.2 billion euros in 2022 (about $2.4 billion)": a few words of
		// the first amount's own (its period) before the bracket
		for q := from; q < b.first && q <= a.last+4; q++ {
			if t := toks[q]; t.Text == "(" || t.Text == "[" {
				from = q
				break
			} else if fp.clauseBoundary(toks, q) {
				break
			}
		}
		for q := from; q < b.first && only; q++ {
			switch t := toks[q]; {
			case t.Text == "(" || t.Text == "[":
				restates = true
			case t.Text == ",":
			case fp.equivalentWords[t.Lower]:
				restates = restates || t.Lower == "or"
			default:
				only = false
			}
		}
		if restates && only && b.first > a.last+1 {
			b.f.Equivalent = true
			b.f.Target = a.f.Target
			if a.f.Change == nil {
				// a change given to the restatement is the amount's
				a.f.Change, b.f.Change = b.f.Change, nil
			}
		}
	}
}

// levelPercent reports a percentage that states a share or a rate.
func (fp *Parser) levelPercent(toks []text.Token, first, after int) bool {
	if after < len(toks) && fp.levelAfter[toks[after].Lower] {
		return true
	}
	if first > 0 && fp.levelBefore[toks[first-1].Lower] {
		return true
	}
	for q := first - 1; q >= 0 && q >= first-3; q-- {
		if fp.levelNear[toks[q].Lower] {
			return true
		}
	}
	return false
}

// attachChanges gives each change percentage to the nearest amount, nearest
// pairs first, so that in "grew by 4 percent, but I have 6 percent,
// reaching $13 billion" the amount takes the 6.
func (fp *Parser) attachChanges(toks []text.Token, figs []figScan, lastBoundary []int) {
	type pair struct{ c, a, dist int }
	var pairs []pair
	var changes, amounts []int
	for k := range figs {
		f := &figs[k].f
		switch {
		case f.IsChange && !f.Target:
			changes = append(changes, k)
		case f.Base, f.Difference, f.RangeLow:
			// the base of a change takes none: the change is the figure's
			// it led to; nor does a change told as an amount
		case f.Kind == KindMoney && !f.Target:
			amounts = append(amounts, k)
		case f.Kind == KindCount && !f.Target && !figs[k].bareNoun:
			amounts = append(amounts, k)
		}
	}
	if len(changes) == 0 || len(amounts) == 0 {
		return
	}
	// Only the nearest amount on each side is a candidate, which keeps the
	// pairing linear even in a sentence full of figures.
	ai := 0
	for _, c := range changes {
		for ai < len(amounts) && amounts[ai] < c {
			ai++
		}
		for _, a := range []int{ai - 1, ai} {
			if a < 0 || a >= len(amounts) {
				continue
			}
			a = amounts[a]
			d := figs[c].f.Span.Start - figs[a].f.Span.End
			if figs[a].f.Span.Start > figs[c].f.Span.End {
				d = figs[a].f.Span.Start - figs[c].f.Span.End
			}
			// Counts only take a change from their own clause, or from
			// one that is nothing but the change ("11 million tons, up
			// 5 percent").
			if figs[a].f.Kind == KindCount {
				lo, hi := figs[a].first, figs[c].first
				if lo > hi {
					lo, hi = hi, lo
				}
				if lastBoundary[hi] >= lo && !(hi == figs[c].first && fp.commaClause(toks, lastBoundary[hi], hi, figs[a].last+1, fp.changeClauseWord)) &&
					!(hi == figs[a].first && fp.commaClause(toks, lastBoundary[hi], hi, figs[c].last+1, fp.resultClauseWord)) {
					continue
				}
			}
			pairs = append(pairs, pair{c, a, d})
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].dist < pairs[y].dist })
	usedC := make(map[int]bool, len(changes))
	usedA := make(map[int]bool, len(amounts))
	for _, p := range pairs {
		if usedC[p.c] || usedA[p.a] {
			continue
		}
		usedC[p.c], usedA[p.a] = true, true
		v := *figs[p.c].f.Change
		figs[p.a].f.Change = &v
		figs[p.c].f.Given = true
	}
}
