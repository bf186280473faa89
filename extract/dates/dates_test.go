package dates

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
)

// testParser reads the project's own tables.
var testParser = sync.OnceValue(func() *Parser {
	lex, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	dp, err := New(lex)
	if err != nil {
		panic(err)
	}
	return dp
})

func TestParsePeriod(t *testing.T) {
	cases := []struct {
		name     string
		sentence string
		ref      string
		period   string // "" means ok must be false
		text     string // surface text of the span, checked when period != ""
	}{
		{"n months of year", "Exports grew to $3 billion in the 9 months of 2021.", "", "2021-01/2021-09", "9 months of 2021"},
		{"first n months word number", "In the first seven months of 2018 trade fell.", "", "2018-01/2018-07", "first seven months of 2018"},
		{"first n months of this year", "Trade rose by 12 percent in the first four months of this year.", "2022-06-10", "2022-01/2022-04", "first four months of this year"},
		{"first n months of this year without ref", "Trade rose in the first four months of this year.", "", "", ""},
		{"n months of last year", "It reached $8 billion for 10 months of last year.", "2019-03-01", "2018-01/2018-10", "10 months of last year"},
		{"month through month", "And this is only February through October 2017.", "", "2017-02/2017-10", "February through October 2017"},
		{"month em dash month", "It covers only March — August 2016, we need to check.", "", "2016-03/2016-08", "March — August 2016"},
		{"month hyphen month", "Turnover in January-June 2015 was stable.", "", "2015-01/2015-06", "January-June 2015"},
		{"from month to month", "From January to September 2020 exports doubled.", "", "2020-01/2020-09", "From January to September 2020"},
		{"between month and month of", "Between April and June of 2014 sales dropped.", "", "2014-04/2014-06", "Between April and June of 2014"},
		{"month range across years", "Trade in November 2021 – February 2022 slowed.", "", "2021-11/2022-02", "November 2021 – February 2022"},
		{"month range this year", "Sales in January-May of this year rose.", "2023-07-01", "2023-01/2023-05", "January-May of this year"},
		{"first half", "Growth slowed in the first half of 2021.", "", "2021-01/2021-06", "first half of 2021"},
		{"second half", "Output recovered in the second half of 2019.", "", "2019-07/2019-12", "second half of 2019"},
		{"first half of the year", "In the first half of the year investment rose.", "2020-09-01", "2020-01/2020-06", "first half of the year"},
		{"third quarter", "Profit jumped in the third quarter of 2022.", "", "2022-07/2022-09", "third quarter of 2022"},
		{"first quarter numeric ordinal", "In the 1st quarter of 2024 trade stalled.", "", "2024-01/2024-03", "1st quarter of 2024"},
		{"a quarter with no year, ended by the reference date", "Exports rose in the first quarter.", "2024-06-01", "2024-01/2024-03", "first quarter"},
		{"a half with no year, not yet ended this year", "Trade fell in the second half, the minister said.", "2024-06-01", "2023-07/2023-12", "second half"},
		{"the half of something else is no period", "Talks filled the first half of the visit.", "2024-06-01", "", ""},
		{"Q form", "Revenue in Q2 2023 beat forecasts.", "", "2023-04/2023-06", "Q2 2023"},
		{"H form", "Trade in H1 2022 rose.", "", "2022-01/2022-06", "H1 2022"},
		{"in year", "In 2017, we had trade of nearly $2 billion.", "", "2017", "2017"},
		{"during year", "During 2013 the plant was built.", "", "2013", "2013"},
		{"last year", "Last year, mutual trade grew by 9 percent.", "2021-04-02", "2020", "Last year"},
		{"this year", "This year we saw growth of 15 percent.", "2021-04-02", "2021", "This year"},
		{"the current year", "In the current year trade will grow.", "2021-04-02", "2021", "the current year"},
		{"last year without ref", "Last year trade grew.", "", "", ""},
		{"single month", "Deliveries started in March 2020.", "", "2020-03", "March 2020"},
		{"interval beats year", "In 2021 it grew, and in the first half of 2022 it fell.", "", "2022-01/2022-06", "first half of 2022"},
		{"comparison base skipped", "Volumes fell in the first half of 2020 compared to the same period of 2019 by 4 percent.", "", "2020-01/2020-06", "first half of 2020"},
		{"comparison base only", "Trade fell compared with the same period of 2018.", "", "", ""},
		{"than year", "Trade was higher than in 2016.", "", "", ""},
		{"past ten years", "They invested about $9 billion over the past 10 years.", "2021-01-01", "", ""},
		{"by year is a due date", "They aim to reach $5 billion by 2030.", "", "", ""},
		{"end of year", "We will see growth by the end of 2021.", "", "", ""},
		{"the year before", "Trade grew 7 percent more than the year before.", "2022-05-05", "", ""},
		{"the last year", "Over the last year things changed.", "2022-05-05", "", ""},
		{"since the beginning of the year", "Since the beginning of the year trade grew by 5 percent.", "2022-05-05", "2022-01/2022-05", "Since the beginning of the year"},
		{"the year to a month", "Exports in the year to June 2023 rose.", "", "2022-07/2023-06", "year to June 2023"},
		{"twelve months to a month of the reference year", "In the twelve months to March trade grew.", "2024-06-01", "2023-04/2024-03", "twelve months to March"},
		{"months to a month later than the reference", "In the six months to September trade grew.", "2024-06-01", "2023-04/2023-09", "six months to September"},
		{"the year ended a day of a month", "In the year ended 30 June 2022 sales rose.", "", "2021-07/2022-06", "year ended 30 June 2022"},
		{"months ending a month, day and year", "For the 12 months ending June 30, 2021, imports fell.", "", "2020-07/2021-06", "12 months ending June 30, 2021"},
		{"the year to a month without reference", "In the year to March trade grew.", "", "", ""},
		{"the year to come is no period", "In the year to come trade will grow.", "2024-06-01", "", ""},
		{"month range with no year is the reference year's", "In January-October trade grew by 12 percent.", "2024-11-20", "2024-01/2024-10", "January-October"},
		{"month range with no year, after the reference month", "From March to September exports rose.", "2024-06-01", "2023-03/2023-09", "From March to September"},
		{"month range with no year and no reference", "In January-October trade grew.", "", "", ""},
		{"no period", "The leaders discussed energy.", "2022-05-05", "", ""},
		{"year as part of name", "The 2017 Abidjan Declaration was noted.", "", "", ""},
		{"full date is not a period", "They met on 12 March 2019 in the capital.", "", "", ""},
		{"month range with day is still a range", "Trade from January to March 2019 rose.", "", "2019-01/2019-03", "from January to March 2019"},
		{"grew by and in year", "Trade grew by 5 percent in 2018.", "", "2018", "2018"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, sp, ok := testParser().ParsePeriod(tc.sentence, tc.ref)
			if tc.period == "" {
				if ok {
					t.Fatalf("testParser().ParsePeriod(%q, %q) = %q %q, want none", tc.sentence, tc.ref, p, tc.sentence[sp.Start:sp.End])
				}
				return
			}
			if !ok || p != tc.period {
				t.Fatalf("testParser().ParsePeriod(%q, %q) = %q, %v, want %q", tc.sentence, tc.ref, p, ok, tc.period)
			}
			if got := tc.sentence[sp.Start:sp.End]; got != tc.text {
				t.Errorf("span text %q, want %q", got, tc.text)
			}
		})
	}
}

