package queries

import (
	"context"
	"reflect"
	"slices"
	"testing"

	"github.com/cayleygraph/cayley/graph/memstore"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
)

// memQuerier runs Gizmo over an in-memory store holding the quads that
// graph.Convert makes from facts, so these tests see the stored schema
// without depending on a Store implementation.
type memQuerier struct{ qs *memstore.QuadStore }

func (m memQuerier) Rows(ctx context.Context, script string, limit int) ([]map[string]quad.Value, error) {
	return graph.GizmoRows(ctx, m.qs, script, limit)
}

func newMem(t *testing.T, facts ...fact.Facts) memQuerier {
	t.Helper()
	return memQuerier{memstore.New(graph.Convert(facts)...)}
}

// TestMarkupShapedNames checks that a name which reads like an IRI in
// N-Quads ("<b>Jane Roe</b>") reaches the answers as it is written, over a
// memory store and a bolt store: values arrive typed, so no bracket is
// taken for an IRI's.
func TestMarkupShapedNames(t *testing.T) {
	f := fact.Facts{
		Doc:    fact.Document{Name: "<draft>", Title: "<i>Talks in Oslo</i>", Source: "<Wire>", Date: "2021-03-04"},
		People: []fact.Person{{Name: "<b>Jane Roe</b>", Country: "<Norway>"}, {Name: "Tomás Aravena", Country: "Chile"}},
		Offices: []fact.Office{{Person: "<b>Jane Roe</b>", Role: "<Prime Minister>", Country: "<Norway>",
			Evidence: sent("<Prime Minister Jane Roe welcomed him.>", 1)}},
		Meetings: []fact.Meeting{{Kind: "meeting", Participants: []string{"<b>Jane Roe</b>", "Tomás Aravena"},
			City: "<Oslo>", Country: "<Norway>", Date: "2021-03-03", Occasion: "<Forum>", Evidence: sent("Roe and Aravena met.", 2)}},
	}
	for name, q := range map[string]Querier{"memstore": newMem(t, f), "bolt": storeWith(t, f)} {
		t.Run(name, func(t *testing.T) {
			people := ask(t, q, "people", Params{}).Rows
			var names []string
			for _, r := range people {
				names = append(names, r.(kind.PersonRow).Name)
			}
			if !slices.Contains(names, "<b>Jane Roe</b>") {
				t.Errorf("people %q, want <b>Jane Roe</b> as written", names)
			}
			roles := ask(t, q, "roles", Params{Evidence: true}).Rows
			if len(roles) != 1 {
				t.Fatalf("roles %+v", roles)
			}
			want := kind.RoleRow{Person: "<b>Jane Roe</b>", Role: "<Prime Minister>", Country: "<Norway>",
				Evidence: []kind.Evidence{{Doc: "<draft>", Title: "<i>Talks in Oslo</i>", Source: "<Wire>", Published: "2021-03-04",
					Sentence: "<Prime Minister Jane Roe welcomed him.>"}}}
			// field by field: the dates observed are the row's own
			got := roles[0].(kind.RoleRow)
			if got.Person != want.Person || got.Role != want.Role || got.Country != want.Country ||
				!reflect.DeepEqual(got.Evidence, want.Evidence) || !reflect.DeepEqual(got.Observed(), []string{"2021-03-04"}) {
				t.Errorf("role\n%+v\nwant\n%+v", got, want)
			}
			meetings := ask(t, q, "meetings", Params{}).Rows
			if len(meetings) != 1 {
				t.Fatalf("meetings %+v", meetings)
			}
			m := meetings[0].(kind.MeetingRow)
			if m.City != "<Oslo>" || m.Country != "<Norway>" || m.Occasion != "<Forum>" || !slices.Equal(m.Docs, []string{"<draft>"}) ||
				!slices.Contains(m.Participants, "<b>Jane Roe</b>") {
				t.Errorf("meeting %+v", m)
			}
			if cells := m.Cells(); cells[len(cells)-1] != "<i>Talks in Oslo</i>" {
				t.Errorf("the meeting's document is shown as %q", cells[len(cells)-1])
			}
		})
	}
}
