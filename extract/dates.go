package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// DateMention is a calendar date, or a month of a year, named in a sentence.
type DateMention struct {
	Span Span   // byte offsets within the sentence given
	Text string // surface text ("Friday (11/06/2016)", "Oct. 3", "today")
	// Date is ISO 8601, possibly partial ("2016-06-14", "2031-04"). It is ""
	// when the year is not written and ref gives none: the caller may merge
	// Month and Day with a year found elsewhere.
	Date string
	// Relative is true when the date was completed from ref: a weekday,
	// "today", "this September", or a day and month without a year.
	Relative bool
	Month    int // 1-12 as written or resolved, 0 if none
	Day      int // 1-31 as written or resolved, 0 if none
	// Ambiguous is true for a numeric date whose day/month order could not
	// be settled by a weekday or by a number above 12; then dots and dashes
	// were read day first ("08.07.2016" = 8 July) and slashes month first
	// ("03/04/2016" = 4 March).
	Ambiguous bool
}

// refDate is the publication date relative expressions resolve against.
type refDate struct {
	y, m, d int
}

func parseRef(ref string) refDate {
	var r refDate
	parts := strings.SplitN(strings.TrimSpace(ref), "-", 3)
	if len(parts) >= 1 && len(parts[0]) == 4 {
		r.y, _ = strconv.Atoi(parts[0])
	}
	if r.y > 0 && len(parts) >= 2 {
		r.m, _ = strconv.Atoi(parts[1])
		if r.m < 1 || r.m > 12 {
			r.m = 0
		}
	}
	if r.m > 0 && len(parts) == 3 {
		d := parts[2]
		if len(d) > 2 {
			d = d[:2] // "2016-06-14T10:00"
		}
		r.d, _ = strconv.Atoi(d)
		if r.d < 1 || r.d > daysIn(r.y, r.m) {
			r.d = 0
		}
	}
	return r
}

func (r refDate) full() bool { return r.d > 0 }

func (r refDate) time() time.Time { return time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && (y == 0 || d <= daysIn(y, m)) && d <= 31
}

