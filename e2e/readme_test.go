package e2e

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// readmeBlock is one fenced code block of README.md.
type readmeBlock struct {
	line int    // where it starts in README.md
	lang string // "sh", "python"
	tag  string // the <!-- readme-test: TAG --> line before it, if any
	body []string
}

func readmeBlocks(t *testing.T) []readmeBlock {
	t.Helper()
	f, err := os.Open(filepath.Join(repoRoot(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tagRE := regexp.MustCompile(`^<!-- readme-test: (.*?) -->$`)
	var blocks []readmeBlock
	var cur *readmeBlock
	tag := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case cur != nil && line == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.body = append(cur.body, line)
		case strings.HasPrefix(line, "```"):
			cur = &readmeBlock{line: n, lang: strings.TrimPrefix(line, "```"), tag: tag}
			tag = ""
		case tagRE.MatchString(line):
			tag = tagRE.FindStringSubmatch(line)[1]
		case strings.TrimSpace(line) != "":
			tag = ""
		}
	}
	return blocks
}

// TestReadmeCommands runs every command block of the README, in order, the
// way a newcomer would: from a directory that looks like a clone (bin/
// holding the binary under test, data/ the repository's), each command
// exiting 0. `make demo` builds into that directory; `make test` is this
// test's own runner and is not run again. Blocks tagged postgres need
// DIPLOGRAPH_TEST_POSTGRES, blocks tagged shared need ../shared, python
// blocks Debian's rdflib.
func TestReadmeCommands(t *testing.T) {
	work := filepath.Join(t.TempDir(), "clone")
	if err := os.MkdirAll(filepath.Join(work, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	// `make demo`, the README's first command, builds bin/diplograph here.
	bin := filepath.Join(work, "bin", "diplograph")
	if err := os.Symlink(filepath.Join(repoRoot(), "data"), filepath.Join(work, "data")); err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(repoRoot(), "..", "shared")
	if v := os.Getenv("DIPLOGRAPH_SHARED"); v != "" {
		shared = v
	}
	haveShared := false
	if _, err := os.Stat(filepath.Join(shared, "gold")); err == nil {
		haveShared = os.Symlink(shared, filepath.Join(filepath.Dir(work), "shared")) == nil
	}
	pg := os.Getenv("DIPLOGRAPH_TEST_POSTGRES")
	if pg != "" {
		pg = scratchDatabase(t, pg)
	}

	ran := 0
	for _, b := range readmeBlocks(t) {
		switch {
		case strings.HasPrefix(b.tag, "skip"):
			t.Logf("README.md:%d: not run (%s)", b.line, b.tag)
			continue
		case b.tag == "postgres" && pg == "":
			missing(t, b.line, "a PostgreSQL server (set DIPLOGRAPH_TEST_POSTGRES)")
			continue
		case b.tag == "shared" && !haveShared:
			missing(t, b.line, "../shared (the shared gold answers beside the clone)")
			continue
		case b.tag == "serve" && !haveCurl():
			missing(t, b.line, "curl (apt-get install curl)")
			continue
		}
		switch b.lang {
		case "python":
			if !pythonHas("rdflib") {
				missing(t, b.line, "python3-rdflib (apt-get install python3-rdflib)")
				continue
			}
			script := filepath.Join(work, "readme.py")
			if err := os.WriteFile(script, []byte(strings.Join(b.body, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			out := runReadme(t, work, b.line, debianPython, script)
			if strings.TrimSpace(out) == "" {
				t.Errorf("README.md:%d: the Python example printed nothing", b.line)
			}
			ran++
		case "sh":
			server, stop := "", func() {}
			if b.tag == "serve" {
				// The block's requests go to a server on the clone's store, for
				// the block only: it holds the store's lock while it runs.
				server, stop = readmeServer(t, work, bin)
			}
			for i, line := range b.body {
				cmd := strings.TrimSpace(line)
				if cmd == "" || strings.HasPrefix(cmd, "#") {
					continue
				}
				if pg != "" {
					cmd = strings.ReplaceAll(cmd, "'postgres://user@127.0.0.1:5432/diplograph?sslmode=disable'", "'"+pg+"'")
				}
				if server != "" {
					cmd = strings.ReplaceAll(cmd, "http://127.0.0.1:64210", server)
				}
				// make runs in the repository, building into the clone.
				if strings.HasPrefix(cmd, "make ") {
					cmd = "make -C " + repoRoot() + " " + strings.TrimPrefix(cmd, "make ") + " BIN=" + bin + " DB=" + filepath.Join(work, "diplograph.db")
				}
				out := runReadme(t, work, b.line+1+i, "sh", "-c", cmd)
				if strings.HasPrefix(strings.TrimSpace(line), "bin/diplograph ask") && strings.TrimSpace(out) == "" {
					t.Errorf("README.md:%d: %s printed nothing", b.line+1+i, line)
				}
				ran++
			}
			stop()
		}
	}
	if ran < 20 {
		t.Errorf("ran only %d README commands; the README has lost its examples or this test its way of finding them", ran)
	}
	t.Logf("ran %d README commands", ran)
}

func haveCurl() bool {
	_, err := exec.LookPath("curl")
	return err == nil
}

// readmeServer starts `diplograph serve` on the clone's store on a free
// loopback port and returns its URL and a func that stops it with SIGTERM
// and waits, so the store's lock is free when it returns.
func readmeServer(t *testing.T, work, bin string) (string, func()) {
	t.Helper()
	cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--dbpath", filepath.Join(work, "diplograph.db"))
	cmd.Dir = work
	cmd.Env = cleanEnv()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	addr := make(chan string, 1)
	var log strings.Builder
	go func() {
		defer close(done)
		re := regexp.MustCompile(`listening on (http://[^/\s]+)/`)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			log.WriteString(sc.Text() + "\n")
			if m := re.FindStringSubmatch(sc.Text()); m != nil {
				addr <- m[1]
			}
		}
	}()
	stop := sync.OnceFunc(func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-done:
		case <-time.After(hangGuard):
			_ = cmd.Process.Kill()
		}
		_ = cmd.Wait()
	})
	t.Cleanup(stop)
	select {
	case u := <-addr:
		return u, stop
	case <-done:
		_ = cmd.Wait()
		t.Fatalf("diplograph serve exited before listening:\n%s", log.String())
	case <-time.After(hangGuard):
		t.Fatalf("diplograph serve did not start")
	}
	return "", stop
}

// missing says a block was not run for want of a tool: a failure where CI
// promises every tool, a log line elsewhere (the other blocks still run).
func missing(t *testing.T, line int, what string) {
	t.Helper()
	if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
		t.Errorf("README.md:%d needs %s, and DIPLOGRAPH_REQUIRE_TOOLS=1", line, what)
		return
	}
	t.Logf("README.md:%d: not run: needs %s", line, what)
}

func runReadme(t *testing.T, dir string, line int, name string, arg ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, arg...)
	cmd.Dir = dir
	cmd.Env = cleanEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Errorf("README.md:%d: %s %s: %v\n%s", line, name, strings.Join(arg, " "), err, clip(string(out)))
	}
	return string(out)
}

// The README names the same questions as `ask --list`.
func TestReadmeListsTheNamedQuestions(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)The named questions are (.*?)\\(").FindSubmatch(data)
	if m == nil {
		t.Fatal(`README.md has no "The named questions are ..." sentence`)
	}
	readme := regexp.MustCompile("`([a-z-]+)`").FindAllStringSubmatch(string(m[1]), -1)
	var listed []string
	for _, x := range readme {
		listed = append(listed, x[1])
	}
	out := run(t, t.TempDir(), "ask", "--list")
	var names []string
	for _, line := range strings.Split(strings.TrimSpace(out.stdout), "\n") {
		if f := strings.Fields(line); len(f) > 0 && !strings.HasPrefix(line, " ") {
			names = append(names, f[0])
		}
	}
	sort.Strings(listed)
	sort.Strings(names)
	if strings.Join(listed, ",") != strings.Join(names, ",") {
		t.Errorf("README names %v; ask --list has %v", listed, names)
	}
}
