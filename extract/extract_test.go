package extract

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
)

// testTables are the project's own gazetteer and lexicon, loaded once for
// all tests.
var testTables = sync.OnceValues(func() (*gazetteer.Gazetteer, error) { return gazetteer.Load() })

var testLexicon = sync.OnceValues(lexicon.Load)

func testExtractor(t testing.TB) *Extractor {
	t.Helper()
	gz, err := testTables()
	if err != nil {
		t.Fatalf("loading gazetteer: %v", err)
	}
	lex, err := testLexicon()
	if err != nil {
		t.Fatalf("loading lexicon: %v", err)
	}
	x, err := New(gz, lex, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// extractDocs runs the whole pipeline, corpus merge included, over texts
// written for the test.
func extractDocs(t *testing.T, docs ...fact.Document) []fact.Facts {
	t.Helper()
	x := testExtractor(t)
	var all []fact.Report
	for i, d := range docs {
		if d.Name == "" {
			d.Name = "doc" + string(rune('a'+i)) + ".txt"
		}
		f, err := x.Extract(context.Background(), d)
		if err != nil {
			t.Fatalf("Extract(%s): %v", d.Name, err)
		}
		all = append(all, f)
	}
	return Merge(nil, all)
}

func one(t *testing.T, text, date string) fact.Facts {
	t.Helper()
	return extractDocs(t, fact.Document{Text: text, Date: date})[0]
}

// officeOf is the one office the facts give a person; ok is false when they
// give none or several.
func officeOf(f fact.Facts, person string) (fact.Office, bool) {
	var found []fact.Office
	for _, o := range f.Offices {
		if o.Person == person {
			found = append(found, o)
		}
	}
	if len(found) != 1 {
		return fact.Office{}, false
	}
	return found[0], true
}

func TestPeopleAndOffices(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		roles []string // "person|role|country"
		// only: the document gives no office beyond roles
		only bool
	}{
		{"demonym before title",
			"Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas in Oslo on Tuesday.",
			[]string{"Ingrid Halvorsen|Prime Minister|Norway", "Mateo Rojas|President|Chile"}, false},
		{"country after title",
			"The Minister of Foreign Affairs of Kenya Amina Odhiambo received the Ambassador of Peru.",
			[]string{"Amina Odhiambo|Minister of Foreign Affairs|Kenya"}, false},
		{"normal form of a title",
			"Chairman of the Government of the Republic of Moldova Victor Lungu opened the session.",
			[]string{"Victor Lungu|Prime Minister|Moldova"}, false},
		{"family name first and appositive titles",
			"Mr. TANAKA Hiroshi, Prime Minister of Japan, held talks with the Hon. Peter Walsh, MP, Prime Minister of New Zealand.",
			[]string{"Hiroshi Tanaka|Prime Minister|Japan", "Peter Walsh|Prime Minister|New Zealand"}, false},
		{"two offices of one person",
			"Deputy Prime Minister and Minister of Foreign Affairs Nguyen Van Long welcomed the guests.",
			[]string{"Nguyen Van Long|Deputy Prime Minister|", "Nguyen Van Long|Minister of Foreign Affairs|"}, false},
		{"name after the country",
			"President Ilse Vermeer of the Netherlands spoke first.",
			[]string{"Ilse Vermeer|President|Netherlands"}, false},
		{"a list of officials each with a title",
			"The delegation included Foreign Minister Jonas Berg, Defence Minister Tove Lind and Central Bank Governor Erik Holm.",
			[]string{"Jonas Berg|Minister of Foreign Affairs|", "Tove Lind|Minister of Defence|", "Erik Holm|Governor of the Central Bank|"}, false},
		{"courtesy titles inside a title chain",
			"President His Highness Sheikh Khalid bin Saif Al Mansoori received the minister.",
			[]string{"Khalid bin Saif Al Mansoori|President|"}, false},
		{"an ambassador acts for the sending state",
			"Also present was the Ambassador of India to the UAE Vikram Shah.",
			[]string{"Vikram Shah|Ambassador to the UAE|India"}, false},
		{"offices no longer held are no offices",
			"Former President Ana Lopes and the late Prime Minister Rui Alves were remembered as Brazilian President Carla Dias spoke.",
			[]string{"Carla Dias|President|Brazil"}, true},
		{"an abbreviated courtesy title and an initial inside the chain",
			"External Affairs Minister Dr. S. Ramanathan met the Foreign Minister of Brazil Mr. Paulo Teixeira in New Delhi.",
			[]string{"S. Ramanathan|Minister of Foreign Affairs|", "Paulo Teixeira|Minister of Foreign Affairs|Brazil"}, false},
		{"particles in a name",
			"The President of Brazil Maria Clara da Costa and German Chancellor Hans von der Heide met.",
			[]string{"Maria Clara da Costa|President|Brazil", "Hans von der Heide|Chancellor|Germany"}, false},
		{"words of a portfolio the tables know in part stay in the title",
			"Minister of Petroleum Resources Ibrahim Musa of Nigeria spoke first.",
			[]string{"Ibrahim Musa|Minister of Petroleum Resources|Nigeria"}, true},
		{"words of a portfolio before a name, with a country before",
			"Ghana's Minister of Fisheries and Aquaculture Development Kwame Mensah met the envoy.",
			[]string{"Kwame Mensah|Minister of Fisheries and Aquaculture Development|Ghana"}, true},
		{"a given name before a family name's particle after a long title",
			"The talks were attended by Qatari Minister of State for Foreign Affairs Ahmed Al Mansouri.",
			[]string{"Ahmed Al Mansouri|Minister of State for Foreign Affairs|Qatar"}, true},
		{"a given name before 'bin' after a portfolio",
			"Also present was the Omani Minister of Commerce and Industry Qais bin Yousef.",
			[]string{"Qais bin Yousef|Minister of Commerce and Industry|Oman"}, true},
		{"a possessive inside a body's name keeps the title whole",
			"General Tran Van Minh, Chief of the General Staff of the Vietnam People's Army, spoke first.",
			[]string{"Tran Van Minh|Chief of the General Staff of the Vietnam People's Army|Vietnam"}, true},
		{"a naval rank before the name is no part of it",
			"Vice Admiral Jane Roe, Chief of Defence Forces of New Zealand, met the delegation.",
			[]string{"Jane Roe|Chief of Defence Forces|New Zealand"}, true},
		{"a long name of descent after a title is all the holder's",
			"Crown Prince Khalid bin Saif bin Rashid Al Mansoori received the envoy.",
			[]string{"Khalid bin Saif bin Rashid Al Mansoori|Crown Prince|"}, true},
		{"a long name of descent after a title and a country",
			"Emirati Minister of State Hamad bin Ali bin Saeed Al Dhaheri spoke.",
			[]string{"Hamad bin Ali bin Saeed Al Dhaheri|Minister of State|United Arab Emirates"}, true},
		{"a senior cabinet secretary's own office",
			"Kenya's Prime Cabinet Secretary Musa Wekesa opened the session.",
			[]string{"Musa Wekesa|Prime Cabinet Secretary|Kenya"}, true},
		{"a possessive ends the name in a title-case headline",
			"Readout of President Lars Holm's Call With Prime Minister Mette Dahl",
			[]string{"Lars Holm|President|", "Mette Dahl|Prime Minister|"}, true},
		{"a possessive ends the name before a capitalised noun",
			"Foreign Minister Anne Vik's Visit To Chile Ends",
			[]string{"Anne Vik|Minister of Foreign Affairs|"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, "2024-03-07")
			var got []string
			for _, o := range f.Offices {
				got = append(got, o.Person+"|"+o.Role+"|"+o.Country)
			}
			if tt.only && len(f.Offices) != len(tt.roles) {
				t.Errorf("offices = %q, want only the current one", got)
			}
			for _, want := range tt.roles {
				parts := strings.Split(want, "|")
				found := false
				for _, o := range f.Offices {
					if o.Person == parts[0] && o.Role == parts[1] && (parts[2] == "" || o.Country == parts[2]) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing office %q; got %q", want, got)
				}
			}
		})
	}
}

