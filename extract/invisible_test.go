package extract

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// An invisible character inside or after a name no longer splits one
// official into two people, in a text file and in a JSON Lines record.
func TestInvisibleCharactersDoNotSplitNames(t *testing.T) {
	x := testExtractor(t)
	for _, mark := range []string{"\u200b", "\u00ad", "\u2060", "\ufeff", "\u202e", "\u2066", "\u200f"} {
		for _, src := range []struct{ name, data string }{
			{"a.txt", "Finnish President Ai" + mark + "no Virtanen" + mark + " met Swedish Prime Minister Tomas Lindqvist in Helsinki on 12 May 2023.\n"},
			{"b.jsonl", `{"text": "Finnish President Aino` + mark + ` Virtanen met Swedish Prime Minister Tomas Lindqvist in Helsinki."}` + "\n"},
		} {
			var docs []Document
			err := ReadFile(context.Background(), src.name, strings.NewReader(src.data), func(d Document) error {
				docs = append(docs, d)
				return nil
			})
			if err != nil || len(docs) != 1 {
				t.Fatalf("%U in %s: %d documents, err %v", []rune(mark)[0], src.name, len(docs), err)
			}
			if strings.Contains(docs[0].Text, mark) {
				t.Errorf("%U in %s: still in the text", []rune(mark)[0], src.name)
			}
			rep, err := x.Extract(context.Background(), docs[0])
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range rep.Facts.People {
				names = append(names, p.Name)
			}
			if !slices.Contains(names, "Aino Virtanen") || len(names) != 2 {
				t.Errorf("%U in %s: people %q, want Aino Virtanen and Tomas Lindqvist", []rune(mark)[0], src.name, names)
			}
		}
	}
	// A document of nothing but invisible characters is empty.
	err := ReadFile(context.Background(), "c.txt", strings.NewReader("\u200b\u200b\n\u202e\n"), func(Document) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "empty document") {
		t.Errorf("invisible-only document: err = %v", err)
	}
}
