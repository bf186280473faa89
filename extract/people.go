package extract

import (
	"context"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"

	"github.com/diplograph/diplograph/fact"
)

// people are the persons of one document, found by the people stage, and
// where the document mentions them. Every later stage reads them; none
// changes them.
type people struct {
	list     []*cluster
	byToken  map[string]*cluster // folded surname / alias token -> person
	byRole   map[role]*cluster
	country  map[*cluster]string // person -> country, from the titles
	byName   map[string]*cluster // canonical name -> person
	speakers map[int]*cluster    // turn index -> speaker
	titles   [][]title           // per sentence: the titles it holds
	mentions [][]personMention   // per sentence: its mentions of persons, in order
	first    map[string]int      // person -> the first sentence that mentions them
	// byRoleName: the one person holding a role for some country, nil when
	// several do (see holder)
	byRoleName map[string]*cluster
}

// cluster is one person of a document with all the forms it was named by.
type cluster struct {
	name   string
	forms  map[string]int // folded surname variants -> count
	alias  []string       // other folded single words the text calls the person by
	tokens []string       // the fullest name's tokens
	sur    int            // the index of the family name in tokens (0 for "Wang Wei")
	roles  []role
	count  int
	ev     fact.Evidence
}

// candidate is a person name found in a sentence with the evidence that it
// is a person.
type candidate struct {
	sent  int
	s, e  int // span in the sentence
	toks  []string
	roles []role
	label bool // a transcript speaker label
	caps  bool // one word in capitals, found without a courtesy title (see acronym)
	// surnameOnly: one word of a name before an appositive title: a
	// person only as the surname of a full name the document gives
	surnameOnly bool
	// set: the title after the name is set off by commas on both sides
	// ("X, Zambia's foreign minister, met"), an appositive indeed
	set bool
	// "his Italian counterpart X" with no title before it in the sentence:
	// X holds the office of the person named before (cpOf, a folded
	// name word) for the country the adjective names (cpCountry)
	cpOf, cpCountry string
}

type personMention struct {
	s, e int // span in the sentence
	name string
}

// findPeople collects name candidates from titles, courtesy titles, speech
// verbs and speaker labels, groups them into persons, and finds every
// mention of them.
func (r *reader) findPeople(ctx context.Context, doc *document) (*people, error) {
	p := &people{byToken: map[string]*cluster{}, byRole: map[role]*cluster{}, country: map[*cluster]string{},
		byName: map[string]*cluster{}, speakers: map[int]*cluster{},
		titles: make([][]title, len(doc.sents)), mentions: make([][]personMention, len(doc.sents))}
	var cands []candidate
	for i, st := range doc.sents {
		if i%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		c, titles := r.candidatesIn(st)
		cands = append(cands, c...)
		p.titles[st.idx] = titles
	}
	// The headline often names the principals in full ("Remarks by
	// President X Y and Prime Minister Z W"): a source of names, not of facts.
	if doc.doc.Title != "" {
		st := r.synthetic(doc.doc.Title)
		st.idx = titleSentence
		c, _ := r.candidatesIn(st)
		cands = append(cands, c...)
	}
	// transcript speaker labels, read once for naming and for the speakers
	labels := make([][]string, len(doc.seg.Turns))
	for ti, t := range doc.seg.Turns {
		toks, roles := r.parseLabel(t.Speaker)
		labels[ti] = toks
		if len(toks) == 0 {
			continue
		}
		cands = append(cands, candidate{sent: -1 - ti, toks: toks, roles: roles, label: true})
	}
	cands = append(cands, r.fullNamesOfSurnames(doc, cands, p.titles)...)
	trimHeadlineWords(doc, cands)
	p.cluster(doc, cands, r.surnameIn(doc), r.lex.particle)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.mentionPeople(doc, p, labels)
	return p, nil
}

// surnameIn is the vocabulary's surnameAt, told by the document where the
// tables cannot: a name of a family-first tradition ("Nagy Zsombor") whose
// given name the tables do not know is written family name first when the
// document refers to the person by its first word alone and never by the
// last ("Nagy said").
func (r *reader) surnameIn(doc *document) func([]string) int {
	alone := func(w, other string) int {
		n := 0
		for _, st := range doc.sents {
			for i, x := range st.words {
				if x.Fold != w || i > 0 && st.words[i-1].Fold == other || i+1 < len(st.words) && st.words[i+1].Fold == other {
					continue
				}
				n++
			}
		}
		return n
	}
	return func(name []string) int {
		k := r.lex.surnameAt(name)
		if len(name) != 2 || k != 1 || !r.lex.familyFirstUnsure(name) {
			return k
		}
		a, b := text.FoldWord(name[0]), text.FoldWord(name[1])
		if alone(a, b) > 0 && alone(b, a) == 0 {
			return 0
		}
		return k
	}
}

// trimHeadlineWords drops from names found in a headline (the title, or a
// line written in title case) the last words that the prose of the
// document writes in lower case and never capitalised: a headline
// capitalises its verbs ("Prime Minister X Invited to Meeting"). A surname
// that is also a word ("May") is capitalised in the prose and stays.
func trimHeadlineWords(doc *document, cands []candidate) {
	var lower, capital map[string]bool
	isHeadline := map[int]bool{}
	for k := range cands {
		c := &cands[k]
		if len(c.toks) < 2 || c.label || c.sent != titleSentence && c.sent < 0 {
			continue
		}
		if c.sent != titleSentence {
			h, ok := isHeadline[c.sent]
			if !ok {
				h = headline(doc.sents[c.sent])
				isHeadline[c.sent] = h
			}
			if !h {
				continue
			}
		}
		if lower == nil {
			lower, capital = map[string]bool{}, map[string]bool{}
			for _, st := range doc.sents {
				if headline(st) {
					continue
				}
				for i, w := range st.words {
					switch {
					case !text.IsCap(w.Text):
						lower[w.Fold] = true
					case i > 0:
						capital[w.Fold] = true
					}
				}
			}
		}
		for len(c.toks) > 1 {
			f := text.FoldWord(c.toks[len(c.toks)-1])
			if !lower[f] || capital[f] {
				break
			}
			c.toks = c.toks[:len(c.toks)-1]
		}
	}
}