func TestMeetings(t *testing.T) {
	tests := []struct {
		name         string
		text, date   string
		participants []string // of the first in-person meeting; nil = none
		city, when   string
		calls        int
	}{
		{"met in a city on a weekday",
			"Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas in Oslo on Tuesday.", "2024-03-07",
			[]string{"Ingrid Halvorsen", "Mateo Rojas"}, "Oslo", "2024-03-05", 0},
		{"dateline gives the place",
			"NAIROBI – Kenyan President Joseph Mwangi held talks on March 2 with Ghanaian President Kofi Mensah.", "2023-03-03",
			[]string{"Joseph Mwangi", "Kofi Mensah"}, "Nairobi", "2023-03-02", 0},
		{"greetings sent are no attendance",
			"Polish President Adam Nowak met Czech Prime Minister Jan Dvorak in Warsaw. He conveyed greetings from President Eva Horak at the meeting.", "2022-05-10",
			[]string{"Adam Nowak", "Jan Dvorak"}, "Warsaw", "2022-05-10", 0},
		{"a telephone call is not a meeting",
			"Foreign Minister of Peru Lucia Quispe had a telephone conversation with Foreign Minister of Chile Pablo Soto.", "2021-06-01",
			nil, "", "", 1},
		{"a dateline namesake in a country the text never names is no venue",
			"BALI – Indonesian President Budi Santoso met Australian Prime Minister Lachlan Reid at the summit.", "2022-11-16",
			[]string{"Budi Santoso", "Lachlan Reid"}, "", "2022-11-16", 0},
		{"a counterpart named after the title, in a capital named by its country",
			"Spanish Foreign Minister Carmen Ortega held talks with her Moroccan counterpart Youssef El Idrissi in the Moroccan capital on Monday.", "2023-03-21",
			[]string{"Carmen Ortega", "Youssef El Idrissi"}, "Rabat", "2023-03-20", 0},
		{"a city in the press's spelling, at an event on the margins of which they met",
			"Russian Foreign Minister Pavel Sokolov met with his Chinese counterpart Zhang Wei on the margins of the BRICS ministerial meeting in Nizhny Novgorod on Tuesday.", "2024-06-06",
			[]string{"Pavel Sokolov", "Zhang Wei"}, "Nizhniy Novgorod", "2024-06-04", 0},
		{"planned and earlier meetings are not this one",
			"Danish Prime Minister Mette Lund met Dutch Prime Minister Jan de Vries on Friday. The two leaders last met in Rome in 2019, and Lund will visit Amsterdam next year.", "2024-05-11",
			[]string{"Jan de Vries", "Mette Lund"}, "", "2024-05-10", 0},
		{"a capital standing for its government is no venue",
			"Strengthening ties is a priority for Madrid, Spanish Prime Minister Elena Ruiz said at a meeting with Portuguese Prime Minister Rui Costa.", "2020-01-15",
			[]string{"Elena Ruiz", "Rui Costa"}, "", "2020-01-15", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, tt.date)
			var meetings []fact.Meeting
			calls := 0
			for _, m := range f.Meetings {
				if m.Kind == "call" {
					calls++
					continue
				}
				meetings = append(meetings, m)
			}
			if calls != tt.calls {
				t.Errorf("calls = %d, want %d", calls, tt.calls)
			}
			for _, m := range f.Meetings {
				if m.Kind == "call" && m.Date == "" {
					t.Errorf("call without a date: %+v", m)
				}
			}
			if tt.participants == nil {
				if len(meetings) != 0 {
					t.Errorf("meetings = %+v, want none", meetings)
				}
				return
			}
			if len(meetings) == 0 {
				t.Fatalf("no meeting found")
			}
			m := meetings[0]
			want := append([]string(nil), tt.participants...)
			sort.Strings(want)
			if strings.Join(m.Participants, ",") != strings.Join(want, ",") {
				t.Errorf("participants = %q, want %q", m.Participants, want)
			}
			if m.City != tt.city || m.Date != tt.when {
				t.Errorf("city, date = %q, %q; want %q, %q", m.City, m.Date, tt.city, tt.when)
			}
		})
	}
}

