package main

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestQueryTimeout(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	if code := e.run("query", "while(true){}", "--timeout", "200ms"); code != 1 {
		t.Fatalf("runaway query: exit %d, want 1", code)
	}
	if !strings.Contains(e.stderr.String(), "timed out") || !strings.Contains(e.stderr.String(), "200ms") {
		t.Errorf("unclear timeout message: %s", e.stderr.String())
	}
}

func TestQuery(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	q := `g.V("<dg:Person>").Tag("c").In("<rdf:type>").Out("<dg:name>").Unique().All()`
	var res []map[string]interface{}
	if err := json.Unmarshal([]byte(e.ok("query", "--json", q)), &res); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range res {
		names = append(names, r["id"].(string))
	}
	if got := strings.Join(names, ","); !strings.Contains(got, "Lars Hovden") || len(names) != 3 {
		t.Errorf("people: %v", names)
	}
	if out := e.ok("query", "--limit", "1", q); len(strings.Split(strings.TrimSpace(out), "\n")) != 2 {
		t.Errorf("--limit 1 should print a header and one row:\n%s", out)
	}
	e.stdin = q
	if out := e.ok("query", "-"); !strings.Contains(out, "Ingrid Solvang") {
		t.Errorf("query from stdin:\n%s", out)
	}
	if code := e.run("query", "g.V(.All("); code != 1 {
		t.Errorf("syntax error: exit %d, want 1", code)
	}
}
