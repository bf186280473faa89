package dates

import (
	"strconv"

	"github.com/diplograph/diplograph/extract/text"
)

func (dp *Parser) smallNumber(t text.Token) int {
	if t.Kind == text.Digits && len(t.Text) <= 2 {
		v, _ := strconv.Atoi(t.Text)
		return v
	}
	return dp.smallNumbers[t.Lower]
}

func (dp *Parser) ordinalWord(toks []text.Token, i int) (int, int) {
	t := toks[i]
	if t.Kind == text.Digits && i+1 < len(toks) && text.Glued(toks, i+1) && dp.isOrdinalSuffix(toks[i+1].Lower) {
		v, _ := strconv.Atoi(t.Text)
		return v, i + 2
	}
	if v, ok := dp.ordinals[t.Lower]; ok {
		return v, i + 1
	}
	return 0, i
}

type periodCand struct {
	first, end int // token range
	period     string
	rank       int // 3 interval, 2 month, 1 year
}

// yearSpec reads "2017", "this year", "the current year", "last year",
// "the previous year" at j. known is false when the year is relative and ref
// has none.
func (dp *Parser) yearSpec(toks []text.Token, j int, r Reference) (y, end int, known, ok bool) {
	n := len(toks)
	if j >= n {
		return 0, j, false, false
	}
	if yy, ok := plausibleYear(toks[j]); ok {
		return yy, j + 1, true, true
	}
	k := j
	if toks[k].Lower == "the" {
		k++
	}
	if k+1 < n && toks[k+1].Lower == "year" {
		shift, rel := 0, true
		switch toks[k].Lower {
		case "this", "current":
		case "last", "previous":
			shift = -1
		default:
			rel = false
		}
		if rel {
			if r.y == 0 {
				return 0, k + 2, false, true
			}
			return r.y + shift, k + 2, true, true
		}
	}
	// "the year" in "the first half of the year" means the current one.
	if toks[j].Lower == "the" && k < n && toks[k].Lower == "year" {
		if r.y == 0 {
			return 0, k + 1, false, true
		}
		return r.y, k + 1, true, true
	}
	return 0, j, false, false
}

// ofYear reads an optional "of"/"in"/"," and then a yearSpec.
func (dp *Parser) ofYear(toks []text.Token, j int, r Reference) (y, end int, known, ok bool) {
	if j < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "in" || toks[j].Text == ",") {
		if y, e, k, ok := dp.yearSpec(toks, j+1, r); ok {
			return y, e, k, true
		}
	}
	return dp.yearSpec(toks, j, r)
}

func interval(y, m1, y2, m2 int) string {
	if y == y2 && m1 == m2 {
		return isoMonth(y, m1)
	}
	return isoMonth(y, m1) + "/" + isoMonth(y2, m2)
}

