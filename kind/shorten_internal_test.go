package kind

import (
	"strings"
	"testing"
)

// shorten cuts by runes, as the []rune form it replaced did.
func TestShortenCutsByRunes(t *testing.T) {
	old := func(s string, n int) string {
		if len(s) <= n {
			return s
		}
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return strings.TrimRight(string(r[:n-1]), " ,;:") + "…"
	}
	for _, s := range []string{"", "short", strings.Repeat("a", 60), strings.Repeat("a", 61),
		strings.Repeat("é", 59), strings.Repeat("é", 60), strings.Repeat("é", 61), strings.Repeat("ab, ", 30),
		"Ministers of the two countries, meeting in the capital; talked: trade and more", "bad \xff byte " + strings.Repeat("x", 70)} {
		for _, n := range []int{1, 5, 60} {
			if got, want := shorten(s, n), old(s, n); got != want {
				t.Errorf("shorten(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
