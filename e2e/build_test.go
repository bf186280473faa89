package e2e

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

const nsFile = "<https://diplograph.dev/ns#file>"

func TestBuildTwiceLeavesSameQuads(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	first := s.quads()
	if len(first) == 0 {
		t.Fatal("the demo corpus built an empty graph")
	}
	s.build(demoDir())
	second := s.quads()
	if len(second) != len(first) {
		t.Errorf("second build changed the quad count: %d, then %d", len(first), len(second))
	}
	if !reflect.DeepEqual(first, second) {
		added, removed := diff(first, second)
		t.Errorf("second build changed the graph: %d quads added, %d removed\nadded: %v\nremoved: %v",
			len(added), len(removed), head(added), head(removed))
	}
}

func TestChangedDocumentGivesAFreshBuildsGraph(t *testing.T) {
	digits := regexp.MustCompile(`[0-9]`)
	tests := []struct {
		name string
		edit func(old string) string
	}{
		{"figures removed", func(old string) string {
			var keep []string
			for _, line := range strings.Split(old, "\n") {
				if !digits.MatchString(line) {
					keep = append(keep, line)
				}
			}
			return strings.Join(keep, "\n")
		}},
		{"rewritten", func(string) string {
			return "The two delegations met again to review the agenda of their talks.\nNo figures were discussed.\n"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newBoltStore(t)
			corpus := filepath.Join(s.dir, "corpus")
			copyDir(t, demoDir(), corpus)
			s.build(corpus)
			before := s.quads()

			// Edit a document that reported claims.
			var changed string
			for _, c := range s.askJSON("claims") {
				obj, _ := c.(map[string]any)
				if doc, _ := obj["doc"].(string); doc != "" {
					changed = filepath.Base(doc)
					break
				}
			}
			if changed == "" {
				t.Fatal("no claim in the demo store names its document")
			}
			old, err := os.ReadFile(filepath.Join(corpus, changed))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(corpus, changed), []byte(tt.edit(string(old))), 0o644); err != nil {
				t.Fatal(err)
			}
			// Rebuilding the changed document alone replaces its facts; other
			// documents' quads change only as the corpus settles them again
			// (an edit that drops a date or a figure re-identifies the
			// meeting the documents share), as a fresh build would.
			s.build(filepath.Join(corpus, changed))
			after := s.quads()

			// The changed document's old facts are gone.
			for _, c := range s.askJSON("claims") {
				obj, _ := c.(map[string]any)
				if doc, _ := obj["doc"].(string); filepath.Base(doc) == changed {
					t.Errorf("claim from the old version of %s survived the rebuild: %v", changed, obj)
				}
			}
			oldLabel, newLabel := docLabel(t, before, changed), docLabel(t, after, changed)
			byLabelBefore, byLabelAfter := groupByLabel(t, before), groupByLabel(t, after)
			if reflect.DeepEqual(byLabelBefore[oldLabel], byLabelAfter[newLabel]) {
				t.Errorf("the quads of %s did not change after its text did", changed)
			}

			// Rebuilding the changed document alone already gives what a
			// fresh build of the edited corpus gives: what was inferred
			// across documents (names, the date of a meeting several
			// documents report) follows the edit; so does rebuilding all.
			fresh := newBoltStore(t)
			fresh.build(corpus)
			want := fresh.quads()
			if !reflect.DeepEqual(after, want) {
				added, removed := diff(want, after)
				t.Errorf("rebuilding the edited document alone differs from a fresh build: %d extra quads %v, %d missing %v",
					len(added), head(added), len(removed), head(removed))
			}
			s.build(corpus)
			after = s.quads()
			if !reflect.DeepEqual(after, want) {
				added, removed := diff(want, after)
				t.Errorf("rebuild after an edit differs from a fresh build: %d extra quads %v, %d missing %v",
					len(added), head(added), len(removed), head(removed))
			}
		})
	}
}

