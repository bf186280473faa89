package gazetteer

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract/text"
)

// stopMode says when a city name that is also an ordinary word or a given name is not read
// as a place (data/city-stopwords.tsv).
type stopMode uint8

const (
	stopNone          stopMode = iota
	stopAlways                 // never a city mention in running text
	stopSentenceStart          // not when it opens a sentence
	stopName                   // not next to another capitalised word, as in a person's name
)

func parseStopMode(s string) (stopMode, bool) {
	switch s {
	case "always":
		return stopAlways, true
	case "sentence-start":
		return stopSentenceStart, true
	case "name":
		return stopName, true
	}
	return stopNone, false
}

// Priorities decide which reading a surface form keeps when several tables list it:
// "Singapore" is the country before the city, "Georgia" the country before anything else.
const (
	prioBlock = iota
	prioCountry
	prioOrg
	prioDemonym
	prioCity
	prioOffice
)

// ptoken is one token of a phrase with the capitalisation the text must show for it.
type ptoken struct {
	fold string
	need text.Caps
}

type phrase struct {
	toks      []ptoken
	kind      MatchKind
	country   *Country
	city      *City
	office    string
	combining bool // a combining form such as "Sino-": matches only before a hyphen, which stays outside the match
	anyCase   bool // office titles are written in lower case in running prose
	stop      stopMode
	prio      int
}

type indexBuilder struct {
	seen    map[string]*phrase
	byFirst map[string][]*phrase
}

func newIndexBuilder() *indexBuilder {
	return &indexBuilder{seen: map[string]*phrase{}, byFirst: map[string][]*phrase{}}
}

// add indexes surface for p. The first phrase added for a surface form with the best
// priority wins; callers add cities most populous first.
func (b *indexBuilder) add(surface string, p *phrase, prio int) {
	toks := text.Runs(surface, text.Tokenize(surface))
	if len(toks) == 0 || !toks[0].Word {
		return
	}
	p.prio = prio
	p.toks = make([]ptoken, len(toks))
	keys := make([]string, len(toks))
	for i, t := range toks {
		need := t.Caps
		if p.anyCase && need == text.Title {
			need = text.Lower
		}
		p.toks[i] = ptoken{fold: t.Fold, need: need}
		keys[i] = t.Fold
	}
	k := strings.Join(keys, " ")
	if old, ok := b.seen[k]; ok {
		if old.prio <= prio {
			return
		}
		*old = *p // keep the slot in byFirst, take the better reading
		return
	}
	b.seen[k] = p
	b.byFirst[toks[0].Fold] = append(b.byFirst[toks[0].Fold], p)
}

func (b *indexBuilder) build() map[string][]*phrase {
	for _, ps := range b.byFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].toks) > len(ps[j].toks) })
	}
	return b.byFirst
}

// Scan finds every mention of a country, demonym, organisation, city or office title in
// text: leftmost-longest, whole words only, without overlaps, sorted by Start. Names must be
// capitalised as names ("Mobile" the city, never "mobile"); abbreviations must be in capitals.
// A possessive ("Mongolia's") matches the name, and each part of a hyphenated compound
// ("Estonian-Latvian", "Chile-Peru", "Sino-Indian") is a mention of its own.
func (g *Gazetteer) Scan(s string) []Match {
	// the rules scan short pieces of sentences, many times: their tokens,
	// read once here, fit in room on the stack
	var buf [shortTokens]text.Token
	if len(s) > shortText {
		return g.ScanTokens(s, text.Tokenize(s))
	}
	return g.ScanTokens(s, text.AppendTokens(buf[:0], s))
}

