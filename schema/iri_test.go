package schema

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"  São  Paulo ", "sao-paulo"},
		{"000_x.txt", "000-x-txt"},
		{"Москва", "москва"},
		// Frozen: letters Unicode does not decompose keep their form, and
		// Hangul stays composed (see slugFold).
		{"Jonas Støre", "jonas-støre"},
		{"윤석열", "윤석열"},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if Slug("!!!") == Slug("???") {
		t.Errorf("punctuation-only names share a slug")
	}
}

func TestVisitIRI(t *testing.T) {
	if VisitIRI("Ana Ruiz", "Chile", "2023-05-02", "a.txt") != VisitIRI("ANA RUIZ", "chile", "2023-05", "b.txt") {
		t.Error("one dated visit reported by two documents has two nodes")
	}
	if VisitIRI("Ana Ruiz", "Chile", "2023-05-02", "a.txt") == VisitIRI("Ana Ruiz", "Chile", "2023-09-02", "a.txt") {
		t.Error("visits months apart share a node")
	}
	if VisitIRI("Ana Ruiz", "Chile", "", "a.txt") == VisitIRI("Ana Ruiz", "Chile", "", "b.txt") {
		t.Error("undated visits of two documents share a node")
	}
}

func TestDateValue(t *testing.T) {
	for in, want := range map[string]string{"2023-02-02": XSDDate, "2023-02": XSDGYearMonth, "2023": XSDGYear} {
		v := DateValue(in)
		if got := v.(interface{ Native() any }); got == nil {
			t.Fatalf("DateValue(%q) = %v", in, v)
		}
		if s := v.String(); s != `"`+in+`"^^<`+want+`>` {
			t.Errorf("DateValue(%q) = %s, want type %s", in, s, want)
		}
	}
	if s := DateValue("next spring").String(); s != `"next spring"` {
		t.Errorf("a non-ISO date = %s, want a plain string", s)
	}
}
