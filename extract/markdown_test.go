package extract

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

func TestBlankMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Readout\n", "  Readout\n"},
		{"Minister **Tomas Novak** met *Martin Horvath*.", "Minister   Tomas Novak   met  Martin Horvath ."},
		{"the [Minister of Slovakia](https://example.org/sk) spoke",
			"the  Minister of Slovakia" + strings.Repeat(" ", len("](https://example.org/sk)")) + " spoke"},
		{"- The ministers signed.\n- Trade grew.", "  The ministers signed.\n  Trade grew."},
		{"a snake_case word and _emphasis_", "a snake_case word and  emphasis "},
		{"[not a link] and `code`", "[not a link] and  code "},
	}
	for _, tt := range tests {
		got := blankMarkdown(tt.in)
		if got != tt.want {
			t.Errorf("blankMarkdown(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
		if len(got) != len(tt.in) {
			t.Errorf("length changed: %d -> %d", len(tt.in), len(got))
		}
	}
}

func TestMarkdownDocument(t *testing.T) {
	text := "# Readout\n\n**Prague, 11 September 2024** – Czech Minister of Foreign Affairs **Tomas Novak** met the " +
		"[Minister of Foreign and European Affairs of Slovakia](https://example.org/sk) *Martin Horvath* in Prague.\n"
	f := extractDocs(t, fact.Document{Name: "readout.md", Text: text, Date: "2024-09-12"})[0]
	if len(f.Meetings) != 1 || f.Meetings[0].City != "Prague" || f.Meetings[0].Date != "2024-09-11" ||
		len(f.Meetings[0].Participants) != 2 {
		t.Fatalf("meetings = %+v", f.Meetings)
	}
	for _, m := range f.Meetings {
		if got := text[m.Evidence.Span.Start:m.Evidence.Span.End]; len(got) != len(m.Evidence.Sentence) {
			t.Errorf("evidence span %v does not index the body", m.Evidence.Span)
		}
	}
}
