package text

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	s := "USD3bn, G7\n(Ära) 1,250"
	var got []string
	for _, tk := range Tokenize(s) {
		sp := ""
		if tk.Newline {
			sp = "\\n"
		} else if tk.Space {
			sp = "_"
		}
		got = append(got, sp+tk.Text+"/"+tk.Fold)
	}
	want := "USD/usd 3/3 bn/bn ,/, _G/g 7/7 \\n(/( Ära/ara )/) _1/1 ,/, 250/250"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens = %q\nwant     %q", strings.Join(got, " "), want)
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Anne-Marie met the U.S. envoy.", "Anne-Marie|met|the|U.S|envoy"},
		{"Norway’s Prime Minister", "Norway’s|Prime|Minister"},
		{"G7 - a well-known B2B forum", "G7|a|well-known|B2B|forum"},
		{"rock 'n' roll", "rock|n|roll"},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range Words(tt.in, Tokenize(tt.in)) {
			if tt.in[w.Start:w.End] != w.Text {
				t.Errorf("%q: word %q does not match its span", tt.in, w.Text)
			}
			got = append(got, w.Text)
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("Words(%q) = %q, want %q", tt.in, strings.Join(got, "|"), tt.want)
		}
	}
	if f := Words("Norway’s", Tokenize("Norway’s"))[0].Fold; f != "norway" {
		t.Errorf("fold of a possessive = %q, want norway", f)
	}
}

func TestRuns(t *testing.T) {
	s := "Sino-Indian G7 talks"
	var got []string
	for _, r := range Runs(s, Tokenize(s)) {
		got = append(got, s[r.Start:r.End])
	}
	if strings.Join(got, "|") != "Sino|-|Indian|G7|talks" {
		t.Errorf("runs = %q", got)
	}
}

func TestCaps(t *testing.T) {
	for w, want := range map[string]Caps{"NATO": Upper, "Oslo": Title, "oslo": Lower, "A": Title, "7": Lower, "U.S": Upper} {
		if got := CapsOf(w); got != want {
			t.Errorf("CapsOf(%q) = %d, want %d", w, got, want)
		}
	}
}
