// Package e2e runs the diplograph binary the way a user does: built once from
// ./cmd/diplograph, then invoked as a separate process on the demo corpus, each
// test with its own store in t.TempDir().
//
// Environment:
//   - DIPLOGRAPH_TEST_POSTGRES: a postgres:// URL; enables the PostgreSQL test.
//   - DIPLOGRAPH_REQUIRE_TOOLS=1: tests whose tools (rapper, serdi, networkx,
//     igraph, PostgreSQL) are missing fail instead of skipping. .ci/run sets it.
//   - DIPLOGRAPH_SHARED: where the shared gold answers live (default ../shared
//     beside the repository); gold-based checks are skipped, with a log line,
//     only when it is absent.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// diplographBin is the binary under test. TestMain writes it once before any
// test runs; tests only read it.
var diplographBin string

// hangGuard bounds every run of the binary so that a hang fails the test with
// a message instead of stalling the suite. It is not a speed assertion.
const hangGuard = 3 * time.Minute

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "diplograph-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: making a temp dir:", err)
		return 1
	}
	defer os.RemoveAll(dir)
	diplographBin = filepath.Join(dir, "diplograph")
	build := exec.Command("go", "build", "-o", diplographBin, "./cmd/diplograph")
	build.Dir = repoRoot()
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: go build ./cmd/diplograph: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// repoRoot is the module root: go test runs with the package directory as cwd.
func repoRoot() string {
	abs, err := filepath.Abs("..")
	if err != nil {
		panic(err)
	}
	return abs
}

func demoDir() string { return filepath.Join(repoRoot(), "data", "demo") }

// result is what one run of the binary produced.
type result struct {
	args   []string
	stdout string
	stderr string
	code   int
}

func (r result) String() string {
	return fmt.Sprintf("diplograph %s\nexit %d\nstdout:\n%s\nstderr:\n%s",
		strings.Join(r.args, " "), r.code, clip(r.stdout), clip(r.stderr))
}

func clip(s string) string {
	const max = 4000
	if len(s) > max {
		return s[:max] + "\n...[cut]"
	}
	return s
}

// run runs the binary in dir with args and no stdin, as CI does.
func run(t *testing.T, dir string, args ...string) result {
	t.Helper()
	return runWithStdin(t, dir, nil, args...)
}

func runWithStdin(t *testing.T, dir string, stdin io.Reader, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	cmd := exec.CommandContext(ctx, diplographBin, args...)
	cmd.Dir = dir
	cmd.Env = cleanEnv()
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err := cmd.Run()
	res := result{args: args, stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		t.Fatalf("still running after %s, killed (a hang?):\n%s", hangGuard, res)
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("running diplograph %v: %v", args, err)
	}
	return res
}

// cleanEnv keeps the caller's store selection out of the runs: every run names
// its store with flags.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "DIPLOGRAPH_DB=") || strings.HasPrefix(kv, "DIPLOGRAPH_DBPATH=") {
			continue
		}
		env = append(env, kv)
	}
	return env
}

// store is one diplograph store and the flags that select it.
type store struct {
	t    *testing.T
	dir  string // working directory for runs, and scratch space
	path string // --dbpath
	db   string // --db
}

func newBoltStore(t *testing.T) store {
	t.Helper()
	dir := t.TempDir()
	return store{t: t, dir: dir, path: filepath.Join(dir, "graph.db"), db: "bolt"}
}

// run runs a store command; the store flags go after the command's own args,
// as a user typing them would put them.
func (s store) run(args ...string) result {
	s.t.Helper()
	return run(s.t, s.dir, append(args, "--db", s.db, "--dbpath", s.path)...)
}

// ok runs a store command that must succeed and returns its stdout.
func (s store) ok(args ...string) string {
	s.t.Helper()
	res := s.run(args...)
	if res.code != 0 {
		s.t.Fatalf("want exit 0:\n%s", res)
	}
	return res.stdout
}

func (s store) build(paths ...string) string {
	s.t.Helper()
	return s.ok(append([]string{"build"}, paths...)...)
}

// askJSON runs `ask QUESTION --json` and decodes the answer.
func (s store) askJSON(question string) []any {
	s.t.Helper()
	out := s.ok("ask", question, "--json")
	var answer []any
	if err := json.Unmarshal([]byte(out), &answer); err != nil {
		s.t.Fatalf("ask %q --json: not a JSON array: %v\n%s", question, err, clip(out))
	}
	return answer
}

// export writes the store in format to a file and returns the file's bytes
// along with what the command printed.
func (s store) export(format string) ([]byte, result) {
	s.t.Helper()
	file := filepath.Join(s.dir, "export."+format)
	res := s.run("export", "--format", format, "-o", file)
	if res.code != 0 {
		s.t.Fatalf("want exit 0:\n%s", res)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		s.t.Fatalf("export --format %s -o %s wrote no file: %v", format, file, err)
	}
	return data, res
}

// quads exports the store as N-Quads and returns its statements sorted, after
// checking that each one parses and that none repeats.
func (s store) quads() []string {
	s.t.Helper()
	data, _ := s.export("nquads")
	return parseNQuadLines(s.t, data)
}

func parseNQuadLines(t *testing.T, data []byte) []string {
	t.Helper()
	var lines []string
	seen := make(map[string]bool)
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := nquads.ParseRaw(line); err != nil {
			t.Fatalf("export line %d does not parse as N-Quads: %v\n%s", i+1, err, line)
		}
		if seen[line] {
			t.Errorf("export repeats a quad on line %d: %s", i+1, line)
		}
		seen[line] = true
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return lines
}

// parsedQuad is one exported statement split into its terms, in N-Quads form.
type parsedQuad struct {
	s, p, o, label string
}

func parseQuad(t *testing.T, line string) parsedQuad {
	t.Helper()
	q, err := nquads.ParseRaw(line)
	if err != nil {
		t.Fatalf("parsing %q: %v", line, err)
	}
	return parsedQuad{s: term(q.Subject), p: term(q.Predicate), o: term(q.Object), label: term(q.Label)}
}

func term(v quad.Value) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// copyDir copies the regular files of src (not recursing) into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatalf("reading %s: %v", src, err)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// requireTool returns whether a test may use tool; when it is missing the test
// fails under DIPLOGRAPH_REQUIRE_TOOLS=1 (CI installs every tool) and skips,
// saying why, elsewhere.
func requireTool(t *testing.T, tool string, present bool, hint string) {
	t.Helper()
	if present {
		return
	}
	if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
		t.Fatalf("%s is missing and DIPLOGRAPH_REQUIRE_TOOLS=1 (%s)", tool, hint)
	}
	t.Skipf("skipping: %s is not installed (%s); .ci/run installs it", tool, hint)
}

func haveCommand(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}
