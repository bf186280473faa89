//go:build unix

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// frozenBound is how long a command may take to give up on a stopped
// server with --db-timeout 2s: the connect or statement timeout, its grace,
// and database/sql's retries on a bad connection.
const frozenBound = 90 * time.Second

// pgServer is a PostgreSQL server of the test's own, which it may stop.
type pgServer struct {
	t   *testing.T
	dir string
	dsn string
}

// startPostgres starts a private server with scripts/pg-start.sh.
func startPostgres(t *testing.T) *pgServer {
	t.Helper()
	dir, err := os.MkdirTemp("", "dg-pg-frozen-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o755) // the server runs as user postgres when the test runs as root
	cmd := exec.Command(filepath.Join(repoRoot(), "scripts", "pg-start.sh"), filepath.Join(dir, "pg"), strconv.Itoa(55400+os.Getpid()%300))
	out, err := cmd.Output()
	if err != nil {
		os.RemoveAll(dir)
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		requireTool(t, "a PostgreSQL server (initdb, pg_ctl)", false, "scripts/pg-start.sh failed: "+strings.TrimSpace(msg))
	}
	s := &pgServer{t: t, dir: filepath.Join(dir, "pg"), dsn: strings.TrimSpace(string(out))}
	t.Cleanup(func() {
		s.signal(syscall.SIGCONT)
		exec.Command(filepath.Join(repoRoot(), "scripts", "pg-stop.sh"), s.dir).Run()
		os.RemoveAll(dir)
	})
	return s
}

// pids lists the server's processes: the postmaster and its children.
func (s *pgServer) pids() []int {
	s.t.Helper()
	b, err := os.ReadFile(filepath.Join(s.dir, "data", "postmaster.pid"))
	if err != nil {
		s.t.Fatalf("reading the server's pid: %v", err)
	}
	main, err := strconv.Atoi(strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]))
	if err != nil {
		s.t.Fatal(err)
	}
	pids := []int{main}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, st := range stats {
		b, err := os.ReadFile(st)
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...
		f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
		if len(f) > 1 && f[1] == strconv.Itoa(main) {
			if pid, err := strconv.Atoi(filepath.Base(filepath.Dir(st))); err == nil {
				pids = append(pids, pid)
			}
		}
	}
	return pids
}

// signal sends sig to every process of the server (SIGSTOP freezes it the
// way a hung host or a suspended VM does: sockets stay open, nothing
// answers).
func (s *pgServer) signal(sig syscall.Signal) {
	for _, pid := range s.pids() {
		syscall.Kill(pid, sig)
	}
}

// TestFrozenPostgresDoesNotHang stops a PostgreSQL server with SIGSTOP and
// expects build, ask and load to give up with a clear error within a bound
// instead of waiting forever, and a load cut off half way to leave nothing.
func TestFrozenPostgresDoesNotHang(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the frozen-server test in -short mode")
	}
	srv := startPostgres(t)
	pg := store{t: t, dir: t.TempDir(), path: srv.dsn, db: "postgres"}
	pg.build(demoDir())
	before, ok := storeQuads(t, pg)
	if !ok {
		t.Fatal("cannot export the PostgreSQL store")
	}
	timedOut := func(what string, res result, took time.Duration) {
		t.Helper()
		if res.code != 1 || !strings.Contains(res.stderr, "the PostgreSQL server stopped answering") {
			t.Errorf("%s against a stopped server: want a clear timeout error:\n%s", what, res)
		}
		if took > frozenBound {
			t.Errorf("%s took %s to give up", what, took)
		}
		t.Logf("%s gave up on the stopped server after %s", what, took.Round(100*time.Millisecond))
	}

	srv.signal(syscall.SIGSTOP)
	for _, args := range [][]string{{"build", demoDir()}, {"ask", "meetings"}} {
		start := time.Now()
		res := pg.run(append(args, "--db-timeout", "2s")...)
		timedOut(args[0], res, time.Since(start))
	}
	srv.signal(syscall.SIGCONT)

	// Stopped in the middle of a load: the load gives up; what the server
	// never finished is not stored, and whatever batches it did finish are
	// whole documents under a marker ask reports.
	nq := filepath.Join(pg.dir, "big.nq")
	writeMeetingsNQuads(t, nq, 20000, 50, 6)
	start := time.Now()
	cmd, wait := startBinary(t, pg.dir, "load", nq, "--db", pg.db, "--dbpath", pg.path, "--db-timeout", "2s")
	time.Sleep(1500 * time.Millisecond)
	srv.signal(syscall.SIGSTOP)
	res := wait()
	took := time.Since(start)
	srv.signal(syscall.SIGCONT)
	_ = cmd
	if res.code == 0 {
		t.Logf("the load finished before the server was stopped; the mid-load check did not run:\n%s", res)
	} else {
		timedOut("load", res, took)
		if got, _ := storeQuads(t, pg); got != before {
			if ask := pg.run("ask", "meetings"); !strings.Contains(ask.stderr, "was stopped before it ended") {
				t.Errorf("a load cut off by a stopped server left %d quads (%d before) and no marker:\n%s", got, before, ask)
			}
		}
	}
	pg.ok("load", nq)
	if got, _ := storeQuads(t, pg); got <= before {
		t.Errorf("loading again after the server came back: %d quads", got)
	}
}
