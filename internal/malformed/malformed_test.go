package malformed

import (
	"bytes"
	"strings"
	"testing"
)

// The generator is deterministic, its case names are unique, and every
// family is there in the numbers the suite promises.
func TestAllIsDeterministicAndNamed(t *testing.T) {
	a, b := All(1), All(1)
	if len(a) < 250 {
		t.Errorf("%d cases, want a few hundred", len(a))
	}
	names := map[string]bool{}
	files := map[string]bool{}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) || a[i].Question != b[i].Question {
			t.Fatalf("case %d differs between two runs with one seed", i)
		}
		if names[a[i].Name] {
			t.Errorf("case name %s repeats", a[i].Name)
		}
		names[a[i].Name] = true
		if a[i].File != "" {
			if files[a[i].File] {
				t.Errorf("file name %s repeats", a[i].File)
			}
			files[a[i].File] = true
		}
	}
	for _, family := range []string{"random-bytes/", "truncated-utf8/", "nul/", "huge-line/", "yaml-bomb/", "yaml-deep/",
		"jsonl-line/", "absurd-number/", "impossible-date/", "many-names/", "invisible/", "line-endings/", "terminal-escape/",
		"nquads-bad/", "nquads-mutated/", "question/"} {
		found := false
		for n := range names {
			found = found || strings.HasPrefix(n, family)
		}
		if !found {
			t.Errorf("no %s cases", family)
		}
	}
	if c := All(2); bytes.Equal(c[0].Data, a[0].Data) {
		t.Errorf("another seed gives the same random bytes")
	}
}