// headline reports a sentence written in title case: most of its words of
// four or more letters are capitalised.
func headline(st *sentence) bool {
	n, caps := 0, 0
	for _, w := range st.words {
		if len(w.Text) >= 4 {
			n++
			if text.IsCap(w.Text) {
				caps++
			}
		}
	}
	return n >= 3 && caps*4 >= n*3
}

// titleSentence marks candidates read from the document's title, which is
// not part of the body and gives no evidence.
const titleSentence = -1 << 20

// candidatesIn collects the name candidates of one sentence.
func (r *reader) candidatesIn(st *sentence) ([]candidate, []title) {
	var cands []candidate
	titles := r.respectiveTitles(st, r.findTitles(st))
	for _, t := range titles {
		if len(t.name) == 0 {
			continue
		}
		toks := nameTokens(st, wordIndexAt(st, t.name[0].Start), wordIndexAt(st, t.name[len(t.name)-1].Start)+1)
		cands = append(cands, candidate{sent: st.idx, s: t.name[0].Start, e: t.name[len(t.name)-1].End, toks: toks, roles: t.roles,
			surnameOnly: len(toks) == 1 && t.name[0].End <= t.start,
			set:         strings.HasPrefix(strings.TrimSpace(st.Text[t.end:]), ",")})
		// "presidential aides X Y and Z W": the title covers both names
		last := wordIndexAt(st, t.name[len(t.name)-1].Start)
		if !t.listed && last+2 < len(st.words) && st.words[last+1].Fold == "and" && text.OnlySpace(st.gap(last, last+1)) {
			k := r.skipHonorifics(st, last+2)
			if e := r.nameRun(st, k); e-k >= 2 {
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].Start, e: st.words[e-1].End,
					toks: nameTokens(st, k, e), roles: t.roles})
			}
		}
	}
	for i := 0; i < len(st.words); i++ {
		w := st.words[i]
		switch {
		case r.isHonorific(st, i) && !lowerIn(r.lex.honorificNotLeading, strings.TrimSuffix(w.Text, ".")):
			k := r.skipHonorifics(st, i)
			e := r.nameRun(st, k)
			if e == k && k < len(st.words) && text.IsAllCaps(st.words[k].Text) {
				// "Mr. TANAKA Hiroshi": a name in capitals
				for e < len(st.words) && e-k < 4 && (text.IsAllCaps(st.words[e].Text) || r.isNameWord(st, e)) && (e == k || text.OnlySpace(st.gap(e-1, e))) && st.covered[e] < 0 {
					e++
				}
			}
			if e == k+1 && r.lex.placeLocative.MatchString(st.Text[max(0, w.Start-48):w.Start]) && !possessiveWord(st.words[k].Text) {
				// "received him at Seri Perdana in the capital": a
				// residence named like a courtesy title and one word is
				// where, not who
				i = e - 1
				continue
			}
			if e > k {
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].Start, e: st.words[e-1].End, toks: nameTokens(st, k, e)})
				i = e - 1
			}
		case r.lex.counterpart[w.Fold] && i > 0:
			// "her Moroccan counterpart X Y", "his Saudi counterpart, H.H.
			// Prince X Y": the office of the sentence's first titled
			// person, for the country the adjective names
			after, from := r.counterpartFrom(st, i)
			k := r.skipHonorifics(st, after)
			e := r.nameRun(st, k)
			if e-k < 2 && from != "" && k < len(st.words) {
				// "his counterpart from Z, President X Y": the appositive
				// title's holder is of Z
				for ci := range cands {
					cd := &cands[ci]
					for _, t := range titles {
						if t.start == st.words[k].Start && len(t.name) > 0 && cd.sent == st.idx && cd.s == t.name[0].Start && len(cd.roles) > 0 {
							cd.roles = slices.Clone(cd.roles)
							for ri := range cd.roles {
								if cd.roles[ri].Country == "" {
									cd.roles[ri].Country = from
								}
							}
						}
					}
				}
			}
			if e-k < 2 {
				continue
			}
			c := candidate{sent: st.idx, s: st.words[k].Start, e: st.words[e-1].End, toks: nameTokens(st, k, e)}
			titledHere := false // "her Zambian counterpart Y, who is the Gender Minister": Y's own office
			for ti := range titles {
				if len(titles[ti].name) > 0 && titles[ti].name[0].Start == st.words[k].Start && len(titles[ti].roles) > 0 {
					titledHere = true
				}
			}
			country := countryOf(st.match(i - 1))
			if country == "" {
				country = from // "her counterpart from Chile, X Y"
			}
			if country == "" {
				// "met with counterpart X Y of Uruguay": the country after the name
				country = r.countryAfterName(st, e)
			}
			if country != "" && titledHere {
				// the counterpart's own office, for the country the
				// adjective names
				for ci := range cands {
					if cd := &cands[ci]; cd.sent == st.idx && cd.s == c.s && len(cd.roles) > 0 {
						cd.roles = slices.Clone(cd.roles)
						for ri := range cd.roles {
							if cd.roles[ri].Country == "" {
								cd.roles[ri].Country = country
							}
						}
					}
				}
			} else if country != "" {
				// the office of the titled person before "counterpart"; failing
				// that, the office of the person named before it
				var own *title
				for ti := range titles {
					if titles[ti].end <= w.Start && len(titles[ti].roles) > 0 {
						own = &titles[ti]
					}
				}
				if own != nil {
					c.roles = []role{{Role: own.roles[0].Role, Country: country}}
				} else if n := r.lastNameWordBefore(st, i-1); n != "" {
					c.cpOf, c.cpCountry = n, country
				} else {
					// "he held talks with his Cuban counterpart Y": the
					// titled person named last before the sentence
					c.cpCountry = country
				}
			} else if !titledHere {
				// "met with his counterpart X Y": the same office, for a
				// country the document's context settles
				for ti := range titles {
					if titles[ti].end <= w.Start && len(titles[ti].roles) > 0 && len(titles[ti].name) > 0 {
						c.roles = []role{{Role: titles[ti].roles[0].Role}}
					}
				}
			}
			cands = append(cands, c)
			i = e - 1
		case w.Fold == "by" && i > 0 && r.lex.chairVerb[st.words[i-1].Fold]:
			// "co-chaired by X", "headed on our part by X", "chaired by
			// Ministers X and Y", "by Secretary X and Minister Y": every
			// name of the list chairs
			cands = append(cands, r.nameList(st, r.pairAppositive(st, i+1))...)
		case r.singularChairNoun(w.Fold) && i+1 < len(st.words) && st.words[i+1].Fold == "of":
			// "co-head of the X-Y joint commission for trade Amina
			// Odhiambo today met", "co-head of the commission on behalf of
			// Uganda Moses Okello": a name right after the body's name
			// holds the chair
			if k := r.holderAfterBody(st, i+2); k >= 0 {
				e := r.nameRun(st, k)
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].Start, e: st.words[e-1].End, toks: nameTokens(st, k, e)})
			}
		case r.pluralChairNoun(w.Fold):
			// "X Y and Z W, the co-chairs of the commission": the names
			// before the appositive
			cands = append(cands, r.nameListBefore(st, i)...)
			// "the co-chairmen of the commission, X and Y": the names
			// after the noun's phrase are its holders
			for k := i + 1; k < len(st.words) && k <= i+12; k++ {
				g := strings.TrimSpace(st.gap(k-1, k))
				if g == "," {
					cands = append(cands, r.nameList(st, k)...)
					break
				}
				if g != "" && g != "-" && g != "–" {
					break
				}
			}
		case (w.Fold == "with" || w.Fold == "and") && i > 0:
			// "met with X", "talks with X", "X and Y discussed"
			prev := st.words[i-1].Fold
			if w.Fold == "with" && !r.lex.meetingWord[prev] {
				continue
			}
			k := r.skipHonorifics(st, i+1)
			e := r.nameRun(st, k)
			if e > k && !insideTitle(titles, st.words[k].Start) && !r.bodyTail(st, k) && (w.Fold == "with" || e < len(st.words) && r.lex.personVerb[st.words[e].Fold] &&
				text.OnlySpace(st.gap(e-1, e))) {
				// "X and Y discussed", not "Trade and Investment, co-chaired
				// by": a comma puts the verb in another clause
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].Start, e: st.words[e-1].End, toks: nameTokens(st, k, e),
					caps: e-k == 1 && text.IsAllCaps(st.words[k].Text)})
				if w.Fold == "and" {
					cands = append(cands, r.firstOfPair(st, titles, i)...)
				}
			}
		case r.lex.strongMeeting[w.Fold] && r.lex.personVerb[w.Fold] && i+1 < len(st.words) && text.OnlySpace(st.gap(i, i+1)):
			// "X met Carlos Alberto da Costa", "X received Y Z": a name
			// without a title, in full, after the verb of a meeting
			k := r.skipHonorifics(st, i+1)
			e := r.nameRun(st, k)
			if e > k && r.fullWords(st.words[k:e]) >= 2 && !insideTitle(titles, st.words[k].Start) {
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].Start, e: st.words[e-1].End, toks: nameTokens(st, k, e)})
			}
		case r.isNameWord(st, i) && (i == 0 || !r.isNameWord(st, i-1) || !text.OnlySpace(st.gap(i-1, i))):
			e := r.nameRun(st, i)
			if e == i {
				continue // the words name a place or a body ("Sir X House")
			}
			if insideTitle(titles, w.Start) {
				// the words of a title chain ("Chairman of the Milli Majlis
				// X Y said"): the title has read its holder's name
				i = e - 1
				continue
			}
			if r.bodyTail(st, i) {
				i = e - 1
				continue // "the Ministry of Commerce said": a body speaks
			}
			// initials before the surname are part of the name ("K. Menon")
			b := i
			for b > 0 && (isInitial(st.words[b-1].Text) || dottedInitials(st, b-1)) && nameGap(st, b-1) {
				b--
			}
			caps := e-b == 1 && text.IsAllCaps(w.Text)
			subject := e < len(st.words) && text.OnlySpace(st.gap(e-1, e)) && r.lex.personVerb[st.words[e].Fold]
			// "X Y, met on Friday with Z": an agency's comma between the
			// subject and its verb of talks
			subject = subject || e-b >= 2 && r.lex.commaSubject.MatchString(st.Text[st.words[e-1].End:])
			if subject && e-b == 1 && b > 0 && st.words[b-1].Fold == "of" && !caps {
				// "Governor X Y of Gujarat received": one word after "of"
				// names the holder's place or body, not a second person
				subject = false
			}
			if subject && !r.placeHosting(st, b, e) {
				cands = append(cands, candidate{sent: st.idx, s: st.words[b].Start, e: st.words[e-1].End, toks: nameTokens(st, b, e), caps: caps})
			}
			// "..., Rojas said." / "said Berg" (an agency "reported X press service" is no person)
			after := strings.TrimSpace(st.Text[st.words[e-1].End:])
			if b > 0 && r.lex.speech[st.words[b-1].Fold] && !r.lex.notAttribution[st.words[b-1].Fold] && e-i <= 3 &&
				(after == "" || strings.ContainsAny(after[:1], ".,;:)")) {
				cands = append(cands, candidate{sent: st.idx, s: st.words[b].Start, e: st.words[e-1].End, toks: nameTokens(st, b, e), caps: caps})
			}
			i = e - 1
		}
	}
	return cands, titles
}

