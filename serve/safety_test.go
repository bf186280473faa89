package serve

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

const testToken = "test-token-0123456789abcdef"

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, c := range []struct{ method, path string }{
		{"GET", "/"}, {"GET", "/assets/app.js"}, {"GET", "/assets/style.css"}, {"GET", "/api/v1/info"},
		{"GET", "/api/v1/ask?q=meetings"}, {"GET", "/api/v1/nothing"}, {"GET", "/assets/nothing.js"},
		{"POST", "/api/v2/write"}, {"GET", "/api/v2/read?limit=1"}, {"POST", "/api/v2/query?lang=gizmo"},
	} {
		res := ts.do(t, c.method, c.path, strings.NewReader(""))
		h := res.Header
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'none'", "script-src 'self'", "frame-ancestors 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s %s: CSP %q lacks %q", c.method, c.path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s %s: CSP allows inline or eval: %q", c.method, c.path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s %s: nosniff %q, frame options %q", c.method, c.path, h.Get("X-Content-Type-Options"), h.Get("X-Frame-Options"))
		}
		if h.Get("Access-Control-Allow-Origin") != "" {
			t.Errorf("%s %s: CORS header without --cors-origin", c.method, c.path)
		}
	}
	if ct := ts.get(t, "/").Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("page served as %q", ct)
	}
	if ct := ts.get(t, "/assets/app.js").Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/javascript") {
		t.Errorf("script served as %q", ct)
	}
}

// No request reaches a file outside the embedded assets, however the path
// is spelled; the client follows redirects, as a browser would.
func TestStaticFilesOnlyFromTheEmbeddedSet(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for _, p := range []string{
		"/assets/../server.go", "/assets/%2e%2e/server.go", "/assets/..%2fserver.go", "/assets/..%5cserver.go",
		"/assets/%2e%2e%2f%2e%2e%2fgo.mod", "/../../etc/passwd", "/assets/../../../../etc/passwd",
		"/assets//etc/passwd", "/assets/%2fetc%2fpasswd", "/assets/", "/assets/.", "/assets/vendor",
		"/assets/index.html/../../adapter.go", "/server.go", "/openapi.json", "/assets/.hidden",
		"/assets/app.js%00.png", "/%2e%2e/go.mod",
	} {
		req, err := http.NewRequest("GET", ts.URL+"/", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.URL.Opaque = p // sent as written, not cleaned by the client
		res, err := ts.client.Do(req)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		var b bytes.Buffer
		_, _ = b.ReadFrom(res.Body)
		res.Body.Close()
		body := b.String()
		if strings.Contains(body, "package serve") || strings.Contains(body, "root:") || strings.Contains(body, "module github.com") {
			t.Errorf("%s: served a file outside the embedded set (status %d)", p, res.StatusCode)
		}
		if res.StatusCode == 200 && !strings.HasPrefix(body, "<!doctype html>") {
			t.Errorf("%s: status 200 with %.60q", p, body)
		}
	}
}

func TestLoopbackHostNamesOnly(t *testing.T) {
	ts := startServer(t, Config{}, "")
	for host, want := range map[string]int{
		"localhost":               200,
		"localhost:64210":         200,
		"127.0.0.1:80":            200,
		"[::1]:64210":             200,
		"app.localhost":           200,
		"evil.example":            421,
		"evil.example:64210":      421,
		"127.0.0.1.evil.example":  421,
		"localhost.evil.example.": 421,
	} {
		res := ts.get(t, "/api/v1/info", "Host", host)
		if res.Status != want {
			t.Errorf("Host %s: status %d, want %d", host, res.Status, want)
		}
	}
}

func TestCORSOnlyForNamedOrigins(t *testing.T) {
	plain := startServer(t, Config{}, "")
	if h := plain.get(t, "/api/v1/info", "Origin", "http://app.example").Header.Get("Access-Control-Allow-Origin"); h != "" {
		t.Errorf("CORS answered without --cors-origin: %q", h)
	}
	ts := startServer(t, Config{CORSOrigins: []string{"http://app.example"}}, "")
	res := ts.get(t, "/api/v1/info", "Origin", "http://app.example")
	if res.Header.Get("Access-Control-Allow-Origin") != "http://app.example" {
		t.Errorf("allowed origin got %q", res.Header.Get("Access-Control-Allow-Origin"))
	}
	if h := ts.get(t, "/api/v1/info", "Origin", "http://other.example").Header.Get("Access-Control-Allow-Origin"); h != "" {
		t.Errorf("other origin got %q", h)
	}
	pre := ts.do(t, "OPTIONS", "/api/v2/query?lang=gizmo", nil, "Origin", "http://app.example", "Access-Control-Request-Method", "POST")
	if pre.Status != 204 || !strings.Contains(pre.Header.Get("Access-Control-Allow-Methods"), "POST") ||
		!strings.Contains(pre.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("preflight: %d %v", pre.Status, pre.Header)
	}
	if pre := ts.do(t, "OPTIONS", "/api/v2/query?lang=gizmo", nil, "Origin", "http://other.example", "Access-Control-Request-Method", "POST"); pre.Status != 403 {
		t.Errorf("preflight from another origin: %d", pre.Status)
	}
}

// A runaway Gizmo script is stopped at the timeout and the server goes on.
func TestTimeoutStopsRunawayGizmo(t *testing.T) {
	ts := startServer(t, Config{Timeout: time.Second}, "")
	for _, path := range []string{"/api/v2/query?lang=gizmo", "/api/v1/query/gizmo"} {
		res := ts.post(t, path, "while (true) {}")
		if res.Status != http.StatusGatewayTimeout {
			t.Fatalf("%s: status %d, want 504: %s", path, res.Status, res.Body)
		}
		if msg := res.errorText(t); !strings.Contains(msg, "timeout") {
			t.Errorf("%s: error %q does not say timeout", path, msg)
		}
	}
	if res := ts.post(t, "/api/v2/query?lang=gizmo", `g.V("<dg:Person>").Count()`); res.Status != 200 {
		t.Errorf("after the timeout: %d %s", res.Status, res.Body)
	}
}

func TestQueryLimits(t *testing.T) {
	ts := startServer(t, Config{Limit: 100, MaxLimit: 150}, "")
	count := func(path string) int {
		var r struct{ Result []interface{} }
		res := ts.post(t, path, "g.V().All()")
		if res.Status != 200 {
			t.Fatalf("%s: %d %s", path, res.Status, res.Body)
		}
		res.json(t, &r)
		return len(r.Result)
	}
	for path, want := range map[string]int{
		"/api/v2/query?lang=gizmo":           100,
		"/api/v2/query?lang=gizmo&limit=7":   7,
		"/api/v2/query?lang=gizmo&limit=999": 150,
		"/api/v1/query/gizmo?limit=3":        3,
	} {
		if got := count(path); got != want {
			t.Errorf("%s: %d results, want %d", path, got, want)
		}
	}
}

func TestBodyLimits(t *testing.T) {
	ts := startServer(t, Config{Writable: true, Token: testToken, MaxBody: 4 << 10}, "")
	big := strings.Repeat("/", maxQueryBody+10)
	if res := ts.post(t, "/api/v2/query?lang=gizmo", big); res.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("1 MiB query body: %d", res.Status)
	}
	var nq strings.Builder
	for nq.Len() < 8<<10 {
		nq.WriteString("<urn:x:a> <urn:x:p> \"padding padding padding\" .\n")
	}
	auth := []string{"Authorization", "Bearer " + testToken, "Content-Type", "application/n-quads"}
	if res := ts.post(t, "/api/v2/write", nq.String(), auth...); res.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("8 KiB write over a 4 KiB limit: %d %s", res.Status, res.Body)
	}
	// A small gzipped body that unpacks past the limit is refused too.
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(strings.Repeat("<urn:x:a> <urn:x:p> <urn:x:b> .\n", 2000)))
	zw.Close()
	res := ts.do(t, "POST", "/api/v2/write", bytes.NewReader(z.Bytes()), append(auth, "Content-Encoding", "gzip")...)
	if res.Status != http.StatusRequestEntityTooLarge {
		t.Errorf("gzip bomb: %d %s", res.Status, res.Body)
	}
}

