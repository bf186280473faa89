package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// body is the name of a joint body (a commission, a committee, a council, a
// working group) as a sentence gives it.
type body struct {
	s, e      int    // span in the sentence
	name      string // as stored: the text's words, in title case
	bilateral bool   // a word of its name says two countries share it ("joint")
	// bare: "the commission", a reference to the body named before
	bare bool
	kind int // for a bare body, where its name may come from (refBare, ...)
}

// bodies finds the names of joint bodies in a sentence: a head noun
// (data: body-head), the country compound and modifiers before it
// ("Estonian-Latvian Intergovernmental", "Joint Kenya-Uganda"), and the
// subject after it up to a verb, a date or a place ("on Trade, Economic and
// Scientific Cooperation (JCTEC)"). A head inside an office or an
// organisation's name ("Chairperson of the AU Commission", "European
// Commission") is no body of its own.
func (x *Extractor) bodies(st *sentence, ms []personMention, titles []title) []body {
	var out []body
	for i := 0; i < len(st.words); i++ {
		w := st.words[i]
		named := x.lex.bodyHeadNamed[lastPart(w.Fold)]
		if !x.lex.bodyHead[lastPart(w.Fold)] && !named || x.inOfficeTitle(st, titles, w.Start) {
			continue
		}
		if p, ok := mentionAt(ms, w.Start); ok && p.e > w.End {
			continue // a person's name runs on past the word
		}
		// an organisation's name ending inside the word is no part of it
		// ("African Union Commission-to-Commission")
		if m := st.match(i); m != nil && m.End >= w.End && (m.Kind == gazetteer.MatchOffice || m.Kind == gazetteer.MatchOrg || m.Kind == gazetteer.MatchInstitution) {
			continue
		}
		b, next := x.bodyAt(st, ms, i)
		if named && (b.bare || !text.IsCap(w.Text) && len(x.countriesIn(b.name)) < 2 || !b.bilateral && len(x.countriesIn(b.name)) < 2) {
			// "the dialogue", "a political dialogue": no body's name
			i = next - 1
			continue
		}
		if b.bare && i > 0 && text.IsCap(st.words[i-1].Text) && !x.lex.portfolioLead[st.words[i-1].Fold] && text.OnlySpace(st.gap(i-1, i)) {
			// "the National Security Council" read only in part: the name
			// of something else, no reference to a joint body ("The
			// commission" opening a sentence is one)
			i = next - 1
			continue
		}
		out = append(out, b)
		i = next - 1
	}
	return out
}

// lastPart is the last hyphen-separated part of a word
// ("commission-to-commission" → "commission").
func lastPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}

// inOfficeTitle reports an offset inside a person's title ("the
// Chairperson of the AU Commission"). A "title" that opens with a chair verb
// ("who co-chair the X Commission": the verb, not "co-chair of") is none,
// nor is one holding a co-chair noun before the offset: that noun reads the
// body (a chairperson's title names the body the person heads: "the
// Chairperson of the AU Commission").
func (x *Extractor) inOfficeTitle(st *sentence, ts []title, off int) bool {
	for _, t := range ts {
		if t.start <= off && off < t.end {
			f := strings.Fields(strings.ToLower(st.Text[t.start:off]))
			if len(f) > 1 && f[1] != "of" && f[1] != "by" {
				if _, verb := x.lex.chairActive[f[0]]; verb {
					return false
				}
			}
			for _, w := range f {
				if v, noun := x.lex.chairNoun[w]; noun && v != "bilateral" {
					return false // "the Kenyan co-chair of the X Commission": the chair noun reads it
				}
			}
			return true
		}
	}
	return false
}

// mentionAt is the mention holding offset off.
func mentionAt(ms []personMention, off int) (personMention, bool) {
	for _, p := range ms {
		if p.s <= off && off < p.e {
			return p, true
		}
	}
	return personMention{}, false
}

func inMention(ms []personMention, off int) bool {
	for _, p := range ms {
		if p.s <= off && off < p.e {
			return true
		}
	}
	return false
}

// bodyAt reads the body whose head noun is word i. It returns the body and
// the index of the first word after it.
func (x *Extractor) bodyAt(st *sentence, ms []personMention, i int) (body, int) {
	b := body{}
	start := i
	if v, ok := x.lex.bodyModifier[st.words[i].Fold]; ok && v == "bilateral" {
		b.bilateral = true
	}
	// before the head: country compounds, modifiers, capitalised words
	for start > 0 {
		j := start - 1
		g := st.gap(j, start)
		if m := st.match(j); m != nil && m.End > st.words[j].End && countryOf(m) != "" {
			// "U.S.-Japan": the country's own stop is no gap
			g = st.Text[min(m.End, st.words[start].Start):st.words[start].Start]
		}
		if g := strings.TrimSpace(g); g != "" && g != "-" && g != "–" && g != "—" {
			break
		}
		w := st.words[j]
		if p, ok := mentionAt(ms, w.Start); ok && !x.lex.bodyHead[lastPart(strings.ToLower(lastToken(st.Text[p.s:p.e])))] ||
			x.lex.month[w.Fold] || x.lex.weekday[w.Fold] || text.HasDigit(w.Text) {
			// a person's name ends a body's name, unless the "name" is the
			// body's own ("the High-Level Group" taken for a person)
			break
		}
		if m := st.match(j); m != nil {
			if countryOf(m) != "" {
				start = wordIndexAt(st, m.Start)
				continue
			}
			if m.Kind == gazetteer.MatchOffice || m.Kind == gazetteer.MatchCity || m.Kind == gazetteer.MatchPlace {
				break
			}
		}
		if v, ok := x.lex.bodyModifier[w.Fold]; ok {
			b.bilateral = b.bilateral || v == "bilateral"
			start = j
			continue
		}
		if x.lex.headlineVerb[w.Fold] || x.lex.personVerb[w.Fold] {
			break // "Ministers Hold X-Y Joint Commission Talks": a headline's verb
		}
		if text.IsCap(w.Text) && !x.lex.notName[w.Text] && !strings.ContainsAny(w.Text, "’'") {
			start = j
			continue
		}
		break
	}
	// after the head: "(ABBR)", the subject ("on/for/of ..."), "at X level"
	end := st.words[i].End
	next := i + 1
	possessive := strings.HasSuffix(st.words[i].Text, "’s") || strings.HasSuffix(st.words[i].Text, "'s")
	lower := !text.IsCap(st.words[i].Text)
	if !possessive {
		end = x.abbreviationAfter(st.Text, end)
		if end == st.words[i].End && next < len(st.words) && x.bodyComplement(st, next) && text.OnlySpace(st.gap(i, next)) && !x.sideAt(st, next) {
			if last := x.subjectEnd(st, ms, next+1, lower); last > next {
				end = x.abbreviationAfter(st.Text, st.words[last].End)
			}
		}
		// "the Joint Commission for Cooperation (JCC) between Namibia and
		// Angola", "the Joint Commission (JCC) of the Namibia-Angola
		// Cooperation Agreement": the subject goes on after the
		// abbreviation when it names a country
		if k := wordIndexAfter(st, end); k > i && k < len(st.words) && strings.HasSuffix(st.Text[:end], ")") && x.bodyComplement(st, k) && text.OnlySpace(st.Text[end:st.words[k].Start]) {
			if last := x.subjectEnd(st, ms, k+1, lower); last > k && (x.lex.bodyComplementCountry[st.words[k].Fold] || len(x.countriesIn(st.Text[st.words[k].End:st.words[last].End])) > 0) {
				end = st.words[last].End
			}
		}
		if m := x.lex.bodyLevel.FindStringIndex(st.Text[end:]); m != nil {
			end += m[1]
		}
	}
	for next < len(st.words) && st.words[next].Start < end {
		next++
	}
	if possessive {
		// "the X Commission's co-chairs": the name without the ending
		end -= len("’s")
		if strings.HasSuffix(st.words[i].Text, "'s") {
			end = st.words[i].End - len("'s")
		}
	}
	b.s, b.e = st.words[start].Start, end
	b.bare = start == i && end == st.words[i].End
	b.name = x.lex.titleCaseCommission(strings.Join(strings.Fields(st.Text[b.s:b.e]), " "))
	return b, next
}

// sideAt reports a side phrase starting at word j ("on the Russian side"):
// the side a chair acts for, no subject of the body.
func (x *Extractor) sideAt(st *sentence, j int) bool {
	m := x.lex.namedSide.FindStringIndex(st.Text[st.words[j].Start:])
	return m != nil && m[0] == 0
}

// bodyComplement reports word j, right after a body's head, starting the
// body's subject: "on", "for", "of" always, "between" only before a country
// ("Commission between A and B", "between the United States and Mexico",
// not "between sessions").
func (x *Extractor) bodyComplement(st *sentence, j int) bool {
	w := st.words[j].Fold
	if x.lex.bodyComplement[w] {
		return true
	}
	if !x.lex.bodyComplementCountry[w] || j+1 >= len(st.words) {
		return false
	}
	if st.words[j+1].Fold == "the" && j+2 < len(st.words) {
		j++ // "between the United States and Mexico"
	}
	return countryOf(st.match(j+1)) != ""
}

