package fact

import "testing"

func TestConflicting(t *testing.T) {
	trade := func(speaker string, value float64, unit, period string, changes ...float64) Figure {
		return Figure{Speaker: speaker, Metrics: []string{"trade turnover"}, Value: value, Unit: unit,
			Period: period, Changes: changes, Docs: []string{"a.txt"}}
	}
	inDoc := func(f Figure, doc string) Figure { f.Docs = []string{doc}; return f }
	tests := []struct {
		name string
		a, b Figure
		want bool
	}{
		// Two speakers each put trade at $3 billion in 2023, one up 5%, the
		// other up 7%: the amounts agree, the growth rates do not.
		{"same amount, different growth", trade("Ivan Petrov", 3e9, "USD", "2023", 5), trade("Anna Berg", 3e9, "USD", "2023", 7), true},
		{"different amounts", trade("Ivan Petrov", 24e9, "USD", "2022"), trade("Anna Berg", 20e9, "USD", "2022"), true},
		{"amounts within 1%", trade("Ivan Petrov", 24e9, "USD", "2022"), trade("Anna Berg", 24.1e9, "USD", "2022"), false},
		{"growth within a twentieth of a point", trade("Ivan Petrov", 3e9, "USD", "2023", 5), trade("Anna Berg", 3e9, "USD", "2023", 5.04), false},
		{"one speaker", trade("Ivan Petrov", 24e9, "USD", "2022"), trade("Ivan Petrov", 20e9, "USD", "2022"), false},
		{"narrator", trade("", 24e9, "USD", "2022"), trade("Anna Berg", 20e9, "USD", "2022"), false},
		{"different periods", trade("Ivan Petrov", 24e9, "USD", "2022"), trade("Anna Berg", 20e9, "USD", "2021"), false},
		{"unstated period, same conversation", trade("Ivan Petrov", 24e9, "USD", ""), trade("Anna Berg", 20e9, "USD", "2022"), true},
		{"unstated period, other document", trade("Ivan Petrov", 24e9, "USD", ""), inDoc(trade("Anna Berg", 20e9, "USD", ""), "b.txt"), false},
		{"different units, no change stated", trade("Ivan Petrov", 24e9, "USD", "2022"), trade("Anna Berg", 20e9, "EUR", "2022"), false},
		// A growth rate stated alone answers an amount with its growth.
		{"rate against an amount's growth", trade("Ivan Petrov", 9, UnitPercent, "", 9), trade("Anna Berg", 3e9, "USD", "", 9.5), true},
		{"rates compared by change, not by 1%", trade("Ivan Petrov", 0.5, UnitPercent, "2023", 0.5), trade("Anna Berg", 0.52, UnitPercent, "2023", 0.52), false},
		{"other measure", trade("Ivan Petrov", 24e9, "USD", "2022"), Figure{Speaker: "Anna Berg", Metrics: []string{"investment"}, Value: 20e9, Unit: "USD", Period: "2022"}, false},
		{"metric names of one family", trade("Ivan Petrov", 24e9, "USD", "2022"), Figure{Speaker: "Anna Berg", Metrics: []string{"Trade volume"}, Value: 20e9, Unit: "usd", Period: "2022"}, true},
		{"one reading of the change agrees", trade("Ivan Petrov", 3e9, "USD", "2023", 5, 7), trade("Anna Berg", 3e9, "USD", "2023", 7), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Conflicting(tt.a, tt.b); got != tt.want {
				t.Errorf("Conflicting = %v, want %v", got, tt.want)
			}
			if got := Conflicting(tt.b, tt.a); got != tt.want {
				t.Errorf("Conflicting is not symmetric: %v, want %v", got, tt.want)
			}
			if tt.want && !shareKey(ConflictKeys(tt.a), ConflictKeys(tt.b)) {
				t.Errorf("conflicting claims share no key: %v %v", ConflictKeys(tt.a), ConflictKeys(tt.b))
			}
		})
	}
}

func shareKey(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
