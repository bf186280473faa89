package serve

// `diplograph serve` as a user runs it: a process of its own, stopped by a
// signal, building uploaded documents with the command's own pipeline.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// serveProcess is a running `diplograph serve`.
type serveProcess struct {
	URL    string
	cmd    *exec.Cmd
	stderr *syncBuffer
	done   chan struct{} // closed when the process has exited
	err    error         // its exit, once done is closed
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var listeningRE = regexp.MustCompile(`listening on (http://[^/\s]+)/`)

// startProcess runs `diplograph serve --addr 127.0.0.1:0 args...` and
// waits for it to say where it listens.
func startProcess(t *testing.T, args ...string) *serveProcess {
	t.Helper()
	cmd := exec.Command(binPath, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	pr, pw := io.Pipe()
	buf := &syncBuffer{}
	cmd.Stderr = io.MultiWriter(pw, buf)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &serveProcess{cmd: cmd, stderr: buf, done: make(chan struct{})}
	go func() { p.err = cmd.Wait(); pw.Close(); close(p.done) }()
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		for sc.Scan() {
			if m := listeningRE.FindStringSubmatch(sc.Text()); m != nil {
				found <- m[1]
				break
			}
		}
		_, _ = io.Copy(io.Discard, pr)
	}()
	select {
	case u := <-found:
		p.URL = u
	case <-p.done:
		t.Fatalf("diplograph serve exited: %v\n%s", p.err, buf.String())
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatalf("diplograph serve did not start:\n%s", buf.String())
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
		}
	})
	return p
}

func (p *serveProcess) wait(t *testing.T) error {
	t.Helper()
	select {
	case <-p.done:
		return p.err
	case <-time.After(time.Minute):
		t.Fatalf("diplograph serve did not stop:\n%s", p.stderr.String())
		return nil
	}
}

// SIGTERM lets the request in flight finish, then the process closes the
// store and exits 0.
func TestSignalStopsCleanly(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			store := copyStore(t)
			p := startProcess(t, "--dbpath", store)
			// A query that keeps the server busy for two and a half seconds.
			slow := `var t0 = new Date().getTime(); while (new Date().getTime() - t0 < 2500) {}; g.V("<dg:Country>").In("<rdf:type>").All()`
			type result struct {
				status int
				body   string
				err    error
			}
			got := make(chan result, 1)
			wrote := make(chan struct{})
			go func() {
				trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { close(wrote) }}
				req, _ := http.NewRequestWithContext(httptrace.WithClientTrace(context.Background(), trace),
					"POST", p.URL+"/api/v2/query?lang=gizmo", strings.NewReader(slow))
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					got <- result{err: err}
					return
				}
				b, _ := io.ReadAll(res.Body)
				res.Body.Close()
				got <- result{status: res.StatusCode, body: string(b)}
			}()
			// The signal comes once the request is sent and the server has had
			// time to read it, well inside the query's run.
			select {
			case <-wrote:
			case r := <-got:
				t.Fatalf("the slow request ended before it was sent: %+v", r)
			}
			time.Sleep(500 * time.Millisecond)
			select {
			case r := <-got:
				t.Fatalf("the slow request was answered before the signal: %+v", r)
			default:
			}
			if err := p.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			r := <-got
			if r.err != nil || r.status != 200 || !strings.Contains(r.body, "urn:diplograph:country:") {
				t.Errorf("request in flight during %s: %d %q %v", sig, r.status, r.body, r.err)
			}
			if err := p.wait(t); err != nil {
				t.Errorf("exit after %s: %v\n%s", sig, err, p.stderr.String())
			}
			if !strings.Contains(p.stderr.String(), "stopped: requests finished, store closed") {
				t.Errorf("no stop message:\n%s", p.stderr.String())
			}
			// The bolt lock is released: another command opens the store at once.
			runBin(t, "ask", "--dbpath", store, "co-chairs")
		})
	}
}