// periodAt reads a period starting at toks[i].
func (dp *Parser) periodAt(toks []text.Token, i int, r Reference) (periodCand, bool) {
	n := len(toks)
	t := toks[i]
	fail := periodCand{}

	// [first] N months (of|in) YEAR
	{
		j := i
		if t.Lower == "first" {
			j++
		}
		if j+1 < n && toks[j+1].Lower == "months" {
			if k := dp.smallNumber(toks[j]); k >= 1 && k <= 12 {
				if y, e, known, ok := dp.ofYear(toks, j+2, r); ok {
					if !known {
						return fail, false
					}
					return periodCand{first: i, end: e, period: interval(y, 1, y, k), rank: 3}, true
				}
			}
		}
	}
	// first/second half, first..fourth quarter
	if ord, j := dp.ordinalWord(toks, i); ord > 0 && j < n && (toks[j].Lower == "half" || toks[j].Lower == "quarter") {
		var m1, m2 int
		if toks[j].Lower == "half" && ord <= 2 {
			m1, m2 = 6*(ord-1)+1, 6*ord
		} else if toks[j].Lower == "quarter" && ord <= 4 {
			m1, m2 = 3*(ord-1)+1, 3*ord
		}
		if m1 > 0 {
			if y, e, known, ok := dp.ofYear(toks, j+1, r); ok && known {
				return periodCand{first: i, end: e, period: interval(y, m1, y, m2), rank: 3}, true
			} else if !ok && r.y > 0 && r.m > 0 && (j+1 >= n || toks[j+1].Lower != "of") {
				// "in the first quarter", no year: the last such stretch
				// ended by the reference date ("the first half of the
				// visit" is none)
				y := r.y
				if m2 >= r.m {
					y--
				}
				return periodCand{first: i, end: j + 1, period: interval(y, m1, y, m2), rank: 3}, true
			}
		}
		return fail, false
	}
	// Q3 2016, H1 of 2017
	if (t.Text == "Q" || t.Text == "H") && i+1 < n && text.Glued(toks, i+1) && toks[i+1].Kind == text.Digits && len(toks[i+1].Text) == 1 {
		ord := int(toks[i+1].Text[0] - '0')
		var m1, m2 int
		if t.Text == "Q" && ord >= 1 && ord <= 4 {
			m1, m2 = 3*(ord-1)+1, 3*ord
		} else if t.Text == "H" && ord >= 1 && ord <= 2 {
			m1, m2 = 6*(ord-1)+1, 6*ord
		}
		if m1 > 0 {
			if y, e, known, ok := dp.ofYear(toks, i+2, r); ok && known {
				return periodCand{first: i, end: e, period: interval(y, m1, y, m2), rank: 3}, true
			}
		}
		return fail, false
	}
	// the year to June 2023, the twelve months ended 30 June, six months to March
	if c, ok := dp.spanEnding(toks, i, r); ok {
		return c, true
	}
	// Month ranges and months: [from|between] January (through|to|-|—|and) October [of] 2017; March 2017.
	if m1 := dp.MonthOf(t); m1 > 0 {
		first := i
		if i > 0 && (toks[i-1].Lower == "from" || toks[i-1].Lower == "between") {
			first = i - 1
		}
		j := i + 1
		if j < n && toks[j].Text == "." && text.Glued(toks, j) && dp.monthAbbrev(t.Lower) {
			j++
		}
		y1, yEnd := 0, 0
		if j < n {
			if yy, ok := plausibleYear(toks[j]); ok {
				y1 = yy
				j++
				yEnd = j
			}
		}
		if j+1 < n {
			sep := toks[j].Lower
			if text.IsDash(toks[j]) || dp.rangeWords[sep] ||
				(sep == "and" && first < i) {
				if m2 := dp.MonthOf(toks[j+1]); m2 > 0 {
					k := j + 2
					if k < n && toks[k].Text == "." && text.Glued(toks, k) && dp.monthAbbrev(toks[j+1].Lower) {
						k++
					}
					if y2, e, known, ok := dp.ofYear(toks, k, r); ok {
						if !known {
							return fail, false
						}
						if y1 == 0 {
							y1 = y2
						}
						if y1 < y2 || (y1 == y2 && m1 <= m2) {
							return periodCand{first: first, end: e, period: interval(y1, m1, y2, m2), rank: 3}, true
						}
					} else if y1 > 0 {
						return fail, false
					} else if r.y > 0 && m1 < m2 {
						// "in January-October": the months of the last
						// such stretch by the reference date
						y := r.y
						if r.m > 0 && m2 > r.m {
							y--
						}
						return periodCand{first: first, end: k, period: interval(y, m1, y, m2), rank: 3}, true
					}
				}
			}
		}
		// A month with its year, unless a day before it makes it a date
		// ("8 March 2017").
		if y1 > 0 && !dp.dayBefore(toks, i) {
			return periodCand{first: i, end: yEnd, period: isoMonth(y1, m1), rank: 2}, true
		}
		return fail, false
	}
	// since the beginning/start of the year
	if t.Lower == "since" && i+3 < n && toks[i+1].Lower == "the" && (toks[i+2].Lower == "beginning" || toks[i+2].Lower == "start") && toks[i+3].Lower == "of" {
		if y, e, known, ok := dp.yearSpec(toks, i+4, r); ok && known && y == r.y && r.m > 0 {
			return periodCand{first: i, end: e, period: interval(y, 1, y, r.m), rank: 3}, true
		}
		return fail, false
	}
	// this year / last year / the current year / the previous year. Not "the
	// last year" (the past twelve months) nor "the year before" (a
	// comparison base).
	standalone := t.Lower == "this" || t.Lower == "last" ||
		(t.Lower == "the" && i+1 < n && (toks[i+1].Lower == "current" || toks[i+1].Lower == "previous"))
	if standalone && !(t.Lower == "last" && i > 0 && toks[i-1].Lower == "the") {
		if y, e, known, ok := dp.yearSpec(toks, i, r); ok && e > i+1 {
			if !known {
				return fail, false
			}
			return periodCand{first: i, end: e, period: strconv.Itoa(y), rank: 1}, true
		}
		return fail, false
	}
	// in|for|during|throughout|of 2017
	if dp.yearPrepositions[t.Lower] {
		if i+1 < n {
			if y, ok := plausibleYear(toks[i+1]); ok && !(i+2 < n && text.Glued(toks, i+2) && toks[i+2].Kind != text.Symbol) &&
				!(i+3 < n && text.Glued(toks, i+2) && (text.IsDash(toks[i+2]) || toks[i+2].Text == "/") && toks[i+3].Kind == text.Digits) {
				if t.Lower == "of" && i > 0 && dp.seasonWords[toks[i-1].Lower] {
					return fail, false
				}
				return periodCand{first: i + 1, end: i + 2, period: strconv.Itoa(y), rank: 1}, true
			}
		}
	}
	return fail, false
}