func TestWritesNeedWritableAndToken(t *testing.T) {
	writes := []struct{ path, body string }{
		{"/api/v2/write", "<urn:x:a> <urn:x:p> <urn:x:b> ."},
		{"/api/v2/delete", "<urn:x:a> <urn:x:p> <urn:x:b> ."},
		{"/api/v2/node/delete", "<urn:x:a>"},
		{"/api/v1/documents?name=a.txt", "Someone met someone."},
	}
	ro := startServer(t, Config{}, "")
	for _, w := range writes {
		res := ro.post(t, w.path, w.body, "Authorization", "Bearer "+testToken)
		if res.Status != 403 || !strings.Contains(res.errorText(t), "read-only") {
			t.Errorf("read-only %s: %d %s", w.path, res.Status, res.Body)
		}
	}
	rw := startServer(t, Config{Writable: true, Token: testToken}, "")
	for _, w := range writes {
		for _, auth := range []string{"", "Bearer wrong-token-000000000000", "Basic " + testToken, testToken} {
			hdr := []string{}
			if auth != "" {
				hdr = []string{"Authorization", auth}
			}
			res := rw.post(t, w.path, w.body, hdr...)
			if res.Status != 401 || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("%s with %q: %d, WWW-Authenticate %q", w.path, auth, res.Status, res.Header.Get("WWW-Authenticate"))
			}
			res.errorText(t)
		}
	}
	if _, err := New(rw.store, nil, Config{Writable: true}, nil); err == nil {
		t.Errorf("New made a writable server without a token (or a logger)")
	}
}