// respectiveTitles splits the appositive of two offices after a pair of
// names between the two, in order: "A and B, the X foreign minister and
// his Y counterpart, met", "A and B, X's and Y's foreign ministers" read
// as one chain: the title reader gave both offices to B, the name right
// before the appositive, and none to A, who was then no person at all.
// The appositive must close (respective-end) for its offices to be the
// pair's.
func (r *reader) respectiveTitles(st *sentence, titles []title) []title {
	for ti := 0; ti < len(titles); ti++ {
		t := titles[ti]
		if len(t.name) == 0 || t.listed || len(t.roles) == 0 || len(t.roles) > 2 || t.name[len(t.name)-1].End > t.start ||
			!strings.Contains(st.Text[t.name[len(t.name)-1].End:t.start], ",") {
			continue
		}
		// "A and B, ...": A a name of two name words at least
		b := wordIndexAt(st, t.name[0].Start)
		if b < 3 || st.words[b-1].Fold != "and" || !text.OnlySpace(st.gap(b-2, b-1)) || !text.OnlySpace(st.gap(b-1, b)) {
			continue
		}
		ae := b - 1
		ab := ae
		for ab > 0 && r.isNameWord(st, ab-1) && (ab == ae || text.OnlySpace(st.gap(ab-1, ab))) {
			ab--
		}
		if ae-ab < 2 || r.nameRun(st, ab) != ae {
			continue
		}
		offices, end := t.roles, t.end
		if len(offices) == 1 {
			// "the X foreign minister and his Y counterpart": the same
			// office, for the country the adjective names
			var g *gazetteer.Match
			for k := range st.gaz {
				if m := &st.gaz[k]; m.Start > t.end && countryOf(m) != "" && r.lex.respectiveJoin.MatchString(st.Text[t.end:m.Start]) {
					g = m
					break
				}
			}
			if g == nil {
				continue
			}
			k := wordIndexAt(st, g.End-1) + 1
			if k >= len(st.words) || !r.lex.counterpart[st.words[k].Fold] || !text.OnlySpace(st.Text[g.End:st.words[k].Start]) {
				continue
			}
			offices, end = []role{offices[0], {Role: offices[0].Role, Country: countryOf(g)}}, st.words[k].End
		}
		if offices[0] == offices[1] || !r.lex.respectiveEnd.MatchString(st.Text[end:]) {
			continue
		}
		first, second := t, t
		// listed: each office is one name's, the "X and Y" after A is
		// no second holder of the first
		first.name, first.roles, first.listed = st.words[ab:ae], offices[:1], true
		second.roles, second.end, second.listed = offices[1:], end, true
		titles = slices.Insert(slices.Delete(titles, ti, ti+1), ti, first, second)
		ti++
	}
	return titles
}

