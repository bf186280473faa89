package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/piprate/json-gold/ld"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
)

// requirePython finds Debian's interpreter with the given modules, or
// skips (fails under DIPLOGRAPH_REQUIRE_TOOLS=1) saying which is missing.
func requirePython(t *testing.T, modules ...string) string {
	t.Helper()
	py := requireTool(t, "/usr/bin/python3")
	out, err := exec.Command(py, "-c", "import "+strings.Join(modules, ", ")).CombinedOutput()
	if err != nil {
		if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
			t.Fatalf("python3 modules %v are required (DIPLOGRAPH_REQUIRE_TOOLS=1): %s", modules, out)
		}
		t.Skipf("python3 modules %v missing (apt-get install python3-...): %s", modules, out)
	}
	return py
}

func TestExportNTriplesIsTheUnion(t *testing.T) {
	s, qs := exportStore(t)
	data, err := os.ReadFile(exportFile(t, s, FormatNTriples))
	if err != nil {
		t.Fatal(err)
	}
	triples := map[[3]string]bool{}
	for _, q := range qs {
		triples[[3]string{quad.StringOf(q.Subject), quad.StringOf(q.Predicate), quad.StringOf(q.Object)}] = true
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != len(triples) || len(triples) >= len(qs) {
		t.Errorf("N-Triples has %d lines; the store has %d distinct triples in %d quads", len(lines), len(triples), len(qs))
	}
	for _, l := range lines {
		if strings.Contains(l, "urn:diplograph:doc:") && strings.Count(l, "<") > 3 {
			t.Errorf("a line keeps its graph label: %s", l)
			break
		}
	}
}

// jsonldToNQuads runs json-gold's RDF conversion offline.
func jsonldToNQuads(t *testing.T, data []byte) string {
	t.Helper()
	var doc interface{}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	out, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
	if err != nil {
		t.Fatalf("json-gold ToRDF: %v", err)
	}
	return out.(string)
}

func TestExportJSONLD(t *testing.T) {
	s, qs := exportStore(t)
	for _, expanded := range []bool{false, true} {
		name := map[bool]string{false: "compact", true: "expanded"}[expanded]
		t.Run(name, func(t *testing.T) {
			file := exportFileWith(t, s, ExportOptions{Format: FormatJSONLD, Expanded: expanded})
			data, _ := os.ReadFile(file)
			var doc interface{}
			if err := json.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			if _, hasContext := doc.(map[string]interface{}); hasContext == expanded {
				t.Errorf("%s form: top level is %T", name, doc)
			}
			// Numbers are JSON numbers, never strings.
			if regexp.MustCompile(`"@type": "[^"]*(double|integer)",\s*"@value": "`).Match(data) || bytes.Contains(data, []byte(`"value": "`)) {
				t.Errorf("a number is written as a string")
			}
			if !expanded {
				for _, want := range []string{`"@context"`, `"attended": {`, `"value": 24000000000`, `"@type": "Person"`, `"start": 41`} {
					if !bytes.Contains(data, []byte(want)) {
						t.Errorf("compact JSON-LD lacks %s", want)
					}
				}
			} else if bytes.Contains(data, []byte(`"dg:`)) {
				t.Errorf("expanded JSON-LD holds short dg: IRIs")
			}
			nq := jsonldToNQuads(t, data)
			if n := strings.Count(nq, "\n"); n != len(qs) {
				t.Errorf("json-gold reads %d quads, the store has %d", n, len(qs))
			}
			for _, want := range []string{`"2.4E10"^^<http://www.w3.org/2001/XMLSchema#double>`, `"41"^^<http://www.w3.org/2001/XMLSchema#integer>`,
				`"2023-02-02"^^<http://www.w3.org/2001/XMLSchema#date>`, `<urn:diplograph:doc:a-txt> .`} {
				if !strings.Contains(nq, want) {
					t.Errorf("json-gold's N-Quads lack %s", want)
				}
			}
			// pyld and rdflib, Debian's packages, read the same dataset as the
			// N-Quads export.
			py := requirePython(t, "pyld", "rdflib")
			nqFile := exportFile(t, s, FormatNQuads)
			out, err := exec.Command(py, filepath.Join("testdata", "check_jsonld.py"), file, nqFile).CombinedOutput()
			if err != nil {
				t.Errorf("check_jsonld.py: %v\n%s", err, out)
			}
		})
	}
}

// expectedCounts counts nodes and edges straight from the quads, without
// the GraphML writer's code: IRI nodes that are subjects or non-type
// objects, and one edge per distinct (subject, predicate, object) between
// two of them, or per quad with perDocument.
func expectedCounts(qs []quad.Quad, perDocument bool) (nodes, edges int) {
	seen := map[string]bool{}
	links := map[string]bool{}
	for _, q := range qs {
		seen[iriOf(q.Subject)] = true
		if _, ok := q.Object.(quad.IRI); ok && q.Predicate != quad.IRI(PredType) {
			seen[iriOf(q.Object)] = true
			k := quad.StringOf(q.Subject) + " " + quad.StringOf(q.Predicate) + " " + quad.StringOf(q.Object)
			if perDocument {
				k += " " + quad.StringOf(q.Label)
			}
			links[k] = true
		}
	}
	return len(seen), len(links)
}

type gmlDoc struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Nodes []gmlElem `xml:"graph>node"`
	Edges []gmlElem `xml:"graph>edge"`
}

