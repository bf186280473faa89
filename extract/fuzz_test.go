package extract

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// FuzzExtract: any text extracts without panicking, and every fact's
// evidence is a real sentence of the body.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("segment", "testdata", "*.*"))
	for _, p := range seeds {
		if filepath.Ext(p) == ".golden" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), "2024-01-01")
		}
	}
	f.Add("Mr. : , President  of  the , and Mr", "")
	f.Add("PRESIDENT X: Y. \"“ co-chaired by by by", "2020")
	x := testExtractor(f)
	f.Fuzz(func(t *testing.T, text, date string) {
		doc := fact.Document{Name: "fuzz.txt", Text: text, Date: date}
		facts, err := x.Extract(context.Background(), doc)
		if err != nil {
			return
		}
		check := func(what string, e fact.Evidence) {
			if e.Span.End == 0 && e.Sentence == "" {
				return
			}
			if e.Span.Start < 0 || e.Span.End > len(text) || e.Span.Start > e.Span.End {
				t.Fatalf("%s evidence span %v outside the body of %d bytes", what, e.Span, len(text))
			}
			if e.Sentence != text[e.Span.Start:e.Span.End] {
				t.Fatalf("%s evidence %q is not the body's text %q at %v", what, e.Sentence, text[e.Span.Start:e.Span.End], e.Span)
			}
		}
		for _, m := range facts.Meetings {
			check("meeting", m.Evidence)
		}
		for _, c := range facts.Claims {
			check("claim", c.Evidence)
		}
		for _, c := range facts.Commitments {
			check("commitment", c.Evidence)
		}
		for _, o := range facts.Offices {
			check("office", o.Evidence)
		}
		for _, c := range facts.CoChairs {
			check("co-chair", c.Evidence)
		}
		for _, p := range facts.Partners {
			check("partners", p.Evidence)
		}
		Merge(nil, []fact.Report{facts})
	})
}
