package dates

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
)

// Parser finds dates and periods with the words of its vocabulary
// (data/lexicon/dates.tsv): one table of month names, weekdays and ordinals
// for every parser of the extractor. It is never changed after New and is
// safe for concurrent use.
type Parser struct {
	months           map[string]int // lower-case month name or abbreviation -> 1-12
	abbrevs          map[string]bool
	weekdays         map[string]time.Weekday
	relativeDays     map[string]int // "yesterday" -> -1
	smallNumbers     map[string]int // "five" -> 5
	ordinals         map[string]int // "second" -> 2
	ordinalSuffixes  map[string]bool
	monthContext     map[string]bool
	rangeWords       map[string]bool
	dayJoiners       map[string]bool // "and" between two days of one month
	comparedWords    map[string]bool
	seasonWords      map[string]bool
	yearPrepositions map[string]bool

	// claims: a span of months told by the month it ends with ("the year
	// to June 2023", "the twelve months ended March")
	periodEndWords map[string]bool
}

// New returns a parser that reads the words of lex.
func New(lex *lexicon.Lexicon) (*Parser, error) {
	dp := &Parser{months: map[string]int{}, abbrevs: map[string]bool{}, weekdays: map[string]time.Weekday{},
		relativeDays: map[string]int{}, smallNumbers: map[string]int{}, ordinals: map[string]int{},
		ordinalSuffixes: lex.Set("ordinal-suffix"), monthContext: lex.Set("month-context"), rangeWords: lex.Set("range-word"), dayJoiners: lex.Set("day-joiner"),
		comparedWords: lex.Set("compared-word"), seasonWords: lex.Set("season-word"), yearPrepositions: lex.Set("year-preposition"),
		periodEndWords: lex.Set("period-end-word")}
	ints := func(class string, lo, hi int, into func(w string, v int)) error {
		for _, e := range lex.Entries(class) {
			v, err := strconv.Atoi(e.Value)
			if err != nil || v < lo || v > hi {
				return fmt.Errorf("%s: %s %q: value %q is not a number from %d to %d", e.Pos, class, e.Word, e.Value, lo, hi)
			}
			into(e.Word, v)
		}
		return nil
	}
	months := map[int]string{}
	err := errors.Join(
		ints("month", 1, 12, func(w string, v int) {
			dp.months[w] = v
			// the full name is the longest; the others are abbreviations,
			// which may carry a dot that belongs to them
			if len(w) > len(months[v]) {
				months[v] = w
			}
		}),
		ints("weekday", 0, 6, func(w string, v int) { dp.weekdays[w] = time.Weekday(v) }),
		ints("relative-day", -7, 7, func(w string, v int) { dp.relativeDays[w] = v }),
		ints("small-number", 1, 12, func(w string, v int) { dp.smallNumbers[w] = v }),
		ints("ordinal", 1, 4, func(w string, v int) { dp.ordinals[w] = v }),
	)
	if err != nil {
		return nil, err
	}
	for w, v := range dp.months {
		if w != months[v] {
			dp.abbrevs[w] = true
		}
	}
	return dp, nil
}

// MonthOf gives the month a token names, 0 for none. Month names count only
// when capitalised, so that "may" the verb and "march" the noun stay words.
func (dp *Parser) MonthOf(t text.Token) int {
	if t.Kind != text.Letters || t.Text == "" || !unicode.IsUpper(rune(t.Text[0])) {
		return 0
	}
	return dp.months[t.Lower]
}

// monthAbbrev reports a shortened month name, which may carry a dot that
// belongs to it rather than ending the sentence.
func (dp *Parser) monthAbbrev(w string) bool { return dp.abbrevs[w] }

func (dp *Parser) weekdayOf(w string) (time.Weekday, bool) {
	// a short ASCII word is lowered on the stack: a map indexed by a
	// converted byte slice makes no string, and most words asked are
	// capitalised, which strings.ToLower would copy
	var buf [16]byte
	if len(w) > len(buf) {
		d, ok := dp.weekdays[strings.ToLower(w)]
		return d, ok
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			d, ok := dp.weekdays[strings.ToLower(w)]
			return d, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	d, ok := dp.weekdays[string(b)]
	return d, ok
}

func (dp *Parser) isOrdinalSuffix(w string) bool { return dp.ordinalSuffixes[w] }
