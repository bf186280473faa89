package eval

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/diff/want.txt from the current output")

// diffCase loads testdata/diff: invented documents, gold facts, answers in
// the `ask --json --evidence` shape, and one undated meeting the answers
// left out.
func diffCase(t *testing.T) (map[string]interface{}, map[string][]interface{}, []Source, map[string][]interface{}) {
	t.Helper()
	dir := filepath.Join("testdata", "diff")
	gold, err := LoadGold(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	answers, notes := LoadAnswers(filepath.Join(dir, "answers"))
	if len(notes) > 0 {
		t.Fatalf("answers: %v", notes)
	}
	var sources []Source
	for _, name := range []string{"a.txt", "b.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, "docs", name))
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, Source{Name: name, Text: string(b)})
	}
	b, err := os.ReadFile(filepath.Join(dir, "withheld-meetings.json"))
	if err != nil {
		t.Fatal(err)
	}
	var withheld []interface{}
	if err := json.Unmarshal(b, &withheld); err != nil {
		t.Fatal(err)
	}
	return gold, answers, sources, map[string][]interface{}{"meetings": withheld}
}

// TestDiffCountsAreTheScores checks the diff's promise: per question, the
// gold facts listed as missed (alone or in a near pair) are those recall
// counts as missed, and the answers listed as extra (alone or in a near
// pair) those precision counts as wrong.
func TestDiffCountsAreTheScores(t *testing.T) {
	gold, answers, sources, withheld := diffCase(t)
	for _, opts := range []Options{{}, {Withheld: withheld}} {
		d := Compare(gold, answers, sources, opts)
		missed, extra := map[string]int{}, map[string]int{}
		for _, dd := range d.Docs {
			for _, e := range dd.Missed {
				missed[e.Question]++
			}
			for _, e := range dd.Extra {
				extra[e.Question]++
			}
			for _, n := range dd.Near {
				missed[n.Gold.Question]++
				if !n.Withheld {
					extra[n.Got.Question]++
				}
			}
		}
		for _, q := range d.Result.Questions {
			name := QuestionOf(q.Category)
			wantMissed := q.Gold - int(q.R*float64(q.Gold)+0.5)
			wantExtra := q.Sys - int(q.P*float64(q.Sys)+0.5)
			if missed[name] != wantMissed || extra[name] != wantExtra {
				t.Errorf("withheld=%v %s: diff lists %d missed and %d extra, the score counts %d and %d",
					opts.Withheld != nil, name, missed[name], extra[name], wantMissed, wantExtra)
			}
		}
	}
}

func TestDiffScoresLikeScore(t *testing.T) {
	gold, answers, sources, withheld := diffCase(t)
	var a, b strings.Builder
	if err := Score(gold, answers).Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := Compare(gold, answers, sources, Options{Withheld: withheld}).Result.Write(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("Compare scores\n%s\nScore scores\n%s", b.String(), a.String())
	}
}

// find returns the near pair of question q in doc, or fails.
func findNear(t *testing.T, d Diff, doc, q string) Near {
	t.Helper()
	for _, dd := range d.Docs {
		if dd.Doc != doc {
			continue
		}
		for _, n := range dd.Near {
			if n.Gold.Question == q {
				return n
			}
		}
	}
	t.Fatalf("no near %s in %s: %+v", q, doc, d.Docs)
	return Near{}
}

func TestDiffNearMisses(t *testing.T) {
	gold, answers, sources, withheld := diffCase(t)
	d := Compare(gold, answers, sources, Options{Withheld: withheld})
	tests := []struct {
		doc, question string
		differs       []string // substrings of Differs, in order
	}{
		{"a.txt", "roles", []string{`country "Chile", gold "Norway"`}},
		{"a.txt", "claims", []string{`speaker (none), gold "Ingrid Solvang"`}},
		{"a.txt", "co-chairs", []string{`commission "Commission"`, "distinctive words missing: aquaculture chile fisheries norway"}},
		{"b.txt", "partners", []string{`pair "Norway" - "Sweden", gold "Norway" - "Poland"`}},
		{"a.txt", "commitments", []string{"40% of the gold text's 5 content words", "missing: joint montt puerto"}},
		{"b.txt", "meetings", []string{`city "Oslo", gold "Bergen"`, `date (none), gold "2024-05-12"`, "left out of the answers"}},
	}
	for _, tt := range tests {
		n := findNear(t, d, tt.doc, tt.question)
		got := strings.Join(n.Differs, "\n")
		for _, want := range tt.differs {
			if !strings.Contains(got, want) {
				t.Errorf("%s %s: differs\n%s\nwant it to say %q", tt.doc, tt.question, got, want)
			}
		}
		if len(n.Got.Evidence) == 0 || n.Got.Evidence[0].Sentence == "" {
			t.Errorf("%s %s: the answer's evidence is lost: %+v", tt.doc, tt.question, n.Got)
		}
		if m, ok := n.Got.Fact.(map[string]interface{}); ok && m["evidence"] != nil {
			t.Errorf("%s %s: the fact shown still carries its evidence", tt.doc, tt.question)
		}
	}
	if n := findNear(t, d, "b.txt", "meetings"); !n.Withheld {
		t.Errorf("the undated meeting is not marked withheld")
	}
}

