package fulltext

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Invented documents: two about a pipeline, one about a railway.
func testDocs() map[string][]Sentence {
	return map[string][]Sentence{
		"a.txt": {
			{ID: "s1", Line: 3, Text: "Ministers Halvorsen and Berg discussed the gas pipeline across the Baltic.", Facts: []string{"urn:meeting:1"}},
			{ID: "s2", Line: 5, Text: "They agreed to build new pipelines by 2030.", Facts: []string{"urn:commitment:1", "urn:commitment:2"}},
		},
		"b.txt": {
			{ID: "s1", Line: 1, Text: "Prime Minister Ödegaard praised the railway link to Freedonia.", Facts: []string{"urn:meeting:2"}},
			{ID: "s2", Line: 2, Text: "Gas prices were not discussed.", Facts: nil},
		},
		"c.txt": {
			{ID: "s9", Line: 7, Text: "The pipeline gas will flow from the north.", Facts: []string{"urn:claim:9"}},
		},
	}
}

func newIndex(t *testing.T) *Index {
	t.Helper()
	x, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	if err := x.ReplaceAll(context.Background(), testDocs()); err != nil {
		t.Fatal(err)
	}
	return x
}

func ids(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Doc+"/"+h.ID)
	}
	return out
}

func TestSearchRanks(t *testing.T) {
	x := newIndex(t)
	ctx := context.Background()
	cases := []struct {
		query string
		want  []string // in rank order; a prefix is checked when more match
	}{
		// the phrase first, the two words apart next, then one word
		{"gas pipeline", []string{"a.txt/s1", "c.txt/s9"}},
		// stems: "pipelines" and "pipeline" are one word
		{"pipelines", nil},
		// accents folded both ways
		{"Odegaard", []string{"b.txt/s1"}},
		{"ödegaard railway", []string{"b.txt/s1"}},
		// a quoted phrase is required as a phrase
		{`"pipeline gas"`, []string{"c.txt/s9"}},
		{`"gas pipeline" Baltic`, []string{"a.txt/s1"}},
		// possessive and stop words do not count
		{"the railway's", []string{"b.txt/s1"}},
	}
	for _, c := range cases {
		hits, total, err := x.Search(ctx, c.query, 10)
		if err != nil {
			t.Fatalf("%q: %v", c.query, err)
		}
		got := ids(hits)
		if total != len(hits) {
			t.Errorf("%q: total %d, hits %d", c.query, total, len(hits))
		}
		if c.want == nil {
			continue
		}
		if len(got) < len(c.want) || !reflect.DeepEqual(got[:len(c.want)], c.want) {
			t.Errorf("%q: got %v, want first %v", c.query, got, c.want)
		}
	}
	hits, _, err := x.Search(ctx, "pipelines", 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(hits); len(got) != 3 {
		t.Errorf("pipelines: got %v, want the three sentences with pipeline(s)", got)
	}
	hits, _, _ = x.Search(ctx, "gas pipeline", 1)
	if len(hits) != 1 {
		t.Fatalf("limit 1: %d hits", len(hits))
	}
	h := hits[0]
	if h.Line != 3 || !reflect.DeepEqual(h.Facts, []string{"urn:meeting:1"}) || !strings.HasPrefix(h.Text, "Ministers Halvorsen") {
		t.Errorf("hit fields: %+v", h)
	}
	var words []string
	for _, m := range h.Matches {
		words = append(words, h.Text[m.Start:m.End])
	}
	if !reflect.DeepEqual(words, []string{"gas", "pipeline"}) {
		t.Errorf("matches: %q", words)
	}
	// offsets stay true in accented text
	hits, _, _ = x.Search(ctx, "odegaard railway", 1)
	if len(hits) != 1 {
		t.Fatalf("odegaard railway: %v", ids(hits))
	}
	words = nil
	for _, m := range hits[0].Matches {
		words = append(words, hits[0].Text[m.Start:m.End])
	}
	if !reflect.DeepEqual(words, []string{"Ödegaard", "railway"}) {
		t.Errorf("matches in accented text: %q", words)
	}
}

func TestSearchEmpty(t *testing.T) {
	x := newIndex(t)
	for _, q := range []string{"", "  ", `""`} {
		if _, _, err := x.Search(context.Background(), q, 10); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("%q: err %v, want ErrEmptyQuery", q, err)
		}
	}
	hits, _, err := x.Search(context.Background(), "the of and", 10)
	if err != nil || len(hits) != 0 {
		t.Errorf("stop words only: %v %v", ids(hits), err)
	}
	hits, _, err = x.Search(context.Background(), "zeppelin", 10)
	if err != nil || len(hits) != 0 {
		t.Errorf("absent word: %v %v", ids(hits), err)
	}
}