// subjectEnd is the index of the last word of a body's subject that starts
// at word j ("Trade, Economic and Scientific Cooperation"), or j-1 when there
// is none. In lower-case text the subject runs to a stop word or a verb.
func (x *Extractor) subjectEnd(st *sentence, ms []personMention, j int, lower bool) int {
	last := j - 1
	for ; j < len(st.words); j++ {
		w := st.words[j]
		if g := st.gap(j-1, j); !text.OnlySpace(g) {
			// a comma continues a list of capitalised subjects, but not
			// into an appositive that names a person by country and
			// office ("the Working Group on Energy, Chilean Energy
			// Minister X and ...")
			if strings.TrimSpace(g) != "," || lower || !text.IsCap(w.Text) {
				break
			}
			if m := st.match(j); m != nil && (m.Kind == gazetteer.MatchDemonym || m.Kind == gazetteer.MatchOffice) {
				break
			}
		}
		if p, ok := mentionAt(ms, w.Start); ok && strings.Contains(p.name, " ") || x.lex.month[w.Fold] || x.lex.weekday[w.Fold] || text.HasDigit(w.Text) {
			// a person's full name ends the subject; a one-word "person"
			// inside it ("for Trade and Transport met") is the body's word
			break
		}
		if m := st.match(j); m != nil && m.Kind == gazetteer.MatchOffice {
			break
		}
		if x.lex.bodyConnector[w.Fold] && x.sideAt(st, j) {
			break // "on Energy on the Swedish side": the side, no subject
		}
		if x.lex.bodyConnector[w.Fold] {
			// "in Bangkok" is where, not what
			if w.Fold == "in" && j+1 < len(st.words) {
				if m := st.match(j + 1); m != nil && (m.Kind == gazetteer.MatchCity || m.Kind == gazetteer.MatchPlace || countryOf(m) != "") {
					break
				}
			}
			continue
		}
		if text.IsCap(w.Text) {
			last = j
			continue
		}
		if lower && !x.lex.bodyStop[w.Fold] && !strings.HasSuffix(w.Fold, "ed") && j-last <= 2 {
			last = j
			continue
		}
		break
	}
	return last
}

// abbreviationAfter extends a body's name over an abbreviation in brackets
// right after it ("(JCTEC)").
func (x *Extractor) abbreviationAfter(s string, end int) int {
	rest := s[end:]
	t := strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(t, "(") {
		return end
	}
	k := strings.IndexByte(t, ')')
	if k < 3 || k > 14 || !text.IsAllCaps(t[1:k]) || strings.ContainsAny(t[1:k], " ,") {
		return end
	}
	return end + (len(rest) - len(t)) + k + 1
}

// A body reference is how a chair statement names its body when the
// sentence gives no name: the kinds say where the name may come from.
const (
	named    = iota // the body's name is in the sentence
	refBare         // "the commission": the body named nearest, else the word itself
	refEvent        // "The meeting was co-chaired by": the body named nearest, else the occasion
	refAny          // "its co-chairs", "co-chaired the talks": the body named nearest, else none
	refAbbr         // "JPCC co-chair": the body named whose initials these are, else none
)

// chairEntry is one co-chair found, before its body's name is settled and
// the sides of a body's chairs are settled together.
type chairEntry struct {
	fact.CoChair
	of   string // the person whose side the chair's is, when no country is known
	sure bool   // the side comes from the text about the person, not from the host
	// alone: the statement names one chair and no side ("The meeting is
	// chaired by X"): a co-chair only of a joint body named in the document
	alone bool
	ref   int // how the body is named (named, refBare, ...)
	sent  int // the sentence of the statement
}

// namedBody is a body named in the document, in text order.
type namedBody struct {
	sent int
	name string
}

// coChairs finds who chairs which joint body, for which side: "A and B
// co-chaired the Nth session of the X-Y Commission", "the two ministers
// chair ...", "chaired by A and B", "chaired by both presidents", "A,
// co-chair of the X Commission", "the co-chairs of the X Commission, A and
// B", "its co-chairs, A and B", "co-head of the commission on behalf of X",
// "A and B held the Nth session of ...", and a co-chair in a title
// ("Norwegian Co-Chair of the X Commission A"). A statement that names no
// body chairs the body the document names nearest before it, else after it.
func (x *Extractor) coChairs(doc *document, ppl *people, sp []speech, sd sides, occasion string, meetings []fact.Meeting) ([]fact.CoChair, map[int]fact.Side) {
	cr := chairReader{x: x, ppl: ppl, sp: sp, sd: sd, meetings: meetings, sideSent: -2}
	var names []namedBody
	if doc.doc.Title != "" {
		// the headline may name the body the text calls "the commission"
		// ("X-Y Joint Commission meets in Z"); its other words are no name
		for _, b := range x.bodies(x.synthetic(doc.doc.Title), nil, nil) {
			if !b.bare && (b.bilateral || len(x.countriesIn(b.name)) >= 2) {
				names = append(names, namedBody{-1, b.name})
			}
		}
	}
	var recent []string // persons named in the sentences before, most recent last
	for _, st := range doc.sents {
		ms := ppl.mentions[st.idx]
		bs := x.bodies(st, ms, ppl.titles[st.idx])
		bs = append(bs, x.abbreviatedBodies(st, bs, names)...)
		n := len(cr.out)
		// "Norwegian Co-Chair of the Mixed ... Commission ... X Y"
		for _, t := range ppl.titles[st.idx] {
			if t.coChair == "" || len(t.name) == 0 {
				continue
			}
			if name := nameOf(ms, t.name[len(t.name)-1].Start); name != "" {
				commission, side := t.coChair, cr.titleSide(st.Text[t.start:t.end])
				if m := x.lex.namedSide.FindStringSubmatchIndex(commission); m != nil && m[0] > 0 {
					// "co-chair of the X Commission on the Russian side":
					// the side, no part of the name
					if c, ok := x.gz.Country(commission[m[2]:m[3]]); ok {
						commission, side = strings.TrimSpace(commission[:m[0]]), c.Name
					}
				}
				b := body{s: t.start, e: t.end, name: x.lex.titleCaseCommission(commission), bilateral: true}
				if len(commissionWords(b.name, x.lex.genericCommissionWords)) == 0 {
					// "the Ghanaian co-chair of the commission": the body named before
					b = body{s: t.start, e: t.end, name: b.name, bare: true}
				}
				cr.add(st, ms, personMention{s: t.name[0].Start, e: t.name[len(t.name)-1].End, name: name}, b, side)
				// the body of the title is one the sentence names
				bs = append(bs, b)
			}
		}
		sort.Slice(bs, func(i, j int) bool { return bs[i].s < bs[j].s })
		lowerText := st.lower
		if strings.Contains(lowerText, "chair") || strings.Contains(lowerText, "head") || strings.Contains(lowerText, " led ") ||
			strings.Contains(lowerText, "presided") || strings.Contains(lowerText, "represented") || len(bs) > 0 {
			near := len(names) > 0 && names[len(names)-1].sent >= st.idx-1 || slices.ContainsFunc(bs, func(b body) bool { return !b.bare })
			cr.passive(st, ms, bs, recent, near)
			cr.active(st, ms, bs, recent, near)
			cr.nouns(st, ms, bs)
		}
		if len(cr.out) == n {
			cr.legacy(st, ms, bs)
		}
		for _, b := range bs {
			if !b.bare {
				names = append(names, namedBody{st.idx, b.name})
			}
		}
		for _, p := range ms {
			recent = append(slicesDelete(recent, p.name), p.name)
		}
	}
	cr.resolve(names, occasion)
	cr.fullNames(names)
	cr.settle()
	cr.sidesInName()
	out := make([]fact.CoChair, 0, len(cr.out))
	open := map[int]fact.Side{}
	for _, e := range cr.out {
		if e.Country == "" {
			open[len(out)] = fact.Side{Of: e.of}
		}
		out = append(out, e.CoChair)
	}
	return out, open
}

// abbreviatedBodies are the abbreviations in a sentence that stand for a
// body the document named before ("The Kenya-Uganda Joint Permanent
// Commission (JPC) opened. ... the co-chairs of the JPC"): references to
// it, outside the bodies the sentence names. Two letters must be the ones
// the document gave in brackets; three or more may be the name's initials.
func (x *Extractor) abbreviatedBodies(st *sentence, bs []body, names []namedBody) []body {
	var out []body
	for _, w := range st.words {
		if len(w.Text) < 2 || len(w.Text) > 8 || !text.IsAllCaps(w.Text) || strings.ContainsAny(w.Text, ".-’'") {
			continue
		}
		if slices.ContainsFunc(bs, func(b body) bool { return w.Start < b.e && w.End > b.s }) {
			continue
		}
		if !slices.ContainsFunc(names, func(n namedBody) bool {
			return strings.Contains(n.name, "("+w.Text+")") || len(w.Text) >= 3 && abbreviates(w.Text, n.name)
		}) {
			continue
		}
		out = append(out, body{s: w.Start, e: w.End, bare: true, kind: refAbbr, name: w.Text})
	}
	return out
}

