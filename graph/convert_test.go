package graph

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

// scanResolveMeetings is resolveMeetings as it was before the index: a
// scan of every meeting known. The indexed one must choose alike.
func (s *snapshot) scanResolveMeetings(doc string, f fact.Facts) []string {
	ids := make([]string, len(f.Meetings))
	used := map[string]bool{}
	for i, m := range f.Meetings {
		c := factCand(doc, m)
		var best *meetingCand
		bestScore := -1
		for _, old := range s.meetings {
			if old.docs[doc] {
				continue
			}
			sc, ok := fact.SameMeeting(old.MeetingSighting, c.MeetingSighting)
			if !ok {
				continue
			}
			if sc > bestScore || (sc == bestScore && old.iri < best.iri) {
				best, bestScore = old, sc
			}
		}
		if best == nil {
			date := strings.TrimSpace(m.Date)
			c.iri = schema.MeetingIRI(m.Kind, m.Participants, m.City, date, f.Doc.Name)
			for n := 2; used[c.iri]; n++ {
				c.iri = schema.MeetingIRI(m.Kind, m.Participants, m.City, date, f.Doc.Name+"#"+itoa(n))
			}
			used[c.iri] = true
			s.meetings = append(s.meetings, c)
			ids[i] = c.iri
			continue
		}
		best.merge(c)
		ids[i] = best.iri
	}
	return ids
}

// TestIndexedMeetingsMatchScan: meetings that grow by merging (a third
// person joins), of two kinds, with and without cities and dates, resolve
// to the same nodes through the index as through a scan of all.
func TestIndexedMeetingsMatchScan(t *testing.T) {
	var docs []fact.Facts
	for i := 0; i < 120; i++ {
		f := fact.Facts{Doc: fact.Document{Name: fmt.Sprintf("d%03d.txt", i)}}
		for j := 0; j < 3; j++ {
			people := []string{fmt.Sprintf("Person %d", (i+j)%5), fmt.Sprintf("Person %d", (i*j+1)%7)}
			if (i+j)%4 == 0 {
				people = append(people, fmt.Sprintf("Person %d", i%3+10))
			}
			m := fact.Meeting{Kind: []string{"meeting", "call"}[(i+j)%2], Participants: people}
			if i%3 != 0 {
				m.City = fmt.Sprintf("City %d", (i+j)%4)
			}
			if i%2 == 0 {
				m.Date = fmt.Sprintf("2023-01-%02d", (i+j)%6+1)
			}
			f.Meetings = append(f.Meetings, m)
		}
		docs = append(docs, f)
	}
	indexed, scanned := &snapshot{}, &snapshot{}
	merged := 0
	earlier := map[string]bool{}
	for _, f := range docs {
		doc := schema.DocIRI(f.Doc.Name)
		got, want := indexed.resolveMeetings(doc, f), scanned.scanResolveMeetings(doc, f)
		if !slices.Equal(got, want) {
			t.Fatalf("%s: meetings resolved to %q, a scan gives %q", f.Doc.Name, got, want)
		}
		for _, id := range got {
			if earlier[id] {
				merged++
			}
		}
		for _, id := range got {
			earlier[id] = true
		}
	}
	t.Logf("%d meetings merged with an earlier document's", merged)
	if merged == 0 {
		t.Error("no meeting was merged with another document's: the test tests nothing")
	}
}