type wantDate struct {
	text      string
	date      string
	relative  bool
	month     int
	day       int
	ambiguous bool
}

func TestParseDates(t *testing.T) {
	cases := []struct {
		name     string
		sentence string
		ref      string
		want     []wantDate
	}{
		{"month abbreviation with dot and ref year", "The president received the minister on Sept. 14, officials said.", "2019-10-02",
			[]wantDate{{"Sept. 14", "2019-09-14", true, 9, 14, false}}},
		{"month abbreviation no ref", "The president received the minister on Oct. 3.", "",
			[]wantDate{{"Oct. 3", "", true, 10, 3, false}}},
		{"month day year", "The summit opened on June 12, 2021 in the capital.", "",
			[]wantDate{{"June 12, 2021", "2021-06-12", false, 6, 12, false}}},
		{"month day year no comma", "It opened June 12 2021.", "",
			[]wantDate{{"June 12 2021", "2021-06-12", false, 6, 12, false}}},
		{"month day slash year, an agency dateline", "AGENCY March 5/2022 The prime minister held talks with his counterpart.", "",
			[]wantDate{{"March 5/2022", "2022-03-05", false, 3, 5, false}}},
		{"month day slash year before an ellipsis", "October 7/2019… The foreign minister arrived.", "",
			[]wantDate{{"October 7/2019", "2019-10-07", false, 10, 7, false}}},
		{"day month year", "Signed on 14 July 2018 by both sides.", "",
			[]wantDate{{"14 July 2018", "2018-07-14", false, 7, 14, false}}},
		{"day month ref year", "The talks on 8 March went well.", "2022-03-20",
			[]wantDate{{"8 March", "2022-03-08", true, 3, 8, false}}},
		{"ordinal of month", "We meet on the 5th of October.", "2020-09-01",
			[]wantDate{{"5th of October", "2020-10-05", true, 10, 5, false}}},
		{"month day ordinal", "Due on November 2nd, 2016.", "",
			[]wantDate{{"November 2nd, 2016", "2016-11-02", false, 11, 2, false}}},
		{"dotted day first", "14.06.2021 Reuters 12 views", "",
			[]wantDate{{"14.06.2021", "2021-06-14", false, 6, 14, false}}},
		{"dotted ambiguous day first", "05.04.2022 News", "",
			[]wantDate{{"05.04.2022", "2022-04-05", false, 4, 5, true}}},
		{"slash ambiguous month first", "Posted 03/04/2021.", "",
			[]wantDate{{"03/04/2021", "2021-03-04", false, 3, 4, true}}},
		{"slash unambiguous day over twelve", "Posted 25/04/2021.", "",
			[]wantDate{{"25/04/2021", "2021-04-25", false, 4, 25, false}}},
		{"slash weekday picks month first", "The leaders met on Tuesday (03/02/2021).", "",
			[]wantDate{{"Tuesday (03/02/2021)", "2021-03-02", false, 3, 2, false}}},
		{"slash weekday overrides month first", "The leaders met on Wednesday (03/02/2021).", "",
			[]wantDate{{"Wednesday (03/02/2021)", "2021-02-03", false, 2, 3, false}}},
		{"dotted weekday agrees with day first", "Friday, 05.03.2021 was busy.", "",
			[]wantDate{{"Friday, 05.03.2021", "2021-03-05", false, 3, 5, false}}},
		{"dotted weekday overrides day first", "Monday, 05.03.2021 was busy.", "",
			[]wantDate{{"Monday, 05.03.2021", "2021-05-03", false, 5, 3, false}}},
		{"two digit year", "Signed 7/4/19.", "",
			[]wantDate{{"7/4/19", "2019-07-04", false, 7, 4, true}}},
		{"weekday with day month in parens", "They met in the capital on Wednesday (11 March).", "2020-03-15",
			[]wantDate{{"Wednesday (11 March)", "2020-03-11", true, 3, 11, false}}},
		{"weekday comma day month", "On Friday, 6 March, the sides met.", "2020-03-10",
			[]wantDate{{"Friday, 6 March", "2020-03-06", true, 3, 6, false}}},
		{"weekday with date and no ref", "On Friday, 6 March, the sides met.", "",
			[]wantDate{{"Friday, 6 March", "", true, 3, 6, false}}},
		{"weekday alone goes back", "The ministers spoke on Thursday.", "2021-06-15",
			[]wantDate{{"Thursday", "2021-06-10", true, 6, 10, false}}},
		{"weekday alone same day", "The ministers spoke on Tuesday.", "2021-06-15",
			[]wantDate{{"Tuesday", "2021-06-15", true, 6, 15, false}}},
		{"last weekday", "They met last Tuesday.", "2021-06-15",
			[]wantDate{{"last Tuesday", "2021-06-08", true, 6, 8, false}}},
		{"next weekday", "They will meet next Monday.", "2021-06-15",
			[]wantDate{{"next Monday", "2021-06-21", true, 6, 21, false}}},
		{"weekday without ref", "They spoke on Thursday.", "",
			[]wantDate{{"Thursday", "", true, 0, 0, false}}},
		{"today", "Today the sides signed a plan.", "2018-11-30",
			[]wantDate{{"Today", "2018-11-30", true, 11, 30, false}}},
		{"today partial ref", "Today the sides signed a plan.", "2018-11",
			[]wantDate{{"Today", "2018-11", true, 11, 0, false}}},
		{"yesterday across month", "Yesterday they signed a plan.", "2018-12-01",
			[]wantDate{{"Yesterday", "2018-11-30", true, 11, 30, false}}},
		{"today and month day", "Today, October 2, the leaders met.", "2017-10-02",
			[]wantDate{{"Today", "2017-10-02", true, 10, 2, false}, {"October 2", "2017-10-02", true, 10, 2, false}}},
		{"this month", "The forum takes place this October.", "2019-05-05",
			[]wantDate{{"this October", "2019-10", true, 10, 0, false}}},
		{"last month name", "They met last November.", "2019-05-05",
			[]wantDate{{"last November", "2018-11", true, 11, 0, false}}},
		{"in month year", "The plant opens in April 2026.", "",
			[]wantDate{{"April 2026", "2026-04", false, 4, 0, false}}},
		{"iso", "date 2019-08-07 Images", "",
			[]wantDate{{"2019-08-07", "2019-08-07", false, 8, 7, false}}},
		{"month day uses previous year when far ahead", "The deal signed on December 28 took effect.", "2019-01-05",
			[]wantDate{{"December 28", "2018-12-28", true, 12, 28, false}}},
		{"time is not a date", "At 4:15 p.m. on June 3 the talks began.", "2020-06-04",
			[]wantDate{{"June 3", "2020-06-03", true, 6, 3, false}}},
		{"month name as verb is not a date", "We may meet and march on.", "2020-01-01", nil},
		{"bare year not a date", "In 2019 trade rose by 5 percent to 300 items.", "2020-01-01", nil},
		{"ordinal not a date", "The 10th meeting and the 21st century.", "2020-01-01", nil},
		{"invalid day", "It happened on February 30, 2021.", "", nil},
		{"percent and year phrase", "Trade is up 20% from a year ago.", "2020-01-01", nil},
		{"month range is a period not a date", "And this covers only January through May 2021.", "2021-08-01", nil},
		{"a range of days, month first, is dated by its first day", "The talks were held on March 4-5 in Lima.", "2024-03-06",
			[]wantDate{{"March 4-5", "2024-03-04", true, 3, 4, false}}},
		{"a range of days, day first, with the year", "The session was held on 11-12 January 2023.", "",
			[]wantDate{{"11-12 January 2023", "2023-01-11", false, 1, 11, false}}},
		{"a score is no range", "The final ended March 4-2 in extra time.", "2024-03-06", nil},
		{"from a day to a day, day first", "The session was held from 3 to 5 May 2024.", "",
			[]wantDate{{"3 to 5 May 2024", "2024-05-03", false, 5, 3, false}}},
		{"between a day and a day, day first", "The session was held between 3 and 5 May 2022.", "",
			[]wantDate{{"3 and 5 May 2022", "2022-05-03", false, 5, 3, false}}},
		{"from a day to a day, month first, the month told twice", "The talks took place from May 3 to May 5, 2023.", "",
			[]wantDate{{"May 3 to May 5, 2023", "2023-05-03", false, 5, 3, false}}},
		{"month range gives two months", "They met on 3 and on 9 May.", "2020-06-01",
			[]wantDate{{"9 May", "2020-05-09", true, 5, 9, false}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := testParser().Parse(tc.sentence, tc.ref)
			if len(got) != len(tc.want) {
				t.Fatalf("testParser().Parse(%q, %q) = %s, want %d", tc.sentence, tc.ref, dumpDates(got), len(tc.want))
			}
			for k, w := range tc.want {
				g := got[k]
				if g.Text != w.text || tc.sentence[g.Span.Start:g.Span.End] != g.Text {
					t.Errorf("mention %d text %q span %v, want %q", k, g.Text, g.Span, w.text)
				}
				if g.Date != w.date || g.Relative != w.relative || g.Month != w.month || g.Day != w.day || g.Ambiguous != w.ambiguous {
					t.Errorf("mention %d = %s, want date %q relative %v month %d day %d ambiguous %v",
						k, dumpDates([]Mention{g}), w.date, w.relative, w.month, w.day, w.ambiguous)
				}
			}
		})
	}
}