// abbreviates reports whether abbr holds, in order, initials of the
// capitalised words of name ("JPCC" of "Zambia-Malawi Joint Permanent
// Commission on Cooperation"), or is the abbreviation it gives in brackets.
func abbreviates(abbr, name string) bool {
	if strings.Contains(name, "("+abbr+")") {
		return true
	}
	var initials []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '–' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			initials = append(initials, r)
		}
	}
	k := 0
	for _, r := range abbr {
		for k < len(initials) && initials[k] != r {
			k++
		}
		if k == len(initials) {
			return false
		}
		k++
	}
	return true
}

// slicesDelete is list without x.
func slicesDelete(list []string, x string) []string {
	out := list[:0]
	for _, s := range list {
		if s != x {
			out = append(out, s)
		}
	}
	return out
}

// chairReader collects the co-chairs of one document.
type chairReader struct {
	x        *Extractor
	ppl      *people
	sp       []speech
	sd       sides
	meetings []fact.Meeting // the document's meetings: their principals are "the two ministers"
	out      []chairEntry
	// held: the head of one side named alone near a body ("Minister A
	// led the Chilean delegation."), a chair once the next sentence names
	// the other side's head
	held []chairEntry
	// sideSent is the sentence that last named the head of one side of a
	// body ("The Nigerian delegation to the X Commission was led by A"),
	// or -2: the next sentence may name the other side's head alone
	sideSent int
}

// hold keeps p, the head of one side named alone near a body, until the
// next sentence names the other side's head (confirmHeld).
func (cr *chairReader) hold(st *sentence, ms []personMention, p personMention, side string) {
	n := len(cr.out)
	cr.add(st, ms, p, ref(refAny), side)
	cr.held = append(cr.held[:0], cr.out[n:]...)
	cr.out = cr.out[:n]
	cr.sideSent = st.idx
}

// confirmHeld records that the sentence names the head of one side of a
// body: a held head of another side named in the sentence before chairs
// it too.
func (cr *chairReader) confirmHeld(st *sentence, side string) {
	for _, e := range cr.held {
		if e.sent >= st.idx-1 && e.Country != side {
			cr.out = append(cr.out, e)
		}
	}
	cr.held = nil
	cr.sideSent = st.idx
}

// ref is a reference to a body the sentence does not name.
func ref(kind int) body { return body{bare: true, kind: kind} }

// refKind is how a statement's body is named: a bare body ("the
// commission") keeps its own word as the last resort.
func refKind(b body) int {
	switch {
	case !b.bare:
		return named
	case b.kind == named:
		return refBare
	}
	return b.kind
}

// passive reads "co-chaired by A and B" and "chaired by both presidents":
// the body is the one named before the verb, else after the chairs, else
// the one the document names nearest; "led by" and "headed by" need the
// body in the sentence ("the delegation to the session of the X Commission
// was led by").
//
// Each side's head named apart ("The Kenyan side was led by A, while the
// Ugandan delegation was headed by B") chairs the body the sentence or the
// one before names (bodyNear): the sides of a session of it.
func (cr *chairReader) passive(st *sentence, ms []personMention, bs []body, recent []string, bodyNear bool) {
	locs := cr.x.lex.chairedBy.FindAllStringSubmatchIndex(st.Text, -1)
	// pairNear: a body is named in the sentence or the one before, for
	// "The two sides were led by A and B respectively"
	pairNear := bodyNear
	if bodyNear || cr.sideSent == st.idx-1 {
		// only the heads of two sides named together chair the body named before
		heads, prev := cr.sideObjects(st), 0
		for _, loc := range locs {
			if cr.x.lex.delegationSide.MatchString(st.Text[prev:loc[0]]) {
				heads++
			}
			prev = loc[1]
		}
		// or the other side's head, named in the sentence after the
		// first ("The Cameroonian delegation was led by B")
		bodyNear = heads >= 2 || heads >= 1 && cr.sideSent == st.idx-1
	}
	prev := 0
	for _, loc := range locs {
		if loc[0] < prev {
			continue
		}
		prev = cr.passiveAt(st, ms, bs, recent, bodyNear, pairNear, loc, prev)
	}
}

// passiveAt reads the chair statement matched at loc, whose subject starts
// no earlier than prev, and returns where the persons it names end.
func (cr *chairReader) passiveAt(st *sentence, ms []personMention, bs []body, recent []string, bodyNear, pairNear bool, loc []int, prev int) int {
	x := cr.x
	run := cr.run(st, ms, loc[1], 70)
	if len(run) == 0 && x.lex.pairAgent.MatchString(st.Text[loc[1]:]) {
		run = cr.pair(recent)
		if len(run) == 0 {
			run = cr.pairAfter(st.idx)
		}
	}
	if len(run) == 0 {
		return loc[1]
	}
	end := loc[1]
	if run[len(run)-1].s >= 0 {
		end = run[len(run)-1].e
	}
	from := max(strings.LastIndexAny(st.Text[:loc[0]], ";:")+1, prev)
	subject := st.Text[from:loc[0]]
	var b body
	ok := false
	for _, c := range bs {
		if c.e <= loc[0] {
			b, ok = c, true
		}
	}
	if !ok {
		after := loc[1]
		if run[len(run)-1].s >= 0 {
			after = run[len(run)-1].e
		}
		for _, c := range bs {
			if c.s >= after {
				b, ok = c, true
				break
			}
		}
	}
	verb := "chair" // "under the chairmanship of"
	if loc[2] >= 0 {
		verb = strings.ToLower(st.Text[loc[2]:loc[3]])
	}
	if !ok && strings.Contains(verb, "chair") {
		// "The meeting was co-chaired by", "The talks were chaired by", or
		// a sentence that opens with "Co-chaired by A and B, the ..."
		switch {
		case x.lex.bodyReferenceSubject.MatchString(subject):
			b, ok = ref(refEvent), true
		case strings.TrimSpace(subject) == "" || x.lex.eventSubject.MatchString(subject):
			b, ok = ref(refAny), true
		default:
			if m := x.lex.abbreviationSubject.FindStringSubmatch(subject); m != nil {
				// "The JCC was co-chaired by": the body the document
				// names by these letters
				b, ok = body{bare: true, kind: refAbbr, name: m[1]}, true
			}
		}
	}
	side := ""
	if m := x.lex.delegationSide.FindStringSubmatch(subject); m != nil && len(run) == 1 {
		if c, found := x.gz.Country(m[1]); found {
			side = c.Name // "The Armenian delegation was headed by X"
		}
	}
	representedSides := 0 // the sides "represented by" names
	if verb == "represented" {
		// "represented by" heads a side: "The Chilean side was represented
		// by A", "Kenya was represented by A and Uganda by B"; a ministry
		// or a firm represented by one of its officials chairs nothing
		if strings.HasPrefix(strings.TrimLeft(st.Text[end:], " "), ",") && slices.ContainsFunc(ms, func(q personMention) bool { return q.s >= end }) {
			// "The X side is represented by A, B, C and D": the members of
			// a delegation, not the head of a side
			return end
		}
		own := cr.subjectCountry(subject)
		if side == "" && len(run) == 1 {
			side = own
		}
		sides := cr.countriesBy(st.Text[from:end])
		if own != "" {
			sides++
		}
		if side == "" && cr.sidesNamed(clauseFrom(st.Text, from)) < 2 && sides < 2 {
			return end
		}
		representedSides = sides
	}
	if !ok && side != "" && bodyNear && !strings.Contains(verb, "chair") {
		// "The Kenyan side was led by A": a side at the session of the
		// body named just before
		b, ok = ref(refAny), true
	}
	if !ok && side != "" && pairNear && !strings.Contains(verb, "chair") {
		// "The Chilean delegation was led by A." alone: a head of one
		// side, a chair once the next sentence names the other side's
		cr.hold(st, ms, run[0], side)
		return end
	}
	if !ok && pairNear && len(run) == 2 && (x.lex.sidesSubject.MatchString(subject) || cr.sidesNamed(clauseFrom(st.Text, from)) >= 2 || representedSides >= 2) {
		// "The two sides were led by A and B respectively", "led by A
		// on the X side and B on the Y side", "The X side was led by A
		// and the Y side by B": the heads of the sides at the session of
		// the body named just before
		b, ok = ref(refAny), true
	}
	if !ok {
		return end
	}
	if side != "" && !strings.Contains(verb, "chair") {
		cr.confirmHeld(st, side)
	}
	for _, p := range run {
		cr.add(st, ms, p, b, side)
		if len(run) == 1 && side == "" && b.bare {
			cr.out[len(cr.out)-1].alone = true
		}
	}
	return end
}

