package serve

// The tests run real servers on loopback ports over real bolt stores. The
// demo store is built once, by the diplograph binary built from this
// module, the way `make demo` builds it; each test serves its own copy.
//
// Environment: DIPLOGRAPH_REQUIRE_TOOLS=1 (CI) turns a missing tool
// (Chromium, the graph library, Cayley's own server) into a failure.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

var (
	binPath   string // the diplograph binary
	demoStore string // the demo corpus built into a bolt store
	testDir   string
)

func TestMain(m *testing.M) { os.Exit(runTests(m)) }

func runTests(m *testing.M) int {
	var err error
	testDir, err = os.MkdirTemp("", "diplograph-serve-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "serve tests:", err)
		return 1
	}
	defer os.RemoveAll(testDir)
	binPath = filepath.Join(testDir, "diplograph")
	build := exec.Command("go", "build", "-o", binPath, "./cmd/diplograph")
	build.Dir = repoRoot()
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "serve tests: go build ./cmd/diplograph: %v\n%s", err, out)
		return 1
	}
	demoStore = filepath.Join(testDir, "demo.db")
	if out, err := exec.Command(binPath, "build", "--dbpath", demoStore, filepath.Join(repoRoot(), "data", "demo")).CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "serve tests: building the demo store: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

func repoRoot() string {
	abs, err := filepath.Abs("..")
	if err != nil {
		panic(err)
	}
	return abs
}

func requireTools() bool { return os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" }

// missingTool skips (or, in CI, fails) a test whose tool is absent.
func missingTool(t testing.TB, format string, args ...interface{}) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if requireTools() {
		t.Fatalf("%s (DIPLOGRAPH_REQUIRE_TOOLS=1)", msg)
	}
	t.Skipf("skipped: %s", msg)
}

// copyStore copies the demo store for one test.
func copyStore(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(demoStore)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "store.db")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// copyStoreWithIndex copies the demo store and its search index beside it
// (STORE.search), where the server looks for it.
func copyStoreWithIndex(t testing.TB) string {
	t.Helper()
	p := copyStore(t)
	src := demoStore + ".search"
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(p+".search", rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(to, b, 0o644)
	})
	if err != nil {
		t.Fatalf("copying the search index: %v", err)
	}
	return p
}

// testServer is a server on a loopback port.
type testServer struct {
	URL    string
	srv    *Server
	store  *graph.Store
	client *http.Client
	logs   *bytes.Buffer
}

// startServer serves a copy of the demo store (or the store at path) with
// cfg until the test ends.
func startServer(t testing.TB, cfg Config, path string) *testServer {
	t.Helper()
	if path == "" {
		path = copyStore(t)
	}
	ctx, cancel := context.WithCancel(context.Background())
	store, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Path: path}, false)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&lockedWriter{w: &logs}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if cfg.Timeout == 0 {
		cfg.Timeout = 20 * time.Second
	}
	cfg.LoopbackOnly = true
	srv, err := New(store, nil, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, ln) }()
	ts := &testServer{URL: "http://" + ln.Addr().String(), srv: srv, store: store, logs: &logs,
		client: &http.Client{Timeout: time.Minute}}
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		if err := store.Close(); err != nil {
			t.Errorf("closing the store: %v", err)
		}
	})
	return ts
}

// lockedWriter keeps the log buffer safe across handler goroutines.
type lockedWriter struct {
	w  io.Writer
	mu sync.Mutex
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// response is what one request got.
type response struct {
	Status int
	Header http.Header
	Body   []byte
}

func (r response) json(t testing.TB, v interface{}) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("response is not JSON (%v): %.300s", err, r.Body)
	}
}

// errorText is the message of a {"error": ...} response, failing the test
// when the body has another shape.
func (r response) errorText(t testing.TB) string {
	t.Helper()
	var e map[string]interface{}
	r.json(t, &e)
	msg, ok := e["error"].(string)
	if !ok || len(e) != 1 {
		t.Fatalf("error response is not {\"error\": \"...\"}: %s", r.Body)
	}
	return msg
}

func (ts *testServer) do(t testing.TB, method, path string, body io.Reader, header ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		if strings.EqualFold(header[i], "Host") {
			req.Host = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	res, err := ts.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%s %s: reading the body: %v", method, path, err)
	}
	return response{Status: res.StatusCode, Header: res.Header, Body: b}
}

func (ts *testServer) get(t testing.TB, path string, header ...string) response {
	t.Helper()
	return ts.do(t, "GET", path, nil, header...)
}

func (ts *testServer) post(t testing.TB, path, body string, header ...string) response {
	t.Helper()
	return ts.do(t, "POST", path, strings.NewReader(body), header...)
}

// runBin runs the diplograph binary and returns its stdout.
func runBin(t testing.TB, args ...string) string {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("diplograph %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}
