package e2e

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/bench/corpus"
)

// generated writes a corpus of invented documents (re-reports of the same
// meetings, conflicting figures) and returns its files, sorted.
func generated(t *testing.T, bytes int64, seed int64) []string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "corpus")
	if _, err := corpus.Generate(dir, corpus.Options{Bytes: bytes, Seed: seed}); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("the generator wrote no documents: %v", err)
	}
	sort.Strings(files)
	return files
}

// linkDir makes a directory holding the given files (as symlinks).
func linkDir(t *testing.T, files []string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		if err := os.Symlink(f, filepath.Join(dir, filepath.Base(f))); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// The graph is a function of the set of documents: building a corpus in
// random parts, in random order, some parts twice, gives the quads one
// build of the whole gives.
func TestBuildsInAnyOrderConverge(t *testing.T) {
	files := generated(t, 48<<10, 7)
	whole := newBoltStore(t)
	whole.build(linkDir(t, files))
	want := whole.quads()
	if len(want) == 0 {
		t.Fatal("the corpus built an empty graph")
	}
	r := rand.New(rand.NewPCG(11, 0))
	for trial := 0; trial < 3; trial++ {
		order := append([]string(nil), files...)
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		parts := 2 + r.IntN(3)
		s := newBoltStore(t)
		var built [][]string
		for p := 0; p < parts; p++ {
			part := order[p*len(order)/parts : (p+1)*len(order)/parts]
			s.build(linkDir(t, part))
			built = append(built, part)
		}
		// one part again: nothing changes
		s.build(linkDir(t, built[r.IntN(len(built))]))
		if got := s.quads(); !reflect.DeepEqual(got, want) {
			added, removed := diff(want, got)
			t.Errorf("trial %d (%d parts): %d extra quads %v, %d missing %v", trial, parts, len(added), head(added), len(removed), head(removed))
		}
	}
}

// A build killed at any moment (SIGKILL: no deferred cleanup) leaves a
// store that the next build of the same documents completes: the graph is
// then the one an uninterrupted build gives. 20 trials by default
// (DIPLOGRAPH_KILL_TRIALS sets another number), on a corpus small enough
// for each to take about a second.
func TestKilledBuildIsCompletedByTheNext(t *testing.T) {
	files := generated(t, 64<<10, 3)
	dir := linkDir(t, files)
	whole := newBoltStore(t)
	whole.build(dir)
	want := whole.quads()
	start := time.Now()
	whole.build(dir) // how long a build takes here, to kill within it
	took := time.Since(start)

	r := rand.New(rand.NewPCG(5, 0))
	n := trials(t, "DIPLOGRAPH_KILL_TRIALS", 20)
	killed := 0
	for trial := 0; trial < n; trial++ {
		s := newBoltStore(t)
		if trial%2 == 1 {
			s.build(linkDir(t, files[:len(files)/2])) // killed while adding to a store
		}
		cmd, wait := startBinary(t, s.dir, "build", dir, "--db", s.db, "--dbpath", s.path)
		time.Sleep(time.Duration(r.Int64N(int64(took))))
		cmd.Process.Signal(syscall.SIGKILL)
		res := wait()
		if res.code != 0 {
			killed++
		}
		s.build(dir)
		if got := s.quads(); !reflect.DeepEqual(got, want) {
			added, removed := diff(want, got)
			t.Errorf("trial %d (build exit %d): after a killed build and a rebuild, %d extra quads %v, %d missing %v",
				trial, res.code, len(added), head(added), len(removed), head(removed))
		}
		if ans := s.askJSON("meetings"); len(ans) == 0 {
			t.Errorf("trial %d: no meetings after the rebuild", trial)
		}
	}
	t.Logf("kill -9 during build: %d trials, %d killed before the build ended", n, killed)
}