func TestWriteReadDelete(t *testing.T) {
	ts := startServer(t, Config{Writable: true, Token: testToken}, "")
	auth := func(ct string) []string {
		return []string{"Authorization", "Bearer " + testToken, "Content-Type", ct}
	}
	nq := "<urn:x:alice> <urn:x:follows> <urn:x:bob> .\n<urn:x:bob> <urn:x:status> \"cool_person\" .\n<https://diplograph.dev/ns#x> <urn:x:p> \"short\" <urn:x:g> .\n"
	var wr map[string]interface{}
	res := ts.post(t, "/api/v2/write", nq, auth("application/n-quads")...)
	res.json(t, &wr)
	if res.Status != 200 || wr["result"] != "Successfully wrote 3 quads." || wr["count"] != 3.0 || wr["added"] != 3.0 {
		t.Fatalf("write: %d %s", res.Status, res.Body)
	}
	// Writing the same quads again adds nothing (and leaks no references).
	ts.post(t, "/api/v2/write", nq, auth("application/n-quads")...).json(t, &wr)
	if wr["added"] != 0.0 || wr["count"] != 3.0 {
		t.Errorf("rewrite: %v", wr)
	}
	// JSON quads, as Cayley's docs show them.
	js := `[{"subject":"<urn:x:carol>","predicate":"<urn:x:follows>","object":"<urn:x:bob>"}]`
	if res := ts.post(t, "/api/v2/write", js, auth("application/json")...); res.Status != 200 {
		t.Fatalf("json write: %d %s", res.Status, res.Body)
	}
	var q struct{ Result []map[string]string }
	ts.post(t, "/api/v2/query?lang=gizmo", `g.V("<urn:x:bob>").In("<urn:x:follows>").All()`).json(t, &q)
	if len(q.Result) != 2 {
		t.Errorf("followers of bob: %v", q.Result)
	}
	// The absolute dg: IRI was stored short, as load stores it.
	if r := ts.get(t, "/api/v2/read?sub="+url.QueryEscape("<dg:x>")); !strings.Contains(string(r.Body), `"short"`) {
		t.Errorf("compacted subject not found: %s", r.Body)
	}
	// A malformed line names its line and stores nothing.
	res = ts.post(t, "/api/v2/write", "<urn:x:dave> <urn:x:follows> <urn:x:bob> .\n<urn:x:oops> <urn:x:p> .\n", auth("application/n-quads")...)
	if res.Status != 400 || !strings.Contains(res.errorText(t), ":2") {
		t.Errorf("malformed write: %d %s", res.Status, res.Body)
	}
	ts.post(t, "/api/v2/query?lang=gizmo", `g.V("<urn:x:dave>").Out().All()`).json(t, &q)
	if len(q.Result) != 0 {
		t.Errorf("a malformed write stored quads: %v", q.Result)
	}
	var del map[string]interface{}
	ts.post(t, "/api/v2/delete", "<urn:x:alice> <urn:x:follows> <urn:x:bob> .\n<urn:x:nobody> <urn:x:follows> <urn:x:bob> .\n", auth("application/n-quads")...).json(t, &del)
	if del["count"] != 2.0 || del["removed"] != 1.0 || del["result"] != "Successfully deleted 2 quads." {
		t.Errorf("delete: %v", del)
	}
	ts.post(t, "/api/v2/query?lang=gizmo", `g.V("<urn:x:bob>").In("<urn:x:follows>").All()`).json(t, &q)
	if len(q.Result) != 1 {
		t.Errorf("after delete, followers of bob: %v", q.Result)
	}
	res = ts.post(t, "/api/v2/node/delete", "<urn:x:bob>", auth("application/n-quads")...)
	if res.Status != 200 {
		t.Fatalf("node delete: %d %s", res.Status, res.Body)
	}
	ts.post(t, "/api/v2/query?lang=gizmo", `g.V("<urn:x:carol>").Out("<urn:x:follows>").All()`).json(t, &q)
	if len(q.Result) != 0 {
		t.Errorf("after node delete: %v", q.Result)
	}
	if res := ts.post(t, "/api/v2/node/delete", "<urn:x:never-there>", auth("application/n-quads")...); res.Status != 404 {
		t.Errorf("deleting a missing node: %d", res.Status)
	}
	// The page's name index sees writes.
	var s struct{ Results []nodeRef }
	ts.post(t, "/api/v2/write", `<urn:diplograph:person:zz-new> <rdf:type> <dg:Person> .
<urn:diplograph:person:zz-new> <dg:name> "Zelda Newcomer" .`, auth("application/n-quads")...)
	ts.get(t, "/api/v1/search?q=newcomer").json(t, &s)
	if len(s.Results) != 1 || s.Results[0].Name != "Zelda Newcomer" {
		t.Errorf("search after a write: %+v", s.Results)
	}
}