// docLabel finds the node of the document stored from file name.
func docLabel(t *testing.T, lines []string, name string) string {
	t.Helper()
	for _, line := range lines {
		q := parseQuad(t, line)
		if q.p == nsFile && strings.Contains(q.o, `"`+name+`"`) {
			return q.s
		}
	}
	t.Fatalf("no document node with dg:file %q among %d quads", name, len(lines))
	return ""
}

// subjects is the set of nodes that have quads of their own.
func subjects(t *testing.T, lines []string) map[string]bool {
	t.Helper()
	out := make(map[string]bool)
	for _, line := range lines {
		out[parseQuad(t, line).s] = true
	}
	return out
}

func groupByLabel(t *testing.T, lines []string) map[string][]string {
	t.Helper()
	out := make(map[string][]string)
	for _, line := range lines {
		q := parseQuad(t, line)
		out[q.label] = append(out[q.label], line)
	}
	return out
}

// diff returns the lines of b not in a and those of a not in b.
func diff(a, b []string) (added, removed []string) {
	in := func(xs []string) map[string]bool {
		m := make(map[string]bool, len(xs))
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	ina, inb := in(a), in(b)
	for _, x := range b {
		if !ina[x] {
			added = append(added, x)
		}
	}
	for _, x := range a {
		if !inb[x] {
			removed = append(removed, x)
		}
	}
	return added, removed
}

func head(xs []string) []string {
	if len(xs) > 5 {
		return xs[:5]
	}
	return xs
}

func TestQueryTimeoutStopsRunawayQuery(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	res := s.run("query", "while(true){}", "--timeout", "300ms")
	if res.code == 0 {
		t.Fatalf("a query that never ends exited 0:\n%s", res)
	}
	if !regexp.MustCompile(`(?i)time(d)?[ -]?out|deadline`).MatchString(res.stderr) {
		t.Errorf("the error does not say the query timed out:\n%s", res)
	}
	// The store is still usable afterwards.
	s.ok("query", "g.V().Limit(1).All()")
}

func TestBadDocumentsFailClearlyAndKeepTheStore(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		content  string
		lineWant string // regexp of the line reference the message must have; "" when a file has no meaningful line
	}{
		{"binary file", "scan.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", ""},
		{"invalid UTF-8", "latin1.txt", "The ministers met today.\nThey discussed trade.\nThe caf\xe9 talks went on late.\n", `3`},
		{"empty file", "empty.txt", "", ""},
		{"malformed front matter", "report.md", "---\ntitle: [talks in the capital\ndate: 2023-02-02\n---\nThe ministers met today.\n", `\d+`},
	}
	s := newBoltStore(t)
	s.build(demoDir())
	before := s.quads()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := s
			s.t = t
			path := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			res := s.run("build", path)
			if res.code == 0 {
				t.Fatalf("building a bad document (%s) exited 0:\n%s", tt.name, res)
			}
			if !strings.Contains(res.stderr, tt.file) {
				t.Errorf("the error does not name the file %s:\n%s", tt.file, res)
			}
			if tt.lineWant != "" {
				re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(tt.file) + `:` + tt.lineWant + `\b|line ` + tt.lineWant + `\b`)
				if !re.MatchString(res.stderr) {
					t.Errorf("the error does not name the line (want %s:%s or line %s):\n%s", tt.file, tt.lineWant, tt.lineWant, res)
				}
			}
			if after := s.quads(); !reflect.DeepEqual(before, after) {
				added, removed := diff(before, after)
				t.Errorf("a failed build changed the store: added %v, removed %v", head(added), head(removed))
			}
		})
	}
}

