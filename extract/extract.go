package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// Extractor turns documents into facts. It holds only read-only tables and
// is safe for concurrent use.
type Extractor struct {
	gz       *gazetteer.Gazetteer
	lex      *lexicon
	triggers []trigger
}

// New returns an extractor that knows the world through gz.
func New(gz *gazetteer.Gazetteer) *Extractor {
	return &Extractor{gz: gz, lex: newLexicon(), triggers: compileTriggers()}
}

// docState is one document on its way through the stages.
type docState struct {
	x     *Extractor
	doc   Document
	seg   Segments
	sents []*sentence
	ref   string // reference date for relative expressions: publication date or inferred
	// refInferred: ref is a year the text pins down, not a stated date
	refInferred bool

	people   []*cluster
	byToken  map[string]*cluster // folded surname / alias token -> person
	byRole   map[role]*cluster
	country  map[*cluster]string // person -> country, from the titles
	speakers map[int]*cluster    // turn index -> speaker
	byName   map[string]*cluster // canonical name -> person
	labels   [][]string          // per turn: the speaker label's name words
	// mentioned: countries (and unions) the document names anywhere
	mentioned map[string]bool
	host      string // country the meeting is held in, if known
	// the larger event, found once (see occasion)
	occasionName string
	occasionDone bool
	facts        Facts
	open         fact.Open // the sides the corpus must settle
}

// cluster is one person of a document with all the forms it was named by.
type cluster struct {
	name   string
	forms  map[string]int // folded surname variants -> count
	alias  []string       // other folded single words the text calls the person by
	tokens []string       // the fullest name's tokens
	roles  []role
	count  int
	ev     Evidence
}

// Extract runs the stages over one document. The report it returns still
// has the sides only the corpus can settle open (see Merge).
func (x *Extractor) Extract(ctx context.Context, doc Document) (Report, error) {
	if err := ctx.Err(); err != nil {
		return Report{}, fmt.Errorf("extracting %s: %w", doc.Name, err)
	}
	d := &docState{x: x, doc: doc, byToken: map[string]*cluster{}, byRole: map[role]*cluster{},
		country: map[*cluster]string{}, speakers: map[int]*cluster{}, byName: map[string]*cluster{}, mentioned: map[string]bool{},
		open: fact.Open{Offices: map[int]fact.Side{}, CoChairs: map[int]fact.Side{}, Commitments: map[int]fact.Side{}}}
	d.facts.Doc = doc
	d.segment()
	d.findPeople()
	d.mentionPeople()
	d.assignSpeakers()
	d.referenceDate()
	d.meetings()
	d.offices()
	d.claims()
	d.coChairs()
	d.commitments()
	d.partners()
	d.visits()
	d.people2facts()
	return Report{Facts: d.facts, Open: d.open}, nil
}

func (d *docState) segment() {
	view := d.doc
	if isMarkdown(view) {
		// the same bytes less the markup, so spans still index the body
		view.Text = blankMarkdown(view.Text)
	}
	d.seg = Segment(view)
	turn := 0
	for i, s := range d.seg.Sentences {
		st := &sentence{Sentence: s, idx: i, turn: -1}
		st.words = splitWords(s.Text)
		st.gaz = dropCurrencyCountries(s.Text, d.x.gz.Scan(s.Text))
		st.covered = coverage(st.words, st.gaz)
		for _, g := range st.gaz {
			if g.Country != nil {
				d.mentioned[g.Country.Name] = true
			}
		}
		// sentences and turns are both in text order
		for turn < len(d.seg.Turns) && d.seg.Turns[turn].Span.End < s.Span.End {
			turn++
		}
		if turn < len(d.seg.Turns) && s.Span.Start >= d.seg.Turns[turn].Span.Start {
			st.turn = turn
		}
		d.sents = append(d.sents, st)
	}
}

