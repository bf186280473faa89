package question

import (
	"errors"
	"testing"

	"github.com/diplograph/diplograph/internal/malformed"
)

// FuzzParse: any text is read into a query or declined with a reason,
// never a panic or another error, and every name in a query is the name of
// an entity the graph holds, never text of the question.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"meetings in 2023", "when did Petrov meet Berg", "did Petrov meet Berg in 2023?", "how many meetings did Petrov attend",
		"what did Ruritania and Freedonia agree", `search "salmon farming"`, "timeline Ruritania Freedonia", "person Petrov",
		"where was Nguyen", "why did Ruritania sign", "meetings between 2020 and 2022 in Strelsau", "\x00", "\"", "“unclosed",
		"meetings in the last 99999999999999999999 years", "Zoë O’Neil’s meetings", "commission on commission on",
	} {
		f.Add(s)
	}
	// the malformed questions every reader of questions must survive (the
	// end-to-end suite asks the bigger ones)
	for _, c := range malformed.Questions(1) {
		if len(c.Question) <= 64<<10 {
			f.Add(c.Question)
		}
	}
	p := testParser(f)
	known := map[string]bool{}
	for _, e := range testEntities() {
		known[e.Name] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := p.Parse(s, refDate)
		if err != nil {
			var d *Decline
			if !errors.As(err, &d) || d.Reason == "" {
				t.Fatalf("%q: %v, not a decline with a reason", s, err)
			}
			return
		}
		for _, rs := range [][]Ref{q.Parties, q.Places, q.Roles, q.Commissions, q.Events} {
			for _, r := range rs {
				if !known[r.Name] {
					t.Fatalf("%q: %s %q is no entity of the graph", s, r.Kind, r.Name)
				}
			}
		}
		if q.Topic == "" {
			t.Fatalf("%q: read without a topic", s)
		}
		_ = q.Explain()
	})
}
