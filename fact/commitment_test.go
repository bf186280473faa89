package fact

import (
	"slices"
	"strings"
	"testing"
)

func words(s string) []string {
	ws := strings.Fields(s)
	slices.Sort(ws)
	return slices.Compact(ws)
}

func TestSameCommitment(t *testing.T) {
	tests := []struct {
		name string
		a, b Commitment
		want bool
	}{
		{"the same object, other words, fewer parties",
			Commitment{Parties: []string{"Norway", "Chile"}, Words: words("draft programme economic long-term 2030")},
			Commitment{Parties: []string{"Chile"}, Words: words("signed programme economic 2030")}, true},
		{"one shared word is not enough",
			Commitment{Parties: []string{"Norway"}, Words: words("roadmap energy")},
			Commitment{Parties: []string{"Norway"}, Words: words("roadmap tourism visas")}, false},
		{"another pair of countries",
			Commitment{Parties: []string{"Norway", "Chile"}, Words: words("programme economic 2030")},
			Commitment{Parties: []string{"Peru", "Chile"}, Words: words("programme economic 2030")}, false},
		{"no parties: nothing to follow",
			Commitment{Words: words("programme economic 2030")},
			Commitment{Words: words("programme economic 2030")}, false},
		{"two words shared but not half of the fewer",
			Commitment{Parties: []string{"Chile"}, Words: words("fund investment ports airports rail")},
			Commitment{Parties: []string{"Chile"}, Words: words("fund investment schools hospitals clinics roads")}, false},
	}
	for _, tt := range tests {
		if _, got := SameCommitment(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: SameCommitment = %v, want %v", tt.name, got, tt.want)
		}
		if _, got := SameCommitment(tt.b, tt.a); got != tt.want {
			t.Errorf("%s (the other way round): SameCommitment = %v, want %v", tt.name, got, tt.want)
		}
	}
}