// A bad document among good ones is reported, and the good ones are built as
// if it were not there.
func TestBadDocumentAmongGoodOnes(t *testing.T) {
	s := newBoltStore(t)
	corpus := filepath.Join(s.dir, "corpus")
	copyDir(t, demoDir(), corpus)
	if err := os.WriteFile(filepath.Join(corpus, "latin1.txt"), []byte("The ministers met.\nThe caf\xe9 talks.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := s.run("build", corpus)
	if res.code == 0 {
		t.Fatalf("a build with a bad document exited 0:\n%s", res)
	}
	if !strings.Contains(res.stderr, "latin1.txt:2") {
		t.Errorf("the error does not name latin1.txt:2:\n%s", res)
	}
	clean := newBoltStore(t)
	clean.build(demoDir())
	if want, got := clean.quads(), s.quads(); !reflect.DeepEqual(want, got) {
		added, removed := diff(want, got)
		t.Errorf("the good documents were not built as without the bad one: added %v, removed %v", head(added), head(removed))
	}
}

func TestLoadNQuads(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	before := s.quads()

	good := `<urn:diplograph:person:e2e-one> <https://diplograph.dev/ns#name> "E2E One" <urn:diplograph:document:e2e> .
<urn:diplograph:person:e2e-two> <https://diplograph.dev/ns#name> "E2E Two" <urn:diplograph:document:e2e> .
`
	bad := good + "<urn:diplograph:person:e2e-three> this is not a quad\n"

	t.Run("malformed file names its line and stores nothing", func(t *testing.T) {
		s := s
		s.t = t
		path := filepath.Join(t.TempDir(), "broken.nq")
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		res := s.run("load", path)
		if res.code == 0 {
			t.Fatalf("loading malformed N-Quads exited 0:\n%s", res)
		}
		if !regexp.MustCompile(`broken\.nq:3\b|broken\.nq.*line 3\b`).MatchString(res.stderr) {
			t.Errorf("the error does not name broken.nq and line 3:\n%s", res)
		}
		if after := s.quads(); !reflect.DeepEqual(before, after) {
			added, removed := diff(before, after)
			t.Errorf("a failed load changed the store: added %v, removed %v", head(added), head(removed))
		}
	})

	t.Run("anyone's N-Quads load", func(t *testing.T) {
		s := s
		s.t = t
		path := filepath.Join(t.TempDir(), "extra.nq")
		if err := os.WriteFile(path, []byte(good), 0o644); err != nil {
			t.Fatal(err)
		}
		s.ok("load", path)
		added, removed := diff(before, s.quads())
		if len(added) != 2 || len(removed) != 0 {
			t.Errorf("loading 2 quads added %d and removed %d: %v", len(added), len(removed), added)
		}
	})

	t.Run("its own export loads into an equal store", func(t *testing.T) {
		src := newBoltStore(t)
		src.build(demoDir())
		data, _ := src.export("nquads")
		path := filepath.Join(t.TempDir(), "demo.nq")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		dst := newBoltStore(t)
		dst.ok("load", path)
		if want, got := src.quads(), dst.quads(); !reflect.DeepEqual(want, got) {
			added, removed := diff(want, got)
			t.Errorf("export then load changed the graph: added %v, removed %v", head(added), head(removed))
		}
	})
}

func TestStorePathIsADirectory(t *testing.T) {
	dir := t.TempDir()
	notAStore := filepath.Join(dir, "notes")
	if err := os.MkdirAll(notAStore, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(notAStore, "todo.txt"), []byte("not a graph\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"build", demoDir()}, {"ask", "meetings"}} {
		res := run(t, dir, append(args, "--db", "bolt", "--dbpath", notAStore)...)
		if res.code == 0 {
			t.Errorf("--dbpath naming a directory exited 0:\n%s", res)
			continue
		}
		if !strings.Contains(res.stderr, notAStore) || !strings.Contains(strings.ToLower(res.stderr), "directory") {
			t.Errorf("the error does not say that %s is a directory:\n%s", notAStore, res)
		}
	}
	if entries, _ := os.ReadDir(notAStore); len(entries) != 1 {
		t.Errorf("the directory was written to: %d entries", len(entries))
	}
}
