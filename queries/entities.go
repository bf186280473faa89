package queries

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/question"
	"github.com/diplograph/diplograph/schema"
)

// EntitySource reads the entities a question can name from a store; it
// is the store's question.Source.
type EntitySource struct{ Q Querier }

// Entities implements question.Source.
func (s EntitySource) Entities(ctx context.Context) ([]question.Entity, error) {
	return Entities(ctx, s.Q)
}

// Entities reads the people, countries (and unions), cities, commissions,
// roles and occasions of the graph with the names they go by. Roles and
// occasions are one entity per distinct name.
func Entities(ctx context.Context, q Querier) ([]question.Entity, error) {
	rs, err := records(ctx, q, "names", kind.EntitySets())
	if err != nil {
		return nil, fmt.Errorf("reading the graph's names: %w", err)
	}
	var out []question.Entity
	for _, c := range []struct {
		class string
		kind  question.Kind
	}{
		{schema.ClassPerson, question.Person}, {schema.ClassCountry, question.Country},
		{schema.ClassCity, question.City}, {schema.ClassCommission, question.Commission},
	} {
		for _, r := range rs.Class(c.class) {
			name := r.Longest("name")
			if name == "" {
				continue
			}
			e := question.Entity{Kind: c.kind, Name: name, Weight: len(r.Values("link"))}
			for _, a := range append(append([]string{}, r.Values("alias")...), r.Values("name")...) {
				if a != name {
					e.Aliases = append(e.Aliases, a)
				}
			}
			out = append(out, e)
		}
	}
	for _, c := range []struct {
		class string
		kind  question.Kind
	}{{schema.ClassOffice, question.Role}, {schema.ClassMeeting, question.Event}} {
		seen := map[string]int{}
		for _, r := range rs.Class(c.class) {
			for _, n := range r.Values("name") {
				if i, ok := seen[kind.Fold(n)]; ok {
					out[i].Weight++
					continue
				}
				seen[kind.Fold(n)] = len(out)
				out = append(out, question.Entity{Kind: c.kind, Name: n, Weight: 1})
			}
		}
	}
	return out, nil
}
