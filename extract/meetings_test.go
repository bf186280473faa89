package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// meetingLines renders a document's meetings and calls one per line,
// sorted: "kind date city: participants".
func meetingLines(ms []fact.Meeting) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind+" "+m.Date+" "+m.City+": "+strings.Join(m.Participants, "+"))
	}
	sort.Strings(out)
	return out
}

type meetingCase struct {
	name, text, date string
	want             []string // meetingLines of the document
}

func runMeetingCases(t *testing.T, tests []meetingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, tt.date)
			got := meetingLines(f.Meetings)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("meetings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// Datelines say where and when a report was filed; their forms differ from
// wire to wire.
func TestMeetingDatelines(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"city, date over a comma, agency",
			"DHAKA, March 4, 2019 (Wire) – Nepali Prime Minister Hari Adhikari held talks with Bangladeshi President Rahim Chowdhury this evening.", "",
			[]string{"meeting 2019-03-04 Dhaka: Hari Adhikari+Rahim Chowdhury"}},
		{"an agency's slashed date",
			"ENA March 5/2022 Prime Minister Lemma Tadesse held talks with Kenyan President Otieno Kamau in Addis Ababa.", "",
			[]string{"meeting 2022-03-05 Addis Ababa: Lemma Tadesse+Otieno Kamau"}},
		{"a place label opening the body",
			"Muscat: Omani Foreign Minister Salim Al Harthy received Jordanian Foreign Minister Omar Haddad this evening.", "2021-04-12",
			[]string{"meeting 2021-04-12 Muscat: Omar Haddad+Salim Al Harthy"}},
		{"the filing city of a report on talks abroad is no venue",
			"WIRE (KATHMANDU, 29 March 2022) – Nepali Foreign Minister Ram Thapa held a meeting with Indian Foreign Minister Arjun Mehta today. The minister is presently in Sri Lanka for the regional meeting.", "",
			[]string{"meeting 2022-03-29 : Arjun Mehta+Ram Thapa"}},
		{"a syndication feed's country and day are not the meeting's",
			"CANADA, May 3 - Prime Minister Claire Dubois met with the President of Ecuador, Luis Andrade.", "2024-03-06",
			[]string{"meeting 2024-03-06 : Claire Dubois+Luis Andrade"}},
	})
}
