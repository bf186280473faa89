package queries

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/schema"
)

// storeWith writes facts into a real bolt store.
func storeWith(t *testing.T, docs ...fact.Facts) *graph.Store {
	t.Helper()
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: graph.BackendBolt, Path: filepath.Join(t.TempDir(), "g.db")}, true)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.Write(ctx, docs); err != nil {
		t.Fatal(err)
	}
	return s
}

// links reads the dg:conflicts-with pairs straight from the graph.
func links(t *testing.T, s *graph.Store) map[[2]string]bool {
	t.Helper()
	res, err := s.Rows(context.Background(),
		`g.V("<dg:Claim>").In("<rdf:type>").Tag("a").Out("<dg:conflicts-with>").Tag("b").All()`, -1)
	if err != nil {
		t.Fatal(err)
	}
	out := map[[2]string]bool{}
	for _, m := range res {
		a, b := kind.ValueText(m["a"]), kind.ValueText(m["b"])
		if b < a {
			a, b = b, a
		}
		out[[2]string{a, b}] = true
	}
	return out
}

// answered reads the pairs `ask conflicts` gives, as claim IRIs.
func answered(t *testing.T, s *graph.Store) map[[2]string]bool {
	t.Helper()
	out := map[[2]string]bool{}
	for _, r := range ask(t, s, "conflicts", Params{}).Rows {
		c := r.(kind.ConflictRow)
		a, b := claimIRI(*c.A), claimIRI(*c.B)
		if b < a {
			a, b = b, a
		}
		out[[2]string{a, b}] = true
	}
	return out
}

// claimIRI is the node of an answered claim: claims are identified by
// speaker, value, unit and period.
func claimIRI(c kind.ClaimRow) string { return schema.ClaimIRI(c.Speaker, c.Value, c.Unit, c.Period) }

func TestConflictsAgreeWithTheGraph(t *testing.T) {
	trade := func(doc, speaker string, change float64) fact.Facts {
		return fact.Facts{
			Doc:    fact.Document{Name: doc, Date: "2024-01-10"},
			People: []fact.Person{{Name: speaker}},
			Claims: []fact.Claim{{Speaker: speaker, Metric: "trade turnover", Value: 3e9, Unit: "USD", Period: "2023",
				ChangePct: &change, Evidence: sent(fmt.Sprintf("Trade reached $3 billion in 2023, up %g%%.", change), 1)}},
		}
	}
	// Two speakers, each "$3 billion in 2023", one +5% and one +7%.
	s := storeWith(t, trade("a.txt", "Ingrid Solvang", 5), trade("b.txt", "Tomás Aravena", 7))
	graphPairs, askPairs := links(t, s), answered(t, s)
	if len(graphPairs) != 1 {
		t.Fatalf("the graph links %d pairs, want the one pair whose growth rates differ", len(graphPairs))
	}
	if !samePairs(graphPairs, askPairs) {
		t.Fatalf("ask conflicts lists %v, the graph links %v", askPairs, graphPairs)
	}
	a := ask(t, s, "conflicts", Params{}).Rows[0].(kind.ConflictRow)
	if a.Metric != "trade" || a.Period != "2023" || *a.A.ChangePct == *a.B.ChangePct {
		t.Errorf("conflict %+v", a)
	}
}

func samePairs(a, b map[[2]string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for p := range a {
		if !b[p] {
			return false
		}
	}
	return true
}

// Many speakers disputing one figure: the store gives each new claim at
// most four links, and ask conflicts lists exactly the linked pairs (it
// shares the bound), with every disputed claim in at least one of them.
func TestConflictsShareTheStoresBound(t *testing.T) {
	f := fact.Facts{Doc: fact.Document{Name: "panel.txt", Date: "2024-01-10"}}
	speakers := []string{"Ingrid Solvang", "Tomás Aravena", "Lars Hovden", "Mateo Luz", "Recep Özkan", "Ana Ruiz", "Kofi Mensah"}
	for i, sp := range speakers {
		f.People = append(f.People, fact.Person{Name: sp})
		f.Claims = append(f.Claims, fact.Claim{Speaker: sp, Metric: "trade turnover", Value: float64(100+10*i) * 1e6,
			Unit: "USD", Period: "2023", Evidence: sent(fmt.Sprintf("%s put trade at %d million.", sp, 100+10*i), i+1)})
	}
	s := storeWith(t, f)
	graphPairs, askPairs := links(t, s), answered(t, s)
	all := len(speakers) * (len(speakers) - 1) / 2
	if len(graphPairs) == 0 || len(graphPairs) >= all {
		t.Fatalf("the graph links %d of %d conflicting pairs, want the bound to leave some out", len(graphPairs), all)
	}
	if !samePairs(graphPairs, askPairs) {
		t.Fatalf("ask conflicts lists %d pairs, the graph links %d", len(askPairs), len(graphPairs))
	}
	per := map[string]int{}
	for p := range askPairs {
		per[p[0]]++
		per[p[1]]++
	}
	if len(per) != len(speakers) {
		t.Errorf("%d of %d disputed claims appear in some listed pair", len(per), len(speakers))
	}
}
