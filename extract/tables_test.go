package extract

import (
	"context"
	"io/fs"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/diplograph/diplograph/data"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
)

// withTable is the project's language tables with one more table added, as
// a linguist would add it: no Go.
func withTable(t *testing.T, name, rows string) *Extractor {
	t.Helper()
	fsys := fstest.MapFS{name: {Data: []byte(rows)}}
	for _, dir := range []string{"lexicon", "patterns"} {
		files, err := fs.Glob(data.FS, dir+"/*.tsv")
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := fs.ReadFile(data.FS, f)
			if err != nil {
				t.Fatal(err)
			}
			fsys[f] = &fstest.MapFile{Data: b}
		}
	}
	lex, err := lexicon.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	gz, err := testTables()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(gz, lex, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func extractWith(t *testing.T, x *Extractor, text string) fact.Facts {
	t.Helper()
	r, err := x.Extract(context.Background(), fact.Document{Name: "a.txt", Text: text, Date: "2024-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	return x.Merge(nil, []fact.Report{r})[0]
}

// A commitment pattern added in a table of its own gives a commitment the
// project's tables do not see.
func TestPatternFromATable(t *testing.T) {
	texts := []string{
		"The foreign ministers of Chile and Peru sanctioned a plan for a joint railway to the Pacific coast.",
		"Kenya and Tanzania have sanctioned the construction of a new bridge over the border river.",
	}
	plain := testExtractor(t)
	extended := withTable(t, "patterns/extra.tsv",
		"# Columns: rule, pattern, value, note.\ncommitment\t(?i)\\bsanctioned\\b\tagreed whole\ta plan both governments approved\n")
	for _, text := range texts {
		if f := extractWith(t, plain, text); len(f.Commitments) != 0 {
			t.Fatalf("the project's tables already find %+v in %q: pick another verb", f.Commitments, text)
		}
		f := extractWith(t, extended, text)
		if len(f.Commitments) != 1 || f.Commitments[0].Status != fact.StatusAgreed || f.Commitments[0].Text != text[:len(text)-1] {
			t.Errorf("commitments of %q = %+v, want the whole sentence, agreed", text, f.Commitments)
		}
	}
}

// A word added to a class in a table of its own changes what the rules see:
// a new meeting verb makes a meeting.
func TestWordFromATable(t *testing.T) {
	texts := []string{
		"Norwegian Prime Minister Ingrid Halvorsen parleyed with Chilean President Mateo Rojas in Oslo.",
		"In Lima, Peruvian President Luis Quispe parleyed with Bolivian President Carlos Mamani.",
	}
	plain := testExtractor(t)
	extended := withTable(t, "lexicon/extra.tsv", "strong-meeting\tparleyed\t\ta verb of meeting\nmeeting-word\tparleyed\t\ta verb of meeting\n")
	for _, text := range texts {
		if f := extractWith(t, plain, text); len(f.Meetings) != 0 {
			t.Fatalf("the project's tables already find %+v in %q: pick another verb", f.Meetings, text)
		}
		if f := extractWith(t, extended, text); len(f.Meetings) != 1 || len(f.Meetings[0].Participants) != 2 {
			t.Errorf("meetings of %q = %+v, want one of two people", text, f.Meetings)
		}
	}
}

// A bad row is refused with its file and line.
func TestBadTableRow(t *testing.T) {
	fsys := fstest.MapFS{"patterns/extra.tsv": {Data: []byte("# header\ncommitment\t(?i)\\bratified\\b\tsealed\tnote\n")}}
	for _, dir := range []string{"lexicon", "patterns"} {
		files, _ := fs.Glob(data.FS, dir+"/*.tsv")
		for _, f := range files {
			b, _ := fs.ReadFile(data.FS, f)
			fsys[f] = &fstest.MapFile{Data: b}
		}
	}
	lex, err := lexicon.LoadFS(fsys)
	if err != nil {
		t.Fatal(err)
	}
	gz, _ := testTables()
	_, err = New(gz, lex, Options{})
	if err == nil || !strings.Contains(err.Error(), "data/patterns/extra.tsv:2") || !strings.Contains(err.Error(), `"sealed"`) {
		t.Errorf("New = %v, want an error naming data/patterns/extra.tsv:2 and the bad status", err)
	}
}

// One Extractor serves several goroutines: every table it holds is read
// only, and each document's state is its own (run with -race).
func TestConcurrentExtract(t *testing.T) {
	x := testExtractor(t)
	texts := []string{
		"Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas in Oslo. Trade grew by 12% to $2.5 billion, Rojas said.",
		"Lars Eriksen: Welcome, Mr Virtanen. We will continue to deepen our alliance.\nMikko Virtanen: Thank you, Mr Eriksen.\n",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = renderFacts(extractWith(t, x, s))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, s := range texts {
				r, err := x.Extract(context.Background(), fact.Document{Name: "a.txt", Text: s, Date: "2024-05-02"})
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := renderFacts(x.Merge(nil, []fact.Report{r})[0]); got != want[i] {
					errs <- "a goroutine got other facts:\n" + got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
