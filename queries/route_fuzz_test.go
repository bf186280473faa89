package queries

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/internal/malformed"
)

// FuzzRouteWith: any question routes to a known question or is refused
// with the list of known ones, and the people it resolves are people of
// the graph, never text of the question.
func FuzzRouteWith(f *testing.F) {
	for _, c := range malformed.Questions(1) {
		f.Add(c.Question)
	}
	f.Add("who met \x00")
	f.Add("where was Aino Virtanen")
	names := Known{
		People:    []NameSet{{Name: "Aino Virtanen", Aliases: []string{"Virtanen"}}, {Name: "Tomas Lindqvist"}},
		Countries: []NameSet{{Name: "Finland"}, {Name: "Sweden", Aliases: []string{"Swedish"}}},
	}
	people := map[string]bool{"Aino Virtanen": true, "Tomas Lindqvist": true}
	f.Fuzz(func(t *testing.T, question string) {
		q, p, err := RouteWith(question, names)
		if err != nil {
			if !strings.Contains(err.Error(), "known questions") && !strings.Contains(err.Error(), "question") {
				t.Fatalf("unclear refusal: %v", err)
			}
			return
		}
		if _, err := Lookup(q.Name); err != nil {
			t.Fatalf("routed %q to unknown question %q", question, q.Name)
		}
		for _, person := range p.People {
			if !people[person] {
				t.Fatalf("routed %q with person %q, not in the graph", question, person)
			}
		}
		if p.Country != "" && p.Country != "Finland" && p.Country != "Sweden" {
			t.Fatalf("routed %q with country %q, not in the graph", question, p.Country)
		}
	})
}
