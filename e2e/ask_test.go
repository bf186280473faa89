package e2e

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// goldFields are the fields of each named question's JSON answer, exactly as
// ../shared/gold/FORMAT.md gives them, so that the answers can be scored.
var goldFields = map[string][]string{
	"meetings":    {"city", "country", "date", "docs", "occasion", "participants"},
	"roles":       {"country", "person", "role"},
	"claims":      {"change_pct", "doc", "metric", "period", "speaker", "unit", "value"},
	"co-chairs":   {"commission", "country", "person"},
	"commitments": {"doc", "due", "parties", "status", "text"},
}

var namedQuestions = []string{"meetings", "roles", "claims", "co-chairs", "partners", "commitments", "conflicts"}

func TestAskJSONHasGoldFields(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	for _, q := range []string{"meetings", "roles", "claims", "co-chairs", "partners", "commitments"} {
		t.Run(q, func(t *testing.T) {
			s := s
			s.t = t
			answer := s.askJSON(q)
			if len(answer) == 0 {
				t.Fatalf("ask %s --json: empty answer on the demo corpus, which has facts of every kind", q)
			}
			for i, item := range answer {
				if q == "partners" {
					pair, ok := item.([]any)
					if !ok || len(pair) != 2 {
						t.Fatalf("partners[%d] = %v, want a two-element array of country names", i, item)
					}
					for _, c := range pair {
						if name, ok := c.(string); !ok || name == "" {
							t.Fatalf("partners[%d] = %v, want two country names", i, item)
						}
					}
					continue
				}
				obj, ok := item.(map[string]any)
				if !ok {
					t.Fatalf("%s[%d] = %v, want an object", q, i, item)
				}
				var keys []string
				for k := range obj {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				if !reflect.DeepEqual(keys, goldFields[q]) {
					t.Fatalf("%s[%d] has fields %v, want exactly %v (FORMAT.md)", q, i, keys, goldFields[q])
				}
			}
		})
	}
}

func TestAskCoChairsInPlainEnglish(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	answer := s.askJSON("who co-chaired which commission")
	found := map[string]bool{}
	for _, item := range answer {
		obj, _ := item.(map[string]any)
		person, _ := obj["person"].(string)
		commission, _ := obj["commission"].(string)
		for _, want := range []string{"Overchuk", "Borisov"} {
			if strings.Contains(person, want) {
				if !strings.Contains(strings.ToLower(commission), "commission") {
					t.Errorf("%s co-chairs %q, want a commission's name", person, commission)
				}
				found[want] = true
			}
		}
	}
	for _, want := range []string{"Overchuk", "Borisov"} {
		if !found[want] {
			t.Errorf("ask \"who co-chaired which commission\" does not name %s, a co-chair in the demo corpus:\n%v", want, answer)
		}
	}
	// The plain-English question is read as the named one.
	if named := s.askJSON("co-chairs"); !sameJSONSet(answer, named) {
		t.Errorf("plain-English answer differs from ask co-chairs:\n%v\n%v", answer, named)
	}
	// Without --json the answer is a table that still names both.
	table := s.ok("ask", "who co-chaired which commission")
	for _, want := range []string{"Overchuk", "Borisov"} {
		if !strings.Contains(table, want) {
			t.Errorf("table answer does not name %s:\n%s", want, table)
		}
	}
}

func TestAskPlainEnglishWithNames(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	tests := []struct {
		question string
		want     string // must appear in the table answer
	}{
		{"where was Mishustin", "Almaty"},
		{"who attended which meeting", "Smailov"},
		{"what figures did Smailov claim", "Smailov"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			s := s
			s.t = t
			out := s.ok("ask", tt.question)
			if !strings.Contains(out, tt.want) {
				t.Errorf("ask %q does not mention %s:\n%s", tt.question, tt.want, clip(out))
			}
		})
	}

	// Every figure "what figures did Smailov claim" returns is his, and the
	// demo's headline trade figure is among them.
	claims := s.askJSON("what figures did Smailov claim")
	if len(claims) == 0 {
		t.Fatal("no claims for Smailov in the demo corpus")
	}
	trade := false
	for _, c := range claims {
		obj, _ := c.(map[string]any)
		if sp, _ := obj["speaker"].(string); !strings.Contains(sp, "Smailov") {
			t.Errorf("claim by %q in the answer for Smailov: %v", sp, obj)
		}
		if v, ok := obj["value"].(float64); ok && math.Abs(v-24e9) <= 0.01*24e9 {
			trade = true
		}
	}
	if !trade {
		t.Errorf("the $24 billion trade figure Smailov stated is missing: %v", claims)
	}
}

