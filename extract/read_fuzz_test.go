package extract_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/internal/malformed"
)

// The reader fuzz targets start from the malformed-input generator and check
// what any input must give: no panic; documents with valid, non-empty UTF-8
// text, a line, a real ISO date or none; every bad document an
// *extract.InputError naming the file.

func seedReader(f *testing.F, cases []malformed.Case, ext string) {
	for _, c := range cases {
		if strings.HasSuffix(c.File, ext) && len(c.Data) <= 64<<10 {
			f.Add(c.Data)
		}
	}
}

func FuzzReadText(f *testing.F) {
	seedReader(f, malformed.Documents(1), ".txt")
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "fuzz.txt", data) })
}

func FuzzReadFrontMatter(f *testing.F) {
	seedReader(f, malformed.FrontMatter(1), ".md")
	seedReader(f, malformed.Documents(1), ".md")
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, "fuzz.md", data) })
}

func FuzzReadJSONL(f *testing.F) {
	seedReader(f, malformed.JSONL(1), ".jsonl")
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := checkRead(t, "fuzz.jsonl", data)
		if lines := strings.Count(string(data), "\n") + 1; len(docs) > lines {
			t.Fatalf("%d documents from %d lines", len(docs), lines)
		}
	})
}

func checkRead(t *testing.T, name string, data []byte) []extract.Document {
	t.Helper()
	var docs []extract.Document
	err := extract.ReadFile(context.Background(), name, strings.NewReader(string(data)), func(d extract.Document) error {
		docs = append(docs, d)
		return nil
	})
	for _, d := range docs {
		if !utf8.ValidString(d.Text) || strings.TrimSpace(d.Text) == "" {
			t.Fatalf("document %s with empty or invalid text %q", d.Name, d.Text)
		}
		if strings.ContainsAny(d.Text, "\u200b\u202e\ufeff") {
			t.Fatalf("document %s keeps an invisible character", d.Name)
		}
		if d.Line < 1 || d.Name == "" {
			t.Fatalf("document without a name or line: %+v", d)
		}
		if d.Date != "" && !isISODate(d.Date) {
			t.Fatalf("document %s dated %q", d.Name, d.Date)
		}
	}
	if err == nil {
		return docs
	}
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	for _, e := range list {
		var ie *extract.InputError
		if !errors.As(e, &ie) {
			t.Fatalf("not an input error: %v", e)
		}
		if ie.File != name || ie.Msg == "" || !utf8.ValidString(ie.Msg) {
			t.Fatalf("unclear input error %q", e)
		}
	}
	return docs
}

func isISODate(s string) bool {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}
