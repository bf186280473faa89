package question

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// Invented entities: made-up officials of made-up and real-sounding places.
func testEntities() []Entity {
	return []Entity{
		{Kind: Person, Name: "Ivan Petrov", Aliases: []string{"Mr Petrov"}, Weight: 5},
		{Kind: Person, Name: "Anna Berg", Weight: 4},
		{Kind: Person, Name: "Zoë O'Neil"},
		{Kind: Person, Name: "Nguyen Van An"},
		{Kind: Person, Name: "Nguyen Thi Binh"},
		{Kind: Person, Name: "Nguyen Minh Chau"},
		{Kind: Person, Name: "Luiz Carlos Mendes da Rocha"},
		{Kind: Person, Name: "Karl von der Aue"},
		{Kind: Person, Name: "Understanding"}, // an extraction fault: a word taken for a person
		{Kind: Person, Name: "Li Wen"},
		{Kind: Country, Name: "Ruritania", Aliases: []string{"Ruritanian", "Republic of Ruritania"}, Weight: 9},
		{Kind: Country, Name: "Freedonia", Aliases: []string{"Freedonian"}, Weight: 8},
		{Kind: Country, Name: "Elbonia"},
		{Kind: Organisation, Name: "Union of Nowhere", Aliases: []string{"UoN"}},
		{Kind: City, Name: "Strelsau", Weight: 3},
		{Kind: City, Name: "Fredville"},
		{Kind: City, Name: "São Amaro"},
		{Kind: Commission, Name: "Intergovernmental Commission on Fisheries"},
		{Kind: Commission, Name: "Joint Commission on Trade and Economic Cooperation"},
		{Kind: Role, Name: "Prime Minister", Aliases: []string{"Premier"}},
		{Kind: Role, Name: "Minister of Foreign Affairs", Aliases: []string{"Foreign Minister"}},
		{Kind: Role, Name: "President"},
		{Kind: Event, Name: "Northern Forum"},
		{Kind: Event, Name: "14th Harbour Exhibition"},
	}
}

var refDate = time.Date(2025, 6, 15, 0, 0, 0, 0, time.UTC)

func testParser(t testing.TB) *Parser {
	t.Helper()
	v, err := LoadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	return NewParser(v, NewIndex(testEntities()))
}