// active reads "A and B co-chaired the X Commission", "The two ministers
// chair the works of the Nth session of the X Commission", "A and B held the
// fifth session of the X Commission", "the Council, which both presidents
// chaired". One person chairing a body that is not a joint one ("chaired
// the National Security Council") is no co-chair.
func (cr *chairReader) active(st *sentence, ms []personMention, bs []body, recent []string, bodyNear bool) {
	x := cr.x
	for wi, w := range st.words {
		v, ok := x.lex.chairActive[w.Fold]
		if !ok {
			continue
		}
		if wi+1 < len(st.words) && (st.words[wi+1].Fold == "of" || st.words[wi+1].Fold == "by") {
			continue // a noun ("co-chair of"), or the passive
		}
		if wi > 0 && x.lex.passiveAux[st.words[wi-1].Fold] && !strings.HasSuffix(w.Fold, "ing") {
			continue // "was chaired": the passive ("are co-chairing" is none)
		}
		delegation, dside := cr.delegationObject(st, w.End)
		if v == "session" && !delegation && !x.lex.sessionObject.MatchString(st.Text[w.End:]) && !x.lex.chairPartObject.MatchString(st.Text[w.End:]) {
			continue
		}
		if v == "session" && delegation {
			from := strings.LastIndexAny(st.Text[:w.Start], ";:") + 1
			cr.delegationHeads(st, ms, bs, cr.subject(st, ms, w.Start, from), w, dside, bodyNear)
			continue
		}
		// "heads the Russian part of the X Commission": one side's chair
		side, partEnd := "", -1
		if m := x.lex.chairPartObject.FindStringSubmatchIndex(st.Text[w.End:]); m != nil {
			if c, ok := x.gz.Country(st.Text[w.End+m[2] : w.End+m[3]]); ok {
				side, partEnd = c.Name, w.End+m[1]
			}
		}
		if v == "part" && partEnd < 0 {
			continue
		}
		from := strings.LastIndexAny(st.Text[:w.Start], ";:") + 1
		subj := cr.subject(st, ms, w.Start, from)
		if m := x.lex.relativeWho.FindStringIndex(st.Text[from:w.Start]); len(subj) == 0 && m != nil {
			// "A and B, who co-chair the X Commission": the names before "who"
			subj = cr.subject(st, ms, from+m[0], from)
		}
		if len(subj) == 0 && wi > 0 && strings.HasSuffix(w.Fold, "ing") && x.lex.chairParticipleLead[st.words[wi-1].Fold] {
			// "A said after co-chairing the session": the clause's subject
			subj = cr.leadSubject(st, ms, st.words[wi-1].Start, from)
		}
		if len(subj) == 0 && x.lex.pairSubject.MatchString(st.Text[from:w.Start]) {
			subj = cr.pair(recent)
			if len(subj) == 0 {
				subj = cr.pairAfter(st.idx)
			}
		}
		if len(subj) == 0 && x.lex.relativePronoun.MatchString(st.Text[from:w.Start]) {
			// "A led the X side at the Y Commission, which he co-chaired
			// with B": the pronoun is the one person named before it
			var before []personMention
			for _, p := range ms {
				if p.s >= from && p.e <= w.Start && !slices.ContainsFunc(before, func(q personMention) bool { return q.name == p.name }) {
					before = append(before, p)
				}
			}
			if len(before) == 1 {
				subj = before
			}
		}
		if m := x.lex.relativeWho.FindStringIndex(st.Text[from:w.Start]); len(subj) == 0 && m != nil && x.lex.pairSubject.MatchString(st.Text[from:from+m[0]]+" ") {
			subj = cr.pair(recent) // "The two ministers, who co-chair the X Commission"
		}
		if len(subj) == 0 && wi == 0 && strings.HasSuffix(w.Fold, "ing") {
			// "Co-chairing the meeting, Minister A said": the subject after the phrase
			if k := strings.Index(st.Text[w.End:], ", "); k >= 0 {
				subj = cr.run(st, ms, w.End+k+2, 40)
				if len(subj) > 1 {
					subj = subj[:1]
				}
			}
		}
		if len(subj) == 0 {
			continue
		}
		var b body
		found := false
		refEnd := -1 // the end of the words that refer to a body named before
		if x.lex.relativeSubject.MatchString(st.Text[from:w.Start]) {
			// "the Council, which both presidents chaired"
			for _, c := range bs {
				if c.e <= w.Start {
					b, found = c, true
				}
			}
		} else {
			for _, c := range bs {
				if c.s >= w.End && !strings.Contains(st.Text[w.End:c.s], ";") {
					b, found = c, true
					break
				}
			}
			if found && b.bare {
				refEnd = b.e
			}
			if m := x.lex.bodyReference.FindStringIndex(st.Text[w.End:]); !found && m != nil {
				b, found, refEnd = ref(refAny), true, w.End+m[1]
			}
		}
		if !found {
			continue
		}
		if after := b.e; len(subj) == 1 && (!b.bare || refEnd >= 0) {
			// "A co-chairs the X Commission with B", "A co-chaired the
			// session with his counterpart B"
			if b.bare {
				after = refEnd
			}
			afters := []int{after}
			if m := x.lex.bodyReference.FindStringIndex(st.Text[w.End:]); m != nil && !b.bare && w.End+m[1] <= b.s {
				// "A, who co-chaired the meeting with B, said the X
				// Commission ...": the other chair follows the reference
				afters = append(afters, w.End+m[1])
			}
			for _, after := range afters {
				if m := x.lex.chairWith.FindStringIndex(st.Text[after:]); m != nil && len(subj) == 1 {
					if with := cr.run(st, ms, after+m[1], 50); len(with) > 0 && with[0].name != subj[0].name && x.onlyTitle(st.Text[after+m[1]:with[0].s]) {
						subj = append(subj, with[0])
					}
				}
			}
			// "A co-chaired with B the 25th meeting of the X Committee",
			// "the X Committee, which A co-chaired with B"
			if m := x.lex.chairWith.FindStringIndex(st.Text[w.End:]); len(subj) == 1 && m != nil && !b.bare {
				if with := cr.run(st, ms, w.End+m[1], 50); len(with) > 0 && (with[0].e <= b.s || b.e <= w.Start) && with[0].name != subj[0].name && x.onlyTitle(st.Text[w.End+m[1]:with[0].s]) {
					subj = append(subj, with[0])
				}
			}
		}
		// one person chairing a national body is no co-chair, unless the
		// text names the side of a joint one the person chairs
		// (a "co-" verb says the body is a joint one: "A co-chaired the
		// meeting" chairs the joint body named nearest)
		if len(subj) == 1 && partEnd < 0 && (b.bare || !b.bilateral && len(cr.countries(b.name)) < 2) && !(b.bare && strings.HasPrefix(w.Fold, "co-")) {
			continue
		}
		if len(subj) == 1 && side != "" {
			cr.add(st, ms, subj[0], b, side)
			continue
		}
		for _, p := range subj {
			cr.add(st, ms, p, b, "")
		}
	}
}

// delegationObject reports the delegations of a joint body's session as
// the object of a verb ending at off ("led their respective delegations",
// "headed the Peruvian delegation"), and the side it names, if any. A side
// that is no country ("the host delegation") is none.
func (cr *chairReader) delegationObject(st *sentence, off int) (bool, string) {
	m := cr.x.lex.delegationObject.FindStringSubmatchIndex(st.Text[off:])
	if m == nil {
		return false, ""
	}
	if m[2] < 0 {
		return true, ""
	}
	c, ok := cr.x.gz.Country(st.Text[off+m[2] : off+m[3]])
	if !ok {
		return false, ""
	}
	return true, c.Name
}

// sideObjects counts the persons a sentence names as the head of one
// country's delegation through an active verb ("B led the Peruvian
// delegation"): with a side's head named in the passive ("The Chilean
// delegation was led by A, while B led the Peruvian delegation") they are
// the two sides' heads.
func (cr *chairReader) sideObjects(st *sentence) int {
	n := 0
	for _, w := range st.words {
		if v, ok := cr.x.lex.chairActive[w.Fold]; ok && v == "session" {
			if ok, side := cr.delegationObject(st, w.End); ok && side != "" {
				n++
			}
		}
	}
	return n
}

// delegationHeads reads the heads of the delegations at a joint body's
// session, subj of the verb w: two persons who "led their respective
// delegations", or one who "led the Peruvian delegation" (side) when the
// other side's head is named in the sentence or the one before. They chair
// the body the sentence names (after the verb first: "to the fifth session
// of the X Commission"), else, when a body is named in the sentence or the
// one before (bodyNear), that one: heads of delegations elsewhere (at a
// summit, on a visit) chair nothing.
func (cr *chairReader) delegationHeads(st *sentence, ms []personMention, bs []body, subj []personMention, w text.Word, side string, bodyNear bool) {
	if side == "" && len(subj) != 2 || side != "" && len(subj) != 1 {
		return
	}
	if side != "" && cr.sideObjects(st) < 2 && cr.sideSent < st.idx-1 {
		if bodyNear {
			cr.hold(st, ms, subj[0], side)
		}
		return
	}
	var b body
	found := false
	for _, c := range bs {
		if c.s >= w.End && !strings.Contains(st.Text[w.End:c.s], ";") {
			b, found = c, true
			break
		}
	}
	if !found {
		for _, c := range bs {
			if c.e <= w.Start {
				b, found = c, true
			}
		}
	}
	if !found && (bodyNear || side != "" && cr.sideSent == st.idx-1) {
		// the body named just before, or the one the other side's head
		// named in the sentence before was near
		b, found = ref(refAny), true
	}
	if !found {
		return
	}
	if side != "" {
		cr.confirmHeld(st, side)
	}
	for _, p := range subj {
		cr.add(st, ms, p, b, side)
	}
}

