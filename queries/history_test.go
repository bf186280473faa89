package queries

import (
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
)

// A commitment proposed at one meeting and signed at a later one is
// followed across the two reports: each row carries the history, by date,
// and a commitment no other document reports has none.
func TestCommitmentHistory(t *testing.T) {
	words := []string{"2030", "economic", "programme", "until"}
	ev := func(s string) fact.Evidence { return sent(s, 1) }
	docs := []fact.Facts{
		{Doc: fact.Document{Name: "later.txt", Date: "2021-03-04", Hash: "b"},
			Commitments: []fact.Commitment{{Parties: []string{"Chile", "Norway"}, Text: "the programme of economic cooperation until 2030",
				Words: words, Status: fact.StatusSigned, Evidence: ev("They signed the programme of economic cooperation until 2030.")}}},
		{Doc: fact.Document{Name: "earlier.txt", Date: "2020-05-06", Hash: "a"},
			Commitments: []fact.Commitment{
				{Parties: []string{"Chile"}, Text: "draft a programme of economic cooperation until 2030",
					Words: append([]string{"draft"}, words...), Status: fact.StatusProposed, Evidence: ev("Chile proposed to draft a programme of economic cooperation until 2030.")},
				{Parties: []string{"Chile"}, Text: "open a consulate in Bergen", Words: []string{"bergen", "consulate", "open"},
					Status: fact.StatusPledged, Evidence: ev("Chile will open a consulate in Bergen.")},
			}},
	}
	a := ask(t, newMem(t, docs...), "commitments", Params{})
	var followed, alone int
	for _, r := range a.Rows {
		c := r.(kind.CommitmentRow)
		switch c.Doc {
		case "earlier.txt", "later.txt":
			if c.Text == "open a consulate in Bergen" {
				if len(c.History) != 0 {
					t.Errorf("a commitment reported once has a history: %+v", c.History)
				}
				alone++
				continue
			}
			followed++
			if len(c.History) != 2 || c.History[0].Status != fact.StatusProposed || c.History[0].Doc != "earlier.txt" ||
				c.History[1].Status != fact.StatusSigned || c.History[1].Date != "2021-03-04" {
				t.Errorf("%s: history %+v, want proposed in earlier.txt then signed on 2021-03-04", c.Doc, c.History)
			}
			if cells := c.Cells(); cells[3] != "2020-05-06 proposed → 2021-03-04 signed" {
				t.Errorf("STATUS HISTORY cell %q", cells[3])
			}
		}
	}
	if followed != 2 || alone != 1 {
		t.Errorf("rows: %d followed, %d alone, want 2 and 1", followed, alone)
	}
}