// spanEnding reads a span of months told by the month it ends with: "the
// year to June 2023", "the twelve months ended 30 June", "six months to
// March". With no year, the month is the last of its name at the reference
// date.
func (dp *Parser) spanEnding(toks []text.Token, i int, r Reference) (periodCand, bool) {
	n := len(toks)
	fail := periodCand{}
	j, length := i, 0
	switch {
	case toks[j].Lower == "year":
		length, j = 12, j+1
	case j+1 < n && toks[j+1].Lower == "months":
		if k := dp.smallNumber(toks[j]); k >= 1 && k <= 12 {
			length, j = k, j+2
		}
	}
	if length == 0 || j >= n || !dp.periodEndWords[toks[j].Lower] {
		return fail, false
	}
	j++
	if j < n {
		if _, ok := dayToken(toks[j]); ok { // "ended 30 June"
			j++
			if j < n && text.Glued(toks, j) && dp.isOrdinalSuffix(toks[j].Lower) {
				j++
			}
		}
	}
	if j >= n {
		return fail, false
	}
	m2 := dp.MonthOf(toks[j])
	if m2 == 0 {
		return fail, false
	}
	j++
	if j < n && toks[j].Text == "." && text.Glued(toks, j) && dp.monthAbbrev(toks[j-1].Lower) {
		j++
	}
	end := j
	if j < n {
		if _, ok := dayToken(toks[j]); ok { // "ending June 30, 2023"
			j++
			if j < n && toks[j].Text == "," {
				j++
			}
		}
	}
	y2, e, known, ok := dp.ofYear(toks, j, r)
	switch {
	case ok && !known:
		return fail, false
	case ok:
		end = e
	case r.y == 0:
		return fail, false
	default:
		y2 = r.y
		if r.m > 0 && m2 > r.m {
			y2--
		}
	}
	start := y2*12 + m2 - 1 - (length - 1)
	return periodCand{first: i, end: end, period: interval(start/12, start%12+1, y2, m2), rank: 3}, true
}

// dayBefore reports a day number written before the month at i ("8
// March", "5th of June").
func (dp *Parser) dayBefore(toks []text.Token, i int) bool {
	q := i - 1
	if q >= 0 && toks[q].Lower == "of" {
		q--
	}
	if q >= 0 && dp.isOrdinalSuffix(toks[q].Lower) && text.Glued(toks, q) {
		q--
	}
	if q >= 0 {
		_, ok := dayToken(toks[q])
		return ok
	}
	return false
}

// comparedBase reports a period that is the base of a comparison ("compared
// to the same period of 2016", "than in 2015"), looking a few tokens back.
func (dp *Parser) comparedBase(toks []text.Token, first int) bool {
	for q := first - 1; q >= 0 && q >= first-4; q-- {
		if dp.comparedWords[toks[q].Lower] {
			return true
		}
		switch toks[q].Lower {
		case "than":
			return q >= first-2
		case ",", ";", "(", ")", "–", "—":
			return false
		}
	}
	return false
}

// ParsePeriod finds the period a sentence's figures refer to and returns it
// as ISO 8601: an interval of months ("2017-02/2017-10"), a month
// ("2017-03") or a year ("2016"). ref is the publication date; when it is ""
// relative periods ("this year", "first five months of last year") are not
// resolved and are skipped. Spans of time without a calendar anchor ("over
// the past 12 years") give ok false. Where a sentence names several
// periods, the most precise wins, then the first; comparison bases ("compared
// to the same period of 2016") are skipped.
func (dp *Parser) ParsePeriod(sentence string, ref string) (period string, span Span, ok bool) {
	return dp.FindPeriod(text.Tokenize(sentence), ParseReference(ref))
}

// FindPeriod is ParsePeriod over a sentence already tokenized, with a
// reference already parsed.
func (dp *Parser) FindPeriod(toks []text.Token, r Reference) (period string, span Span, ok bool) {
	return dp.findPeriod(toks, r, false)
}

// FindClaimPeriod is FindPeriod that also reads the year after the
// reference's ("next year", "the coming year"): the period of a forecast,
// which a figure may state, though no past event can take place in it.
func (dp *Parser) FindClaimPeriod(toks []text.Token, r Reference) (period string, span Span, ok bool) {
	return dp.findPeriod(toks, r, true)
}

// nextYear reads "next year" or "the coming year" at i.
func (dp *Parser) nextYear(toks []text.Token, i int, r Reference) (periodCand, bool) {
	k := i
	if toks[k].Lower == "the" && k+1 < len(toks) && toks[k+1].Lower == "coming" {
		k++
	} else if toks[k].Lower != "next" || i > 0 && toks[i-1].Lower == "the" {
		return periodCand{}, false // "the next year" counts from another date
	}
	if r.y == 0 || k+1 >= len(toks) || toks[k+1].Lower != "year" {
		return periodCand{}, false
	}
	return periodCand{first: i, end: k + 2, period: strconv.Itoa(r.y + 1), rank: 1}, true
}

func (dp *Parser) findPeriod(toks []text.Token, r Reference, ahead bool) (period string, span Span, ok bool) {
	var best periodCand
	for i := 0; i < len(toks); i++ {
		c, found := dp.periodAt(toks, i, r)
		if !found && ahead {
			c, found = dp.nextYear(toks, i, r)
		}
		if !found {
			continue
		}
		if !dp.comparedBase(toks, c.first) && c.rank > best.rank {
			best = c
		}
		if c.end > i+1 {
			i = c.end - 1
		}
	}
	if best.rank == 0 {
		return "", Span{}, false
	}
	sp := Span{Start: toks[best.first].Start, End: toks[best.end-1].End}
	return best.period, sp, true
}
