package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// News sites and government portals put the day an article was published
// into its address ("/2021/06/18/leaders-meet/", "view.php?ud=20210618093000",
// "/news/2008/18_jun_1.html"). When the front matter gives no date, that
// day is the publication date relative dates ("on Thursday", "today")
// resolve against.
var (
	// /2021/06/18/, /2021/6/18-, -2021-06-18_, 2021.06.18
	urlYMDRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-/_.]([0-9]{1,2})[-/_.]([0-9]{1,2})(?:[^0-9]|$)`)
	// /202106/18slug: year and month as one segment, the day leading the next
	urlYMSlashDRE = regexp.MustCompile(`/((?:19|20)[0-9]{2})([0-9]{2})/([0-9]{2})(?:[^0-9]|$)`)
	// /2021/18_jun_1: the day and a month name after the year
	urlYDMonRE = regexp.MustCompile(`(?i)/((?:19|20)[0-9]{2})/([0-9]{1,2})[-_]?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:[^a-z]|$)`)
	// /2021/06/slug: the month only
	urlYMRE = regexp.MustCompile(`/((?:19|20)[0-9]{2})/([0-9]{1,2})/[^/0-9]`)
	// a path segment or query value of digits that starts with YYYYMMDD (a
	// date, or a date and time: 20210618, 202106180930, 20210618093000)
	urlStampRE = regexp.MustCompile(`^((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?:[0-9]{4}|[0-9]{6})?$`)
)

var urlMonths = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// readURLDate returns the publication date a document's URL carries, as
// ISO 8601 (YYYY-MM-DD, or YYYY-MM where the address gives only the
// month), or "" when it carries none. Host names never count: a date is
// read from the path and the query only.
func readURLDate(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || raw == "" {
		return ""
	}
	path := u.EscapedPath()
	if m := urlYMDRE.FindStringSubmatch(path); m != nil {
		if d := urlDay(m[1], m[2], m[3]); d != "" {
			return d
		}
	}
	if m := urlYMSlashDRE.FindStringSubmatch(path); m != nil {
		if d := urlDay(m[1], m[2], m[3]); d != "" {
			return d
		}
	}
	if m := urlYDMonRE.FindStringSubmatch(path); m != nil {
		if d := urlDay(m[1], strconv.Itoa(urlMonths[strings.ToLower(m[3])]), m[2]); d != "" {
			return d
		}
	}
	stamps := strings.Split(path, "/")
	for _, vs := range u.Query() {
		stamps = append(stamps, vs...)
	}
	for _, s := range stamps {
		if m := urlStampRE.FindStringSubmatch(s); m != nil {
			if d := urlDay(m[1], m[2], m[3]); d != "" {
				return d
			}
		}
	}
	if m := urlYMRE.FindStringSubmatch(path); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && urlYearOK(y) {
			return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
		}
	}
	return ""
}

// urlDay checks that year, month and day make a real date.
func urlDay(year, month, day string) string {
	y, _ := strconv.Atoi(year)
	mo, _ := strconv.Atoi(month)
	d, _ := strconv.Atoi(day)
	if !urlYearOK(y) || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return "" // 31 June
	}
	return t.Format("2006-01-02")
}

// urlYearOK keeps years a news site of the web can carry; larger runs of
// digits starting 19 or 20 are more likely identifiers.
func urlYearOK(y int) bool { return y >= 1990 && y <= 2039 }