func TestParse(t *testing.T) {
	p := testParser(t)
	cases := []struct{ q, want string }{
		// meetings, with a period in every form
		{"meetings in 2023", "topic=meetings period=2023..2023"},
		{"Meetings in 2023?", "topic=meetings period=2023..2023"},
		{"meetings 2023", "topic=meetings period=2023..2023"},
		{"meetings in March 2024", "topic=meetings period=2024-03..2024-03"},
		{"meetings in march of 2024", "topic=meetings period=2024-03..2024-03"},
		{"meetings on 5 March 2024", "topic=meetings period=2024-03-05..2024-03-05"},
		{"meetings on March 5, 2024", "topic=meetings period=2024-03-05..2024-03-05"},
		{"meetings on 2024-03-05", "topic=meetings period=2024-03-05..2024-03-05"},
		{"meetings since 2022", "topic=meetings period=2022.."},
		{"meetings after 2022", "topic=meetings period=2023.."},
		{"meetings after March 2022", "topic=meetings period=2022-04.."},
		{"meetings before 2021", "topic=meetings period=..2020"},
		{"meetings until 2021", "topic=meetings period=..2021"},
		{"meetings between 2020 and 2022", "topic=meetings period=2020..2022"},
		{"meetings from 2020 to 2022", "topic=meetings period=2020..2022"},
		{"meetings 2020-2022", "topic=meetings period=2020..2022"},
		{"meetings in 2020 and 2023", "topic=meetings period=2020..2020|2023..2023"},
		{"meetings this year", "topic=meetings period=2025..2025"},
		{"meetings last year", "topic=meetings period=2024..2024"},
		{"meetings this month", "topic=meetings period=2025-06..2025-06"},
		{"meetings in the last 2 years", "topic=meetings period=2023-06-15..2025-06-15"},
		{"meetings in the past six months", "topic=meetings period=2024-12-15..2025-06-15"},
		{"meetings in May", "topic=meetings period=2025-05..2025-05"},
		{"meetings in September", "topic=meetings period=2024-09..2024-09"},
		{"meetings since last year", "topic=meetings period=2024.."},
		// two people mean both
		{"when did Petrov meet Berg", "topic=meetings asks=when parties=Ivan Petrov,Anna Berg"},
		{"When did Ivan Petrov and Anna Berg meet?", "topic=meetings asks=when parties=Ivan Petrov,Anna Berg"},
		{"where did petrov and berg hold talks", "topic=meetings asks=where parties=Ivan Petrov,Anna Berg"},
		{"talks between Petrov and Berg", "topic=meetings parties=Ivan Petrov,Anna Berg"},
		{"Who did Mr Petrov receive in Strelsau?", "topic=meetings asks=who parties=Ivan Petrov places=Strelsau"},
		{"meetings of Petrov or Berg", "topic=meetings parties=Ivan Petrov,Anna Berg match=any"},
		{"did Petrov meet Berg in 2023?", "topic=meetings shape=yesno parties=Ivan Petrov,Anna Berg period=2023..2023"},
		{"Has Petrov ever met Berg?", "topic=meetings shape=yesno parties=Ivan Petrov,Anna Berg"},
		{"Was there a meeting in Strelsau?", "topic=meetings shape=yesno places=Strelsau"},
		{"how many meetings did Petrov attend in 2024", "topic=meetings shape=count parties=Ivan Petrov period=2024..2024"},
		{"how many times did Petrov meet Berg", "topic=meetings shape=count parties=Ivan Petrov,Anna Berg"},
		{"number of meetings in Fredville", "topic=meetings shape=count places=Fredville"},
		{"when did Petrov last meet Berg", "topic=meetings shape=latest asks=when parties=Ivan Petrov,Anna Berg"},
		{"the first meeting between Petrov and Berg", "topic=meetings shape=first parties=Ivan Petrov,Anna Berg"},
		{"latest meeting of Berg", "topic=meetings shape=latest parties=Anna Berg"},
		{"recent meetings of Berg", "topic=meetings shape=newest parties=Anna Berg"},
		{"meetings at the Northern Forum", "topic=meetings events=Northern Forum"},
		{"who met at the Harbour Exhibition", "topic=meetings asks=who events=14th Harbour Exhibition"},
		// accents fold both ways
		{"meetings of Zoe O'Neil", "topic=meetings parties=Zoë O'Neil"},
		{"meetings of ZOË O’NEIL", "topic=meetings parties=Zoë O'Neil"},
		{"meetings in Sao Amaro", "topic=meetings places=São Amaro"},
		// names by their last words, a middle word, a short given name capitalised
		{"meetings of von der Aue", "topic=meetings parties=Karl von der Aue"},
		{"meetings of Mendes", "topic=meetings parties=Luiz Carlos Mendes da Rocha"},
		{"meetings of da Rocha", "topic=meetings parties=Luiz Carlos Mendes da Rocha"},
		{"meetings of Li", "topic=meetings parties=Li Wen"},
		// countries as subjects, as parties, as places
		{"what did Ruritania and Freedonia agree", "topic=commitments asks=what parties=Ruritania,Freedonia status=agreed|signed|done"},
		{"What did the Ruritanian and Freedonian sides agree on?", "topic=commitments asks=what parties=Ruritania,Freedonia status=agreed|signed|done"},
		{"commitments between Ruritania and Freedonia", "topic=commitments parties=Ruritania,Freedonia"},
		{"what was signed in Strelsau", "topic=commitments asks=what places=Strelsau status=signed"},
		{"what did Ruritania sign in Fredville in 2024", "topic=commitments asks=what parties=Ruritania places=Fredville period=2024..2024 status=signed"},
		{"meetings in Ruritania", "topic=meetings places=Ruritania"},
		{"which agreements did Ruritania and Freedonia sign", "topic=commitments asks=which parties=Ruritania,Freedonia status=signed"},
		{"which commitments are still only proposed", "topic=commitments asks=which status=proposed"},
		{"what did Ruritania promise and deliver", "topic=commitments asks=what parties=Ruritania status=pledged|done"},
		{"what happened to the roadmap proposed in 2020", "topic=commitments asks=what period=2020..2020 status=proposed terms=roadmap"},
		{"did Ruritania and Freedonia sign a treaty", "topic=commitments shape=yesno parties=Ruritania,Freedonia status=signed terms=treaty"},
		{"how many commitments were pledged", "topic=commitments shape=count status=pledged"},
		{"what did the UoN propose", "topic=commitments asks=what parties=Union of Nowhere status=proposed"},
		{"what was proposed at the Northern Forum", "topic=commitments asks=what events=Northern Forum status=proposed"},
		{"which fishing deals did Elbonia sign", "topic=commitments asks=which parties=Elbonia status=signed terms=deals,fishing"},
		// co-chairs
		{"which commissions does Ruritania co-chair", "topic=co-chairs asks=which parties=Ruritania"},
		{"who co-chairs the commission on Fisheries", "topic=co-chairs asks=who commissions=Intergovernmental Commission on Fisheries"},
		{"who chairs the fisheries commission", "topic=co-chairs asks=who commissions=Intergovernmental Commission on Fisheries"},
		{"who chairs the trade commission", "topic=co-chairs asks=who commissions=Joint Commission on Trade and Economic Cooperation"},
		{"the commission on economic cooperation", "topic=co-chairs commissions=Joint Commission on Trade and Economic Cooperation"},
		{"co-chairs", "topic=co-chairs"},
		{"co_chairs", "topic=co-chairs"},
		{"Intergovernmental Commission on Fisheries", "topic=co-chairs commissions=Intergovernmental Commission on Fisheries"},
		// offices
		{"who is the prime minister of Ruritania", "topic=roles parties=Ruritania roles=Prime Minister"},
		{"who was the foreign minister of Freedonia in 2023", "topic=roles parties=Freedonia roles=Minister of Foreign Affairs period=2023..2023"},
		{"Ruritanian premier", "topic=roles parties=Ruritania roles=Prime Minister"},
		{"what offices has Berg held", "topic=roles asks=what parties=Anna Berg"},
		{"who is Petrov", "topic=roles parties=Ivan Petrov"},
		{"prime ministers of Ruritania", "topic=roles parties=Ruritania roles=Prime Minister"},
		{"who were the foreign ministers of Freedonia", "topic=roles parties=Freedonia roles=Minister of Foreign Affairs"},
		{"list the Ministers of Foreign Affairs", "topic=roles roles=Minister of Foreign Affairs"},
		// figures, conflicts, partners, calls, visits, contacts
		{"what figures did Petrov claim", "topic=claims asks=what parties=Ivan Petrov"},
		{"trade turnover figures for Ruritania in 2022", "topic=claims parties=Ruritania period=2022..2022 terms=trade turnover"},
		{"how much investment did Berg announce", "topic=claims parties=Anna Berg terms=investment,announce"},
		{"which figures conflict", "topic=conflicts asks=which"},
		{"who disagrees about trade figures", "topic=conflicts asks=who terms=trade"},
		{"who are the partners of Ruritania", "topic=partners parties=Ruritania"},
		{"Freedonia's partners", "topic=partners parties=Freedonia"},
		{"which countries cooperate with Elbonia", "topic=partners asks=which parties=Elbonia"},
		{"phone calls of Berg", "topic=calls parties=Anna Berg"},
		{"did Petrov call Berg", "topic=calls shape=yesno parties=Ivan Petrov,Anna Berg"},
		{"when did Petrov visit Freedonia", "topic=visits asks=when parties=Ivan Petrov places=Freedonia"},
		{"visits to Ruritania in 2024", "topic=visits places=Ruritania period=2024..2024"},
		{"contacts between Ruritania and Freedonia", "topic=contacts parties=Ruritania,Freedonia"},
		// timelines, profiles, search
		{"timeline Ruritania Freedonia", "topic=timeline parties=Ruritania,Freedonia"},
		{"how have relations between Ruritania and Freedonia developed", "topic=timeline parties=Ruritania,Freedonia"},
		{"history of relations between Ruritania and Elbonia since 2020", "topic=timeline parties=Ruritania,Elbonia period=2020.."},
		{"Ruritania and Freedonia", "topic=timeline parties=Ruritania,Freedonia"},
		{"what happened in 2023", "topic=timeline asks=what period=2023..2023"},
		{"person Petrov", "topic=profile parties=Ivan Petrov"},
		{"country Elbonia", "topic=profile parties=Elbonia"},
		{"tell me about Anna Berg", "topic=profile parties=Anna Berg"},
		{"Petrov", "topic=profile parties=Ivan Petrov"},
		{"tell me about Strelsau", "topic=timeline places=Strelsau"},
		{`search "gas pipeline"`, `topic=search search="gas pipeline"`},
		{"search gas pipeline", "topic=search search=gas pipeline"},
		{"what was said about the gas pipeline?", "topic=search asks=what search=gas pipeline"},
		{"what did Petrov say about fishing quotas", "topic=search asks=what parties=Ivan Petrov search=fishing quotas"},
		{"sentences mentioning Gazprom", "topic=search search=Gazprom"},
		{`meetings about "fishing quotas"`, "topic=meetings search=fishing quotas"},
		// a word that is also the name of a person in the graph is a word when written as one
		{"which memorandum of understanding was signed", "topic=commitments asks=which status=signed terms=memorandum,understanding"},
	}
	for _, c := range cases {
		q, err := p.Parse(c.q, refDate)
		if err != nil {
			t.Errorf("%q: %v", c.q, err)
			continue
		}
		if got := q.Summary(); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s\n%s", c.q, got, c.want, q.Explain())
		}
	}
}

