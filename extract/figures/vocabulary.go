package figures

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/extract/dates"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
)

// Parser finds figures with the words of its vocabulary
// (data/lexicon/figures.tsv) and the month names of its date parser. It is
// never changed after New and is safe for concurrent use.
type Parser struct {
	dates  *dates.Parser
	scales map[string]float64 // "billion" -> 1e9
	glued  map[string]float64 // scales written glued to a number ("8m"), besides scales
	// currencies
	symbols    map[string]string // "$" -> USD
	dollars    map[string]string // letters glued before "$": "A" -> AUD
	prefixed   map[string]string // letters and a symbol written as one sign: "GH¢" -> GHS
	codes      map[string]string // ISO 4217 codes and their other spellings: RMB -> CNY
	names      map[string]currency
	adjectives map[string]string // "australian" -> AUD (dollars)
	// nouns after a number
	countNouns map[string]string // "job" -> jobs
	durations  map[string]bool
	labels     map[string]bool // before a number: "No. 8"
	nounStops  map[string]bool
	notPlural  map[string]bool
	percents   map[string]bool
	// words that make a figure a change, a goal, a forecast or a level
	changes         map[string]change
	intents         map[string]bool
	goalNouns       map[string]bool
	goalFollowers   map[string]bool
	forecasts       map[string]bool
	raiseVerbs      map[string]bool
	goalVerbBefore  map[string]bool
	goalVerbOngoing map[string]bool
	changeAfter     map[string]bool
	levelBefore     map[string]bool
	levelNear       map[string]bool
	levelAfter      map[string]bool
	shareWords      map[string]bool
	clauseWords     map[string]bool
	percentWords    map[string]bool
	approx          []approxPhrase
	// the rest of a figure's grammar
	ordinalSuffixes map[string]bool   // "5th"
	clockSuffixes   map[string]bool   // "9am"
	percentPhrases  map[string]string // "per cent" -> percent
	countPhrases    map[string]string // "cubic meters" -> cubic metres
	goalAfter       map[string]bool   // "a $40 billion target"
	goalBefore      map[string]bool   // "towards $10 billion": right before a figure, a goal
	fromLevel       map[string]bool   // "from the current $6 billion": between "from" and a figure, today's level
	dollarFirst     map[string]bool   // "Hong" of "Hong Kong dollars"
	abbrevs         map[string]string // "Rs" -> INR
	equivalentWords map[string]bool   // "or", "equivalent": between an amount and itself in another currency
	goalGoesOn      map[string]bool   // "and then (up) to": between a goal and a further goal
	clauseFillers   map[string]bool   // "an increase of": the words of a clause that states only a change, besides words of change
	resultWords     map[string]bool   // "to", "reached": the words of a clause that states only what a change came to, besides raise verbs
	currencyPhrases map[string]string // "kuwaiti dinars" -> KWD
	wordNumbers     map[string]string // "one" -> "1": a number written as a word before a scale word
	fractionWords   map[string]string // "half" -> "0.5": before "a" and a scale word ("half a billion")

	// claims: the words before a figure that make it the base a change is
	// measured from ("compared with $3 billion", "up from 700 million")
	basePhrases [][]string
	// letters written glued to a number for a currency ("R45 billion",
	// "Rs500 crore"), besides the codes and the abbreviations
	gluedSigns map[string]string
	// multiples: "doubled", "1.5 times", "a three-fold rise"
	multWords   map[string]float64 // "doubled" -> 2, "halved" -> -2
	multNumbers map[string]float64 // "one and a half" -> 1.5
	multNouns   map[string]bool    // "times", "fold"
	multLongest int                // words of the longest multiplier number
	multFirst   map[string]bool    // first words of the multiplier numbers: only these start one
}

type currency struct {
	code string
	// strong: the noun is safe on its own; a weak one ("won", "real") is
	// trusted only after a scale word
	strong bool
}

// change is the direction a word gives a figure: growth (+1) or fall (-1).
// A verb or noun counts anywhere in the sentence, a comparative ("more",
// "less") only right next to the figure.
type change struct {
	sign int
	verb bool
}

type approxPhrase struct {
	words []string
	canon string
}

