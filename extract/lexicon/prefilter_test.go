package lexicon

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want [][]string
	}{
		{`(?i)\bconfer(?:red|s)?(?: [a-z-]+){0,4} with\b`, [][]string{{"confer"}, {" with"}}},
		{`(?i)\b(?:attended by|in the presence of)\b`, [][]string{{"attended by", "in the presence of"}}},
		// a case-sensitive pattern is looked for in any case: a superset
		{`Council|Summit`, [][]string{{"council", "summit"}}},
		// alternatives multiplied out, then those holding a shorter one dropped
		{`(?i)\b(?:will|would) (?:meet|visit)\b`, [][]string{{"will meet", "will visit", "would meet", "would visit"}}},
		{`(?i)paid an?\s+visit`, [][]string{{"paid a"}, {"visit"}}},
		// an alternative that requires nothing: nothing is required
		{`(?i)\bmet\b|\w+ed`, nil},
		// optional parts, repeats from zero, anchors only: nothing
		{`(?i)(?:in|at)?\s*$`, nil},
		{`^\s*$`, nil},
		{`(?:abc)*`, nil},
		// shorter than three letters rejects too few texts to be worth it
		{`(?i)\bin\b`, nil},
		// a repeat of one or more requires one copy
		{`(?:visit)+s`, [][]string{{"visit"}}},
		// non-ASCII letters break a literal; the ASCII runs around stay
		{`(?i)joint communiqué issued`, [][]string{{"joint communiqu"}, {" issued"}}},
		// what an inexact part starts with lengthens the literal before it
		{`(?i)\bgr(?:owth|ew|ow\w*)\b`, [][]string{{"grew", "grow"}}},
		{`(?i)\bin(?:vest\w*|crease)`, [][]string{{"increase", "invest"}}},
		// a small class is multiplied out
		{`emphasi[sz]ed`, [][]string{{"emphasised", "emphasized"}}},
	}
	for _, tt := range tests {
		if got := requiredLiterals(tt.expr); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("requiredLiterals(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

func TestCaseLiterals(t *testing.T) {
	tests := []struct {
		expr string
		want [][]string
	}{
		{`(Council|Summit)\b`, [][]string{{"Council", "Summit"}}},
		// under (?i) a letter is of any case: nothing as written
		{`(?i)\b(?:Council|Summit)\b`, nil},
		{`(?i:the) Council`, [][]string{{" Council"}}},
		// lower case only: need has it already
		{`\bsigned with\b`, nil},
		// a letter's two cases is parsed as a letter of any case; another
		// small class is multiplied out
		{`[Tt]reaty of [A-Z]`, nil},
		{`[HS]is Majesty`, [][]string{{"His Majesty", "Sis Majesty"}}},
	}
	for _, tt := range tests {
		if got := caseLiterals(tt.expr); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("caseLiterals(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

func TestMayCaseFiltersOnlyTextsThatCannotMatch(t *testing.T) {
	tests := []struct {
		expr, text string
		may        bool
	}{
		{`Council`, "the council met", false},
		{`Council`, "the Security Council met", true},
		{`(?i)council`, "the COUNCIL met", true},
		{`(?i:the) Council`, "THE Council met", true},
		{`(?i:the) Council`, "the COUNCIL met", false},
	}
	for _, tt := range tests {
		re := MustCompile(tt.expr)
		if got := re.MayCase(tt.text); got != tt.may {
			t.Errorf("%q.MayCase(%q) = %v, want %v", tt.expr, tt.text, got, tt.may)
		}
		if re.Regexp.MatchString(tt.text) && !re.MayCase(tt.text) {
			t.Errorf("%q matches %q, which MayCase filters", tt.expr, tt.text)
		}
		lower := strings.ToLower(tt.text)
		if got, want := re.MatchScanned(NewScanner([]*Regexp{re}).Scan(lower), lower, tt.text), re.Regexp.MatchString(tt.text); got != want {
			t.Errorf("%q.MatchScanned(%q) = %v, MatchString %v", tt.expr, tt.text, got, want)
		}
	}
}

func TestMayFiltersOnlyTextsThatCannotMatch(t *testing.T) {
	tests := []struct {
		expr, text string
		may        bool
	}{
		{`(?i)\bconferred with\b`, "The minister CONFERRED WITH his counterpart.", true},
		{`(?i)\bconferred with\b`, "The minister conferred at length with his counterpart.", false},
		{`(?i)\bconferred with\b`, "The minister met his counterpart.", false},
		{`Council`, "the council met", true}, // May is a superset; the pattern decides
		// the Kelvin sign and the long s match k and s under (?i): such a
		// text is never filtered
		{`(?i)\bkind\b`, "a \u212aind invitation", true},
		{`(?i)\bsigned\b`, "\u017figned", true},
		{`(?i)\bsigned\b`, "unsigned", true},
	}
	for _, tt := range tests {
		re := MustCompile(tt.expr)
		if got := re.May(tt.text); got != tt.may {
			t.Errorf("%q.May(%q) = %v, want %v", tt.expr, tt.text, got, tt.may)
		}
		if got := re.MayLower(strings.ToLower(tt.text)); got != tt.may {
			t.Errorf("%q.MayLower(%q) = %v, want %v", tt.expr, tt.text, got, tt.may)
		}
		if re.Regexp.MatchString(tt.text) && !re.May(tt.text) {
			t.Errorf("%q matches %q, which May filters", tt.expr, tt.text)
		}
	}
}

// inventedLines are texts written for the test: phrasings the patterns
// of the tables are about, in several letter cases.
var inventedLines = []string{
	"The two ministers conferred at length with each other on the sidelines of the summit.",
	"PRESIDENT A RECEIVED MINISTER B IN THE PRESENCE OF AMBASSADOR C.",
	"They signed a memorandum of understanding on trade and agreed to expand cooperation.",
	"The importance of joint projects was emphasized; the sides will meet again next year.",
	"He paid an official visit to the capital, where he was granted an audience by the King.",
	"The talks followed the signing of the treaty, which entered into force last year.",
	"Both sides reaffirmed their readiness to step up ties and called for restraint.",
	"In a joint statement, the leaders said they would hold talks on the margins of the forum.",
	"The delegation, which included the deputy minister, was accompanied by advisers.",
	"She spoke by phone with her counterpart; a video call is scheduled for Monday.",
	"Il a rencontré le ministre à Paris.",
	"",
}

// TestPrefilterSound checks every pattern of the tables on invented texts
// and, when present, on the lines of the shared sample sets: a text the
// prefilter rejects is one the pattern does not match.
func TestPrefilterSound(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	lines := append([]string(nil), inventedLines...)
	for _, set := range []string{"seeds", filepath.Join("dev", "docs")} {
		dir := filepath.Join("..", "..", "..", "shared", set)
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		if len(files) == 0 {
			t.Logf("shared sample set %s is absent: checking invented texts only", dir)
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
	rejected := 0
	var all []*Regexp
	for _, ps := range l.patterns {
		for _, p := range ps {
			all = append(all, p.Re)
		}
	}
	sc := NewScanner(all)
	for _, s := range lines {
		lower := strings.ToLower(s)
		h := sc.Scan(lower)
		for i, re := range all {
			if got, want := sc.May(i, h), re.MayLower(lower); got != want {
				t.Errorf("pattern %s on %q: the scanner says it may match %v, MayLower %v", re, s, got, want)
			}
		}
	}
	for rule, ps := range l.patterns {
		for _, p := range ps {
			for _, s := range lines {
				if !p.Re.MayCase(s) {
					rejected++
					if p.Re.Regexp.MatchString(s) {
						t.Errorf("%s: %s: pattern %s matches %q, which its prefilter of one case %q rejects", p.Pos, rule, p.Expr, s, p.Re.NeedCase())
					}
				}
				if p.Re.May(s) {
					continue
				}
				rejected++
				if p.Re.Regexp.MatchString(s) {
					t.Errorf("%s: %s: pattern %s matches %q, which its prefilter %q rejects", p.Pos, rule, p.Expr, s, p.Re.Need())
				}
			}
		}
	}
	if rejected == 0 {
		t.Error("the prefilters rejected no text at all")
	}
}

// FuzzPrefilter checks the prefilter of every pattern of the tables on
// arbitrary texts: a rejected text never matches.
func FuzzPrefilter(f *testing.F) {
	l, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	var all []Pattern
	var res []*Regexp
	for _, ps := range l.patterns {
		all = append(all, ps...)
		for _, p := range ps {
			res = append(res, p.Re)
		}
	}
	sc := NewScanner(res)
	for _, s := range inventedLines {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h := sc.Scan(strings.ToLower(s))
		for i, p := range all {
			if got, want := sc.May(i, h), p.Re.MayLower(strings.ToLower(s)); got != want {
				t.Errorf("pattern %s on %q: the scanner says it may match %v, MayLower %v", p.Expr, s, got, want)
			}
			if !p.Re.May(s) && p.Re.Regexp.MatchString(s) {
				t.Errorf("%s: pattern %s matches %q, which its prefilter %q rejects", p.Pos, p.Expr, s, p.Re.Need())
			}
			if !p.Re.MayCase(s) && p.Re.Regexp.MatchString(s) {
				t.Errorf("%s: pattern %s matches %q, which its prefilter of one case %q rejects", p.Pos, p.Expr, s, p.Re.NeedCase())
			}
			if !p.Re.MayLower(strings.ToLower(s)) && p.Re.Regexp.MatchString(s) {
				t.Errorf("%s: pattern %s matches %q, which its prefilter %q rejects on the lowered text", p.Pos, p.Expr, s, p.Re.Need())
			}
		}
	})
}