func TestAskList(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	out := s.ok("ask", "--list")
	for _, q := range namedQuestions {
		re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(q) + `\s+\S+`)
		if !re.MatchString(out) {
			t.Errorf("ask --list has no line for %s with a description:\n%s", q, out)
		}
	}
}

func TestAskConflictsRuns(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	answer := s.askJSON("conflicts")
	for i, item := range answer {
		if _, ok := item.(map[string]any); !ok {
			t.Fatalf("conflicts[%d] = %v, want an object", i, item)
		}
	}
}

func TestEveryCommandHasHelpWithExample(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range []string{"build", "extract", "load", "query", "ask", "export", "eval"} {
		t.Run(cmd, func(t *testing.T) {
			res := run(t, dir, cmd, "--help")
			if res.code != 0 {
				t.Fatalf("want exit 0:\n%s", res)
			}
			if !strings.Contains(res.stdout, "Example") {
				t.Errorf("%s --help shows no example:\n%s", cmd, res.stdout)
			}
		})
	}
}

// sameJSONSet reports whether two JSON arrays hold the same elements in any order.
func sameJSONSet(a, b []any) bool {
	return reflect.DeepEqual(canonical(a), canonical(b))
}

func canonical(items []any) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		data, _ := json.Marshal(it) // map keys are sorted by encoding/json
		out = append(out, string(data))
	}
	sort.Strings(out)
	return out
}

// TestAskKeepsMarkupShapedNames builds a document whose title and source
// read like IRIs in N-Quads ("<b>...</b>") and checks that `ask --json
// --evidence` and the table give them as written: the question path reads
// values typed, so a literal is never unwrapped as if it were an IRI.
func TestAskKeepsMarkupShapedNames(t *testing.T) {
	s := newBoltStore(t)
	doc := filepath.Join(s.dir, "talks.md")
	text := "---\ntitle: \"<b>Talks in Oslo</b>\"\nsource: \"<Example Wire>\"\ndate: 2023-05-04\n---\n" +
		"OSLO, 3 May 2023 – Norwegian Prime Minister Ingrid Solvang met Chilean Foreign Minister Tomás Aravena in Oslo on 3 May 2023.\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	s.build(doc)
	out := s.ok("ask", "meetings", "--json", "--evidence")
	var answer []struct {
		Evidence []struct {
			Title, Source string
		}
	}
	if err := json.Unmarshal([]byte(out), &answer); err != nil {
		t.Fatalf("ask meetings --json --evidence: %v\n%s", err, clip(out))
	}
	if len(answer) != 1 || len(answer[0].Evidence) == 0 {
		t.Fatalf("want one meeting with evidence, got\n%s", clip(out))
	}
	if ev := answer[0].Evidence[0]; ev.Title != "<b>Talks in Oslo</b>" || ev.Source != "<Example Wire>" {
		t.Errorf("evidence title %q, source %q; want them as the front matter writes them", ev.Title, ev.Source)
	}
	if table := s.ok("ask", "meetings"); !strings.Contains(table, "<b>Talks in Oslo</b>") {
		t.Errorf("the table shows the document otherwise:\n%s", table)
	}
}
