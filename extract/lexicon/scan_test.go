package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// One scan of a sentence answers every pattern's prefilter as MayLower
// does.
func TestMayScanned(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The two ministers held talks on the sidelines of the regional summit.",
		"She pledged to double the fund by next spring, the envoy said.",
		"Nothing of note happened on Tuesday.",
		"A \u212aelvin sign and a long \u017f make every pattern possible.",
	} {
		lower := strings.ToLower(s)
		h := l.Scan(lower)
		for rule, ps := range l.patterns {
			for _, p := range ps {
				if got, want := p.Re.MayScanned(h, lower), p.Re.MayLower(lower); got != want {
					t.Errorf("%s %q on %q: scanned %v, MayLower %v", rule, p.Expr, s, got, want)
				}
			}
		}
	}
}

// The finders given a sentence's scan find what the plain ones find.
func TestFindScanned(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"The two ministers held talks on the sidelines of the regional summit.",
		"The sides agreed to sign a memorandum on trade and welcomed the signing of the accord.",
		"She was accompanied by a delegation, in the presence of the ambassador.",
		"A \u212aelvin sign and a long \u017f make every pattern possible.",
	} {
		lower := strings.ToLower(s)
		h := l.Scan(lower)
		for rule, ps := range l.patterns {
			for _, p := range ps {
				if got, want := p.Re.FindStringIndexScanned(h, lower, s), p.Re.FindStringIndex(s); !slices.Equal(got, want) {
					t.Errorf("%s %q on %q: FindStringIndexScanned %v, FindStringIndex %v", rule, p.Expr, s, got, want)
				}
				if got, want := p.Re.FindAllStringIndexScanned(h, lower, s, -1), p.Re.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s %q on %q: FindAllStringIndexScanned %v, FindAllStringIndex %v", rule, p.Expr, s, got, want)
				}
				if got, want := p.Re.FindAllStringSubmatchIndexScanned(h, lower, s, -1), p.Re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s %q on %q: FindAllStringSubmatchIndexScanned %v, FindAllStringSubmatchIndex %v", rule, p.Expr, s, got, want)
				}
			}
		}
	}
}

func BenchmarkMayScanned(b *testing.B) {
	l, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	lower := strings.ToLower("The two ministers held talks on the sidelines of the regional summit and pledged to meet again.")
	b.SetBytes(int64(len(lower)))
	for b.Loop() {
		h := l.Scan(lower)
		for _, ps := range l.patterns {
			for _, p := range ps {
				p.Re.MayScanned(h, lower)
			}
		}
	}
}