// Replace and Remove keep the index in step with what each document says
// now: old sentences go, other documents stay.
func TestReplaceRemove(t *testing.T) {
	ctx := context.Background()
	x := newIndex(t)
	count := func() int {
		n, err := x.Count()
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(); n != 5 {
		t.Fatalf("count %d, want 5", n)
	}
	// a.txt rewritten: s1 now speaks of a railway, s2 is gone, s3 is new
	err := x.Replace(ctx, "a.txt", []Sentence{
		{ID: "s1", Line: 3, Text: "Ministers discussed the railway.", Facts: []string{"urn:meeting:1"}},
		{ID: "s3", Line: 9, Text: "A bridge was proposed.", Facts: []string{"urn:commitment:3"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 5 {
		t.Errorf("after replace: count %d, want 5", n)
	}
	hits, _, _ := x.Search(ctx, "pipeline", 10)
	if got := ids(hits); !reflect.DeepEqual(got, []string{"c.txt/s9"}) {
		t.Errorf("pipeline after replace: %v", got)
	}
	hits, _, _ = x.Search(ctx, "railway", 10)
	if got := ids(hits); len(got) != 2 {
		t.Errorf("railway after replace: %v", got)
	}
	docs, err := x.Docs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(docs, map[string]int{"a.txt": 2, "b.txt": 2, "c.txt": 1}) {
		t.Errorf("docs: %v", docs)
	}
	if err := x.Remove(ctx, "b.txt", "nothing.txt"); err != nil {
		t.Fatal(err)
	}
	hits, _, _ = x.Search(ctx, "railway", 10)
	if got := ids(hits); !reflect.DeepEqual(got, []string{"a.txt/s1"}) {
		t.Errorf("railway after remove: %v", got)
	}
	// replacing with nothing is removing
	if err := x.Replace(ctx, "c.txt", nil); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != 2 {
		t.Errorf("after all: count %d, want 2", n)
	}
	// the same write twice changes nothing
	again := []Sentence{{ID: "s1", Text: "Ministers discussed the railway."}, {ID: "s3", Text: "A bridge was proposed."}}
	for i := 0; i < 2; i++ {
		if err := x.Replace(ctx, "a.txt", again); err != nil {
			t.Fatal(err)
		}
	}
	if n := count(); n != 2 {
		t.Errorf("idempotent replace: count %d, want 2", n)
	}
}

func TestBadKeys(t *testing.T) {
	x := newIndex(t)
	ctx := context.Background()
	if err := x.Replace(ctx, "", nil); err == nil {
		t.Error("empty document key accepted")
	}
	if err := x.Replace(ctx, "d.txt", []Sentence{{ID: "a\x1fb", Text: "x"}}); err == nil {
		t.Error("separator in a sentence id accepted")
	}
	if n, _ := x.Count(); n != 5 {
		t.Errorf("a refused write changed the index: %d", n)
	}
}

// Many sentences in one document: more than one page of ids.
func TestReplaceLargeDocument(t *testing.T) {
	ctx := context.Background()
	x, err := OpenMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var ss []Sentence
	for i := 0; i < 2017; i++ {
		ss = append(ss, Sentence{ID: "s" + strings.Repeat("x", i%7) + string(rune('a'+i%26)) + itoa(i), Text: "talks on trade number " + itoa(i)})
	}
	if err := x.Replace(ctx, "big.txt", ss); err != nil {
		t.Fatal(err)
	}
	if err := x.Replace(ctx, "big.txt", ss[:3]); err != nil {
		t.Fatal(err)
	}
	if n, _ := x.Count(); n != 3 {
		t.Errorf("count %d, want 3", n)
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

// On disk: the index outlives the process, a reader sees it read-only,
// and a missing index is told apart.
func TestOnDisk(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "store.db.search")
	if _, err := Open(dir, Options{}); !errors.Is(err, ErrNoIndex) {
		t.Fatalf("missing index: %v", err)
	}
	x, err := Open(dir, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.ReplaceAll(ctx, testDocs()); err != nil {
		t.Fatal(err)
	}
	if err := x.SetStamp("gen 7"); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	hits, _, err := r.Search(ctx, "railway", 5)
	if err != nil || len(hits) != 1 {
		t.Fatalf("read-only search: %v %v", ids(hits), err)
	}
	if s, err := r.Stamp(); err != nil || s != "gen 7" {
		t.Errorf("stamp %q %v", s, err)
	}
	if err := r.Remove(ctx, "a.txt"); err == nil {
		t.Error("a read-only index accepted a write")
	}
}

func TestPath(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/cache")
	t.Setenv("HOME", "/home/u")
	cases := []struct {
		backend, dbpath, dir, want string
	}{
		{"bolt", "/data/dg.db", "", "/data/dg.db.search"},
		{"bolt", "/data/dg.db", "/elsewhere", "/elsewhere"},
		{"memstore", "", "", InMemory},
		{"postgres", "postgres://ann:secret@db.example:5432/graph?sslmode=disable", "", "/cache/diplograph/search/postgres-db.example-5432-graph-"},
		{"postgres", "host=db.example port=5432 dbname=graph password=secret", "", "/cache/diplograph/search/postgres-db.example-5432-graph-"},
	}
	for _, c := range cases {
		got, err := Path(c.backend, c.dbpath, c.dir)
		if err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if !strings.HasPrefix(got, c.want) || (strings.HasSuffix(c.want, "-") && len(got) != len(c.want)+12) {
			t.Errorf("Path(%q, %q, %q) = %q, want %q…", c.backend, c.dbpath, c.dir, got, c.want)
		}
		if strings.Contains(got, "secret") {
			t.Errorf("password in the index path %q", got)
		}
	}
	a, _ := Path("postgres", "postgres://ann:one@h/db", "")
	b, _ := Path("postgres", "postgres://ann:two@h/db", "")
	c, _ := Path("postgres", "postgres://ann:one@h/other", "")
	if a != b {
		t.Errorf("the password changed the index path: %q %q", a, b)
	}
	if a == c {
		t.Errorf("two databases share an index: %q", a)
	}
	if _, err := Path("bolt", "", ""); err == nil {
		t.Error("bolt without a file: no error")
	}
}

// A new index is whole before it is at its path: one opened straight
// after creating it (nothing written yet, as when a build is killed then)
// opens again, and an unfinished one left beside the path is replaced.
func TestNewIndexIsWholeAtItsPath(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "store.db.search")
	if err := os.MkdirAll(dir+".new", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir+".new", "index_meta.json"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	x, err := Open(dir, Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	x.idx.Close() // no Flush: as good as a kill for what was never written
	y, err := Open(dir, Options{Create: true})
	if err != nil {
		t.Fatalf("reopening a new index: %v", err)
	}
	y.Close()
	if _, err := os.Stat(dir + ".new"); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the unfinished index beside the path is still there: %v", err)
	}
}