// TestDiffLocatesGoldSentences checks that a gold fact without evidence of
// its own is shown with the sentence that states it, in the right document.
func TestDiffLocatesGoldSentences(t *testing.T) {
	gold, answers, sources, _ := diffCase(t)
	d := Compare(gold, answers, sources, Options{})
	want := map[string]struct{ doc, sentence string }{
		// no answer: the gold meeting in b.txt is missed outright without the withheld one
		"meetings": {"b.txt", "received Polish Deputy Prime Minister Hana Kowal in Bergen"},
		// a role names no document: found where the person's name and office are
		"roles": {"b.txt", "Polish Deputy Prime Minister Hana Kowal"},
		// a claim is found by its figure and speaker
		"claims": {"b.txt", "Kowal said bilateral trade grew by 8 percent."},
	}
	seen := map[string]bool{}
	for _, dd := range d.Docs {
		for _, e := range dd.Missed {
			w, ok := want[e.Question]
			if !ok || len(e.Evidence) == 0 {
				continue
			}
			ev := e.Evidence[0]
			if ev.Doc == w.doc && strings.Contains(ev.Sentence, w.sentence) && ev.Located {
				seen[e.Question] = true
			}
			if dd.Doc != ev.Doc {
				t.Errorf("%s: listed under %s but found in %s", e.Text, dd.Doc, ev.Doc)
			}
		}
	}
	for q, w := range want {
		if !seen[q] {
			t.Errorf("missed %s: want it found in %s as %q; diff: %+v", q, w.doc, w.sentence, d.Docs)
		}
	}
}

// TestDiffCountryForms checks that a pair of partners is found by the
// countries' adjectives when the caller knows them.
func TestDiffCountryForms(t *testing.T) {
	gold := map[string]interface{}{"partners": []interface{}{[]interface{}{"Chile", "Norway"}}}
	sources := []Source{
		{Name: "x.txt", Text: "Chile and Peru signed a treaty. Norway was not there."},
		{Name: "y.txt", Text: "The talks opened. Chilean-Norwegian cooperation is growing, the minister said."},
	}
	forms := func(c string) []string {
		return map[string][]string{"Chile": {"Chilean"}, "Norway": {"Norwegian"}}[c]
	}
	d := Compare(gold, nil, sources, Options{CountryForms: forms})
	if len(d.Docs) != 1 || len(d.Docs[0].Missed) != 1 {
		t.Fatalf("want one missed pair, got %+v", d.Docs)
	}
	ev := d.Docs[0].Missed[0].Evidence
	if d.Docs[0].Doc != "y.txt" || len(ev) != 1 || !strings.HasPrefix(ev[0].Sentence, "Chilean-Norwegian") {
		t.Errorf("want the pair found in y.txt's second sentence, got %s %+v", d.Docs[0].Doc, ev)
	}
}

func TestDiffQuestionsFilter(t *testing.T) {
	gold, answers, sources, _ := diffCase(t)
	d := Compare(gold, answers, sources, Options{Questions: []string{"co-chairs", "partners"}})
	for _, dd := range d.Docs {
		for _, e := range dd.Missed {
			t.Errorf("listed a missed %s with a filter on co-chairs and partners", e.Question)
		}
		for _, e := range dd.Extra {
			t.Errorf("listed an extra %s with a filter on co-chairs and partners", e.Question)
		}
		for _, n := range dd.Near {
			if n.Gold.Question != "co-chairs" && n.Gold.Question != "partners" {
				t.Errorf("listed a near %s with a filter on co-chairs and partners", n.Gold.Question)
			}
		}
	}
	if len(d.Result.Questions) != 6 {
		t.Errorf("the filter changed the scores: %d questions", len(d.Result.Questions))
	}
}

func TestDiffBothEmpty(t *testing.T) {
	got := differs("meetings",
		map[string]interface{}{"city": "", "date": "", "participants": []interface{}{"Hana Kowal"}},
		map[string]interface{}{"city": "", "date": "", "participants": []interface{}{"Kowal"}})
	want := "city empty on both sides (an empty city never matches)|date empty on both sides (an empty date never matches)"
	if strings.Join(got, "|") != want {
		t.Errorf("differs = %q, want %q", got, want)
	}
}

func TestDiffNoDifferences(t *testing.T) {
	gold := map[string]interface{}{
		"documents": []interface{}{"x.txt"},
		"partners":  []interface{}{[]interface{}{"Chile", "Norway"}},
	}
	answers := map[string][]interface{}{"partners": {[]interface{}{"Norway", "Chile"}}}
	d := Compare(gold, answers, nil, Options{})
	if len(d.Docs) != 0 || d.Clean != 1 {
		t.Errorf("want no differences and one clean document, got %+v (clean %d)", d.Docs, d.Clean)
	}
	var b strings.Builder
	if err := d.Write(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "0 documents with differences, 1 without") {
		t.Errorf("output starts %q", b.String())
	}
}

// TestDiffOutput is the printed form, kept as a golden file (go test
// ./eval -run TestDiffOutput -update rewrites it).
func TestDiffOutput(t *testing.T) {
	gold, answers, sources, withheld := diffCase(t)
	var b strings.Builder
	if err := Compare(gold, answers, sources, Options{Withheld: withheld}).Write(&b); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "diff", "want.txt")
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("got\n%s\nwant (%s)\n%s", b.String(), path, want)
	}
}

func TestSplitSentences(t *testing.T) {
	got := splitSentences("Mr. Aravena met Dr. Solvang in the U.S. capital. They spoke. \"Good,\" he said!\nNew line here")
	want := []string{"Mr. Aravena met Dr. Solvang in the U.S. capital.", "They spoke.", "\"Good,\" he said!", "New line here"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestFigures(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"reached $1.2 billion", 1.2e9},
		{"grew by 8 percent", 8},
		{"2,900 contracts", 2900},
		{"USD 3.5bn", 3.5e9},
		{"45 bln roubles", 45e9},
	}
	for _, tt := range tests {
		found := false
		for _, x := range figures(tt.in) {
			if ValueEq(x, tt.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("figures(%q) = %v, want %v among them", tt.in, figures(tt.in), tt.want)
		}
	}
}
