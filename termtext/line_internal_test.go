package termtext

import (
	"strings"
	"testing"
)

// Line's fast paths leave a string as the full cleaning would.
func TestLineFastPathsAgree(t *testing.T) {
	slow := func(s string) string {
		s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
		if isSafe(s, false) {
			return s
		}
		var b strings.Builder
		for _, r := range s {
			if unsafe(r) {
				escape(&b, r)
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	for _, s := range []string{"", "plain words", "Talks in Zürich…", " lead", "trail ", "two  spaces",
		"tab\there", "nb\u00a0space", "bidi \u202e mark", "bad \xff byte", "replacement \ufffd sign", "ümlaut", "é"} {
		if got, want := Line(s), slow(s); got != want {
			t.Errorf("Line(%q) = %q, want %q", s, got, want)
		}
	}
}

// lineWidth is Line and Width in one.
func TestLineWidthAgrees(t *testing.T) {
	for _, s := range []string{"", "plain words", "Talks in Zürich…", " lead", "trail ", "two  spaces",
		"tab\there", "nb\u00a0space", "bidi \u202e mark", "bad \xff byte", "wide 東京 text", "e\u0301 combined", "é"} {
		got, w := lineWidth(s)
		if want := Line(s); got != want || w != Width(want) {
			t.Errorf("lineWidth(%q) = %q, %d; want %q, %d", s, got, w, want, Width(want))
		}
	}
}
