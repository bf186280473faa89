package dates

import (
	"strings"
	"time"
	"unicode"

	"github.com/diplograph/diplograph/extract/text"
)

// monthOfName gives the month a month name or its abbreviation stands for.
func monthOfName(w string) int {
	switch strings.ToLower(w) {
	case "january", "jan":
		return 1
	case "february", "feb":
		return 2
	case "march", "mar":
		return 3
	case "april", "apr":
		return 4
	case "may":
		return 5
	case "june", "jun":
		return 6
	case "july", "jul":
		return 7
	case "august", "aug":
		return 8
	case "september", "sep", "sept":
		return 9
	case "october", "oct":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}

// MonthOf gives the month a token names, 0 for none. Month names count only
// when capitalised, so that "may" the verb and "march" the noun stay words.
func MonthOf(t text.Token) int {
	if t.Kind != text.Letters || t.Text == "" || !unicode.IsUpper(rune(t.Text[0])) {
		return 0
	}
	return monthOfName(t.Text)
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

func isOrdinalSuffix(w string) bool {
	return w == "st" || w == "nd" || w == "rd" || w == "th"
}