// countryAfterName is the country of "of (the) Z" right after a name
// ending before word e ("counterpart X Y of Uruguay"), or "".
func (r *reader) countryAfterName(st *sentence, e int) string {
	if e+1 >= len(st.words) || st.words[e].Fold != "of" || !text.OnlySpace(st.gap(e-1, e)) {
		return ""
	}
	k := e + 1
	if st.words[k].Fold == "the" && k+1 < len(st.words) {
		k++
	}
	if m := st.match(k); m != nil && m.Kind == gazetteer.MatchCountry && m.Start == st.words[k].Start {
		return countryOf(m)
	}
	return ""
}

// placeHosting: the words b..e-1, one or two, name a place of the
// gazetteer's small places and a host verb follows ("X hosted the
// talks"): a town that hosts, no person.
func (r *reader) placeHosting(st *sentence, b, e int) bool {
	if e-b > 2 || !r.lex.hostVerb[st.words[e].Fold] {
		return false
	}
	g, ok := r.gz.PlaceAt(st.Text, st.words[b].Start)
	return ok && g.End == st.words[e-1].End
}

// nameList reads the names listed from word k on, one after another,
// joined by commas or "and", each after its own title or courtesy title
// ("Secretary X Y and Minister Z W", "the ministers of foreign affairs, X
// Y and Z W"): the holders of a chair or of a plural noun. A name is two
// name words at least; anything else ends the list.
func (r *reader) nameList(st *sentence, k int) []candidate {
	var out []candidate
	for len(out) < 4 && k < len(st.words) {
		b := r.skipTitleWords(st, k)
		e := r.nameRun(st, b)
		if e-b < 2 {
			break
		}
		out = append(out, candidate{sent: st.idx, s: st.words[b].Start, e: st.words[e-1].End, toks: nameTokens(st, b, e)})
		if e+1 < len(st.words) && st.words[e].Fold == "of" && text.OnlySpace(st.gap(e-1, e)) {
			// "Ministers X of Zambia and Y of Malawi": the holder's country
			if m := st.match(e + 1); countryOf(m) != "" && m.Start == st.words[e+1].Start {
				e = wordIndexAt(st, m.End-1) + 1
			}
		}
		e = r.sideAfterName(st, e)
		if e >= len(st.words) {
			break
		}
		g := strings.TrimSpace(st.gap(e-1, e))
		switch {
		case st.words[e].Fold == "and" && (g == "" || g == ","):
			k = e + 1
		case g == "," && e+1 < len(st.words) && r.skipTitleWords(st, e) > e:
			k = e // "X Y, Minister Z W and ...": the next one has a title
		default:
			return out
		}
	}
	return out
}

// sideAfterName is the word after a side named right after a chair's name
// at word e ("X Y for Chile and Z W", "X Y on the Chilean side and Z W"),
// so the list goes on to the next chair; e where none is named.
func (r *reader) sideAfterName(st *sentence, e int) int {
	if e+1 >= len(st.words) || !text.OnlySpace(st.gap(e-1, e)) {
		return e
	}
	at := st.words[e].Start
	if loc := r.lex.namedSide.FindStringIndex(st.Text[at:]); loc != nil && loc[0] == 0 {
		return wordIndexAt(st, at+loc[1]-1) + 1
	}
	if st.words[e].Fold == "for" {
		if m := st.match(e + 1); countryOf(m) != "" && m.Kind != gazetteer.MatchOrg && m.Start == st.words[e+1].Start {
			return wordIndexAt(st, m.End-1) + 1
		}
	}
	return e
}

