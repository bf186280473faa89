package extract

import (
	"context"
	"strings"

	"github.com/diplograph/diplograph/extract/figures"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/segment"
	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// document is one document annotated once, before any rule reads it: its
// segments, and its sentences with their tokens, words, gazetteer matches
// and figures.
type document struct {
	doc   fact.Document
	seg   segment.Segments
	sents []*sentence
	// mentioned: countries (and unions) the document names anywhere
	mentioned map[string]bool
	// named: those named by name, demonym or abbreviation, not only
	// through one of their cities, with how often
	named map[string]int
	// home is the outlet's own country (homeCountry), set once the
	// document's occasion is known, before its meetings are read
	home string
}

// sentence is a segment sentence with what every later stage reads: its
// tokens, the words built from them, the gazetteer matches, and its figures.
// It is filled by annotate and never changed after.
type sentence struct {
	segment.Sentence
	idx     int
	turn    int // index of the transcript turn, -1 outside turns
	toks    []text.Token
	words   []text.Word
	gaz     []gazetteer.Match
	covered []int            // per word: index into gaz of the match covering it, or -1
	figs    []figures.Figure // the sentence's figures (nil without a digit or a multiple in words)
	lower   string           // Text in lower case, where patterns look for their required words
	hits    lexicon.Hits     // the required words of the lexicon's patterns lower holds
	raw     string           // Text as the document writes it, line breaks of wrapping kept ("" = Text)
}

// matches reports whether re matches the sentence, looking for its
// required words in the lowered text (and those of one letter case in the
// text) first.
func (st *sentence) matches(re *lexicon.Regexp) bool {
	return re.MatchScanned(st.hits, st.lower, st.Text)
}

// findIndex is re.FindStringIndex(st.Text), the required words looked up
// in the sentence's scan rather than searched for in its text again.
func (st *sentence) findIndex(re *lexicon.Regexp) []int {
	return re.FindStringIndexScanned(st.hits, st.lower, st.Text)
}

// findAllIndex is re.FindAllStringIndex(st.Text, -1), as findIndex.
func (st *sentence) findAllIndex(re *lexicon.Regexp) [][]int {
	return re.FindAllStringIndexScanned(st.hits, st.lower, st.Text, -1)
}

// checkEvery is how many sentences a loop over a document's sentences runs
// between two looks at the context, so that a long document stops soon
// after it is cancelled.
const checkEvery = 64

// annotate segments a document and annotates each sentence once.
func (x *Extractor) annotate(ctx context.Context, d fact.Document) (*document, error) {
	doc := &document{doc: d, mentioned: map[string]bool{}, named: map[string]int{}}
	view := d
	if isMarkdown(view) {
		// the same bytes less the markup, so spans still index the body
		view.Text = blankMarkdown(view.Text)
	}
	doc.seg = x.seg.Segment(view)
	turn := 0
	for i, s := range doc.seg.Sentences {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		raw := s.Text
		s.Text = unwrapLines(view.Text, s)
		st := x.annotateSentence(s)
		st.raw = raw
		st.idx = i
		// digits, or a multiple in words ("trade doubled")
		st.figs = x.figs.Find(s.Text, st.toks, "")
		for _, g := range st.gaz {
			if g.Country != nil {
				doc.mentioned[g.Country.Name] = true
				if g.Kind != gazetteer.MatchCity {
					doc.named[g.Country.Name]++
				}
			}
		}
		// sentences and turns are both in text order
		for turn < len(doc.seg.Turns) && doc.seg.Turns[turn].Span.End < s.Span.End {
			turn++
		}
		if turn < len(doc.seg.Turns) && s.Span.Start >= doc.seg.Turns[turn].Span.Start {
			st.turn = turn
		}
		doc.sents = append(doc.sents, st)
	}
	x.unglueVerbs(doc)
	return doc, nil
}

// annotateSentence tokenizes a sentence once and reads its words and its
// gazetteer matches from the tokens.
func (r *reader) annotateSentence(s segment.Sentence) *sentence {
	st := &sentence{Sentence: s, turn: -1, lower: strings.ToLower(s.Text)}
	st.hits = r.lex.lexicon.Scan(st.lower)
	st.toks = text.TokenizeLower(s.Text, st.lower)
	st.words = text.Words(s.Text, st.toks)
	st.gaz = r.dropOriginCountries(s.Text, dropCurrencyCountries(s.Text, r.gz.ScanTokens(s.Text, st.toks)))
	st.covered = coverage(st.words, st.gaz)
	return st
}

// synthetic makes a sentence of a text outside the body (a title, a label).
func (r *reader) synthetic(s string) *sentence {
	return r.annotateSentence(segment.Sentence{Text: s})
}

// coverage maps each word to the gazetteer match covering it (-1 for
// none). Both are sorted by position, so one pass suffices.
func coverage(words []text.Word, gaz []gazetteer.Match) []int {
	covered := make([]int, len(words))
	k := 0
	for wi, w := range words {
		covered[wi] = -1
		for k < len(gaz) && gaz[k].End <= w.Start {
			k++
		}
		if k < len(gaz) && gaz[k].Start <= w.Start && w.Start < gaz[k].End {
			covered[wi] = k
		}
	}
	return covered
}

// dropCurrencyCountries leaves out a country that only names a currency
// ("U.S. dollars", "Hong Kong dollar").
func dropCurrencyCountries(text string, ms []gazetteer.Match) []gazetteer.Match {
	out := ms[:0]
	for _, m := range ms {
		// only the first letters after the name are read, so that the work
		// stays linear in a long sentence full of countries
		next := strings.TrimLeft(text[m.End:], " ")
		next = strings.ToLower(next[:min(len(next), len("dollar"))])
		if (m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym) &&
			(strings.HasPrefix(next, "dollar") || strings.HasPrefix(next, "$")) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func (st *sentence) evidence() fact.Evidence {
	raw := st.raw
	if raw == "" {
		raw = st.Text
	}
	return fact.Evidence{Span: st.Span, Sentence: raw, Line: st.Line}
}

func (st *sentence) gap(i, j int) string {
	return st.Text[st.words[i].End:st.words[j].Start]
}

func (st *sentence) match(i int) *gazetteer.Match {
	if i < 0 || i >= len(st.covered) || st.covered[i] < 0 {
		return nil
	}
	return &st.gaz[st.covered[i]]
}

// countryOf returns the country a gazetteer mention stands for ("" for a city
// or an office).
func countryOf(m *gazetteer.Match) string {
	if m == nil || m.Country == nil {
		return ""
	}
	switch m.Kind {
	case gazetteer.MatchCountry, gazetteer.MatchDemonym, gazetteer.MatchOrg:
		return m.Country.Name
	}
	return ""
}