// leadSubject is the person named right before the word at off that
// leads a participle ("A said after co-chairing"), within the words of one
// clause (at most three words between, no punctuation), not before from.
func (cr *chairReader) leadSubject(st *sentence, ms []personMention, off, from int) []personMention {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].e > off }) - 1
	if k < 0 || ms[k].s < from {
		return nil
	}
	gap := st.Text[ms[k].e:off]
	if len(strings.Fields(gap)) > 3 || strings.ContainsAny(gap, ",;:.") {
		return nil
	}
	return []personMention{ms[k]}
}

// onlyTitle reports text that can be a title before a name: capitalised
// words and the words written in lower case inside titles ("Minister of
// Foreign Affairs"), no other word ("the participation of").
func (x *Extractor) onlyTitle(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",")
		if w != "" && !text.IsCap(w) && !x.lex.titleLower[w] {
			return false
		}
	}
	return true
}

// pair is whom "the two ministers" or "both presidents" stands for: the
// two principals of the document's meeting, else the two persons named
// last.
func (cr *chairReader) pair(recent []string) []personMention {
	for _, m := range cr.meetings {
		if len(m.Participants) == 2 {
			return []personMention{{name: m.Participants[0], s: -1}, {name: m.Participants[1], s: -1}}
		}
	}
	if len(recent) < 2 {
		return nil
	}
	return []personMention{{name: recent[len(recent)-2], s: -1}, {name: recent[len(recent)-1], s: -1}}
}

// pairAfter is the pair a chair statement names only by their offices when
// no one is named before it ("The commission was co-chaired by the foreign
// ministers of the two countries. Minister A said ... Minister B ..."): the
// two persons the next two sentences name, when they name no third and
// the two are of different countries where the text tells.
func (cr *chairReader) pairAfter(idx int) []personMention {
	var names []string
	for k := idx + 1; k <= idx+2 && k < len(cr.ppl.mentions); k++ {
		for _, p := range cr.ppl.mentions[k] {
			if !slices.Contains(names, p.name) {
				names = append(names, p.name)
			}
		}
	}
	if len(names) != 2 {
		return nil
	}
	var cs []string
	for _, n := range names {
		if cl := cr.ppl.byName[n]; cl != nil {
			cs = append(cs, cr.ppl.country[cl])
		}
	}
	if len(cs) == 2 && cs[0] != "" && cs[0] == cs[1] {
		return nil
	}
	return []personMention{{name: names[0], s: -1}, {name: names[1], s: -1}}
}

// nouns reads "A, co-chair of the X Commission", "the co-chairs of the X
// Commission, A and B" and "its co-chairs, A and B".
func (cr *chairReader) nouns(st *sentence, ms []personMention, bs []body) {
	x := cr.x
	for wi, w := range st.words {
		v, ok := x.lex.chairNoun[w.Fold]
		if !ok {
			continue
		}
		var b body
		found := false
		end := w.End
		side := ""
		if wi > 0 {
			// "the Uzbek co-chair of the commission"
			side = countryOf(st.match(wi - 1))
		}
		if wi+1 < len(st.words) && st.words[wi+1].Fold == "of" {
			near := w.End
			if m := x.lex.chairPart.FindStringSubmatchIndex(st.Text[w.End:]); m != nil {
				// "Chairman of the Russian part of the X Commission"
				if c, ok := x.gz.Country(st.Text[w.End+m[2] : w.End+m[3]]); ok {
					side, near = c.Name, w.End+m[1]
				}
			}
			for _, c := range bs {
				if c.s > w.End && c.s-near <= 14 {
					b, found, end = c, true, c.e
					break
				}
			}
		} else if wi > 0 && (st.words[wi-1].Fold == "its" || st.words[wi-1].Fold == "their") && strings.HasPrefix(w.Fold, "co-") {
			b, found = ref(refAny), true // "its co-chairs, A and B"
		} else if wi > 0 && possessiveWord(st.words[wi-1].Text) {
			// "the X Commission's co-chairs, A and B"
			for _, c := range bs {
				if !c.bare && c.e >= st.words[wi-1].Start && c.e <= w.Start {
					b, found = c, true
				}
			}
		} else if wi > 0 && strings.HasPrefix(w.Fold, "co-") && (strings.HasSuffix(w.Fold, "s") || strings.HasSuffix(w.Fold, "men")) &&
			x.lex.chairPairDeterminer[st.words[wi-1].Fold] && strings.HasPrefix(strings.TrimSpace(st.Text[w.End:]), ",") {
			// "The co-chairs, A and B, signed", "the two co-chairs, A
			// and B": the chairs of the body named in the sentence or before
			b, found = ref(refAny), true
			for _, c := range bs {
				if !c.bare && c.e <= w.Start {
					b = c
				}
			}
		} else if wi > 1 && strings.HasPrefix(w.Fold, "co-") && st.words[wi-2].Fold == "the" && (st.words[wi-1].Fold == "other" || side != "") && !strings.HasSuffix(w.Fold, "s") {
			// "B, the other co-chair", "B, the Angolan co-chair": a chair
			// of the body named in the sentence or before
			b, found = ref(refAny), true
			for _, c := range bs {
				if !c.bare && c.e <= w.Start {
					b = c
				}
			}
		} else if a := st.words[max(wi-1, 0)].Text; wi > 0 && strings.HasPrefix(w.Fold, "co-") && len(a) >= 3 && text.IsAllCaps(a) && text.OnlySpace(st.gap(wi-1, wi)) {
			// "JPCC co-chair A": the body the document names by these letters
			b, found = body{bare: true, kind: refAbbr, name: a}, true
		}
		if !found || v == "bilateral" && (b.bare || !b.bilateral && len(cr.countries(b.name)) < 2) {
			continue
		}
		var persons []personMention
		k := sort.Search(len(ms), func(k int) bool { return ms[k].s >= w.Start }) - 1
		if next := cr.run(st, ms, end, 40); len(next) > 0 && found && cr.nameRightAfter(st, end, next[0].s) {
			// "co-head of the commission on behalf of X A B": a title
			// before its holder's name, whatever stands before the title
			persons = next[:1]
		} else if k >= 0 && ms[k].e <= w.Start && cr.chairAppositive(cr.afterCountry(st, ms[k].e, w.Start)) {
			persons = []personMention{ms[k]}
			if plural := strings.HasSuffix(w.Fold, "s") || strings.HasSuffix(w.Fold, "men"); plural {
				// "A and B, co-chairs of the X Commission"
				from := strings.LastIndexAny(st.Text[:ms[k].s], ";:") + 1
				persons = cr.subject(st, ms, ms[k].e, from)
			}
		} else {
			persons = cr.run(st, ms, end, 40)
		}
		if len(persons) == 1 && side != "" {
			cr.add(st, ms, persons[0], b, side)
			continue
		}
		if len(persons) == 0 && strings.HasSuffix(w.Fold, "s") && strings.HasPrefix(w.Fold, "co-") {
			persons = cr.pair(nil) // "The co-chairs of the Commission discussed ...": the meeting's pair
		}
		for _, p := range persons {
			cr.add(st, ms, p, b, "")
		}
	}
}

// nameRightAfter reports a name at to that follows a chair title ending at
// from with nothing between but a side ("on behalf of X", "on the X
// side"): the title is the name's.
func (cr *chairReader) nameRightAfter(st *sentence, from, to int) bool {
	g := st.Text[from:to]
	if m := cr.x.lex.behalf.FindStringIndex(g); m != nil && strings.TrimSpace(g[:m[0]]) == "" {
		if c, end := cr.behalfCountry(st, from+m[1]); c != "" && end <= to {
			g = st.Text[end:to]
		}
	} else if m := cr.x.lex.namedSide.FindStringIndex(g); m != nil && strings.TrimSpace(g[:m[0]]) == "" {
		g = g[m[1]:]
	}
	return strings.TrimSpace(g) == "" && len(g) > 0
}

