package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestStarts(t *testing.T) {
	tests := []struct {
		expr string
		want []string // nil: no starts worth using
	}{
		// what follows lengthens a start while the strings stay few
		{`(?i)\bwelcom(?:ed|es|e|ing)\s+the\b`, []string{"welcome", "welcoming"}},
		{`(?i)\b(?:agreed|agree|decided) to\b`, []string{"agree to", "agreed to", "decided to"}},
		// an optional word first: it may start with what follows
		{`(?i)(?:the\s+)?talks\b`, nil},
		// each space of \s is not multiplied out: more strings to look for
		{`(?i)\b(?:in|at)\s+the\b`, []string{"at", "in"}},
		// one letter is everywhere
		{`(?i)\b(?:a|in)\s+the\b`, nil},
		// ^ holds at the start of the text cut at a start: not used
		{`(?i)^agreed to`, nil},
		{`(Council|Summit)\b`, []string{"council", "summit"}},
	}
	for _, tt := range tests {
		st := newStarts(tt.expr)
		var got []string
		if st != nil {
			got = st.words
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("starts of %q = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// oddLines are texts where cutting at a start could go wrong: a start
// inside a word, a rune that folds to an ASCII letter, invalid UTF-8,
// several matches, a start at the very end.
var oddLines = []string{
	"They disagreed to the plan, then agreed to it and agreed to more.",
	"The \u212aing agreed to meet; the \u017fides agreed too.",
	"agreed to\xff agreed\xe2\x84 to agree",
	"Welcome the signing. WELCOMED THE SIGNING! welcomedthe",
	"the two sides the two sides the two",
	"signed",
}

// TestStartsSound checks that the methods, which try a pattern at its
// starts only, answer as the regular expression engine does on every
// pattern of the tables, on invented texts and, when present, on the lines
// of the shared sample sets.
func TestStartsSound(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	lines := append(append([]string(nil), inventedLines...), oddLines...)
	shared := os.Getenv("DIPLOGRAPH_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	for _, set := range []string{"seeds", filepath.Join("dev", "docs")} {
		files, _ := filepath.Glob(filepath.Join(shared, set, "*"))
		if len(files) == 0 {
			t.Logf("shared sample set %s is absent: checking invented texts only", set)
			continue
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	used := 0
	for rule, ps := range l.patterns {
		for _, p := range ps {
			if p.Re.starts != nil {
				used++
			}
			for _, s := range lines {
				checkSame(t, rule, p.Re, s)
			}
		}
	}
	if used == 0 {
		t.Error("no pattern of the tables has starts")
	}
}

// checkSame compares the methods of re with those of the regular
// expression engine on s.
func checkSame(t *testing.T, rule string, re *Regexp, s string) {
	t.Helper()
	std := re.Regexp
	same := func(method string, got, want any) {
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s %q.%s(%q) = %v, the engine gives %v", rule, re, method, s, got, want)
		}
	}
	same("MatchString", re.MatchString(s), std.MatchString(s))
	same("FindString", re.FindString(s), std.FindString(s))
	same("FindStringIndex", re.FindStringIndex(s), std.FindStringIndex(s))
	same("FindStringSubmatch", re.FindStringSubmatch(s), std.FindStringSubmatch(s))
	same("FindStringSubmatchIndex", re.FindStringSubmatchIndex(s), std.FindStringSubmatchIndex(s))
	for _, n := range []int{-1, 0, 1} {
		same("FindAllString", re.FindAllString(s, n), std.FindAllString(s, n))
		same("FindAllStringIndex", re.FindAllStringIndex(s, n), std.FindAllStringIndex(s, n))
		same("FindAllStringSubmatch", re.FindAllStringSubmatch(s, n), std.FindAllStringSubmatch(s, n))
		same("FindAllStringSubmatchIndex", re.FindAllStringSubmatchIndex(s, n), std.FindAllStringSubmatchIndex(s, n))
	}
	same("ReplaceAllString", re.ReplaceAllString(s, "<$0>"), std.ReplaceAllString(s, "<$0>"))
}

// FuzzStarts checks the methods of every pattern of the tables against
// the engine on arbitrary texts.
func FuzzStarts(f *testing.F) {
	l, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range append(append([]string(nil), inventedLines...), oddLines...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for rule, ps := range l.patterns {
			for _, p := range ps {
				checkSame(t, rule, p.Re, s)
			}
		}
	})
}

func BenchmarkFindAll(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	s := "The two ministers held talks on the sidelines of the regional summit, welcomed the progress made and pledged to meet again next year."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for _, ps := range l.patterns {
			for _, p := range ps {
				p.Re.FindAllStringSubmatchIndex(s, -1)
			}
		}
	}
}

// BenchmarkMay is the prefilters of all the patterns of the tables on a
// sentence.
func BenchmarkMay(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	s := "The two ministers held talks on the sidelines of the regional summit, welcomed the progress made and pledged to meet again next year."
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		for _, ps := range l.patterns {
			for _, p := range ps {
				p.Re.May(s)
			}
		}
	}
}

// TestLower checks lower, which lowers eight bytes at once, against the
// byte-at-a-time rule of May on every byte value and across the edges of
// the eight-byte words.
func TestLower(t *testing.T) {
	naive := func(s string) []byte {
		var out []byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == kelvinLead && i+2 < len(s) && s[i+1] == 0x84 && s[i+2] == 0xaa,
				c == longSLead && i+1 < len(s) && s[i+1] == 0xbf:
				return nil
			}
			out = append(out, c)
		}
		if out == nil {
			out = []byte{}
		}
		return out
	}
	var all []byte
	for c := 0; c < 256; c++ {
		all = append(all, byte(c))
	}
	texts := []string{"", "A", "Hello, World! ABCXYZ@[`{ az", string(all), "The \u212aing", "1234567\u212a", "123456\u017fX", "\u017f", "ÀÉÎ ĀĒ ẞ straße"}
	for i := 0; i < 16; i++ {
		texts = append(texts, strings.Repeat("x", i)+"\u212a"+strings.Repeat("Y", 16-i))
	}
	for _, s := range texts {
		var buf [8]byte
		got := lower(s, buf[:])
		want := naive(s)
		if string(got) != string(want) || (got == nil) != (want == nil) {
			t.Errorf("lower(%q) = %q, want %q", s, got, want)
		}
	}
}