// New returns a parser that reads the words of lex and the months of dp.
func New(lex *lexicon.Lexicon, dp *dates.Parser) (*Parser, error) {
	fp := &Parser{dates: dp, scales: map[string]float64{}, glued: map[string]float64{},
		symbols: lex.Values("currency-symbol"), dollars: lex.Values("dollar-prefix"), prefixed: lex.Values("symbol-prefix"), codes: lex.Values("currency-code"),
		names: map[string]currency{}, adjectives: lex.Values("dollar-adjective"), countNouns: lex.Values("count-noun"),
		durations: lex.Set("duration"), labels: lex.Set("label-word"), nounStops: lex.Set("noun-stop"),
		notPlural: lex.Set("not-plural"), changes: map[string]change{}, intents: lex.Set("intent"),
		goalNouns: lex.Set("goal-noun"), goalFollowers: lex.Set("goal-follower"), forecasts: lex.Set("forecast"),
		raiseVerbs: lex.Set("raise-verb"), goalVerbBefore: lex.Set("goal-verb-before"), goalVerbOngoing: lex.Set("goal-verb-ongoing"),
		changeAfter: lex.Set("change-after"), levelBefore: lex.Set("level-before"), levelNear: lex.Set("level-near"),
		levelAfter: lex.Set("level-after"), shareWords: lex.Set("share-word"), clauseWords: lex.Set("clause-word"), percentWords: lex.Set("percent"),
		ordinalSuffixes: lex.Set("ordinal-suffix"), clockSuffixes: lex.Set("clock-suffix"), percentPhrases: lex.Values("percent-phrase"),
		countPhrases: lex.Values("count-phrase"), goalAfter: lex.Set("goal-after"), goalBefore: lex.Set("goal-before"), fromLevel: lex.Set("from-level"), dollarFirst: lex.Set("dollar-adjective-first"),
		abbrevs: lex.Values("currency-abbrev"), equivalentWords: lex.Set("equivalent-word"), goalGoesOn: lex.Set("goal-continuation"),
		clauseFillers: lex.Set("change-clause-filler"), resultWords: lex.Set("result-clause-word"),
		currencyPhrases: lex.Values("currency-phrase"), wordNumbers: lex.Values("number-word"), fractionWords: lex.Values("number-fraction")}
	for _, c := range []struct {
		class string
		into  map[string]float64
	}{{"scale", fp.scales}, {"glued-scale", fp.glued}} {
		for _, e := range lex.Entries(c.class) {
			v, err := strconv.ParseFloat(e.Value, 64)
			if err != nil || v <= 0 {
				return nil, fmt.Errorf("%s: %s %q: value %q is not a positive number", e.Pos, c.class, e.Word, e.Value)
			}
			c.into[e.Word] = v
		}
	}
	for _, c := range []struct {
		class  string
		strong bool
	}{{"currency-name", true}, {"currency-name-weak", false}} {
		for _, e := range lex.Entries(c.class) {
			fp.names[e.Word] = currency{code: e.Value, strong: c.strong}
		}
	}
	for _, c := range []struct {
		class string
		verb  bool
	}{{"change-verb", true}, {"change-comparative", false}} {
		for _, e := range lex.Entries(c.class) {
			sign, err := strconv.Atoi(e.Value)
			if err != nil || sign != 1 && sign != -1 {
				return nil, fmt.Errorf("%s: %s %q: value %q is neither 1 nor -1", e.Pos, c.class, e.Word, e.Value)
			}
			fp.changes[e.Word] = change{sign: sign, verb: c.verb}
		}
	}
	fp.multWords, fp.multNumbers, fp.multNouns = map[string]float64{}, map[string]float64{}, lex.Set("multiplier-noun")
	fp.multFirst = map[string]bool{}
	for _, c := range []struct {
		class string
		into  map[string]float64
	}{{"multiplier-word", fp.multWords}, {"multiplier-number", fp.multNumbers}} {
		for _, e := range lex.Entries(c.class) {
			v, err := strconv.ParseFloat(e.Value, 64)
			if err != nil || v == 0 || v > -1 && v < 1 {
				return nil, fmt.Errorf("%s: %s %q: value %q is no factor (at least 1, or at most -1 for a fall)", e.Pos, c.class, e.Word, e.Value)
			}
			c.into[e.Word] = v
			fp.multLongest = max(fp.multLongest, len(strings.Fields(e.Word)))
			if c.class == "multiplier-number" {
				fp.multFirst[strings.Fields(e.Word)[0]] = true
			}
		}
	}
	fp.gluedSigns = lex.Values("currency-glued")
	for _, e := range lex.Entries("base-before") {
		fp.basePhrases = append(fp.basePhrases, strings.Fields(e.Word))
	}
	for _, e := range lex.Entries("approx") {
		fp.approx = append(fp.approx, approxPhrase{words: strings.Fields(e.Word), canon: e.Value})
	}
	// longest first, so that "more than" wins over "than"
	sort.SliceStable(fp.approx, func(i, j int) bool { return len(fp.approx[i].words) > len(fp.approx[j].words) })
	return fp, nil
}