func TestTranscript(t *testing.T) {
	text := `The meeting took place on the sidelines of the Nordic Council session.
Lars Eriksen: Welcome to Oslo, Mr Virtanen. Trade between our countries grew by 12 percent to $4.2 billion in the first half of 2023.
Our joint commission on fisheries, co-chaired by Deputy Prime Minister Siri Moe on our side, meets next month.
Go ahead, Mr Virtanen, you have the floor.
Mikko Virtanen: Thank you, Mr Eriksn. We suggest signing a new agreement on fisheries until 2030.
`
	f := extractDocs(t,
		fact.Document{Name: "a.txt", Text: text},
		fact.Document{Name: "b.txt", Text: "Norwegian Prime Minister Lars Eriksen and Finnish Prime Minister Mikko Virtanen spoke to the press."},
	)[0]
	if len(f.Meetings) == 0 || strings.Join(f.Meetings[0].Participants, ",") != "Lars Eriksen,Mikko Virtanen" {
		t.Fatalf("meetings = %+v", f.Meetings)
	}
	if m := f.Meetings[0]; m.City != "Oslo" || m.Occasion != "Nordic Council" {
		t.Errorf("city, occasion = %q, %q", m.City, m.Occasion)
	}
	if len(f.Claims) != 1 {
		t.Fatalf("claims = %+v", f.Claims)
	}
	c := f.Claims[0]
	if c.Speaker != "Lars Eriksen" || c.Value != 4.2e9 || c.Unit != "USD" || c.Period != "2023-01/2023-06" || c.ChangePct == nil || *c.ChangePct != 12 {
		t.Errorf("claim = %+v", c)
	}
	if len(f.CoChairs) != 1 || f.CoChairs[0].Person != "Siri Moe" || f.CoChairs[0].Country != "Norway" ||
		!strings.Contains(f.CoChairs[0].Commission, "Fisheries") {
		t.Errorf("co-chairs = %+v", f.CoChairs)
	}
	var proposed *fact.Commitment
	for i, c := range f.Commitments {
		if c.Status == fact.StatusProposed {
			proposed = &f.Commitments[i]
		}
	}
	if proposed == nil || proposed.Due != "2030" || !strings.Contains(proposed.Text, "agreement on fisheries") {
		t.Errorf("commitments = %+v", f.Commitments)
	}
	for _, c := range f.Commitments {
		if strings.Contains(c.Text, "floor") {
			t.Errorf("procedural turn taken as a commitment: %+v", c)
		}
	}
	// the speaker's colleague acts for the speaker's country, which only
	// the other document states
	if o, ok := officeOf(f, "Siri Moe"); !ok || o.Role != "Deputy Prime Minister" || o.Country != "Norway" {
		t.Errorf("office of Siri Moe = %+v (found %v), want Deputy Prime Minister of Norway; offices %+v", o, ok, f.Offices)
	}
}