// pairAppositive is where the names start after a chair verb's agent that
// stands for a pair, set off by a comma ("co-chaired by the two ministers,
// X of A and Y of B", "by both leaders, X and Y": the pair-agent pattern),
// or k where no such phrase opens at word k.
func (r *reader) pairAppositive(st *sentence, k int) int {
	if k >= len(st.words) {
		return k
	}
	from := st.words[k].Start
	loc := r.lex.pairAgent.FindStringIndex(st.Text[from:])
	if loc == nil {
		return k
	}
	end := from + loc[1]
	if rest := strings.TrimLeft(st.Text[end:], " "); !strings.HasPrefix(rest, ",") {
		return k
	}
	if j := wordIndexAt(st, end); st.words[j].Start >= end {
		return j
	}
	return k
}

// skipTitleWords is the first word from k on that is no courtesy title, no
// office word and no article before one ("the ministers of foreign affairs,
// X", "Secretary X"): where a listed holder's name starts.
func (r *reader) skipTitleWords(st *sentence, k int) int {
	start := k
	if k < len(st.words) && st.words[k].Fold == "the" {
		k++
	}
	for n := 0; n < 8 && k < len(st.words); n++ {
		j := r.skipHonorifics(st, k)
		if m := officeAt(st, j); m != nil {
			j = wordIndexAt(st, m.End-1) + 1
		} else if j < len(st.words) && text.IsCap(st.words[j].Text) && r.pluralOfOffice(st.words[j].Text) {
			j++ // "Ministers X and Y"
		} else if j < len(st.words) && r.lex.notName[st.words[j].Text] && text.IsCap(st.words[j].Text) {
			// "Secretary X": an office word the tables hold only in longer titles
			j++
		}
		if j == k {
			break
		}
		k = j
		if k < len(st.words) && strings.TrimSpace(st.gap(k-1, k)) == "," {
			break // "the ministers of foreign affairs, X Y"
		}
	}
	if k > start && st.words[k-1].Fold == "the" {
		return start
	}
	return k
}

// pluralOfOffice: a word that is an office title in the plural
// ("Ministers", "Secretaries").
func (r *reader) pluralOfOffice(w string) bool {
	for _, one := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ies") + "y"} {
		if _, ok := r.gz.Office(one); ok && one != w {
			return true
		}
	}
	return false
}

// pluralChairNoun: a co-chair noun in the plural ("co-chairs",
// "co-chairmen"), which the names after its phrase hold.
func (r *reader) pluralChairNoun(w string) bool {
	_, ok := r.lex.chairNoun[w]
	return ok && strings.HasPrefix(w, "co-") && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men"))
}

// nameListBefore reads the names listed right before the appositive whose
// noun is word k ("X Y and Z W, the co-chairs of", "X Y and Z W, co-chairs
// of"): two names of two words or more, joined by "and".
func (r *reader) nameListBefore(st *sentence, k int) []candidate {
	j := k - 1
	if j >= 0 && (st.words[j].Fold == "the" || st.words[j].Fold == "both") && text.OnlySpace(st.gap(j, k)) {
		j--
	}
	if j < 0 || strings.TrimSpace(st.gap(j, j+1)) != "," {
		return nil
	}
	var out []candidate
	for len(out) < 4 {
		e := j + 1
		b := e
		for b > 0 && r.isNameWord(st, b-1) && (b == e || text.OnlySpace(st.gap(b-1, b))) {
			b--
		}
		if e-b < 2 || r.nameRun(st, b) != e {
			break
		}
		out = append(out, candidate{sent: st.idx, s: st.words[b].Start, e: st.words[e-1].End, toks: nameTokens(st, b, e)})
		if b < 2 || st.words[b-1].Fold != "and" || !text.OnlySpace(st.gap(b-1, b)) {
			break
		}
		j = b - 2
	}
	if len(out) < 2 {
		return nil // one name before "the co-chairs" is read by its own title
	}
	return out
}

// singularChairNoun reports a co-chair noun naming one holder ("co-head").
func (r *reader) singularChairNoun(w string) bool {
	_, ok := r.lex.chairNoun[w]
	return ok && strings.HasPrefix(w, "co-") && !r.pluralChairNoun(w)
}

// holderAfterBody is the index of the first word of a name of two words or
// more that follows a body's name starting at word k ("the X commission for
// trade Amina Odhiambo", "the commission on behalf of Uganda Moses
// Okello"), or -1: the body's head must come first, and only words run on
// between (no punctuation, at most twenty words).
func (r *reader) holderAfterBody(st *sentence, k int) int {
	head := false
	for j := k; j < len(st.words) && j < k+20; j++ {
		if j > k {
			if g := strings.TrimSpace(st.gap(j-1, j)); g != "" && g != "-" && g != "–" {
				return -1
			}
		}
		if r.lex.bodyHead[lastPart(st.words[j].Fold)] {
			head = true
			continue
		}
		if head && r.isNameWord(st, j) && !r.isNameWord(st, j-1) {
			if e := r.nameRun(st, j); e-j >= 2 {
				return j
			}
		}
	}
	return -1
}

// parseLabel reads a speaker label ("President of X Firstname Lastname").
func (r *reader) parseLabel(label string) ([]string, []role) {
	if r.lex.anonymousSpeaker[strings.ToLower(strings.Join(strings.Fields(label), " "))] {
		return nil, nil // "JOURNALIST:", "MODERATOR:": nobody named
	}
	if name, title, ok := strings.Cut(label, ","); ok {
		// "JANE DOE, PRIME MINISTER OF X": the name before the comma; the
		// office after it, where it reads as the title of that name
		toks, _ := r.parseLabel(strings.TrimSpace(name))
		if len(toks) == 0 {
			return nil, nil
		}
		if t, roles := r.parseLabel(strings.TrimSpace(title) + " " + strings.TrimSpace(name)); slices.Equal(t, toks) {
			return toks, roles
		}
		return toks, nil
	}
	st := r.synthetic(label)
	for _, t := range r.findTitles(st) {
		if len(t.name) > 0 {
			return nameTokens(st, wordIndexAt(st, t.name[0].Start), wordIndexAt(st, t.name[len(t.name)-1].Start)+1), t.roles
		}
	}
	k := r.skipHonorifics(st, 0)
	e := r.nameRun(st, k)
	if e == len(st.words) && e > k {
		return nameTokens(st, k, e), nil
	}
	return nil, nil
}

