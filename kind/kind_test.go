package kind

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func TestRegistry(t *testing.T) {
	if err := validate(All()); err != nil {
		t.Fatal(err)
	}
	// The scorer prints questions in the gold format's order.
	var keys []string
	for _, q := range Scored() {
		keys = append(keys, q.Gold.Key)
	}
	if want := []string{"meetings", "roles", "claims", "co_chairs", "partners", "commitments"}; !slices.Equal(keys, want) {
		t.Errorf("scored gold keys %v, want the gold format's %v", keys, want)
	}
	for _, name := range []string{"co_chairs", " Co-Chairs ", "visits", "conflicts"} {
		if _, ok := Lookup(name); !ok {
			t.Errorf("Lookup(%q) found nothing", name)
		}
	}
	if _, ok := Lookup("countries"); ok {
		t.Error("a word of questions is not a question")
	}
}

func TestValidateRejects(t *testing.T) {
	ok := func() Kind { return visitsKind() }
	dup := ok()
	dup.Questions = append(dup.Questions, dup.Questions[0])
	noAsm := ok()
	noAsm.Questions[0].Assemble = nil
	undrawn := ok()
	undrawn.Drawings = nil
	badDate := ok()
	badDate.Date = schema.PredObserved
	for name, ks := range map[string][]Kind{
		"duplicate question": {dup},
		"no assembler":       {noAsm},
		"undrawn class":      {undrawn},
		"undeclared date":    {badDate},
		"no quads":           {{Name: "x", Count: func(fact.Facts) int { return 0 }}},
	} {
		if err := validate(ks); err == nil {
			t.Errorf("%s: validate accepted it", name)
		}
	}
}

func ev(line int, s string) fact.Evidence {
	return fact.Evidence{Span: fact.Span{Start: line * 100, End: line*100 + len(s)}, Sentence: s, Line: line}
}

// sample has one fact of every kind, so that each kind's quads can be told
// apart by what the kind alone adds.
func sample() fact.Facts {
	ch := 5.0
	return fact.Facts{
		Doc:     fact.Document{Name: "a.txt", Title: "Talks", Date: "2023-05-02"},
		People:  []fact.Person{{Name: "Ana Ruiz", Aliases: []string{"Ms Ruiz"}, Country: "Chile"}},
		Offices: []fact.Office{{Person: "Ana Ruiz", Role: "Foreign Minister", Country: "Chile", Evidence: ev(1, "Foreign Minister Ana Ruiz.")}},
		Meetings: []fact.Meeting{
			{Kind: fact.MeetingInPerson, Participants: []string{"Ana Ruiz", "Lars Berg"}, City: "Oslo", CityAsWritten: "Christiania", Country: "Norway", Date: "2023-05-02", Occasion: "Forum", Evidence: ev(2, "Ruiz met Berg in Christiania.")},
			{Kind: fact.MeetingCall, Participants: []string{"Ana Ruiz", "Lars Berg"}, Date: "2023-05-01", Evidence: ev(8, "They spoke by phone.")},
		},
		Claims:      []fact.Claim{{Speaker: "Ana Ruiz", Metric: "trade", Value: 3e9, Unit: "USD", Period: "2022", ChangePct: &ch, Approx: "about", Quote: "$3 billion", Evidence: ev(3, "Trade was $3 billion.")}},
		CoChairs:    []fact.CoChair{{Person: "Lars Berg", Commission: "Joint Commission", Country: "Norway", Evidence: ev(4, "Berg co-chairs it.")}},
		Partners:    []fact.Partnership{{A: "Chile", B: "Norway", Evidence: ev(5, "Partners.")}},
		Commitments: []fact.Commitment{{Parties: []string{"Chile", "Norway"}, Text: "a roadmap", Status: fact.StatusSigned, Due: "2025", Evidence: ev(6, "They signed a roadmap.")}},
		Visits:      []fact.Visit{{Visitor: "Ana Ruiz", Host: "Norway", City: "Oslo", Date: "2023-05-02", Evidence: ev(7, "Ruiz paid a visit to Norway.")}},
	}
}

// shared are the terms any kind may write: documents, sentences, and the
// nodes of people, countries and cities with their names.
var shared = []string{schema.PredType, schema.PredName, schema.PredEvidence, schema.PredText, schema.PredStart,
	schema.PredEnd, schema.PredLine, schema.PredInDocument, schema.PredFile, schema.PredTitle, schema.PredPublished,
	schema.PredSource, schema.PredURL, schema.PredHash, schema.PredInCountry, schema.ClassDocument,
	schema.ClassSentence, schema.ClassPerson, schema.ClassCountry, schema.ClassCity}

