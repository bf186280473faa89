package main

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/diplograph/diplograph/fact"
)

// A compacted report holds the same facts, none of its strings in the
// document's text, and the same piece of the text once.
func TestCompactReport(t *testing.T) {
	text := "Minister A met Minister B in Town C. They signed a memorandum on trade."
	first, second := text[:36], text[37:]
	r := fact.Report{
		Facts: fact.Facts{
			Doc:         fact.Document{Name: "x.txt", Text: text},
			People:      []fact.Person{{Name: text[9:10], Aliases: []string{text[:10]}}},
			Meetings:    []fact.Meeting{{Kind: fact.MeetingInPerson, Participants: []string{text[9:10], text[24:25]}, City: "Town C", Evidence: fact.Evidence{Sentence: first}}},
			Commitments: []fact.Commitment{{Text: text[48:70], Words: []string{"memorandum", "trade"}, Evidence: fact.Evidence{Sentence: second}}},
			Offices:     []fact.Office{{Person: text[9:10], Role: "Minister", Evidence: fact.Evidence{Sentence: first}}},
		},
		Open: fact.Open{Offices: map[int]fact.Side{0: {Of: text[9:10]}}},
	}
	want := r
	want.Doc.Text = ""
	compactReport(&r)
	if !reflect.DeepEqual(r, want) {
		t.Fatalf("compacted report = %+v, want %+v", r, want)
	}
	inText := func(s string) bool {
		p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		start := uintptr(unsafe.Pointer(unsafe.StringData(text)))
		return s != "" && p >= start && p < start+uintptr(len(text))
	}
	for _, s := range []string{r.People[0].Name, r.People[0].Aliases[0], r.Meetings[0].Participants[1], r.Meetings[0].Evidence.Sentence,
		r.Commitments[0].Text, r.Commitments[0].Evidence.Sentence, r.Offices[0].Evidence.Sentence, r.Open.Offices[0].Of} {
		if inText(s) {
			t.Errorf("%q is still a piece of the text", s)
		}
	}
	if unsafe.StringData(r.Meetings[0].Evidence.Sentence) != unsafe.StringData(r.Offices[0].Evidence.Sentence) {
		t.Error("one sentence, two copies")
	}
	if !strings.HasPrefix(r.Meetings[0].Evidence.Sentence, "Minister A met") {
		t.Errorf("sentence = %q", r.Meetings[0].Evidence.Sentence)
	}
}