type gmlElem struct {
	ID     string `xml:"id,attr"`
	Source string `xml:"source,attr"`
	Target string `xml:"target,attr"`
	Data   []struct {
		Key   string `xml:"key,attr"`
		Value string `xml:",chardata"`
	} `xml:"data"`
}

// attr reads an element's value for the key whose attr.name is name, as
// Gephi's importer does (by key id or attr.name).
func (d gmlDoc) attr(e gmlElem, kind, name string) string {
	for _, k := range d.Keys {
		if k.For == kind && k.Name == name {
			for _, x := range e.Data {
				if x.Key == k.ID {
					return x.Value
				}
			}
		}
	}
	return ""
}

func TestExportGraphML(t *testing.T) {
	s, qs := exportStore(t)
	for _, perDoc := range []bool{false, true} {
		t.Run(map[bool]string{false: "one edge per fact", true: "per document"}[perDoc], func(t *testing.T) {
			file := exportFileWith(t, s, ExportOptions{Format: FormatGraphML, PerDocument: perDoc})
			wantNodes, wantEdges := expectedCounts(qs, perDoc)
			if n, e := GraphMLCounts(qs, perDoc); n != wantNodes || e != wantEdges {
				t.Errorf("GraphMLCounts = %d, %d; want %d, %d", n, e, wantNodes, wantEdges)
			}
			data, _ := os.ReadFile(file)
			var doc gmlDoc
			if err := xml.Unmarshal(data, &doc); err != nil {
				t.Fatal(err)
			}
			// Gephi's conventions: a node key named label, an edge key named
			// label (the relation) and a double edge key named weight.
			types := map[string]string{}
			for _, k := range doc.Keys {
				types[k.For+" "+k.Name] = k.Type
			}
			for key, typ := range map[string]string{"node label": "string", "node kind": "string", "edge label": "string",
				"edge documents": "string", "edge weight": "double", "node value": "double", "node dg:start": "int"} {
				if types[key] != typ {
					t.Errorf("key %q has type %q, want %q (keys %v)", key, types[key], typ, types)
				}
			}
			byID := map[string]gmlElem{}
			for _, n := range doc.Nodes {
				byID[n.ID] = n
			}
			if got := doc.attr(byID["urn:diplograph:person:ivan-petrov"], "node", "label"); got != "Ivan Petrov" {
				t.Errorf("Ivan Petrov's label is %q", got)
			}
			pairs := map[string]int{}
			found := false
			for _, e := range doc.Edges {
				label, docs := doc.attr(e, "edge", "label"), doc.attr(e, "edge", "documents")
				w, err := strconv.ParseFloat(doc.attr(e, "edge", "weight"), 64)
				if err != nil || int(w) != len(strings.Split(docs, " | ")) {
					t.Errorf("edge %s: weight %v for documents %q", e.ID, w, docs)
				}
				pairs[e.Source+" "+label+" "+e.Target]++
				if e.Source == "urn:diplograph:person:ivan-petrov" && label == "attended" {
					found = true
					if want := map[bool]string{false: "a.txt | b.txt", true: ""}[perDoc]; want != "" && docs != want {
						t.Errorf("Petrov attended: documents %q, want %q", docs, want)
					}
				}
			}
			if !found {
				t.Errorf("no attended edge from Ivan Petrov")
			}
			for k, n := range pairs {
				if n > 1 && !perDoc {
					t.Errorf("%d parallel edges %s: Gephi would merge them", n, k)
				}
			}
			py := requirePython(t, "networkx", "igraph")
			out, err := exec.Command(py, filepath.Join("testdata", "check_graphml.py"), file,
				strconv.Itoa(wantNodes), strconv.Itoa(wantEdges)).CombinedOutput()
			if err != nil {
				t.Errorf("check_graphml.py: %v\n%s", err, out)
			}
		})
	}
}

