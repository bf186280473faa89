package graph

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
)

// requireTool finds an external validator. Where CI promises the tools
// (DIPLOGRAPH_REQUIRE_TOOLS=1) a missing one fails the test.
func requireTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s is required (DIPLOGRAPH_REQUIRE_TOOLS=1) but not installed: %v", name, err)
		}
		t.Skipf("%s not installed", name)
	}
	return p
}

// factsOdd carries text that N-Quads, XML and DOT must escape.
func factsOdd() fact.Facts {
	return fact.Facts{
		Doc:    fact.Document{Name: "odd <file> & \"name\".txt", Title: "Quotes \"x\" & <tags>\tand\\slashes\nnew line", Date: "2023-05"},
		People: []fact.Person{{Name: "Zoë O'Neil-Ünal", Aliases: []string{"Ms \"Z\""}}},
		Claims: []fact.Claim{{Speaker: "Zoë O'Neil-Ünal", Metric: "jobs created", Value: 1500, Unit: "jobs",
			Evidence: ev(0, 10, 1, "She said \"1,500 jobs\" — a record\r\n.")}},
		Commitments: []fact.Commitment{{Parties: []string{"Ruritania"}, Text: "build a <bridge> & road", Status: "pledged", Due: "2030-01-15"}},
	}
}

func exportStore(t *testing.T) (*Store, []quad.Quad) {
	t.Helper()
	s := openTest(t, Config{Backend: BackendBolt, Path: filepath.Join(t.TempDir(), "x.db")})
	if _, err := s.Write(context.Background(), []fact.Facts{factsA(), factsB(), factsOdd()}); err != nil {
		t.Fatal(err)
	}
	qs, err := s.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s, qs
}

func exportFile(t *testing.T, s *Store, format string) string {
	t.Helper()
	return exportFileWith(t, s, ExportOptions{Format: format})
}

func exportFileWith(t *testing.T, s *Store, o ExportOptions) string {
	t.Helper()
	format := o.Format
	var buf bytes.Buffer
	if _, err := ExportWith(context.Background(), s, o, &buf); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "export."+format)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExportNQuadsIsAbsolute(t *testing.T) {
	s, qs := exportStore(t)
	data, err := os.ReadFile(exportFile(t, s, FormatNQuads))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if n := strings.Count(text, "\n"); n != len(qs) {
		t.Errorf("export has %d lines, store %d quads", n, len(qs))
	}
	for _, bad := range []string{"<dg:", "<rdf:", "<xsd:", `"True"`} {
		if strings.Contains(text, bad) {
			t.Errorf("export contains short form %s", bad)
		}
	}
	for _, want := range []string{
		"<" + Namespace + "attended>",
		`"2023-02-02"^^<http://www.w3.org/2001/XMLSchema#date>`,
		`"2023-05"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`,
		`"2025"^^<http://www.w3.org/2001/XMLSchema#gYear>`,
		`"2.4e+10"^^<http://www.w3.org/2001/XMLSchema#double>`,
		`"41"^^<http://www.w3.org/2001/XMLSchema#integer>`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("export lacks %s", want)
		}
	}
}

func TestExportNQuadsValidators(t *testing.T) {
	s, _ := exportStore(t)
	file := exportFile(t, s, FormatNQuads)
	nt := exportFile(t, s, FormatNTriples)
	tests := []struct {
		tool string
		args []string
	}{
		{"rapper", []string{"-i", "nquads", "-c", file}},
		{"serdi", []string{"-i", "nquads", file}},
		{"rapper", []string{"-i", "ntriples", "-c", nt}},
		{"serdi", []string{"-i", "ntriples", nt}},
	}
	for _, tt := range tests {
		t.Run(tt.tool+" "+tt.args[1], func(t *testing.T) {
			bin := requireTool(t, tt.tool)
			cmd := exec.Command(bin, tt.args...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			cmd.Stdout = &bytes.Buffer{}
			err := cmd.Run()
			msg := stderr.String()
			if tt.tool == "rapper" {
				// rapper reports progress on stderr; only errors and warnings count.
				if !strings.Contains(msg, "returned") || strings.Contains(msg, "Error") || strings.Contains(msg, "Warning") {
					t.Errorf("rapper: %s", msg)
				}
			} else if strings.TrimSpace(msg) != "" {
				t.Errorf("serdi: %s", msg)
			}
			if err != nil {
				t.Errorf("%s failed: %v\n%s", tt.tool, err, msg)
			}
		})
	}
}

func TestNQuadsEscaping(t *testing.T) {
	tests := []struct {
		v    quad.Value
		want string
	}{
		{quad.IRI("urn:x:a b<c>"), "<urn:x:a%20b%3Cc%3E>"},
		{quad.String("a\"b\\c\nd\re\tf\x01"), `"a\"b\\c\nd\re\tf\u0001"`},
		{quad.IRI("dg:name"), "<" + Namespace + "name>"},
		{quad.Int(-3), `"-3"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.BNode("n 1"), "_:nx201"},
	}
	for _, tt := range tests {
		if got := ntTerm(exportValue(tt.v)); got != tt.want {
			t.Errorf("ntTerm(%#v) = %s, want %s", tt.v, got, tt.want)
		}
	}
}