func TestClaims(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // "speaker|value|unit|change"
		targets int      // commitments made from targets
	}{
		{"reported speech with a change",
			"Mutual trade rose by 8 percent to $3.5 billion last year, Brazilian President Rafael Lima said.",
			[]string{"Rafael Lima|3500000000|USD|8"}, 0},
		{"the narrator's figures",
			"There are 412 enterprises with Danish capital operating in Estonia.",
			[]string{"|412|enterprises|"}, 0},
		{"a target is a commitment, not a claim",
			"The two countries aim to bring trade to $10 billion by 2027, Greek Prime Minister Nikos Pappas said.",
			nil, 1},
		{"a count of attendees is no claim",
			"Some 40 regional governors attended the forum in Lyon.",
			nil, 0},
		{"a grant is no figure of trade; a change belongs to its own amount",
			"Trade reached $22.4 billion in 2023, down 6.2% from a year earlier, and investors put $77 billion into 3,600 projects, while a $5 million grant was announced, Minister Tran Van Minh said.",
			[]string{"Tran Van Minh|22400000000|USD|-6.2", "Tran Van Minh|77000000000|USD|", "Tran Van Minh|3600|projects|"}, 0},
		{"an institution quoted like a person is the narrator's source, not a speaker",
			"Trade between the two countries grew 9% to $4 billion last year, the Kremlin said on Monday.",
			[]string{"|4000000000|USD|9"}, 0},
		{"a growth rate alone",
			"“Our trade grew by 15 percent this year,” said Hungarian Prime Minister Gabor Kiss.",
			[]string{"Gabor Kiss|15|percent|15"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, "2024-06-01")
			var got []string
			for _, c := range f.Claims {
				ch := ""
				if c.ChangePct != nil {
					ch = strings.TrimSuffix(strings.TrimSuffix(jsonNum(*c.ChangePct), ".0"), ".00")
				}
				got = append(got, c.Speaker+"|"+jsonNum(c.Value)+"|"+c.Unit+"|"+ch)
			}
			if strings.Join(got, ";") != strings.Join(tt.want, ";") {
				t.Errorf("claims = %q, want %q", got, tt.want)
			}
			targets := 0
			for _, c := range f.Commitments {
				if strings.Contains(c.Text, "$") {
					targets++
				}
			}
			if targets != tt.targets {
				t.Errorf("target commitments = %d, want %d (%+v)", targets, tt.targets, f.Commitments)
			}
		})
	}
}

