package e2e

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Forgetting a document, or pruning one whose file is gone, leaves the
// graph a build of the remaining documents gives, and forgetting a
// document the store does not hold says so.
func TestForgetAndPrune(t *testing.T) {
	files := generated(t, 40<<10, 9)
	keep, drop := files[:len(files)-3], files[len(files)-3:]
	rest := newBoltStore(t)
	rest.build(linkDir(t, keep))
	want := rest.quads()

	t.Run("forget", func(t *testing.T) {
		s := newBoltStore(t)
		s.build(linkDir(t, files))
		out := s.ok(append([]string{"forget"}, drop[0], filepath.Base(drop[1]), drop[2])...)
		if !strings.Contains(out, "forgot 3 documents") {
			t.Errorf("forget said:\n%s", out)
		}
		if got := s.quads(); !reflect.DeepEqual(got, want) {
			added, removed := diff(want, got)
			t.Errorf("after forget: %d extra quads %v, %d missing %v", len(added), head(added), len(removed), head(removed))
		}
		res := s.run("forget", "no-such-report.txt")
		if res.code != 1 || !strings.Contains(res.stderr, "not in the store: no-such-report.txt") {
			t.Errorf("forgetting a document the store lacks:\n%s", res)
		}
	})

	t.Run("build --prune", func(t *testing.T) {
		dir := t.TempDir()
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		s := newBoltStore(t)
		s.build(dir)
		for _, f := range drop {
			os.Remove(filepath.Join(dir, filepath.Base(f)))
		}
		res := s.run("build", "--prune", dir)
		if res.code != 0 || !strings.Contains(res.stdout, "3 pruned") || !strings.Contains(res.stderr, "pruned: "+filepath.Base(drop[0])) {
			t.Errorf("build --prune:\n%s", res)
		}
		if got := s.quads(); !reflect.DeepEqual(got, want) {
			added, removed := diff(want, got)
			t.Errorf("after build --prune: %d extra quads %v, %d missing %v", len(added), head(added), len(removed), head(removed))
		}
	})
}
