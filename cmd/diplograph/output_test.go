package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/termtext"
)

// Issue: `export -o diplograph.db` replaced the store with the export and
// exited 0. Outputs never replace the store or any bolt file.
func TestOutputsNeverReplaceAStore(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	other := filepath.Join(e.dir, "other.db")
	e2 := *e
	e2.dbpath = other
	e2.ok("build", e.docs())
	input := filepath.Join(e.docs(), "visit-a.txt")
	tests := []struct {
		name string
		args []string
		file string
		want string
	}{
		{"export over the open store", []string{"export", "--format", "graphml", "-o", e.dbpath}, e.dbpath, "it is the store"},
		{"export over another bolt file", []string{"export", "-o", other}, other, "bolt database"},
		{"extract over a bolt file", []string{"extract", "-o", other, input}, other, "bolt database"},
		{"extract over its own input", []string{"extract", "-o", input, input}, input, "input document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, err := os.ReadFile(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			if code := e.run(tt.args...); code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(e.stderr.String(), "refusing to write over") || !strings.Contains(e.stderr.String(), tt.want) {
				t.Errorf("unclear refusal: %s", e.stderr.String())
			}
			after, _ := os.ReadFile(tt.file)
			if string(before) != string(after) {
				t.Errorf("%s was changed", tt.file)
			}
		})
	}
	if out := e.ok("ask", "meetings"); !strings.Contains(out, "Oslo") {
		t.Errorf("the store no longer answers:\n%s", out)
	}
}

// An output keeps the permission bits of the file it replaces, and a
// symlink is followed (the link stays, its target is rewritten); a
// dangling symlink is refused.
func TestOutputKeepsModeAndFollowsSymlinks(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	private := filepath.Join(e.dir, "private.nq")
	if err := os.WriteFile(private, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.ok("export", "-o", private)
	if fi, err := os.Stat(private); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("mode after export: %v %v, want 0600", fi.Mode(), err)
	}
	target := filepath.Join(e.dir, "real", "graph.nq")
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(e.dir, "link.nq")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	e.ok("export", "-o", link)
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the symlink was replaced: %v %v", fi.Mode(), err)
	}
	data, _ := os.ReadFile(target)
	if !strings.Contains(string(data), "urn:diplograph:") {
		t.Errorf("the symlink's target was not written: %q", data)
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o640 {
		t.Errorf("the target's mode became %v", fi.Mode())
	}
	dangling := filepath.Join(e.dir, "dangling.nq")
	if err := os.Symlink(filepath.Join(e.dir, "nowhere", "x.nq"), dangling); err != nil {
		t.Fatal(err)
	}
	if code := e.run("export", "-o", dangling); code != 1 || !strings.Contains(e.stderr.String(), "does not exist") {
		t.Errorf("dangling symlink: exit %d, %s", code, e.stderr.String())
	}
	// A symlink to the store is the store.
	storeLink := filepath.Join(e.dir, "store-link")
	if err := os.Symlink(e.dbpath, storeLink); err != nil {
		t.Fatal(err)
	}
	if code := e.run("export", "-o", storeLink); code != 1 || !strings.Contains(e.stderr.String(), "refusing") {
		t.Errorf("symlink to the store: exit %d, %s", code, e.stderr.String())
	}
}

// rawControl finds a character a terminal would act on.
func rawControl(s string) (rune, bool) {
	for _, r := range s {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0) || (r >= 0x202a && r <= 0x202e) {
			return r, true
		}
	}
	return 0, false
}

// Issue: escape sequences in a document reached the terminal through query
// and ask --evidence. Every printed path escapes them; JSON keeps them as
// escapes that decode to the stored text.
func TestControlCharactersNeverReachTheTerminal(t *testing.T) {
	e := newEnv(t, "bolt")
	e.write("hostile.txt", "text\n")
	e.ok("build", filepath.Join(e.dir, "docs"))
	for _, args := range [][]string{
		{"ask", "claims"},
		{"ask", "claims", "--evidence"},
		{"ask", "claims", "--evidence", "--wide"},
		{"ask", "claims", "--json", "--evidence"},
		{"ask", "people"},
		{"ask", "what did Mallory claim"},
		{"query", `g.V().Tag("v").Out().All()`},
		{"query", "--json", `g.V().Tag("v").Out().All()`},
		{"query", `g.V().Out("<dg:text>").ToArray()`},
		{"export", "--format", "nquads"},
		{"export", "--format", "nt"},
		{"export", "--format", "jsonld"},
		{"export", "--format", "graphml"},
		{"export", "--format", "dot"},
	} {
		code := e.run(args...)
		for name, out := range map[string]string{"stdout": e.stdout.String(), "stderr": e.stderr.String()} {
			if r, bad := rawControl(out); bad {
				t.Errorf("%s (exit %d): %s holds raw %U:\n%q", strings.Join(args, " "), code, name, r, termtext.Line(out))
			}
		}
		if code != 0 {
			t.Errorf("%s: exit %d\n%s", strings.Join(args, " "), code, e.stderr.String())
		}
	}
	var claims []map[string]interface{}
	if err := json.Unmarshal([]byte(e.ok("ask", "claims", "--json")), &claims); err != nil || len(claims) != 1 {
		t.Fatalf("ask claims --json: %v %v", claims, err)
	}
	if claims[0]["speaker"] != "Eve\x1b[2J Mallory" {
		t.Errorf("JSON speaker = %q, want the stored text back", claims[0]["speaker"])
	}
	// An error quoting hostile input is escaped too.
	e.run("ask", "where was \x1b]0;owned\x07 Nobody Known")
	if r, bad := rawControl(e.stderr.String()); bad {
		t.Errorf("error message holds raw %U: %q", r, e.stderr.String())
	}
}