func jsonNum(v float64) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestCommitments(t *testing.T) {
	tests := []struct {
		text   string
		status string // "" = no commitment
		due    string
	}{
		{"The sides signed a memorandum on energy cooperation.", fact.StatusSigned, ""},
		{"The leaders witnessed the signing of eight cooperation documents.", fact.StatusSigned, ""},
		{"The ministers agreed to open a direct flight between the capitals by 2026.", fact.StatusAgreed, "2026"},
		{"We will continue supporting our partners in rebuilding the port.", fact.StatusPledged, ""},
		{"The agreement on visa-free travel entered into force last month.", fact.StatusDone, ""},
		{"Both leaders agreed that relations are at their best.", "", ""},
		{"This was a sign of the good relations between the two nations.", "", ""},
		{"The minister said Egypt was ready to sign a free trade agreement with Jordan before the end of 2025.", fact.StatusPledged, "2025"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := one(t, tt.text, "2024-06-01")
			if tt.status == "" {
				if len(f.Commitments) != 0 {
					t.Errorf("commitments = %+v, want none", f.Commitments)
				}
				return
			}
			if len(f.Commitments) != 1 || f.Commitments[0].Status != tt.status || f.Commitments[0].Due != tt.due {
				t.Errorf("commitments = %+v, want one %s due %q", f.Commitments, tt.status, tt.due)
			}
		})
	}
}

func TestSummitInAThirdCountry(t *testing.T) {
	text := "Prime Minister Shri Rajan Mehta held a bilateral meeting with the Prime Minister of Italy, Ms. Chiara Ferri, on the sidelines of the G7 Summit in Hiroshima on 20 May 2023.\n\n" +
		"The two leaders reviewed the India-Italy Strategic Partnership. Minister Mehta said trade stood at 15 billion U.S. dollars."
	f := one(t, text, "")
	var got []string
	for _, o := range f.Offices {
		got = append(got, o.Person+"|"+o.Role+"|"+o.Country)
	}
	want := "Chiara Ferri|Prime Minister|Italy;Rajan Mehta|Prime Minister|India"
	sort.Strings(got)
	if strings.Join(got, ";") != want {
		t.Errorf("offices = %q, want %q (the other side of the meeting, not the host; no bare 'Minister')", got, want)
	}
	if len(f.Meetings) != 1 || f.Meetings[0].City != "Hiroshima" || f.Meetings[0].Date != "2023-05-20" || f.Meetings[0].Occasion != "G7 Summit" {
		t.Errorf("meetings = %+v", f.Meetings)
	}
	for _, c := range f.Countries {
		if c == "United States" {
			t.Errorf("a currency counted as a country: %q", f.Countries)
		}
	}
}

func TestMeetingCoChairedForACommission(t *testing.T) {
	text := "The 5th meeting of the Kenya-Tanzania Joint Permanent Commission was held in Arusha on 12-13 September 2022. " +
		"The meeting was co-chaired by the Cabinet Secretary for Foreign Affairs of Kenya, Ruth Wanjiku, and the Minister of Foreign Affairs of Tanzania, Hamisi Mbwana."
	f := one(t, text, "2022-09-14")
	var got []string
	for _, c := range f.CoChairs {
		got = append(got, c.Person+"|"+c.Commission+"|"+c.Country)
	}
	sort.Strings(got)
	want := "Hamisi Mbwana|Kenya-Tanzania Joint Permanent Commission|Tanzania;Ruth Wanjiku|Kenya-Tanzania Joint Permanent Commission|Kenya"
	if strings.Join(got, ";") != want {
		t.Errorf("co-chairs = %q, want %q", got, want)
	}
}