func TestDecline(t *testing.T) {
	p := testParser(t)
	cases := []struct {
		q           string
		reason      string   // a part of the reason
		suggestions []string // exactly
		candidates  []string // exactly
	}{
		{"", "empty", nil, nil},
		{"?", "empty", nil, nil},
		{"meetings of Nguyen", `"Nguyen" could be Nguyen Minh Chau, Nguyen Thi Binh or Nguyen Van An`, nil,
			[]string{"Nguyen Minh Chau", "Nguyen Thi Binh", "Nguyen Van An"}},
		{"when did Petrov meet Smith", `named "Smith"`, nil, nil},
		{"when did Petrob meet Berg", `named "Petrob"`, []string{"Ivan Petrov"}, nil},
		{"when did petorv meet berg", `named "petorv"`, []string{"Ivan Petrov"}, nil},
		{"meetings in Strelsua", `named "Strelsua"`, []string{"Strelsau"}, nil},
		{"what did Rurtania sign", `named "Rurtania"`, []string{"Ruritania"}, nil},
		{"meetings of Angela Schmidt", `named "Angela Schmidt"`, nil, nil},
		{"Schmidt", `named "Schmidt"`, nil, nil},
		{"why did Petrov meet Berg", "not causes", nil, nil},
		{"will Petrov meet Berg", "not predictions", nil, nil},
		{"who will win the election", "not predictions", nil, nil},
		{"what is the population of Ruritania", "general knowledge", nil, nil},
		{"what is the capital of Freedonia", "general knowledge", nil, nil},
		{"did Petrov not meet Berg", "negation", nil, nil},
		{"which commitments were never signed", "", nil, nil}, // see below: read, not declined
		{"should Ruritania sign", "not judgements", nil, nil},
		{"tell me about", "needs the name", nil, nil},
		{"hello there", "does not say what it asks", nil, nil},
	}
	for _, c := range cases {
		q, err := p.Parse(c.q, refDate)
		if c.reason == "" {
			if err != nil {
				t.Errorf("%q: %v", c.q, err)
			}
			continue
		}
		var d *Decline
		if !errors.As(err, &d) {
			t.Errorf("%q: not declined (err %v):\n%s", c.q, err, q.Explain())
			continue
		}
		if !strings.Contains(d.Reason, c.reason) {
			t.Errorf("%q: reason %q, want it to contain %q", c.q, d.Reason, c.reason)
		}
		if fmt.Sprint(d.Suggestions) != fmt.Sprint(c.suggestions) {
			t.Errorf("%q: suggestions %q, want %q", c.q, d.Suggestions, c.suggestions)
		}
		if fmt.Sprint(d.Candidates) != fmt.Sprint(c.candidates) {
			t.Errorf("%q: candidates %q, want %q", c.q, d.Candidates, c.candidates)
		}
		if !strings.Contains(d.Error(), c.q) {
			t.Errorf("%q: the message does not quote the question: %s", c.q, d.Error())
		}
	}
}

