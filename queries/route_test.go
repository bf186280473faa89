package queries

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/kind"
)

func TestRouteWith(t *testing.T) {
	known := Known{
		People: []NameSet{
			{Name: "Ingrid Solvang", Aliases: []string{"Ms Solvang"}},
			{Name: "Tomás Aravena"},
			{Name: "Lars Hovden"},
			{Name: "Mateo Luz da Costa"},
			{Name: "Recep Özkan"},
		},
		Countries: []NameSet{
			{Name: "Norway"},
			{Name: "Chile", Aliases: []string{"Republic of Chile"}},
			{Name: "United States", Aliases: []string{"USA"}},
		},
	}
	tests := []struct {
		question string
		name     string
		params   Params
	}{
		{"meetings", "meetings", Params{}},
		{"co_chairs", "co-chairs", Params{}},
		{"who co-chaired which commission", "co-chairs", Params{}},
		{"Who chairs the fisheries commission?", "co-chairs", Params{}},
		{"who attended which meeting", "meetings", Params{}},
		{"where was Aravena", "meetings", Params{People: []string{"Tomás Aravena"}}},
		{"Where was aravena?", "meetings", Params{People: []string{"Tomás Aravena"}}},
		{"where was ozkan", "meetings", Params{People: []string{"Recep Özkan"}}},
		{"where was Luz", "meetings", Params{People: []string{"Mateo Luz da Costa"}}},
		{"what figures did Solvang claim", "claims", Params{People: []string{"Ingrid Solvang"}}},
		{"What did Ingrid Solvang claim about trade?", "claims", Params{People: []string{"Ingrid Solvang"}}},
		{"which commitments did Chile sign", "commitments", Params{Country: "Chile", Status: "signed"}},
		{"what did the Republic of Chile pledge", "commitments", Params{Country: "Chile", Status: "pledged"}},
		{"who is the prime minister of Norway", "roles", Params{Country: "Norway", Role: "prime minister"}},
		{"who is the foreign minister of chile", "roles", Params{Country: "Chile", Role: "foreign"}},
		{"who is Hovden", "roles", Params{People: []string{"Lars Hovden"}}},
		{"which countries are partners of the USA", "partners", Params{Country: "United States"}},
		{"conflicting figures", "conflicts", Params{}},
		{"who spoke on the phone", "calls", Params{}},
		{"When did Solvang meet Aravena?", "meetings", Params{People: []string{"Ingrid Solvang", "Tomás Aravena"}}},
		{"when did Aravena visit Norway", "visits", Params{People: []string{"Tomás Aravena"}, Country: "Norway"}},
		{"which president paid a state visit to Chile", "visits", Params{Country: "Chile"}},
		{"list the official visits", "visits", Params{}},
	}
	for _, tt := range tests {
		q, p, err := RouteWith(tt.question, known)
		if err != nil {
			t.Errorf("RouteWith(%q): %v", tt.question, err)
			continue
		}
		if name := q.Name; name != tt.name || !reflect.DeepEqual(p, tt.params) {
			t.Errorf("RouteWith(%q) = %s %+v, want %s %+v", tt.question, q.Name, p, tt.name, tt.params)
		}
	}
}

func TestRouteErrors(t *testing.T) {
	known := Known{People: []NameSet{{Name: "Ingrid Solvang"}}}
	for _, tt := range []struct{ question, want string }{
		{"what is the weather like", "known questions"},
		{"where was Zabrowski", "no one named"},
	} {
		_, _, err := RouteWith(tt.question, known)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("RouteWith(%q) error = %v, want it to mention %q", tt.question, err, tt.want)
		}
	}
}

func TestRouteAgainstGraph(t *testing.T) {
	q := newMem(t, fixture()...)
	question, p, err := Route(context.Background(), q, "where was Solvang")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Ask(context.Background(), q, question, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Rows) != 1 || a.Rows[0].(kind.MeetingRow).City != "Oslo" {
		t.Errorf("where was Solvang: %+v", a.Rows)
	}
}