func TestCoChairedOnANamedSide(t *testing.T) {
	f := one(t, "They prepared the session of the Armenian-Georgian Intergovernmental Commission on Economic Cooperation, co-chaired on the Armenian side by Deputy Prime Minister Tigran Hakobyan.", "2023-06-02")
	if len(f.CoChairs) != 1 || f.CoChairs[0].Person != "Tigran Hakobyan" || f.CoChairs[0].Country != "Armenia" ||
		f.CoChairs[0].Commission != "Armenian-Georgian Intergovernmental Commission on Economic Cooperation" {
		t.Errorf("co-chairs = %+v", f.CoChairs)
	}
}

func TestPartners(t *testing.T) {
	f := one(t, "Estonian-Latvian cooperation is growing. Nothing was said about Peru.", "2024-01-01")
	if len(f.Partners) != 1 || f.Partners[0].A != "Estonia" || f.Partners[0].B != "Latvia" {
		t.Errorf("partners = %+v", f.Partners)
	}
	// a pair the document only mentions in passing is not its subject
	f = one(t, "Estonia and Latvia agreed to expand cooperation. Estonia and Latvia will link their grids. "+
		"Estonia welcomed Latvia's plan. Relations between Peru and Chile were also mentioned.", "2024-01-01")
	for _, p := range f.Partners {
		if p.A == "Chile" || p.B == "Peru" {
			t.Errorf("partners = %+v, want no pair of countries mentioned in passing", f.Partners)
		}
	}
	if len(f.Partners) != 1 {
		t.Errorf("partners = %+v, want Estonia-Latvia", f.Partners)
	}
}

// A pair of countries written together before a word of conflict ("the
// Russo-Ukrainian war", "the Sino-Indian border dispute") is no partnership.
func TestPairInConflictIsNoPartnership(t *testing.T) {
	for _, text := range []string{
		"Kenyan President Daniel Otieno met Zambian President Bwalya Mulenga. They discussed the Russo-Ukrainian war.",
		"Kenyan President Daniel Otieno met Zambian President Bwalya Mulenga. The Sino-Indian border dispute was raised.",
	} {
		f := one(t, text, "2024-01-01")
		for _, p := range f.Partners {
			if p.A != "Kenya" || p.B != "Zambia" {
				t.Errorf("%q: partners %+v, want Kenya-Zambia only", text, f.Partners)
			}
		}
	}
	f := one(t, "The Sino-Kenyan partnership is growing.", "2024-01-01")
	if len(f.Partners) != 1 || f.Partners[0].A != "China" || f.Partners[0].B != "Kenya" {
		t.Errorf("partners = %+v, want China-Kenya", f.Partners)
	}
}

