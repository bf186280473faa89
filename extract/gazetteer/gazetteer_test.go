package gazetteer

import (
	"fmt"
	"strings"
	"testing"
)

func testGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	g, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return g
}

// mention is the part of a Match a test cares about: the text, the kind, and the name of
// the country, city or role it resolved to.
type mention struct {
	text string
	kind MatchKind
	to   string
}

func describe(m Match) mention {
	to := ""
	switch m.Kind {
	case MatchCity:
		to = m.City.Name + ", " + m.City.Country
	case MatchOffice:
		to = m.Office
	default:
		to = m.Country.Name
	}
	return mention{m.Text, m.Kind, to}
}

func TestScan(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		name string
		text string
		want []mention
	}{
		{
			name: "title with demonym and capital city",
			text: "The Peruvian Foreign Minister arrived in Lima on Monday.",
			want: []mention{
				{"Peruvian", MatchDemonym, "Peru"},
				{"Foreign Minister", MatchOffice, "Minister of Foreign Affairs"},
				{"Lima", MatchCity, "Lima, Peru"},
			},
		},
		{
			name: "official names and diacritics",
			text: "Talks between the Republic of Korea and Viet Nam, later joined by Türkiye and Côte d’Ivoire.",
			want: []mention{
				{"Republic of Korea", MatchCountry, "South Korea"},
				{"Viet Nam", MatchCountry, "Vietnam"},
				{"Türkiye", MatchCountry, "Turkey"},
				{"Côte d’Ivoire", MatchCountry, "Ivory Coast"},
			},
		},
		{
			name: "possessives with either apostrophe",
			text: "Ghana's exports and Norway’s fund.",
			want: []mention{
				{"Ghana", MatchCountry, "Ghana"},
				{"Norway", MatchCountry, "Norway"},
			},
		},
		{
			name: "hyphenated compounds give one mention per part",
			text: "Chile-Argentina trade, the Sino-Japanese summit, Franco-Italian ties and Kenyan-Ugandan talks.",
			want: []mention{
				{"Chile", MatchCountry, "Chile"},
				{"Argentina", MatchCountry, "Argentina"},
				{"Sino", MatchDemonym, "China"},
				{"Japanese", MatchDemonym, "Japan"},
				{"Franco", MatchDemonym, "France"},
				{"Italian", MatchDemonym, "Italy"},
				{"Kenyan", MatchDemonym, "Kenya"},
				{"Ugandan", MatchDemonym, "Uganda"},
			},
		},
		{
			name: "combining form alone is no mention",
			text: "Franco ruled for decades.",
			want: nil,
		},
		{
			name: "longest office title wins",
			text: "First Deputy Prime Minister and a Deputy Prime Minister met the Prime Minister.",
			want: []mention{
				{"First Deputy Prime Minister", MatchOffice, "First Deputy Prime Minister"},
				{"Deputy Prime Minister", MatchOffice, "Deputy Prime Minister"},
				{"Prime Minister", MatchOffice, "Prime Minister"},
			},
		},
		{
			name: "ministerial titles in either order and in lower case",
			text: "the deputy finance minister, the Minister of Agriculture and the Minister for Foreign Affairs",
			want: []mention{
				{"deputy finance minister", MatchOffice, "Deputy Minister of Finance"},
				{"Minister of Agriculture", MatchOffice, "Minister of Agriculture"},
				{"Minister for Foreign Affairs", MatchOffice, "Minister of Foreign Affairs"},
			},
		},
		{
			name: "organisations by abbreviation and executive body",
			text: "The European Commission spoke for the EU; NATO, the SCO and the African Union Commission listened.",
			want: []mention{
				{"European Commission", MatchOrg, "European Union"},
				{"EU", MatchOrg, "European Union"},
				{"NATO", MatchOrg, "North Atlantic Treaty Organization"},
				{"SCO", MatchOrg, "Shanghai Cooperation Organisation"},
				{"African Union Commission", MatchOrg, "African Union"},
			},
		},
		{
			name: "abbreviations need capitals",
			text: "Let us meet; the UN will host.",
			want: []mention{
				{"UN", MatchOrg, "United Nations"},
			},
		},
		{
			name: "lower-case prose is not a place",
			text: "a mobile unit, a nice view, a split decision",
			want: nil,
		},
		{
			name: "common-word city never matched",
			text: "Mobile operators and Independence Day.",
			want: nil,
		},
		{
			name: "ambiguous city at sentence start is skipped, mid-sentence kept",
			text: "Nice weather helped. The delegation flew on to Nice.",
			want: []mention{
				{"Nice", MatchCity, "Nice, France"},
			},
		},
		{
			name: "given-name city next to another name is a person",
			text: "Mr Warren Lee spoke. Henderson Smith agreed.",
			want: nil,
		},
		{
			name: "city named like a first name is a city only on its own",
			text: "Governor Vladimir Petrov opened a plant in Vladimir.",
			want: []mention{
				{"Governor", MatchOffice, "Governor"},
				{"Vladimir", MatchCity, "Vladimir, Russia"},
			},
		},
		{
			name: "city aliases resolve to the current name",
			text: "Flights from Bombay to Peking via Rangoon.",
			want: []mention{
				{"Bombay", MatchCity, "Mumbai, India"},
				{"Peking", MatchCity, "Beijing, China"},
				{"Rangoon", MatchCity, "Yangon, Myanmar"},
			},
		},
		{
			name: "country beats city of the same name; longer city name beats country",
			text: "Singapore and Kuwait City.",
			want: []mention{
				{"Singapore", MatchCountry, "Singapore"},
				{"Kuwait City", MatchCity, "Kuwait City, Kuwait"},
			},
		},
		{
			name: "plural demonyms",
			text: "Brazilians and Filipinos voted.",
			want: []mention{
				{"Brazilians", MatchDemonym, "Brazil"},
				{"Filipinos", MatchDemonym, "Philippines"},
			},
		},
		{
			name: "names that only contain a country",
			text: "Across Latin America and the Indian Ocean, New Jersey firms; America and Indian firms.",
			want: []mention{
				{"America", MatchCountry, "United States"},
				{"Indian", MatchDemonym, "India"},
			},
		},
		{
			name: "headline capitals",
			text: "MOROCCO AND EGYPT SIGN DEAL",
			want: []mention{
				{"MOROCCO", MatchCountry, "Morocco"},
				{"EGYPT", MatchCountry, "Egypt"},
			},
		},
		{
			name: "no partial words",
			text: "Omanis aside, the Romanian and Dominican delegations; Germanic tribes.",
			want: []mention{
				{"Omanis", MatchDemonym, "Oman"},
				{"Romanian", MatchDemonym, "Romania"},
				{"Dominican", MatchDemonym, "Dominican Republic"},
			},
		},
		{
			name: "dotted abbreviation and forum",
			text: "The U.S. delegation at the St Petersburg International Economic Forum.",
			want: []mention{
				{"U.S.", MatchCountry, "United States"},
				{"St Petersburg International Economic Forum", MatchOrg, "St Petersburg International Economic Forum"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []mention
			for _, m := range g.Scan(tt.text) {
				if tt.text[m.Start:m.End] != m.Text {
					t.Errorf("Match %+v: Text does not equal text[Start:End]", m)
				}
				got = append(got, describe(m))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Scan(%q)\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestScanSortedWithoutOverlap(t *testing.T) {
	g := testGazetteer(t)
	text := sampleText(20_000)
	ms := g.Scan(text)
	if len(ms) < 500 {
		t.Fatalf("Scan found %d mentions in %d bytes, want many", len(ms), len(text))
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start < ms[i-1].End {
			t.Fatalf("mentions %d %+v and %d %+v overlap or are out of order", i-1, ms[i-1], i, ms[i])
		}
	}
}

func TestCountry(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		in, want, kind string
	}{
		{"Türkiye", "Turkey", KindCountry},
		{"turkiye", "Turkey", KindCountry},
		{"Kazakhstani", "Kazakhstan", KindCountry},
		{"the Russian Federation", "Russia", KindCountry},
		{"Holland", "Netherlands", KindCountry},
		{"Burma", "Myanmar", KindCountry},
		{"Emirati", "United Arab Emirates", KindCountry},
		{"PRC", "China", KindCountry},
		{"Chinese", "China", KindCountry},
		{"Korean", "South Korea", KindCountry},
		{"DPRK", "North Korea", KindCountry},
		{"NZL", "New Zealand", KindCountry},
		{"Swaziland", "Eswatini", KindCountry},
		{"EU", "European Union", KindUnion},
		{"European", "European Union", KindUnion},
		{"Eurasian Economic Union", "Eurasian Economic Union", KindUnion},
		{"EAEU", "Eurasian Economic Union", KindUnion},
		{"G20", "G20", KindForum},
		{"Supreme Eurasian Economic Council", "Supreme Eurasian Economic Council", KindForum},
		{"OPEC", "Organization of the Petroleum Exporting Countries", KindOrganisation},
	}
	for _, tt := range tests {
		c, ok := g.Country(tt.in)
		if !ok {
			t.Errorf("Country(%q) not found, want %s", tt.in, tt.want)
			continue
		}
		if c.Name != tt.want || c.Kind != tt.kind {
			t.Errorf("Country(%q) = %s (%s), want %s (%s)", tt.in, c.Name, c.Kind, tt.want, tt.kind)
		}
	}
	for _, in := range []string{"Atlantis", "", "minister"} {
		if c, ok := g.Country(in); ok {
			t.Errorf("Country(%q) = %s, want not found", in, c.Name)
		}
	}
}

func TestCity(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		in, name, country string
		capital           bool
	}{
		{"Kiev", "Kyiv", "Ukraine", true},
		{"Nur-Sultan", "Astana", "Kazakhstan", true},
		{"Astana", "Astana", "Kazakhstan", true},
		{"Ha Noi", "Hanoi", "Vietnam", true},
		{"Saigon", "Ho Chi Minh City", "Vietnam", false},
		{"Brasilia", "Brasília", "Brazil", true},
		{"BOGOTA", "Bogotá", "Colombia", true},
		{"Washington, D.C.", "Washington", "United States", true},
		{"Valencia", "Valencia", "Venezuela", false}, // larger than the Spanish one in GeoNames
		{"Osaka", "Osaka", "Japan", false},
		{"Mobile", "Mobile", "United States", false}, // lookups ignore the Scan stoplist
	}
	for _, tt := range tests {
		c, ok := g.City(tt.in)
		if !ok {
			t.Errorf("City(%q) not found", tt.in)
			continue
		}
		if c.Name != tt.name || c.Country != tt.country || c.Capital != tt.capital {
			t.Errorf("City(%q) = %s, %s, capital %v; want %s, %s, capital %v", tt.in, c.Name, c.Country, c.Capital, tt.name, tt.country, tt.capital)
		}
	}
	if c, ok := g.City("Xyzzyville"); ok {
		t.Errorf("City(Xyzzyville) = %+v, want not found", c)
	}
}

func TestOffice(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		in, want string
	}{
		{"Chairman of the Government", "Prime Minister"},
		{"Chairman of the Cabinet of Ministers", "Prime Minister"},
		{"Premier", "Prime Minister"},
		{"prime minister", "Prime Minister"},
		{"Vice Premier", "Deputy Prime Minister"},
		{"First Vice-Premier", "First Deputy Prime Minister"},
		{"Foreign Minister", "Minister of Foreign Affairs"},
		{"Minister of Foreign Affairs", "Minister of Foreign Affairs"},
		{"Defence Minister", "Minister of Defence"},
		{"Defense Minister", "Minister of Defense"}, // the office as the text spells it
		{"Home Affairs Minister", "Minister of Home Affairs"},
		{"Home Minister", "Minister of Home Affairs"},
		{"Industry and Commerce Minister", "Minister of Industry and Commerce"},
		{"the Minister of the Economy", "Minister of Economy"},
		{"Deputy Foreign Minister", "Deputy Minister of Foreign Affairs"},
		{"Vice Foreign Minister", "Vice Minister of Foreign Affairs"},
		{"Energy Minister", "Minister of Energy"},
		{"Central Bank Governor", "Governor of the Central Bank"},
		{"Secretary General", "Secretary-General"},
		{"Emir", "Emir"},
		{"Crown Prince", "Crown Prince"},
		{"Chilean Deputy Prime Minister", "Deputy Prime Minister"},
		{"Swedish Trade Minister", "Minister of Trade"},
	}
	for _, tt := range tests {
		got, ok := g.Office(tt.in)
		if !ok || got != tt.want {
			t.Errorf("Office(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"Chilean", "banana", "Deputy Prime Minister of something odd"} {
		if got, ok := g.Office(in); ok {
			t.Errorf("Office(%q) = %q, want not found", in, got)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Erdoğan", "erdogan"},
		{"TÜRKIYE", "turkiye"},
		{"Łódź", "lodz"},
		{"Øresund", "oresund"},
		{"Bogotá", "bogota"},
		{"d’Ivoire", "d'ivoire"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// sampleText builds news-like text of about n bytes mixing names, titles and filler.
func sampleText(n int) string {
	parts := []string{
		"The Mongolian Prime Minister met Canadian officials in Ottawa on Tuesday. ",
		"Trade between Peru and Indonesia grew by 7 percent, the Minister of Economy said. ",
		"Talks in São Paulo covered Sino-Brazilian projects and the EU's position. ",
		"Deputy Foreign Minister of Ghana visited Accra, Kumasi and Lagos last week. ",
		"The delegation from the Kingdom of Saudi Arabia arrived for the G20 meeting. ",
		"Analysts expect the figures to improve in the second half of the year. ",
		"In Nairobi, the Kenyan President and the Secretary-General of the UN spoke. ",
		"Japan-Australia cooperation and Franco-German plans were discussed at length. ",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[i%len(parts)])
		if i%len(parts) == len(parts)-1 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

func BenchmarkScan(b *testing.B) {
	g := testGazetteer(b)
	text := sampleText(1 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Scan(text)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestSpellings(t *testing.T) {
	tests := map[string][]string{
		"Nizhniy Novgorod": {"Nizhniy Novgorod", "Nizhny Novgorod"},
		"Groznyy":          {"Groznyy", "Grozny"},
		"Oslo":             {"Oslo"},
		"Kiy":              {"Kiy"}, // too short to be an adjective ending
	}
	for in, want := range tests {
		if got := spellings(in); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("spellings(%q) = %q, want %q", in, got, want)
		}
	}
}

// A state a monarch heads has no President; a republic and a federation of
// monarchies with a President are none, nor is an unknown name.
func TestMonarchy(t *testing.T) {
	g := testGazetteer(t)
	for name, want := range map[string]bool{"Thailand": true, "Japan": true, "United Kingdom": true, "Chile": false,
		"United Arab Emirates": false, "South Korea": false, "Atlantis": false} {
		if got := g.Monarchy(name); got != want {
			t.Errorf("Monarchy(%q) = %v, want %v", name, got, want)
		}
	}
}

// A city's name is found however its hyphens are written: the table's
// "Port-Vila" as "Port Vila", its "Dar es Salaam" as "Dar-es-Salaam"; and
// with "Saint" abbreviated, where no small place is written so.
func TestCityHyphensAndSpaces(t *testing.T) {
	g := testGazetteer(t)
	for _, tc := range []struct{ written, want string }{
		{"Port Vila", "Port-Vila"},
		{"Port-Vila", "Port-Vila"},
		{"Dar-es-Salaam", "Dar es Salaam"},
		{"Port au Prince", "Port-au-Prince"},
		{"St. George's", "Saint George's"},
		{"St George's", "Saint George's"},
	} {
		c, ok := g.City(tc.written)
		if !ok || c.Name != tc.want {
			t.Errorf("City(%q) = %v, %v; want %s", tc.written, c, ok, tc.want)
		}
	}
	ms := g.Scan("The leaders met in Port Vila and then flew to Dar-es-Salaam.")
	var got []string
	for _, m := range ms {
		if m.Kind == MatchCity {
			got = append(got, m.City.Name)
		}
	}
	if strings.Join(got, ",") != "Port-Vila,Dar es Salaam" {
		t.Errorf("Scan found cities %q", got)
	}
}
