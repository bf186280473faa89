package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/internal/golden"
	"github.com/diplograph/diplograph/fact"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// sharedDir is the project's shared material: ../shared beside the module
// unless DIPLOGRAPH_SHARED names it.
func sharedDir() string {
	if d := os.Getenv("DIPLOGRAPH_SHARED"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared")
}

// sharedDocs reads the documents of a shared sample set (its path under
// ../shared). The sample texts are not ours to ship, so they are read
// where they are: without them the test is skipped with the reason, and
// with DIPLOGRAPH_REQUIRE_TOOLS=1 (CI) their absence is a failure.
func sharedDocs(t testing.TB, set string) []fact.Document {
	t.Helper()
	dir := filepath.Join(sharedDir(), set)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
			t.Fatalf("shared sample set %s is missing and DIPLOGRAPH_REQUIRE_TOOLS=1: %v", dir, err)
		}
		t.Skipf("shared sample set %s is absent (%v): the golden facts are checked where ../shared sits beside the module", dir, err)
	}
	var docs []fact.Document
	err := Read(context.Background(), dir, func(d fact.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("reading %s: %v", dir, err)
	}
	if len(docs) == 0 {
		t.Fatalf("no documents in %s", dir)
	}
	return docs
}

// shortHash stands for a text of a sample document in a golden file, so that
// the file shows when the text changes without carrying it.
func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:4])
}

// renderEvidence writes evidence as its place in the document: the file
// line, the byte span and a hash of the sentence.
func renderEvidence(e fact.Evidence) string {
	if e.Sentence == "" && e.Span == (fact.Span{}) {
		return "-"
	}
	return fmt.Sprintf("L%d@%d-%d#%s", e.Line, e.Span.Start, e.Span.End, shortHash(e.Sentence))
}

// renderFacts writes one document's facts a fact a line, in the order the
// extractor gives them, so that a diff shows which fact changed and how.
// Texts of the document (its title, the words of a commitment) appear only
// as hashes.
func renderFacts(f fact.Facts) string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s date=%s title=#%s countries=%s\n", f.Doc.Name, f.Doc.Date, shortHash(f.Doc.Title), strings.Join(f.Countries, ","))
	for _, p := range f.People {
		fmt.Fprintf(&b, "person %s | %s | aliases=%s\n", p.Name, p.Country, strings.Join(p.Aliases, ","))
	}
	for _, o := range f.Offices {
		fmt.Fprintf(&b, "office %s | %s | %s | observed=%s | %s\n", o.Person, o.Role, o.Country, o.Observed, renderEvidence(o.Evidence))
	}
	for _, m := range f.Meetings {
		fmt.Fprintf(&b, "%s %s | %s %s | %s (%s) | occasion=%q | %s\n", m.Kind, strings.Join(m.Participants, "+"),
			m.City, m.Country, m.Date, m.DateSource, m.Occasion, renderEvidence(m.Evidence))
	}
	for _, c := range f.Claims {
		change := "-"
		if c.ChangePct != nil {
			change = strconv.FormatFloat(*c.ChangePct, 'g', -1, 64)
		}
		fmt.Fprintf(&b, "claim %s | %s | %s %s | change=%s | period=%s | approx=%s | quote=%q | %s\n", c.Speaker, c.Metric,
			strconv.FormatFloat(c.Value, 'g', -1, 64), c.Unit, change, c.Period, c.Approx, c.Quote, renderEvidence(c.Evidence))
	}
	for _, c := range f.CoChairs {
		fmt.Fprintf(&b, "co-chair %s | %s | %s | %s\n", c.Person, c.Commission, c.Country, renderEvidence(c.Evidence))
	}
	for _, p := range f.Partners {
		fmt.Fprintf(&b, "partners %s + %s | %s\n", p.A, p.B, renderEvidence(p.Evidence))
	}
	for _, c := range f.Commitments {
		fmt.Fprintf(&b, "commitment %s | parties=%s | due=%s | text=%d#%s | %s\n", c.Status, strings.Join(c.Parties, ","), c.Due,
			len(c.Text), shortHash(c.Text), renderEvidence(c.Evidence))
	}
	for _, v := range f.Visits {
		fmt.Fprintf(&b, "visit %s | %s %s | %s | %s\n", v.Visitor, v.City, v.Host, v.Date, renderEvidence(v.Evidence))
	}
	return b.String()
}

// TestGolden runs the whole pipeline, corpus merge included, over the
// shared seeds and dev documents and compares their facts with the golden
// files, which hold no text of those documents (see renderFacts).
func TestGolden(t *testing.T) {
	for _, set := range []struct{ name, dir string }{{"seeds", "seeds"}, {"dev", filepath.Join("dev", "docs")}} {
		t.Run(set.name, func(t *testing.T) {
			docs := sharedDocs(t, set.dir)
			x := testExtractor(t)
			var all []fact.Report
			for _, d := range docs {
				r, err := x.Extract(context.Background(), d)
				if err != nil {
					t.Fatalf("Extract(%s): %v", d.Name, err)
				}
				all = append(all, r)
			}
			merged := Merge(nil, all)
			sort.SliceStable(merged, func(i, j int) bool { return merged[i].Doc.Name < merged[j].Doc.Name })
			var b strings.Builder
			for _, f := range merged {
				b.WriteString(renderFacts(f))
			}
			golden.Check(t, filepath.Join("testdata", "golden", set.name+".facts"), b.String(), *update)
		})
	}
}