// A sentence about bilateral cooperation that names no second country is
// about the two countries of the sentence just before.
func TestPartnersNamedBefore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A delegation from Norway arrived in Chile on Monday. The two sides discussed bilateral relations and trade.", "Chile|Norway"},
		{"Officials of Kenya travelled to Ghana for the talks. Kenya said the talks focused on ways to develop joint cooperation in all fields.", "Ghana|Kenya"},
		{"A delegation from Norway arrived in Chile on Monday. The weather was fine. The hotel was new. The two sides discussed bilateral relations.", ""},
		{"A delegation from Norway arrived in Chile on Monday. Peru welcomed bilateral cooperation.", ""},
		{"Ghana and Kenya signed a memorandum of understanding on tourism in Accra.", "Ghana|Kenya"},
		{"Officials of Ghana and Kenya signed three MoUs.", "Ghana|Kenya"},
	} {
		f := one(t, tc.text, "2024-01-01")
		var got []string
		for _, p := range f.Partners {
			got = append(got, p.A+"|"+p.B)
		}
		if strings.Join(got, ";") != tc.want {
			t.Errorf("%q: partners = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestMergeResolvesAcrossDocuments(t *testing.T) {
	facts := extractDocs(t,
		fact.Document{Name: "a.txt", Text: "Chilean President Mateo Rojas arrived in Lima."},
		fact.Document{Name: "b.txt", Text: "“Trade grew to $2.5 billion,” Rojas said."},
	)
	if len(facts[1].Claims) != 1 || facts[1].Claims[0].Speaker != "Mateo Rojas" {
		t.Errorf("claims of b = %+v, want the speaker named in full", facts[1].Claims)
	}
}

// One person written with a second surname in one report and without it
// in another, or with given names a vowel apart, is one person of the
// corpus.
func TestMergeNamesWrittenLonger(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"Peruvian President Pablo Herrera Quispe arrived in Quito.", "President Pablo Herrera of Peru met the press in Lima."},
		{"Italian Prime Minister Giorgia Lindqvist arrived in Rome.", "Prime Minister Georgia Lindqvist of Italy met the press in Rome."},
	} {
		facts := extractDocs(t, fact.Document{Name: "a.txt", Text: tc.a}, fact.Document{Name: "b.txt", Text: tc.b})
		if len(facts[0].People) != 1 || len(facts[1].People) != 1 || facts[0].People[0].Name != facts[1].People[0].Name {
			t.Errorf("%q / %q: people %+v and %+v, want one name for both", tc.a, tc.b, facts[0].People, facts[1].People)
		}
	}
}

func TestTypoResolvesToCommonSpelling(t *testing.T) {
	text := "Anna Kowalczyk: Welcome, Mr Lindqvist.\nPer Lindqvist: Thank you, Mrs Kowalczyk. Go on, Mrs Kowalcyk.\nAnna Kowalczyk: Thank you.\n"
	f := one(t, text, "")
	for _, p := range f.People {
		if strings.Contains(p.Name, "Kowalcyk") {
			t.Errorf("person named by the typo: %+v", f.People)
		}
	}
	if len(f.People) != 2 {
		t.Errorf("people = %+v, want 2", f.People)
	}
}

