package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/extract/internal/golden"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// render prints segments one sentence per line, in a form that
// shows in a diff what moved: the file line, the paragraph, the speaker,
// whether it is quoted and the text.
func render(doc Document, seg Segments) string {
	var b strings.Builder
	fmt.Fprintf(&b, "dateline: %q date: %q\n", seg.Dateline, seg.DatelineDate)
	for _, t := range seg.Turns {
		fmt.Fprintf(&b, "turn: %q %d-%d\n", t.Speaker, t.Span.Start, t.Span.End)
	}
	for _, s := range seg.Sentences {
		q := " "
		if s.Quoted {
			q = "Q"
		} else if len(s.Quotes) > 0 {
			q = "q"
		}
		sp := ""
		if s.Speaker != "" {
			sp = "<" + s.Speaker + "> "
		}
		fmt.Fprintf(&b, "L%d P%d %s %s%s\n", s.Line, s.Para, q, sp, strings.ReplaceAll(s.Text, "\n", `\n`))
	}
	return b.String()
}

func TestSegmentGolden(t *testing.T) {
	inputs := inputs(t)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			doc := readInput(t, in)
			seg := testSegmenter().Segment(doc)
			checkSpans(t, doc.Text, seg)
			got := render(doc, seg)
			golden.Check(t, strings.TrimSuffix(in, filepath.Ext(in))+".golden", got, *update)
		})
	}
}

// testSegmenter reads the project's own tables.
var testSegmenter = sync.OnceValue(func() *Segmenter {
	lex, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	return New(lex)
})

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// readInput reads a golden input: a front matter between "---" lines, which
// is skipped, and the body, whose first line is counted as the reader does.
func readInput(t testing.TB, path string) Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	doc := Document{Name: filepath.Base(path), Text: s, Line: 1}
	if strings.HasPrefix(s, "---\n") {
		if end := strings.Index(s[4:], "\n---\n"); end >= 0 {
			head := s[:4+end+5]
			doc.Text, doc.Line = s[len(head):], strings.Count(head, "\n")+1
		}
	}
	return doc
}

