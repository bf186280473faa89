package fact

import "testing"

func TestNameIndexResolve(t *testing.T) {
	ix := NewNameIndex[string]()
	ix.Add([]string{"Ingrid", "Halvorsen"}, "p1")
	ix.Add([]string{"Mateo", "Rojas", "Vidal"}, "p2")
	ix.Add([]string{"Ana", "Rojas"}, "p3")
	ix.Add([]string{"Tanaka"}, "p4")
	ix.AddSurname("halvorsen's", "p1") // a spelling already folded: kept apart
	tests := []struct {
		word string
		want string
		ok   bool
	}{
		{"Tanaka", "p4", true},    // known by one word
		{"HALVORSEN", "p1", true}, // a surname, any case
		{"Vidal", "p2", true},     // the first with that surname
		{"Mateo", "p2", true},     // the only one with that word
		{"Halvorson", "p1", true}, // a surname up to a typo
		{"Rojas", "p3", true},     // surname of p3 (p2's surname is Vidal)
		{"Nobody", "", false},     // nobody
		{"Ingrids", "", false},    // a given name is no surname, even a letter off
	}
	for _, tt := range tests {
		got, ok := ix.Resolve(tt.word)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Resolve(%q) = %q, %v; want %q, %v", tt.word, got, ok, tt.want, tt.ok)
		}
	}
	if got := ix.ByFirst("ingrid"); len(got) != 1 || got[0] != "p1" {
		t.Errorf("ByFirst(ingrid) = %q", got)
	}
	if got := ix.ByWord("Rojas"); len(got) != 2 {
		t.Errorf("ByWord(Rojas) = %q, want both Rojas", got)
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b         []string
		full, closeG bool
	}{
		{[]string{"Sergei", "Lindqvist"}, []string{"Sergei", "Lindqvst"}, true, true},
		{[]string{"Sergey", "Lindqvist"}, []string{"Sergei", "Lindqvist"}, false, true},
		{[]string{"Ana", "Luz"}, []string{"Ana", "Lux"}, false, false}, // a surname under five letters allows no typo
		{[]string{"Ana", "Lopes"}, []string{"Rui", "Lopes"}, false, false},
		// a shared family name, another father: two people
		{[]string{"Saeed", "bin", "Ali", "Al", "Mansoori"}, []string{"Saeed", "bin", "Omar", "Al", "Mansoori"}, false, false},
		{[]string{"Saeeda", "bin", "Ali", "Al", "Mansoori"}, []string{"Saeed", "bin", "Omar", "Al", "Mansoori"}, false, false},
		// the same father, written once without the family name
		{[]string{"Saeed", "bin", "Ali"}, []string{"Saeed", "bin", "Ali", "Al", "Mansoori"}, false, false},
		{[]string{"Maria", "da", "Costa"}, []string{"Maria", "Clara", "da", "Costa"}, true, true},
		// initials of the given names
		{[]string{"I.K.", "Petrov"}, []string{"Ivan", "Petrov"}, true, true},
		{[]string{"S.", "Raman"}, []string{"Subra", "Raman"}, true, true},
		{[]string{"S.", "Raman"}, []string{"Kiran", "Raman"}, false, false},
		{[]string{"Ts.", "Bold"}, []string{"Tsend", "Bold"}, true, true},
		// given names a vowel apart from the second letter on
		{[]string{"Giorgia", "Lindqvist"}, []string{"Georgia", "Lindqvist"}, false, true},
		{[]string{"Jana", "Lindqvist"}, []string{"Dana", "Lindqvist"}, false, false},
	}
	for _, tt := range tests {
		if got := SameFullName(tt.a, tt.b); got != tt.full {
			t.Errorf("SameFullName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.full)
		}
		if got := SameSurnameClose(tt.a, tt.b) || SameFullName(tt.a, tt.b); got != tt.closeG {
			t.Errorf("same person (%q, %q) = %v, want %v", tt.a, tt.b, got, tt.closeG)
		}
	}
}

// A name written family name first is found by its family name.
func TestNameIndexFamilyFirst(t *testing.T) {
	ix := NewNameIndex[string]()
	ix.AddAt([]string{"Wang", "Wei"}, 0, "p1")
	ix.AddAt([]string{"Park", "Min-jun"}, 0, "p2")
	ix.Add([]string{"Lena", "Wei"}, "p3")
	for _, tt := range []struct{ word, want string }{{"Wang", "p1"}, {"Park", "p2"}, {"Wei", "p3"}} {
		if got, ok := ix.Resolve(tt.word); !ok || got != tt.want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", tt.word, got, ok, tt.want)
		}
	}
	if got := ix.BySurname("wei"); len(got) != 1 || got[0] != "p3" {
		t.Errorf("BySurname(wei) = %q: the given name of a family-first name is no surname", got)
	}
}

// A full name written on with one or two more words (a second surname, a
// suffix) is the same person's; a different word on the way, or another
// father, is not.
func TestNameExtends(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"Pablo", "Herrera"}, []string{"Pablo", "Herrera", "Quispe"}, true},
		{[]string{"Ramon", "Ortiz", "Jr"}, []string{"Ramon", "Ortiz"}, true},
		{[]string{"Pablo", "Herrera"}, []string{"Pablo", "Luis", "Herrera"}, false}, // not at the head
		{[]string{"Herrera"}, []string{"Herrera", "Quispe"}, false},                 // a surname alone is read elsewhere
		{[]string{"Pablo", "Herrera"}, []string{"Pablo", "Herrera", "de", "la", "Vega"}, false},
		{[]string{"Pablo", "Herrera"}, []string{"Pablo", "Herrera"}, false},
	}
	for _, tt := range tests {
		if got := NameExtends(tt.a, tt.b); got != tt.want {
			t.Errorf("NameExtends(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