// possessiveWord reports a word in the possessive ("Commission's").
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// afterCountry is the text from from to to without the country that opens
// it: ", co-chairs of" for " of Nigeria, co-chairs of" after a name ("A of
// India and B of Nigeria, co-chairs of the Commission").
func (cr *chairReader) afterCountry(st *sentence, from, to int) string {
	g := st.Text[from:to]
	rest, ok := strings.CutPrefix(strings.TrimLeft(g, " "), "of ")
	if !ok {
		return g
	}
	off := to - len(rest)
	for k := range st.gaz {
		m := &st.gaz[k]
		if m.Start >= off && m.End <= to && strings.TrimSpace(strings.TrimPrefix(st.Text[off:m.Start], "the ")) == "" && countryOf(m) != "" {
			return st.Text[m.End:to]
		}
	}
	return g
}

// chairAppositive reports the words between a name and a chair noun that
// make the noun the name's appositive: ", co-chair of", ", the Norwegian
// co-chair of", " as co-chair of".
func (cr *chairReader) chairAppositive(gap string) bool {
	g := strings.TrimSpace(gap)
	if rest, ok := strings.CutPrefix(g, ","); ok {
		// ", Foreign Minister and co-chair of": another title of the
		// person's before the noun
		if t, ok := strings.CutSuffix(strings.TrimSpace(rest), " and"); ok && t != "" && !strings.ContainsAny(t, ",;:") && cr.x.onlyTitle(t) {
			return true
		}
	}
	for _, p := range []string{",", "as", "is", "was", "are", "were", "who is", "who are"} {
		if rest, ok := strings.CutPrefix(g, p); ok {
			rest = strings.TrimSpace(rest)
			for _, w := range []string{"who is", "who are", "both", "in his capacity as", "in her capacity as", "as"} {
				rest = strings.TrimSpace(strings.TrimPrefix(rest, w))
			}
			f := strings.Fields(rest)
			if len(f) > 0 && (f[0] == "the" || f[0] == "a") {
				f = f[1:]
			}
			return len(f) == 0 || len(f) == 1 && (text.IsCap(f[0]) || f[0] == "other")
		}
	}
	return false
}

// legacy reads two older shapes: "the commission on X is working
// separately, with Deputy Prime Minister Y", and "Thank you, Mr X, for
// becoming its co-chair".
func (cr *chairReader) legacy(st *sentence, ms []personMention, bs []body) {
	lower := st.lower
	for _, b := range bs {
		if b.bare || !strings.Contains(strings.ToLower(b.name), "commission") {
			continue
		}
		if i := strings.Index(lower[b.e:], " with "); i >= 0 {
			for _, p := range ms {
				if p.s > b.e+i && p.s-(b.e+i) <= 40 {
					cr.add(st, ms, p, b, "")
					break
				}
			}
			return
		}
	}
	if len(bs) > 0 {
		return
	}
	for _, w := range st.words {
		if _, ok := cr.x.lex.chairNoun[w.Fold]; !ok || !strings.HasPrefix(w.Fold, "co-") {
			continue
		}
		k := sort.Search(len(ms), func(k int) bool { return ms[k].s >= w.Start }) - 1
		if k >= 0 {
			cr.add(st, ms, ms[k], ref(refAny), "")
		}
		return
	}
}

// run is the persons named one after another from off on: the first within
// lead bytes, each next one joined to the one before by "and".
func (cr *chairReader) run(st *sentence, ms []personMention, off, lead int) []personMention {
	var out []personMention
	prev := off
	for _, p := range ms {
		if p.s < prev {
			continue
		}
		gap := st.Text[prev:p.s]
		if len(out) > 0 && out[len(out)-1].name == p.name && len(strings.Fields(gap)) <= 3 && !strings.ContainsAny(gap, ",;:.") {
			prev = p.e // more words of the same name ("Anna van der Berg")
			continue
		}
		if len(out) == 0 {
			if p.s-off > lead || cr.x.lex.chairGapStop.MatchString(cr.x.undotCourtesy(gap)) {
				break
			}
		} else if !cr.joins(gap) && !cr.withSide(st, gap, p) {
			break
		}
		prev = p.e
		if len(out) > 0 && out[len(out)-1].name == p.name {
			continue
		}
		out = append(out, p)
	}
	return out
}

// subject is the persons named right before a verb at off ("A and his
// Latvian host B co-chaired"), not before from.
func (cr *chairReader) subject(st *sentence, ms []personMention, off, from int) []personMention {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].e > off }) - 1
	if k < 0 || ms[k].s < from {
		return nil
	}
	gap := st.Text[ms[k].e:off]
	if len(strings.Fields(gap)) > 4 && !cr.titleAside(gap) || cr.x.lex.chairGapStop.MatchString(gap) {
		return nil
	}
	out := []personMention{ms[k]}
	for j := k - 1; j >= 0 && ms[j].s >= from && ms[j].e <= ms[j+1].s; j-- {
		gap := st.Text[ms[j].e:ms[j+1].s]
		same := ms[j].name == ms[j+1].name && len(strings.Fields(gap)) <= 3 && !strings.ContainsAny(gap, ",;:.")
		if !same && !cr.joins(gap) {
			break
		}
		if ms[j].name != out[0].name {
			out = append([]personMention{ms[j]}, out...)
		}
	}
	return out
}

// titleAside reports a title between commas after a name (", Minister of
// Foreign Affairs of Uganda, "): the name's, no clause between it and a
// verb.
func (cr *chairReader) titleAside(gap string) bool {
	g := strings.TrimSpace(gap)
	inner, ok := strings.CutPrefix(g, ",")
	if !ok {
		return false
	}
	inner, ok = strings.CutSuffix(inner, ",")
	return ok && strings.TrimSpace(inner) != "" && !strings.ContainsAny(inner, ",;:") && cr.x.onlyTitle(inner)
}

// undotCourtesy is gap without the dots of the courtesy titles and of the
// dotted initials in it ("and H.E. B", "and Mr. B", "and U.S. Secretary of
// State B"): such a dot ends no clause between two chairs.
func (x *Extractor) undotCourtesy(gap string) string {
	if !strings.Contains(gap, ".") {
		return gap
	}
	f := strings.Fields(gap)
	for i, w := range f {
		if strings.HasSuffix(w, ".") && (x.lex.honorific[strings.ToLower(strings.TrimSuffix(w, "."))] || strings.Count(w, ".") >= 2 && initialGroup(strings.TrimSuffix(w, "."))) {
			f[i] = strings.ReplaceAll(w, ".", "")
		}
	}
	return " " + strings.Join(f, " ") + " "
}

// subjectCountry is the country a passive's subject names alone ("Kenya
// was", "The Republic of Kenya is"), or "".
func (cr *chairReader) subjectCountry(subject string) string {
	ms := cr.x.gz.Scan(subject)
	if len(ms) != 1 || countryOf(&ms[0]) == "" || ms[0].Kind != gazetteer.MatchCountry {
		return ""
	}
	rest := strings.Fields(strings.ToLower(subject[ms[0].End:]))
	lead := strings.Fields(strings.ToLower(subject[:ms[0].Start]))
	if len(rest) == 0 || len(rest) > 2 || len(lead) > 1 || len(lead) == 1 && lead[0] != "the" || !cr.x.lex.passiveAux[rest[0]] {
		return ""
	}
	return countryOf(&ms[0])
}

// countryBy is the country named right before "by" and the person's
// title ("... and Uganda by Foreign Minister B"): B's side, or "".
func (cr *chairReader) countryBy(before string) string {
	ms := cr.x.gz.Scan(before)
	for len(ms) > 0 && ms[len(ms)-1].Kind == gazetteer.MatchOffice {
		ms = ms[:len(ms)-1] // the person's title after "by"
	}
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	rest, ok := strings.CutPrefix(strings.TrimLeft(before[m.End:], " "), "by ")
	if !ok || m.Kind != gazetteer.MatchCountry || countryOf(&m) == "" || strings.ContainsAny(rest, ",;:") || len(strings.Fields(rest)) > 4 ||
		!cr.x.onlyTitle(rest) {
		return ""
	}
	return countryOf(&m)
}

// countriesBy counts the countries s names right before "by" ("Kenya was
// represented by A and Uganda by B"): the sides of the persons after them.
func (cr *chairReader) countriesBy(s string) int {
	n := 0
	for _, m := range cr.x.gz.Scan(s) {
		if countryOf(&m) != "" && m.Kind == gazetteer.MatchCountry && strings.HasPrefix(strings.TrimLeft(s[m.End:], " "), "by ") {
			n++
		}
	}
	return n
}

// withSide: "chaired by A, with B on the Y side", "A, with Minister B
// heading the Y delegation": the gap before B opens with "with" and holds
// at most B's title, and a side named for B follows the name, so B chairs
// the other side (a bare "with B" may name one who merely attended).
func (cr *chairReader) withSide(st *sentence, gap string, p personMention) bool {
	if ms := cr.x.gz.Scan(gap); len(ms) > 0 && countryOf(&ms[0]) != "" && ms[0].Kind != gazetteer.MatchOrg &&
		cr.x.lex.nameCountry.MatchString(gap[:ms[0].Start]) {
		gap = gap[ms[0].End:] // "A of Chile, with B": A's country first
	}
	m := cr.x.lex.chairWith.FindStringIndex(gap)
	if m == nil || m[0] != 0 || !cr.x.onlyTitle(cr.x.undotCourtesy(gap[m[1]:])) {
		return false
	}
	return cr.x.lex.chairWithSide.MatchString(st.Text[p.e:])
}