// coverage maps each word to the gazetteer match covering it (-1 for
// none). Both are sorted by position, so one pass suffices.
func coverage(words []word, gaz []gazetteer.Match) []int {
	covered := make([]int, len(words))
	k := 0
	for wi, w := range words {
		covered[wi] = -1
		for k < len(gaz) && gaz[k].End <= w.s {
			k++
		}
		if k < len(gaz) && gaz[k].Start <= w.s && w.s < gaz[k].End {
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
		next := strings.ToLower(strings.TrimLeft(text[m.End:], " "))
		if (m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym) &&
			(strings.HasPrefix(next, "dollar") || strings.HasPrefix(next, "$")) {
			continue
		}
		out = append(out, m)
	}
	return out
}

func (d *docState) evidence(st *sentence) Evidence {
	return Evidence{Span: st.Span, Sentence: st.Text, Line: st.Line}
}

// findPeople collects name candidates from titles, courtesy titles, speech
// verbs and speaker labels, then groups them into persons.
func (d *docState) findPeople() {
	var cands []candidate
	for _, st := range d.sents {
		cands = append(cands, d.candidatesIn(st)...)
	}
	// The headline often names the principals in full ("Remarks by
	// President X Y and Prime Minister Z W"): a source of names, not of facts.
	if d.doc.Title != "" {
		st := d.synthetic(d.doc.Title)
		st.idx = titleSentence
		cands = append(cands, d.candidatesIn(st)...)
	}
	// transcript speaker labels, read once for naming and for the speakers
	d.labels = make([][]string, len(d.seg.Turns))
	for ti, t := range d.seg.Turns {
		toks, roles := d.parseLabel(t.Speaker)
		d.labels[ti] = toks
		if len(toks) == 0 {
			continue
		}
		cands = append(cands, candidate{sent: -1 - ti, toks: toks, roles: roles, label: true})
	}
	d.cluster(cands)
}

// titleSentence marks candidates read from the document's title, which is
// not part of the body and gives no evidence.
const titleSentence = -1 << 20

// candidatesIn collects the name candidates of one sentence.
func (d *docState) candidatesIn(st *sentence) []candidate {
	var cands []candidate
	d.findTitles(st)
	for _, t := range st.titles {
		if len(t.name) == 0 {
			continue
		}
		toks := nameTokens(st, 0, 0)
		for _, w := range t.name {
			toks = append(toks, nameWord(w.t))
		}
		toks = reorderFamilyFirst(toks)
		cands = append(cands, candidate{sent: st.idx, s: t.name[0].s, e: t.name[len(t.name)-1].e, toks: toks, roles: t.roles})
		// "presidential aides X Y and Z W": the title covers both names
		last := wordIndexAt(st, t.name[len(t.name)-1].s)
		if last+2 < len(st.words) && st.words[last+1].f == "and" {
			if e := d.nameRun(st, last+2); e-(last+2) >= 2 {
				cands = append(cands, candidate{sent: st.idx, s: st.words[last+2].s, e: st.words[e-1].e,
					toks: nameTokens(st, last+2, e), roles: t.roles})
			}
		}
	}
	for i := 0; i < len(st.words); i++ {
		w := st.words[i]
		low := strings.ToLower(strings.TrimSuffix(w.t, "."))
		switch {
		case d.x.lex.honorific[low] && low != "his" && low != "her" && low != "mp":
			k := d.skipHonorifics(st, i)
			e := d.nameRun(st, k)
			if e == k {
				// "Mr. TANAKA Hiroshi": a name in capitals
				for e < len(st.words) && e-k < 4 && (isAllCaps(st.words[e].t) || d.isNameWord(st, e)) && (e == k || onlySpace(st.gap(e-1, e))) && st.covered[e] < 0 {
					e++
				}
			}
			if e > k {
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].s, e: st.words[e-1].e, toks: nameTokens(st, k, e)})
				i = e - 1
			}
		case (w.f == "counterpart" || w.f == "peer") && i > 0:
			// "her Moroccan counterpart X Y": the office of the sentence's
			// first titled person, for the country the adjective names
			k := d.skipHonorifics(st, i+1)
			e := d.nameRun(st, k)
			if e-k < 2 {
				continue
			}
			c := candidate{sent: st.idx, s: st.words[k].s, e: st.words[e-1].e, toks: nameTokens(st, k, e)}
			if country := countryOf(st.match(i - 1)); country != "" && len(st.titles) > 0 && len(st.titles[0].roles) > 0 {
				c.roles = []role{{Role: st.titles[0].roles[0].Role, Country: country}}
			}
			cands = append(cands, c)
			i = e - 1
		case w.f == "by" && i > 0 && chairVerb[st.words[i-1].f]:
			// "co-chaired by X", "headed on our part by X"
			k := d.skipHonorifics(st, i+1)
			if e := d.nameRun(st, k); e-k >= 2 {
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].s, e: st.words[e-1].e, toks: nameTokens(st, k, e)})
			}
		case (w.f == "with" || w.f == "and") && i > 0:
			// "met with X", "talks with X", "X and Y discussed"
			prev := st.words[i-1].f
			if w.f == "with" && !d.x.lex.meetingWord[prev] && prev != "talks" && prev != "meeting" {
				continue
			}
			k := d.skipHonorifics(st, i+1)
			e := d.nameRun(st, k)
			if e > k && (w.f == "with" || e < len(st.words) && d.x.lex.personVerb[st.words[e].f]) {
				cands = append(cands, candidate{sent: st.idx, s: st.words[k].s, e: st.words[e-1].e, toks: nameTokens(st, k, e)})
			}
		case d.isNameWord(st, i) && (i == 0 || !d.isNameWord(st, i-1) || !onlySpace(st.gap(i-1, i))):
			e := d.nameRun(st, i)
			if e < len(st.words) && onlySpace(st.gap(e-1, e)) && d.x.lex.personVerb[st.words[e].f] {
				cands = append(cands, candidate{sent: st.idx, s: w.s, e: st.words[e-1].e, toks: nameTokens(st, i, e)})
			}
			// "..., Rojas said." / "said Li" (an agency "reported X press service" is no person)
			after := strings.TrimSpace(st.Text[st.words[e-1].e:])
			if i > 0 && d.x.lex.speech[st.words[i-1].f] && st.words[i-1].f != "reported" && e-i <= 3 &&
				(after == "" || strings.ContainsAny(after[:1], ".,;:)")) {
				cands = append(cands, candidate{sent: st.idx, s: w.s, e: st.words[e-1].e, toks: nameTokens(st, i, e)})
			}
			i = e - 1
		}
	}
	return cands
}

