package main

import (
	"reflect"
	"sort"
	"strings"
	"testing"
)

func keys(m map[string]interface{}) []string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	sort.Strings(k)
	return k
}

func TestAskJSONFieldsAreTheGoldFormat(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	want := map[string][]string{
		"meetings":    {"city", "country", "date", "docs", "occasion", "participants"},
		"roles":       {"country", "person", "role"},
		"claims":      {"change_pct", "doc", "metric", "period", "speaker", "unit", "value"},
		"co-chairs":   {"commission", "country", "person"},
		"commitments": {"doc", "due", "parties", "status", "text"},
		"conflicts":   {"a", "b", "metric", "period"},
	}
	for q, fields := range want {
		got := e.askJSON(q)
		if len(got) == 0 {
			t.Errorf("ask %s: empty", q)
			continue
		}
		if k := keys(got[0]); !reflect.DeepEqual(k, fields) {
			t.Errorf("ask %s --json fields %v, want %v", q, k, fields)
		}
	}
	out := e.ok("ask", "partners", "--json")
	if strings.Join(strings.Fields(out), "") != `[["Chile","Norway"]]` {
		t.Errorf("partners --json = %s", out)
	}
	ev := e.askJSON("meetings", "--evidence")
	if _, ok := ev[0]["evidence"]; !ok {
		t.Errorf("--evidence adds no evidence field: %v", ev[0])
	}
	if _, ok := e.askJSON("meetings")[0]["evidence"]; ok {
		t.Error("evidence field present without --evidence")
	}
}

func TestAskAnswers(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	m := e.askJSON("who attended which meeting")
	if len(m) != 1 || m[0]["date"] != "2021-03-03" || m[0]["city"] != "Oslo" || len(m[0]["docs"].([]interface{})) != 2 {
		t.Errorf("one Oslo meeting on 2021-03-03 reported by both documents, got %v", m)
	}
	if got := e.askJSON("where was aravena"); len(got) != 1 {
		t.Errorf("where was aravena: %v", got)
	}
	if got := e.askJSON("where was Hovden"); len(got) != 0 {
		t.Errorf("Hovden attended no meeting, got %v", got)
	}
	claims := e.askJSON("what figures did Solvang claim")
	if len(claims) != 1 || claims[0]["speaker"] != "Ingrid Solvang" || claims[0]["value"] != 1.2e9 {
		t.Errorf("Solvang's figures: %v", claims)
	}
	cc := e.askJSON("who co-chaired which commission")
	if len(cc) != 1 || cc[0]["person"] != "Lars Hovden" {
		t.Errorf("co-chairs: %v", cc)
	}
	roles := e.askJSON("who is the prime minister of Norway")
	if len(roles) != 1 || roles[0]["person"] != "Ingrid Solvang" {
		t.Errorf("prime minister of Norway: %v", roles)
	}
	if code := e.run("ask", "where was Zabrowski"); code != 1 || !strings.Contains(e.stderr.String(), "Zabrowski") {
		t.Errorf("unknown person: exit %d\n%s", code, e.stderr.String())
	}
	if code := e.run("ask", "what is the weather"); code != 1 || !strings.Contains(e.stderr.String(), "co-chairs") {
		t.Errorf("unknown question: exit %d, want 1 and the known questions\n%s", code, e.stderr.String())
	}
}

// A visit two documents report, one with the day and the city, the other
// with the month only, is one answer, from a real store.
func TestAskVisits(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	want := `[{"visitor":"Tomás Aravena","host":"Norway","city":"Oslo","date":"2021-03-03","docs":["visit-a.txt","visit-b.md"]}]`
	for _, question := range []string{"visits", "when did Aravena visit Norway"} {
		out := e.ok("ask", question, "--json")
		if got := strings.Join(strings.Fields(out), ""); got != strings.Join(strings.Fields(want), "") {
			t.Errorf("ask %q --json = %s, want %s", question, out, want)
		}
	}
	if got := e.askJSON("who visited Chile"); len(got) != 0 {
		t.Errorf("no one visited Chile, got %v", got)
	}
	table := e.ok("ask", "visits")
	if lines := strings.Split(strings.TrimSpace(table), "\n"); len(lines) != 2 || !strings.HasPrefix(lines[0], "DATE") ||
		!strings.Contains(lines[1], "visit-a.txt; Talks in Oslo") {
		t.Errorf("visits table:\n%s", table)
	}
	ev := e.askJSON("visits", "--evidence")
	if sources, _ := ev[0]["evidence"].([]any); len(sources) != 2 {
		t.Errorf("visits --evidence: %v", ev)
	}
}

func TestAskTable(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	out := e.ok("ask", "co-chairs")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "PERSON") || !strings.Contains(lines[1], "Lars Hovden") {
		t.Fatalf("table:\n%s", out)
	}
	// aligned: the second column starts at the same offset on every line
	if strings.Index(lines[0], "COMMISSION") != strings.Index(lines[1], "Joint") {
		t.Errorf("columns not aligned:\n%s", out)
	}
	out = e.ok("ask", "meetings", "--evidence")
	if !strings.Contains(out, "EVIDENCE") || !strings.Contains(out, "[Talks in Oslo] The two ministers met in Oslo in March.") {
		t.Errorf("--evidence table:\n%s", out)
	}
	// Documents are shown by title where they have one, by file name where not.
	if !strings.Contains(out, "visit-a.txt; Talks in Oslo") {
		t.Errorf("DOCS column does not show the titled document by its title:\n%s", out)
	}
	// --json keeps the gold format's file names, and adds the title to evidence.
	ev := e.askJSON("meetings", "--evidence")
	if docs := ev[0]["docs"].([]any); len(docs) != 2 || docs[1] != "visit-b.md" {
		t.Errorf("--json docs = %v, want the file names", docs)
	}
	var titled bool
	for _, x := range ev[0]["evidence"].([]any) {
		if m := x.(map[string]any); m["doc"] == "visit-b.md" && m["title"] == "Talks in Oslo" {
			titled = true
		}
	}
	if !titled {
		t.Errorf("--json evidence has no title: %v", ev[0]["evidence"])
	}
}

func TestAskList(t *testing.T) {
	e := newEnv(t, "memstore")
	out := e.ok("ask", "--list")
	for _, q := range []string{"meetings", "roles", "claims", "co-chairs", "partners", "commitments", "conflicts"} {
		found := false
		for _, line := range strings.Split(out, "\n") {
			if f := strings.Fields(line); len(f) > 1 && f[0] == q {
				found = true
			}
		}
		if !found {
			t.Errorf("ask --list has no line with a description for %s:\n%s", q, out)
		}
	}
}