// BenchmarkExtract extracts the shared seeds and dev documents, the same
// input before and after any change to the stages.
func BenchmarkExtract(b *testing.B) {
	x := testExtractor(b)
	docs := append(sharedDocs(b, "seeds"), sharedDocs(b, filepath.Join("dev", "docs"))...)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func TestUnifyCommissions(t *testing.T) {
	facts := []fact.Facts{
		{CoChairs: []fact.CoChair{{Person: "Olav Dahl", Commission: "Intergovernmental Commission on Economic Cooperation"}}},
		{CoChairs: []fact.CoChair{
			{Person: "Olav Dahl", Commission: "Intergovernmental Commission on Cooperation"},
			{Person: "Olav Dahl", Commission: "Intergovernmental Commission on Fisheries"},
			{Person: "Siri Moe", Commission: "Intergovernmental Commission on Cooperation"},
		}},
	}
	unifyCommissions(facts, testExtractor(t).lex.genericCommissionWords)
	var got []string
	for _, c := range facts[1].CoChairs {
		got = append(got, c.Person+": "+c.Commission)
	}
	want := []string{
		"Olav Dahl: Intergovernmental Commission on Economic Cooperation", // the fuller name of the same commission
		"Olav Dahl: Intergovernmental Commission on Fisheries",            // another commission
		"Siri Moe: Intergovernmental Commission on Cooperation",           // another person: left alone
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The headline names the principals in full; the transcript labels them by
// office and surname in capitals.
func TestTitleNamesTranscriptSpeakers(t *testing.T) {
	text := "Oval Office\n\nPRESIDENT WALKER: Welcome, Mr. Prime Minister. Our trade reached $230 billion last year.\n\n" +
		"PRIME MINISTER SATO: Thank you, Mr. President. We will continue to deepen our alliance.\n"
	f := extractDocs(t, fact.Document{Name: "wh.txt", Date: "2024-04-10", Text: text,
		Title: "Remarks by President Tom Walker and Prime Minister Aiko Sato of Japan Before Bilateral Meeting"})[0]
	if len(f.Meetings) != 1 || strings.Join(f.Meetings[0].Participants, ",") != "Aiko Sato,Tom Walker" {
		t.Fatalf("meetings = %+v", f.Meetings)
	}
	var got []string
	for _, o := range f.Offices {
		got = append(got, o.Person+"|"+o.Role+"|"+o.Country)
	}
	sort.Strings(got)
	if want := "Aiko Sato|Prime Minister|Japan;Tom Walker|President|United States"; strings.Join(got, ";") != want {
		t.Errorf("offices = %q, want %q", got, want)
	}
	if len(f.Claims) != 1 || f.Claims[0].Speaker != "Tom Walker" {
		t.Errorf("claims = %+v", f.Claims)
	}
}

// One document, two meetings on different days in different cities; the
// first names its subject only as "she".
func TestTwoMeetingsOfATour(t *testing.T) {
	text := "Chilean Foreign Minister Andrea Muñoz began a regional tour on Monday. In Lima on Monday, she met Peruvian Prime Minister Luis Quispe.\n\n" +
		"On Wednesday, Muñoz held talks with Bolivian President Carlos Mamani in La Paz."
	f := one(t, text, "2023-11-09")
	var got []string
	for _, m := range f.Meetings {
		got = append(got, m.Date+" "+m.City+" "+strings.Join(m.Participants, "+"))
	}
	sort.Strings(got)
	want := "2023-11-06 Lima Andrea Muñoz+Luis Quispe;2023-11-08 La Paz Andrea Muñoz+Carlos Mamani"
	if strings.Join(got, ";") != want {
		t.Errorf("meetings = %q, want %q", got, want)
	}
}

// A summit report: the hosts' meeting, others who joined it, and talks on its
// sidelines, which happened where the summit did.
func TestSummitReport(t *testing.T) {
	text := "Saudi Crown Prince Faisal bin Nasser received Jordan's King Hamad II in Riyadh. " +
		"Qatari Emir Sheikh Jassim bin Ali Al Thani and UN Secretary-General Maria Costa also attended the summit. " +
		"Austrian Chancellor Karl Berger held talks with Norwegian Prime Minister Ola Strand on the sidelines."
	f := one(t, text, "2024-10-01")
	var got []string
	for _, m := range f.Meetings {
		got = append(got, m.City+" "+m.Date+" "+strings.Join(m.Participants, "+"))
	}
	sort.Strings(got)
	want := "Riyadh 2024-10-01 Faisal bin Nasser+Hamad II+Jassim bin Ali Al Thani+Maria Costa;Riyadh 2024-10-01 Karl Berger+Ola Strand"
	if strings.Join(got, ";") != want {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	if o, ok := officeOf(f, "Maria Costa"); !ok || o.Role != "Secretary-General" || o.Country != "United Nations" {
		t.Errorf("office of Maria Costa = %+v (found %v), want Secretary-General of the United Nations; offices %+v", o, ok, f.Offices)
	}
}

// Wire copy puts the title after the name, with an article, and a given name
// can also be a city's.
func TestAppositiveTitles(t *testing.T) {
	f := one(t, "Pavel Volkov, the foreign minister of Belarus, said trade with Serbia grew by 12% to $1 billion. "+
		"Milan Petrovic, Serbia's prime minister, met Volkov in Belgrade.", "2024-06-01")
	var roles []string
	for _, o := range f.Offices {
		roles = append(roles, o.Person+"|"+o.Role+"|"+o.Country)
	}
	sort.Strings(roles)
	if want := "Milan Petrovic|Prime Minister|Serbia;Pavel Volkov|Minister of Foreign Affairs|Belarus"; strings.Join(roles, ";") != want {
		t.Errorf("offices = %q, want %q", roles, want)
	}
	if len(f.Meetings) != 1 || f.Meetings[0].City != "Belgrade" {
		t.Errorf("meetings = %+v, want one in Belgrade", f.Meetings)
	}
	if len(f.Claims) != 1 || f.Claims[0].Speaker != "Pavel Volkov" {
		t.Errorf("claims = %+v, want Volkov's", f.Claims)
	}
}