// synthetic makes a sentence of a text outside the body (a title, a label).
func (d *docState) synthetic(text string) *sentence {
	st := &sentence{Sentence: Sentence{Text: text}, turn: -1}
	st.words = splitWords(text)
	st.gaz = dropCurrencyCountries(text, d.x.gz.Scan(text))
	st.covered = coverage(st.words, st.gaz)
	return st
}

var chairVerb = map[string]bool{"co-chaired": true, "chaired": true, "headed": true, "led": true, "part": true, "side": true}

func reorderFamilyFirst(toks []string) []string {
	if len(toks) >= 2 && isAllCaps(toks[0]) && !isAllCaps(toks[len(toks)-1]) {
		return append(toks[1:], titleCase(toks[0]))
	}
	return toks
}

// parseLabel reads a speaker label ("President of X Firstname Lastname").
func (d *docState) parseLabel(label string) ([]string, []role) {
	st := d.synthetic(label)
	d.findTitles(st)
	for _, t := range st.titles {
		if len(t.name) > 0 {
			toks := make([]string, 0, len(t.name))
			for _, w := range t.name {
				toks = append(toks, nameWord(w.t))
			}
			return reorderFamilyFirst(toks), t.roles
		}
	}
	k := d.skipHonorifics(st, 0)
	e := d.nameRun(st, k)
	if e == len(st.words) && e > k {
		return nameTokens(st, k, e), nil
	}
	return nil, nil
}