func TestQuerySaysHowManyWereCut(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	all := e.ok("query", "--limit", "0", "--json", `g.V().All()`)
	var rows []interface{}
	if err := json.Unmarshal([]byte(all), &rows); err != nil {
		t.Fatal(err)
	}
	e.ok("query", "--limit", "5", `g.V().All()`)
	m := regexp.MustCompile(`first 5 of (\d+) results; (\d+) cut by --limit`).FindStringSubmatch(e.stderr.String())
	if m == nil || m[1] != itoa(len(rows)) || m[2] != itoa(len(rows)-5) {
		t.Errorf("--limit 5 of %d rows said: %q", len(rows), e.stderr.String())
	}
	e.ok("query", "--limit", itoa(len(rows)), `g.V().All()`)
	if strings.Contains(e.stderr.String(), "cut") {
		t.Errorf("nothing was cut but: %s", e.stderr.String())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestQueryKeepsLanguageTags(t *testing.T) {
	e := newEnv(t, "bolt")
	nq := filepath.Join(e.dir, "lang.nq")
	if err := os.WriteFile(nq, []byte(`<http://example.org/p1> <http://example.org/name> "Marcelo"@es .`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e.ok("load", nq)
	for _, args := range [][]string{
		{"query", `g.V("<http://example.org/p1>").Out("<http://example.org/name>").All()`},
		{"query", "--json", `g.V("<http://example.org/p1>").Out("<http://example.org/name>").All()`},
	} {
		if out := e.ok(args...); !strings.Contains(out, `Marcelo\"@es`) && !strings.Contains(out, `"Marcelo"@es`) {
			t.Errorf("%s lost the language tag:\n%s", strings.Join(args, " "), out)
		}
	}
}

func TestVersionAndRootUsage(t *testing.T) {
	e := newEnv(t, "bolt")
	o := e.options()
	if code := execute(t.Context(), o, []string{"--version"}); code != 0 || !strings.HasPrefix(e.stdout.String(), "diplograph ") || !strings.Contains(e.stdout.String(), "go1.") {
		t.Errorf("--version: exit %d, %q", code, e.stdout.String())
	}
	if code := execute(t.Context(), e.options(), []string{"--no-such-flag"}); code != 2 {
		t.Errorf("unknown root flag: exit %d", code)
	}
	if msg := e.stderr.String(); strings.Contains(msg, "diplograph diplograph") || !strings.Contains(msg, "Run 'diplograph --help'") {
		t.Errorf("root flag error: %q", msg)
	}
	if code := e.run("ask", "--no-such-flag"); code != 2 || !strings.Contains(e.stderr.String(), "Run 'diplograph ask --help'") {
		t.Errorf("ask flag error: exit %d, %q", code, e.stderr.String())
	}
}

// Issue: "where was X" said "no meetings found" when X's only meeting was
// undated. A question about a person shows undated meetings and says how
// many it shows; the meetings table says how many it hid.
func TestUndatedMeetingsOfAPerson(t *testing.T) {
	e := newEnv(t, "bolt")
	e.docs()
	e.write("undated.txt", "text\n")
	e.ok("build", filepath.Join(e.dir, "docs"))
	out := e.ok("ask", "where was Hovden")
	if !strings.Contains(out, "Santiago") {
		t.Errorf("where was Hovden:\n%s", out)
	}
	if !strings.Contains(e.stderr.String(), "1 of these meetings has no known date") {
		t.Errorf("undated meeting shown without saying so: %q", e.stderr.String())
	}
	out = e.ok("ask", "meetings")
	if strings.Contains(out, "Santiago") || !strings.Contains(e.stderr.String(), "1 meeting without a known date not shown") {
		t.Errorf("ask meetings:\n%s\nstderr: %s", out, e.stderr.String())
	}
}

func TestTablesFitTheTerminal(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	run := func(width int, args ...string) string {
		o := e.options()
		o.DB, o.DBPath = e.db, e.dbpath
		o.Columns = func() int { return width }
		if code := execute(t.Context(), o, args); code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, e.stderr.String())
		}
		return e.stdout.String()
	}
	widest := func(s string) int {
		w := 0
		for _, l := range strings.Split(s, "\n") {
			w = max(w, termtext.Width(l))
		}
		return w
	}
	for _, args := range [][]string{{"ask", "claims", "--evidence"}, {"ask", "roles", "--evidence"}, {"ask", "meetings", "--evidence"}} {
		fitted := run(80, args...)
		if w := widest(fitted); w > 80 {
			t.Errorf("%v at 80 columns is %d wide:\n%s", args, w, fitted)
		}
		wide := run(80, append(args, "--wide")...)
		if widest(wide) <= 80 {
			t.Errorf("%v --wide is not wider than the terminal:\n%s", args, wide)
		}
		// Nothing is lost by fitting: the same characters, only laid out
		// on more lines.
		if a, b := letters(fitted), letters(wide); a != b {
			t.Errorf("%v at 80 columns lost text:\n%s\nwide:\n%s", args, fitted, wide)
		}
	}
}

// letters is the text without white space, sorted: what a table holds
// whatever its layout.
func letters(s string) string {
	r := []rune(strings.Join(strings.Fields(s), ""))
	sort.Slice(r, func(i, j int) bool { return r[i] < r[j] })
	return string(r)
}