func (fp *Parser) scaleWord(w string) (float64, bool) {
	v, ok := fp.scales[w]
	return v, ok
}

// gluedScale covers the short forms only written glued to a number ("8m",
// "6bn") besides the scale words.
func (fp *Parser) gluedScale(w string) (float64, bool) {
	if v, ok := fp.glued[w]; ok {
		return v, true
	}
	return fp.scaleWord(w)
}

func (fp *Parser) currencySymbol(s string) string { return fp.symbols[s] }

// dollarPrefix refines "$" by the letters glued before it ("US$", "A$").
func (fp *Parser) dollarPrefix(w string) string { return fp.dollars[w] }

// prefixedSymbol is the currency of a sign written as letters glued before
// a symbol ("GH¢": the cedi, where "¢" alone is a cent).
func (fp *Parser) prefixedSymbol(letters, symbol string) string { return fp.prefixed[letters+symbol] }

func (fp *Parser) isoCurrency(w string) string { return fp.codes[w] }

// gluedSign is the currency of letters written glued before a number: a
// sign only written so ("R45 billion") or an abbreviation also written
// apart ("Rs500 crore", "Rs 500 crore"), or "".
func (fp *Parser) gluedSign(w string) string {
	if c := fp.gluedSigns[w]; c != "" {
		return c
	}
	return fp.abbrevs[w]
}

// currencyName maps a currency noun after a number to its code. Nouns that
// are also ordinary words ("won", "real", "sum") are only trusted after a
// scale word; strong reports whether the noun is safe on its own.
func (fp *Parser) currencyName(w string) (code string, strong bool) {
	c := fp.names[w]
	return c.code, c.strong
}

// dollarAdjective names whose dollar a "X dollars" phrase means.
func (fp *Parser) dollarAdjective(w string) string { return fp.adjectives[w] }

// countNoun normalises known counted nouns to a plural lower-case unit.
func (fp *Parser) countNoun(w string) string { return fp.countNouns[w] }

// CountNoun is the unit a counted noun is counted in ("company" ->
// "companies"), or "" for a word no count is of.
func (fp *Parser) CountNoun(w string) string { return fp.countNouns[strings.ToLower(w)] }

// durationNoun marks nouns after which a number is a length of time, not a figure.
func (fp *Parser) durationNoun(w string) bool { return fp.durations[w] }

// refWord marks words after which a number is a label ("No. 8", "Article 12").
func (fp *Parser) refWord(w string) bool { return fp.labels[w] }

// nounStopWord ends the search for a counted noun after a number.
func (fp *Parser) nounStopWord(w string) bool { return fp.nounStops[w] }

// changeWord gives the direction of words that state growth (+1) or fall
// (-1), and whether the word is a verb or noun (see change).
func (fp *Parser) changeWord(w string) (sign int, verb bool) {
	c := fp.changes[w]
	return c.sign, c.verb
}

// ChangeVerb reports whether w, in lower case, is a verb or noun of growth
// or fall ("rose", "decline"), which counts anywhere in its sentence.
func (fp *Parser) ChangeVerb(w string) bool {
	c := fp.changes[w]
	return c.sign != 0 && c.verb
}

// intentWord marks words that make a following figure a goal.
func (fp *Parser) intentWord(w string) bool { return fp.intents[w] }

// goalNoun lists intent words that are also plain nouns ("the plan lists
// ..."); they mark a goal only when followed by goalNounFollower.
func (fp *Parser) goalNoun(w string) bool { return fp.goalNouns[w] }

func (fp *Parser) goalNounFollower(w string) bool { return fp.goalFollowers[w] }

// forecastAt reports whether token i makes a figure a forecast, which is a
// claim: a word of its own ("expected") or the last of a two-word phrase
// ("set to", "on track"), whose first word alone makes none.
func (fp *Parser) forecastAt(toks []text.Token, i int) bool {
	return fp.forecasts[toks[i].Lower] || i > 0 && fp.forecasts[toks[i-1].Lower+" "+toks[i].Lower]
}

// raiseVerb lists base forms and gerunds of verbs that take a figure as a goal
// ("to increase trade to", "working on reaching").
func (fp *Parser) raiseVerb(w string) bool { return fp.raiseVerbs[w] }
