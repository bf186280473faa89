package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
)

// Debian's interpreter: python3-networkx and python3-igraph install there, not
// into whatever python3 comes first on PATH.
const debianPython = "/usr/bin/python3"

type graphmlFile struct {
	Keys   []graphmlKey   `xml:"key"`
	Graphs []graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

func dataValue(data []graphmlData, key string) string {
	for _, d := range data {
		if d.Key == key {
			return strings.TrimSpace(d.Value)
		}
	}
	return ""
}

// keyID finds the id of the key for elements of kind ("node" or "edge") whose
// attr.name matches re.
func keyID(keys []graphmlKey, kind string, re *regexp.Regexp) string {
	for _, k := range keys {
		if (k.For == kind || k.For == "all") && re.MatchString(k.Name) {
			return k.ID
		}
	}
	return ""
}

func TestExportGraphML(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	data, res := s.export("graphml")

	var doc graphmlFile
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("export is not XML: %v", err)
	}
	if len(doc.Graphs) != 1 {
		t.Fatalf("want one <graph>, got %d", len(doc.Graphs))
	}
	g := doc.Graphs[0]
	if len(g.Nodes) == 0 || len(g.Edges) == 0 {
		t.Fatalf("GraphML of the demo has %d nodes and %d edges", len(g.Nodes), len(g.Edges))
	}

	// Typed keys: every attribute declares a GraphML type.
	types := map[string]bool{"boolean": true, "int": true, "long": true, "float": true, "double": true, "string": true}
	for _, k := range doc.Keys {
		if !types[k.Type] {
			t.Errorf("key %q (%s) has attr.type %q", k.ID, k.Name, k.Type)
		}
	}

	// No duplicate ids, no dangling edges: both readers accept them silently.
	ids := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		if ids[n.ID] {
			t.Errorf("duplicate node id %q", n.ID)
		}
		ids[n.ID] = true
		if strings.HasPrefix(n.ID, `"`) {
			t.Errorf("literal %s became a node; literals belong on their node as attributes", n.ID)
		}
	}
	for _, e := range g.Edges {
		if !ids[e.Source] || !ids[e.Target] {
			t.Errorf("dangling edge %s -> %s", e.Source, e.Target)
		}
	}

	// Node kind and display name; source document on every edge; dates on meetings.
	kindKey := keyID(doc.Keys, "node", regexp.MustCompile(`^kind$`))
	nameKey := keyID(doc.Keys, "node", regexp.MustCompile(`^label$`))
	dateKey := keyID(doc.Keys, "node", regexp.MustCompile(`(?i)^date$`))
	labelKey := keyID(doc.Keys, "edge", regexp.MustCompile(`^documents$`))
	weightKey := keyID(doc.Keys, "edge", regexp.MustCompile(`^weight$`))
	if kindKey == "" || nameKey == "" || labelKey == "" || dateKey == "" || weightKey == "" {
		t.Fatalf("missing keys: kind=%q name=%q date=%q edge source document=%q in %+v", kindKey, nameKey, dateKey, labelKey, doc.Keys)
	}
	named, datedMeetings := 0, 0
	for _, n := range g.Nodes {
		kind := dataValue(n.Data, kindKey)
		if kind == "" {
			t.Errorf("node %s has no kind", n.ID)
		}
		if dataValue(n.Data, nameKey) != "" {
			named++
		}
		if strings.Contains(kind, "Meeting") && dataValue(n.Data, dateKey) != "" {
			datedMeetings++
		}
	}
	if named == 0 {
		t.Error("no node has a display name")
	}
	if datedMeetings == 0 {
		t.Error("no meeting carries its date")
	}
	for _, e := range g.Edges {
		if dataValue(e.Data, labelKey) == "" {
			t.Errorf("edge %s -> %s has no source document", e.Source, e.Target)
			break
		}
	}

	// The counts match the store: every IRI that is a subject or a non-class
	// object is one node, and every fact (subject, predicate, object)
	// linking two of them (rdf:type becomes the kind) is one edge whose
	// weight is the number of documents stating it; the weights add up to
	// the quads.
	storeNodes, storeQuads, facts := map[string]bool{}, 0, map[string]bool{}
	for _, line := range s.quads() {
		q := parseQuad(t, line)
		storeNodes[q.s] = true
		if strings.HasPrefix(q.o, "<") && q.p != "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" {
			storeNodes[q.o] = true
			storeQuads++
			facts[q.s+" "+q.p+" "+q.o] = true
		}
	}
	weights := 0
	for _, e := range g.Edges {
		w, err := strconv.ParseFloat(dataValue(e.Data, weightKey), 64)
		if err != nil || w < 1 {
			t.Errorf("edge %s has weight %q", e.ID, dataValue(e.Data, weightKey))
		}
		weights += int(w)
	}
	if len(g.Nodes) != len(storeNodes) || len(g.Edges) != len(facts) || weights != storeQuads {
		t.Errorf("GraphML has %d nodes, %d edges of total weight %d; the store has %d nodes, %d facts in %d quads",
			len(g.Nodes), len(g.Edges), weights, len(storeNodes), len(facts), storeQuads)
	}

	// If the command reports its counts, they are the file's.
	printed := res.stdout + res.stderr
	if m := regexp.MustCompile(`(\d+) nodes`).FindStringSubmatch(printed); m != nil {
		if n, _ := strconv.Atoi(m[1]); n != len(g.Nodes) {
			t.Errorf("export says %d nodes, the file has %d", n, len(g.Nodes))
		}
	}
	if m := regexp.MustCompile(`(\d+) edges`).FindStringSubmatch(printed); m != nil {
		if n, _ := strconv.Atoi(m[1]); n != len(g.Edges) {
			t.Errorf("export says %d edges, the file has %d", n, len(g.Edges))
		}
	}

	file := filepath.Join(s.dir, "export.graphml")
	for _, lib := range []string{"networkx", "igraph"} {
		t.Run(lib, func(t *testing.T) {
			requireTool(t, "python3-"+lib, pythonHas(lib), "apt-get install python3-"+lib)
			out, err := exec.Command(debianPython, filepath.Join("testdata", "graphml_counts.py"), lib, file).CombinedOutput()
			if err != nil {
				t.Fatalf("%s could not read the export: %v\n%s", lib, err, out)
			}
			var got struct {
				Nodes     int      `json:"nodes"`
				Edges     int      `json:"edges"`
				Directed  bool     `json:"directed"`
				NodeAttrs []string `json:"node_attrs"`
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("reading the script's output %q: %v", out, err)
			}
			if got.Nodes != len(g.Nodes) || got.Edges != len(g.Edges) {
				t.Errorf("%s read %d nodes and %d edges; the file has %d and %d", lib, got.Nodes, got.Edges, len(g.Nodes), len(g.Edges))
			}
			if !got.Directed {
				t.Errorf("%s read an undirected graph", lib)
			}
			for _, want := range []string{"kind", "label"} {
				if !contains(got.NodeAttrs, want) {
					t.Errorf("%s sees no node attribute %q (has %v)", lib, want, got.NodeAttrs)
				}
			}
		})
	}
}