// A decline without a near name shows questions that work, with names
// from the graph, the weightiest first.
func TestDeclineExamples(t *testing.T) {
	p := testParser(t)
	_, err := p.Parse("hello there", refDate)
	var d *Decline
	if !errors.As(err, &d) {
		t.Fatal(err)
	}
	msg := d.Error()
	for _, want := range []string{"when did Ivan Petrov meet Anna Berg", "what did Ruritania and Freedonia agree",
		"what was signed in Strelsau", "meetings in 2025"} {
		if !strings.Contains(msg, want) {
			t.Errorf("examples lack %q:\n%s", want, msg)
		}
	}
	// no graph, no names: only the examples without placeholders
	v, _ := LoadVocabulary()
	bare := NewParser(v, NewIndex(nil))
	for _, e := range bare.Examples("2025") {
		if strings.Contains(e, "{") {
			t.Errorf("unfilled example %q", e)
		}
	}
}

func TestPeriodContains(t *testing.T) {
	cases := []struct {
		p    Period
		date string
		in   bool
	}{
		{Period{"2023", "2023"}, "2023-02-03", true},
		{Period{"2023", "2023"}, "2023", true},
		{Period{"2023", "2023"}, "2024-01-01", false},
		{Period{"2023-03", "2023-03"}, "2023", false}, // not known to be in March
		{Period{"2023-03", "2023-03"}, "2023-03-31", true},
		{Period{"2022", ""}, "2030", true},
		{Period{"", "2020"}, "2020-12-31", true},
		{Period{"", "2020"}, "2021", false},
		{Period{"2020", "2022"}, "", false},
		{Period{"2020", "2022"}, "soon", false},
		{Period{"2023-06-15", "2025-06-15"}, "2023-06", false},
		{Period{"2023-06-15", "2025-06-15"}, "2023-07", true},
		{Period{"2022", "2022"}, "2022-01/2022-11", true}, // an interval by its start
	}
	for _, c := range cases {
		if got := c.p.Contains(c.date); got != c.in {
			t.Errorf("%v contains %q: %v, want %v", c.p, c.date, got, c.in)
		}
	}
	if !(Period{"2023-03", "2023-03"}).Overlaps("2023") || (Period{"2024", ""}).Overlaps("2023") {
		t.Error("Overlaps")
	}
}

