// Package golden compares test output with golden files under testdata and
// shows what changed as a line diff. It is used by tests only.
package golden

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check compares got with the golden file at path, or rewrites the file
// when update is set. On a difference it prints the changed lines.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (rerun the test with -update to write it)", err)
	}
	if string(want) != got {
		t.Errorf("output differs from %s (- golden, + now; rerun with -update once the change is reviewed):\n%s", path, Diff(string(want), got))
	}
}

// Diff lists the lines only in a (-) and only in b (+), in order, each
// change after the unchanged line before it. It is an LCS over lines,
// quadratic, which suits golden files of a few thousand lines.
func Diff(a, b string) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// lcs[i][j] is the length of the longest common subsequence of x[i:], y[j:]
	lcs := make([][]int32, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out strings.Builder
	i, j, last := 0, 0, ""
	inChange := false
	for i < len(x) || j < len(y) {
		if i < len(x) && j < len(y) && x[i] == y[j] {
			last, inChange = x[i], false
			i++
			j++
			continue
		}
		if !inChange && last != "" {
			fmt.Fprintf(&out, "  %s\n", last)
		}
		inChange = true
		if j < len(y) && (i == len(x) || lcs[i][j+1] >= lcs[i+1][j]) {
			fmt.Fprintf(&out, "+ %s\n", y[j])
			j++
		} else {
			fmt.Fprintf(&out, "- %s\n", x[i])
			i++
		}
	}
	return out.String()
}
