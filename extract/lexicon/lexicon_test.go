package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadEmbedded(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !l.Set("speech")["said"] {
		t.Error(`class speech lacks "said"`)
	}
	if v := l.Values("scale")["billion"]; v != "1e9" {
		t.Errorf("scale of billion = %q, want 1e9", v)
	}
	for _, e := range l.Entries("not-name") {
		if e.Note == "" {
			t.Errorf("%s: not-name %q has no note saying why", e.Pos, e.Word)
		}
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	base := fstest.MapFS{}
	full, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	// a complete set of tables: one entry of every class and rule
	var words, pats strings.Builder
	for c := range Classes {
		words.WriteString(c + "\t" + full.Entries(c)[0].Word + "\t" + full.Entries(c)[0].Value + "\tx\n")
	}
	for r := range Rules {
		pats.WriteString(r + "\t" + full.Patterns(r)[0].Expr + "\t" + full.Patterns(r)[0].Value + "\tx\n")
	}
	tests := []struct {
		name, words, patterns, want string
	}{
		{"unknown class", "# header\nnot-a-class\tword\t\tnote\n", "", "data/lexicon/a.tsv:2: unknown word class"},
		{"too few fields", "speech\n", "", "data/lexicon/a.tsv:1: want at least 2"},
		{"bad pattern", "", "commitment\t(unclosed\tsigned\tnote\n", "data/patterns/a.tsv:1: rule commitment"},
		{"unknown rule", "", "# c\n\nno-rule\tx\t\tnote\n", "data/patterns/a.tsv:3: unknown pattern rule"},
	}
	for _, tt := range tests {
		fsys := fstest.MapFS{
			"lexicon/a.tsv":  {Data: []byte(tt.words)},
			"lexicon/z.tsv":  {Data: []byte(words.String())},
			"patterns/a.tsv": {Data: []byte(tt.patterns)},
			"patterns/z.tsv": {Data: []byte(pats.String())},
		}
		_, err := LoadFS(fsys)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
	if _, err := LoadFS(base); err == nil || !strings.Contains(err.Error(), "no entries for") {
		t.Errorf("empty tables: err = %v, want the classes without entries", err)
	}
}