// cluster groups candidates into persons: full names first, then short forms
// (surname, given name, or a misspelt surname) attached to the one full name
// they fit.
func (d *docState) cluster(cands []candidate) {
	ix := newClusterIndex()
	full := map[string]*cluster{}
	var order []*cluster
	add := func(c candidate, cl *cluster) {
		cl.count++
		// only spellings of the surname count as its forms, not a given
		// name the text shortens the person to
		form := foldWord(c.toks[len(c.toks)-1])
		sur := foldWord(cl.tokens[len(cl.tokens)-1])
		if form == sur || closeSpelling(form, sur) {
			cl.forms[form]++
			ix.addForm(form, cl)
		} else if len(c.toks) == 1 {
			cl.alias = appendUnique(cl.alias, form)
		}
		cl.roles = append(cl.roles, c.roles...)
		if c.sent >= 0 && cl.ev.Sentence == "" {
			cl.ev = d.evidence(d.sents[c.sent])
		}
	}
	newCluster := func(toks []string) *cluster {
		cl := &cluster{forms: map[string]int{}, tokens: toks}
		order = append(order, cl)
		ix.add(cl)
		return cl
	}
	sort.SliceStable(cands, func(i, j int) bool { return len(cands[i].toks) > len(cands[j].toks) })
	for _, c := range cands {
		if len(c.toks) < 2 {
			continue
		}
		key := foldWord(strings.Join(c.toks, " "))
		cl := full[key]
		if cl == nil {
			// the same person with a misspelt surname or an extra given name
			for _, o := range ix.byFirst[foldWord(c.toks[0])] {
				if sameFullName(o.tokens, c.toks) {
					cl = o
					break
				}
			}
		}
		if cl == nil {
			cl = newCluster(c.toks)
			full[key] = cl
		}
		add(c, cl)
	}
	for _, c := range cands {
		if len(c.toks) != 1 {
			continue
		}
		cl := ix.resolveShort(c.toks[0])
		if cl == nil {
			cl = newCluster(c.toks)
		}
		add(c, cl)
	}
	for _, cl := range order {
		cl.name = canonicalName(cl)
		d.people = append(d.people, cl)
		if _, ok := d.byName[cl.name]; !ok {
			d.byName[cl.name] = cl
		}
		for f := range cl.forms {
			d.byToken[f] = cl
		}
		for _, f := range cl.alias {
			if _, taken := d.byToken[f]; !taken {
				d.byToken[f] = cl
			}
		}
		d.byToken[foldWord(cl.tokens[len(cl.tokens)-1])] = cl
		// East Asian names are often shortened to the family name, which
		// stands first ("Bui Thanh Son" -> "Bui"): index the first token too
		// when no other person has it.
		if len(cl.tokens) >= 2 {
			f := foldWord(cl.tokens[0])
			if _, taken := d.byToken[f]; !taken && len(f) >= 2 {
				d.byToken[f] = cl
			}
		}
	}
}

// clusterIndex finds a document's persons by the words of their names, so
// that resolving a name never compares it with every person.
type clusterIndex struct {
	byFirst   map[string][]*cluster // first word of a full name
	bySurname map[string][]*cluster // last word of a full name, and its other spellings
	byWord    map[string][]*cluster // any word of a full name
	single    map[string]*cluster   // persons known by one word only
	byShape   map[shape][]*cluster  // surnames by initial and length, for typos
}

// shape buckets surnames that a typo or two could turn into each other.
type shape struct {
	initial rune
	length  int
}

func shapeOf(f string) shape {
	r := []rune(f)
	if len(r) == 0 {
		return shape{}
	}
	return shape{r[0], len(r)}
}

func newClusterIndex() *clusterIndex {
	return &clusterIndex{byFirst: map[string][]*cluster{}, bySurname: map[string][]*cluster{},
		byWord: map[string][]*cluster{}, single: map[string]*cluster{}, byShape: map[shape][]*cluster{}}
}

func (ix *clusterIndex) add(cl *cluster) {
	if len(cl.tokens) < 2 {
		f := foldWord(cl.tokens[0])
		if _, ok := ix.single[f]; !ok {
			ix.single[f] = cl
		}
		return
	}
	ix.byFirst[foldWord(cl.tokens[0])] = append(ix.byFirst[foldWord(cl.tokens[0])], cl)
	sur := foldWord(cl.tokens[len(cl.tokens)-1])
	ix.addForm(sur, cl)
	ix.byShape[shapeOf(sur)] = append(ix.byShape[shapeOf(sur)], cl)
	seen := map[string]bool{}
	for _, t := range cl.tokens {
		if f := foldWord(t); !seen[f] {
			seen[f] = true
			ix.byWord[f] = append(ix.byWord[f], cl)
		}
	}
}

func (ix *clusterIndex) addForm(form string, cl *cluster) {
	if len(cl.tokens) < 2 {
		return
	}
	for _, o := range ix.bySurname[form] {
		if o == cl {
			return
		}
	}
	ix.bySurname[form] = append(ix.bySurname[form], cl)
}

// resolveShort finds the one person a single word names: a person known by
// that word alone, the (first) person with that surname or spelling of it,
// the only person with that word in their name, or the only person whose
// surname it is with a typo.
func (ix *clusterIndex) resolveShort(tok string) *cluster {
	f := foldWord(tok)
	if cl, ok := ix.single[f]; ok {
		return cl
	}
	if cls := ix.bySurname[f]; len(cls) > 0 {
		return cls[0]
	}
	if cls := ix.byWord[f]; len(cls) == 1 {
		return cls[0]
	}
	var hits []*cluster
	sh := shapeOf(f)
	for n := sh.length - 2; n <= sh.length+2; n++ {
		for _, cl := range ix.byShape[shape{sh.initial, n}] {
			if closeSpelling(foldWord(cl.tokens[len(cl.tokens)-1]), f) {
				hits = append(hits, cl)
			}
		}
	}
	if len(hits) == 1 {
		return hits[0]
	}
	return nil
}

