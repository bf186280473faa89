package fact

import (
	"strings"
	"time"
)

// MeetingSighting is a meeting as the same-meeting rule sees it: one report
// of it, or the union of the reports already merged into one meeting.
// People and Cities hold identity keys, whatever the caller uses to tell two
// people or two cities apart (the store uses the slugs of its IRIs); Dates
// holds the ISO 8601 dates the reports give.
type MeetingSighting struct {
	Kind   string // MeetingInPerson or MeetingCall
	People map[string]bool
	Cities map[string]bool
	Dates  map[string]bool
}

// SameMeeting says whether report describes the meeting known (one report or
// several already merged), and how closely, so that the closest of several
// candidates wins. It is the store's meeting identity (docs/SCHEMA.md,
// "Meeting identity"): the same kind; the smaller set of participants inside
// the larger, sharing at least one person; report's cities among known's
// when both name one; every pair of dates compatible (DatesCompatible); and
// a city or a date known on both sides and equal, so that two reports that
// agree only by saying little are not taken for one meeting.
func SameMeeting(known, report MeetingSighting) (score int, ok bool) {
	if known.Kind != report.Kind {
		return 0, false
	}
	shared := 0
	for p := range report.People {
		if known.People[p] {
			shared++
		}
	}
	if shared == 0 || shared != min(len(report.People), len(known.People)) {
		return 0, false
	}
	cityEqual := false
	if len(report.Cities) > 0 && len(known.Cities) > 0 {
		for c := range report.Cities {
			if !known.Cities[c] {
				return 0, false
			}
		}
		cityEqual = true
	}
	dateEqual := false
	for d := range report.Dates {
		for kd := range known.Dates {
			if !DatesCompatible(d, kd) {
				return 0, false
			}
			if d == kd {
				dateEqual = true
			}
		}
	}
	if !cityEqual && !dateEqual {
		return 0, false
	}
	score = 4 * shared
	if cityEqual {
		score += 2
	}
	if dateEqual {
		score += 2
	}
	return score, true
}

// DatesCompatible says whether two dates can be the date of one meeting: one
// is a prefix of the other ("2023-02" and "2023-02-02"), or both are full
// dates at most a day apart (time zones, reports written the next morning).
// An unknown date is compatible with any.
func DatesCompatible(a, b string) bool {
	if a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// MeetingDate is the date an answer gives for a meeting several reports
// date: SameMeeting merges only reports whose dates are pairwise compatible,
// so the most specific date refines the others ("2023-02-02" over
// "2023-02"). Between equally specific dates (a day apart) the one more
// reports give wins, then the earlier. reports counts the reports of each
// date; a date missing from it counts as none.
func MeetingDate(dates []string, reports map[string]int) string {
	best := ""
	for _, d := range dates {
		switch {
		case best == "":
			best = d
		case len(d) > len(best):
			best = d
		case len(d) == len(best) && reports[d] > reports[best]:
			best = d
		case len(d) == len(best) && reports[d] == reports[best] && d < best:
			best = d
		}
	}
	return best
}

// SameUndatedMeeting says whether two reports that do not date a meeting of
// their own (their only date is their publication date) can describe one
// meeting. It answers a different question from SameMeeting, which is why it
// is a rule of its own: without dates SameMeeting could only rely on the
// city, and a subset of participants in one city is too weak a sign across
// months of reports, so here the participants must be the same people (two
// or more) and the place the same city, or, when either report names no
// city, the same country. The corpus merge asks it when it settles such
// reports on the earliest publication date, and wants more corroboration
// still (a figure both reports give).
func SameUndatedMeeting(a, b Meeting) bool {
	if len(a.Participants) < 2 || !sameSet(a.Participants, b.Participants) {
		return false
	}
	if a.City != "" && b.City != "" {
		return a.City == b.City
	}
	return a.Country != "" && a.Country == b.Country
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	in := make(map[string]int, len(a))
	for _, x := range a {
		in[x]++
	}
	for _, x := range b {
		if in[x] == 0 {
			return false
		}
		in[x]--
	}
	return true
}
