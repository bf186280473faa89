package text

import (
	"reflect"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
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

// TestTokenizeLowerForms: the lower and folded forms of tokens, ASCII or
// not, in sentences with and without capitals.
func TestTokenizeLowerForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Envoy met ÉLODIE in Zürich.", "the/the envoy/envoy met/met élodie/elodie in/in zürich/zurich ./."},
		{"no capitals here, 42 times", "no/no capitals/capitals here/here ,/, 42/42 times/times"},
		{"İSTANBUL talks — ALL day", "istanbul/istanbul talks/talks —/- all/all day/day"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range Tokenize(tt.in) {
			if tk.Lower != strings.ToLower(tk.Text) || tk.Fold != fact.Fold(tk.Text) {
				t.Errorf("%q: lower %q, fold %q", tk.Text, tk.Lower, tk.Fold)
			}
			got = append(got, tk.Lower+"/"+tk.Fold)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

// benchText is prose of the kind the extractor reads, written for the
// benchmarks: capitals, figures, punctuation and a few accents.
const benchText = "The Foreign Minister of Freedonia, Ana Lucía Pérez, met her counterpart " +
	"in Ostrava on 12 March 2031 and said bilateral trade rose 14% to $3.2 billion. " +
	"Both sides agreed to hold the next session of the Joint Commission in the spring."

func BenchmarkTokenize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Words(benchText, Tokenize(benchText))
	}
}

// TokenizeLower gives the tokens Tokenize gives, whatever the text.
func TestTokenizeLowerIsTokenize(t *testing.T) {
	for _, s := range []string{
		"", "The Minister met H.E. Mr. Ban in NEW YORK.", "Curaçao and CURACAO", "İstanbul: \u212aelvin", "all lower case, no capitals",
	} {
		if got, want := TokenizeLower(s, strings.ToLower(s)), Tokenize(s); !reflect.DeepEqual(got, want) {
			t.Errorf("TokenizeLower(%q) = %+v, want %+v", s, got, want)
		}
	}
}