func dumpDates(ds []Mention) string {
	var b strings.Builder
	for _, d := range ds {
		fmt.Fprintf(&b, "{%q date=%q rel=%v m=%d d=%d amb=%v} ", d.Text, d.Date, d.Relative, d.Month, d.Day, d.Ambiguous)
	}
	return "[" + b.String() + "]"
}

func BenchmarkParseDates(b *testing.B) {
	sents := benchSentences()
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			testParser().Parse(s, "2021-08-19")
		}
	}
}

func BenchmarkParsePeriod(b *testing.B) {
	sents := benchSentences()
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			testParser().ParsePeriod(s, "2021-08-19")
		}
	}
}

// TestParseDatesLongSentence checks that a sentence with many dates parses
// whole: every mention is found and periods still resolve.
func TestParseDatesLongSentence(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 3000; i++ {
		b.WriteString("on Monday (01/09/2023) and on 3 March, ")
	}
	b.WriteString("in the first half of 2020.")
	got := testParser().Parse(b.String(), "2023-06-01")
	if len(got) != 6000 {
		t.Fatalf("got %d dates, want 6000", len(got))
	}
	if got[0].Date != "2023-01-09" || got[1].Date != "2023-03-03" {
		t.Errorf("first dates %q %q, want 2023-01-09 2023-03-03", got[0].Date, got[1].Date)
	}
	if p, _, ok := testParser().ParsePeriod(b.String(), "2023-06-01"); !ok || p != "2020-01/2020-06" {
		t.Errorf("period %q %v, want 2020-01/2020-06", p, ok)
	}
}
func benchSentences() []string {
	base := []string{
		"Trade between the two countries grew to $14 billion in the first ten months of 2021, which is 9 percent more than a year earlier.",
		"In addition, 31 joint projects worth nearly $2 billion were completed, and over 6,000 jobs were created.",
		"The ministers met on Tuesday (12 March) in the capital and signed 8 documents.",
		"Volumes decreased compared to the same period of 2018 by about 3.5 percent to 61 billion roubles.",
		"The sides aim to increase the level of trade up to US$ 20 billion by 2030, the 5th forum heard at 3:10 p.m.",
		"There are 2 345 enterprises with foreign participation and 1 120 joint ventures operating in the region.",
	}
	var out []string
	size := 0
	for size < 1<<20 {
		for _, s := range base {
			out = append(out, s)
			size += len(s)
		}
	}
	return out
}

// The period of a forecast may be the year after the reference; a past
// event's may not.
func TestFindClaimPeriod(t *testing.T) {
	ref := ParseReference("2024-06-01")
	for _, tc := range []struct {
		sentence, claim, event string
	}{
		{"Trade should reach $3 billion next year.", "2025", ""},
		{"In the coming year exports will grow by 10 percent.", "2025", ""},
		{"They met in 2019 and again the next year.", "2019", "2019"},
		{"Trade grew last year and will grow next year.", "2023", "2023"},
	} {
		toks := text.Tokenize(tc.sentence)
		got, _, _ := testParser().FindClaimPeriod(toks, ref)
		if got != tc.claim {
			t.Errorf("FindClaimPeriod(%q) = %q, want %q", tc.sentence, got, tc.claim)
		}
		if got, _, _ := testParser().FindPeriod(toks, ref); got != tc.event {
			t.Errorf("FindPeriod(%q) = %q, want %q", tc.sentence, got, tc.event)
		}
	}
}