// cluster groups candidates into persons: full names first, then short forms
// (surname, given name, or a misspelt surname) attached to the one full name
// they fit.
//
// surnameAt says which word of a name is the family name.
func (p *people) cluster(doc *document, cands []candidate, surnameAt func([]string) int, particle map[string]bool) {
	ix := fact.NewNameIndex[*cluster]()
	full := map[string]*cluster{}
	var order []*cluster
	add := func(c candidate, cl *cluster) {
		cl.count++
		// only spellings of the surname count as its forms, not a given
		// name the text shortens the person to
		form := text.FoldWord(c.toks[surnameAt(c.toks)])
		sur := text.FoldWord(cl.tokens[cl.sur])
		if form == sur || fact.CloseSpelling(form, sur) {
			cl.forms[form]++
			if len(cl.tokens) >= 2 {
				ix.AddSurname(form, cl)
			}
		} else if len(c.toks) == 1 {
			if !slices.Contains(cl.alias, form) {
				cl.alias = append(cl.alias, form)
			}
		}
		cl.roles = append(cl.roles, c.roles...)
		if c.sent >= 0 && cl.ev.Sentence == "" {
			cl.ev = doc.sents[c.sent].evidence()
		}
	}
	newCluster := func(toks []string) *cluster {
		cl := &cluster{forms: map[string]int{}, tokens: toks, sur: surnameAt(toks)}
		order = append(order, cl)
		ix.AddAt(toks, cl.sur, cl)
		return cl
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].toks) > len(cands[j].toks) })
	for _, c := range cands {
		if len(c.toks) < 2 {
			continue
		}
		key := text.FoldWord(strings.Join(c.toks, " "))
		cl := full[key]
		if cl == nil && particle[strings.ToLower(c.toks[0])] {
			// "Al Mansoori said", "Da Costa added": a surname with its
			// particle, capitalised at a sentence's start, of a person
			// named in full before
			for _, o := range order {
				if n := len(o.tokens); n > len(c.toks) && strings.EqualFold(strings.Join(o.tokens[n-len(c.toks):], " "), strings.Join(c.toks, " ")) {
					cl = o
					break
				}
			}
		}
		if cl == nil {
			cl = compoundSurnameOf(order, c.toks, particle)
		}
		if cl == nil {
			// the same person with a misspelt surname or an extra given
			// name, or with the given names in initials ("I.K. Name")
			for _, o := range append(ix.ByFirst(c.toks[0]), ix.BySurname(c.toks[len(c.toks)-1])...) {
				if fact.SameFullName(o.tokens, c.toks) {
					cl = o
					break
				}
			}
			if cl != nil && strings.HasSuffix(cl.tokens[0], ".") && !strings.HasSuffix(c.toks[0], ".") {
				// the given name in full names the person better
				cl.tokens, cl.sur = c.toks, surnameAt(c.toks)
				ix.AddAt(c.toks, cl.sur, cl)
			}
		}
		if cl == nil {
			cl = newCluster(c.toks)
			full[key] = cl
		}
		add(c, cl)
	}
	nick := nicknames(doc, cands, full)
	for _, c := range cands {
		if len(c.toks) != 1 {
			continue
		}
		cl, ok := ix.Resolve(c.toks[0])
		if n := nick[text.FoldWord(c.toks[0])]; !ok && n != nil {
			cl, ok = n, true // 'Ramon "Monching" Reyes' ... "Monching said"
		}
		if !ok && (c.surnameOnly && !countryOffice(c) || acronym(c)) {
			continue
		}
		if !ok {
			cl = newCluster(c.toks)
		}
		add(c, cl)
	}
	// "X will meet his Italian counterpart Y": Y holds X's office for Italy
	var titled []*candidate // in text order
	for k := range cands {
		if c := &cands[k]; c.sent >= 0 && len(c.roles) > 0 && len(c.toks) > 0 {
			titled = append(titled, c)
		}
	}
	sort.Slice(titled, func(i, j int) bool {
		return titled[i].sent < titled[j].sent || titled[i].sent == titled[j].sent && titled[i].s < titled[j].s
	})
	for _, c := range cands {
		if c.cpCountry == "" || len(c.toks) == 0 || len(c.roles) > 0 {
			continue
		}
		var of *cluster
		ok := false
		if c.cpOf != "" {
			of, ok = ix.Resolve(c.cpOf)
		} else if prev := lastTitledBefore(titled, c.sent, c.cpCountry); prev != nil {
			of, ok = ix.Resolve(prev.toks[len(prev.toks)-1])
		}
		y, ok2 := ix.Resolve(c.toks[len(c.toks)-1])
		if !ok || !ok2 || of == y {
			continue
		}
		for _, ro := range of.roles {
			if ro.Country != c.cpCountry {
				y.roles = append(y.roles, role{Role: ro.Role, Country: c.cpCountry})
				break
			}
		}
	}
	for _, cl := range order {
		cl.name = canonicalName(cl)
		p.list = append(p.list, cl)
		if _, ok := p.byName[cl.name]; !ok {
			p.byName[cl.name] = cl
		}
		for f := range cl.forms {
			p.byToken[f] = cl
		}
		for _, f := range cl.alias {
			if _, taken := p.byToken[f]; !taken {
				p.byToken[f] = cl
			}
		}
		p.byToken[text.FoldWord(cl.tokens[cl.sur])] = cl
		// the last word and the first (a family name written first the
		// tables do not know) name the person too, when no one else has them
		if len(cl.tokens) >= 2 {
			for _, t := range []string{cl.tokens[len(cl.tokens)-1], cl.tokens[0]} {
				f := text.FoldWord(t)
				if _, taken := p.byToken[f]; !taken && len(f) >= 2 {
					p.byToken[f] = cl
				}
			}
		}
	}
}

// lastTitledBefore is the titled candidate (titled: in text order) for a
// country other than not (a counterpart's) named last in the sentences
// before sentence sent, looking back a few titles at most, or nil.
func lastTitledBefore(titled []*candidate, sent int, not string) *candidate {
	k := sort.Search(len(titled), func(k int) bool { return titled[k].sent >= sent }) - 1
	for n := 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if titled[k].roles[0].Country != not {
			return titled[k]
		}
	}
	return nil
}

