// Package extract turns documents into facts: read → segment → annotate →
// people → speakers → meetings → relations, then the corpus merge. Every fact
// carries the span of its evidence sentence. The fact types are package
// fact's.
package extract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/extract/dates"
	"github.com/diplograph/diplograph/extract/figures"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/segment"
	"github.com/diplograph/diplograph/fact"
)

// Extractor turns documents into facts. It holds only read-only tables and
// is safe for concurrent use.
type Extractor struct {
	reader
	seg   *segment.Segmenter
	dates *dates.Parser
	figs  *figures.Parser
	opts  Options
	// venues: the venue heads of data/venues.tsv, longest first, read once
	venues []gazetteer.VenueHead
}

// reader reads names, titles and speech in annotated sentences. It holds the
// lexicon and the gazetteer, never a document.
type reader struct {
	lex *vocabulary
	gz  *gazetteer.Gazetteer
	// byTLD: countries by the web code of their addresses ("pk", "uk")
	byTLD map[string]string
}

// Options are the limits of an Extractor; the zero value takes the defaults.
type Options struct {
	// MaxBytes is the largest document body Extract reads: a longer one is
	// refused with an error naming the document. 0 means DefaultMaxBytes, a
	// negative value no limit.
	MaxBytes int
}

// DefaultMaxBytes is the size limit of a document body when Options give
// none: far above any report or transcript (a long one is 100 KB), and
// small enough that extraction, linear at about a megabyte a second, ends
// in seconds.
const DefaultMaxBytes = 4 << 20

// ErrTooLarge is the error of a document over the size limit.
var ErrTooLarge = errors.New("document too large to extract")

// New returns an extractor that knows the world through gz and the language
// through lex (lexicon.Load reads the project's own tables). It compiles
// every table it reads once.
func New(gz *gazetteer.Gazetteer, lex *lexicon.Lexicon, opts Options) (*Extractor, error) {
	v, err := newVocabulary(lex)
	if err != nil {
		return nil, err
	}
	dp, err := dates.New(lex)
	if err != nil {
		return nil, err
	}
	fp, err := figures.New(lex, dp)
	if err != nil {
		return nil, err
	}
	if opts.MaxBytes == 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	byTLD := map[string]string{}
	for _, c := range gz.Countries() {
		if c.ISO2 != "" && c.Kind == gazetteer.KindCountry {
			byTLD[strings.ToLower(c.ISO2)] = c.Name
		}
	}
	for tld, iso := range lex.Values("country-tld") {
		for _, c := range gz.Countries() {
			if strings.EqualFold(c.ISO2, iso) {
				byTLD[tld] = c.Name
			}
		}
	}
	// "Capital: The president received ..." opens a report filed there
	isPlace := func(name string) bool {
		_, city := gz.City(name)
		_, country := gz.Country(name)
		return city || country
	}
	seg := segment.New(lex).KnowingPlaces(isPlace)
	return &Extractor{reader: reader{gz: gz, lex: v, byTLD: byTLD}, seg: seg, dates: dp, figs: fp, opts: opts, venues: gz.VenueHeads()}, nil
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
//	relations  offices, claims, co-chairs, commitments, partners, visits
//
// The report it returns still has the sides only the corpus can settle
// open (see Merge).
func (x *Extractor) Extract(ctx context.Context, d fact.Document) (fact.Report, error) {
	fail := func(err error) (fact.Report, error) {
		return fact.Report{}, fmt.Errorf("extracting %s: %w", d.Name, err)
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	if x.opts.MaxBytes > 0 && len(d.Text) > x.opts.MaxBytes {
		return fail(fmt.Errorf("%w: its body is %s, over the limit of %s (extract.Options.MaxBytes)",
			ErrTooLarge, byteSize(len(d.Text)), byteSize(x.opts.MaxBytes)))
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
	ref := x.referenceDate(doc)
	occasion := x.lex.findOccasion(doc)
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	dated := x.findDates(doc, ref)
	home := x.homeCountry(doc, occasion != "")
	doc.home = home
	met := x.meetings(doc, ppl, sp, dated, occasion)
	sd := sides{doc: doc, people: ppl, speech: sp, host: met.host, home: home, meetings: met.meetings, lex: x.lex,
		selfNamed: x.selfNamedCountry(doc.doc.Source), gz: x.gz,
		memo: map[*cluster]sideOf{}, sentenceMemo: map[int]string{}}
	sd.text = sd.readText()
	f := fact.Facts{Doc: d, Meetings: met.meetings}
	open := fact.Open{}
	f.Offices, open.Offices = offices(ppl, sd, ref)
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	f.Claims = x.claims(doc, sp, ref)
	f.CoChairs, open.CoChairs = x.coChairs(doc, ppl, sp, sd, occasion, met.meetings)
	f.Commitments, open.Commitments = x.commitments(doc, ppl, sp, ref, dated, met.meetings, f.Offices)
	f.Partners, f.Countries = x.partners(doc)
	f.Home = home
	if f.Home == "" {
		f.Home = sd.selfNamed // "The Vanuatu Herald": an outlet named for its country, which the text need not name
	}
	f.Visits = x.visits(doc, ppl, dated)
	f.People = ppl.persons()
	return fact.Report{Facts: f, Open: open}, nil
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

// byteSize writes a size for people: "5.2 MiB", "300 KiB", "12 bytes".
func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MiB"
	case n >= 1<<10:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}