func TestServeFlags(t *testing.T) {
	token := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(token, []byte("short\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		says string
	}{
		{[]string{"--writable"}, 2, "--writable needs --token-file"},
		{[]string{"--token-file", token}, 2, "only used with --writable"},
		{[]string{"--writable", "--token-file", token}, 1, "use at least 16"},
		{[]string{"--writable", "--token-file", "/nonexistent/token"}, 1, "reading the token file"},
		{[]string{"--max-body", "lots"}, 2, "is not a size"},
		{[]string{"--timeout", "0s"}, 2, "--timeout must be positive"},
		{[]string{"--dbpath", filepath.Join(t.TempDir(), "none.db")}, 1, "run `diplograph build` first"},
		{[]string{"extra"}, 2, "unknown command"},
	} {
		cmd := exec.Command(binPath, append([]string{"serve", "--addr", "127.0.0.1:0"}, c.args...)...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != c.code || !strings.Contains(stderr.String(), c.says) {
			t.Errorf("serve %v: exit %d, stderr %q; want exit %d saying %q", c.args, code, stderr.String(), c.code, c.says)
		}
	}
	help := runBin(t, "serve", "--help")
	for _, want := range []string{"--writable", "--token-file", "--cors-origin", "--timeout", "/api/v2/query?lang=gizmo", "curl", "Examples:"} {
		if !strings.Contains(help, want) {
			t.Errorf("serve --help does not mention %q", want)
		}
	}
}

func TestNonLoopbackAddressWarns(t *testing.T) {
	cmd := exec.Command(binPath, "serve", "--addr", "0.0.0.0:0", "--dbpath", copyStore(t))
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer cmd.Process.Signal(syscall.SIGTERM)
	deadline := time.Now().Add(time.Minute)
	for !strings.Contains(stderr.String(), "listening on") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if !strings.Contains(stderr.String(), "warning: --addr 0.0.0.0:0 is not a loopback address") {
		t.Errorf("no warning for 0.0.0.0:\n%s", stderr.String())
	}
}

// Uploaded documents are built as `build` builds them: the same formats,
// the same file:line errors, and the good documents stored.
func TestUploadDocuments(t *testing.T) {
	dir := t.TempDir()
	token := filepath.Join(dir, "token")
	if err := os.WriteFile(token, []byte(testToken+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	store := copyStore(t)
	p := startProcess(t, "--dbpath", store, "--writable", "--token-file", token, "--max-body", "1MiB")
	auth := func(req *http.Request) *http.Request {
		req.Header.Set("Authorization", "Bearer "+testToken)
		return req
	}
	do := func(req *http.Request) response {
		res, err := http.DefaultClient.Do(auth(req))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return response{Status: res.StatusCode, Header: res.Header, Body: b}
	}
	doc := "---\ntitle: Talks in Oslo\ndate: 2024-03-05\n---\nPrime Minister Ingrid Solberg of Norway met President Marta Kowalczyk of Poland in Oslo on 5 March 2024.\n"
	req, _ := http.NewRequest("POST", p.URL+"/api/v1/documents?name=oslo-talks.md", strings.NewReader(doc))
	res := do(req)
	var br BuildResult
	res.json(t, &br)
	if res.Status != 200 || br.Documents != 1 || br.Added == 0 || br.Facts["meetings"] == 0 {
		t.Fatalf("upload: %d %s", res.Status, res.Body)
	}
	var a struct {
		Answers []struct{ Participants []string }
	}
	r2, _ := http.Get(p.URL + "/api/v1/ask?q=" + strings.ReplaceAll("where was Solberg", " ", "+"))
	b, _ := io.ReadAll(r2.Body)
	r2.Body.Close()
	response{Body: b}.json(t, &a)
	if len(a.Answers) == 0 || !strings.Contains(fmt.Sprint(a.Answers), "Ingrid Solberg") {
		t.Errorf("the uploaded meeting is not answered: %s", b)
	}
	// The server keeps the store's search index in step with what it
	// builds (it made the index, and filled it with the store's documents,
	// when it started).
	var found struct {
		Hits []struct{ Doc, Sentence string }
	}
	for q, doc := range map[string]string{`search "Marta Kowalczyk"`: "oslo-talks.md", `search "natural gas"`: "000_19c8363d4305575a.txt"} {
		r3, _ := http.Get(p.URL + "/api/v1/ask?q=" + url.QueryEscape(q))
		b, _ = io.ReadAll(r3.Body)
		r3.Body.Close()
		response{Body: b}.json(t, &found)
		if r3.StatusCode != 200 || len(found.Hits) == 0 || found.Hits[0].Doc != doc {
			t.Errorf("%s: %d %.300s", q, r3.StatusCode, b)
		}
	}
	// A multipart upload with one good and one bad document: the bad one
	// is named with its file and line, the good one is stored.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	w, _ := mw.CreateFormFile("file", "good.txt")
	io.WriteString(w, "Foreign Minister Tomas Berggren of Sweden met Foreign Minister Aino Virtanen of Finland in Helsinki on 2 April 2024.\n")
	w, _ = mw.CreateFormFile("file", "bad.md")
	io.WriteString(w, "---\ntitle: [unclosed\ndate: 2024-01-01\n---\nText.\n")
	mw.Close()
	req, _ = http.NewRequest("POST", p.URL+"/api/v1/documents", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	res = do(req)
	br = BuildResult{}
	res.json(t, &br)
	if res.Status != 200 || br.Documents != 1 || br.Skipped != 1 || len(br.Errors) != 1 || !regexp.MustCompile(`bad\.md:\d+`).MatchString(br.Errors[0]) {
		t.Errorf("mixed upload: %d %s", res.Status, res.Body)
	}
	// Only bad documents: 422.
	req, _ = http.NewRequest("POST", p.URL+"/api/v1/documents?name=empty.txt", strings.NewReader("   \n"))
	if res := do(req); res.Status != 422 {
		t.Errorf("an empty document: %d %s", res.Status, res.Body)
	}
	// Over --max-body: 413.
	req, _ = http.NewRequest("POST", p.URL+"/api/v1/documents?name=big.txt", strings.NewReader(strings.Repeat("word ", 300000)))
	if res := do(req); res.Status != 413 {
		t.Errorf("a 1.5 MB document over a 1 MiB limit: %d %.200s", res.Status, res.Body)
	}
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := p.wait(t); err != nil {
		t.Errorf("exit: %v\n%s", err, p.stderr.String())
	}
	// What the server built is in the store.
	if out := runBin(t, "ask", "--dbpath", store, "meetings"); !strings.Contains(out, "Ingrid Solberg") || !strings.Contains(out, "Aino Virtanen") {
		t.Errorf("uploads not in the store after the stop:\n%s", out)
	}
}