// ScanTokens is Scan over a text already tokenized: toks are
// text.Tokenize(s). The extractor tokenizes each sentence once and scans
// its tokens.
func (g *Gazetteer) ScanTokens(s string, tokens []text.Token) []Match {
	var buf [shortTokens]text.Run
	room := buf[:0]
	if len(tokens) > len(buf) {
		room = make([]text.Run, 0, len(tokens)) // at once, not by growing
	}
	toks := text.AppendRuns(room, s, tokens)
	var out []Match
	for i := 0; i < len(toks); {
		if !toks[i].Word {
			i++
			continue
		}
		p, n := g.longest(toks, i)
		if p == nil {
			i++
			continue
		}
		last := i + n - 1
		if p.kind == matchNone {
			i = last + 1
			continue
		}
		if p.combining {
			last-- // the hyphen belongs to the compound, not to the name
		}
		m := Match{
			Start:   toks[i].Start,
			End:     toks[last].End,
			Kind:    p.kind,
			Country: p.country,
			City:    p.city,
			Office:  p.office,
		}
		m.Text = s[m.Start:m.End]
		out = append(out, m)
		i = last + 1
	}
	return out
}

// manyPhrases is how many phrases a first token starts for longest to
// look them up by the first two tokens instead of trying each.
const manyPhrases = 8

// splitPhrases indexes the phrases of first tokens that start many:
// those of several tokens by their first two, those of one apart, each in
// the order of their first token's list (longest first).
func splitPhrases(byFirst map[string][]*phrase) (map[[2]string][]*phrase, map[string][]*phrase) {
	byTwo := map[[2]string][]*phrase{}
	single := map[string][]*phrase{}
	for first, ps := range byFirst {
		if len(ps) < manyPhrases {
			continue
		}
		for _, p := range ps {
			if len(p.toks) == 1 {
				single[first] = append(single[first], p)
			} else {
				k := [2]string{first, p.toks[1].fold}
				byTwo[k] = append(byTwo[k], p)
			}
		}
	}
	return byTwo, single
}

// longest returns the longest phrase that matches at toks[i] and how many tokens it covers.
func (g *Gazetteer) longest(toks []text.Run, i int) (*phrase, int) {
	ps := g.phrases[toks[i].Fold]
	if len(ps) >= manyPhrases && i+1 < len(toks) {
		// The phrases are longest first, so those of several tokens come
		// before those of one; of the former only those whose second
		// token is the next can match.
		for _, p := range g.byTwo[[2]string{toks[i].Fold, toks[i+1].Fold}] {
			if g.matches(p, toks, i) {
				return p, len(p.toks)
			}
		}
		ps = g.single[toks[i].Fold]
	}
	for _, p := range ps {
		if g.matches(p, toks, i) {
			return p, len(p.toks)
		}
	}
	// Plural demonyms ("Mongolians", "Americans") name the people of a country.
	if f := toks[i].Fold; len(f) > 3 && strings.HasSuffix(f, "s") {
		for _, p := range g.phrases[f[:len(f)-1]] {
			if len(p.toks) == 1 && p.kind == MatchDemonym && !p.combining && toks[i].Caps >= p.toks[0].need {
				return p, 1
			}
		}
	}
	return nil, 0
}

func (g *Gazetteer) matches(p *phrase, toks []text.Run, i int) bool {
	if i+len(p.toks) > len(toks) {
		return false
	}
	for j, pt := range p.toks {
		t := toks[i+j]
		if t.Fold != pt.fold || t.Caps < pt.need {
			return false
		}
	}
	switch p.stop {
	case stopSentenceStart:
		if sentenceStart(toks, i) {
			return false
		}
	case stopName:
		prevName := i > 0 && toks[i-1].Word && toks[i-1].Caps >= text.Title && !sentenceStart(toks, i-1)
		next := i + len(p.toks)
		nextName := next < len(toks) && toks[next].Word && toks[next].Caps >= text.Title && !toks[next].Newline
		if prevName || nextName || (sentenceStart(toks, i) && next < len(toks) && toks[next].Caps >= text.Title) {
			return false
		}
	}
	return true
}

// sentenceStart reports whether toks[i] opens a sentence, a line or a quotation, where any
// word is capitalised whether or not it is a name.
func sentenceStart(toks []text.Run, i int) bool {
	if i == 0 || toks[i].Newline {
		return true
	}
	prev := toks[i-1]
	if prev.Word {
		return false
	}
	switch prev.Fold {
	case ".", "!", "?", ":", ";", "\"", "“", "”", "«", "»", "(", "[", "'", "-":
		return true
	}
	return false
}
