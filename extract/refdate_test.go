package extract

import (
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// A URL's /YYYY/MM/DD/ path is the day a news site filed the article under;
// other runs of digits in an address are not dates to trust.
func TestURLDay(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://news.example.org/2021/06/18/leaders-meet-in-port/", "2021-06-18"},
		{"https://example.com/world/2019/12/03/readout", "2019-12-03"},
		{"https://example.com/politics/2022/01/14", "2022-01-14"},
		{"https://example.com/2023/04/president-arrives/", ""},        // a month only
		{"https://example.com/2023/9/8/what-went-down", "2023-09-08"}, // no leading zeros
		{"https://example.com/2023/13/8/slug", ""},                    // no such month
		{"https://example.com/2021/02/30/slug/", ""},                  // no such day
		{"https://example.com/view.php?ud=20241004050622", ""},        // a stamp in the query
		{"https://example.com/news/2008/14_apr_1.html", ""},           // no /MM/DD/ run
		{"https://2021.example.com/06/18/slug", ""},                   // a host name never counts
		{"", ""},
	}
	for _, tt := range tests {
		if got := urlDay(tt.url); got != tt.want {
			t.Errorf("urlDay(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// A document without a front-matter date takes its URL's day as its
// publication date: "on Friday" and "today" resolve against it. A path of a
// year and a month only dates the month the site filed it under.
func TestURLPublicationDate(t *testing.T) {
	tests := []struct {
		name, url, date, text string
		want                  []string
	}{
		{"a weekday counts back from the URL's day", "https://news.example.org/2022/01/14/talks/", "",
			"President Ana Ferreira met Prime Minister Jonas Berg of Sweden in Lisbon on Thursday.",
			[]string{"meeting 2022-01-13 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"a readout of no date is of the URL's day", "https://gov.example.org/en/news/readouts/2019/12/03/pm-meets-president", "",
			"Today, Prime Minister Claire Dubois met with the President of Ecuador, Luis Andrade, in Quito.",
			[]string{"meeting 2019-12-03 Quito: Claire Dubois+Luis Andrade"}},
		{"the front matter's date wins", "https://news.example.org/2022/01/14/talks/", "2022-02-10",
			"President Ana Ferreira met Prime Minister Jonas Berg of Sweden in Lisbon on Thursday.",
			[]string{"meeting 2022-02-10 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"a month-only path dates the month, not a day", "https://news.example.org/2022/01/talks/", "",
			"President Ana Ferreira met Prime Minister Jonas Berg of Sweden in Lisbon on Thursday.",
			[]string{"meeting 2022-01 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"a month-only path, a day of the text", "https://news.example.org/2022/01/talks/", "",
			"President Ana Ferreira met Prime Minister Jonas Berg of Sweden in Lisbon on January 13.",
			[]string{"meeting 2022-01-13 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"a year and a number are no month, but the year", "https://news.example.org/2022/4471/talks/", "",
			"President Ana Ferreira met Prime Minister Jonas Berg of Sweden in Lisbon on Thursday.",
			[]string{"meeting 2022 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"a year directory dates the dateline's day and month", "http://news.example.org/server/2008/14_apr_1.html", "",
			"LISBON, April 14 (Wire) - President Ana Ferreira met Prime Minister Jonas Berg of Sweden today.",
			[]string{"meeting 2008-04-14 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"a year directory alone dates the year", "https://gov.example.org/archive/2015/pm-meets-president.html", "",
			"Prime Minister Jonas Berg of Sweden met President Ana Ferreira in Lisbon.",
			[]string{"meeting 2015 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"no year directory, no date", "https://gov.example.org/archive/pm-meets-president-20151.html", "",
			"Prime Minister Jonas Berg of Sweden met President Ana Ferreira in Lisbon.",
			[]string{"meeting  Lisbon: Ana Ferreira+Jonas Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extractDocs(t, fact.Document{Text: tt.text, Date: tt.date, URL: tt.url})[0]
			got := meetingLines(f.Meetings)
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("meetings: %q, want %q", got, tt.want)
			}
		})
	}
}

// A text that states no date of its own but sets this year's figures
// against "the same period in" a year was written the year after: "On 2
// June" is of that year.
func TestYearAfterTheSamePeriod(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"first quarter against the similar period",
			"On 2 June, Chilean Deputy Prime Minister Ana Torres and Peruvian Deputy Prime Minister Luis Ortega held talks in Santiago. Trade grew by 18.7% in this year's first quarter as compared to the similar period in 2022.", "",
			[]string{"meeting 2023-06-02 Santiago: Ana Torres+Luis Ortega"}},
		{"five months against the same months of",
			"Chilean Foreign Minister Ana Torres met Peruvian Foreign Minister Luis Ortega in Lima on March 14. Trade rose 12 percent in the first five months compared with the same months of 2019.", "",
			[]string{"meeting 2020-03-14 Lima: Ana Torres+Luis Ortega"}},
		{"a later year named: no year is pinned down",
			"On 2 June, Chilean Deputy Prime Minister Ana Torres and Peruvian Deputy Prime Minister Luis Ortega held talks in Santiago. Trade grew as compared to the same period in 2022, and the plan for 2026 was adopted.", "",
			[]string{"meeting  Santiago: Ana Torres+Luis Ortega"}},
	})
}
