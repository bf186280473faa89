package golden

import "testing"

func TestDiff(t *testing.T) {
	got := Diff("a\nb\nc\nd\n", "a\nc\nx\nd\n")
	want := "  a\n- b\n  c\n+ x\n"
	if got != want {
		t.Errorf("Diff = %q, want %q", got, want)
	}
	if d := Diff("same\n", "same\n"); d != "" {
		t.Errorf("Diff of equal texts = %q, want nothing", d)
	}
}
