package extract

import (
	"context"
	"fmt"
	"slices"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// Extractor turns documents into facts. It holds only read-only tables and
// is safe for concurrent use.
type Extractor struct {
	reader
	triggers []trigger
}

// reader reads names, titles and speech in annotated sentences. It holds the
// lexicon and the gazetteer, never a document.
type reader struct {
	lex *lexicon
	gz  *gazetteer.Gazetteer
}

// New returns an extractor that knows the world through gz.
func New(gz *gazetteer.Gazetteer) *Extractor {
	return &Extractor{reader: reader{gz: gz, lex: newLexicon()}, triggers: compileTriggers()}
}

// Extract runs the stages over one document. Each stage is a function of
// the values the stages before it returned, so their order is the order of
// their inputs:
//
//	annotate   Document → document (sentences with tokens, words, matches, figures)
//	people     document → people (persons, their titles and mentions)
//	speakers   document, people → speech (who says each sentence)
//	reference  document → reference (the date relative dates resolve against)
//	dates      document, reference → the dates of every sentence
//	occasion   document → the larger event
//	meetings   document, people, speech, dates, occasion → meetings, host
//	sides      people, speech, host → for whom a person acts
//	relations  offices, claims, co-chairs, commitments, partners
//
// The report it returns still has the sides only the corpus can settle
// open (see Merge).
func (x *Extractor) Extract(ctx context.Context, d Document) (Report, error) {
	fail := func(err error) (Report, error) {
		return Report{}, fmt.Errorf("extracting %s: %w", d.Name, err)
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	doc, err := x.annotate(ctx, d)
	if err != nil {
		return fail(err)
	}
	ppl, err := x.findPeople(ctx, doc)
	if err != nil {
		return fail(err)
	}
	sp := x.assignSpeakers(doc, ppl)
	ref := referenceDate(doc)
	occasion := findOccasion(doc)
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	met := x.meetings(doc, ppl, sp, findDates(doc, ref), occasion)
	sd := sides{doc: doc, people: ppl, speech: sp, host: met.host}
	f := Facts{Doc: d, Meetings: met.meetings}
	open := fact.Open{}
	f.Offices, open.Offices = offices(ppl, sd, ref)
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	f.Claims = x.claims(doc, sp, ref)
	f.CoChairs, open.CoChairs = x.coChairs(doc, ppl, sp, sd, occasion)
	f.Commitments, open.Commitments = x.commitments(doc, ppl, sp, ref)
	f.Partners, f.Countries = x.partners(doc)
	f.People = ppl.persons()
	return Report{Facts: f, Open: open}, nil
}

// appendNew appends the xs that list does not hold yet.
func appendNew(list []string, xs ...string) []string {
	for _, x := range xs {
		if !slices.Contains(list, x) {
			list = append(list, x)
		}
	}
	return list
}

// subset reports whether a is non-empty and every element of a is in b.
func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