func TestTokenize(t *testing.T) {
	got := func(s string) string {
		var out []string
		for _, tk := range tokenize(s) {
			out = append(out, tk.fold)
		}
		return strings.Join(out, " ")
	}
	for in, want := range map[string]string{
		"Russia's partners":     "russia partners",
		"Erdoğan’s co-chair":    "erdogan co chair",
		"O'Neil":                "o neil",
		"on 2024-05-27, again":  "on 2024-05-27 again",
		"2020-2022":             "2020 2022",
		"Kassym-Jomart TOKAYEV": "kassym jomart tokayev",
	} {
		if g := got(in); g != want {
			t.Errorf("tokenize(%q) = %q, want %q", in, g, want)
		}
	}
}

// Bad tables are refused with the file and line.
func TestVocabularyErrors(t *testing.T) {
	good := map[string]string{
		"topics.tsv":   "meet|met\tmeetings\t3\tno\tany\tc\n",
		"shapes.tsv":   "how many\tcount\tany\tc\n",
		"time.tsv":     "in\tin\tc\n",
		"status.tsv":   "signed\tsigned\tc\n",
		"words.tsv":    "the\tfiller\tc\n",
		"declines.tsv": "why\tany\tno causes\tc\n",
		"examples.tsv": "meetings in {year}\tc\n",
	}
	fsys := func(over map[string]string) fstest.MapFS {
		m := fstest.MapFS{}
		for k, v := range good {
			m[k] = &fstest.MapFile{Data: []byte(v)}
		}
		for k, v := range over {
			if v == "" {
				delete(m, k)
				continue
			}
			m[k] = &fstest.MapFile{Data: []byte(v)}
		}
		return m
	}
	if _, err := LoadVocabularyFS(fsys(nil)); err != nil {
		t.Fatalf("good tables: %v", err)
	}
	cases := []struct {
		file, data, want string
	}{
		{"topics.tsv", "# c\nmeet\tgossip\t3\tno\tany\tc\n", "topics.tsv:2: unknown topic"},
		{"topics.tsv", "meet\tmeetings\tfirst\tno\tany\tc\n", "topics.tsv:1: rank"},
		{"topics.tsv", "meet\tmeetings\t3\tmaybe\tany\tc\n", "topics.tsv:1: term"},
		{"topics.tsv", "meet\tmeetings\t3\tno\n", "topics.tsv:1: want at least 5"},
		{"topics.tsv", "meet\tmeetings\t3\tno\tsomewhere\tc\n", "topics.tsv:1: where"},
		{"topics.tsv", "meet|meet\tmeetings\t3\tno\tany\tc\n", "already in topics.tsv:1"},
		{"shapes.tsv", "how many\tlots\tany\tc\n", "shapes.tsv:1: unknown shape"},
		{"time.tsv", "march\tmonth 13\tc\n", "time.tsv:1: meaning"},
		{"time.tsv", "soon\tsoonish\tc\n", "time.tsv:1: unknown meaning"},
		{"status.tsv", "signed\tinked\tc\n", "status.tsv:1: unknown status"},
		{"words.tsv", "the\tarticle\tc\n", "words.tsv:1: unknown class"},
		{"words.tsv", "---\tfiller\tc\n", "words.tsv:1: phrase \"---\" has no words"},
		{"declines.tsv", "why\tany\t\tc\n", "declines.tsv:1: no reason"},
		{"examples.tsv", "", "opening the question table examples.tsv"},
	}
	for _, c := range cases {
		_, err := LoadVocabularyFS(fsys(map[string]string{c.file: c.data}))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s %q: err %v, want %q", c.file, c.data, err, c.want)
		}
	}
}

