package graph

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

var update = flag.Bool("update", false, "rewrite golden files")

func ptr(f float64) *float64 { return &f }

func ev(start, end, line int, text string) fact.Evidence {
	return fact.Evidence{Span: fact.Span{Start: start, End: end}, Sentence: text, Line: line}
}

// factsA and factsB report the same meeting; B's speaker gives a figure that
// conflicts with A's.
func factsA() fact.Facts {
	return fact.Facts{
		Doc: fact.Document{Name: "a.txt", Title: "Talks in Capitol City", Date: "2023-02-02",
			Source: "Example Wire", URL: "https://example.org/a", Hash: "aaaa"},
		People: []fact.Person{
			{Name: "Ivan Petrov", Aliases: []string{"Mr Petrov"}, Country: "Ruritania"},
			{Name: "Ånna Berg", Country: "Freedonia"},
		},
		Offices: []fact.Office{{Person: "Ivan Petrov", Role: "Prime Minister", Country: "Ruritania",
			Evidence: ev(0, 40, 3, "Prime Minister Ivan Petrov arrived.")}},
		Meetings: []fact.Meeting{{Kind: "meeting", Participants: []string{"Ivan Petrov", "Ånna Berg"},
			City: "Capitol City", Country: "Freedonia", Date: "2023-02-02", Occasion: "Summit of Nations",
			Evidence: ev(41, 90, 4, "Petrov met Berg in Capitol City.")}},
		Claims: []fact.Claim{{Speaker: "Ivan Petrov", Metric: "trade turnover", Value: 24e9, Unit: "USD",
			Period: "2022", ChangePct: ptr(7), Quote: "$24 billion", Evidence: ev(91, 140, 5, "Trade reached \"$24 billion\".")}},
		CoChairs: []fact.CoChair{{Person: "Ivan Petrov", Commission: "Commission on Trade", Country: "Ruritania",
			Evidence: ev(141, 180, 6, "Petrov co-chairs the Commission on Trade.")}},
		Partners: []fact.Partnership{{A: "Ruritania", B: "Freedonia", Evidence: ev(181, 200, 7, "Partners.")}},
		Commitments: []fact.Commitment{{Parties: []string{"Ruritania", "Freedonia"}, Text: "roadmap for gas",
			Status: fact.StatusSigned, Due: "2025", Evidence: ev(201, 240, 8, "They signed a roadmap for gas.")}},
	}
}

func factsB() fact.Facts {
	return fact.Facts{
		Doc: fact.Document{Name: "b.txt", Title: "Berg on trade", Date: "2023-02-03", Hash: "bbbb"},
		People: []fact.Person{
			{Name: "Ivan Petrov"},
			{Name: "Ånna Berg", Country: "Freedonia"},
		},
		Meetings: []fact.Meeting{{Kind: "meeting", Participants: []string{"Ånna Berg", "Ivan Petrov"},
			Date: "2023-02-02", Evidence: ev(0, 30, 2, "Berg met Petrov yesterday.")}},
		Claims: []fact.Claim{{Speaker: "Ånna Berg", Metric: "Trade turnover", Value: 20e9, Unit: "USD",
			Period: "2022", Quote: "$20 billion", Evidence: ev(31, 60, 3, "Berg put trade at $20 billion.")}},
	}
}

func nquadsText(t *testing.T, qs []quad.Quad) string {
	t.Helper()
	qs = append([]quad.Quad(nil), qs...)
	SortQuads(qs)
	var b bytes.Buffer
	if err := WriteNQuads(&b, qs); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestConvertGolden(t *testing.T) {
	tests := []struct {
		golden string
		docs   []fact.Facts
	}{
		{"a.nq", []fact.Facts{factsA()}},
		{"a_b.nq", []fact.Facts{factsA(), factsB()}},
		{"a_b.nq", []fact.Facts{factsB(), factsA()}}, // order of input must not matter
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			got := nquadsText(t, Convert(tt.docs))
			path := filepath.Join("testdata", tt.golden)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("reading golden file (run go test -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("quads differ from %s (run go test ./graph -update and review the diff):\n%s", path, got)
			}
		})
	}
}

