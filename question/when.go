package question

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is a span of time, its ends ISO 8601 dates of any precision
// ("2023", "2023-03", "2023-03-05"), both inside; an empty end is open.
type Period struct {
	From string `json:"from,omitempty"`
	To   string `json:"to,omitempty"`
}

// Contains says whether a fact dated date lies wholly in the period: a
// meeting dated only "2023" is not known to be in March 2023, so it is not
// in it. An undated fact is in no period.
func (p Period) Contains(date string) bool {
	if date == "" {
		return false
	}
	lo, hi := bounds(date)
	if lo == "" {
		return false
	}
	if p.From != "" {
		if from, _ := bounds(p.From); lo < from {
			return false
		}
	}
	if p.To != "" {
		if _, to := bounds(p.To); hi > to {
			return false
		}
	}
	return true
}

// Overlaps says whether a fact dated date could lie in the period (a year
// that contains the month asked about), for saying what an answer left out.
func (p Period) Overlaps(date string) bool {
	lo, hi := bounds(date)
	if lo == "" {
		return false
	}
	if p.From != "" {
		if from, _ := bounds(p.From); hi < from {
			return false
		}
	}
	if p.To != "" {
		if _, to := bounds(p.To); lo > to {
			return false
		}
	}
	return true
}

// bounds returns the first and last day of a date of any precision as
// YYYY-MM-DD strings that compare in date order ("2023-02" gives
// 2023-02-01 and 2023-02-31: no real date lies past a month's 31st), or
// "" for what is not an ISO date.
func bounds(d string) (string, string) {
	d = strings.TrimSpace(d)
	if i := strings.IndexAny(d, "T/"); i > 0 {
		d = d[:i] // a timestamp or the start of an interval
	}
	switch {
	case len(d) == 4 && allDigits(d):
		return d + "-01-01", d + "-12-31"
	case len(d) == 7 && allDigits(d[:4]) && d[4] == '-' && allDigits(d[5:]):
		return d + "-01", d + "-31"
	case len(d) == 10 && allDigits(d[:4]) && d[4] == '-' && allDigits(d[5:7]) && d[7] == '-' && allDigits(d[8:]):
		return d, d
	}
	return "", ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (p Period) String() string {
	switch {
	case p.From == "" && p.To == "":
		return "any time"
	case p.From == p.To:
		return p.From
	case p.From == "":
		return "up to " + p.To
	case p.To == "":
		return "from " + p.From
	}
	return p.From + " to " + p.To
}

// date is a calendar date of some precision.
type date struct {
	y, m, d int // m, d 0 when not given
}

func (d date) iso() string {
	switch {
	case d.m == 0:
		return fmt.Sprintf("%04d", d.y)
	case d.d == 0:
		return fmt.Sprintf("%04d-%02d", d.y, d.m)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
}

// shift moves a date by n of its own unit (a year, a month or a day).
func (d date) shift(n int) date {
	switch {
	case d.m == 0:
		return date{y: d.y + n}
	case d.d == 0:
		t := time.Date(d.y, time.Month(d.m)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return date{y: t.Year(), m: int(t.Month())}
	}
	t := time.Date(d.y, time.Month(d.m), d.d+n, 0, 0, 0, 0, time.UTC)
	return date{y: t.Year(), m: int(t.Month()), d: t.Day()}
}

func ofTime(t time.Time) date { return date{y: t.Year(), m: int(t.Month()), d: t.Day()} }

// timeExpr is one expression of time found in a question.
type timeExpr struct {
	at, n  int // tokens
	period Period
	note   string // how a relative expression was read
	join   bool   // joined to the previous one by "and"/"or" ("in 2020 and 2023")
}

// timeParser reads the expressions of time of a question.
type timeParser struct {
	v    *Vocabulary
	ts   []token
	used []bool
	ref  time.Time
}

func (p *timeParser) meaning(i int) (string, int) {
	if i >= len(p.ts) {
		return "", 0
	}
	return p.v.timeAt(p.ts, p.used, i)
}

func (p *timeParser) isFiller(i int) bool {
	return i < len(p.ts) && (p.ts[i].fold == "the" || p.ts[i].fold == "of")
}

// parse finds every expression of time and marks its tokens used.
func (p *timeParser) parse() []timeExpr {
	var out []timeExpr
	for i := 0; i < len(p.ts); {
		if p.used[i] {
			i++
			continue
		}
		e, ok := p.expr(i)
		if !ok {
			i++
			continue
		}
		if len(out) > 0 {
			last := out[len(out)-1]
			if j := last.at + last.n; j < e.at && e.at-j <= 1 && (p.ts[j].fold == "and" || p.ts[j].fold == "or") {
				e.join = true
				p.used[j] = true
			}
		}
		for k := e.at; k < e.at+e.n; k++ {
			p.used[k] = true
		}
		out = append(out, e)
		i = e.at + e.n
	}
	return out
}

// expr reads an expression of time starting at token i.
func (p *timeParser) expr(i int) (timeExpr, bool) {
	m, n := p.meaning(i)
	op := ""
	switch m {
	case "in", "since", "after", "before", "until", "between":
		op = m
	}
	j := i
	if op != "" {
		j = i + n
		for p.isFiller(j) {
			j++
		}
	}
	d, dn, note, ok := p.dateAt(j, op != "")
	if !ok {
		return timeExpr{}, false
	}
	end := j + dn
	e := timeExpr{at: i, note: note}
	switch op {
	case "", "in":
		// "2020-2022", "2020 to 2022", "from ... to ..." (from is since)
		if d2, n2, ok := p.rangeEnd(end, false); ok {
			e.period = Period{From: d.from, To: d2.to}
			end += n2
		} else {
			e.period = Period{From: d.from, To: d.to}
		}
	case "since":
		if d2, n2, ok := p.rangeEnd(end, false); ok {
			e.period = Period{From: d.from, To: d2.to}
			end += n2
		} else {
			e.period = Period{From: d.from}
		}
	case "between":
		d2, n2, ok := p.rangeEnd(end, true)
		if !ok {
			return timeExpr{}, false // "between X and Y" of names: not time
		}
		e.period = Period{From: d.from, To: d2.to}
		end += n2
	case "after":
		e.period = Period{From: d.after}
	case "before":
		e.period = Period{To: d.before}
	case "until":
		e.period = Period{To: d.to}
	}
	e.n = end - i
	return e, true
}

// span is what a date expression covers: its first and last dates and
// those just outside it, as ISO dates.
type span struct {
	from, to, before, after string
}

func spanOf(d date) span {
	return span{from: d.iso(), to: d.iso(), before: d.shift(-1).iso(), after: d.shift(1).iso()}
}

// rangeEnd reads "to D", "until D" or "-D" at token i, and "and D" when
// and is set (after "between": "in 2020 and 2023" is two years, not a range).
func (p *timeParser) rangeEnd(i int, and bool) (span, int, bool) {
	if i >= len(p.ts) || p.used[i] {
		return span{}, 0, false
	}
	if s := p.ts[i].sep; strings.Contains(s, "-") || strings.Contains(s, "–") || strings.Contains(s, "—") {
		if d, n, _, ok := p.dateAt(i, true); ok {
			return d, n, true
		}
	}
	m, n := p.meaning(i)
	if (m != "to" && m != "until") || (p.ts[i].fold == "and" && !and) {
		return span{}, 0, false
	}
	if d, dn, _, ok := p.dateAt(i+n, true); ok {
		return d, n + dn, true
	}
	return span{}, 0, false
}

// dateAt reads a date at token i: an ISO date, a year, a month and year,
// a day, month and year (either order), a month alone after a word of
// time (the latest such month up to the reference date), or a relative
// date ("this year", "last 2 years"). afterOp says a word of time came
// before it, which makes a month alone a date ("in May").
func (p *timeParser) dateAt(i int, afterOp bool) (span, int, string, bool) {
	if i >= len(p.ts) || p.used[i] {
		return span{}, 0, "", false
	}
	t := p.ts[i]
	if t.date {
		d, ok := parseISO(t.raw)
		if ok {
			return spanOf(d), 1, "", true
		}
	}
	if y, ok := year(t.fold); ok {
		return spanOf(date{y: y}), 1, "", true
	}
	// a day first: "5 March 2024"
	if day, ok := dayNum(t.fold); ok {
		if m, n := p.month(i + 1); m > 0 {
			if y, ok := p.yearAt(i + 1 + n); ok {
				return spanOf(date{y: y, m: m, d: day}), 2 + n, "", true
			}
		}
	}
	if m, n := p.month(i); m > 0 {
		// "March 5, 2024", "March 5 2024"
		if day, ok := p.dayAt(i + n); ok {
			if y, ok := p.yearAt(i + n + 1); ok {
				return spanOf(date{y: y, m: m, d: day}), n + 2, "", true
			}
		}
		// "March 2024", "March of 2024"
		k := i + n
		if p.isFiller(k) {
			k++
		}
		if y, ok := p.yearAt(k); ok {
			return spanOf(date{y: y, m: m}), k + 1 - i, "", true
		}
		if afterOp {
			ref := ofTime(p.ref)
			y := ref.y
			if m > ref.m {
				y--
			}
			d := date{y: y, m: m}
			return spanOf(d), n, fmt.Sprintf("%q read as %s (the latest %s up to %s)", p.phrase(i, n), d.iso(), p.ts[i].raw, ref.iso()), true
		}
		return span{}, 0, "", false
	}
	m, n := p.meaning(i)
	ref := ofTime(p.ref)
	if f := strings.Fields(m); len(f) == 2 && (f[0] == "rel-year" || f[0] == "rel-month") {
		k, _ := strconv.Atoi(f[1])
		d := date{y: ref.y}
		if f[0] == "rel-month" {
			d = date{y: ref.y, m: ref.m}
		}
		d = d.shift(k)
		return spanOf(d), n, fmt.Sprintf("%q read as %s (the reference date is %s)", p.phrase(i, n), d.iso(), ref.iso()), true
	}
	if m == "past" {
		// "last 2 years", "past six months", "last week"
		k, count := 1, 0
		if num, nn := p.number(i + n); nn > 0 {
			k, count = num, nn
		}
		um, un := p.meaning(i + n + count)
		if f := strings.Fields(um); len(f) == 2 && f[0] == "unit" {
			from := p.ref
			switch f[1] {
			case "year":
				from = from.AddDate(-k, 0, 0)
			case "month":
				from = from.AddDate(0, -k, 0)
			case "week":
				from = from.AddDate(0, 0, -7*k)
			case "day":
				from = from.AddDate(0, 0, -k)
			}
			s := span{from: ofTime(from).iso(), to: ref.iso(), before: ofTime(from).shift(-1).iso(), after: ref.shift(1).iso()}
			total := n + count + un
			return s, total, fmt.Sprintf("%q read as %s to %s (the reference date is %s)", p.phrase(i, total), s.from, s.to, ref.iso()), true
		}
	}
	return span{}, 0, "", false
}

func (p *timeParser) phrase(i, n int) string {
	var ws []string
	for k := i; k < i+n && k < len(p.ts); k++ {
		ws = append(ws, p.ts[k].raw)
	}
	return strings.Join(ws, " ")
}

// month reads a month's name at token i.
func (p *timeParser) month(i int) (int, int) {
	m, n := p.meaning(i)
	if f := strings.Fields(m); len(f) == 2 && f[0] == "month" {
		k, _ := strconv.Atoi(f[1])
		return k, n
	}
	return 0, 0
}

func (p *timeParser) yearAt(i int) (int, bool) {
	if i >= len(p.ts) || p.used[i] {
		return 0, false
	}
	return year(p.ts[i].fold)
}

func (p *timeParser) dayAt(i int) (int, bool) {
	if i >= len(p.ts) || p.used[i] {
		return 0, false
	}
	return dayNum(p.ts[i].fold)
}

// number reads a count: digits or a number word.
func (p *timeParser) number(i int) (int, int) {
	if i >= len(p.ts) || p.used[i] {
		return 0, 0
	}
	if n, err := strconv.Atoi(p.ts[i].fold); err == nil && n > 0 && n < 1000 {
		return n, 1
	}
	m, n := p.meaning(i)
	if f := strings.Fields(m); len(f) == 2 && f[0] == "number" {
		k, _ := strconv.Atoi(f[1])
		return k, n
	}
	return 0, 0
}

// year: four digits from 1900 to 2199.
func year(s string) (int, bool) {
	if len(s) != 4 || !allDigits(s) {
		return 0, false
	}
	y, _ := strconv.Atoi(s)
	return y, y >= 1900 && y < 2200
}

// dayNum: 1 to 31, digits, with an ordinal suffix or not ("5", "5th").
func dayNum(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "st"), "nd"), "rd"), "th")
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	d, _ := strconv.Atoi(s)
	return d, d >= 1 && d <= 31
}

func parseISO(s string) (date, bool) {
	f := strings.Split(s, "-")
	var d date
	var err error
	if d.y, err = strconv.Atoi(f[0]); err != nil {
		return date{}, false
	}
	if len(f) > 1 {
		if d.m, err = strconv.Atoi(f[1]); err != nil || d.m < 1 || d.m > 12 {
			return date{}, false
		}
	}
	if len(f) > 2 {
		if d.d, err = strconv.Atoi(f[2]); err != nil || d.d < 1 || d.d > 31 {
			return date{}, false
		}
	}
	return d, true
}
