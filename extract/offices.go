package extract

import (
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// offices turns the titles found with names into offices held.
func offices(p *people, sd sides, ref reference) ([]fact.Office, map[int]fact.Side) {
	var out []fact.Office
	open := map[int]fact.Side{}
	seen := map[string]bool{}
	for _, cl := range p.list {
		for _, r := range cl.roles {
			o := fact.Office{Person: cl.name, Role: r.Role, Country: r.Country, Observed: ref.date, Evidence: cl.ev}
			var side fact.Side
			if o.Country == "" {
				// A title without a country: the text may say for whom the
				// person acts; other documents may state it; failing that,
				// the document's context decides (Merge).
				s := sd.side(cl)
				switch {
				case s.firm:
					o.Country = s.country
				case s.speaker != "":
					side.Of = s.speaker
				default:
					side.Fallback = s.country
				}
			}
			k := o.Person + "|" + o.Role + "|" + o.Country + "|" + side.Of
			if seen[k] || o.Role == "" {
				continue
			}
			seen[k] = true
			if o.Country == "" {
				open[len(out)] = side
			}
			out = append(out, o)
		}
	}
	return out, open
}

// sides settles for whom a person acts when their title names no country.
// It needs the host country and the meetings, which the meetings stage
// finds, and the outlet's own country.
type sides struct {
	doc    *document
	people *people
	speech []speech
	host   string // the country the document's meeting is held in, if known
	home   string // the outlet's own country (homeCountry), if known
	// selfNamed is the country the source names in brackets ("Daily News
	// (Malawi)"), whether or not the text names it
	selfNamed string
	meetings  []fact.Meeting
	lex       *vocabulary
	text      *textSides // what the sentences say of sides (readText)
	// memo holds each person's answer, sentenceMemo each sentence's "X
	// side": they depend on nothing else
	memo         map[*cluster]sideOf
	sentenceMemo map[int]string

	// roles: the gazetteer, which knows the states a monarch heads (no
	// President there)
	gz *gazetteer.Gazetteer
}

// sideOf is for whom a person acts.
type sideOf struct {
	country string
	// firm: the text says so (a title, a delegation, "on behalf of");
	// otherwise country is a guess that other documents may overrule
	firm    bool
	speaker string // acts for the same side as this transcript speaker
	busy    bool   // being worked out (a delegation of a delegation)
}

// namedSide is the country of "the X side" in a sentence, or "".
func (sd sides) namedSide(st *sentence) string {
	if c, ok := sd.sentenceMemo[st.idx]; ok {
		return c
	}
	c := ""
	for i := 0; i+1 < len(st.words); i++ {
		if sd.lex.sideWord[st.words[i+1].Fold] {
			if c = countryOf(st.match(i)); c != "" {
				break
			}
		}
	}
	sd.sentenceMemo[st.idx] = c
	return c
}

// of guesses the country of a person whose title names none, as country
// and sideOf (the transcript speaker whose side the person is on); see
// side for the reasons, in order.
func (sd sides) of(cl *cluster) (country, sideOf string) {
	s := sd.side(cl)
	return s.country, s.speaker
}

func (sd sides) side(cl *cluster) sideOf {
	if r, ok := sd.memo[cl]; ok {
		return r
	}
	sd.memo[cl] = sideOf{busy: true}
	r := sd.find(cl)
	sd.memo[cl] = r
	return r
}

// find: the country of another of the person's titles; what the text says
// of the person (a delegation, "on behalf of", "his X counterpart"); the
// speaker's when a transcript speaker names a colleague; the "X side" the
// sentence speaks of; else the outlet's or the host's country (fallback).
func (sd sides) find(cl *cluster) sideOf {
	if c := sd.people.country[cl]; c != "" {
		return sideOf{country: c, firm: true}
	}
	if c := sd.fromText(cl); c != "" {
		return sideOf{country: c, firm: true}
	}
	if c := sd.presidentsCountry(cl); c != "" {
		return sideOf{country: c, firm: true}
	}
	if c := sd.localOfficeCountry(cl); c != "" {
		return sideOf{country: c, firm: true}
	}
	if i, ok := sd.people.first[cl.name]; ok {
		st := sd.doc.sents[i]
		if speaker := sd.speech[st.idx].speaker; st.turn >= 0 && speaker != "" && speaker != cl.name {
			if sp := sd.people.byName[speaker]; sp != nil && sd.people.country[sp] != "" {
				return sideOf{country: sd.people.country[sp]} // a guess, as a colleague may be of either side
			}
			return sideOf{speaker: speaker}
		}
		if c := sd.namedSide(st); c != "" {
			return sideOf{country: c, firm: true} // "the Russian side is represented by X"
		}
	}
	s := sd.fallback(cl)
	if z := sd.text.notOf[cl.name]; z != "" && s.country == z {
		return sideOf{} // "A hosted his counterpart from Z": a guess of Z for A is surely wrong
	}
	return s
}

// textSides is what the sentences say of the sides people act for, read
// in one pass over the document (each rule looks at a sentence once, and
// finds the mention it binds by offset), the first statement about a
// person winning:
//   - "X is accompanied by A, B", "A accompanied X": A (and B) came with
//     X (retinue: the names);
//   - "A signed ... on behalf of Y", "on behalf of Y by A", "Y was
//     represented by (its minister) A": A acts for Y (bound);
//   - "A and his Z counterpart B", "A hosted his counterpart from Z",
//     "welcomed A to Z": A is not of Z (notOf);
//
// and the counts of the countries the document names, and its first
// principal.
type textSides struct {
	retinue      map[string]string // person -> the person they came with
	bound        map[string]string // person -> country
	notOf        map[string]string // person -> the country they are not of
	counts       map[string]int
	firstPrincip string
	// met: the countries of those each person met (an empty set: people of
	// no known country; no entry: they met nobody)
	met map[string]map[string]bool
}

func (sd sides) readText() *textSides {
	ts := &textSides{retinue: map[string]string{}, bound: map[string]string{}, notOf: map[string]string{}, counts: map[string]int{}}
	setOnce := func(m map[string]string, k, v string) {
		if _, ok := m[k]; !ok && k != "" && v != "" {
			m[k] = v
		}
	}
	var order []string     // the countries in the order the document names them
	pairs := [2][]string{} // the people of its first and second country ("the ministers of the two countries, X and Y")
	for _, st := range sd.doc.sents {
		ms := sd.people.mentions[st.idx]
		for _, g := range st.gaz {
			if g.Country != nil && (g.Kind == gazetteer.MatchCountry || g.Kind == gazetteer.MatchDemonym) && g.Country.Kind == gazetteer.KindCountry {
				if ts.counts[g.Country.Name] == 0 {
					order = append(order, g.Country.Name)
				}
				ts.counts[g.Country.Name]++
			}
		}
		if len(ms) == 0 {
			continue
		}
		for _, t := range sd.people.titles[st.idx] {
			if t.pair == 0 || len(t.name) == 0 {
				continue
			}
			for _, m := range ms {
				if m.s <= t.name[0].Start && t.name[0].Start < m.e {
					pairs[t.pair-1] = append(pairs[t.pair-1], m.name)
				}
			}
		}
		// the last mention ending at or before offset at, and the first
		// starting at or after it (mentions are sorted by position)
		lastBefore := func(at int) int { return sort.Search(len(ms), func(k int) bool { return ms[k].e > at }) - 1 }
		firstAfter := func(at int) int { return sort.Search(len(ms), func(k int) bool { return ms[k].s >= at }) }
		if loc := st.findIndex(sd.lex.retinue); loc != nil {
			if lead := lastBefore(loc[0]); lead >= 0 {
				for k := firstAfter(loc[1]); k < len(ms); k++ {
					if ms[k].name != ms[lead].name {
						setOnce(ts.retinue, ms[k].name, ms[lead].name)
					}
				}
			}
		}
		for _, g := range st.gaz {
			// "I am pleased to welcome Prime Minister A to City": A is the
			// guest, not of the place's country
			c := countryOf(&g)
			if g.Kind == gazetteer.MatchCity && g.City != nil {
				c = g.City.Country
			}
			if c == "" || g.Kind == gazetteer.MatchOrg {
				continue
			}
			if loc := sd.lex.welcomeTo.FindStringIndex(st.Text[:g.Start]); loc != nil {
				for k := firstAfter(loc[0]); k < len(ms) && ms[k].e <= g.Start; k++ {
					setOnce(ts.notOf, ms[k].name, c)
				}
			}
		}
		if loc := st.findIndex(sd.lex.retinueOf); loc != nil {
			// "Minister A (and B) accompanied C": the subject came with C
			if lead := firstAfter(loc[1] - 1); lead < len(ms) {
				for k := lastBefore(loc[0]); k >= 0 && !strings.ContainsAny(st.Text[ms[k].e:loc[0]], ",;:"); k-- {
					if ms[k].name != ms[lead].name {
						setOnce(ts.retinue, ms[k].name, ms[lead].name)
					}
				}
			}
		}
		for i := 0; i < len(st.words); i++ {
			m := st.match(i)
			if c := countryOf(m); c != "" && m.Kind != gazetteer.MatchOrg && m.Start == st.words[i].Start {
				switch {
				case sd.lex.onBehalf.MatchString(st.Text[max(0, m.Start-40):m.Start]):
					if strings.HasPrefix(strings.TrimLeft(st.Text[m.End:], " "), "by ") {
						if k := firstAfter(m.End); k < len(ms) {
							setOnce(ts.bound, ms[k].name, c) // "on behalf of Y by A"
						}
					} else if k := firstAfter(m.End); k < len(ms) && ms[k].s == m.End+1 && st.Text[m.End] == ' ' {
						// "co-head of the commission on behalf of Y A": a
						// title before the name it belongs to
						setOnce(ts.bound, ms[k].name, c)
					} else if k := lastBefore(m.Start); k >= 0 {
						setOnce(ts.bound, ms[k].name, c) // "A signed ... on behalf of Y"
					}
				case sd.lex.representedBy.MatchString(st.Text[m.End:min(len(st.Text), m.End+40)]):
					if k := firstAfter(m.End); k < len(ms) {
						setOnce(ts.bound, ms[k].name, c)
					}
				case m.Kind == gazetteer.MatchDemonym || sd.lex.delegationFrom.MatchString(st.Text[max(0, m.Start-40):m.Start]):
					// "a Tanzanian delegation led by the Minister ..., Y",
					// "a delegation from Tanzania led by Y": Y acts for it
					if loc := sd.lex.delegationLed.FindStringIndex(st.Text[m.End:min(len(st.Text), m.End+60)]); loc != nil {
						if k := firstAfter(m.End + loc[1]); k < len(ms) {
							setOnce(ts.bound, ms[k].name, c)
						}
					}
				}
				i = wordIndexAt(st, m.End-1)
				continue
			}
			if i > 0 && sd.lex.counterpart[st.words[i].Fold] {
				if z := countryOf(st.match(i - 1)); z != "" {
					if k := lastBefore(st.words[i-1].Start); k >= 0 {
						setOnce(ts.notOf, ms[k].name, z)
					}
				} else if _, z := counterpartFrom(sd.lex, st, i); z != "" {
					// "A hosted his counterpart from Z, B": A is not of Z either
					if k := lastBefore(st.words[i].Start); k >= 0 {
						setOnce(ts.notOf, ms[k].name, z)
					}
				}
			}
		}
	}
	if two := sd.twoCountries(order, ts.counts); two[1] != "" {
		for k, names := range pairs {
			for _, n := range names {
				setOnce(ts.bound, n, two[k])
			}
		}
	}
	// whom each person met, by their countries; the participant of the
	// document's meetings it names first
	met := map[string]bool{}
	ts.met = map[string]map[string]bool{}
	for _, m := range sd.meetings {
		for _, p := range m.Participants {
			met[p] = true
			if ts.met[p] == nil {
				ts.met[p] = map[string]bool{}
			}
		}
		for _, p := range m.Participants {
			cl := sd.people.byName[p]
			if cl == nil || sd.people.country[cl] == "" {
				continue
			}
			for _, o := range m.Participants {
				if o != p {
					ts.met[o][sd.people.country[cl]] = true
				}
			}
		}
	}
first:
	for _, st := range sd.doc.sents {
		for _, m := range sd.people.mentions[st.idx] {
			if met[m.name] {
				ts.firstPrincip = m.name
				break first
			}
		}
	}
	return ts
}

// twoCountries are "the two countries" of a document: the two it names
// most often, in the order it first names them; none where a third is
// named as often as the second.
func (sd sides) twoCountries(order []string, counts map[string]int) [2]string {
	byCount := slices.Clone(order)
	sort.SliceStable(byCount, func(i, j int) bool { return counts[byCount[i]] > counts[byCount[j]] })
	if len(byCount) < 2 || len(byCount) > 2 && counts[byCount[2]] == counts[byCount[1]] {
		return [2]string{}
	}
	a, b := byCount[0], byCount[1]
	if slices.Index(order, b) < slices.Index(order, a) {
		a, b = b, a
	}
	return [2]string{a, b}
}

// fromText is what the text says of the person's side (see textSides): the
// country of the person a retinue came with, where that is firm; a country
// signed or represented for; the other side of "his Z counterpart".
func (sd sides) fromText(cl *cluster) string {
	if lead, ok := sd.text.retinue[cl.name]; ok {
		if l := sd.people.byName[lead]; l != nil && l != cl {
			if s := sd.side(l); s.firm || !s.busy && s.country != "" && s.country == sd.home {
				return s.country
			}
		}
	}
	if c := sd.text.bound[cl.name]; c != "" {
		return c
	}
	if z := sd.text.notOf[cl.name]; z != "" {
		if sd.home != "" && sd.home != z {
			return sd.home // a home outlet's subject is its own official
		}
		return sd.otherCountry(z)
	}
	return ""
}

// otherCountry is the country other than z the document names most often,
// when one does.
func (sd sides) otherCountry(z string) string {
	best, bn, tie := "", 0, false
	for c, k := range sd.text.counts {
		switch {
		case c == z:
		case k > bn:
			best, bn, tie = c, k, false
		case k == bn:
			tie = true
		}
	}
	if tie {
		return "" // no one other country
	}
	return best
}

// fallback is the guess for a person the text says nothing of: a home
// outlet names its own officials without a country, and the guests by
// theirs. So the outlet's own country, where it is known; where the report
// is of a meeting abroad, the outlet's country for the document's first
// principal and for those who met nobody, the host's for the others.
//
// A meeting abroad has the outlet's side and the host's: a person who met
// someone of the outlet's country is the host's, one who met someone of
// the host's country the outlet's; failing that, the document's first
// principal is the outlet's own.
//
// A President no country's guess fits (no outlet's, no host's, or a
// monarchy's, which has no President) is of the one country the document
// names that may have them free (freeCountry).
func (sd sides) fallback(cl *cluster) sideOf {
	s := sd.fallbackGuess(cl)
	if s.country != "" && (sd.heldByAnother(cl, s.country) || sd.noSuchOffice(cl, s.country)) {
		// the country's holder of the office is someone else, or the
		// country has no such office: the other side of the report
		other, firm := sd.host, false
		if other == "" || other == s.country || sd.heldByAnother(cl, other) || sd.noSuchOffice(cl, other) {
			other, firm = sd.freeCountry(cl)
		}
		return sideOf{country: other, firm: firm}
	}
	if s.country == "" && sd.republicOffice(cl) && !(sd.home == "" && sd.atEvent(cl)) {
		c, firm := sd.freeCountry(cl)
		return sideOf{country: c, firm: firm}
	}
	return s
}

// republicOffice: the person holds, with no country, an office a monarchy
// does not have (lexicon republic-office: President, Vice President).
func (sd sides) republicOffice(cl *cluster) bool {
	for _, ro := range cl.roles {
		if ro.Country == "" && sd.lex.republicOffice[strings.ToLower(ro.Role)] {
			return true
		}
	}
	return false
}

// noSuchOffice: the person's office with no country is one country c, a
// monarchy (data/monarchies.tsv), does not have.
func (sd sides) noSuchOffice(cl *cluster, c string) bool {
	return sd.gz != nil && sd.gz.Monarchy(c) && sd.republicOffice(cl)
}

// freeCountry is the country a person of a sole office (a President) the
// text gives no country is of, when the guess is a country whose holder the
// text names: one the document names whose holder of that office it does
// not name; of those, the one the sentence of the person's first mention
// names ("the refusal of the Peruvian Congress to let President X
// travel"), which is firm (no other document's guess overrules it), else
// the one the document names most often, when one does.
func (sd sides) freeCountry(cl *cluster) (string, bool) {
	free := func(c string) bool { return c != "" && !sd.heldByAnother(cl, c) && !sd.noSuchOffice(cl, c) }
	if i, ok := sd.people.first[cl.name]; ok {
		inSentence := ""
		for _, g := range sd.doc.sents[i].gaz {
			if g.Country == nil || g.Country.Kind != gazetteer.KindCountry ||
				g.Kind != gazetteer.MatchCountry && g.Kind != gazetteer.MatchDemonym || !free(g.Country.Name) {
				continue
			}
			if inSentence != "" && inSentence != g.Country.Name {
				inSentence = ""
				break // two free countries: the sentence does not decide
			}
			inSentence = g.Country.Name
		}
		if inSentence != "" {
			return inSentence, true
		}
	}
	best, bn, tie := "", 0, false
	for c, k := range sd.text.counts {
		switch {
		case !free(c):
		case k > bn:
			best, bn, tie = c, k, false
		case k == bn:
			tie = true
		}
	}
	if tie {
		return "", false
	}
	return best, false
}

// heldByAnother: another person of the document holds one of the person's
// sole offices (a country's one President) for country c: a title says so,
// or, c being the outlet's own country, one named before them holds it with
// no country and is taken to be of c (two Prime Ministers a home outlet
// names bare are not both its own: the first is).
func (sd sides) heldByAnother(cl *cluster, c string) bool {
	first, named := sd.firstMention(cl.name)
	for _, ro := range cl.roles {
		if !sd.lex.sole(ro.Role) {
			continue
		}
		if o := sd.people.byRole[role{Role: ro.Role, Country: c}]; o != nil && o != cl {
			return true
		}
		if !named || ro.Country != "" || sd.home != c {
			continue
		}
		for _, o := range sd.people.list {
			if o == cl || !holdsBare(o, ro.Role) {
				continue
			}
			if k, ok := sd.firstMention(o.name); !ok || !before(k, first) {
				continue
			}
			if s := sd.side(o); !s.busy && s.country == c {
				return true
			}
		}
	}
	return false
}

// firstMention is where the person is first named: the sentence's index
// and the mention's offset in it.
func (sd sides) firstMention(name string) ([2]int, bool) {
	i, ok := sd.people.first[name]
	if !ok {
		return [2]int{}, false
	}
	for _, m := range sd.people.mentions[i] {
		if m.name == name {
			return [2]int{i, m.s}, true
		}
	}
	return [2]int{i, 0}, true
}

// before reports whether mention position a comes before b.
func before(a, b [2]int) bool { return a[0] < b[0] || a[0] == b[0] && a[1] < b[1] }

// holdsBare: the person holds the office with no country.
func holdsBare(cl *cluster, office string) bool {
	for _, ro := range cl.roles {
		if ro.Role == office && ro.Country == "" {
			return true
		}
	}
	return false
}

func (sd sides) fallbackGuess(cl *cluster) sideOf {
	switch {
	case sd.home == "" && sd.selfNamed != "" && sd.host != "" && sd.selfNamed != sd.host && sd.text.met[cl.name][sd.host]:
		// an outlet that says its country in brackets ("news.example (Fiji
		// news service)") though the text never names it: one who met
		// someone of the host's country abroad is the outlet's own
		return sideOf{country: sd.selfNamed, firm: true}
	case sd.home == "" && sd.host != "" && metOnly(sd.text.met[cl.name], sd.host):
		// one who met only the host's officials, the report being of no
		// known outlet, is the guest: of the country the dateline files
		// from, when it is not the host's ("CAPITAL, May 3 /AGENCY/ - X met
		// the host's minister ... in City"), else of the one other country
		// the document names most; with none named, a meeting at home
		if c := sd.datelineCountry(); c != "" && c != sd.host {
			return sideOf{country: c}
		}
		if c := sd.otherCountry(sd.host); c != "" {
			return sideOf{country: c}
		}
		return sideOf{country: sd.host} // no other country named: a meeting at home
	case sd.home == "" && sd.atEvent(cl):
		// at a summit's sidelines most who meet are guests of the host
		// country: no guess
		return sideOf{}
	case sd.home == "":
		return sideOf{country: sd.host}
	case sd.host == "" || sd.host == sd.home:
		return sideOf{country: sd.home}
	}
	met := sd.text.met[cl.name]
	switch {
	case met == nil:
		return sideOf{country: sd.home} // met nobody
	case met[sd.home]:
		return sideOf{country: sd.host}
	case met[sd.host]:
		return sideOf{country: sd.home, firm: true}
	case sd.text.firstPrincip == cl.name:
		return sideOf{country: sd.home, firm: true}
	}
	return sideOf{country: sd.host}
}

// localOfficeCountry is the country of the place a local office of the
// person's names ("Mayor of City", "Governor of X Region": lexicon
// local-office, then "of" and a city or region of the tables), or "": the
// place is the country's, whoever the document is about. An office of
// another kind that names a city ("Ambassador in City") says nothing of
// the holder's country.
func (sd sides) localOfficeCountry(cl *cluster) string {
	if sd.gz == nil {
		return ""
	}
	for _, ro := range cl.roles {
		head, place, ok := strings.Cut(ro.Role, " of ")
		if ro.Country != "" || !ok || !sd.lex.localOffice[strings.ToLower(head)] {
			continue
		}
		place = strings.TrimPrefix(place, "the ")
		if r, ok := sd.gz.Region(place); ok && r.Country != "" {
			return r.Country
		}
		for _, m := range sd.gz.Scan(place) {
			if m.Kind == gazetteer.MatchCity && m.City != nil && m.Start == 0 {
				return m.City.Country
			}
		}
	}
	return ""
}

// atEvent: the document's meetings (some at a larger event: a summit, an
// assembly) are all at events, and the person took part in one.
func (sd sides) atEvent(cl *cluster) bool {
	in, event := false, false
	for _, m := range sd.meetings {
		if m.Occasion != "" {
			event = true
		}
		if slices.Contains(m.Participants, cl.name) {
			in = true
		}
	}
	return in && event
}

// metOnly: the countries of those a person met are c alone.
func metOnly(met map[string]bool, c string) bool {
	return len(met) == 1 && met[c]
}

// datelineCountry is the country of the dateline's city, or "".
func (sd sides) datelineCountry() string {
	if sd.gz == nil || sd.doc.seg.Dateline == "" {
		return ""
	}
	if c, ok := sd.gz.City(sd.doc.seg.Dateline); ok {
		return c.Country
	}
	return ""
}

// homeCountry is the outlet's own country: the country its source names
// ("The Herald (Zimbabwe)", "Ministry of Foreign Affairs of Japan", "The
// Jakarta Post"), else the country code of its address (".pk", ".gov.au";
// a code sold as a generic domain counts only under a registry label,
// ".gov.md"), each only when the text names that country; else the
// country of the dateline's city ("KATHMANDU, March 29 –"), unless the
// report is of a larger event (atEvent).
func (r *reader) homeCountry(doc *document, atEvent bool) string {
	// a government's own site speaks for it whatever the text names
	gov := r.governmentSite(doc.doc.URL)
	if c := r.sourceCountry(doc.doc.Source); c != "" && (doc.mentioned[c] || gov) {
		return c
	}
	if c := r.addressCountry(doc.doc.URL); c != "" && (doc.mentioned[c] || gov) {
		return c
	}
	d := doc.seg.Dateline
	if d == "" && len(doc.seg.Turns) > 0 && strings.TrimSpace(doc.doc.Text[:doc.seg.Turns[0].Label.Start]) == "" {
		// "CITY: text" at the top of the body reads like a speaker label
		if _, ok := r.gz.City(doc.seg.Turns[0].Speaker); ok {
			d = doc.seg.Turns[0].Speaker
		}
	}
	if d != "" && !r.agencyDateline(doc) && !atEvent {
		// (a report from a summit is filed from the summit's city: that
		// says nothing of the outlet)
		if c, ok := r.gz.City(d); ok && c.Country != "" {
			return c.Country
		}
		for _, m := range r.gz.Scan(d) {
			if m.Kind == gazetteer.MatchCountry && m.Country != nil && m.Country.Kind == gazetteer.KindCountry {
				return m.Country.Name
			}
		}
	}
	return ""
}

// agencyDateline: the dateline is a wire agency's bureau ("SYDNEY
// (Reuters) –", "HAVANA /TASS/."): where the agency filed from, not whose
// report it is.
func (r *reader) agencyDateline(doc *document) bool {
	sp := doc.seg.DatelineSpan
	if sp.End <= sp.Start || sp.End > len(doc.doc.Text) {
		return false
	}
	after := doc.doc.Text[sp.End:min(len(doc.doc.Text), sp.End+48)]
	for _, m := range r.gz.Scan(after) {
		if m.Kind == gazetteer.MatchInstitution && m.Country == nil {
			return true
		}
	}
	return false
}

// selfNamedCountry is the country an outlet's name says it is of, whether
// or not the text names it: the one in brackets ("Daily News (Malawi)"),
// else one in the name itself ("The Vanuatu Herald", "The Jakarta Post").
func (r *reader) selfNamedCountry(source string) string {
	if c := r.sourceCountry(bracketed(source)); c != "" {
		return c
	}
	return r.sourceCountry(source)
}

// bracketed is the text inside the last pair of round brackets of s, or "".
func bracketed(s string) string {
	e := strings.LastIndexByte(s, ')')
	if e < 0 {
		return ""
	}
	b := strings.LastIndexByte(s[:e], '(')
	if b < 0 {
		return ""
	}
	return s[b+1 : e]
}

func (r *reader) sourceCountry(source string) string {
	for _, m := range r.gz.Scan(source) {
		switch {
		case m.Country == nil:
		case m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym:
			if m.Country.Kind == gazetteer.KindCountry {
				return m.Country.Name
			}
		case m.Kind == gazetteer.MatchCity && m.City != nil && m.City.Capital:
			return m.Country.Name
		}
	}
	return ""
}

// governmentSite: an address under a country's government label
// ("pm.gov.au", "mofa.go.jp").
func (r *reader) governmentSite(address string) bool {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil {
		return false
	}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	return len(labels) >= 3 && r.byTLD[labels[len(labels)-1]] != "" && r.lex.governmentLabel[labels[len(labels)-2]]
}

func (r *reader) addressCountry(address string) string {
	u, err := url.Parse(strings.TrimSpace(address))
	if err != nil || u.Hostname() == "" {
		return ""
	}
	labels := strings.Split(strings.TrimSuffix(strings.ToLower(u.Hostname()), "."), ".")
	if len(labels) < 2 {
		return ""
	}
	tld := labels[len(labels)-1]
	if r.lex.genericTLD[tld] && !r.lex.secondLevel[labels[len(labels)-2]] {
		return ""
	}
	return r.byTLD[tld]
}