func TestConvertMeetingMergeAndConflict(t *testing.T) {
	qs := Convert([]fact.Facts{factsA(), factsB()})
	meetings := map[string]bool{}
	conflicts := 0
	for _, q := range qs {
		if q.Predicate == quad.IRI(PredType) && q.Object == quad.IRI(ClassMeeting) {
			meetings[iriOf(q.Subject)] = true
		}
		if q.Predicate == quad.IRI(PredConflicts) {
			conflicts++
			if q.Label != quad.IRI(schema.DocIRI("b.txt")) {
				t.Errorf("conflict labelled %v, want the newer document", q.Label)
			}
		}
	}
	if len(meetings) != 1 {
		t.Errorf("got %d meeting nodes, want the two reports merged into 1: %v", len(meetings), meetings)
	}
	if conflicts != 2 {
		t.Errorf("got %d conflicts-with quads, want 2 (both directions)", conflicts)
	}
}

func TestSameDocumentMeetingsNeverMerge(t *testing.T) {
	f := factsA()
	f.Meetings = append(f.Meetings, f.Meetings[0])
	f.Meetings[1].Evidence = ev(300, 340, 9, "Again they met.")
	seen := map[string]bool{}
	for _, q := range Convert([]fact.Facts{f}) {
		if q.Predicate == quad.IRI(PredType) && q.Object == quad.IRI(ClassMeeting) {
			seen[iriOf(q.Subject)] = true
		}
	}
	if len(seen) != 2 {
		t.Errorf("got %d meeting nodes, want 2", len(seen))
	}
}

type backend struct {
	name string
	cfg  func(t *testing.T) Config
}

func backends() []backend {
	bs := []backend{
		{"bolt", func(t *testing.T) Config {
			return Config{Backend: BackendBolt, Path: filepath.Join(t.TempDir(), "test.db")}
		}},
		{"memstore", func(t *testing.T) Config { return Config{Backend: BackendMemstore} }},
	}
	if os.Getenv(postgresEnv) != "" {
		bs = append(bs, backend{"postgres", postgresConfig})
	}
	return bs
}

func openTest(t *testing.T, cfg Config) *Store {
	t.Helper()
	s, err := Open(context.Background(), cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func storeText(t *testing.T, s *Store) string {
	t.Helper()
	qs, err := s.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return nquadsText(t, qs)
}

func labelled(t *testing.T, s *Store, doc string) string {
	t.Helper()
	all, err := s.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []quad.Quad
	for _, q := range all {
		if q.Label == quad.IRI(schema.DocIRI(doc)) {
			out = append(out, q)
		}
	}
	return nquadsText(t, out)
}

func TestWriteIdempotent(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := openTest(t, b.cfg(t))
			docs := []fact.Facts{factsA(), factsB()}
			st, err := s.Write(ctx, docs)
			if err != nil {
				t.Fatal(err)
			}
			if st.Documents != 2 || st.Removed != 0 || st.Added != st.Quads || st.Facts["meetings"] != 2 {
				t.Errorf("first write stats = %+v", st)
			}
			first := storeText(t, s)
			if want := nquadsText(t, Convert(docs)); first != want {
				t.Errorf("store holds other quads than Convert gives:\n%s\nwant\n%s", first, want)
			}
			_, q1, _ := s.Stats(ctx)
			for _, again := range [][]fact.Facts{docs, {factsB()}, {factsA()}} {
				st, err := s.Write(ctx, again)
				if err != nil {
					t.Fatal(err)
				}
				if st.Added != 0 || st.Removed != 0 {
					t.Errorf("rewriting the same facts changed %d+%d quads", st.Added, st.Removed)
				}
				if got := storeText(t, s); got != first {
					t.Errorf("store changed after rewriting the same facts:\n%s", got)
				}
			}
			_, q2, _ := s.Stats(ctx)
			if q1 != q2 {
				t.Errorf("quad count %d -> %d", q1, q2)
			}
		})
	}
}