// joins reports whether the words between two names join them as one
// pair ("A and his Latvian host B", "A of Norway and Prime Minister B"),
// also past an aside after the first ("A, who arrived on Monday, and B").
func (cr *chairReader) joins(gap string) bool {
	if m := cr.x.lex.chairAside.FindStringIndex(gap); m != nil {
		gap = gap[m[1]:] // "A, who arrived on Monday, and B"
	}
	f := strings.Fields(strings.ReplaceAll(gap, ",", " , "))
	// at most 14 words, however many commas a long portfolio has ("and
	// Y's Minister of Foreign Affairs, Regional Integration and Nationals
	// Abroad, Mr B")
	if len(f)-strings.Count(gap, ",") > 14 || cr.x.lex.chairGapStop.MatchString(cr.x.undotCourtesy(gap)) {
		return false
	}
	for _, w := range f {
		if w == "and" || w == "&" {
			return true
		}
	}
	return false
}

// add records that person p chairs body b (or the body b refers to) for a
// side: the country the text gives ("on behalf of X", "on the X side", the
// person's title), else the document's guess (the host), settled later
// against the body's countries.
func (cr *chairReader) add(st *sentence, ms []personMention, p personMention, b body, country string) {
	if p.name == "" || !b.bare && b.name == "" {
		return
	}
	e := chairEntry{CoChair: fact.CoChair{Person: p.name, Commission: b.name, Evidence: st.evidence()}, ref: refKind(b), sent: st.idx}
	if country != "" {
		e.Country, e.sure = country, true
	} else {
		e.Country, e.of, e.sure = cr.side(st, ms, p)
	}
	cr.out = append(cr.out, e)
}

// resolve names the body of every statement that referred to one: the
// body the document names last before it, else first after it, else the
// occasion (for "the meeting"), else the bare word ("the commission").
// Then each person chairs each body once, with the surest side found.
func (cr *chairReader) resolve(names []namedBody, occasion string) {
	out := cr.out[:0]
	at := map[string]int{}
	for _, e := range cr.out {
		if e.ref != named {
			name := ""
			for _, n := range names {
				if e.ref == refAbbr {
					if abbreviates(e.Commission, n.name) && (name == "" || n.sent <= e.sent) {
						name = n.name
					}
					continue
				}
				if n.sent > e.sent {
					if name == "" {
						name = n.name
					}
					break
				}
				name = n.name
			}
			switch {
			case name != "":
			case e.ref == refEvent && e.alone:
				// one chair of the occasion is its chair, no co-chair
			case e.ref == refEvent:
				name = occasion
			case e.ref == refBare:
				name = e.Commission
			}
			if name == "" {
				continue
			}
			e.Commission, e.ref = name, named
		}
		k := e.Person + "|" + strings.ToLower(e.Commission)
		if i, ok := at[k]; ok {
			if e.sure && !out[i].sure {
				out[i].Country, out[i].of, out[i].sure = e.Country, e.of, true
			}
			continue
		}
		at[k] = len(out)
		out = append(out, e)
	}
	cr.out = out
}

// side is the country a chair acts for, the person whose side it is when
// only the corpus can tell, and whether the text says so.
func (cr *chairReader) side(st *sentence, ms []personMention, p personMention) (string, string, bool) {
	x := cr.x
	// what the sentence says next to this person, before the next person
	// and after the one before: "A on our side and B on yours", "on the
	// Armenian side by A", "A, co-head of the commission on behalf of X"
	from, to, others := 0, len(st.Text), 0
	for _, q := range ms {
		if q.name == p.name {
			continue
		}
		others++
		if p.s >= 0 && q.e <= p.s {
			from = q.e
		}
		if p.s >= 0 && q.s >= p.e && to == len(st.Text) {
			to = q.s
		}
	}
	var near []string // where a side phrase is this person's
	if p.s >= 0 {
		if i := strings.IndexAny(st.Text[p.e:to], ";"); i >= 0 {
			to = p.e + i
		}
		// "A on the X side" is A's; "A and on the Y side by B" is B's
		for _, re := range []*lexicon.Regexp{x.lex.namedSide, x.lex.ourSide} {
			for _, m := range re.FindAllStringIndex(st.Text[p.e:to], -1) {
				if strings.HasPrefix(strings.TrimLeft(st.Text[p.e+m[1]:to], " ,"), "by") {
					to = p.e + m[0]
					break
				}
			}
		}
		near = append(near, st.Text[p.e:to])
		// before the person only as "on the X side by A", or as the
		// clause's opening: "On the X side, the commission is chaired by A"
		for _, re := range []*lexicon.Regexp{x.lex.namedSide, x.lex.ourSide} {
			before := st.Text[from:p.s]
			if m := re.FindStringIndex(before); m != nil && (strings.HasPrefix(strings.TrimLeft(before[m[1]:], " ,"), "by") ||
				strings.TrimSpace(before[:m[0]]) == "" && strings.HasSuffix(strings.TrimSpace(before), " by")) {
				near = append(near, before[m[0]:m[1]])
			}
		}
		// "by the two ministers, A of X and B of Y": the country right
		// after the name
		for _, g := range st.gaz {
			if g.Kind == gazetteer.MatchCountry && g.Start >= p.e && g.Start <= to && countryOf(&g) != "" && x.lex.nameCountry.MatchString(st.Text[p.e:g.Start]) {
				return countryOf(&g), "", true
			}
		}
		if c := cr.sideBefore(st.Text[from:p.s]); c != "" {
			return c, "", true
		}
		if loc := x.lex.behalf.FindStringIndex(st.Text[p.e:to]); loc != nil {
			if c, end := cr.behalfCountry(st, p.e+loc[1]); c != "" && !mentionStartsAt(ms, end) {
				return c, "", true
			}
		}
		// "co-head of the commission on behalf of X Y Z": the side is
		// the one of the name right after it
		before := st.Text[from:p.s]
		for _, loc := range x.lex.behalf.FindAllStringIndex(before, -1) {
			if c, end := cr.behalfCountry(st, from+loc[1]); c != "" && strings.TrimSpace(st.Text[end:p.s]) == "" {
				return c, "", true
			}
		}
	}
	// a side stated for the whole sentence counts only when it names one
	// person
	if others == 0 || p.s < 0 {
		near = append(near, st.Text)
	}
	for _, text := range near {
		if m := x.lex.namedSide.FindStringSubmatch(text); m != nil {
			if c, ok := x.gz.Country(m[1]); ok {
				return c.Name, "", true
			}
		}
		if x.lex.ourSide.MatchString(text) && cr.sp[st.idx].speaker != "" {
			if cl := cr.ppl.byName[cr.sp[st.idx].speaker]; cl != nil && cr.ppl.country[cl] != "" {
				return cr.ppl.country[cl], "", true
			}
			return "", cr.sp[st.idx].speaker, true
		}
	}
	cl := cr.ppl.byName[p.name]
	if cl == nil {
		return "", p.name, false
	}
	if c := cr.ppl.country[cl]; c != "" {
		return c, "", true
	}
	c, of := cr.sd.of(cl)
	if !cr.sd.side(cl).firm && cr.metSpeaker(cl) {
		// "Thank you, Mr B, for becoming its co-chair" in A's turn: one
		// the speaker met is of the other side, no colleague of the
		// speaker's (the corpus tells B's own)
		c, of = "", p.name
	}
	if c == "" && of == "" {
		of = p.name
	}
	return c, of, false
}

// metSpeaker reports a person first named in a transcript turn of one
// they met.
func (cr *chairReader) metSpeaker(cl *cluster) bool {
	i, ok := cr.ppl.first[cl.name]
	if !ok {
		return false
	}
	st := cr.sd.doc.sents[i]
	speaker := cr.sp[st.idx].speaker
	return st.turn >= 0 && speaker != "" && speaker != cl.name && cr.met(speaker, cl.name)
}

// met reports a meeting of the document between a and b.
func (cr *chairReader) met(a, b string) bool {
	for _, m := range cr.meetings {
		if slices.Contains(m.Participants, a) && slices.Contains(m.Participants, b) {
			return true
		}
	}
	return false
}

// sideBefore is the country of a side named as the agent's subject right
// before a person ("The Chilean side was led by A", "and the Peruvian
// side by B"), or "".
func (cr *chairReader) sideBefore(before string) string {
	ms := cr.x.lex.delegationSide.FindAllStringSubmatchIndex(before, -1)
	if len(ms) == 0 {
		return cr.countryBy(before)
	}
	m := ms[len(ms)-1]
	rest := before[m[1]:]
	if !strings.HasSuffix(strings.TrimSpace(rest), "by") || strings.ContainsAny(rest, ",;:") || len(strings.Fields(rest)) > 4 {
		return ""
	}
	if c, ok := cr.x.gz.Country(before[m[2]:m[3]]); ok {
		return c.Name
	}
	return ""
}