// sameFullName: same given names and surnames equal or one letter apart.
func sameFullName(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	if foldWord(a[0]) != foldWord(b[0]) {
		return false
	}
	sa, sb := foldWord(a[len(a)-1]), foldWord(b[len(b)-1])
	return sa == sb || closeSpelling(sa, sb)
}

// closeSpelling allows one typo in a surname of five or more letters, two in
// one of nine or more.
func closeSpelling(a, b string) bool {
	n := min(len([]rune(a)), len([]rune(b)))
	if n < 5 {
		return false
	}
	limit := 1
	if n >= 9 {
		limit = 2
	}
	return editDistance(a, b) <= limit
}

// canonicalName writes the person's fullest name with the surname spelling
// closest to all spellings seen (weighted by how often each was seen), so a
// single typo never wins over the common form.
func canonicalName(cl *cluster) string {
	toks := append([]string(nil), cl.tokens...)
	if len(cl.forms) > 1 {
		best, bestCost := "", -1
		var forms []string
		for f := range cl.forms {
			forms = append(forms, f)
		}
		sort.Strings(forms)
		for _, f := range forms {
			cost := 0
			for g, n := range cl.forms {
				cost += n * editDistance(f, g)
			}
			if bestCost < 0 || cost < bestCost {
				best, bestCost = f, cost
			}
		}
		if foldWord(toks[len(toks)-1]) != best {
			toks[len(toks)-1] = titleCase(best)
		}
	}
	return strings.Join(toks, " ")
}

// mentionPeople finds every mention of the document's persons, and titles
// without a name that stand for a person ("the Russian prime minister").
func (d *docState) mentionPeople() {
	for _, cl := range d.people {
		for _, r := range cl.roles {
			if r.Country != "" {
				if _, ok := d.country[cl]; !ok {
					d.country[cl] = r.Country
				}
				if _, ok := d.byRole[r]; !ok {
					d.byRole[r] = cl
				}
			}
		}
	}
	for _, st := range d.sents {
		for i := 0; i < len(st.words); i++ {
			cl := d.byToken[st.words[i].f]
			if cl == nil || !isCap(st.words[i].t) && !isAllCaps(st.words[i].t) || st.covered[i] >= 0 {
				continue
			}
			s := i
			for s > 0 && onlySpace(st.gap(s-1, s)) && d.isNameWord(st, s-1) && d.byToken[st.words[s-1].f] == cl {
				s--
			}
			e := i + 1
			for e < len(st.words) && onlySpace(st.gap(e-1, e)) && d.byToken[st.words[e].f] == cl {
				e++
			}
			st.people = append(st.people, personMention{s: st.words[s].s, e: st.words[e-1].e, name: cl.name})
			i = e - 1
		}
		for _, t := range st.titles {
			if len(t.name) > 0 || len(t.roles) == 0 {
				continue
			}
			if cl := d.holder(t.roles[0]); cl != nil {
				st.people = append(st.people, personMention{s: t.start, e: t.end, name: cl.name})
			}
		}
		sort.Slice(st.people, func(i, j int) bool { return st.people[i].s < st.people[j].s })
	}
	for ti, toks := range d.labels {
		if len(toks) == 0 {
			continue
		}
		if cl := d.byToken[foldWord(toks[len(toks)-1])]; cl != nil {
			d.speakers[ti] = cl
		}
	}
}

// holder finds the person of the document holding an office ("the Prime
// Minister of Russia said" -> that person).
func (d *docState) holder(r role) *cluster {
	if cl, ok := d.byRole[r]; ok {
		return cl
	}
	if r.Country == "" {
		var found *cluster
		for k, cl := range d.byRole {
			if k.Role == r.Role {
				if found != nil && found != cl {
					return nil
				}
				found = cl
			}
		}
		return found
	}
	return nil
}

func (d *docState) clusterByName(name string) *cluster {
	return d.byName[name]
}