// TestKindTerms checks each kind's declared classes and predicates against
// what its Quads writes, so the documentation generated from them is true.
func TestKindTerms(t *testing.T) {
	for _, k := range All() {
		t.Run(k.Name, func(t *testing.T) {
			// The sample once as it is, and once with its first meeting only
			// (a commitment is made at the one meeting of its document).
			full := Doc{Facts: sample(), MeetingIDs: []string{"urn:diplograph:meeting:x", "urn:diplograph:call:y"},
				Conflicts: [][2]string{{schema.ClaimIRI("Ana Ruiz", 3e9, "USD", "2022"), "urn:diplograph:claim:y"}}}
			full.Follows = make([]string, len(full.Commitments))
			for i := range full.Follows {
				full.Follows[i] = "urn:diplograph:commitment:earlier"
			}
			one := full
			one.Meetings, one.MeetingIDs = full.Meetings[:1], full.MeetingIDs[:1]
			written := map[string]bool{}
			for _, d := range []Doc{full, one} {
				q := newQuads(d.Doc)
				before := len(q.list)
				k.Quads(q, d)
				for _, x := range q.list[before:] {
					written[iriString(x.Predicate)] = true
					if iriString(x.Predicate) == schema.PredType {
						written[iriString(x.Object)] = true
					}
				}
			}
			d := full
			declared := append(slices.Clone(k.Classes), k.Predicates...)
			for term := range written {
				if !slices.Contains(declared, term) && !slices.Contains(shared, term) {
					t.Errorf("writes %s, which it does not declare", term)
				}
			}
			for _, term := range declared {
				if !written[term] {
					t.Errorf("declares %s but writes none", term)
				}
			}
			if k.Count(d.Facts) == 0 {
				t.Errorf("Count = 0 for a document with facts of the kind")
			}
		})
	}
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

func TestScript(t *testing.T) {
	got := Script([]Set{{Class: schema.ClassVisit, Evidence: true, Fields: []Field{
		{Tag: "date", Save: schema.PredDate},
		{Tag: "city", Path: []Hop{Out(schema.PredHeldIn)}, Save: schema.PredName},
		{Tag: "doc", Path: []Hop{In(schema.PredReports)}},
	}}})
	for _, line := range []string{
		`var s0 = function() { return g.V("<dg:Visit>").Tag("class").In("<rdf:type>").Tag("node") }`,
		`s0().Save("<dg:date>", "date").All()`,
		`s0().Out("<dg:held-in>").Save("<dg:name>", "city").All()`,
		`s0().In("<dg:reports>").Tag("doc").All()`,
		`s0().Out("<dg:evidence>").Save("<dg:text>", "evidence").Out("<dg:in-document>").Tag("evidence_doc").All()`,
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("script lacks %s:\n%s", line, got)
		}
	}
}

func TestRecords(t *testing.T) {
	rs := NewRecords()
	doc := func(iri, file, title string) {
		rs.AddRow(map[string]string{"class": schema.ClassDocument, "node": iri, "file": file})
		if title != "" {
			rs.AddRow(map[string]string{"class": schema.ClassDocument, "node": iri, "title": title})
		}
	}
	doc("urn:d:b", "b.txt", "Talks in Oslo")
	doc("urn:d:a", "a.txt", "")
	m := func(tag, v string) {
		rs.AddRow(map[string]string{"class": schema.ClassMeeting, "node": "urn:m", tag: v, "id": "urn:end"})
	}
	m("date", "2023-05")
	m("date", "2023-05-02")
	m("date", "2023-05-02")
	m("doc", "urn:d:b")
	rs.AddRow(map[string]string{"class": schema.ClassMeeting, "node": "urn:m", "evidence": "They met.", "evidence_doc": "urn:d:a"})
	rs.AddRow(map[string]string{"class": schema.ClassMeeting, "node": "urn:m", "evidence": "They met.", "evidence_doc": "urn:d:a"})
	rs.Finish()
	r := rs.Get(schema.ClassMeeting, "urn:m")
	if r == nil {
		t.Fatal("no record")
	}
	if got := r.Values("date"); !slices.Equal(got, []string{"2023-05", "2023-05-02"}) || r.Count("date", "2023-05-02") != 2 {
		t.Errorf("dates %v counts %d", got, r.Count("date", "2023-05-02"))
	}
	if r.Values("id") != nil {
		t.Error("the row's end vertex was taken for a field")
	}
	if len(r.Evidence) != 1 || r.Evidence[0].Doc != "a.txt" || r.Evidence[0].Title != "" {
		t.Errorf("evidence %+v", r.Evidence)
	}
	docs := rs.Docs(r, "doc")
	if len(docs) != 2 || docs[0].File != "a.txt" || docs[1].Label() != "Talks in Oslo" || docs[0].Label() != "a.txt" {
		t.Errorf("docs %+v", docs)
	}
}