func TestExplain(t *testing.T) {
	p := testParser(t)
	q, err := p.Parse("did Petrov meet Berg in Strelsau this year", refDate)
	if err != nil {
		t.Fatal(err)
	}
	e := q.Explain()
	for _, want := range []string{"topic        meetings", "shape        yesno", `all of: Ivan Petrov (person, said "Petrov"); Anna Berg (person, said "Berg")`,
		`places       Strelsau (city, said "Strelsau")`, "period       2025", `"this year" read as 2025`, "topics.tsv:"} {
		if !strings.Contains(e, want) {
			t.Errorf("explain lacks %q:\n%s", want, e)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	p := testParser(b)
	qs := []string{"when did Petrov meet Berg", "what did Ruritania and Freedonia agree in 2023",
		"how have relations between Ruritania and Freedonia developed", "meetings of Nguyen"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p.Parse(qs[i%len(qs)], refDate)
	}
}

// The forms the routing of named questions read before this parser (a
// question's name or alias, and the plain-English forms it was tested
// with) read to the same questions, with their names, countries, roles and
// statuses as parts of the query.
func TestParseNamedQuestionForms(t *testing.T) {
	p := testParser(t)
	for _, c := range []struct{ q, want string }{
		{"meetings", "topic=meetings"},
		{"co_chairs", "topic=co-chairs"},
		{"co-chairs", "topic=co-chairs"},
		{"claims", "topic=claims"},
		{"conflicts", "topic=conflicts"},
		{"roles", "topic=roles"},
		{"partners", "topic=partners"},
		{"commitments", "topic=commitments"},
		{"visits", "topic=visits"},
		{"people", "topic=people"},
		{"calls", "topic=calls"},
		{"who co-chaired which commission", "topic=co-chairs asks=who"},
		{"Who chairs the fisheries commission?", "topic=co-chairs asks=who commissions=Intergovernmental Commission on Fisheries"},
		{"who attended which meeting", "topic=meetings asks=who"},
		{"Where was petrov?", "topic=meetings asks=where parties=Ivan Petrov"},
		{"what figures did Berg claim", "topic=claims asks=what parties=Anna Berg"},
		{"What did Anna Berg claim about trade?", "topic=claims asks=what parties=Anna Berg terms=trade"},
		{"which commitments did Ruritania sign", "topic=commitments asks=which parties=Ruritania status=signed"},
		{"what did the Republic of Ruritania pledge", "topic=commitments asks=what parties=Ruritania status=pledged"},
		{"who is the prime minister of Freedonia", "topic=roles parties=Freedonia roles=Prime Minister"},
		{"who is the foreign minister of ruritania", "topic=roles parties=Ruritania roles=Minister of Foreign Affairs"},
		{"who is Petrov", "topic=roles parties=Ivan Petrov"},
		{"which countries are partners of Ruritania", "topic=partners asks=which parties=Ruritania"},
		{"conflicting figures", "topic=conflicts"},
		{"When did Berg meet Petrov?", "topic=meetings asks=when parties=Anna Berg,Ivan Petrov"},
		{"when did Petrov visit Freedonia", "topic=visits asks=when parties=Ivan Petrov places=Freedonia"},
		{"list the official visits", "topic=visits"},
	} {
		q, err := p.Parse(c.q, refDate)
		if err != nil {
			t.Errorf("%q: %v", c.q, err)
			continue
		}
		if got := q.Summary(); got != c.want {
			t.Errorf("%q read as %q, want %q", c.q, got, c.want)
		}
	}
	for q, says := range map[string]string{
		"what is the weather like": "general knowledge",
		"where was Zabrowski":      `no one and nothing named "Zabrowski"`,
	} {
		var d *Decline
		if _, err := p.Parse(q, refDate); !errors.As(err, &d) || !strings.Contains(d.Reason, says) {
			t.Errorf("%q: %v, want a decline saying %q", q, err, says)
		}
	}
}