func TestExportDOT(t *testing.T) {
	s, _ := exportStore(t)
	file := exportFile(t, s, FormatDOT)
	data, _ := os.ReadFile(file)
	for _, want := range []string{
		`label="Ivan Petrov", shape=ellipse`,
		`label="trade turnover\n24 bn USD (2022)", shape=note`,
		`shape=hexagon`,
		`label="meeting 2023-02-02\nSummit of Nations", shape=diamond`,
		`[label="attended ×2"`,
		`subgraph cluster_legend`,
	} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if bytes.Contains(data, []byte("Sentence")) {
		t.Errorf("DOT draws evidence sentences")
	}
	// graphviz is a nicety, not one of the validators CI promises.
	bin, err := exec.LookPath("dot")
	if err != nil {
		t.Log("graphviz not installed: the DOT file was not rendered")
		return
	}
	if out, err := exec.Command(bin, "-Tsvg", "-o", os.DevNull, file).CombinedOutput(); err != nil {
		t.Errorf("graphviz rejects the DOT export: %v\n%s", err, out)
	}
}

// TestDOTDrawsEveryKind checks that the drawings come from the registry:
// one document with a fact of every kind draws each class as its kind
// declares it, in the legend too, and nothing as the plain box a class
// without a drawing gets.
func TestDOTDrawsEveryKind(t *testing.T) {
	ev := func(line int, s string) fact.Evidence {
		return fact.Evidence{Span: fact.Span{Start: line * 100, End: line*100 + len(s)}, Sentence: s, Line: line}
	}
	ch := 4.0
	f := fact.Facts{
		Doc:     fact.Document{Name: "all.txt", Title: "Every kind", Date: "2023-05-02"},
		People:  []fact.Person{{Name: "Ana Ruiz", Country: "Chile"}},
		Offices: []fact.Office{{Person: "Ana Ruiz", Role: "Foreign Minister", Country: "Chile", Evidence: ev(1, "Foreign Minister Ana Ruiz.")}},
		Meetings: []fact.Meeting{
			{Kind: fact.MeetingInPerson, Participants: []string{"Ana Ruiz", "Lars Berg"}, City: "Oslo", Country: "Norway", Date: "2023-05-02", Evidence: ev(2, "Ruiz met Berg in Oslo.")},
			{Kind: fact.MeetingCall, Participants: []string{"Ana Ruiz", "Lars Berg"}, Date: "2023-04-01", Evidence: ev(3, "They spoke by phone.")},
		},
		Claims:      []fact.Claim{{Speaker: "Ana Ruiz", Metric: "trade", Value: 3e9, Unit: "USD", Period: "2022", ChangePct: &ch, Evidence: ev(4, "Trade was $3 billion.")}},
		CoChairs:    []fact.CoChair{{Person: "Lars Berg", Commission: "Joint Commission", Country: "Norway", Evidence: ev(5, "Berg co-chairs it.")}},
		Partners:    []fact.Partnership{{A: "Chile", B: "Norway", Evidence: ev(6, "Chile and Norway are partners.")}},
		Commitments: []fact.Commitment{{Parties: []string{"Chile", "Norway"}, Text: "a roadmap", Status: fact.StatusSigned, Evidence: ev(7, "They signed a roadmap.")}},
		Visits:      []fact.Visit{{Visitor: "Ana Ruiz", Host: "Norway", City: "Oslo", Date: "2023-05-02", Evidence: ev(8, "Ruiz paid a visit to Norway.")}},
	}
	var buf bytes.Buffer
	if _, err := writeDOT(&buf, Convert([]fact.Facts{f}), exportContext{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, d := range kind.Drawings() {
		legend := fmt.Sprintf("label=%q, shape=%s, fillcolor=%q", localName(d.Class), d.Shape, d.Fill)
		if d.Hidden {
			if strings.Contains(out, fmt.Sprintf("label=%q", localName(d.Class))) {
				t.Errorf("%s is provenance, yet drawn", d.Class)
			}
			continue
		}
		if !strings.Contains(out, legend) {
			t.Errorf("the legend lacks %s drawn as its kind declares: %s", d.Class, legend)
		}
	}
	if strings.Contains(out, `fillcolor="#ffffff", tooltip`) {
		t.Errorf("a node is drawn as a class without a drawing:\n%s", out)
	}
	for _, want := range []string{`label="visit 2023-05-02"`, `label="call 2023-04-01"`, `label="signed: a roadmap"`, `label="Foreign Minister"`} {
		if !strings.Contains(out, want) {
			t.Errorf("DOT lacks %s", want)
		}
	}
	if bin, err := exec.LookPath("dot"); err == nil {
		cmd := exec.Command(bin, "-Tsvg", "-o", os.DevNull)
		cmd.Stdin = strings.NewReader(out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("graphviz rejects the DOT export: %v\n%s", err, msg)
		}
	}
}

// subsetText exports a subset as N-Quads text.
func subsetText(t *testing.T, s *Store, sub Subset) (string, ExportStats) {
	t.Helper()
	var buf bytes.Buffer
	st, err := ExportWith(context.Background(), s, ExportOptions{Format: FormatNQuads, Subset: sub}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), st
}

func TestExportSubset(t *testing.T) {
	s := openTest(t, Config{Backend: BackendMemstore})
	c := fact.Facts{
		Doc:    fact.Document{Name: "c.txt", Date: "2021-06-01"},
		People: []fact.Person{{Name: "Olaf Lind", Country: "Borduria"}, {Name: "Ånna Berg", Country: "Freedonia"}},
		Meetings: []fact.Meeting{{Kind: "meeting", Participants: []string{"Olaf Lind", "Ånna Berg"}, City: "Szohod", Country: "Borduria",
			Date: "2021-05-30", Evidence: ev(0, 20, 1, "Lind met Berg in Szohod.")}},
		Claims: []fact.Claim{{Speaker: "Olaf Lind", Metric: "exports", Value: 3e6, Unit: "EUR", Evidence: ev(21, 40, 2, "Lind cited 3 million euros.")}},
	}
	if _, err := s.Write(context.Background(), []fact.Facts{factsA(), factsB(), c}); err != nil {
		t.Fatal(err)
	}
	all, _ := subsetText(t, s, Subset{})
	tests := []struct {
		name    string
		sub     Subset
		exact   bool     // a document's own quads, which may link to nodes other documents describe
		want    []string // substrings the subset holds
		notWant []string
	}{
		{"a person by surname", Subset{People: []string{"lind"}}, false,
			[]string{"person:olaf-lind", "person:anna-berg", "Lind met Berg", "3 million euros", "country:borduria"},
			[]string{"person:ivan-petrov", "Petrov met Berg", "$24 billion"}},
		{"a pair of countries", Subset{Countries: []string{"Ruritania", "Freedonia"}}, false,
			[]string{"Petrov met Berg", "partner-of", "roadmap for gas", "Summit of Nations"},
			[]string{"Lind met Berg", "3 million euros"}},
		{"one country", Subset{Countries: []string{"Borduria"}}, false,
			[]string{"Lind met Berg", "3 million euros"},
			[]string{"Petrov met Berg", "partner-of"}},
		{"a document", Subset{Documents: []string{"b.txt"}}, true,
			[]string{"Berg met Petrov yesterday", "urn:diplograph:doc:b-txt> ."},
			[]string{"urn:diplograph:doc:a-txt> .", "Lind"}},
		{"a document by title", Subset{Documents: []string{"Talks in Capitol City"}}, true,
			[]string{"urn:diplograph:doc:a-txt> ."},
			[]string{"urn:diplograph:doc:b-txt> ."}},
		{"a date range", Subset{From: "2023", To: "2023-02"}, false,
			[]string{"Petrov met Berg", "$24 billion"},
			[]string{"Lind met Berg", "3 million euros"}},
		{"person and date together", Subset{People: []string{"Ånna Berg"}, To: "2022"}, false,
			[]string{"Lind met Berg"},
			[]string{"Petrov met Berg"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, st := subsetText(t, s, tt.sub)
			if st.Quads == 0 || len(text) >= len(all) {
				t.Fatalf("subset has %d quads, %d of %d bytes", st.Quads, len(text), len(all))
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("subset lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("subset holds %q", w)
				}
			}
			// Every node a kept quad links to is described (has a type), so
			// the subset is a graph, not loose ends.
			typed := map[string]bool{}
			for _, l := range strings.Split(text, "\n") {
				if f := strings.Fields(l); len(f) > 2 && strings.HasSuffix(f[1], "#type>") {
					typed[f[0]] = true
				}
			}
			for _, l := range strings.Split(text, "\n") {
				if f := strings.Fields(l); !tt.exact && len(f) > 3 && strings.HasPrefix(f[2], "<urn:") && !typed[f[2]] {
					t.Errorf("%s is linked but not described: %s", f[2], l)
					break
				}
			}
		})
	}
	for _, bad := range []Subset{
		{People: []string{"Nobody Known"}},
		{Countries: []string{"Atlantis"}},
		{Documents: []string{"missing.txt"}},
		{Countries: []string{"Ruritania", "Freedonia", "Borduria"}},
		{From: "last year"},
		{From: "2024", To: "2023"},
	} {
		if _, err := ExportWith(context.Background(), s, ExportOptions{Format: FormatNQuads, Subset: bad}, &bytes.Buffer{}); err == nil {
			t.Errorf("subset %+v accepted", bad)
		}
	}
}

// Data loaded from elsewhere may hold relative IRIs; exports resolve them
// against the base so that the validators accept the file.
func TestExportResolvesRelativeIRIs(t *testing.T) {
	s := openTest(t, Config{Backend: BackendMemstore})
	if err := s.Handle().QuadWriter.AddQuadSet([]quad.Quad{
		quad.MakeIRI("alice", "follows", "bob", ""),
		quad.Make(quad.IRI("#bob"), quad.IRI("name"), quad.LangString{Value: "Roberto", Lang: "es"}, quad.IRI("g/1")),
	}); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ base, want string }{
		{"", "<" + DefaultBase + "alice> <" + DefaultBase + "follows> <" + DefaultBase + "bob> ."},
		{"http://example.org/data/", `<http://example.org/data/#bob> <http://example.org/data/name> "Roberto"@es <http://example.org/data/g/1> .`},
	} {
		var buf bytes.Buffer
		if _, err := ExportWith(context.Background(), s, ExportOptions{Format: FormatNQuads, Base: tt.base}, &buf); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), tt.want) {
			t.Errorf("base %q: export\n%s\nlacks %s", tt.base, buf.String(), tt.want)
		}
		file := filepath.Join(t.TempDir(), "rel.nq")
		if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if bin, err := exec.LookPath("rapper"); err == nil {
			if out, err := exec.Command(bin, "-q", "-i", "nquads", "-c", file).CombinedOutput(); err != nil {
				t.Errorf("rapper rejects the export: %v\n%s", err, out)
			}
		}
	}
	if _, err := ExportWith(context.Background(), s, ExportOptions{Format: FormatNQuads, Base: "not/absolute"}, &bytes.Buffer{}); err == nil {
		t.Errorf("a relative --base was accepted")
	}
}

// Control characters stored from a document never reach a terminal through
// an export written to stdout: every format escapes them.
func TestExportsEscapeControlCharacters(t *testing.T) {
	s := openTest(t, Config{Backend: BackendMemstore})
	hostile := fact.Facts{
		Doc:    fact.Document{Name: "x.txt", Title: "clear\x1b[2J title\x1b]0;owned\x07"},
		People: []fact.Person{{Name: "Eve\u009b31m Mallory\u202e"}},
		Claims: []fact.Claim{{Speaker: "Eve\u009b31m Mallory\u202e", Metric: "m\x00x", Value: 1, Unit: "USD",
			Evidence: ev(0, 5, 1, "said \x1b]52;c;SGVsbG8=\x07 this")}},
	}
	if _, err := s.Write(context.Background(), []fact.Facts{hostile}); err != nil {
		t.Fatal(err)
	}
	for _, f := range Formats() {
		var buf bytes.Buffer
		if _, err := ExportWith(context.Background(), s, ExportOptions{Format: f}, &buf); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range buf.String() {
			if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r < 0xa0) || r == 0x202e {
				t.Errorf("%s export holds raw %U", f, r)
				break
			}
		}
	}
}
