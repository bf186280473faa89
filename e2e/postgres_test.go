package e2e

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"reflect"
	"syscall"
	"testing"
	"time"

	_ "github.com/lib/pq" // the driver cayley's postgres backend uses too
)

// TestPostgresAnswersLikeBolt builds the demo into PostgreSQL and into bolt and
// expects the same graph and the same answers from both.
func TestPostgresAnswersLikeBolt(t *testing.T) {
	base := os.Getenv("DIPLOGRAPH_TEST_POSTGRES")
	requireTool(t, "PostgreSQL (DIPLOGRAPH_TEST_POSTGRES)", base != "",
		"start one with scripts/pg-start.sh DIR and export DIPLOGRAPH_TEST_POSTGRES")
	pg := store{t: t, dir: t.TempDir(), path: scratchDatabase(t, base), db: "postgres"}
	bolt := newBoltStore(t)

	pg.build(demoDir())
	bolt.build(demoDir())
	pg.build(demoDir()) // idempotent on this backend too

	if want, got := bolt.quads(), pg.quads(); !reflect.DeepEqual(want, got) {
		added, removed := diff(want, got)
		t.Errorf("postgres holds a different graph: %d quads only there %v, %d missing %v",
			len(added), head(added), len(removed), head(removed))
	}
	for _, q := range namedQuestions {
		t.Run(q, func(t *testing.T) {
			pg, bolt := pg, bolt
			pg.t, bolt.t = t, t
			if want, got := bolt.askJSON(q), pg.askJSON(q); !sameJSONSet(want, got) {
				t.Errorf("ask %s: postgres answers\n%v\nbolt answers\n%v", q, got, want)
			}
		})
	}
}

// scratchDatabase creates a database of its own for the test, so that other
// packages' tests on the same server cannot disturb it, and drops it after.
// When the role may not create databases it falls back to the given one.
func scratchDatabase(t *testing.T, base string) string {
	t.Helper()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("DIPLOGRAPH_TEST_POSTGRES is not a URL: %v", err)
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatalf("connecting to %s: %v", u.Redacted(), err)
	}
	t.Cleanup(func() { admin.Close() })
	if err := admin.Ping(); err != nil {
		t.Fatalf("connecting to %s: %v", u.Redacted(), err)
	}
	suffix := make([]byte, 6)
	if _, err := rand.Read(suffix); err != nil {
		t.Fatal(err)
	}
	name := "diplograph_e2e_" + hex.EncodeToString(suffix)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Logf("cannot create a scratch database (%v); using %s itself", err, u.Redacted())
		return base
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dropping %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// Two builds of disjoint halves into one PostgreSQL database at once: the
// second waits for the first (a writer lock), and the graph is the one a
// build of the whole corpus gives, as on bolt; a kill -9 in the middle of a
// build is completed by the next one there too.
func TestPostgresConcurrentBuildsConverge(t *testing.T) {
	base := os.Getenv("DIPLOGRAPH_TEST_POSTGRES")
	requireTool(t, "PostgreSQL (DIPLOGRAPH_TEST_POSTGRES)", base != "",
		"start one with scripts/pg-start.sh DIR and export DIPLOGRAPH_TEST_POSTGRES")
	files := generated(t, 40<<10, 13)
	whole := newBoltStore(t)
	whole.build(linkDir(t, files))
	want := whole.quads()

	pg := store{t: t, dir: t.TempDir(), path: scratchDatabase(t, base), db: "postgres"}
	pg.build(linkDir(t, files[:1])) // create the schema before the race
	halves := []string{linkDir(t, files[:len(files)/2]), linkDir(t, files[len(files)/2:])}
	var waits []func() result
	for _, h := range halves {
		_, wait := startBinary(t, pg.dir, "build", h, "--db", pg.db, "--dbpath", pg.path, "--wait", "2m")
		waits = append(waits, wait)
	}
	for _, wait := range waits {
		if res := wait(); res.code != 0 {
			t.Fatalf("a concurrent build failed:\n%s", res)
		}
	}
	if got := pg.quads(); !reflect.DeepEqual(got, want) {
		added, removed := diff(want, got)
		t.Errorf("after two concurrent builds: %d extra quads %v, %d missing %v", len(added), head(added), len(removed), head(removed))
	}

	killed := store{t: t, dir: t.TempDir(), path: scratchDatabase(t, base), db: "postgres"}
	cmd, wait := startBinary(t, killed.dir, "build", linkDir(t, files), "--db", killed.db, "--dbpath", killed.path)
	time.Sleep(1500 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGKILL)
	wait()
	killed.build(linkDir(t, files))
	if got := killed.quads(); !reflect.DeepEqual(got, want) {
		added, removed := diff(want, got)
		t.Errorf("after a killed build and a rebuild: %d extra quads %v, %d missing %v", len(added), head(added), len(removed), head(removed))
	}
}
