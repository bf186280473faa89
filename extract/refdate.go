package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/extract/dates"
	"github.com/diplograph/diplograph/extract/text"
)

// reference is the date relative expressions of a document resolve
// against.
type reference struct {
	date   string          // ISO 8601, possibly partial, or ""
	parsed dates.Reference // date, parsed
	// inferred: date is a year the text pins down, not a stated date
	inferred bool
}

// referenceDate settles the date relative expressions resolve against: the
// publication date (the front matter's, else the day of the URL's
// /YYYY/MM/DD/ path), else a date standing at the head of the text, else the
// dateline's, else the month of the URL's /YYYY/MM/ path, else a year the
// text pins down (a completed period of that year and a deadline
// "by the end of" the same year).
func (x *Extractor) referenceDate(doc *document) reference {
	ref := x.findReference(doc)
	ref.parsed = dates.ParseReference(ref.date)
	return ref
}

func (x *Extractor) findReference(doc *document) reference {
	if pub := published(doc); pub != "" {
		if d := x.filedBefore(doc, pub); d != "" {
			return reference{date: d}
		}
		return reference{date: pub}
	}
	for i, st := range doc.sents {
		if i >= 4 {
			break
		}
		if len(st.words) > 10 {
			continue
		}
		for _, dm := range x.dates.Find(st.Text, st.toks, dates.Reference{}) {
			if len(dm.Date) == 10 {
				return reference{date: dm.Date}
			}
		}
	}
	if doc.seg.DatelineDate != "" {
		for _, dm := range x.dates.Parse(doc.seg.DatelineDate, "") {
			if len(dm.Date) >= 4 {
				return reference{date: dm.Date}
			}
		}
	}
	if m := urlMonth(doc.doc.URL); m != "" {
		return reference{date: m}
	}
	if y := urlYear(doc.doc.URL); y != "" {
		// a dateline's day and month in the year the site files the
		// report under ("CITY, Oct 10 –" at /news/2008/...)
		if doc.seg.DatelineDate != "" {
			for _, dm := range x.dates.Parse(doc.seg.DatelineDate+", "+y, "") {
				if len(dm.Date) == 10 && strings.HasPrefix(dm.Date, y) {
					return reference{date: dm.Date}
				}
			}
		}
		return reference{date: y}
	}
	y := x.lex.inferYear(doc)
	return reference{date: y, inferred: y != ""}
}

// filedBefore is the dateline's full date when it is a day or two before
// the publication date ("Capital, June 14 (Agency) -- ... received today"
// published on the 15th): a wire's "today" is the day it was filed, and a
// later publication only carries it. It is "" for a syndicated report,
// whose dateline is the feed's, or a dateline of the same day or none.
func (x *Extractor) filedBefore(doc *document, published string) string {
	if doc.seg.DatelineDate == "" || x.syndicated(doc) {
		return ""
	}
	pub, err := time.Parse("2006-01-02", published)
	if err != nil {
		return ""
	}
	for _, dm := range x.dates.Find(doc.seg.DatelineDate, text.Tokenize(doc.seg.DatelineDate), dates.ParseReference(published)) {
		d, err := time.Parse("2006-01-02", dm.Date)
		if err != nil {
			continue
		}
		if d.Before(pub) && !d.Before(pub.AddDate(0, 0, -2)) {
			return dm.Date
		}
		return ""
	}
	return ""
}

var (
	yearRE = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)
	// urlDayRE: a /YYYY/MM/DD/ run of a URL's path, the archive path news
	// sites file an article under on the day they publish it
	// (some sites write the month and day without a leading zero:
	// "/2023/9/8/")
	urlDayRE = regexp.MustCompile(`/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?:/|$)`)
	// urlMonthRE: a /YYYY/MM/ run followed by the slug, the archive path
	// of sites that file by month
	urlMonthRE = regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/[A-Za-z]`)
	// urlYearRE: a directory of the path that is a year, with more path
	// after it: the archive of sites that file by year ("/news/2008/slug")
	urlYearRE = regexp.MustCompile(`/((?:19|20)\d\d)/[^/]`)
)

// urlYear is the year of a URL's /YYYY/ directory, or "". It is the last
// thing the path is asked for: a year with no month says when the report
// was filed only roughly.
func urlYear(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return ""
	}
	if m := urlYearRE.FindStringSubmatch(u.EscapedPath()); m != nil {
		return m[1]
	}
	return ""
}

// published is the document's publication date: the front matter's, else
// the day its URL's path files it under ("/2021/06/18/slug"), or "". Only a
// whole /year/month/day/ run counts: a lone year or month in a path, a
// stamp in a query or an identifier of digits may be anything.
func published(doc *document) string {
	if doc.doc.Date != "" {
		return doc.doc.Date
	}
	return urlDay(doc.doc.URL)
}

// urlDay is the day of a URL's /YYYY/MM/DD/ path as ISO 8601, or "" (none,
// or no real day: "/2021/02/30/").
func urlDay(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return ""
	}
	m := urlDayRE.FindStringSubmatch(u.EscapedPath())
	if m == nil {
		return ""
	}
	d, err := time.Parse("2006-1-2", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return ""
	}
	return d.Format("2006-01-02")
}

// urlMonth is the month of a URL's /YYYY/MM/slug path as "YYYY-MM", or "":
// a site that files by month states the year and month it published in,
// not the day.
func urlMonth(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || raw == "" {
		return ""
	}
	m := urlMonthRE.FindStringSubmatch(u.EscapedPath())
	if m == nil {
		return ""
	}
	return m[1] + "-" + m[2]
}

// inferYear is the year a text that states no date of its own pins down:
// a completed period of that year and a deadline "by the end of" the same
// year, or this year's figures set against "the same period in" the year
// before (that year and one, when no later year is named).
func (v *vocabulary) inferYear(doc *document) string {
	lower, upper, after := 0, 0, 0
	for _, st := range doc.sents {
		for _, loc := range yearRE.FindAllStringIndex(st.Text, -1) {
			y, _ := strconv.Atoi(st.Text[loc[0]:loc[1]])
			before := st.Text[max(0, loc[0]-20):loc[0]]
			if v.previousYear.MatchString(st.Text[max(0, loc[0]-40):loc[0]]) && y+1 > after {
				after = y + 1
			}
			if v.deadline.MatchString(before) {
				if upper == 0 || y < upper {
					upper = y
				}
			} else if y > lower {
				lower = y
			}
		}
	}
	if lower > 0 && lower == upper {
		return strconv.Itoa(lower)
	}
	if after > 0 && lower <= after && (upper == 0 || upper >= after) {
		return strconv.Itoa(after)
	}
	return ""
}

// datedSentences are the dates each sentence names, completed from the
// document's reference date.
type datedSentences struct {
	ref   reference
	dates [][]dates.Mention // per sentence
}

// findDates reads the dates of every sentence once, from its tokens.
func (x *Extractor) findDates(doc *document, ref reference) datedSentences {
	d := datedSentences{ref: ref, dates: make([][]dates.Mention, len(doc.sents))}
	for i, st := range doc.sents {
		d.dates[i] = x.dates.Find(st.Text, st.toks, ref.parsed)
	}
	return d
}