// insideTitle reports whether the offset lies inside a title chain (the office
// and its body's name, not the holder's name after it).
func insideTitle(titles []title, at int) bool {
	// titles are in text order and do not overlap (the names of one
	// plural title share its span): the last one starting at or before at
	k := sort.Search(len(titles), func(k int) bool { return titles[k].start > at }) - 1
	return k >= 0 && at < titles[k].end
}

// acronym: one word in capitals, found in running text without a title: an
// organisation's initials ("met FBCCI leaders", "told BSS"), not a
// surname, which the press writes in capitals only in transcript labels or
// after a courtesy title.
func acronym(c candidate) bool {
	return c.caps && !c.label && len(c.roles) == 0 && len(c.toks) == 1
}

// canonicalName writes the person's fullest name with the surname spelling
// closest to all spellings seen (weighted by how often each was seen), so a
// single typo never wins over the common form.
func canonicalName(cl *cluster) string {
	toks := append([]string(nil), cl.tokens...)
	if len(cl.forms) > 1 {
		best, bestCost := "", -1
		forms := slices.Sorted(maps.Keys(cl.forms))
		for _, f := range forms {
			cost := 0
			for g, n := range cl.forms {
				cost += n * fact.EditDistance(f, g)
			}
			if bestCost < 0 || cost < bestCost {
				best, bestCost = f, cost
			}
		}
		if text.FoldWord(toks[cl.sur]) != best {
			toks[cl.sur] = text.TitleCase(best)
		}
	}
	return strings.Join(toks, " ")
}

// mentionPeople finds every mention of the document's persons, and titles
// without a name that stand for a person ("the Russian prime minister").
func (r *reader) mentionPeople(doc *document, p *people, labels [][]string) {
	r.describedCountries(doc, p)
	for _, cl := range p.list {
		for _, ro := range cl.roles {
			if ro.Country != "" {
				if _, ok := p.country[cl]; !ok {
					p.country[cl] = ro.Country
				}
				if _, ok := p.byRole[ro]; !ok {
					p.byRole[ro] = cl
				}
			}
		}
	}
	p.byRoleName = map[string]*cluster{}
	ambiguous := map[string]bool{}
	for ro, cl := range p.byRole {
		if o, ok := p.byRoleName[ro.Role]; ok && o != cl || ambiguous[ro.Role] {
			ambiguous[ro.Role] = true
			p.byRoleName[ro.Role] = nil
			continue
		}
		p.byRoleName[ro.Role] = cl
	}
	p.first = map[string]int{}
	// full names of three words or more, by their first word: a name
	// written in full is its person's, whatever surname it shares ("Sheikh
	// X bin Y Al Z" among several Al Zs)
	byFirst := map[string][]*cluster{}
	for _, cl := range p.list {
		if len(cl.tokens) >= 3 {
			f := nameFold(cl.tokens[0])
			byFirst[f] = append(byFirst[f], cl)
		}
	}
	for _, l := range byFirst {
		sort.SliceStable(l, func(a, b int) bool { return len(l[a].tokens) > len(l[b].tokens) })
	}
	for _, st := range doc.sents {
		var ms []personMention
		for i := 0; i < len(st.words); i++ {
			if cl, n := fullNameAt(st, i, byFirst); cl != nil {
				ms = append(ms, personMention{s: st.words[i].Start, e: st.words[i+n-1].End, name: cl.name})
				i += n - 1
				continue
			}
			cl := p.byToken[st.words[i].Fold]
			if d := strings.LastIndex(st.words[i].Fold, "."); cl == nil && d > 0 {
				cl = p.byToken[st.words[i].Fold[d+1:]] // "D.Name": the surname after an initial
			}
			if cl == nil || !text.IsCap(st.words[i].Text) && !text.IsAllCaps(st.words[i].Text) || st.covered[i] >= 0 && !r.surnameNotCity(st, i, cl) {
				continue
			}
			s := i
			for s > 0 && text.OnlySpace(st.gap(s-1, s)) && r.isNameWord(st, s-1) && p.byToken[st.words[s-1].Fold] == cl {
				s--
			}
			e := i + 1
			for e < len(st.words) && text.OnlySpace(st.gap(e-1, e)) && p.byToken[st.words[e].Fold] == cl {
				e++
			}
			ms = append(ms, personMention{s: st.words[s].Start, e: st.words[e-1].End, name: cl.name})
			i = e - 1
		}
		for _, t := range p.titles[st.idx] {
			if len(t.name) > 0 || len(t.roles) == 0 {
				continue
			}
			if cl := p.holder(t.roles[0]); cl != nil {
				ms = append(ms, personMention{s: t.start, e: t.end, name: cl.name})
			}
		}
		sort.Slice(ms, func(i, j int) bool { return ms[i].s < ms[j].s })
		p.mentions[st.idx] = ms
		for _, m := range ms {
			if _, ok := p.first[m.name]; !ok {
				p.first[m.name] = st.idx
			}
		}
	}
	for ti, toks := range labels {
		if len(toks) == 0 {
			continue
		}
		if cl := p.byToken[text.FoldWord(toks[len(toks)-1])]; cl != nil {
			p.speakers[ti] = cl
		}
	}
	r.describedHolders(doc, p)
}

