// Package dates finds the calendar dates and the periods a sentence names
// and completes them from a reference date (the document's publication
// date). It reads the sentence's tokens from package text.
package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// Span is the fact package's.
type Span = fact.Span

// Mention is a calendar date, or a month of a year, named in a sentence.
type Mention struct {
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

// Reference is the date relative expressions resolve against: the
// document's publication date, parsed once per document.
type Reference struct {
	y, m, d int
}

// ParseReference reads an ISO 8601 date, possibly partial (YYYY, YYYY-MM), or
// "" for none.
func ParseReference(ref string) Reference {
	var r Reference
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

func (r Reference) full() bool { return r.d > 0 }

func (r Reference) time() time.Time {
	return time.Date(r.y, time.Month(r.m), r.d, 0, 0, 0, 0, time.UTC)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && (y == 0 || d <= daysIn(y, m)) && d <= 31
}

func isoDay(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

func isoMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func plausibleYear(t text.Token) (int, bool) {
	if t.Kind != text.Digits || len(t.Text) != 4 {
		return 0, false
	}
	y, _ := strconv.Atoi(t.Text)
	return y, y >= 1900 && y <= 2199
}

func dayToken(t text.Token) (int, bool) {
	if t.Kind != text.Digits || len(t.Text) > 2 {
		return 0, false
	}
	d, _ := strconv.Atoi(t.Text)
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
func (dp *Parser) dateAt(toks []text.Token, i int) (rawDate, bool) {
	n := len(toks)
	t := toks[i]
	if t.Kind == text.Digits {
		// ISO: 2016-07-08 or 2016-07.
		if y, ok := plausibleYear(t); ok && i+2 < n && toks[i+1].Text == "-" && text.Glued(toks, i+1) && text.Glued(toks, i+2) &&
			toks[i+2].Kind == text.Digits && len(toks[i+2].Text) == 2 {
			m, _ := strconv.Atoi(toks[i+2].Text)
			if m < 1 || m > 12 {
				return rawDate{}, false
			}
			if i+4 < n && toks[i+3].Text == "-" && text.Glued(toks, i+3) && text.Glued(toks, i+4) && toks[i+4].Kind == text.Digits && len(toks[i+4].Text) == 2 {
				d, _ := strconv.Atoi(toks[i+4].Text)
				if validDate(y, m, d) {
					return rawDate{end: i + 5, y: y, m: m, d: d}, true
				}
				return rawDate{}, false
			}
			return rawDate{end: i + 3, y: y, m: m}, true
		}
		// Numeric: 08.07.2016, 11/06/2016, 14-06-2016, 7/4/16.
		if len(t.Text) <= 2 && i+4 < n {
			sep := toks[i+1].Text
			if (sep == "." || sep == "/" || sep == "-") && text.Glued(toks, i+1) && text.Glued(toks, i+2) && toks[i+2].Kind == text.Digits &&
				len(toks[i+2].Text) <= 2 && toks[i+3].Text == sep && text.Glued(toks, i+3) && text.Glued(toks, i+4) && toks[i+4].Kind == text.Digits &&
				(len(toks[i+4].Text) == 4 || len(toks[i+4].Text) == 2) && !(i+5 < n && text.Glued(toks, i+5) && toks[i+5].Kind == text.Digits) {
				a, _ := strconv.Atoi(t.Text)
				b, _ := strconv.Atoi(toks[i+2].Text)
				y, _ := strconv.Atoi(toks[i+4].Text)
				if len(toks[i+4].Text) == 2 {
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
			// "4-5 March": a range of days is dated by its first day
			if j+1 < n && toks[j].Text == "-" && text.Glued(toks, j) && text.Glued(toks, j+1) {
				if d2, ok := dayToken(toks[j+1]); ok && d2 > d && j+2 < n && dp.MonthOf(toks[j+2]) > 0 {
					j += 2
				}
			} else if j+2 < n && (dp.rangeWords[toks[j].Lower] || dp.dayJoiners[toks[j].Lower] || text.IsDash(toks[j])) {
				// "from 3 to 5 May", "between 3 and 5 May", "3 – 5 May"
				if d2, ok := dayToken(toks[j+1]); ok && d2 > d && dp.MonthOf(toks[j+2]) > 0 {
					j += 2
				}
			}
			if j < n && text.Glued(toks, j) && toks[j].Kind == text.Letters && dp.isOrdinalSuffix(toks[j].Lower) {
				j++
			}
			if j < n && toks[j].Lower == "of" {
				j++
			}
			if j < n {
				if m := dp.MonthOf(toks[j]); m > 0 {
					j++
					if j < n && toks[j].Text == "." && text.Glued(toks, j) && dp.monthAbbrev(toks[j-1].Lower) {
						j++
					}
					r := rawDate{end: j, m: m, d: d}
					k := j
					if k < n && toks[k].Text == "," {
						k++
					}
					if k < n {
						if y, ok := plausibleYear(toks[k]); ok && !(k+1 < n && text.Glued(toks, k+1) && toks[k+1].Kind != text.Symbol) {
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
	if t.Kind != text.Letters {
		return rawDate{}, false
	}
	m := dp.MonthOf(t)
	if m == 0 {
		return rawDate{}, false
	}
	j := i + 1
	if j < n && toks[j].Text == "." && text.Glued(toks, j) && dp.monthAbbrev(t.Lower) {
		j++
	}
	// Month first: June 14, 2016 / Oct. 3 / March 8th.
	if j < n {
		// "February 10/2020": the year after a slash, as some agencies
		// write their datelines
		if d, ok := dayToken(toks[j]); ok && j+2 < n && toks[j+1].Text == "/" && text.Glued(toks, j+1) && text.Glued(toks, j+2) &&
			len(toks[j+2].Text) == 4 && !(j+3 < n && text.Glued(toks, j+3) && toks[j+3].Kind == text.Digits) {
			if y, ok := plausibleYear(toks[j+2]); ok && validDate(y, m, d) {
				return rawDate{end: j + 3, y: y, m: m, d: d}, true
			}
		}
		// "May 3 to May 5, 2023", "May 3 to 5, 2023": the first day, in the
		// year after the range
		if d, ok := dayToken(toks[j]); ok && j+2 < n && (dp.rangeWords[toks[j+1].Lower] || dp.dayJoiners[toks[j+1].Lower] || text.IsDash(toks[j+1])) && !text.Glued(toks, j+1) {
			q := j + 2
			if dp.MonthOf(toks[q]) == m && q+1 < n {
				q++
			}
			if d2, ok := dayToken(toks[q]); ok && d2 > d {
				if r, ok := dayRange(toks, q+1, m, d, d2); ok {
					return r, true
				}
			}
		}
		// "March 4-5": a range of days is dated by its first day
		if d, ok := dayToken(toks[j]); ok && j+2 < n && toks[j+1].Text == "-" && text.Glued(toks, j+1) && text.Glued(toks, j+2) {
			if d2, ok := dayToken(toks[j+2]); ok && d2 > d && !(j+3 < n && text.Glued(toks, j+3) && toks[j+3].Kind == text.Digits) {
				return dayRange(toks, j+3, m, d, d2)
			}
		}
		if d, ok := dayToken(toks[j]); ok && !(j+1 < n && text.Glued(toks, j+1) && (toks[j+1].Text == "/" || toks[j+1].Text == ":" || toks[j+1].Text == "-" && j+2 < n && toks[j+2].Kind == text.Digits)) {
			k := j + 1
			if k < n && text.Glued(toks, k) && toks[k].Kind == text.Letters && dp.isOrdinalSuffix(toks[k].Lower) {
				k++
			}
			r := rawDate{end: k, m: m, d: d}
			q := k
			if q < n && toks[q].Text == "," {
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
		switch p := toks[i-1].Lower; p {
		case "this", "last", "next":
			return rawDate{end: j, m: m, rel: p}, true
		default:
			if dp.monthContext[p] {
				return rawDate{end: j, m: m, rel: "in"}, true
			}
		}
	}
	return rawDate{}, false
}

// Parse finds the dates a sentence names and completes them from ref,
// the document's publication date (ISO, possibly partial, or "").
func (dp *Parser) Parse(sentence string, ref string) []Mention {
	return dp.Find(sentence, text.Tokenize(sentence), ParseReference(ref))
}

// Find is Parse over a sentence already tokenized (toks are
// text.Tokenize(sentence)) with a reference already parsed.
func (dp *Parser) Find(sentence string, toks []text.Token, r Reference) []Mention {
	var out []Mention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == text.Letters {
			if shift, ok := dp.relativeDays[t.Lower]; ok {
				out = append(out, relativeDay(sentence, t, shift, r))
				continue
			}
			if wd, ok := dp.weekdayOf(t.Text); ok && unicode.IsUpper(rune(t.Text[0])) {
				m, next := dp.weekdayMention(sentence, toks, i, wd, r)
				out = append(out, m)
				i = next - 1
				continue
			}
		}
		if dp.MonthOf(t) > 0 {
			// "February through October 2017" is a period, not a date.
			if c, ok := dp.periodAt(toks, i, r); ok && c.rank == 3 {
				i = c.end - 1
				continue
			}
		}
		raw, ok := dp.dateAt(toks, i)
		if !ok {
			continue
		}
		start := i
		if raw.rel == "this" || raw.rel == "last" || raw.rel == "next" {
			start = i - 1
		}
		m := resolveRaw(raw, nil, r)
		m.Span = Span{Start: toks[start].Start, End: toks[raw.end-1].End}
		m.Text = sentence[m.Span.Start:m.Span.End]
		out = append(out, m)
		i = raw.end - 1
	}
	return out
}

// relativeDay is a day named relative to the reference date ("today",
// "yesterday"): shift days after it.
func relativeDay(s string, t text.Token, shift int, r Reference) Mention {
	m := Mention{Span: Span{Start: t.Start, End: t.End}, Text: s[t.Start:t.End], Relative: true}
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
func (dp *Parser) weekdayMention(s string, toks []text.Token, i int, wd time.Weekday, r Reference) (Mention, int) {
	n := len(toks)
	j := i + 1
	paren := false
	for j < n && j <= i+2 && (toks[j].Text == "," || toks[j].Text == "(" || toks[j].Lower == "the") {
		if toks[j].Text == "(" {
			paren = true
		}
		j++
	}
	if j < n {
		if raw, ok := dp.dateAt(toks, j); ok && raw.rel == "" && raw.d > 0 {
			m := resolveRaw(raw, &wd, r)
			end := raw.end
			if paren && end < n && toks[end].Text == ")" {
				end++
			}
			m.Span = Span{Start: toks[i].Start, End: toks[end-1].End}
			m.Text = s[m.Span.Start:m.Span.End]
			return m, end
		}
	}
	// A weekday alone: the most recent such day on or before ref ("last"
	// moves strictly before, "next" strictly after).
	start := i
	dir := ""
	if i > 0 && (toks[i-1].Lower == "last" || toks[i-1].Lower == "next" || toks[i-1].Lower == "this") {
		start, dir = i-1, toks[i-1].Lower
	}
	m := Mention{Span: Span{Start: toks[start].Start, End: toks[i].End}, Relative: true}
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
func resolveRaw(raw rawDate, wd *time.Weekday, r Reference) Mention {
	m := Mention{Month: raw.m, Day: raw.d, Ambiguous: raw.ambiguous}
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

// dayRange is the date of a range of days d to d2 of month m that ends
// before token k, dated by its first day, with the year after it (a comma
// between allowed: "May 3 to 5, 2023"); ok is false when either day is no
// day of the month.
func dayRange(toks []text.Token, k, m, d, d2 int) (rawDate, bool) {
	r := rawDate{end: k, m: m, d: d}
	if k < len(toks) && toks[k].Text == "," {
		k++
	}
	if k < len(toks) {
		if y, ok := plausibleYear(toks[k]); ok {
			r.y, r.end = y, k+1
		}
	}
	if validDate(r.y, r.m, r.d) && validDate(r.y, r.m, d2) {
		return r, true
	}
	return rawDate{}, false
}
