package termtext

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestLineAndTextEscapeControls(t *testing.T) {
	tests := []struct {
		name, in, line, text string
	}{
		{"clear screen", "a\x1b[2Jb", `a\x1b[2Jb`, `a\x1b[2Jb`},
		{"window title (OSC)", "\x1b]0;owned\x07x", `\x1b]0;owned\x07x`, `\x1b]0;owned\x07x`},
		{"clipboard write", "\x1b]52;c;SGVsbG8=\x1b\\", `\x1b]52;c;SGVsbG8=\x1b\`, `\x1b]52;c;SGVsbG8=\x1b\`},
		{"NUL and DEL", "a\x00b\x7fc", `a\x00b\x7fc`, `a\x00b\x7fc`},
		{"8-bit CSI", "a\u009b2Jb", `a\u009b2Jb`, `a\u009b2Jb`},
		{"bidi override", "abc\u202edef", `abc\u202edef`, `abc\u202edef`},
		{"layout", "one\ntwo\tthree\r\n", "one two three", "one\ntwo\tthree\\x0d\n"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb", "a\uFFFDb"},
		{"plain text is untouched", "Zoë met 習近平", "Zoë met 習近平", "Zoë met 習近平"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.line {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.line)
			}
			if got := Text(tt.in); got != tt.text {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.text)
			}
			for _, out := range []string{Line(tt.in), Text(tt.in)} {
				for _, r := range out {
					if unsafe(r) && r != '\n' && r != '\t' {
						t.Errorf("%q still holds %U", out, r)
					}
				}
			}
		})
	}
}

func TestEscapeJSONKeepsValues(t *testing.T) {
	for _, s := range []string{"plain", "esc \x1b[2J", "c1 \u009b31m", "del \x7f", "bidi \u202e", "ünï 習"} {
		b, err := json.Marshal(map[string]string{"s": s})
		if err != nil {
			t.Fatal(err)
		}
		esc := EscapeJSON(b)
		for _, r := range string(esc) {
			if unsafe(r) {
				t.Errorf("EscapeJSON(%s) still holds %U", b, r)
			}
		}
		var back map[string]string
		if err := json.Unmarshal(esc, &back); err != nil || back["s"] != s {
			t.Errorf("EscapeJSON(%s) = %s decodes to %q (%v), want %q", b, esc, back["s"], err, s)
		}
	}
}

func TestWidthTruncateWrap(t *testing.T) {
	if w := Width("習近平"); w != 6 {
		t.Errorf("Width of three CJK characters = %d, want 6", w)
	}
	if w := Width("e\u0301te\u0301"); w != 3 {
		t.Errorf("Width with combining accents = %d, want 3", w)
	}
	if got := Truncate("Commission on Trade", 10); got != "Commissio…" || Width(got) > 10 {
		t.Errorf("Truncate = %q", got)
	}
	if got := Truncate("short", 10); got != "short" {
		t.Errorf("Truncate of a short string = %q", got)
	}
	if got := Truncate("習近平習近平", 5); Width(got) > 5 || !strings.HasSuffix(got, "…") {
		t.Errorf("Truncate of wide text = %q (width %d)", got, Width(got))
	}
	lines := Wrap("the quick brown fox jumps over the lazy dog", 10)
	want := []string{"the quick", "brown fox", "jumps over", "the lazy", "dog"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap = %q, want %q", lines, want)
	}
	for _, l := range Wrap("a supercalifragilisticexpialidocious word", 8) {
		if Width(l) > 8 {
			t.Errorf("Wrap line %q is wider than 8", l)
		}
	}
}

func TestTableFitsWidth(t *testing.T) {
	long := strings.Repeat("sentence words ", 20)
	tb := Table{
		Head: []string{"PARTIES", "TEXT", "STATUS", "EVIDENCE"},
		Rows: [][]string{
			{"Ruritania, Freedonia", "build a bridge across the river by the end of the decade", "pledged", long},
			{"Ruritania", "a road\x1b[2J", "signed", "short"},
		},
		Width: 80,
	}
	var buf bytes.Buffer
	if err := tb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if Width(l) > 80 {
			t.Errorf("line wider than 80 (%d): %q", Width(l), l)
		}
	}
	if strings.Count(out, "\n") < 6 {
		t.Errorf("the long columns did not wrap:\n%s", out)
	}
	if !strings.Contains(out, "\n\n") {
		t.Errorf("wrapped rows are not separated:\n%s", out)
	}
	for _, word := range strings.Fields("build a bridge across the river by the end of the decade") {
		if !strings.Contains(out, word) {
			t.Errorf("wrapping lost %q:\n%s", word, out)
		}
	}
	if strings.Contains(out, "\x1b") || !strings.Contains(out, `\x1b[2J`) {
		t.Errorf("control character not escaped:\n%q", out)
	}
	// Every word of the wrapped last column is still there.
	if got := strings.Count(out, "sentence"); got != 20 {
		t.Errorf("wrapped column shows %d of 20 words", got)
	}

	tb.Width = 0
	buf.Reset()
	if err := tb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if strings.Count(buf.String(), "\n") != 3 || !strings.Contains(buf.String(), "end of the decade") {
		t.Errorf("Width 0 should print every cell whole:\n%s", buf.String())
	}
}

func TestTableAlignsWideCharacters(t *testing.T) {
	var buf bytes.Buffer
	tb := Table{Head: []string{"NAME", "CITY"}, Rows: [][]string{{"習近平", "Beijing"}, {"Ann", "Oslo"}}}
	if err := tb.Write(&buf); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	col := -1
	for _, l := range lines {
		i := strings.IndexAny(l, "BOC")
		if i < 0 {
			t.Fatalf("no second column in %q", l)
		}
		if w := Width(l[:i]); col >= 0 && w != col {
			t.Errorf("second column starts at cell %d, want %d:\n%s", w, col, buf.String())
		} else {
			col = w
		}
	}
}