// inputs are the segmenter's golden inputs: short documents written for
// the test, each showing several of the forms the segmenter must handle.
func inputs(t testing.TB) []string {
	t.Helper()
	var inputs []string
	for _, pat := range []string{"*.txt", "*.md"} {
		m, err := filepath.Glob(filepath.Join("testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	if len(inputs) == 0 {
		t.Fatal("no golden inputs under testdata/segment")
	}
	sort.Strings(inputs)
	return inputs
}

// checkSpans holds the invariants every segmentation must keep.
func checkSpans(t *testing.T, text string, seg Segments) {
	t.Helper()
	prev := 0
	for i, s := range seg.Sentences {
		if s.Span.Start < prev || s.Span.End <= s.Span.Start || s.Span.End > len(text) {
			t.Fatalf("sentence %d span %v out of order or range (prev end %d, len %d)", i, s.Span, prev, len(text))
		}
		if text[s.Span.Start:s.Span.End] != s.Text {
			t.Fatalf("sentence %d text %q != body span %q", i, s.Text, text[s.Span.Start:s.Span.End])
		}
		if strings.TrimSpace(s.Text) != s.Text {
			t.Fatalf("sentence %d not trimmed: %q", i, s.Text)
		}
		for _, q := range s.Quotes {
			if q.Start < s.Span.Start || q.End > s.Span.End || q.End <= q.Start {
				t.Fatalf("sentence %d quote %v outside %v", i, q, s.Span)
			}
		}
		prev = s.Span.End
	}
	for i, tr := range seg.Turns {
		if tr.Label.Start < 0 || tr.Label.End > len(text) || text[tr.Label.Start:tr.Label.End] != tr.Speaker {
			t.Fatalf("turn %d label %v does not hold %q", i, tr.Label, tr.Speaker)
		}
		if tr.Span.Start != tr.Label.Start || tr.Span.End < tr.Label.End {
			t.Fatalf("turn %d span %v does not cover its label %v", i, tr.Span, tr.Label)
		}
	}
	if seg.Dateline != "" && text[seg.DatelineSpan.Start:seg.DatelineSpan.End] != seg.Dateline {
		t.Fatalf("dateline span %v does not hold %q", seg.DatelineSpan, seg.Dateline)
	}
	if seg.DatelineDate != "" && text[seg.DatelineDateSpan.Start:seg.DatelineDateSpan.End] != seg.DatelineDate {
		t.Fatalf("dateline date span %v does not hold %q", seg.DatelineDateSpan, seg.DatelineDate)
	}
}

func texts(seg Segments) []string {
	out := []string{}
	for _, s := range seg.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "The minister arrived. The talks began.", []string{"The minister arrived.", "The talks began."}},
		{"question and exclamation", "Is it agreed? Yes! We sign now.", []string{"Is it agreed?", "Yes!", "We sign now."}},
		{"title without period", "Mr Brown met the envoy. They spoke.", []string{"Mr Brown met the envoy.", "They spoke."}},
		{"title with period", "Mr. Brown met Dr. Green. They spoke.", []string{"Mr. Brown met Dr. Green.", "They spoke."}},
		{"month abbreviation", "The envoy came on Aug. 19 to sign. Talks followed.", []string{"The envoy came on Aug. 19 to sign.", "Talks followed."}},
		{"dotted country", "The U.S. delegation left. Talks ended.", []string{"The U.S. delegation left.", "Talks ended."}},
		{"dotted country ending a compound", "The Kenya-U.S. Joint Commission met. Talks ended.", []string{"The Kenya-U.S. Joint Commission met.", "Talks ended."}},
		{"dotted country ending a compound with a dash", "The Kenya–U.K. Business Council met. Talks ended.", []string{"The Kenya–U.K. Business Council met.", "Talks ended."}},
		{"dotted country ending a compound ends sentence", "She spoke of ties with the U.S. and Kenya-U.S. The talks ended.", []string{"She spoke of ties with the U.S. and Kenya-U.S.", "The talks ended."}},
		{"dotted country ends sentence", "The envoy flew to the U.S. The talks ended.", []string{"The envoy flew to the U.S.", "The talks ended."}},
		{"number abbreviation", "Decree No. 5 was signed. It takes effect soon.", []string{"Decree No. 5 was signed.", "It takes effect soon."}},
		{"clock time", "They met at 3 p.m. (local time) in the hall. The talks lasted an hour.", []string{"They met at 3 p.m. (local time) in the hall.", "The talks lasted an hour."}},
		{"clock time ends sentence", "They met at 3 p.m. The talks lasted an hour.", []string{"They met at 3 p.m.", "The talks lasted an hour."}},
		{"unit abbreviation", "Trade reached 20 bln. rubles last year. It grew.", []string{"Trade reached 20 bln. rubles last year.", "It grew."}},
		{"unit abbreviation before currency code", "Trade reached 20 bln. USD in total.", []string{"Trade reached 20 bln. USD in total."}},
		{"unit abbreviation ends sentence", "Trade reached 20 bln. The plan is 30.", []string{"Trade reached 20 bln.", "The plan is 30."}},
		{"initials", "The report by J. R. Smith was read. All agreed.", []string{"The report by J. R. Smith was read.", "All agreed."}},
		{"an initial spelt like an abbreviation", "Minister K. P. Sharma Rao arrived. Talks began.", []string{"Minister K. P. Sharma Rao arrived.", "Talks began."}},
		{"an initial spelt like an abbreviation, one initial", "The envoy met N. P. Adhikaran and V. Rao there. Talks began.", []string{"The envoy met N. P. Adhikaran and V. Rao there.", "Talks began."}},
		{"decimals", "Trade grew by 7.5 percent to 25.5 billion. Exports rose.", []string{"Trade grew by 7.5 percent to 25.5 billion.", "Exports rose."}},
		{"number ends sentence", "The goal is set for 2030. The sides agreed.", []string{"The goal is set for 2030.", "The sides agreed."}},
		{"ellipsis inside", "He said that ... the plan works. Others agreed.", []string{"He said that ... the plan works.", "Others agreed."}},
		{"ellipsis before lower case", "The plan works... mostly. Others agreed.", []string{"The plan works... mostly.", "Others agreed."}},
		{"unicode ellipsis", "We waited… Then the envoy came.", []string{"We waited…", "Then the envoy came."}},
		{"quote with attribution", "“Trade is growing,” he said. The talks went on.", []string{"“Trade is growing,” he said.", "The talks went on."}},
		{"quote question", "\"Why not?\" she asked. Nobody replied.", []string{"\"Why not?\" she asked.", "Nobody replied."}},
		{"quote ends sentence", "He said: \"We agree.\" The minister nodded.", []string{"He said: \"We agree.\"", "The minister nodded."}},
		{"headline line", "Ministers meet in the capital\nThe ministers met today.", []string{"Ministers meet in the capital", "The ministers met today."}},
		{"line continues in lower case", "The ministers met today and\nsigned two agreements.", []string{"The ministers met today and\nsigned two agreements."}},
		{"blank line", "First paragraph ends here\n\nSecond one.", []string{"First paragraph ends here", "Second one."}},
		{"CRLF", "One line.\r\nAnother line.\r\n", []string{"One line.", "Another line."}},
		{"list items", "  1. At the outset the sides met.\n  2. They agreed.", []string{"1. At the outset the sides met.", "2. They agreed."}},
		{"lower case after period", "The e.g. case and etc. stay. Done.", []string{"The e.g. case and etc. stay.", "Done."}},
		{"cyrillic", "Министр прибыл. Переговоры начались.", []string{"Министр прибыл.", "Переговоры начались."}},
		{"url", "See www.example.org for more. Done.", []string{"See www.example.org for more.", "Done."}},
		{"a space lost after a full stop", "The sides signed an agreement on roads.The minister also spoke. Done.", []string{"The sides signed an agreement on roads.", "The minister also spoke.", "Done."}},
		{"a space lost before a time word", "She thanked the people.During the visit she toured the port.", []string{"She thanked the people.", "During the visit she toured the port."}},
		{"an outlet's address is no boundary", "Reported by News.Az and kun.uz today. Done.", []string{"Reported by News.Az and kun.uz today.", "Done."}},
		{"an address with a capital is no boundary", "See www.example.Org for more.", []string{"See www.example.Org for more."}},
		{"no final punctuation", "The talks went on", []string{"The talks went on"}},
		{"empty", "   \n\n  ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := testSegmenter().Segment(Document{Text: tt.text, Line: 1})
			checkSpans(t, tt.text, seg)
			if got := texts(seg); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSegmentLinesAndParagraphs(t *testing.T) {
	text := "Headline here\n\nFirst sentence. Second\nsentence.\n\n\nThird one.\nFourth one."
	seg := testSegmenter().Segment(Document{Text: text, Line: 6})
	type lp struct {
		text       string
		line, para int
	}
	var got []lp
	for _, s := range seg.Sentences {
		got = append(got, lp{s.Text, s.Line, s.Para})
	}
	want := []lp{
		{"Headline here", 6, 0},
		{"First sentence.", 8, 1},
		{"Second\nsentence.", 8, 1},
		{"Third one.", 12, 2},
		{"Fourth one.", 13, 3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestSegmentHardWrapped(t *testing.T) {
	text := "The two ministers met in the capital on Monday to discuss trade and\n" +
		"Energy cooperation between their countries, the ministry said in a\n" +
		"statement. They also signed an agreement on transport links between\n" +
		"the regions.\n"
	seg := testSegmenter().Segment(Document{Text: text, Line: 1})
	checkSpans(t, text, seg)
	if len(seg.Sentences) != 2 {
		t.Fatalf("got %q, want 2 sentences", texts(seg))
	}
	if !strings.HasSuffix(seg.Sentences[0].Text, "statement.") {
		t.Errorf("first sentence %q should run over the wrapped lines", seg.Sentences[0].Text)
	}
}

func TestSegmentTurns(t *testing.T) {
	text := "The meeting took place in the capital.\n" +
		"Excerpts from the transcript:\n" +
		"President of the Republic of Examplia Jan Kowal: Mr President,\n" +
		"Welcome. We are glad to see you.\n" +
		"Anna Berg: Thank you. It is a pleasure.\n" +
		"I agree with you.\n" +
		"Note: the text was edited.\n"
	seg := testSegmenter().Segment(Document{Text: text, Line: 1})
	checkSpans(t, text, seg)
	var speakers []string
	for _, tr := range seg.Turns {
		speakers = append(speakers, tr.Speaker)
	}
	if want := []string{"President of the Republic of Examplia Jan Kowal", "Anna Berg"}; !reflect.DeepEqual(speakers, want) {
		t.Fatalf("turns %q, want %q", speakers, want)
	}
	type ss struct{ speaker, text string }
	var got []ss
	for _, s := range seg.Sentences {
		got = append(got, ss{s.Speaker, s.Text})
	}
	want := []ss{
		{"", "The meeting took place in the capital."},
		{"", "Excerpts from the transcript:"},
		{"President of the Republic of Examplia Jan Kowal", "Mr President,"},
		{"President of the Republic of Examplia Jan Kowal", "Welcome."},
		{"President of the Republic of Examplia Jan Kowal", "We are glad to see you."},
		{"Anna Berg", "Thank you."},
		{"Anna Berg", "It is a pleasure."},
		{"Anna Berg", "I agree with you."},
		{"Anna Berg", "Note: the text was edited."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if end := seg.Turns[0].Span.End; text[end-len("see you."):end] != "see you." {
		t.Errorf("first turn ends at %d (%q), want the end of its last line", end, text[seg.Turns[0].Span.Start:end])
	}
}

func TestSpeakerLabel(t *testing.T) {
	tests := []struct {
		line string
		want string // "" for no label
	}{
		{"Anna Berg: Thank you.", "Anna Berg"},
		{"Prime Minister of Examplia Jan Kowal: Greetings.", "Prime Minister of Examplia Jan Kowal"},
		{"Maria da Costa: Hello.", "Maria da Costa"},
		{"Anna Berg:", "Anna Berg"},
		{"Excerpts from the transcript:", ""},
		{"photo: A minister at the desk", ""},
		{"Photo: A minister at the desk", ""},
		{"source: an agency", ""},
		{"Note: edited", ""},
		{"The meeting started at 3:10 p.m.", ""},
		{"Capital City, Example News – The talks began.", ""},
		{"Capital City, Example News: The talks began.", ""},
		{"Ratio 3:1 was kept", ""},
		{"http://example.org/a", ""},
		{"Anna Berg:Thank you", ""},
		{"the minister: he spoke", ""},
		{"Deputy Prime Minister – Co-Chair Jan Kowal: Yes.", ""},
		{"JAN KOWAL, PRIME MINISTER OF EXAMPLIA: Thank you.", "JAN KOWAL, PRIME MINISTER OF EXAMPLIA"},
		{"ANNA BERG, MINISTER FOR TRADE: We agree.", "ANNA BERG, MINISTER FOR TRADE"},
		{"Jan Kowal, Prime Minister: Thank you.", ""},
		{"KOWAL, PRIME MINISTER: Thank you.", ""},
		{"JAN KOWAL, PRIME MINISTER, EXAMPLIA: Thank you.", ""},
	}
	// a place before the comma files a report there; no one speaks
	places := testSegmenter().KnowingPlaces(func(name string) bool { return name == "PORT CITY" })
	if n, ok := places.speakerLabel("PORT CITY, EXAMPLE NEWS AGENCY: The talks began."); ok {
		t.Errorf("a place and an agency: label %q, want none", "PORT CITY, EXAMPLE NEWS AGENCY: The talks began."[:n])
	}
	for _, tt := range tests {
		n, ok := testSegmenter().speakerLabel(tt.line)
		got := ""
		if ok {
			got = tt.line[:n]
		}
		if got != tt.want {
			t.Errorf("testSegmenter().speakerLabel(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestSegmentQuotes(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		quoted []bool
		quotes []int // number of quoted stretches per sentence
	}{
		{"curly quote with attribution", "“We agree. It is good,” the minister said. Talks went on.",
			[]bool{true, true, false}, []int{1, 1, 0}},
		{"straight quotes", "\"We agree,\" he said. He left.", []bool{true, false}, []int{1, 0}},
		{"scare quotes", "They praised the “special partnership” today.", []bool{false}, []int{1}},
		{"indirect then quote", "He noted that \"it is fine.\" Others agreed.", []bool{false, false}, []int{1, 0}},
		{"missing opening quote", "Trade grew to a record. It is good,\" he said. Then he left.",
			[]bool{true, true, false}, []int{1, 1, 0}},
		{"unclosed quote runs to paragraph end", "“We agree. We sign.\n\nNext paragraph.", []bool{true, true, false}, []int{1, 1, 0}},
		{"apostrophes are not quotes", "The minister’s view is the country's view. Done.", []bool{false, false}, []int{0, 0}},
		{"guillemets", "«Nous sommes d'accord», dit-il. Fin.", []bool{true, false}, []int{1, 0}},
		{"german quotes", "„Wir sind einig“, sagte er. Ende.", []bool{true, false}, []int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := testSegmenter().Segment(Document{Text: tt.text, Line: 1})
			checkSpans(t, tt.text, seg)
			var quoted []bool
			var quotes []int
			for _, s := range seg.Sentences {
				quoted = append(quoted, s.Quoted)
				quotes = append(quotes, len(s.Quotes))
			}
			if !reflect.DeepEqual(quoted, tt.quoted) || !reflect.DeepEqual(quotes, tt.quotes) {
				t.Errorf("sentences %q\nquoted %v quotes %v, want %v %v", texts(seg), quoted, quotes, tt.quoted, tt.quotes)
			}
		})
	}
}

func TestSegmentDateline(t *testing.T) {
	tests := []struct {
		name        string
		text        string
		place, date string
		first       string // first sentence: the dateline is not part of it
	}{
		{"caps and dash", "EXAMPLEVILLE – The president met the envoy.", "EXAMPLEVILLE", "", "The president met the envoy."},
		{"hyphenated caps", "NEW-TOWN – The president met the envoy.", "NEW-TOWN", "", "The president met the envoy."},
		{"agency slashes", "Headline\n\nEXAMPLEVILLE, May 27. /AGENCY/. The president spoke.", "EXAMPLEVILLE", "May 27", "Headline"},
		{"reuters style", "EXAMPLEVILLE, (Wire) – The two leaders met.", "EXAMPLEVILLE", "", "The two leaders met."},
		{"a time of day and its zone after the date", "HANOI, 12 September 2024, 14:05 GMT+7 - The ministers met.", "HANOI", "12 September 2024", "The ministers met."},
		{"a weekday and a time of day", "Portville, Monday, May 5, 9.30 a.m. EST – The ministers met.", "Portville", "May 5", "The ministers met."},
		{"a colon after the date", "Portville, 8 July 2024: His Excellency the President received the envoy.", "Portville", "8 July 2024", "His Excellency the President received the envoy."},
		{"an agency in parentheses and no dash", "New Portville, Feb 10 (Wire) Prime Minister Lee held talks.", "New Portville", "Feb 10", "Prime Minister Lee held talks."},
		{"a speaker's colon is no dateline", "Minister Lee: We discussed trade.", "", "", "We discussed trade."},
		{"agency in parentheses", "PORT CITY, May 5 (Wire) - The two leaders met.", "PORT CITY", "May 5", "The two leaders met."},
		{"agency slashes before the dash", "Portville, 29 September /AGENCY/ - The two leaders met.", "Portville", "29 September", "The two leaders met."},
		{"caps, date and agency slashes before a dash", "PORTVILLE, May 5 /WIRE/ – The two leaders met.", "PORTVILLE", "May 5", "The two leaders met."},
		{"title-case city and outlet", "Capital City, Example News – The president met the envoy.", "Capital City", "", "The president met the envoy."},
		{"standalone date and place", "Title line\n\nMay 27, 2024, Portville\n\nThe president spoke.", "Portville", "May 27, 2024", "Title line"},
		{"standalone place first", "Portville, 27 May 2024\n\nThe president spoke.", "Portville", "27 May 2024", "The president spoke."},
		{"standalone city, country, weekday and date", "Portville, Freedonia, Monday, 5 May 2025\n\nThe president spoke.", "Portville", "5 May 2025", "The president spoke."},
		{"standalone date, city and country", "Title line\n\nMay 5, 2025, Portville, Freedonia\n\nThe president spoke.", "Portville", "May 5, 2025", "Title line"},
		{"standalone date only", "Title line\n\nSeptember 9, 2023\n\nThe president spoke.", "", "September 9, 2023", "Title line"},
		{"headline with dash is not a dateline", "Trade grows fast – minister\n\nThe minister spoke.", "", "", "Trade grows fast – minister"},
		{"title-case place needs an outlet", "Trade Grows – The minister spoke.", "", "", "Trade Grows – The minister spoke."},
		{"no dateline", "The president met the envoy.", "", "", "The president met the envoy."},
		// forms of the wires and portals of several continents
		{"date over a comma, agency after", "PORTVILLE, April 3, 2019 (Wire) – The prime minister called on the president.", "PORTVILLE", "April 3, 2019", "The prime minister called on the president."},
		{"dash glued to the agency", "Port City, November 4 (XYZ)-- The president held a meeting with his counterpart.", "Port City", "November 4", "The president held a meeting with his counterpart."},
		{"place and date inside the agency's parenthesis", "WIRE (PORTVILLE, 29 March 2022) – The foreign minister met his counterpart.", "PORTVILLE", "29 March 2022", "The foreign minister met his counterpart."},
		{"place and slashed agency, no date", "Portville /WIRE/. The president arrived in the capital.", "Portville", "", "The president arrived in the capital."},
		{"a feed's tag before the dateline", "(FEEDX- Example News Agency (ENA)) PORTVILLE, May 31 (ENA) -- The minister met his counterpart.", "PORTVILLE", "May 31", "The minister met his counterpart."},
		{"agency and a slashed year, no dash", "ENA February 3/2020 Prime Minister Lemma Tadesse has conferred with leaders.", "", "February 3/2020", "Prime Minister Lemma Tadesse has conferred with leaders."},
		{"agency and a slashed year, an ellipsis", "ENA March 5/2022… The prime minister held talks.", "", "March 5/2022", "The prime minister held talks."},
		{"standalone with a clock and a country", "Headline\n\n08:38 | Portville (U.S.), Nov. 15.\n\nThe ministers met on Tuesday.", "Portville", "Nov. 15", "Headline"},
		{"date in parentheses after a dotted district", "PORTVILLE, D.C. (March 3, 2024) — The president met the envoy.", "PORTVILLE", "March 3, 2024", "The president met the envoy."},
		{"date in parentheses", "PORTVILLE (March 3, 2024) — The president met the envoy.", "PORTVILLE", "March 3, 2024", "The president met the envoy."},
		{"capitals opening a sentence are no agency", "NATO Secretary General Lars Holm met the president on Monday.", "", "", "NATO Secretary General Lars Holm met the president on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := testSegmenter().Segment(Document{Text: tt.text, Line: 1})
			checkSpans(t, tt.text, seg)
			if seg.Dateline != tt.place || seg.DatelineDate != tt.date {
				t.Errorf("dateline %q date %q, want %q %q", seg.Dateline, seg.DatelineDate, tt.place, tt.date)
			}
			if len(seg.Sentences) == 0 || seg.Sentences[0].Text != tt.first {
				t.Errorf("sentences %q, want first %q", texts(seg), tt.first)
			}
			for _, s := range seg.Sentences {
				if tt.place != "" && strings.Contains(s.Text, tt.place) {
					t.Errorf("sentence %q still holds the dateline", s.Text)
				}
			}
		})
	}
}

// A headline "Name: what was said" is no turn: one-word label, no final
// punctuation; a turn ends its sentence.
func TestSegmentHeadlineLabel(t *testing.T) {
	tests := []struct {
		text  string
		turns int
	}{
		{"The ministers met in the capital on Sunday.\n\nBerg: Swedish president to visit Norway in near future\n\nThe minister said the visit was planned.", 0},
		{"Lund: Trade with Chile grew by 12 percent last year.", 1},
		{"Lund: Thank you", 1},
		{"Prime Minister Lund: Welcome to Oslo, Mr Virtanen and colleagues", 1},
	}
	for _, tt := range tests {
		if seg := testSegmenter().Segment(Document{Text: tt.text, Line: 1}); len(seg.Turns) != tt.turns {
			t.Errorf("%q: %d turns, want %d", tt.text, len(seg.Turns), tt.turns)
		}
	}
}

// A label opening the body that names a place is where the report was
// filed, not a speaker; only a segmenter that knows places can tell.
func TestSegmentPlaceLabel(t *testing.T) {
	places := map[string]bool{"Portville": true, "PORTVILLE": true}
	sg := testSegmenter().KnowingPlaces(func(n string) bool { return places[n] })
	tests := []struct {
		name, text, place string
		turns             int
	}{
		{"title case", "Portville: His Majesty the Sultan received the visiting president this evening.", "Portville", 0},
		{"capitals", "PORTVILLE: Prime Minister Ali Khan was hosted by President Ana Lima.", "PORTVILLE", 0},
		{"after a headline", "Talks open in the capital\n\nPortville: The 8th session of the commission began here.", "Portville", 0},
		{"a speaker stays a speaker", "Anna Berg: Thank you, colleagues.\n\nPortville: no place after a turn.", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seg := sg.Segment(Document{Text: tt.text, Line: 1})
			checkSpans(t, tt.text, seg)
			if seg.Dateline != tt.place || len(seg.Turns) != tt.turns {
				t.Errorf("dateline %q, %d turns; want %q, %d", seg.Dateline, len(seg.Turns), tt.place, tt.turns)
			}
			for _, s := range seg.Sentences {
				if tt.place != "" && strings.HasPrefix(s.Text, tt.place) {
					t.Errorf("sentence %q still holds the dateline", s.Text)
				}
			}
		})
	}
	// without places, the label is a speaker as before
	if seg := testSegmenter().Segment(Document{Text: tests[0].text, Line: 1}); len(seg.Turns) != 1 || seg.Dateline != "" {
		t.Errorf("without places: dateline %q, %d turns", seg.Dateline, len(seg.Turns))
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("The U.S. envoy met Mr. Brown on Aug. 19. “Trade grew 7.5 percent,” he said.\n\nAnna Berg: Thank you.")
	f.Add("EXAMPLEVILLE, May 27. /AGENCY/. Text.")
	f.Add("May 27, 2024, Portville\n\n\"Yes\" … “no”\r\n1. item")
	f.Add("\"\"\"...??!!” ”“ «»„")
	f.Fuzz(func(t *testing.T, text string) {
		seg := testSegmenter().Segment(Document{Text: text, Line: 1})
		prev := 0
		for i, s := range seg.Sentences {
			if s.Span.Start < prev || s.Span.End <= s.Span.Start || s.Span.End > len(text) {
				t.Fatalf("sentence %d span %v invalid (prev end %d, len %d)", i, s.Span, prev, len(text))
			}
			if text[s.Span.Start:s.Span.End] != s.Text {
				t.Fatalf("sentence %d text does not match its span", i)
			}
			if s.Line < 1 {
				t.Fatalf("sentence %d line %d", i, s.Line)
			}
			for _, q := range s.Quotes {
				if q.Start < s.Span.Start || q.End > s.Span.End || q.End <= q.Start {
					t.Fatalf("sentence %d quote %v outside %v", i, q, s.Span)
				}
			}
			prev = s.Span.End
		}
		for _, tr := range seg.Turns {
			if tr.Label.End > len(text) || text[tr.Label.Start:tr.Label.End] != tr.Speaker {
				t.Fatalf("turn label %v does not hold %q", tr.Label, tr.Speaker)
			}
		}
	})
}

// benchText is about 1 MB of news-like text built from the golden inputs.
func benchText(b *testing.B) string {
	inputs := inputs(b)
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, in := range inputs {
			data, err := os.ReadFile(in)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	return sb.String()
}

func BenchmarkSegment(b *testing.B) {
	doc := Document{Text: benchText(b), Line: 1}
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for b.Loop() {
		testSegmenter().Segment(doc)
	}
}
