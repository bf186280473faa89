package question

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"
	"time"
)

// worldFS holds world tables of invented places and bodies in the columns
// of data/countries.tsv, orgs.tsv, offices.tsv and ministries.tsv.
func worldFS() fstest.MapFS {
	return fstest.MapFS{
		"countries.tsv":  {Data: []byte("# name\tiso2\tiso3\taliases\tdemonyms\tcapital\nRuritania\tRU\tRUR\tRepublic of Ruritania|Sino-\tRuritanian\tStrelsau\n")},
		"orgs.tsv":       {Data: []byte("Union of Nowhere\tUoN\tunion\tNowherean\n")},
		"offices.tsv":    {Data: []byte("Premier\tPrime Minister\n")},
		"ministries.tsv": {Data: []byte("Foreign Affairs\tForeign|External Affairs\n")},
	}
}

func TestWithWorldNames(t *testing.T) {
	es, err := WithWorldNames([]Entity{
		{Kind: Country, Name: "Ruritania"},
		{Kind: Country, Name: "Union of Nowhere"},
		{Kind: Role, Name: "Prime Minister"},
		{Kind: Role, Name: "Minister of Foreign Affairs"},
		{Kind: Person, Name: "Ivan Petrov"},
	}, worldFS())
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []struct {
		kind    Kind
		aliases []string
	}{
		{Country, []string{"Republic of Ruritania", "Ruritanian"}}, // a combining form ("Sino-") names nothing alone
		{Organisation, []string{"UoN", "Nowherean"}},
		{Role, []string{"Premier"}},
		{Role, []string{"Foreign Minister", "Minister of Foreign", "Minister for Foreign", "External Affairs Minister", "Minister of External Affairs", "Minister for External Affairs"}},
		{Person, nil},
	} {
		if es[i].Kind != want.kind || !slices.Equal(es[i].Aliases, want.aliases) {
			t.Errorf("%s: %s %q, want %s %q", es[i].Name, es[i].Kind, es[i].Aliases, want.kind, want.aliases)
		}
	}
	if _, err := WithWorldNames(nil, fstest.MapFS{}); err == nil {
		t.Error("no error without the tables")
	}
}

type entitySource []Entity

func (s entitySource) Entities(context.Context) ([]Entity, error) { return s, nil }

// Load reads the graph's names with the world's: a demonym the graph does
// not hold finds the country.
func TestLoad(t *testing.T) {
	p, err := Load(context.Background(), entitySource{{Kind: Country, Name: "Norway", Weight: 2}, {Kind: Country, Name: "Chile", Weight: 1}})
	if err != nil {
		t.Fatal(err)
	}
	q, err := p.Parse("what did the Norwegian and Chilean ministers agree", time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Countries(); !slices.Equal(got, []string{"Norway", "Chile"}) {
		t.Errorf("parties %v, want Norway and Chile (%s)", got, q.Summary())
	}
}