// describedHolders: "X met the Prime Minister of Z. The Russian President
// invited him to visit": a description of an office with one holder per
// country, that nobody of the document holds, stands for the one person
// named in full in that sentence before it or in the sentence before who
// holds no office at all; that person holds it. The first such description
// of an office decides; one that may stand for several offices ("the head
// of state") decides nothing.
func (r *reader) describedHolders(doc *document, p *people) {
	taken := map[string]bool{} // offices (without country) a description has settled or found held
	for _, cl := range p.list {
		for _, ro := range cl.roles {
			taken[ro.Role] = true
		}
	}
	for _, st := range doc.sents {
		for _, t := range p.titles[st.idx] {
			if len(t.name) > 0 || len(t.roles) != 1 || t.roles[0].Country == "" || t.past || taken[t.roles[0].Role] ||
				!r.lex.sole(t.roles[0].Role) || r.lex.genericOffice(st.Text[t.start:t.end]) {
				continue
			}
			taken[t.roles[0].Role] = true
			var ms []personMention
			if st.idx > 0 && st.turn == doc.sents[st.idx-1].turn {
				ms = append(ms, p.mentions[st.idx-1]...)
			}
			for _, m := range p.mentions[st.idx] {
				if m.e <= t.start {
					ms = append(ms, m)
				}
			}
			var who *cluster
			for _, m := range ms {
				cl := p.byName[m.name]
				if cl == nil || len(cl.roles) > 0 || len(cl.tokens) < 2 || cl == who {
					continue
				}
				if who != nil {
					who = nil
					break // two people it may stand for
				}
				who = cl
			}
			if who == nil {
				continue
			}
			who.roles = append(who.roles, t.roles[0])
			if _, ok := p.country[who]; !ok {
				p.country[who] = t.roles[0].Country
			}
			if _, ok := p.byRole[t.roles[0]]; !ok {
				p.byRole[t.roles[0]] = who
			}
		}
	}
}

// countryOffice: the appositive of a lone surname names an office of a
// country ("X, Zambia's foreign minister,", "X, the Nigerian envoy,"): the
// reporter introduces a person so, and the surname names them where the
// document gives no fuller name.
func countryOffice(c candidate) bool {
	if !c.set {
		return false
	}
	for _, r := range c.roles {
		if r.Country != "" {
			return true
		}
	}
	return false
}

// nameFold folds a word of a name for comparison, without an initial's
// full stop.
func nameFold(t string) string {
	return text.FoldWord(strings.TrimSuffix(t, "."))
}

// fullNameAt finds the person whose full name (three words or more) is
// written from word i on, and its length in words.
func fullNameAt(st *sentence, i int, byFirst map[string][]*cluster) (*cluster, int) {
	w := st.words[i]
	if !text.IsCap(w.Text) {
		return nil, 0
	}
	for _, cl := range byFirst[nameFold(w.Text)] {
		n := len(cl.tokens)
		if i+n > len(st.words) {
			continue
		}
		ok := true
		for k := 1; k < n && ok; k++ {
			ok = nameGap(st, i+k-1) && nameFold(text.StripPossessive(st.words[i+k].Text)) == nameFold(cl.tokens[k])
		}
		if ok {
			return cl, n
		}
	}
	return nil, 0
}

// surnameNotCity reports a word the gazetteer reads as a city that is the
// last name of a person the document names ("Ibarra recalled", the city
// being Ecuador's), where no preposition makes it a place ("in Ibarra") and
// no other word belongs to the city's name.
func (r *reader) surnameNotCity(st *sentence, i int, cl *cluster) bool {
	g := st.match(i)
	if g == nil || g.Kind != gazetteer.MatchCity || g.Start != st.words[i].Start || g.End != st.words[i].End {
		return false
	}
	if last := strings.Fields(cl.name); len(last) < 2 || text.FoldWord(last[len(last)-1]) != st.words[i].Fold {
		return false
	}
	// a dateline ("LIMA, May 3") or a city with its country ("Lima, Peru")
	if text.IsAllCaps(st.words[i].Text) || i+1 < len(st.words) && strings.Contains(st.gap(i, i+1), ",") && countryOf(st.match(i+1)) != "" {
		return false
	}
	// "according to X" names a source, no place
	return i == 0 || !r.lex.placePreposition[st.words[i-1].Fold] ||
		i >= 2 && st.words[i-1].Fold == "to" && st.words[i-2].Fold == "according"
}

// describedCountries: "The Greek Prime Minister thanked his guest": a
// description names the country of an office with one holder per country;
// where exactly one person of the document holds that office without a
// country, has been named before the description, and nobody holds it for
// that country, it is theirs. Descriptions that give one office two
// countries, or that may stand for several offices ("the head of state",
// lexicon generic-office), decide nothing.
func (r *reader) describedCountries(doc *document, p *people) {
	type holding struct {
		cl *cluster
		k  int
	}
	// who holds each office without a country, and which are held for one
	open := map[string][]holding{}
	held := map[role]bool{}
	for _, cl := range p.list {
		for i, ro := range cl.roles {
			if ro.Country == "" {
				if hs := open[ro.Role]; len(hs) == 0 || hs[len(hs)-1].cl != cl {
					open[ro.Role] = append(hs, holding{cl, i})
				}
			} else {
				held[ro] = true
			}
		}
	}
	described := map[holding]map[string]bool{}
	for _, st := range doc.sents {
		for _, t := range p.titles[st.idx] {
			if len(t.name) > 0 || len(t.roles) != 1 || t.roles[0].Country == "" || !r.lex.sole(t.roles[0].Role) ||
				r.lex.genericOffice(st.Text[t.start:t.end]) {
				continue
			}
			want := t.roles[0]
			hs := open[want.Role]
			if len(hs) != 1 || held[want] || hs[0].cl.ev.Sentence == "" || hs[0].cl.ev.Span.Start > st.Span.Start {
				continue
			}
			if described[hs[0]] == nil {
				described[hs[0]] = map[string]bool{}
			}
			described[hs[0]][want.Country] = true
		}
	}
	for h, cs := range described {
		if len(cs) == 1 {
			for c := range cs {
				h.cl.roles[h.k].Country = c
			}
		}
	}
}

// holder finds the person of the document holding an office ("the Prime
// Minister of Russia said" -> that person).
func (p *people) holder(r role) *cluster {
	if cl, ok := p.byRole[r]; ok {
		return cl
	}
	if r.Country == "" {
		return p.byRoleName[r.Role]
	}
	return nil
}

// persons lists the document's persons as facts.
func (p *people) persons() []fact.Person {
	var out []fact.Person
	for _, cl := range p.list {
		out = append(out, fact.Person{Name: cl.name, Country: p.country[cl], Aliases: slices.Sorted(maps.Keys(cl.forms))})
	}
	return out
}