func isoDay(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

func isoMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func weekdayOf(w string) (time.Weekday, bool) {
	switch strings.ToLower(w) {
	case "sunday":
		return time.Sunday, true
	case "monday":
		return time.Monday, true
	case "tuesday":
		return time.Tuesday, true
	case "wednesday":
		return time.Wednesday, true
	case "thursday":
		return time.Thursday, true
	case "friday":
		return time.Friday, true
	case "saturday":
		return time.Saturday, true
	}
	return 0, false
}

func plausibleYear(t numToken) (int, bool) {
	if t.kind != tokDigit || len(t.text) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(t.text)
	return y, y >= 1900 && y <= 2199
}

func dayToken(t numToken) (int, bool) {
	if t.kind != tokDigit || len(t.text) > 2 {
		return 0, false
	}
	d, _ := strconv.Atoi(t.text)
	return d, d >= 1 && d <= 31
}

// rawDate is a date as written, before the year is completed from ref.
type rawDate struct {
	end       int // token index after the date
	y, m, d   int // 0 where not written
	alt       *rawDate
	ambiguous bool
	rel       string // "this", "last", "next" or "in" for a bare month
}

// dateAt reads a date starting at toks[i], or reports ok false.
func dateAt(toks []numToken, i int) (rawDate, bool) {
	n := len(toks)
	t := toks[i]
	if t.kind == tokDigit {
		// ISO: 2016-07-08 or 2016-07.
		if y, ok := plausibleYear(t); ok && i+2 < n && toks[i+1].text == "-" && glued(toks, i+1) && glued(toks, i+2) &&
			toks[i+2].kind == tokDigit && len(toks[i+2].text) == 2 {
			m, _ := strconv.Atoi(toks[i+2].text)
			if m < 1 || m > 12 {
				return rawDate{}, false
			}
			if i+4 < n && toks[i+3].text == "-" && glued(toks, i+3) && glued(toks, i+4) && toks[i+4].kind == tokDigit && len(toks[i+4].text) == 2 {
				d, _ := strconv.Atoi(toks[i+4].text)
				if validDate(y, m, d) {
					return rawDate{end: i + 5, y: y, m: m, d: d}, true
				}
				return rawDate{}, false
			}
			return rawDate{end: i + 3, y: y, m: m}, true
		}
		// Numeric: 08.07.2016, 11/06/2016, 14-06-2016, 7/4/16.
		if len(t.text) <= 2 && i+4 < n {
			sep := toks[i+1].text
			if (sep == "." || sep == "/" || sep == "-") && glued(toks, i+1) && glued(toks, i+2) && toks[i+2].kind == tokDigit &&
				len(toks[i+2].text) <= 2 && toks[i+3].text == sep && glued(toks, i+3) && glued(toks, i+4) && toks[i+4].kind == tokDigit &&
				(len(toks[i+4].text) == 4 || len(toks[i+4].text) == 2) && !(i+5 < n && glued(toks, i+5) && toks[i+5].kind == tokDigit) {
				a, _ := strconv.Atoi(t.text)
				b, _ := strconv.Atoi(toks[i+2].text)
				y, _ := strconv.Atoi(toks[i+4].text)
				if len(toks[i+4].text) == 2 {
					y += 2000
				}
				dmy := rawDate{end: i + 5, y: y, m: b, d: a}
				mdy := rawDate{end: i + 5, y: y, m: a, d: b}
				dOK, mOK := validDate(y, b, a), validDate(y, a, b)
				first, second := dmy, mdy
				firstOK, secondOK := dOK, mOK
				if sep == "/" {
					first, second, firstOK, secondOK = mdy, dmy, mOK, dOK
				}
				switch {
				case firstOK && secondOK && a != b:
					first.alt = &second
					first.ambiguous = true
					return first, true
				case firstOK:
					return first, true
				case secondOK:
					return second, true
				}
				return rawDate{}, false
			}
		}
		// Day first: 14 June 2016, 5th of June, 8 March.
		if d, ok := dayToken(t); ok {
			j := i + 1
			if j < n && glued(toks, j) && toks[j].kind == tokWord && isOrdinalSuffix(toks[j].low) {
				j++
			}
			if j < n && toks[j].low == "of" {
				j++
			}
			if j < n {
				if m := isMonthTok(toks[j]); m > 0 {
					j++
					if j < n && toks[j].text == "." && glued(toks, j) && monthAbbrev(toks[j-1].low) {
						j++
					}
					r := rawDate{end: j, m: m, d: d}
					k := j
					if k < n && toks[k].text == "," {
						k++
					}
					if k < n {
						if y, ok := plausibleYear(toks[k]); ok && !(k+1 < n && glued(toks, k+1) && toks[k+1].kind != tokPunct) {
							r.y, r.end = y, k+1
						}
					}
					if validDate(r.y, r.m, r.d) {
						return r, true
					}
				}
			}
		}
		return rawDate{}, false
	}
	if t.kind != tokWord {
		return rawDate{}, false
	}
	m := isMonthTok(t)
	if m == 0 {
		return rawDate{}, false
	}
	j := i + 1
	if j < n && toks[j].text == "." && glued(toks, j) && monthAbbrev(t.low) {
		j++
	}
	// Month first: June 14, 2016 / Oct. 3 / March 8th.
	if j < n {
		if d, ok := dayToken(toks[j]); ok && !(j+1 < n && glued(toks, j+1) && (toks[j+1].text == "/" || toks[j+1].text == ":" || toks[j+1].text == "-" && j+2 < n && toks[j+2].kind == tokDigit)) {
			k := j + 1
			if k < n && glued(toks, k) && toks[k].kind == tokWord && isOrdinalSuffix(toks[k].low) {
				k++
			}
			r := rawDate{end: k, m: m, d: d}
			q := k
			if q < n && toks[q].text == "," {
				q++
			}
			if q < n {
				if y, ok := plausibleYear(toks[q]); ok {
					r.y, r.end = y, q+1
				}
			}
			if validDate(r.y, r.m, r.d) {
				return r, true
			}
			return rawDate{}, false
		}
		// Month and year: April 2031.
		if y, ok := plausibleYear(toks[j]); ok {
			return rawDate{end: j + 1, y: y, m: m}, true
		}
	}
	// A month named alone: "this September", "in February".
	if i > 0 {
		switch p := toks[i-1].low; p {
		case "this", "last", "next":
			return rawDate{end: j, m: m, rel: p}, true
		case "in", "early", "late", "mid", "since", "until", "till", "during", "by":
			return rawDate{end: j, m: m, rel: "in"}, true
		}
	}
	return rawDate{}, false
}

// monthAbbrev reports a shortened month name, which may carry a dot that
// belongs to it rather than ending the sentence.
func monthAbbrev(w string) bool {
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

func isOrdinalSuffix(w string) bool {
	return w == "st" || w == "nd" || w == "rd" || w == "th"
}

// ParseDates finds the dates a sentence names and completes them from ref,
// the document's publication date (ISO, possibly partial, or "").
func ParseDates(sentence string, ref string) []DateMention {
	toks := numTokens(sentence)
	r := parseRef(ref)
	var out []DateMention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokWord {
			switch t.low {
			case "today", "yesterday", "tomorrow", "tonight":
				out = append(out, relativeDay(sentence, t, r))
				continue
			}
			if wd, ok := weekdayOf(t.text); ok && unicode.IsUpper(rune(t.text[0])) {
				m, next := weekdayMention(sentence, toks, i, wd, r)
				out = append(out, m)
				i = next - 1
				continue
			}
		}
		if isMonthTok(t) > 0 {
			// "February through October 2017" is a period, not a date.
			if c, ok := periodAt(toks, i, r); ok && c.rank == 3 {
				i = c.end - 1
				continue
			}
		}
		raw, ok := dateAt(toks, i)
		if !ok {
			continue
		}
		start := i
		if raw.rel == "this" || raw.rel == "last" || raw.rel == "next" {
			start = i - 1
		}
		m := resolveRaw(raw, nil, r)
		m.Span = Span{Start: toks[start].start, End: toks[raw.end-1].end}
		m.Text = sentence[m.Span.Start:m.Span.End]
		out = append(out, m)
		i = raw.end - 1
	}
	return out
}

func relativeDay(s string, t numToken, r refDate) DateMention {
	m := DateMention{Span: Span{Start: t.start, End: t.end}, Text: s[t.start:t.end], Relative: true}
	shift := 0
	switch t.low {
	case "yesterday":
		shift = -1
	case "tomorrow":
		shift = 1
	}
	switch {
	case r.full():
		d := r.time().AddDate(0, 0, shift)
		m.Date, m.Month, m.Day = d.Format("2006-01-02"), int(d.Month()), d.Day()
	case shift == 0 && r.m > 0:
		m.Date, m.Month = isoMonth(r.y, r.m), r.m
	case shift == 0 && r.y > 0:
		m.Date = strconv.Itoa(r.y)
	}
	return m
}

// weekdayMention reads a weekday and the date that may follow it ("Friday
// (11/06/2016)", "Wednesday, 8 March"). It returns the token index after it.
func weekdayMention(s string, toks []numToken, i int, wd time.Weekday, r refDate) (DateMention, int) {
	n := len(toks)
	j := i + 1
	paren := false
	for j < n && j <= i+2 && (toks[j].text == "," || toks[j].text == "(" || toks[j].low == "the") {
		if toks[j].text == "(" {
			paren = true
		}
		j++
	}
	if j < n {
		if raw, ok := dateAt(toks, j); ok && raw.rel == "" && raw.d > 0 {
			m := resolveRaw(raw, &wd, r)
			end := raw.end
			if paren && end < n && toks[end].text == ")" {
				end++
			}
			m.Span = Span{Start: toks[i].start, End: toks[end-1].end}
			m.Text = s[m.Span.Start:m.Span.End]
			return m, end
		}
	}
	// A weekday alone: the most recent such day on or before ref ("last"
	// moves strictly before, "next" strictly after).
	start := i
	dir := ""
	if i > 0 && (toks[i-1].low == "last" || toks[i-1].low == "next" || toks[i-1].low == "this") {
		start, dir = i-1, toks[i-1].low
	}
	m := DateMention{Span: Span{Start: toks[start].start, End: toks[i].end}, Relative: true}
	m.Text = s[m.Span.Start:m.Span.End]
	if r.full() {
		base := r.time()
		var d time.Time
		switch dir {
		case "next":
			diff := (int(wd) - int(base.Weekday()) + 7) % 7
			if diff == 0 {
				diff = 7
			}
			d = base.AddDate(0, 0, diff)
		case "last":
			diff := (int(base.Weekday()) - int(wd) + 7) % 7
			if diff == 0 {
				diff = 7
			}
			d = base.AddDate(0, 0, -diff)
		default:
			d = base.AddDate(0, 0, -((int(base.Weekday()) - int(wd) + 7) % 7))
		}
		m.Date, m.Month, m.Day = d.Format("2006-01-02"), int(d.Month()), d.Day()
	}
	return m, i + 1
}

// resolveRaw completes a written date with the year (and for weekdays the
// reading) that ref and an accompanying weekday imply.
func resolveRaw(raw rawDate, wd *time.Weekday, r refDate) DateMention {
	m := DateMention{Month: raw.m, Day: raw.d, Ambiguous: raw.ambiguous}
	if raw.alt != nil && wd != nil {
		// The weekday settles day/month order when exactly one reading fits.
		a := time.Date(raw.y, time.Month(raw.m), raw.d, 0, 0, 0, 0, time.UTC).Weekday() == *wd
		b := time.Date(raw.alt.y, time.Month(raw.alt.m), raw.alt.d, 0, 0, 0, 0, time.UTC).Weekday() == *wd
		if a != b {
			if b {
				raw = *raw.alt
			}
			m.Month, m.Day, m.Ambiguous = raw.m, raw.d, false
		}
	}
	if raw.y > 0 {
		if raw.d > 0 {
			m.Date = isoDay(raw.y, raw.m, raw.d)
		} else {
			m.Date = isoMonth(raw.y, raw.m)
		}
		return m
	}
	m.Relative = true
	if r.y == 0 {
		return m
	}
	y := r.y
	switch raw.rel {
	case "last":
		if r.m == 0 || raw.m >= r.m {
			y--
		}
	case "next":
		if r.m == 0 || raw.m <= r.m {
			y++
		}
	}
	if raw.d == 0 {
		m.Date = isoMonth(y, raw.m)
		return m
	}
	switch {
	case wd != nil:
		// Prefer the reference year, then the year before, whichever matches
		// the weekday written beside the date.
		for _, cy := range []int{r.y, r.y - 1, r.y + 1} {
			if validDate(cy, raw.m, raw.d) && time.Date(cy, time.Month(raw.m), raw.d, 0, 0, 0, 0, time.UTC).Weekday() == *wd {
				y = cy
				break
			}
		}
	case r.full():
		// News reports past events: a day more than half a year after the
		// publication date belongs to the year before.
		c := time.Date(y, time.Month(raw.m), raw.d, 0, 0, 0, 0, time.UTC)
		if c.Sub(r.time()) > 183*24*time.Hour {
			y--
		}
	}
	if !validDate(y, raw.m, raw.d) {
		return m
	}
	m.Date = isoDay(y, raw.m, raw.d)
	return m
}

// ---------------------------------------------------------------------------
// Periods.

func smallNumber(t numToken) int {
	if t.kind == tokDigit && len(t.text) <= 2 {
		v, _ := strconv.Atoi(t.text)
		return v
	}
	switch t.low {
	case "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	}
	return 0
}

func ordinalWord(toks []numToken, i int) (int, int) {
	t := toks[i]
	if t.kind == tokDigit && i+1 < len(toks) && glued(toks, i+1) && isOrdinalSuffix(toks[i+1].low) {
		v, _ := strconv.Atoi(t.text)
		return v, i + 2
	}
	switch t.low {
	case "first":
		return 1, i + 1
	case "second":
		return 2, i + 1
	case "third":
		return 3, i + 1
	case "fourth":
		return 4, i + 1
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
func yearSpec(toks []numToken, j int, r refDate) (y, end int, known, ok bool) {
	n := len(toks)
	if j >= n {
		return 0, j, false, false
	}
	if yy, ok := plausibleYear(toks[j]); ok {
		return yy, j + 1, true, true
	}
	k := j
	if toks[k].low == "the" {
		k++
	}
	if k+1 < n && toks[k+1].low == "year" {
		shift, rel := 0, true
		switch toks[k].low {
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
	if toks[j].low == "the" && k < n && toks[k].low == "year" {
		if r.y == 0 {
			return 0, k + 1, false, true
		}
		return r.y, k + 1, true, true
	}
	return 0, j, false, false
}

// ofYear reads an optional "of"/"in"/"," and then a yearSpec.
func ofYear(toks []numToken, j int, r refDate) (y, end int, known, ok bool) {
	if j < len(toks) && (toks[j].low == "of" || toks[j].low == "in" || toks[j].text == ",") {
		if y, e, k, ok := yearSpec(toks, j+1, r); ok {
			return y, e, k, true
		}
	}
	return yearSpec(toks, j, r)
}

func interval(y, m1, y2, m2 int) string {
	if y == y2 && m1 == m2 {
		return isoMonth(y, m1)
	}
	return isoMonth(y, m1) + "/" + isoMonth(y2, m2)
}

// periodAt reads a period starting at toks[i].
func periodAt(toks []numToken, i int, r refDate) (periodCand, bool) {
	n := len(toks)
	t := toks[i]
	fail := periodCand{}

	// [first] N months (of|in) YEAR
	{
		j := i
		if t.low == "first" {
			j++
		}
		if j+1 < n && toks[j+1].low == "months" {
			if k := smallNumber(toks[j]); k >= 1 && k <= 12 {
				if y, e, known, ok := ofYear(toks, j+2, r); ok {
					if !known {
						return fail, false
					}
					return periodCand{first: i, end: e, period: interval(y, 1, y, k), rank: 3}, true
				}
			}
		}
	}
	// first/second half, first..fourth quarter
	if ord, j := ordinalWord(toks, i); ord > 0 && j < n && (toks[j].low == "half" || toks[j].low == "quarter") {
		var m1, m2 int
		if toks[j].low == "half" && ord <= 2 {
			m1, m2 = 6*(ord-1)+1, 6*ord
		} else if toks[j].low == "quarter" && ord <= 4 {
			m1, m2 = 3*(ord-1)+1, 3*ord
		}
		if m1 > 0 {
			if y, e, known, ok := ofYear(toks, j+1, r); ok && known {
				return periodCand{first: i, end: e, period: interval(y, m1, y, m2), rank: 3}, true
			}
		}
		return fail, false
	}
	// Q3 2016, H1 of 2017
	if (t.text == "Q" || t.text == "H") && i+1 < n && glued(toks, i+1) && toks[i+1].kind == tokDigit && len(toks[i+1].text) == 1 {
		ord := int(toks[i+1].text[0] - '0')
		var m1, m2 int
		if t.text == "Q" && ord >= 1 && ord <= 4 {
			m1, m2 = 3*(ord-1)+1, 3*ord
		} else if t.text == "H" && ord >= 1 && ord <= 2 {
			m1, m2 = 6*(ord-1)+1, 6*ord
		}
		if m1 > 0 {
			if y, e, known, ok := ofYear(toks, i+2, r); ok && known {
				return periodCand{first: i, end: e, period: interval(y, m1, y, m2), rank: 3}, true
			}
		}
		return fail, false
	}
	// Month ranges and months: [from|between] January (through|to|-|—|and) October [of] 2017; March 2017.
	if m1 := isMonthTok(t); m1 > 0 {
		first := i
		if i > 0 && (toks[i-1].low == "from" || toks[i-1].low == "between") {
			first = i - 1
		}
		j := i + 1
		if j < n && toks[j].text == "." && glued(toks, j) && monthAbbrev(t.low) {
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
			sep := toks[j].low
			if isDash(toks[j]) || sep == "through" || sep == "thru" || sep == "to" || sep == "till" || sep == "until" ||
				(sep == "and" && first < i) {
				if m2 := isMonthTok(toks[j+1]); m2 > 0 {
					k := j + 2
					if k < n && toks[k].text == "." && glued(toks, k) && monthAbbrev(toks[j+1].low) {
						k++
					}
					if y2, e, known, ok := ofYear(toks, k, r); ok {
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
					}
				}
			}
		}
		// A month with its year, unless a day before it makes it a date
		// ("8 March 2017").
		if y1 > 0 && !dayBefore(toks, i) {
			return periodCand{first: i, end: yEnd, period: isoMonth(y1, m1), rank: 2}, true
		}
		return fail, false
	}
	// since the beginning/start of the year
	if t.low == "since" && i+3 < n && toks[i+1].low == "the" && (toks[i+2].low == "beginning" || toks[i+2].low == "start") && toks[i+3].low == "of" {
		if y, e, known, ok := yearSpec(toks, i+4, r); ok && known && y == r.y && r.m > 0 {
			return periodCand{first: i, end: e, period: interval(y, 1, y, r.m), rank: 3}, true
		}
		return fail, false
	}
	// this year / last year / the current year / the previous year. Not "the
	// last year" (the past twelve months) nor "the year before" (a
	// comparison base).
	standalone := t.low == "this" || t.low == "last" ||
		(t.low == "the" && i+1 < n && (toks[i+1].low == "current" || toks[i+1].low == "previous"))
	if standalone && !(t.low == "last" && i > 0 && toks[i-1].low == "the") {
		if y, e, known, ok := yearSpec(toks, i, r); ok && e > i+1 {
			if !known {
				return fail, false
			}
			return periodCand{first: i, end: e, period: strconv.Itoa(y), rank: 1}, true
		}
		return fail, false
	}
	// in|for|during|throughout|of 2017
	switch t.low {
	case "in", "for", "during", "throughout", "of":
		if i+1 < n {
			if y, ok := plausibleYear(toks[i+1]); ok && !(i+2 < n && glued(toks, i+2) && toks[i+2].kind != tokPunct) &&
				!(i+3 < n && glued(toks, i+2) && (isDash(toks[i+2]) || toks[i+2].text == "/") && toks[i+3].kind == tokDigit) {
				if t.low == "of" && i > 0 {
					switch toks[i-1].low {
					case "end", "beginning", "start", "middle", "autumn", "spring", "summer", "winter", "fall":
						return fail, false
					}
				}
				return periodCand{first: i + 1, end: i + 2, period: strconv.Itoa(y), rank: 1}, true
			}
		}
	}
	return fail, false
}

// dayBefore reports a day number written before the month at i ("8
// March", "5th of June").
func dayBefore(toks []numToken, i int) bool {
	q := i - 1
	if q >= 0 && toks[q].low == "of" {
		q--
	}
	if q >= 0 && isOrdinalSuffix(toks[q].low) && glued(toks, q) {
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
func comparedBase(toks []numToken, first int) bool {
	for q := first - 1; q >= 0 && q >= first-4; q-- {
		switch toks[q].low {
		case "compared", "comparison", "against", "versus", "vs", "relative", "same":
			return true
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
func ParsePeriod(sentence string, ref string) (period string, span Span, ok bool) {
	toks := numTokens(sentence)
	r := parseRef(ref)
	var best periodCand
	for i := 0; i < len(toks); i++ {
		c, found := periodAt(toks, i, r)
		if !found {
			continue
		}
		if !comparedBase(toks, c.first) && c.rank > best.rank {
			best = c
		}
		if c.end > i+1 {
			i = c.end - 1
		}
	}
	if best.rank == 0 {
		return "", Span{}, false
	}
	sp := Span{Start: toks[best.first].start, End: toks[best.end-1].end}
	return best.period, sp, true
}