func TestChangedDocumentReplacesOnlyItsOwn(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := openTest(t, b.cfg(t))
			if _, err := s.Write(ctx, []fact.Facts{factsA(), factsB()}); err != nil {
				t.Fatal(err)
			}
			beforeA := labelled(t, s, "a.txt")
			changed := factsB()
			changed.Claims[0].Value = 24.1e9 // within 1%: no longer a conflict
			changed.Doc.Hash = "cccc"
			st, err := s.Write(ctx, []fact.Facts{changed})
			if err != nil {
				t.Fatal(err)
			}
			if st.Removed == 0 || st.Added == 0 {
				t.Errorf("stats = %+v, want old quads removed and new added", st)
			}
			if got := labelled(t, s, "a.txt"); got != beforeA {
				t.Errorf("a.txt's quads changed when only b.txt was rewritten")
			}
			gotB := labelled(t, s, "b.txt")
			if strings.Contains(gotB, `"2e+10"`) || !strings.Contains(gotB, `"2.41e+10"`) || !strings.Contains(gotB, `"cccc"`) {
				t.Errorf("b.txt's quads not replaced:\n%s", gotB)
			}
			if strings.Contains(storeText(t, s), "conflicts-with") {
				t.Errorf("conflict survived the change that removed it")
			}
			// The new version is what a fresh store would hold.
			if got, want := storeText(t, s), nquadsText(t, Convert([]fact.Facts{factsA(), changed})); got != want {
				t.Errorf("store after change differs from a fresh conversion:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestMeetingMergeAcrossWrites(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s := openTest(t, b.cfg(t))
			for _, f := range []fact.Facts{factsA(), factsB()} {
				if _, err := s.Write(ctx, []fact.Facts{f}); err != nil {
					t.Fatal(err)
				}
			}
			res, err := s.Query(ctx, LangGizmo, `g.V().Has("<rdf:type>", "<dg:Meeting>").Unique().All()`, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(res) != 1 {
				t.Fatalf("got %d meetings, want 1: %v", len(res), res)
			}
			meeting := res[0].(map[string]interface{})["id"].(string)
			labels, err := s.Query(ctx, LangGizmo, `g.V("`+meeting+`").In("<dg:attended>").Unique().All()`, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(labels) != 2 {
				t.Errorf("meeting has %d attendees, want 2", len(labels))
			}
			reports, err := s.Query(ctx, LangGizmo, `g.V("`+meeting+`").In("<dg:reports>").Unique().All()`, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(reports) != 2 {
				t.Errorf("meeting reported by %d documents, want 2", len(reports))
			}
			// Written one by one, the store matches a batch conversion.
			if got, want := storeText(t, s), nquadsText(t, Convert([]fact.Facts{factsA(), factsB()})); got != want {
				t.Errorf("incremental writes differ from batch conversion:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestLoadNQuads(t *testing.T) {
	ctx := context.Background()
	good := `<urn:x:a> <https://diplograph.dev/ns#name> "A" <urn:diplograph:doc:f> .
<urn:x:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://diplograph.dev/ns#Person> .
`
	tests := []struct {
		name    string
		input   string
		wantErr string
		added   int
	}{
		{"good", good, "", 2},
		{"good twice", good + good, "", 2},
		{"malformed third line", good + "<urn:x:a> <urn:x:p> \"unterminated .\n", "in.nq:3", 0},
		{"literal subject", `"lit" <urn:x:p> <urn:x:o> .` + "\n", "in.nq:1", 0},
		{"missing dot", "# comment\n\n<urn:x:a> <urn:x:p> <urn:x:o>\n", "in.nq:3", 0},
	}
	for _, b := range backends() {
		for _, tt := range tests {
			t.Run(b.name+"/"+tt.name, func(t *testing.T) {
				s := openTest(t, b.cfg(t))
				n, err := s.LoadNQuads(ctx, strings.NewReader(tt.input), "in.nq")
				if tt.wantErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
						t.Fatalf("err = %v, want one naming %s", err, tt.wantErr)
					}
				} else if err != nil {
					t.Fatal(err)
				}
				if n != tt.added {
					t.Errorf("added %d, want %d", n, tt.added)
				}
				_, quads, err := s.Stats(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if int(quads) != tt.added {
					t.Errorf("store holds %d quads, want %d", quads, tt.added)
				}
				if tt.wantErr == "" {
					// Absolute IRIs are stored short, as our own quads are.
					res, err := s.Query(ctx, LangGizmo, `g.V("<urn:x:a>").Out("<dg:name>").All()`, 0)
					if err != nil || len(res) != 1 {
						t.Errorf("dg:name not found in short form: %v %v", res, err)
					}
				}
			})
		}
	}
}

func TestExportRoundTrip(t *testing.T) {
	ctx := context.Background()
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			src := openTest(t, b.cfg(t))
			if _, err := src.Write(ctx, []fact.Facts{factsA(), factsB()}); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := Export(ctx, src, FormatNQuads, &buf); err != nil {
				t.Fatal(err)
			}
			dst := openTest(t, b.cfg(t))
			if _, err := dst.LoadNQuads(ctx, bytes.NewReader(buf.Bytes()), "export.nq"); err != nil {
				t.Fatal(err)
			}
			if got, want := storeText(t, dst), storeText(t, src); got != want {
				t.Errorf("round trip through N-Quads changed the graph:\n%s\nwant\n%s", got, want)
			}
			// Loading the same file again adds nothing.
			if n, err := dst.LoadNQuads(ctx, bytes.NewReader(buf.Bytes()), "export.nq"); err != nil || n != 0 {
				t.Errorf("second load added %d (err %v), want 0", n, err)
			}
		})
	}
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	s := openTest(t, Config{Backend: BackendBolt, Path: filepath.Join(t.TempDir(), "q.db")})
	if _, err := s.Write(ctx, []fact.Facts{factsA()}); err != nil {
		t.Fatal(err)
	}
	person := "<" + schema.PersonIRI("Ivan Petrov") + ">"
	tests := []struct {
		name, lang, text string
		limit, want      int
		wantErr          string
	}{
		{"gizmo path", LangGizmo, `g.V("` + person + `").Out("<dg:attended>").Out("<dg:held-in>").Out("<dg:name>").All()`, 0, 1, ""},
		{"gizmo default lang", "", `g.V().Has("<rdf:type>", "<dg:Person>").All()`, 0, 2, ""},
		{"gizmo limit", LangGizmo, `g.V().Has("<rdf:type>", "<dg:Person>").All()`, 1, 1, ""},
		{"gizmo emit", LangGizmo, `g.Emit(1+1)`, 0, 1, ""},
		{"graphql", LangGraphQL, `{ nodes(id: "` + schema.PersonIRI("Ivan Petrov") + `") { id } }`, 0, 1, ""},
		{"mql", LangMQL, `[{"id": null, "<rdf:type>": "<dg:Person>"}]`, 0, 2, ""},
		{"syntax error", LangGizmo, `g.V(`, 0, 0, "gizmo"},
		{"unknown language", "sparql", `x`, 0, 0, "unknown query language"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := s.Query(ctx, tt.lang, tt.text, tt.limit)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(res) != tt.want {
				t.Errorf("got %d results, want %d: %v", len(res), tt.want, res)
			}
		})
	}
}

// The message says the query timed out and how long it ran; how long it
// ran varies with the machine's load, so only the fixed words are checked.
func TestQueryTimeoutStopsEndlessLoop(t *testing.T) {
	s := openTest(t, Config{Backend: BackendMemstore})
	for _, text := range []string{`while(true){}`, `for(;;){ g.V().All() }`} {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		_, err := s.Query(ctx, LangGizmo, text, 0)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("%s: err = %v, want a deadline error", text, err)
		}
		if !strings.HasPrefix(err.Error(), "query timed out: stopped after ") {
			t.Errorf("%s: error %q does not say the query timed out", text, err)
		}
	}
	// The store still answers afterwards.
	if _, err := s.Query(context.Background(), LangGizmo, `g.V().All()`, 0); err != nil {
		t.Errorf("query after a stopped one: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	locked := filepath.Join(dir, "locked.db")
	holder := openTest(t, Config{Path: locked})
	_ = holder
	short := 300 * time.Millisecond
	tests := []struct {
		name    string
		cfg     Config
		create  bool
		wantErr string
	}{
		{"directory", Config{Path: dir}, true, "is a directory"},
		{"locked", Config{Path: locked, Wait: short}, true, "is locked: another process"},
		{"locked, reader", Config{Path: locked, Wait: short, ReadOnly: true}, false, "is locked: another process (a build or load) is writing"},
		{"read-only create", Config{Path: filepath.Join(dir, "new.db"), ReadOnly: true}, true, "cannot create"},
		{"missing without create", Config{Path: filepath.Join(dir, "none.db")}, false, "run `diplograph build`"},
		{"not a bolt file", Config{Path: writeFile(t, dir, "junk.db", "not bolt")}, false, "opening bolt store"},
		{"unknown backend", Config{Backend: "oracle"}, true, "unknown store backend"},
		{"postgres without connection", Config{Backend: BackendPostgres}, true, "connection string"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, tt.cfg, tt.create)
			if err == nil {
				s.Close()
				t.Fatalf("Open succeeded, want error %q", tt.wantErr)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReopenKeepsGraph(t *testing.T) {
	ctx := context.Background()
	cfg := Config{Path: filepath.Join(t.TempDir(), "re.db")}
	s, err := Open(ctx, cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Write(ctx, []fact.Facts{factsA()}); err != nil {
		t.Fatal(err)
	}
	want := storeText(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(ctx, cfg, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if got := storeText(t, s2); got != want {
		t.Errorf("reopened store differs")
	}
}

func TestFormats(t *testing.T) {
	got := Formats()
	if !sort.StringsAreSorted(got) || strings.Join(got, ",") != "dot,graphml,jsonld,nquads,nt" {
		t.Errorf("Formats() = %v", got)
	}
	s := openTest(t, Config{Backend: BackendMemstore})
	if err := Export(context.Background(), s, "xml", &bytes.Buffer{}); err == nil {
		t.Errorf("unknown format accepted")
	}
}

// Many speakers disputing one figure give each new claim a bounded number of
// conflict links, so the graph grows linearly with the claims.
func TestConflictLinksAreBounded(t *testing.T) {
	var claims []fact.Claim
	for i := 0; i < 60; i++ {
		claims = append(claims, fact.Claim{Speaker: fmt.Sprintf("Speaker %c%c", 'A'+i/26, 'a'+i%26), Metric: "trade turnover",
			Value: float64(100 + i), Unit: "USD", Period: "2023"})
	}
	quads := Convert([]fact.Facts{{Doc: fact.Document{Name: "many.txt"}, Claims: claims}})
	links := 0
	for _, q := range quads {
		if q.Predicate == quad.IRI(PredConflicts) {
			links++
		}
	}
	if links == 0 || links > 2*maxConflictLinks*len(claims) {
		t.Errorf("%d conflict links for %d claims, want between 1 and %d", links, len(claims), 2*maxConflictLinks*len(claims))
	}
}