// clauseFrom is s from off to the end of its clause (a semicolon).
func clauseFrom(s string, off int) string {
	if i := strings.IndexByte(s[off:], ';'); i >= 0 {
		return s[off : off+i]
	}
	return s[off:]
}

// sidesNamed counts the countries whose sides a text names ("on the X
// side", "the Y delegation").
func (cr *chairReader) sidesNamed(s string) int {
	seen := map[string]bool{}
	for _, re := range []*lexicon.Regexp{cr.x.lex.namedSide, cr.x.lex.delegationSide} {
		for _, m := range re.FindAllStringSubmatch(s, -1) {
			if c, ok := cr.x.gz.Country(m[1]); ok {
				seen[c.Name] = true
			}
		}
	}
	return len(seen)
}

// behalfCountry is the country named right after off ("on behalf of
// X") and where its name ends, or "".
func (cr *chairReader) behalfCountry(st *sentence, off int) (string, int) {
	for k := range st.gaz {
		g := &st.gaz[k]
		if g.Start >= off && g.Start-off <= 6 {
			if c := countryOf(g); c != "" {
				return c, g.End
			}
		}
	}
	return "", 0
}

// mentionStartsAt reports a person named right after offset off.
func mentionStartsAt(ms []personMention, off int) bool {
	for _, p := range ms {
		if p.s >= off && p.s-off <= 2 {
			return true
		}
	}
	return false
}

// titleSide is the country a co-chair title names before "co-chair"
// ("Norwegian Co-Chair of the Norwegian-Chilean Commission"); a country in the
// body's name after it is no side.
func (cr *chairReader) titleSide(title string) string {
	i := strings.Index(strings.ToLower(title), "co-chair")
	if i < 0 {
		return ""
	}
	c := ""
	for _, m := range cr.x.gz.Scan(title[:i]) {
		if k := countryOf(&m); k != "" {
			c = k
		}
	}
	return c
}

// countries are the countries a body's name holds ("Estonian-Latvian").
func (cr *chairReader) countries(name string) []string { return cr.x.countriesIn(name) }

// countriesIn are the countries a body's name holds.
func (x *Extractor) countriesIn(name string) []string {
	var out []string
	for _, m := range x.gz.Scan(name) {
		if c := countryOf(&m); c != "" {
			out = appendNew(out, c)
		}
	}
	return out
}

// settle gives a chair whose side the text does not state the side of its
// body's two countries that no other chair of the body, and no other person
// of its sentence, holds ("A and his Latvian host B co-chaired the
// Estonian-Latvian Committee": A chairs for Estonia). Two chairs named
// together of whom the text says nothing take the body's countries in the
// order the text gives both ("the co-chairs of the A-B Commission, X and
// Y").
func (cr *chairReader) settle() {
	byBody := map[string][]int{}
	for i, e := range cr.out {
		k := strings.ToLower(e.Commission)
		byBody[k] = append(byBody[k], i)
	}
	for _, idx := range byBody {
		two := cr.countries(cr.out[idx[0]].Commission)
		for _, i := range idx {
			if len(two) != 2 {
				break
			}
			e := &cr.out[i]
			if e.sure {
				continue
			}
			taken := map[string]bool{}
			for _, j := range idx {
				if j != i && cr.out[j].sure {
					taken[cr.out[j].Country] = true
				}
			}
			for _, cl := range cr.ppl.list {
				if cl.name != e.Person && strings.Contains(e.Evidence.Sentence, lastToken(cl.name)) && cr.ppl.country[cl] != "" {
					taken[cr.ppl.country[cl]] = true
				}
			}
			var left []string
			for _, c := range two {
				if !taken[c] {
					left = append(left, c)
				}
			}
			if len(left) == 1 {
				e.Country, e.of = left[0], ""
			}
		}
		if len(idx) == 2 && len(two) != 2 {
			// two chairs of one body act for two sides: the host's country
			// guessed for one whose partner's is that country is wrong
			for k, i := range idx {
				o := cr.out[idx[1-k]]
				if e := &cr.out[i]; !e.sure && o.sure && e.Country == o.Country {
					e.Country, e.of = "", e.Person
				}
			}
		}
		if len(two) != 2 {
			continue
		}
		if len(idx) == 2 && !cr.out[idx[0]].sure && !cr.out[idx[1]].sure && cr.out[idx[0]].Evidence == cr.out[idx[1]].Evidence &&
			cr.out[idx[0]].Country == cr.out[idx[1]].Country {
			for k, i := range idx {
				cr.out[i].Country, cr.out[i].of = two[k], ""
			}
		}
	}
}

// fullNames gives a body named without its countries ("the Joint
// Permanent Commission") the one fuller name the document gives it
// elsewhere ("the Kenya-Uganda Joint Permanent Commission"): a name with
// countries that holds every word of the shorter one.
func (cr *chairReader) fullNames(names []namedBody) {
	for i := range cr.out {
		e := &cr.out[i]
		if len(cr.countries(e.Commission)) > 0 {
			continue
		}
		own := nameWordSet(e.Commission)
		full := ""
		for _, n := range names {
			if len(n.name) <= len(e.Commission) || len(cr.countries(n.name)) < 2 || n.name == full {
				continue
			}
			words := nameWordSet(n.name)
			if !allIn(own, words) {
				continue
			}
			if full != "" {
				full = "" // two fuller names: the document does not say which
				break
			}
			full = n.name
		}
		if full != "" {
			e.Commission = full
		}
	}
}

// sidesInName writes the two sides of a body whose name holds no country
// before its name ("Joint Commission on Mining" chaired for Chile and for
// Peru is the "Chile-Peru Joint Commission on Mining"): the name a joint
// body has, told by its chairs' countries in the order the text names
// them. Only a body with two chairs of two countries is so named.
func (cr *chairReader) sidesInName() {
	byBody := map[string][]int{}
	var order []string
	for i, e := range cr.out {
		k := strings.ToLower(e.Commission)
		if len(byBody[k]) == 0 {
			order = append(order, k)
		}
		byBody[k] = append(byBody[k], i)
	}
	for _, k := range order {
		idx := byBody[k]
		if len(idx) != 2 || len(cr.countries(cr.out[idx[0]].Commission)) > 0 {
			continue
		}
		first, second := cr.out[idx[0]], cr.out[idx[1]]
		if cr.namedBefore(second, first) {
			first, second = second, first
		}
		a, b := first.Country, second.Country
		if a == "" || b == "" || a == b || !cr.isCountry(a) || !cr.isCountry(b) || cr.holdsOrg(first.Commission) {
			continue
		}
		for _, i := range idx {
			cr.out[i].Commission = a + "-" + b + " " + cr.out[i].Commission
		}
	}
}

// namedBefore: the document names chair a before chair b.
func (cr *chairReader) namedBefore(a, b chairEntry) bool {
	pa, oka := cr.sd.firstMention(a.Person)
	pb, okb := cr.sd.firstMention(b.Person)
	if !oka || !okb {
		return a.sent < b.sent
	}
	return before(pa, pb)
}

// holdsOrg: a body's name holds a union's or an organisation's, or is a
// part of another body ("High-Level Group of the Nordic Council"), whose
// members are more than the chairs'.
func (cr *chairReader) holdsOrg(name string) bool {
	if strings.Contains(name, " of the ") {
		return true
	}
	for _, m := range cr.x.gz.Scan(name) {
		if m.Kind == gazetteer.MatchOrg {
			return true
		}
	}
	return false
}

// isCountry: name is a country's, no union's or organisation's.
func (cr *chairReader) isCountry(name string) bool {
	c, ok := cr.x.gz.Country(name)
	return ok && c.Kind == gazetteer.KindCountry
}

// nameWordSet is the words of a body's name in lower case, hyphenated
// parts apart.
func nameWordSet(name string) []string {
	return strings.FieldsFunc(strings.ToLower(name), func(c rune) bool { return c == ' ' || c == '-' || c == '–' })
}

// allIn: every word of a is in b.
func allIn(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return len(a) > 0
}

func lastToken(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

func nameOf(ms []personMention, off int) string {
	for _, p := range ms {
		if p.s <= off && off < p.e {
			return p.name
		}
	}
	return ""
}

// titleCaseCommission writes a body's name in title case: every word and
// hyphenated part capitalised but the connectors inside it ("Commission on
// Trade and Economic Cooperation", "Commission-to-Commission").
func (v *vocabulary) titleCaseCommission(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	ws := strings.Fields(s)
	for i, w := range ws {
		if v.commissionLower[strings.ToLower(w)] && i > 0 {
			ws[i] = strings.ToLower(w)
			continue
		}
		parts := strings.Split(w, "-")
		for k, p := range parts {
			if k > 0 && v.commissionLower[strings.ToLower(p)] {
				parts[k] = strings.ToLower(p)
				continue
			}
			parts[k] = capitalise(p)
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " ")
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
