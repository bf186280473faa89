package extract

import (
	"regexp"
	"slices"
	"testing"
)

// letterRuns finds what [A-Za-z]{3,} finds.
func TestLetterRuns(t *testing.T) {
	re := regexp.MustCompile(`[A-Za-z]{3,}`)
	for _, s := range []string{
		`(?i)\b(?:pledged?|vowed)\s+to\s+(\w+)`,
		`ab cd efg hijk`,
		`Zürich accords, 12 signatories; NOW`,
		``,
		`xy`,
	} {
		if got, want := letterRuns(s), re.FindAllString(s, -1); !slices.Equal(got, want) {
			t.Errorf("letterRuns(%q) = %q, want %q", s, got, want)
		}
	}
}
