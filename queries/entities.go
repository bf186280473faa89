package queries

import (
	"context"
	"errors"
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

// NameReader is a Querier whose read model keeps the graph's names
// (kind.Names) made when it was written (graph.Store).
type NameReader interface {
	// ReadNames returns the names, or kind.ErrNoModel when the store
	// keeps none as current as it is.
	ReadNames(ctx context.Context) ([]kind.Name, error)
}

// entityKinds are the kinds of entity of the classes names are read from.
var entityKinds = map[string]question.Kind{
	schema.ClassPerson: question.Person, schema.ClassCountry: question.Country,
	schema.ClassCity: question.City, schema.ClassCommission: question.Commission,
	schema.ClassOffice: question.Role, schema.ClassMeeting: question.Event,
}

// Entities reads the people, countries (and unions), cities, commissions,
// roles and occasions of the graph with the names they go by. Roles and
// occasions are one entity per distinct name.
func Entities(ctx context.Context, q Querier) ([]question.Entity, error) {
	var names []kind.Name
	if nr, ok := q.(NameReader); ok {
		ns, err := nr.ReadNames(ctx)
		switch {
		case err == nil:
			names = ns
		case !errors.Is(err, kind.ErrNoModel):
			return nil, fmt.Errorf("reading the graph's names: %w", err)
		}
	}
	if names == nil {
		rs, err := records(ctx, q, "names", kind.EntitySets())
		if err != nil {
			return nil, fmt.Errorf("reading the graph's names: %w", err)
		}
		names = kind.Names(rs)
	}
	out := make([]question.Entity, len(names))
	for i, n := range names {
		out[i] = question.Entity{Kind: entityKinds[n.Class], Name: n.Name, Aliases: n.Aliases, Weight: n.Weight}
	}
	return out, nil
}
