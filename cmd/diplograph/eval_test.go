package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDiff runs eval --diff on canned facts: what the scores count
// against the extractor is listed by document with its sentence, and the
// scores printed after the listing are eval's own.
func TestEvalDiff(t *testing.T) {
	e := newEnv(t, "memstore")
	docs := e.docs()
	gold := filepath.Join(e.dir, "gold.json")
	if err := os.WriteFile(gold, []byte(`{
 "documents": ["visit-a.txt", "visit-b.md"],
 "meetings": [{"docs": ["visit-a.txt"], "city": "Oslo", "country": "Norway", "date": "2021-03-03", "participants": ["Ingrid Solvang", "Tomas Aravena"], "occasion": ""}],
 "roles": [{"person": "Ingrid Solvang", "role": "Prime Minister", "country": "Norway"}, {"person": "Lars Hovden", "role": "Minister of Fisheries", "country": "Norway"}],
 "claims": [{"speaker": "Ingrid Solvang", "metric": "trade", "value": 1200000000, "unit": "USD", "period": "2020", "change_pct": 8, "doc": "visit-a.txt"}],
 "co_chairs": [{"person": "Lars Hovden", "commission": "Intergovernmental Commission on Salmon Farming", "country": "Norway"}],
 "partners": [["Chile", "Norway"]],
 "commitments": [{"parties": ["Norway", "Chile"], "text": "memorandum on salmon research", "status": "signed", "due": "", "doc": "visit-a.txt"}]
}`), 0o644); err != nil {
		t.Fatal(err)
	}
	plain := e.ok("eval", "--gold", gold, docs)
	out := e.ok("eval", "--diff", "--gold", gold, docs)
	if !strings.HasSuffix(out, plain) {
		t.Errorf("eval --diff does not end with eval's scores:\n%s\nwant the tail\n%s", out, plain)
	}
	for _, want := range []string{
		"== visit-a.txt:",
		"  [roles]\n    + Tomás Aravena: Minister of Foreign Affairs, Chile\n        evidence: \"Foreign Minister Tomás Aravena of Chile arrived.\"",
		"  [co-chairs]\n    ~ Lars Hovden: Joint Commission on Fisheries, for Norway\n        gold: Lars Hovden: Intergovernmental Commission on Salmon Farming, for Norway\n        differs: commission \"Joint Commission on Fisheries\", gold \"Intergovernmental Commission on Salmon Farming\" (distinctive words missing: farming salmon)",
		"== visit-b.md:",
		"  [claims]\n    + Tomás Aravena: trade turnover 1500000000 USD, period 2020\n        evidence: \"Aravena put trade at $1.5 billion in 2020.\"",
		"== (no document found):",
		"    - Lars Hovden: Minister of Fisheries, Norway\n        (no sentence found)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --diff lacks\n%s\nin\n%s", want, out)
		}
	}

	var v struct {
		Questions []struct{ Question string }
		Documents []struct {
			Doc    string
			Missed []struct{ Question, Text string }
			Near   []struct {
				Differs []string
			}
			Extra []struct {
				Question string
				Evidence []struct{ Doc, Sentence string }
			}
		}
		Clean int `json:"documents_without_differences"`
	}
	js := e.ok("eval", "--diff", "--json", "--question", "claims", "--gold", gold, docs)
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		t.Fatalf("eval --diff --json: %v\n%s", err, js)
	}
	if len(v.Questions) != 6 || len(v.Documents) != 1 || v.Documents[0].Doc != "visit-b.md" ||
		len(v.Documents[0].Extra) != 1 || v.Documents[0].Extra[0].Evidence[0].Sentence != "Aravena put trade at $1.5 billion in 2020." || v.Clean != 1 {
		t.Errorf("eval --diff --json --question claims: want six scores and visit-b.md's one extra claim with its sentence, got\n%s", js)
	}

	for _, bad := range [][]string{
		{"eval", "--question", "claims", "--gold", gold, docs},
		{"eval", "--diff", "--question", "visits", "--gold", gold, docs},
	} {
		if code := e.run(bad...); code != 2 {
			t.Errorf("diplograph %s: exit %d, want 2 (usage)", strings.Join(bad, " "), code)
		}
	}
}
