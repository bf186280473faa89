package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExtractThenLoadRoundTrip(t *testing.T) {
	e := newEnv(t, "bolt")
	docs := e.docs()
	nq := filepath.Join(e.dir, "out.nq")
	e.ok("extract", docs, "-o", nq)
	b, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "<https://diplograph.dev/ns#attended>") {
		t.Errorf("extract output has no absolute predicate IRIs:\n%.500s", b)
	}
	out := e.ok("load", nq)
	if !strings.Contains(out, "quads added") {
		t.Errorf("load says: %s", out)
	}
	if got := e.askJSON("meetings"); len(got) != 1 {
		t.Errorf("loaded graph answers %v", got)
	}
	// Loading again adds nothing.
	if out := e.ok("load", nq); !strings.Contains(out, ": 0 quads added") {
		t.Errorf("reloading: %s", out)
	}
}

func TestLoadMalformedStoresNothingFromThatFile(t *testing.T) {
	e := newEnv(t, "bolt")
	bad := filepath.Join(e.dir, "broken.nq")
	good := filepath.Join(e.dir, "good.nq")
	os.WriteFile(bad, []byte("<urn:x:a> <urn:x:p> <urn:x:b> .\n<urn:x:c> <urn:x:p> \"ok\" .\n<urn:x:d> this is not a quad\n"), 0o644)
	os.WriteFile(good, []byte("<urn:x:e> <urn:x:p> <urn:x:f> .\n"), 0o644)
	if code := e.run("load", bad, good); code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	if !strings.Contains(e.stderr.String(), "broken.nq:3") {
		t.Errorf("error does not name broken.nq:3:\n%s", e.stderr.String())
	}
	out := e.ok("query", "--json", `g.V("<urn:x:a>", "<urn:x:e>").Out("<urn:x:p>").All()`)
	if strings.Contains(out, "urn:x:b") || !strings.Contains(out, "urn:x:f") {
		t.Errorf("want only good.nq stored, query gives:\n%s", out)
	}
}

func TestExport(t *testing.T) {
	e := newEnv(t, "bolt")
	e.ok("build", e.docs())
	for _, tt := range []struct{ format, want string }{
		{"nquads", "urn:diplograph:"},
		{"graphml", "<graphml"},
		{"jsonld", "@id"},
		{"dot", "digraph"},
	} {
		file := filepath.Join(e.dir, "g."+tt.format)
		e.ok("export", "--format", tt.format, "-o", file)
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(b), tt.want) {
			t.Errorf("%s export lacks %q:\n%.300s", tt.format, tt.want, b)
		}
	}
	if out := e.ok("export"); !strings.Contains(out, "<https://diplograph.dev/ns#name>") {
		t.Errorf("default export to stdout is not N-Quads:\n%.300s", out)
	}
}

func TestEval(t *testing.T) {
	e := newEnv(t, "memstore")
	docs := e.docs()
	gold := filepath.Join(e.dir, "gold.json")
	os.WriteFile(gold, []byte(`{
 "meetings": [{"docs": ["visit-a.txt"], "city": "Oslo", "country": "Norway", "date": "2021-03-03", "participants": ["Ingrid Solvang", "Tomas Aravena"], "occasion": ""}],
 "roles": [{"person": "Ingrid Solvang", "role": "Prime Minister", "country": "Norway"}, {"person": "Lars Hovden", "role": "Minister of Fisheries", "country": "Norway"}],
 "claims": [{"speaker": "Ingrid Solvang", "metric": "trade", "value": 1200000000, "unit": "USD", "period": "2020", "change_pct": 8, "doc": "visit-a.txt"}],
 "co_chairs": [{"person": "Lars Hovden", "commission": "Intergovernmental Commission on Fisheries", "country": "Norway"}],
 "partners": [["Chile", "Norway"]],
 "commitments": [{"parties": ["Norway", "Chile"], "text": "memorandum on salmon research", "status": "signed", "due": "", "doc": "visit-a.txt"}]
}`), 0o644)
	out := e.ok("eval", "--gold", gold, docs)
	want := `meetings     gold=  1 sys=  1 P=1.00 R=1.00 F1=1.00
roles        gold=  2 sys=  2 P=0.50 R=0.50 F1=0.50
claims       gold=  1 sys=  2 P=0.50 R=1.00 F1=0.67 period-acc=1.00 change-acc=1.00
co_chairs    gold=  1 sys=  1 P=1.00 R=1.00 F1=1.00
partners     gold=  1 sys=  1 P=1.00 R=1.00 F1=1.00
commitments  gold=  1 sys=  1 P=1.00 R=1.00 F1=1.00 status-acc=1.00
macro-F1 0.861
`
	if out != want {
		t.Errorf("eval printed\n%s\nwant\n%s", out, want)
	}
}
