package serve

// The page in headless Chromium (Debian's chromium), driven with chromedp:
// ask a question, see the answer, open a person, see the graph drawn and
// expand it, open a timeline; and a store whose names, sentences and titles
// hold <script>, quotes and markup shows them as text and runs none of it.
// DIPLOGRAPH_SCREENSHOTS=DIR also writes screenshots of the page to DIR.

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/diplograph/diplograph/kind"
)

// chromium finds Debian's Chromium (or another Chrome) on PATH.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	missingTool(t, "no chromium on PATH (Debian: apt-get install chromium chromium-driver)")
	return ""
}

// browser starts a fresh headless Chromium for the test and returns a tab
// context, with the console messages it gathers.
func browser(t *testing.T) (context.Context, func() []chromedp.ConsoleMessage) {
	t.Helper()
	exe := chromium(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // the tests run as root
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		// Without these Chromium reaches out to the network at start, which
		// a closed network refuses.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	var mu sync.Mutex
	var msgs []chromedp.ConsoleMessage
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			mu.Lock()
			msgs = append(msgs, m)
			mu.Unlock()
		}
	}()
	return ctx, func() []chromedp.ConsoleMessage {
		mu.Lock()
		defer mu.Unlock()
		return append([]chromedp.ConsoleMessage(nil), msgs...)
	}
}

// waitJS waits until the expression is true in the page.
func waitJS(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](expr, chromedp.WithPollingTimeout(30*time.Second), chromedp.WithPollingInterval(50*time.Millisecond))); err != nil {
		body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
		t.Fatalf("waiting for %s (%s): %v\npage text:\n%.1500s", what, expr, err, body)
	}
}

func evalJS[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// screenshot writes the viewport to DIPLOGRAPH_SCREENSHOTS/name, if set.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("DIPLOGRAPH_SCREENSHOTS")
	if dir == "" {
		return
	}
	// Let the layout settle (the graph view animates nothing, but fonts load).
	_ = chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond))
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s (%d bytes)", p, len(png))
}

// noErrors fails on console errors, uncaught exceptions and CSP reports,
// but for the messages that contain one of allowed (the browser logs every
// answer of 4xx, even one the page expects).
func noErrors(t *testing.T, console func() []chromedp.ConsoleMessage, allowed ...string) {
	t.Helper()
next:
	for _, m := range console() {
		for _, a := range allowed {
			if strings.Contains(m.Text, a) && !strings.Contains(m.Text, "Content Security Policy") {
				continue next
			}
		}
		if m.Type == chromedp.ConsoleError || m.IsException() || strings.Contains(m.Text, "Content Security Policy") {
			t.Errorf("browser console: %s %s (%s:%d)", m.Type, m.Text, m.URL, m.Line)
		}
	}
}