func pythonHas(module string) bool {
	return exec.Command(debianPython, "-c", "import "+module).Run() == nil
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var (
	iriRe      = regexp.MustCompile(`<([^>]*)>`)
	absoluteRe = regexp.MustCompile(`^(https?://[^\s]+|urn:[a-z0-9][a-z0-9-]*:\S+)$`)
)

// checkAbsoluteIRIs fails on any IRI in N-Quads text that is not absolute
// http(s) or urn: — short names like dg:attended parse as IRIs in rapper and
// serdi alike, so the validators do not catch them.
func checkAbsoluteIRIs(t *testing.T, lines []string) {
	t.Helper()
	bad := 0
	for _, line := range lines {
		// Drop literal text first: a quote may hold anything, including "<".
		for _, m := range iriRe.FindAllStringSubmatch(stripLiterals(line), -1) {
			if !absoluteRe.MatchString(m[1]) {
				if bad < 5 {
					t.Errorf("IRI <%s> is not an absolute http(s) or urn: IRI: %s", m[1], line)
				}
				bad++
			}
		}
	}
	if bad > 5 {
		t.Errorf("... %d IRIs in all are not absolute", bad)
	}
}

var literalRe = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

func stripLiterals(line string) string { return literalRe.ReplaceAllString(line, `""`) }

// validate runs rapper and serdi on an N-Quads file; each catches errors the
// other misses. Both must accept it and count the same statements as lines.
func validate(t *testing.T, file string, statements int) {
	t.Helper()
	tools := []struct {
		name string
		args []string
		pkg  string
	}{
		{"rapper", []string{"-q", "-i", "nquads", "-o", "nquads", file}, "raptor2-utils"},
		{"serdi", []string{"-i", "nquads", "-o", "nquads", file}, "serdi"},
	}
	for _, tool := range tools {
		t.Run(tool.name, func(t *testing.T) {
			requireTool(t, tool.name, haveCommand(tool.name), "apt-get install "+tool.pkg)
			ctx, cancel := context.WithTimeout(context.Background(), hangGuard)
			defer cancel()
			cmd := exec.CommandContext(ctx, tool.name, tool.args...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			if err != nil || strings.Contains(strings.ToLower(stderr.String()), "error") {
				t.Fatalf("%s rejects %s: %v\n%s", tool.name, filepath.Base(file), err, clip(stderr.String()))
			}
			n := 0
			for _, l := range strings.Split(stdout.String(), "\n") {
				if strings.TrimSpace(l) != "" {
					n++
				}
			}
			if n != statements {
				t.Errorf("%s read %d statements, the file has %d", tool.name, n, statements)
			}
		})
	}
}

func TestExportNQuads(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	data, _ := s.export("nquads")
	lines := parseNQuadLines(t, data)
	checkAbsoluteIRIs(t, lines)
	for _, line := range lines {
		if parseQuad(t, line).label == "" {
			t.Errorf("quad without its source document as label: %s", line)
			break
		}
	}
	validate(t, filepath.Join(s.dir, "export.nquads"), len(lines))
}

func TestExportJSONLD(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	data, _ := s.export("jsonld")
	if !json.Valid(data) {
		t.Fatal("JSON-LD export is not valid JSON")
	}

	// JSON-LD to N-Quads with a JSON-LD processor (json-gold), offline: a
	// context the export points to but does not carry fails here.
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	opts := ld.NewJsonLdOptions("")
	opts.Format = "application/n-quads"
	opts.DocumentLoader = offlineLoader{}
	rdf, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
	if err != nil {
		t.Fatalf("JSON-LD to RDF: %v", err)
	}
	text, ok := rdf.(string)
	if !ok || text == "" {
		t.Fatalf("JSON-LD to RDF gave %T, no N-Quads", rdf)
	}
	var buf bytes.Buffer
	buf.WriteString(text)
	file := filepath.Join(s.dir, "from-jsonld.nq")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	lines := parseNQuadLines(t, buf.Bytes())
	checkAbsoluteIRIs(t, lines)
	validate(t, file, len(lines))

	// The JSON-LD holds the same statements as the N-Quads export: compare
	// subject, predicate and IRI objects (literal spelling may differ).
	want := links(t, s.quads())
	got := links(t, lines)
	if !reflect.DeepEqual(want, got) {
		added, removed := diff(want, got)
		t.Errorf("JSON-LD and N-Quads exports differ: %d links only in JSON-LD %v, %d only in N-Quads %v",
			len(added), head(added), len(removed), head(removed))
	}
}

// links returns the distinct subject-predicate-object triples of lines whose
// object is an IRI, and one subject-predicate entry per literal.
func links(t *testing.T, lines []string) []string {
	t.Helper()
	set := make(map[string]bool)
	for _, line := range lines {
		q := parseQuad(t, line)
		if strings.HasPrefix(q.o, "<") {
			set[q.s+" "+q.p+" "+q.o] = true
		} else {
			set[q.s+" "+q.p+" literal"] = true
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestExportDOT(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())
	data, _ := s.export("dot")
	if !regexp.MustCompile(`(?s)^\s*(strict\s+)?digraph\b.*\}\s*$`).Match(data) {
		t.Errorf("DOT export is not a digraph:\n%s", clip(string(data)))
	}
	if haveCommand("dot") {
		cmd := exec.Command("dot", "-Tsvg", "-o", os.DevNull, filepath.Join(s.dir, "export.dot"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Errorf("graphviz rejects the DOT export: %v\n%s", err, out)
		}
	}
}

// offlineLoader refuses remote contexts: CI has no network, and an export
// should carry its context.
type offlineLoader struct{}

func (offlineLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, fmt.Errorf("remote JSON-LD context %s: exports must not need the network", u)
}