func TestDocLabel(t *testing.T) {
	for _, tt := range []struct {
		d    DocRef
		want string
	}{
		{DocRef{File: "a.txt", Title: "Talks\nin Oslo"}, "Talks in Oslo"},
		{DocRef{File: "a.txt", Source: "Example Wire", Published: "2023-05-02"}, "Example Wire, 2023-05-02"},
		{DocRef{File: "a.txt", Source: "Example Wire"}, "Example Wire"},
		{DocRef{File: "0a1b2c.txt"}, "0a1b2c.txt"},
	} {
		if got := tt.d.Label(); got != tt.want {
			t.Errorf("Label(%+v) = %q, want %q", tt.d, got, tt.want)
		}
	}
	long := DocRef{Title: strings.Repeat("word ", 40)}
	if cell := DocCell([]DocRef{long}); len([]rune(cell)) > labelWidth {
		t.Errorf("a long title fills %d runes of a cell", len([]rune(cell)))
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Where was Özkan?":  "where was ozkan",
		"co-chairs, please": "co-chairs please",
		"Jonas Støre’s":     "jonas store's",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGoldFields checks that every field a scored question's gold
// declaration names (to match, grade, show and find its facts) is a field
// of its answers as `ask --json --evidence` prints them: a misspelt field
// would silently match nothing, or show nothing.
func TestGoldFields(t *testing.T) {
	for _, q := range Scored() {
		t.Run(q.Name, func(t *testing.T) {
			b, err := json.Marshal(q.Shape.JSON(true))
			if err != nil {
				t.Fatal(err)
			}
			var fields map[string]any
			if err := json.Unmarshal(b, &fields); err != nil {
				t.Fatalf("answers are not objects with evidence: %s", b)
			}
			g := q.Gold
			var named []string
			for _, c := range slices.Concat(g.Match, g.Accuracy, g.Near.By) {
				named = append(named, c.Field)
			}
			for _, p := range g.Summary {
				named = append(named, p.Field)
			}
			for _, c := range g.Locate {
				if c.Field != "" {
					named = append(named, c.Field)
				}
			}
			for _, f := range named {
				if _, ok := fields[f]; !ok {
					t.Errorf("names field %q; answers have %v", f, slices.Sorted(maps.Keys(fields)))
				}
			}
		})
	}
}

func TestValidateGold(t *testing.T) {
	for name, g := range map[string]Gold{
		"no summary":       {Key: "x", Match: []Compare{{Field: "a", By: Equal}}, Near: Near{By: []Compare{{Field: "a", By: Equal}}}, Locate: []Cue{{Field: "a", Find: FindWords}}},
		"no near":          {Key: "x", Match: []Compare{{Field: "a", By: Equal}}, Summary: []Part{{Field: "a"}}, Locate: []Cue{{Field: "a", Find: FindWords}}},
		"a cue of nothing": {Key: "x", Pairs: true, Summary: []Part{{Field: "a"}}, Locate: []Cue{{Find: FindWords}}},
		"words and field":  {Key: "x", Pairs: true, Summary: []Part{{Field: "a"}}, Locate: []Cue{{Field: "a", Find: FindWord, Words: []string{"w"}}}},
	} {
		if err := validateGold(&g); err == nil {
			t.Errorf("%s: validateGold accepted it", name)
		}
	}
	for _, q := range Scored() {
		if err := validateGold(q.Gold); err != nil {
			t.Errorf("%s: %v", q.Name, err)
		}
	}
}

func TestFormatFigure(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{25.5e9, "USD", "25.5 bn USD"},
		{1500, "jobs", "1,500 jobs"},
		{7, "percent", "7%"},
		{3.25e12, "RUB", "3.25 tn RUB"},
		{-2e6, "", "-2 mn"},
		{32, "projects", "32 projects"},
	}
	for _, tt := range tests {
		if got := FormatFigure(tt.v, tt.unit); got != tt.want {
			t.Errorf("FormatFigure(%v, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

// TestNameFields checks each question's Names against the keys its JSON
// answers have, at any depth (a conflict's two claims hold speakers).
func TestNameFields(t *testing.T) {
	for _, q := range Questions() {
		b, err := json.Marshal(q.Shape.JSON(true))
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		keys := map[string]bool{}
		var walk func(any)
		walk = func(v any) {
			if m, ok := v.(map[string]any); ok {
				for k, x := range m {
					keys[k] = true
					walk(x)
				}
			}
		}
		walk(v)
		if len(q.Names) == 0 {
			t.Errorf("%s: no Names: its answers name no one a page could link", q.Name)
		}
		for _, f := range q.Names {
			if !keys[f] {
				t.Errorf("%s: Names lists %q, which its answers lack (%s)", q.Name, f, b)
			}
		}
	}
}