func TestBrowser(t *testing.T) {
	haveLibrary := true
	if _, ok := graphLibrary(); !ok {
		haveLibrary = false
		if requireTools() {
			t.Fatalf("the graph library is not embedded: run `make web` before the tests (DIPLOGRAPH_REQUIRE_TOOLS=1)")
		}
	}
	ctx, console := browser(t)
	ts := startServer(t, Config{}, "")

	// The start page.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the named questions", `document.querySelectorAll("main table a").length >= 5`)
	screenshot(t, ctx, "serve-home.png")

	// Ask in plain English, as a user types it.
	if err := chromedp.Do(ctx,
		chromedp.SendKeys(chromedp.CSS("#q"), "who co-chaired which commission"),
		chromedp.Click(chromedp.CSS("#search button")),
	); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the answer table", `document.querySelectorAll("table.answers tr.answer").length > 0`)
	text := evalJS[string](t, ctx, `document.querySelector("table.answers").innerText`)
	for _, want := range []string{"Alexei Overchuk", "Yury Borisov", "Intergovernmental Commission on Baikonur", "Russia"} {
		if !strings.Contains(text, want) {
			t.Errorf("the answer does not show %q:\n%s", want, text)
		}
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("table.answers tr.evidence blockquote").length`); n == 0 {
		t.Errorf("no evidence sentences under the answers")
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("table.answers tr.evidence a[href^='#/entity/urn%3Adiplograph%3Adoc%3A']").length`); n == 0 {
		t.Errorf("no evidence links to a document")
	}
	screenshot(t, ctx, "serve-answer.png")

	// Open the person from the answer and see the graph view draw nodes.
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.JSPath(`[...document.querySelectorAll("table.answers a")].find(a => a.textContent === "Alexei Overchuk")`))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the person page", `document.querySelector("main h1") && document.querySelector("main h1").innerText.includes("Alexei Overchuk")`)
	if !haveLibrary {
		waitJS(t, ctx, "the missing-graph note", `!!document.getElementById("graph-missing")`)
		t.Logf("the graph library is not embedded (run `make web`): the graph view was checked only for its note")
	} else {
		waitJS(t, ctx, "the graph view", `document.getElementById("graph") && Number(document.getElementById("graph").dataset.nodes) > 2`)
		before := evalJS[int](t, ctx, `Number(document.getElementById("graph").dataset.nodes)`)
		if c := evalJS[int](t, ctx, `document.querySelectorAll("#graph canvas").length`); c == 0 {
			t.Errorf("the graph view has no canvas")
		}
		// Click the person's office (a real mouse click at its place) to
		// expand it: the office leads to its country.
		xy := evalJS[[]float64](t, ctx, `(() => {
			const c = document.getElementById("graph"), cy = c.cy;
			const n = cy.nodes().filter(n => n.data("kind") === "Office")[0];
			const p = n.renderedPosition(), r = c.getBoundingClientRect();
			return [r.left + p.x, r.top + p.y];
		})()`)
		if err := chromedp.Do(ctx, chromedp.MouseClickXY(xy[0], xy[1])); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "the expanded graph", fmt.Sprintf(`Number(document.getElementById("graph").dataset.nodes) > %d`, before))
		kinds := evalJS[[]string](t, ctx, `[...new Set(document.getElementById("graph").cy.nodes().map(n => n.data("kind")))]`)
		t.Logf("graph view: %d nodes before the click, %s after; kinds %v", before,
			evalJS[string](t, ctx, `document.getElementById("graph").dataset.nodes`), kinds)
		if len(kinds) < 3 {
			t.Errorf("the neighbourhood shows too few kinds: %v", kinds)
		}
		// Each kind is drawn as the registry's drawing says (the fill as
		// /api/v1/info serves it from kind.Drawings), and kinds apart.
		looks := evalJS[int](t, ctx, `new Set(document.getElementById("graph").cy.nodes().map(n => n.style("background-color") + " " + n.style("shape") + " " + n.style("border-style"))).size`)
		if looks < len(kinds) {
			t.Errorf("%d looks for %d kinds", looks, len(kinds))
		}
		fills := map[string]string{}
		for _, d := range kind.Drawings() {
			fills[localName(d.Class)] = d.Fill
		}
		drawn := evalJS[map[string]string](t, ctx, `(() => {
			const cv = document.createElement("canvas").getContext("2d"), out = {};
			for (const n of document.getElementById("graph").cy.nodes()) {
				cv.fillStyle = n.style("background-color"); out[n.data("kind")] = cv.fillStyle;
			}
			return out;
		})()`)
		for k, got := range drawn {
			if want := fills[k]; !strings.EqualFold(got, want) {
				t.Errorf("%s nodes are drawn %s, the registry fills them %s", k, got, want)
			}
		}
		if n := evalJS[int](t, ctx, `document.querySelectorAll(".legend .swatch").length`); n != len(kinds) {
			t.Errorf("legend has %d kinds, graph %d", n, len(kinds))
		}
	}
	screenshot(t, ctx, "serve-person.png")

	// A person with more around them: meetings, claims, offices, a country.
	if haveLibrary {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#/entity/"+url.PathEscape("urn:diplograph:person:alikhan-smailov"))); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, "a larger graph", `document.getElementById("graph") && Number(document.getElementById("graph").dataset.nodes) > 8`)
		screenshot(t, ctx, "serve-graph.png")
	}

	// A country pair's timeline, from the country's page.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#/timeline/"+url.PathEscape("urn:diplograph:country:kazakhstan")+"/"+url.PathEscape("urn:diplograph:country:russia"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the timeline", `document.querySelectorAll("ol.timeline li").length > 0`)
	tl := evalJS[string](t, ctx, `document.querySelector("ol.timeline").innerText`)
	if !strings.Contains(tl, "2023-02-03") || !strings.Contains(tl, "Alikhan Smailov") {
		t.Errorf("the timeline lacks the Almaty meeting:\n%s", tl)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("ol.timeline li a[href^='#/entity/urn%3Adiplograph%3Aperson%3A']").length`); n == 0 {
		t.Errorf("the timeline links no person")
	}
	kindsShown := evalJS[[]string](t, ctx, `[...new Set([...document.querySelectorAll("ol.timeline li")].map(li => li.dataset.kind))]`)
	if !slices.Contains(kindsShown, "meeting") || !slices.Contains(kindsShown, "commitment") {
		t.Errorf("timeline kinds %v", kindsShown)
	}
	screenshot(t, ctx, "serve-timeline.png")

	// The same timeline asked in the box, and what it was read as.
	askIn(t, ctx, ts, "how have relations between Russia and Kazakhstan developed")
	waitJS(t, ctx, "the asked timeline", `document.querySelectorAll("ol.timeline li").length > 0`)
	if asked := evalJS[string](t, ctx, `document.querySelector("ol.timeline").innerText`); asked != tl {
		t.Errorf("the asked timeline differs from the country pair's:\n%s\n---\n%s", asked, tl)
	}
	if read := evalJS[string](t, ctx, `document.getElementById("read-as").innerText`); !strings.Contains(read, "timeline") || !strings.Contains(read, "Russia") {
		t.Errorf("read as %q", read)
	}

	// A person's profile: offices, meetings, figures, documents.
	askIn(t, ctx, ts, "person Smailov")
	waitJS(t, ctx, "the profile", `document.querySelectorAll("section.answer-section").length >= 3`)
	sections := evalJS[[]string](t, ctx, `[...document.querySelectorAll("section.answer-section")].map(s => s.dataset.section)`)
	for _, want := range []string{"offices", "meetings", "figures claimed", "documents"} {
		if !slices.Contains(sections, want) {
			t.Errorf("the profile lacks %s: %v", want, sections)
		}
	}
	if off := evalJS[string](t, ctx, `document.querySelector("section[data-section=offices] table").innerText`); !strings.Contains(off, "Prime Minister") || !strings.Contains(off, "2023-02-03") {
		t.Errorf("offices:\n%s", off)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("section[data-section=meetings] td.docs a[href^='#/entity/urn%3Adiplograph%3Adoc%3A']").length`); n != 3 {
		t.Errorf("the meeting's 3 documents are %d links", n)
	}
	if h := evalJS[string](t, ctx, `document.querySelector("h2.profile-of").innerText`); !strings.Contains(h, "Alikhan Smailov") {
		t.Errorf("the profile is of %q", h)
	}
	screenshot(t, ctx, "serve-profile.png")

	// Yes or no.
	askIn(t, ctx, ts, "did Mishustin meet Smailov in 2023")
	waitJS(t, ctx, "the verdict", `!!document.getElementById("verdict")`)
	if v := evalJS[string](t, ctx, `document.getElementById("verdict").innerText`); !strings.HasPrefix(v, "Yes") || !strings.Contains(v, "1 meeting") {
		t.Errorf("verdict %q", v)
	}

	// A near miss is declined with the names that would help; following
	// the suggestion answers.
	askIn(t, ctx, ts, "where was Smailow")
	waitJS(t, ctx, "the decline", `!!document.querySelector("#decline ul.suggestions a")`)
	if msg := evalJS[string](t, ctx, `document.querySelector("#decline .error").innerText`); !strings.Contains(msg, "Smailow") {
		t.Errorf("decline says %q", msg)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("#decline .examples a").length`); n != 0 {
		t.Logf("a near miss also offers %d examples", n)
	}
	screenshot(t, ctx, "serve-decline.png")
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#decline ul.suggestions a"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the suggested question's answer", `document.querySelectorAll("table.answers tr.answer").length > 0 && document.querySelector("main h1").innerText === "where was Alikhan Smailov"`)

	// A question outside the graph is declined with questions it can answer.
	askIn(t, ctx, ts, "why did Russia meet Kazakhstan")
	waitJS(t, ctx, "the examples", `document.querySelectorAll("#decline .examples a").length > 3`)

	// A Gizmo query in the same box.
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")),
		chromedp.SendKeys(chromedp.CSS("#q"), `g.V("<dg:Country>").In("<rdf:type>").Tag("country").Out("<dg:name>").Tag("name").All()`),
		chromedp.Click(chromedp.CSS("#search button"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the Gizmo results", `document.querySelectorAll("table.gizmo-results tr.answer").length > 0`)
	if g := evalJS[string](t, ctx, `document.querySelector("table.gizmo-results").innerText`); !strings.Contains(g, "Kazakhstan") || !strings.Contains(g, "<urn:diplograph:country:") {
		t.Errorf("Gizmo results:\n%s", g)
	}
	// The browser logs the declines' 422s, which the page expects.
	noErrors(t, console, "status of 422")
}

// askIn types a question into the box and asks it.
func askIn(t *testing.T, ctx context.Context, ts *testServer, q string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")),
		chromedp.SendKeys(chromedp.CSS("#q"), q), chromedp.Click(chromedp.CSS("#search button"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the answer to "+q, fmt.Sprintf(`!document.querySelector("p.busy") && document.querySelector("main h1") && document.querySelector("main h1").innerText === %q`, q))
}

// Without the graph library the page still works and says what is missing.
func TestBrowserWithoutGraphLibrary(t *testing.T) {
	ctx, console := browser(t)
	ts := startServer(t, Config{}, "")
	ts.srv.library = func() (libraryInfo, bool) { return libraryInfo{}, false }
	if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/#/entity/"+url.PathEscape("urn:diplograph:person:alikhan-smailov"))); err != nil {
		t.Fatal(err)
	}
	waitJS(t, ctx, "the note", `!!document.getElementById("graph-missing")`)
	note := evalJS[string](t, ctx, `document.getElementById("graph-missing").innerText`)
	if !strings.Contains(note, "graph view is missing") || !strings.Contains(note, "make web") {
		t.Errorf("note: %q", note)
	}
	if n := evalJS[int](t, ctx, `document.querySelectorAll("dl.facts, ul.links li").length`); n == 0 {
		t.Errorf("the rest of the page is missing too")
	}
	noErrors(t, console)
}

// evilQuads are a person, a commission, a sentence and a document whose
// texts are markup and script.
const evilQuads = `<urn:diplograph:doc:evil-nq> <rdf:type> <dg:Document> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:doc:evil-nq> <dg:file> "evil.nq" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:doc:evil-nq> <dg:name> "evil.nq" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:doc:evil-nq> <dg:title> "<script>window.__xss='doctitle'</script>Title & \"quotes\"" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:doc:evil-nq> <dg:url> "javascript:window.__xss='docurl'" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:person:evil> <rdf:type> <dg:Person> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:person:evil> <dg:name> "Eve <script>window.__xss='name'</script> \"Quote\" O'Neil <b>bold</b>" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:person:evil> <dg:alias> "<img src=x onerror=\"window.__xss='alias'\">" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:person:evil> <dg:acts-for> <urn:diplograph:country:russia> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:person:evil> <dg:chairing> <urn:diplograph:co-chair:evil> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:person:evil> <dg:co-chaired> <urn:diplograph:commission:evil> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:co-chair:evil> <rdf:type> <dg:CoChair> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:co-chair:evil> <dg:name> "<i>co-chair</i>" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:co-chair:evil> <dg:commission> <urn:diplograph:commission:evil> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:co-chair:evil> <dg:side> <urn:diplograph:country:russia> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:co-chair:evil> <dg:evidence> <urn:diplograph:sentence:evil-nq:0-10> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:commission:evil> <rdf:type> <dg:Commission> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:commission:evil> <dg:name> "Commission on <img src=x onerror=\"window.__xss='commission'\"> & <u>Trade</u>" <urn:diplograph:doc:evil-nq> .
<urn:diplograph:sentence:evil-nq:0-10> <rdf:type> <dg:Sentence> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:sentence:evil-nq:0-10> <dg:text> "It is co-chaired by <script>window.__xss='evidence'</script> & <a href=\"javascript:window.__xss='a'\">click</a>." <urn:diplograph:doc:evil-nq> .
<urn:diplograph:sentence:evil-nq:0-10> <dg:line> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:diplograph:doc:evil-nq> .
<urn:diplograph:sentence:evil-nq:0-10> <dg:in-document> <urn:diplograph:doc:evil-nq> <urn:diplograph:doc:evil-nq> .
`

// evilDocument is a document built the normal way whose sentences and
// front matter carry markup.
const evilDocument = `---
title: '<script>window.pwned="frontmatter"</script> Talks & "quotes" <b>bold</b>'
date: 2024-03-05
source: '<img src=x onerror="window.pwned=1">'
url: 'javascript:window.pwned="url"'
---
Prime Minister Ingrid Solberg of Norway met President Marta Kowalczyk of Poland in Oslo on 5 March 2024 <script>window.pwned="sentence"</script>.
Trade between Norway and Poland grew to $3 billion in 2023, Solberg said "<b>proudly</b>" <img src=x onerror="window.pwned='img'">.
`

func TestBrowserEscapesDocumentText(t *testing.T) {
	dir := t.TempDir()
	store := copyStore(t)
	doc := filepath.Join(dir, "markup-talks.md")
	nq := filepath.Join(dir, "evil.nq")
	if err := os.WriteFile(doc, []byte(evilDocument), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(nq, []byte(evilQuads), 0o644); err != nil {
		t.Fatal(err)
	}
	runBin(t, "build", "--dbpath", store, doc)
	runBin(t, "load", "--dbpath", store, nq)
	ctx, console := browser(t)
	ts := startServer(t, Config{}, store)

	// The markup reached the store and the API as it was written.
	var ans struct{ Answers []map[string]interface{} }
	ts.get(t, "/api/v1/ask?evidence=1&q="+url.QueryEscape("who co-chaired which commission")).json(t, &ans)
	if !strings.Contains(fmt.Sprint(ans.Answers), "<script>window.__xss='name'</script>") {
		t.Fatalf("the test's markup is not in the answers: %v", ans.Answers)
	}
	docID := "urn:diplograph:doc:markup-talks-md"
	if r := ts.get(t, "/api/v1/entity?id="+url.QueryEscape(docID)); !strings.Contains(string(r.Body), `<script>window.pwned=\"sentence\"</script>`) {
		t.Fatalf("the built document's sentence lost its markup: %.500s", r.Body)
	}

	pages := []struct{ name, hash, shows string }{
		{"answer", "#/ask/" + url.PathEscape("who co-chaired which commission"), "Eve <script>window.__xss='name'</script> \"Quote\" O'Neil <b>bold</b>"},
		{"person", "#/entity/" + url.PathEscape("urn:diplograph:person:evil"), "<img src=x onerror=\"window.__xss='alias'\">"},
		{"commission", "#/entity/" + url.PathEscape("urn:diplograph:commission:evil"), "Commission on <img src=x onerror=\"window.__xss='commission'\"> & <u>Trade</u>"},
		{"evidence document", "#/entity/" + url.PathEscape("urn:diplograph:doc:evil-nq"), "<a href=\"javascript:window.__xss='a'\">click</a>"},
		{"built document", "#/entity/" + url.PathEscape(docID), `<script>window.pwned="sentence"</script>`},
		{"built document title", "#/documents", `<script>window.pwned="frontmatter"</script> Talks & "quotes" <b>bold</b>`},
		{"timeline", "#/timeline/Norway/Poland", "Ingrid Solberg"},
		{"search", "#/ask/" + url.PathEscape("Eve O'Neil"), "\"Quote\" O'Neil <b>bold</b>"},
	}
	for _, p := range pages {
		if err := chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"+p.hash)); err != nil {
			t.Fatal(err)
		}
		waitJS(t, ctx, p.name+" page", fmt.Sprintf(`document.body.innerText.includes(%q)`, p.shows))
		_ = chromedp.Do(ctx, chromedp.Sleep(200*time.Millisecond)) // let any onerror fire
		if v := evalJS[string](t, ctx, `String(window.__xss) + " " + String(window.pwned)`); v != "undefined undefined" {
			t.Errorf("%s page ran injected script: window.__xss, window.pwned = %s", p.name, v)
		}
		if n := evalJS[int](t, ctx, `document.querySelectorAll("main script, main img, main iframe, main b, main u, main [onerror]").length`); n != 0 {
			t.Errorf("%s page: %d elements made from document text", p.name, n)
		}
		if n := evalJS[int](t, ctx, `[...document.querySelectorAll("a[href]")].filter(a => /^\s*javascript:/i.test(a.getAttribute("href"))).length`); n != 0 {
			t.Errorf("%s page: %d javascript: links", p.name, n)
		}
	}
	// The unanswerable question is answered 422, which the page expects.
	noErrors(t, console, "status of 422")
}
