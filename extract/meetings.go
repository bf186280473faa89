package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/diplograph/diplograph/extract/dates"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// meetingsFound is what the meetings stage finds: the meetings, and the
// country the document's main meeting is held in, which decides the side of
// a person whose title names no country (see sides).
type meetingsFound struct {
	meetings []fact.Meeting
	host     string
}

// maxParticipants is the most people a sentence can say met; a longer list
// is a delegation or a guest list.
const maxParticipants = 4

type meetingDraft struct {
	people []string
	has    map[string]bool // the people, as a set
	sents  []*sentence
	// ctxAt: 1 + the index of sents from which on they only speak of the
	// meeting; 0 when none do (the zero value, for drafts made elsewhere)
	ctxAt int
	call  bool
	k     int // its index in the draftIndex
	// plans: per sentence index, the clauses about a meeting still to come
	// (see heldDespitePlans); their places and dates are not this meeting's
	plans map[int][][2]int
}

// inPlan reports whether byte offset at of sentence idx lies in a clause
// about a meeting still to come.
func (m *meetingDraft) inPlan(idx, at int) bool {
	for _, sp := range m.plans[idx] {
		if sp[0] <= at && at < sp[1] {
			return true
		}
	}
	return false
}

func newDraft(people []string, sents []*sentence, call bool) *meetingDraft {
	m := &meetingDraft{sents: sents, call: call, has: map[string]bool{}}
	m.add(people...)
	return m
}

// add appends the people the draft does not hold yet.
func (m *meetingDraft) add(people ...string) {
	for _, p := range people {
		if !m.has[p] {
			m.has[p] = true
			m.people = append(m.people, p)
		}
	}
}

// holdsAll reports whether ps is non-empty and every one of them is in m.
func (m *meetingDraft) holdsAll(ps []string) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if !m.has[p] {
			return false
		}
	}
	return true
}

// draftIndex finds the in-person draft a sentence's people belong to
// without looking at every draft: by person (a draft that holds all of
// them) and by the exact set of a small draft's people (a draft whose people
// are among them). Drafts keep the order they were made in, and the first
// that fits wins.
type draftIndex struct {
	drafts   []*meetingDraft
	byPerson map[string][]int
	bySet    map[string][]int // key of a draft's people while it has few; entries go stale as drafts grow
}

func newDraftIndex() *draftIndex {
	return &draftIndex{byPerson: map[string][]int{}, bySet: map[string][]int{}}
}

func setKey(people []string) string {
	s := slices.Clone(people)
	slices.Sort(s)
	return strings.Join(s, "\x00")
}

func (ix *draftIndex) add(m *meetingDraft) {
	m.k = len(ix.drafts)
	ix.drafts = append(ix.drafts, m)
	ix.index(m, m.people)
}

func (ix *draftIndex) index(m *meetingDraft, added []string) {
	if m.call || len(added) == 0 {
		return
	}
	for _, p := range added {
		if l := ix.byPerson[p]; len(l) == 0 || l[len(l)-1] != m.k {
			ix.byPerson[p] = append(l, m.k)
		}
	}
	if len(m.people) <= maxParticipants {
		k := setKey(m.people)
		ix.bySet[k] = append(ix.bySet[k], m.k)
	}
}

// grow adds people to draft m and indexes the new ones.
func (ix *draftIndex) grow(m *meetingDraft, people []string) {
	var added []string
	for _, p := range people {
		if !m.has[p] && !slices.Contains(added, p) {
			added = append(added, p)
		}
	}
	m.add(added...)
	ix.index(m, added)
}

// place gives the first draft whose people contain the sentence's or are
// contained in them, or nil. people are at most maxParticipants.
func (ix *draftIndex) place(people []string) *meetingDraft {
	best := -1
	// a draft holding all of them is on the shortest list of one of them
	var shortest []int
	for i, p := range people {
		if l := ix.byPerson[p]; i == 0 || len(l) < len(shortest) {
			shortest = l
		}
	}
	for _, k := range shortest {
		if ix.drafts[k].holdsAll(people) {
			best = k
			break
		}
	}
	// a draft whose people are among them has one of their subsets as its set
	for mask := 1; mask < 1<<len(people); mask++ {
		var sub []string
		for i, p := range people {
			if mask&(1<<i) != 0 {
				sub = append(sub, p)
			}
		}
		for _, k := range ix.bySet[setKey(sub)] {
			if best >= 0 && k >= best {
				break
			}
			if m := ix.drafts[k]; len(m.people) == len(sub) && m.holdsAll(sub) {
				best = k
				break
			}
		}
	}
	if best < 0 {
		return nil
	}
	return ix.drafts[best]
}

// meetings finds who met whom: the people named in sentences about a
// meeting, and the speakers of a transcript.
func (x *Extractor) meetings(doc *document, p *people, sp []speech, dated datedSentences, occasion string) meetingsFound {
	var found meetingsFound
	var main *meetingDraft
	var context, past []*sentence
	speakers := []string{}
	for _, cl := range p.speakers {
		if !slices.Contains(speakers, cl.name) {
			speakers = append(speakers, cl.name)
		}
	}
	sort.Strings(speakers)
	ix := newDraftIndex()
	if len(speakers) > 0 {
		main = newDraft(speakers, nil, false)
		ix.add(main)
	}
	near := x.nearbyCalls(doc)
	styled := x.styleAnaphora(doc, p)
	plans := map[int][][2]int{}
	var bare *sentence // the last sentence of talks held that names nobody who met
	for _, st := range doc.sents {
		c := x.contactIn(st, p.mentions[st.idx])
		strong, call, ctxWord := c.strong, c.call, c.context
		var later [][2]int // clauses of the sentence about a meeting still to come
		if (ctxWord || strong || call) && anyMatch(x.lex.otherMeeting, st) {
			var held bool
			if later, held = x.heldDespitePlans(p, st); !held || !strong && !call {
				continue
			}
			plans[st.idx] = later
		}
		if (ctxWord || strong) && !call && anyMatch(x.lex.pastMeeting, st) && !x.pastOnlyInAside(st, strong) {
			// "the two leaders last met in Rome in 2019": not this
			// meeting, perhaps one of its own (see pastMeetings)
			past = append(past, st)
			continue
		}
		if strong && x.lex.arrival.MatchString(st.Text) {
			// "at the airport, he was welcomed by X": a protocol welcome
			strong = false
		}
		if ctxWord {
			context = append(context, st)
		}
		if !strong && !call && st.matches(x.lex.contactPhrase) {
			// "X spoke with Y": a call if the paragraph says so
			call = near.call(st.idx)
		}
		if !strong && !call {
			if bare != nil && st.idx-bare.idx <= 2 {
				if heads := x.sideHeads(p, st); len(heads) >= 2 {
					// "Chile and Peru held consultations in Lima on
					// Monday. The Chilean delegation was led by A, the
					// Peruvian side by B": the heads of the sides are
					// who met, where and when the talks were
					main = x.addMeeting(ix, main, heads, bare)
					bare = nil
				}
			}
			continue
		}
		if at := firstMatch(x.lex.delegation, st); at >= 0 && mentionsBefore(p.mentions[st.idx], at) < 2 {
			// a delegation list names who came along, not who met; after
			// those who met ("X received Y, who was accompanied by Z") it
			// only ends the list of participants (see participants); as
			// the sentence's opening phrase ("Accompanied by A and B, X
			// met Y") it ends at the last comma before the meeting words
			end := -1
			if strings.TrimSpace(st.Text[:at]) == "" && c.at > at {
				end = strings.LastIndex(st.Text[:c.at], ",")
			}
			if end <= at {
				continue
			}
			later = append(later, [2]int{at, end})
		}
		if !call {
			subject, others := x.separateMeetings(p, st, sp[st.idx], c.at)
			if len(later) > 0 {
				others = outside(p.mentions[st.idx], others, later)
			}
			if len(others) > 0 {
				// "X held separate meetings with A and B": one meeting each
				for _, o := range others {
					main = x.addMeeting(ix, main, []string{subject, o}, st)
				}
				continue
			}
		}
		people := x.participants(p, st, sp[st.idx])
		people = appendNew(people, styled[st.idx]...)
		if len(later) > 0 {
			people = outside(p.mentions[st.idx], people, later)
		}
		if len(dated.dates[st.idx]) == 0 && x.allFormer(p, st, people) {
			// "the accords which former leaders A and B signed after
			// years of talks": a look back, not the meeting reported
			continue
		}
		if len(people) > maxParticipants {
			// too many to have met: a guest list
			continue
		}
		if call {
			if len(people) >= 2 {
				// one conversation per pair of a document, however often told
				if m := sameCall(ix.drafts, people); m != nil {
					m.sents = append(m.sents, st)
				} else {
					ix.add(newDraft(people, []*sentence{st}, true))
				}
			}
			continue
		}
		if len(people) == 0 {
			if !call {
				bare = st
			}
			continue
		}
		if main != nil && x.lex.join.MatchString(st.Text) {
			// "X and Y also attended": they joined the event reported
			ix.grow(main, people)
			continue
		}
		if main != nil && !slices.ContainsFunc(people, func(n string) bool { return slices.Contains(main.people, n) }) && x.onlyBackReference(st) {
			// "the declaration signed during the visit by the foreign
			// ministers A and B": people at the event reported, named
			// by what they did there, not a meeting of their own; the
			// sentence's speaker is only its source
			var named []string
			for _, n := range people {
				if n != sp[st.idx].speaker && slices.ContainsFunc(p.mentions[st.idx], func(m personMention) bool { return m.name == n }) {
					named = append(named, n)
				}
			}
			ix.grow(main, named)
			continue
		}
		main = x.addMeeting(ix, main, people, st)
	}
	for _, m := range ix.drafts {
		if !m.call && len(m.sents) > 0 && near.call(m.sents[0].idx) && near.anaphora(m.sents[0].idx) {
			// "X held talks with Y. The telephone conversation concerned
			// ...": the talks were a call
			m.call = true
		}
	}
	if main != nil && !main.call && len(main.sents) > 0 && len(ix.drafts) == 1 && !x.placedInPerson(p, main) && x.laterCallAnaphora(doc, dated, main.sents[0].idx) {
		// "X held talks with Y on Monday. ... During the phone call, X
		// invited Y": the one contact the report tells of, placed
		// nowhere, is called a call further on
		main.call = true
	}
	if main != nil && !main.call && len(main.sents) > 0 && x.callTitle(doc) && !x.placedInPerson(p, main) {
		// "X and Y hold phone talks" over "X held talks with Y on
		// Monday": the headline says how the talks it reports were held
		main.call = true
	}
	for _, m := range ix.drafts {
		m.plans = plans
	}
	if main != nil && main.call {
		main = nil
		for _, m := range ix.drafts {
			if !m.call {
				main = m
				break
			}
		}
	}
	if main != nil {
		// the sentences that only speak of a meeting; not one that reports
		// a meeting of other people, whose city and day are that one's
		// ("X received Y on Tuesday. ... A met B in City on Wednesday.");
		// one of the same visit may tell its place ("on a visit to City,
		// during which X also met Z")
		others := map[int]bool{}
		for _, m := range ix.drafts {
			if m != main && len(m.people) >= 2 && !slices.ContainsFunc(m.people, func(n string) bool { return main.has[n] }) {
				for _, st := range m.sents {
					others[st.idx] = true
				}
			}
		}
		main.ctxAt = len(main.sents) + 1
		for _, st := range context {
			if !others[st.idx] || slices.Contains(main.sents, st) {
				main.sents = append(main.sents, st)
			}
		}
	}
	// also without a meeting: the dateline still says where the report is from
	mainPlace := x.meetingPlace(doc, p, main, dated)
	if main != nil && len(main.people) >= 2 && mainPlace.city == "" {
		// news sites file the story under a slug that often ends with
		// its place ("...-meets-prime-minister-in-x")
		if c := x.slugCity(doc, p); c != nil && (mainPlace.country == "" || mainPlace.country == c.Country) && !x.otherEventCity(doc, p, c, dated) {
			mainPlace = place{city: c.Name, country: c.Country, inferred: true}
		}
	}
	mainCity, mainCountry := mainPlace.city, mainPlace.country
	found.host = mainCountry
	var mainDate, mainDateSource string
	for _, m := range ix.drafts {
		if len(m.people) < 2 && !(m == main && len(doc.seg.Turns) > 0) {
			continue
		}
		mt := fact.Meeting{Kind: "meeting", Participants: m.people}
		if m.call {
			mt.Kind = "call"
		}
		if len(m.sents) > 0 {
			mt.Evidence = m.sents[0].evidence()
		} else if len(doc.sents) > 0 {
			mt.Evidence = doc.sents[0].evidence()
		}
		mt.Date, mt.DateSource = x.meetingDate(doc, m, dated)
		if mt.DateSource != "text" {
			// "On the sidelines of the fair, he met Y": the day of the
			// sentence before that dates the fair
			if st, _, ok := x.sidelineEvent(doc, p, m, dated); ok {
				for _, dm := range dated.dates[st.idx] {
					if dm.Date != "" && !x.reportingDate(st, dm.Span.Start) {
						mt.Date, mt.DateSource = dm.Date, "text"
						break
					}
				}
			}
		}
		if !m.call {
			pl := mainPlace
			if m == main {
				mainDate, mainDateSource = mt.Date, mt.DateSource
			} else {
				pl = x.meetingPlace(doc, p, m, dated)
			}
			if m != main && main != nil && mainCity != "" && pl.city == "" && (x.sameVisit(p, main, m, mainCountry, occasion) || x.alsoThere(p, main, m, mainCountry, dated)) {
				// "X also met Y", "on the sidelines": where the main
				// meeting was, and when, unless its own sentences say
				pl = mainPlace
				if mt.DateSource != "text" && (mainDateSource == "text" || mainDateSource == "dateline") {
					mt.Date, mt.DateSource = mainDate, mainDateSource
				}
			} else if m != main && main != nil && pl.city == mainCity && mt.DateSource != "text" && mainDateSource == "text" && x.sameVisit(p, main, m, mainCountry, occasion) {
				// "JAKARTA, Sept 7 – X had a pull-aside with A on
				// Wednesday. He also held one with B.": the day the main
				// meeting's sentence tells, not the dateline's
				mt.Date, mt.DateSource = mainDate, mainDateSource
			}
			mt.City, mt.Country, mt.CityAsWritten, mt.CityInferred = pl.city, pl.country, pl.written, pl.inferred
			if m == main {
				mt.Occasion = occasion
			}
		}
		sort.Strings(mt.Participants)
		found.meetings = append(found.meetings, mt)
	}
	found.meetings = append(found.meetings, x.pastMeetings(doc, p, sp, dated, past, main)...)
	found.meetings = append(found.meetings, x.earlierVisits(doc, p, dated, main, mainDate)...)
	return found
}

// pastMeetings makes a meeting of each sentence about an earlier one that
// says where and when it was: "The two leaders last met in Rome in 2019",
// "last year's visit by X to City". Its participants are the people it
// names, two or more, or, where it names fewer or speaks of "the two
// leaders", the main meeting's; its place and date are its own (no
// dateline, no publication date: those are the report's). A sentence that
// does not place and date the earlier meeting names none.
func (x *Extractor) pastMeetings(doc *document, p *people, sp []speech, dated datedSentences, past []*sentence, main *meetingDraft) []fact.Meeting {
	var out []fact.Meeting
	for _, st := range past {
		people := x.participants(p, st, sp[st.idx])
		if len(people) < 2 && main != nil && len(main.people) >= 2 && !main.call {
			within := true
			for _, who := range people {
				within = within && main.has[who]
			}
			if within {
				people = main.people
			}
		}
		if len(people) < 2 || len(people) > maxParticipants {
			continue
		}
		d := newDraft(people, []*sentence{st}, false)
		pl := place{}
		for k, g := range st.gaz {
			if g.Kind == gazetteer.MatchCity && g.City != nil && x.lex.isLocative(st, k) && !partOfName(p.mentions[st.idx], g) {
				pl = cityPlace(x.namesake(doc, g), g.Text)
				break
			}
		}
		if pl.city == "" {
			if v, ok := x.venuePlace(doc, p, d); ok {
				pl = v
			}
		}
		date := ""
		for _, dm := range dated.dates[st.idx] {
			if dm.Date != "" && !x.reportingDate(st, dm.Span.Start) {
				date = dm.Date
				break
			}
		}
		if date == "" {
			if period, _, ok := x.dates.FindPeriod(st.toks, dated.ref.parsed); ok && !strings.Contains(period, "/") {
				date = period // "last year's visit": the year
			}
		}
		if pl.city == "" || date == "" {
			continue
		}
		mt := fact.Meeting{Kind: "meeting", Participants: slices.Clone(people), City: pl.city, Country: pl.country,
			CityAsWritten: pl.written, Date: date, DateSource: "text", Evidence: st.evidence()}
		sort.Strings(mt.Participants)
		out = append(out, mt)
	}
	return out
}

// earlierVisits makes a meeting of the main meeting's people from each
// sentence that only speaks of it and tells of an earlier visit or meeting
// of theirs, placed and dated apart from this one ("Y visited Nairobi in
// June 2023, when the two leaders signed a pact"): a past verb of talks or
// a visit, a city right by a date weeks before the main meeting, and no
// one else named.
func (x *Extractor) earlierVisits(doc *document, p *people, dated datedSentences, main *meetingDraft, date string) []fact.Meeting {
	if main == nil || main.call || main.ctxAt == 0 || len(main.people) < 2 || len(date) < len("2006-01") {
		return nil
	}
	var out []fact.Meeting
	for _, st := range main.sents[main.ctxAt-1:] {
		ours := false
		named := map[string]bool{}
		for _, m := range p.mentions[st.idx] {
			if !main.has[m.name] {
				ours = false
				break
			}
			ours = true
			named[m.name] = true
		}
		if !ours || !x.heldOrVisited(st) {
			continue
		}
		// one of them named alone went somewhere ("X had visited Y in
		// January"): a meeting of theirs only in the country of one not
		// named, whom the visit was to; "when the two leaders met" names
		// both by the words of the pair (pair-together)
		hosts := map[string]bool{}
		if len(named) < 2 && !x.lex.pairTogether.MatchString(st.Text) {
			for _, who := range main.people {
				if cl := p.byName[who]; cl != nil && !named[who] && p.country[cl] != "" {
					hosts[p.country[cl]] = true
				}
			}
			if len(hosts) == 0 {
				continue
			}
		}
		for k, g := range st.gaz {
			if g.Kind != gazetteer.MatchCity || g.City == nil || !x.lex.isLocative(st, k) || partOfName(p.mentions[st.idx], g) {
				continue
			}
			if len(hosts) > 0 && !hosts[g.City.Country] {
				continue
			}
			d := x.dateBy(st, g, dated)
			if d == "" || d >= date || fact.DatesCompatible(d, date) || !farFromReport(fullDay(d), date) {
				continue
			}
			pl := cityPlace(x.namesake(doc, g), st.Text[g.Start:g.End])
			out = append(out, fact.Meeting{Kind: "meeting", Participants: slices.Sorted(slices.Values(main.people)),
				City: pl.city, Country: pl.country, CityAsWritten: pl.written, Date: d, DateSource: "text", Evidence: st.evidence()})
			break
		}
	}
	return out
}

// heldOrVisited reports whether a sentence has a past verb of talks or a
// visit with no modal before it ("visited", "met", "held talks").
func (x *Extractor) heldOrVisited(st *sentence) bool {
	for i, w := range st.words {
		if !x.lex.heldVerb[w.Fold] && w.Fold != "visited" {
			continue
		}
		modal := false
		for j := max(0, i-2); j < i; j++ {
			modal = modal || x.lex.modalWord[st.words[j].Fold]
		}
		if !modal {
			return true
		}
	}
	return false
}

// dateBy is the date of the sentence written right by the city mention g
// (see otherTime), or "".
func (x *Extractor) dateBy(st *sentence, g gazetteer.Match, dated datedSentences) string {
	for _, dm := range dated.dates[st.idx] {
		if dm.Date == "" {
			continue
		}
		after := dm.Span.Start >= g.End && dm.Span.Start-g.End <= 24 && !strings.ContainsAny(st.Text[g.End:dm.Span.Start], ",;")
		before := dm.Span.End <= g.Start && g.Start-dm.Span.End <= 12 && !strings.ContainsAny(st.Text[dm.Span.End:g.Start], ",;")
		if after || before || opensSentence(st, dm, g) {
			return dm.Date
		}
	}
	return ""
}

// fullDay completes a partial ISO date to its last possible day's start
// ("2023-06" -> "2023-06-28", "2023" -> "2023-12-28"): late enough that a
// month or year is "weeks before" a date only when it is.
func fullDay(d string) string {
	switch len(d) {
	case len("2006"):
		return d + "-12-28"
	case len("2006-01"):
		return d + "-28"
	}
	return d
}

// alsoThere reports a meeting that names no city or time of its own, that
// shares a participant with the main meeting, held abroad by all of its
// people, and says it came on top of it ("X met Y in City on Monday. She
// also met Z"): the main meeting was at an event or on a tour, where a
// leader of a third country is met as well (also-met pattern).
func (x *Extractor) alsoThere(p *people, main, m *meetingDraft, mainCountry string, dated datedSentences) bool {
	if len(m.sents) == 0 || mainCountry == "" || !x.lex.alsoMet.MatchString(m.sents[0].Text) {
		return false
	}
	for _, dm := range dated.dates[m.sents[0].idx] {
		if dm.Date != "" {
			return false
		}
	}
	shared := false
	for _, who := range m.people {
		shared = shared || main.has[who]
	}
	if !shared {
		return false
	}
	for _, who := range main.people {
		cl := p.byName[who]
		if cl == nil || p.country[cl] == "" || p.country[cl] == mainCountry {
			return false // a host at home: a third country's leader is another visit's
		}
	}
	return true
}

// sameVisit reports whether meeting m, which names no city of its own,
// took place during the visit or the event of the document's main meeting:
// the talks were on the sidelines; or m shares a participant with the main
// meeting, its sentences put it in no other country, and the document
// reports a larger event (a summit), or m's sentences name the country of
// the main meeting ("X also met the Algerian Prime Minister Y"), or one of
// its participants is of that country, or the participant it shares is
// the guest of the main meeting ("On Tuesday, the President received X").
// A meeting whose sentences name a third country is another visit's ("On
// Wednesday, X held talks with the Bolivian President").
func (x *Extractor) sameVisit(p *people, main, m *meetingDraft, mainCountry, occasion string) bool {
	if len(m.sents) > 0 && x.lex.sidelines.MatchString(m.sents[0].Text) {
		return true
	}
	countryOf := func(who string) string {
		if cl := p.byName[who]; cl != nil {
			return p.country[cl]
		}
		return ""
	}
	var shared []string
	for _, who := range m.people {
		if main.has[who] {
			shared = append(shared, who)
		}
	}
	if len(shared) == 0 {
		return false
	}
	if stated := x.statedCountry(m, x.lex.countryLocative); stated != "" {
		return stated == mainCountry
	}
	if len(main.sents) > 0 && len(m.sents) > 0 {
		// "X received Y at the palace ... X also received Z": the host
		// receives another guest where they are
		for _, who := range shared {
			if x.hostSubject(p, main.sents[0], who) && x.hostSubject(p, m.sents[0], who) {
				return true
			}
		}
	}
	if occasion != "" {
		return true
	}
	known := map[string]bool{mainCountry: true}
	for _, who := range shared {
		known[countryOf(who)] = true
	}
	namesHost := false
	for _, st := range m.sents {
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchCountry && g.Kind != gazetteer.MatchDemonym || g.Country == nil || g.Country.Kind != gazetteer.KindCountry {
				continue
			}
			if !known[g.Country.Name] {
				return false
			}
			namesHost = namesHost || g.Country.Name == mainCountry
		}
	}
	if namesHost {
		return true
	}
	for _, who := range m.people {
		if c := countryOf(who); c == mainCountry {
			return true
		}
	}
	for _, who := range shared {
		if c := countryOf(who); c != "" && c != mainCountry {
			return true // the main meeting's guest
		}
	}
	return false
}

// hostSubject reports whether who is the subject of a host verb of the
// sentence ("X received Y", "X also hosted Y"): named before it, with no
// other person between.
func (x *Extractor) hostSubject(p *people, st *sentence, who string) bool {
	ms := p.mentions[st.idx]
	for _, w := range st.words {
		if !x.lex.hostVerb[w.Fold] {
			continue
		}
		var last string
		named := false
		for _, m := range ms {
			if m.e <= w.Start {
				last = m.name
			}
			named = named || m.name == who
		}
		if last == "" && !named && x.lex.courtStyle.MatchString(st.Text[:w.Start]) {
			return true // "His Majesty also received Z": the styled host (see styleAnaphora)
		}
		return last == who
	}
	return false
}

// trailingSource reports whether a mention is the source a sentence ends
// on (", X added.", ", X said."): the one who told of the meeting, not one
// who met.
func (x *Extractor) trailingSource(st *sentence, m personMention) bool {
	if !strings.HasSuffix(strings.TrimRight(st.Text[:m.s], " "), ",") {
		return false
	}
	var after []text.Word
	for _, w := range st.words {
		if w.Start >= m.e {
			after = append(after, w)
		}
	}
	return len(after) == 1 && x.lex.speech[after[0].Fold] && strings.Trim(st.Text[after[0].End:], " .!?\"”’'") == ""
}

// styleAnaphora finds the sentences that speak of a person by a style
// alone ("His Royal Highness then proceeded to ... for a courtesy call on
// X"), as court releases do, and gives for each the person the document
// introduced with that style ("His Royal Highness Prince Y"), where only one
// was.
func (x *Extractor) styleAnaphora(doc *document, p *people) map[int][]string {
	// a sentence using a style comes first: the document as a whole,
	// which most lack one, is a long text for the pattern to run over
	if !slices.ContainsFunc(doc.sents, func(st *sentence) bool { return st.matches(x.lex.courtStyle) }) ||
		!x.lex.courtStyle.MatchString(doc.doc.Text) {
		return nil
	}
	holder := map[string]string{} // style -> the one person introduced so; "" when several were
	bare := map[int][]string{}    // sentence -> styles used alone
	for _, st := range doc.sents {
		for _, loc := range x.lex.courtStyle.FindAllStringIndex(st.Text, -1) {
			key := strings.ToLower(strings.Join(strings.Fields(st.Text[loc[0]:loc[1]]), " "))
			k := wordIndexAt(st, loc[1]-1) + 1
			k = x.skipHonorifics(st, k)
			var named string // the person the style and titles lead to
			for _, m := range p.mentions[st.idx] {
				if k < len(st.words) && m.s >= st.words[k].Start && m.s-loc[1] <= 40 && !lowerWordIn(st, st.words[k].Start, m.s) {
					named = m.name
					break
				}
			}
			switch {
			case named == "" && k < len(st.words) && !text.IsCap(st.words[k].Text):
				bare[st.idx] = append(bare[st.idx], key)
			case named != "":
				if h, ok := holder[key]; ok && h != named {
					holder[key] = ""
				} else {
					holder[key] = named
				}
			}
		}
	}
	out := map[int][]string{}
	for idx, keys := range bare {
		for _, key := range keys {
			if h := holder[key]; h != "" {
				out[idx] = appendNew(out[idx], h)
			}
		}
	}
	return out
}

// lowerWordIn reports whether a word in lower case starts between byte
// offsets from and to of the sentence.
func lowerWordIn(st *sentence, from, to int) bool {
	for _, w := range st.words {
		if w.Start >= from && w.Start < to && !text.IsCap(w.Text) {
			return true
		}
	}
	return false
}

// heldDespitePlans reads a sentence that speaks of a meeting still to
// come ("will meet", "is scheduled to") for one held besides: a past verb
// of talks outside the clauses that plan ("X held talks with Y on Monday,
// and the two will meet again in May"; "X, who will visit Z next week,
// held talks with Y"). It gives the planning clauses, whose people take no
// part in the meeting held: from a plan after the verb to the sentence's
// end, from one before it to the next comma.
func (x *Extractor) heldDespitePlans(p *people, st *sentence) ([][2]int, bool) {
	var plans [][2]int
	for _, re := range x.lex.otherMeeting {
		for _, loc := range st.findAllIndex(re) {
			plans = append(plans, [2]int{loc[0], loc[1]})
		}
	}
	inPlan := func(at int) bool {
		for _, pl := range plans {
			if pl[0] <= at && at < pl[1] {
				return true
			}
		}
		return false
	}
	verb := -1
	for i, w := range st.words {
		if !x.lex.heldVerb[w.Fold] || inPlan(w.Start) {
			continue
		}
		modal := false
		for j := max(0, i-2); j < i; j++ {
			modal = modal || x.lex.modalWord[st.words[j].Fold]
		}
		if !modal && x.metAfter(p, st, i, plans) {
			verb = w.Start
			break
		}
	}
	if verb < 0 {
		return nil, false
	}
	var out [][2]int
	for _, pl := range plans {
		if pl[0] > verb {
			out = append(out, [2]int{pl[0], len(st.Text)})
			continue
		}
		end := verb
		if k := strings.IndexAny(st.Text[pl[1]:], ",;"); k >= 0 && pl[1]+k < end {
			end = pl[1] + k
		}
		out = append(out, [2]int{pl[0], end})
	}
	return out, true
}

// metAfter reports whether a person is named shortly after verb i of the
// sentence, before any planning clause after it and with no speech verb
// between ("held talks with Y", not "met the press on Monday, said X").
func (x *Extractor) metAfter(p *people, st *sentence, i int, plans [][2]int) bool {
	verb := st.words[i].Start
	stop := len(st.Text)
	for _, pl := range plans {
		if pl[0] > verb && pl[0] < stop {
			stop = pl[0]
		}
	}
	for _, m := range p.mentions[st.idx] {
		if m.s <= verb || m.s >= stop || m.s-verb > 80 {
			continue
		}
		for _, w := range st.words[i+1:] {
			if w.Start >= m.s {
				return true
			}
			if x.lex.speech[w.Fold] {
				break
			}
		}
	}
	return false
}

// outside keeps the people who have a mention in the sentence outside the
// spans, or none at all (a pronoun's subject).
func outside(ms []personMention, people []string, spans [][2]int) []string {
	var out []string
	for _, who := range people {
		named, free := false, false
		for _, m := range ms {
			if m.name != who {
				continue
			}
			named = true
			in := false
			for _, sp := range spans {
				in = in || sp[0] <= m.s && m.s < sp[1]
			}
			free = free || !in
		}
		if !named || free {
			out = append(out, who)
		}
	}
	return out
}

// firstMatch is where the first match of any of the patterns starts in
// the sentence, or -1.
func firstMatch(res []*lexicon.Regexp, st *sentence) int {
	at := -1
	for _, re := range res {
		if loc := st.findIndex(re); loc != nil && (at < 0 || loc[0] < at) {
			at = loc[0]
		}
	}
	return at
}

// mentionsBefore counts the distinct people mentioned before byte offset at.
func mentionsBefore(ms []personMention, at int) int {
	seen := map[string]bool{}
	for _, m := range ms {
		if m.e <= at {
			seen[m.name] = true
		}
	}
	return len(seen)
}

// objectPronoun reports whether a meeting verb of the sentence takes "him"
// or "her" as its object ("X received him", "welcomed her in Y"; not "met
// her counterpart"): the last subject, named before, is the one met.
func (x *Extractor) objectPronoun(st *sentence) bool {
	for i := 0; i+1 < len(st.words); i++ {
		if !x.lex.strongMeeting[st.words[i].Fold] || !x.lex.personVerb[st.words[i].Fold] || !text.OnlySpace(st.gap(i, i+1)) {
			continue
		}
		switch st.words[i+1].Fold {
		case "him":
			return true
		case "her":
			if i+2 >= len(st.words) || !text.OnlySpace(st.gap(i+1, i+2)) || x.lex.placePreposition[st.words[i+2].Fold] ||
				st.words[i+2].Fold == "on" || st.words[i+2].Fold == "for" || st.words[i+2].Fold == "and" {
				return true
			}
		}
	}
	return false
}

// reporter reports whether every office the document gives a person is a
// spokesperson's or a press secretary's: one who tells of a meeting, not
// one who takes part in it.
func (x *Extractor) reporter(p *people, name string) bool {
	cl := p.byName[name]
	if cl == nil || len(cl.roles) == 0 {
		return false
	}
	for _, r := range cl.roles {
		if !x.lex.reporterOffice.MatchString(r.Role) {
			return false
		}
	}
	return true
}

// sameCall is the call draft of the same people, or nil.
func sameCall(drafts []*meetingDraft, people []string) *meetingDraft {
	for _, m := range drafts {
		if m.call && len(m.people) == len(people) && m.holdsAll(people) {
			return m
		}
	}
	return nil
}

// nearby says, for each sentence, whether it or a sentence after it in its
// paragraph, or any sentence of the next paragraph, has a word of remote
// contact outside a visit's phrase ("the telephone conversation", not "a
// courtesy call"), and whether one calls the talks a call ("the phone
// conversation", "by phone": call-anaphora). It is read once per document:
// a report often says a paragraph later what kind of contact it told of.
type nearby struct {
	lastCall, lastAnaphora []int // per paragraph: the last sentence with one, or -1
	para                   []int // per sentence: its paragraph
}

func (x *Extractor) nearbyCalls(doc *document) nearby {
	paras := 0
	for _, st := range doc.sents {
		paras = max(paras, st.Para+1)
	}
	n := nearby{lastCall: make([]int, paras+1), lastAnaphora: make([]int, paras+1), para: make([]int, len(doc.sents))}
	for k := range n.lastCall {
		n.lastCall[k], n.lastAnaphora[k] = -1, -1
	}
	for i, st := range doc.sents {
		n.para[i] = st.Para
		if x.anyCallWord(st) && x.contactIn(st, nil).call {
			n.lastCall[st.Para] = i
		}
		if st.matches(x.lex.callAnaphora) {
			n.lastAnaphora[st.Para] = i
		}
	}
	return n
}

// onlyBackReference reports a sentence whose only words of a meeting are a
// reference back to the event reported ("during the visit", "at the
// talks": the event-reference pattern): it tells of what happened there,
// and meets no one new.
func (x *Extractor) onlyBackReference(st *sentence) bool {
	if !x.lex.eventReference.MayLower(st.lower) {
		return false
	}
	refs := x.lex.eventReference.FindAllStringIndex(st.Text, -1)
	if len(refs) == 0 {
		return false
	}
	refs = append(refs, x.lex.welcomeThing.FindAllStringIndex(st.Text, -1)...)
	for _, w := range st.words {
		if !x.lex.strongMeeting[w.Fold] && !x.lex.callWord[w.Fold] {
			continue
		}
		inRef := false
		for _, r := range refs {
			if r[0] <= w.Start && w.End <= r[1] {
				inRef = true
			}
		}
		if !inRef {
			return false
		}
	}
	return true
}

// atlanticSpelling folds the American spellings of office words into the
// British ones, so that one office spelt both ways compares equal.
var atlanticSpelling = strings.NewReplacer("defense", "defence", "organization", "organisation", "labor", "labour")

// holderSpelledAnyway is the one person of the document who holds the
// office for its country, the office spelt either side of the Atlantic
// ("Secretary of Defence" / "Secretary of Defense"), or nil.
func holderSpelledAnyway(p *people, r role) *cluster {
	if cl := p.holder(r); cl != nil {
		return cl
	}
	key := func(s string) string { return atlanticSpelling.Replace(strings.ToLower(s)) }
	var found *cluster
	for _, cl := range p.list {
		for _, ro := range cl.roles {
			if ro.Country == r.Country && key(ro.Role) == key(r.Role) {
				if found != nil && found != cl {
					return nil // two holders: the description names neither
				}
				found = cl
			}
		}
	}
	return found
}

// laterCallAnaphora reports a sentence after sentence from that refers to
// "the phone call" or "the video conference" (call-anaphora) with no date
// of its own, no word of a meeting held before and none of one planned
// before the reference ("will speak by phone"; "During the call, X invited
// Y to visit" plans a visit after it): the talks told before it were that
// call.
func (x *Extractor) laterCallAnaphora(doc *document, dated datedSentences, from int) bool {
	for i := from + 1; i < len(doc.sents); i++ {
		st := doc.sents[i]
		if !st.matches(x.lex.callAnaphora) || len(dated.dates[i]) > 0 || anyMatch(x.lex.pastMeeting, st) {
			continue
		}
		loc := x.lex.callAnaphora.FindStringIndex(st.Text)
		planned := false
		for _, re := range x.lex.otherMeeting {
			if m := re.FindStringIndex(st.Text); m != nil && m[0] < loc[1] {
				planned = true
			}
		}
		if !planned {
			return true
		}
	}
	return false
}

// callTitle reports a headline that calls the contact it reports remote
// ("X, Y hold phone talks", "X speaks by telephone with Y").
func (x *Extractor) callTitle(doc *document) bool {
	if strings.TrimSpace(doc.doc.Title) == "" {
		return false
	}
	st := x.synthetic(doc.doc.Title)
	return x.anyCallWord(st) && x.contactIn(st, nil).call
}

// placedInPerson reports a meeting its first sentence puts at a place
// ("held talks in X", "at State House"): a call has no place.
func (x *Extractor) placedInPerson(p *people, m *meetingDraft) bool {
	st := m.sents[0]
	for k, g := range st.gaz {
		if g.Kind == gazetteer.MatchCity && g.City != nil && x.lex.isLocative(st, k) && !partOfName(p.mentions[st.idx], g) {
			return true
		}
	}
	for i, w := range st.words {
		if _, ok := x.venueHeadAt(st.Text, w.Start); ok && i > 0 && x.lex.placeLocative.MatchString(st.Text[max(0, w.Start-24):w.Start]) {
			return true
		}
	}
	return false
}

// anyCallWord reports whether one of the sentence's words is a call word:
// without one, contactIn finds no call, and its phrase patterns need not run.
func (x *Extractor) anyCallWord(st *sentence) bool {
	for _, w := range st.words {
		if x.lex.callWord[w.Fold] {
			return true
		}
	}
	return false
}

func (n nearby) near(last []int, i int) bool {
	p := n.para[i]
	return last[p] >= i || p+1 < len(last) && last[p+1] >= 0
}

// call: a call word at or after sentence i in its paragraph or the next.
func (n nearby) call(i int) bool { return n.near(n.lastCall, i) }

// anaphora: the talks at sentence i are called a call there.
func (n nearby) anaphora(i int) bool { return n.near(n.lastAnaphora, i) }

// addMeeting puts the people a meeting sentence names into the draft they
// belong to, or into a new one when they are two or more (or when there is
// no meeting yet); it returns the main meeting, the first one made.
func (x *Extractor) addMeeting(ix *draftIndex, main *meetingDraft, people []string, st *sentence) *meetingDraft {
	if m := ix.place(people); m != nil {
		ix.grow(m, people)
		m.sents = append(m.sents, st)
		return main
	}
	if len(people) >= 2 || main == nil {
		m := newDraft(people, []*sentence{st}, false)
		ix.add(m)
		if main == nil {
			main = m
		}
	}
	return main
}

// separateMeetings reads a sentence in which one subject met several
// counterparts one after the other: "X held separate meetings with A and
// B", "X's meetings with A, B and C", "X discussed with the Sudanese Prime
// Minister A, the Guinean President B and ...". It gives the subject and
// the counterparts, or no counterparts when the sentence reports one
// meeting: the list must say "separate" or "meetings", or name leaders of
// as many countries as it names people; "trilateral", "joint" or
// "together" make one meeting of all.
func (x *Extractor) separateMeetings(p *people, st *sentence, sp speech, at int) (string, []string) {
	if at < 0 {
		return "", nil
	}
	var subjects, others []string
	split := func(at int) {
		subjects, others = nil, nil
		for _, m := range p.mentions[st.idx] {
			switch {
			case m.e <= at:
				subjects = appendNew(subjects, m.name)
			case m.s >= at && !slices.Contains(subjects, m.name):
				others = appendNew(others, m.name)
			}
		}
	}
	split(at)
	if len(subjects) == 0 {
		for _, w := range st.words {
			if w.Start >= at {
				break
			}
			if w.Fold != "he" && w.Fold != "she" {
				continue
			}
			if sp.subject != "" {
				subjects = []string{sp.subject}
				break
			}
			// "She was received by A and later met B": the one the
			// pronoun stands for, whom the participants hold besides
			// those named
			for _, who := range x.participants(p, st, sp) {
				if !slices.Contains(others, who) {
					subjects = appendNew(subjects, who)
				}
			}
			break
		}
	}
	for _, w := range st.words {
		if len(subjects) > 0 {
			break
		}
		// "On the sidelines of the summit, X met A and B separately": the
		// first word of talks opens a phrase before the subject; the
		// verb after it splits who met
		if w.Start > at && (x.lex.strongMeeting[w.Fold] || x.lex.personVerb[w.Fold]) {
			split(w.Start)
		}
	}
	if len(subjects) != 1 || len(others) < 2 {
		return "", nil
	}
	// "was received by A and later met B": a second verb of talks, after
	// the first, tells of another meeting
	separate := x.lex.nextMeeting.MatchString(st.Text[at:])
	for _, w := range st.words {
		if x.lex.jointWord[w.Fold] {
			return "", nil
		}
		if x.lex.separateWord[w.Fold] {
			separate = true
		}
	}
	if !separate {
		// leaders of as many countries as there are counterparts
		countries := map[string]bool{}
		for _, o := range others {
			if cl := p.byName[o]; cl != nil && p.country[cl] != "" {
				countries[p.country[cl]] = true
			}
		}
		if len(countries) < len(others) {
			return "", nil
		}
	}
	return subjects[0], others
}

// contact is what a sentence says of a meeting: whether it names who met
// (strong), whether the contact was remote (call), whether it speaks of
// the meeting at all (context), and where the first word or phrase naming
// who met starts (at, -1 for none).
type contact struct {
	strong, call, context bool
	at                    int
}

// contactIn reads a sentence's meeting words and phrases. A "call" that is
// a visit ("paid a courtesy call on X", "called on President X") is an
// in-person meeting: its call word makes no remote contact.
func (x *Extractor) contactIn(st *sentence, ms []personMention) contact {
	c := contact{at: -1}
	first := func(pos int) {
		if c.at < 0 || pos < c.at {
			c.at = pos
		}
	}
	var visits [][]int // spans of the phrases that make a call a visit
	for _, re := range x.lex.inPersonCalls {
		visits = append(visits, st.findAllIndex(re)...)
	}
	// "X and Zambian President Y discussed trade": two people named
	// together as the subjects of a verb of talks
	for k := 0; k+1 < len(ms); k++ {
		a, b := ms[k], ms[k+1]
		if a.name != b.name && a.e <= b.s && x.lex.pairJoiner.MatchString(st.Text[a.e:b.s]) && x.lex.pairDiscussed.MatchString(st.Text[b.e:]) {
			c.strong, c.context = true, true
			first(a.s)
			break
		}
	}
	if !x.lex.callOn.MayLower(st.lower) {
		ms = nil // nor can the text before a name, part of the sentence
	}
	for _, m := range ms {
		before := st.Text[max(0, m.s-80):m.s]
		loc := x.lex.callOn.FindStringIndex(before)
		if loc == nil || nextWordAfterName(st, m.e) == "to" {
			continue // "called on X to act" urges X
		}
		off := max(0, m.s-80)
		visits = append(visits, []int{off + loc[0], off + loc[1]})
	}
	inVisit := func(pos int) bool {
		for _, v := range visits {
			if v[0] <= pos && pos < v[1] {
				return true
			}
		}
		return false
	}
	// "the sides welcomed the signing of X": a thing welcomed, no guest
	things := st.findAllIndex(x.lex.welcomeThing)
	thing := func(pos int) bool {
		for _, t := range things {
			if t[0] <= pos && pos < t[1] {
				return true
			}
		}
		return false
	}
	for _, w := range st.words {
		if x.lex.callWord[w.Fold] && !inVisit(w.Start) {
			c.call = true
		}
		if x.lex.strongMeeting[w.Fold] && !thing(w.Start) {
			c.strong = true
			first(w.Start)
		}
		if x.lex.meetingWord[w.Fold] && !thing(w.Start) {
			c.context = true
		}
	}
	for _, v := range visits {
		c.strong, c.context = true, true
		first(v[0])
	}
	for _, re := range x.lex.meetingPhrases {
		if loc := st.findIndex(re); loc != nil {
			c.strong, c.context = true, true
			first(loc[0])
		}
	}
	return c
}

// nextWordAfterName is the first word after byte offset at that does not
// continue a capitalised name, folded, or "".
func nextWordAfterName(st *sentence, at int) string {
	for _, w := range st.words {
		if w.Start < at || text.IsCap(w.Text) {
			continue
		}
		return w.Fold
	}
	return ""
}

// allFormer says every one of people is named in st as one who no longer
// holds office ("former presidents A and B", "the late X and Y"): a
// sentence of them with no time of its own looks back to an earlier event.
// A name coordinated with a marked one ("former leaders A and B") is
// marked too.
func (x *Extractor) allFormer(p *people, st *sentence, people []string) bool {
	if len(people) == 0 {
		return false
	}
	former := map[string]bool{}
	prevFormer, prevEnd := false, 0
	for _, m := range p.mentions[st.idx] {
		gap := st.Text[prevEnd:m.s]
		marked := prevFormer && prevEnd > 0 && x.lex.formerJoin.MatchString(gap) || x.lex.formerBefore.MatchString(st.Text[:m.s])
		if marked {
			former[m.name] = true
		}
		prevFormer, prevEnd = marked, m.e
	}
	for _, n := range people {
		if !former[n] {
			return false
		}
	}
	return true
}

// participants lists the people a meeting sentence says took part, leaving
// out those only greeted or sent wishes ("best wishes from X to Y"). The
// speaker of a quotation or a turn who names the meeting in the first
// person ("I am pleased to welcome X", "a very productive meeting with X
// ... our ties") takes part too.
func (x *Extractor) participants(p *people, st *sentence, sp speech) []string {
	ms := p.mentions[st.idx]
	subject := sp.subject
	var out []string
	greeting := false
	for _, w := range st.words {
		if x.lex.greeting[w.Fold] {
			greeting = true
		}
	}
	if sp.speaker != "" && (st.turn >= 0 || st.Quoted || len(st.Quotes) > 0) && x.speakerMeets(st) {
		out = appendNew(out, sp.speaker)
	}
	// "In Lima, she met X": the pronoun is the last subject
	if subject != "" {
		firstPerson := len(st.Text)
		if len(ms) > 0 {
			firstPerson = ms[0].s
		}
		for _, w := range st.words {
			if w.Start >= firstPerson {
				break
			}
			if w.Fold == "he" || w.Fold == "she" {
				out = appendNew(out, subject)
				break
			}
		}
		// "X received him in Y": the object pronoun of a meeting verb
		if x.objectPronoun(st) {
			out = appendNew(out, subject)
		}
	}
	// "attended by X", "in the presence of X", "the absence of X": X did
	// not meet; nor did one who briefed reporters on the meeting
	notFrom := len(st.Text)
	for _, re := range x.lex.attendance {
		if loc := st.findIndex(re); loc != nil && loc[0] < notFrom {
			notFrom = loc[0]
		}
	}
	if at := firstMatch(x.lex.delegation, st); at >= 0 && at < notFrom && mentionsBefore(ms, at) >= 2 {
		notFrom = at // "X received Y, who was accompanied by Z": Z came along
	}
	var absent [][]int
	for _, re := range x.lex.absence {
		absent = append(absent, st.findAllIndex(re)...)
	}
	for _, m := range ms {
		if m.s >= notFrom || x.lex.briefer.MatchString(st.Text[m.e:]) || x.trailingSource(st, m) || x.reporter(p, m.name) {
			continue
		}
		if slices.ContainsFunc(absent, func(a []int) bool { return a[1] <= m.s && m.s-a[1] < 60 }) {
			continue
		}
		if greeting {
			before := strings.ToLower(strings.TrimSpace(st.Text[max(0, m.s-40):m.s]))
			if strings.HasSuffix(before, "from") || strings.HasSuffix(before, "to") ||
				strings.Contains(before, "from ") || strings.Contains(before, " to ") {
				continue
			}
		}
		out = appendNew(out, m.name)
		if len(out) > maxParticipants {
			return out // too many to have met: no need to read on
		}
	}
	// "his meeting with the British defence secretary": a description of
	// an office whose holder the document names, after a word of meeting
	for _, t := range p.titles[st.idx] {
		if len(t.name) > 0 || len(t.roles) != 1 || t.roles[0].Country == "" || t.past || t.start >= notFrom {
			continue
		}
		if !x.lex.describedGuest.MatchString(st.Text[max(0, t.start-24):t.start]) {
			continue
		}
		if cl := holderSpelledAnyway(p, t.roles[0]); cl != nil {
			out = appendNew(out, cl.name)
		}
	}
	// "his Russian counterpart", "his Brazilian peer"
	for i, w := range st.words {
		if x.lex.counterpart[w.Fold] && i > 0 && len(ms) > 0 {
			c := countryOf(st.match(i - 1))
			if c == "" {
				continue
			}
			subj := p.byName[ms[0].name]
			if subj == nil {
				continue
			}
			for _, r := range subj.roles {
				if cl := p.holder(role{Role: r.Role, Country: c}); cl != nil {
					out = appendNew(out, cl.name)
					break
				}
			}
		}
	}
	return out
}

// sideHeads are the people a sentence names as the heads of the sides at
// talks ("The Chilean delegation was headed by A, while the Peruvian side
// was led by B", "A led his country's delegation"): each named right after
// the words that make them a head, or right before them, with no other
// person in between.
func (x *Extractor) sideHeads(p *people, st *sentence) []string {
	ms := p.mentions[st.idx]
	var heads []string
	for k, m := range ms {
		from := max(0, m.s-120)
		if k > 0 {
			from = max(from, ms[k-1].e)
		}
		after := len(st.Text)
		if k+1 < len(ms) {
			after = ms[k+1].s
		}
		if x.lex.sideHeadBefore.MatchString(st.Text[from:m.s]) || x.lex.sideHeadAfter.MatchString(st.Text[m.e:after]) {
			heads = appendNew(heads, m.name)
		}
	}
	return heads
}

// place is where a meeting was: a city of the gazetteer (canonical name)
// and its country, and the city as the document spells it where that is
// another spelling, not only another spacing ("St Petersburg", "Kiev"; not
// "Ha Noi"): answers keep the text's spelling, the store one node per
// city.
type place struct {
	city, country, written string
	inferred               bool // the capital of the country it was in, no city being written
}

// cityPlace is the place of a city named by the text s.
func cityPlace(c *gazetteer.City, s string) place {
	pl := place{city: c.Name, country: c.Country}
	s = strings.TrimSpace(s)
	if text.IsAllCaps(s) {
		s = text.TitleCaseWords(strings.ToLower(s))
	}
	if s != "" && compactName(s) != compactName(c.Name) {
		pl.written = s
	}
	return pl
}

// compactName folds a name and drops what only spaces it ("Ha Noi" and
// "Hanoi" are one spelling; "Kiev" and "Kyiv" two).
func compactName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' || r == '\'' || r == '’' {
			return -1
		}
		return r
	}, gazetteer.Fold(s))
}

// meetingPlace finds where a meeting was: a city named in its sentences,
// else a venue they name (a small place, a seat of government, a palace:
// see venuePlace), else the dateline's city, else a country it was held
// in. A dateline names where the report was filed: its city is taken only
// when the meeting's sentences do not put the meeting in another country
// ("the minister is presently in X").
func (x *Extractor) meetingPlace(doc *document, p *people, m *meetingDraft, dated datedSentences) place {
	if m != nil {
		// the meeting's date tells another time's city apart; it is
		// looked for only when a city is found
		date, dateKnown := "", false
		meetingDate := func() string {
			if !dateKnown {
				date, _ = x.meetingDate(doc, m, dated)
				dateKnown = true
			}
			return date
		}
		for _, st := range m.sents {
			if c := x.capitalNamed(st); c != nil {
				return place{city: c.Name, country: c.Country}
			}
			for k, g := range st.gaz {
				if g.Kind != gazetteer.MatchCity || g.City == nil {
					continue
				}
				if !x.lex.isLocative(st, k) || partOfName(p.mentions[st.idx], g) || x.otherTime(st, g, meetingDate(), dated) || m.inPlan(st.idx, g.Start) || x.onward(p, m, st, g) {
					continue
				}
				if h, ok := x.venueHeadAt(st.Text, g.Start); ok && h.City != "" && len(h.Head) > g.End-g.Start {
					continue // "at Bellevue Palace": a venue the table places, named like a town elsewhere
				}
				c := x.namesake(doc, g)
				if x.foreignToDateline(doc, c) {
					continue // "NUSA DUA, Indonesia – ... at the summit in Bali": no town of a country nobody names
				}
				return cityPlace(c, st.Text[g.Start:g.End])
			}
		}
	}
	if st, g, ok := x.sidelineEvent(doc, p, m, dated); ok {
		return cityPlace(x.namesake(doc, g), st.Text[g.Start:g.End])
	}
	stated := x.statedCountry(m, x.lex.countryLocative)
	if pl, ok := x.venuePlace(doc, p, m); ok && (stated == "" || stated == pl.country) {
		return pl
	}
	if pl, ok := x.leaderOffice(p, m); ok && (stated == "" || stated == pl.country) {
		return pl
	}
	if pl, ok := x.travelCity(doc, p, m, dated); ok && (stated == "" || stated == pl.country) {
		return pl
	}
	dl := x.datelineCity(doc)
	if pl, ok := x.visitedPlace(doc, p, m, dated); ok && (stated == "" || stated == pl.country) && (dl == nil || dl.Country != pl.country) {
		return pl
	}
	if pl, ok := x.guestDateline(p, m, dl); ok && (stated == "" || stated == pl.country) {
		return pl
	}
	if dl != nil && (stated == "" || stated == dl.Country) {
		pl := cityPlace(dl, doc.seg.Dateline)
		pl.inferred = true // where the report was filed: another report's city of the country is believed
		return pl
	}
	if c := x.presentCountry(m); c != "" && c == stated {
		// "is presently in X", "was visiting X", "talks in X": a
		// meeting in a country whose city the report never names was
		// held where a visiting official is received, its capital
		if pl, ok := x.capitalPlace(c); ok {
			pl.inferred = true
			return pl
		}
	}
	if pl, ok := x.receivedAtHome(doc, p, m); ok && (stated == "" || stated == pl.country) {
		pl.inferred = true
		return pl
	}
	if pl, ok := x.regionalHost(p, m); ok && (stated == "" || stated == pl.country) {
		return pl
	}
	if stated == "" {
		// any "in X", "to X": the country a meeting of no city was held
		// in, which decides the side of a person whose title names none
		stated = x.statedCountry(m, x.lex.countryAny)
	}
	return place{country: stated}
}

// leaderOffice places a meeting held at a leader's office ("paid a call on
// her at her office", "in the President's office") in the capital of the
// one participant who holds a national office (national-office pattern):
// a head of state or government or a foreign minister receives callers in
// the capital.
func (x *Extractor) leaderOffice(p *people, m *meetingDraft) (place, bool) {
	if m == nil || !slices.ContainsFunc(m.sents, func(st *sentence) bool { return x.lex.officeVenue.MatchString(st.Text) }) {
		return place{}, false
	}
	country, leaders := "", 0
	for _, who := range m.people {
		cl := p.byName[who]
		if cl == nil {
			continue
		}
		leader := false
		for _, r := range cl.roles {
			if !x.lex.nationalOffice.MatchString(r.Role) {
				continue
			}
			leader = true
			rc := r.Country
			if rc == "" {
				rc = p.country[cl] // "Prime Minister X" of the country the document gives X
			}
			if rc == "" {
				continue
			}
			if country != "" && country != rc {
				// leaders of two countries: the office of the one who
				// received the other ("X received Y in his office")
				return x.receiverOffice(p, m)
			}
			country = rc
		}
		if leader {
			leaders++
		}
	}
	if country == "" && leaders == 1 {
		// the one leader's country, where no title gives it: the country
		// the meeting's sentences put something in ("Ambassador of X to Y")
		country = x.statedCountry(m, x.lex.countryAny)
	}
	if country == "" {
		return place{}, false
	}
	return x.capitalPlace(country)
}

// visitedPlace places a meeting its sentences place nowhere by the state,
// official or working visit one of its participants is reported to pay
// (see visits): the city visited where the report names one, else the
// capital of the country visited, where a head of state or government
// receives a guest of protocol. A dateline of the host country says
// better where in it the talks were, and is read first (see meetingPlace).
func (x *Extractor) visitedPlace(doc *document, p *people, m *meetingDraft, dated datedSentences) (place, bool) {
	if m == nil || len(m.people) < 2 {
		return place{}, false
	}
	for _, v := range x.visits(doc, p, dated) {
		if !m.has[v.Visitor] {
			continue
		}
		if v.City != "" {
			if c, ok := x.gz.City(v.City); ok {
				return place{city: c.Name, country: c.Country}, true
			}
		}
		return x.capitalPlace(v.Host)
	}
	return place{}, false
}

// receivedAtHome places a meeting nothing else places in the capital of
// its host: the one a host verb of its first sentence makes the host ("X
// received Y", "Y was hosted by X"), of another country than the guest's.
// A leader receives a foreign guest at home; an event abroad (the
// sidelines of a summit) names its own city, or the meeting is not placed.
func (x *Extractor) receivedAtHome(doc *document, p *people, m *meetingDraft) (place, bool) {
	if m == nil || m.call || len(m.sents) == 0 || len(m.people) != 2 {
		return place{}, false
	}
	st := m.sents[0]
	if x.lex.sidelines.MatchString(st.Text) || x.namesRegion(st) {
		return place{}, false
	}
	host, found := x.hostIn(p, m, st, len(st.Text))
	if !found || host == "" {
		host = x.hostByGuest(p, m, st)
	}
	if host == "" {
		return place{}, false
	}
	countryOf := func(name string) string {
		if cl := p.byName[name]; cl != nil {
			return p.country[cl]
		}
		return ""
	}
	hc := countryOf(host)
	if hc == "" {
		// a host no title places, in a report of their own government or
		// press ("Foreign Minister X received her Peruvian counterpart" on
		// the ministry's site): the outlet's country
		hc = doc.home
	}
	for _, guest := range m.people {
		if guest != host && hc != "" && countryOf(guest) != "" && countryOf(guest) != hc {
			return x.capitalPlace(hc)
		}
	}
	return place{}, false
}

// hostByGuest is the host of a two-person meeting that the sentence tells
// by its guest: the one called on ("paid a courtesy call on X": call-on),
// else the other of one called visiting ("visiting Ugandan President Y
// met X") or said to be on a visit right after the name ("Y, who arrived
// for a two-day visit": guest-after); "" where none is.
func (x *Extractor) hostByGuest(p *people, m *meetingDraft, st *sentence) string {
	if len(m.people) != 2 {
		return ""
	}
	other := func(who string) string {
		if m.people[0] == who {
			return m.people[1]
		}
		return m.people[0]
	}
	for _, pm := range p.mentions[st.idx] {
		if !m.has[pm.name] {
			continue
		}
		before := st.Text[max(0, pm.s-80):pm.s]
		if x.lex.callOn.MatchString(before) {
			return pm.name
		}
		if x.lex.visitingGuest.MatchString(before) || x.lex.guestAfter.MatchString(st.Text[pm.e:]) {
			return other(pm.name)
		}
	}
	return ""
}

// regionalHost places a meeting nothing else places at the seat of the
// region whose governor, chief minister or premier took part ("called on
// Gujarat Chief Minister X at his residence", "Governor Y of Lagos State
// received Z"): the region's name (data/regions.tsv) stands by the
// participant's name with a regional office (the regional-office pattern)
// between or around them. A regional head who meets a foreign guest with
// no place named receives the guest at home.
func (x *Extractor) regionalHost(p *people, m *meetingDraft) (place, bool) {
	if m == nil || m.call || len(m.people) < 2 {
		return place{}, false
	}
	for _, st := range m.sents {
		ms := p.mentions[st.idx]
		for i, w := range st.words {
			if !text.IsCap(w.Text) || inMention(ms, w.Start) {
				continue
			}
			r, end, ok := x.regionAt(st, i)
			if !ok {
				continue
			}
			for _, pm := range ms {
				if !m.has[pm.name] {
					continue
				}
				var between string
				switch {
				case pm.s >= end && pm.s-end <= 40:
					between = st.Text[end:pm.s] // "Gujarat Chief Minister X"
				case pm.e <= w.Start && w.Start-pm.e <= 60:
					between = st.Text[pm.e:w.Start] // "Governor X of Lagos State", "X, Governor of Y"
				default:
					continue
				}
				if strings.ContainsAny(between, ";.") || !x.lex.regionalOffice.MatchString(st.Text[max(0, pm.s-40):pm.s]+" "+between) {
					continue
				}
				return place{city: r.Seat.Name, country: r.Country}, true
			}
		}
	}
	return place{}, false
}

// regionAt finds a region of the table named from word i on: up to three
// capitalised words, joined by spaces or hyphens, with or without a last
// "State", "Province" or "Region" ("Lagos State", "Tamil Nadu"); end is
// where the name ends.
func (x *Extractor) regionAt(st *sentence, i int) (gazetteer.Region, int, bool) {
	for n := min(4, len(st.words)-i); n >= 1; n-- {
		last := st.words[i+n-1]
		if !text.IsCap(last.Text) {
			continue
		}
		joined := true
		for k := i + 1; k < i+n; k++ {
			if g := st.Text[st.words[k-1].End:st.words[k].Start]; g != " " && g != "-" {
				joined = false
			}
		}
		if !joined {
			continue
		}
		name := st.Text[st.words[i].Start:last.End]
		if r, ok := x.gz.Region(name); ok {
			return r, last.End, true
		}
		if n > 1 && x.lex.regionSuffix[last.Fold] {
			if r, ok := x.gz.Region(st.Text[st.words[i].Start:st.words[i+n-2].End]); ok {
				return r, last.End, true
			}
		}
	}
	return gazetteer.Region{}, 0, false
}

// namesRegion reports whether a sentence puts something in a region or
// in a capital of one ("in the Western Province", "in the capital of the
// X Region"): a place within the country, not its capital.
func (x *Extractor) namesRegion(st *sentence) bool {
	if loc := x.lex.capitalVenue.FindStringIndex(st.Text); loc != nil && strings.HasPrefix(strings.TrimLeft(st.Text[loc[1]:], " "), "of ") {
		return true
	}
	for _, w := range st.words {
		if h, ok := x.venueHeadAt(st.Text, w.Start); ok && h.Kind == "region" && text.IsCap(w.Text) {
			return true
		}
	}
	return false
}

// receiverOffice places a meeting at the office of leaders of two
// countries in the capital of the one a host verb makes the host ("X
// received Y in his office", "Y was received by X at the President's
// office").
func (x *Extractor) receiverOffice(p *people, m *meetingDraft) (place, bool) {
	for _, st := range m.sents {
		loc := x.lex.officeVenue.FindStringIndex(st.Text)
		if loc == nil {
			continue
		}
		host, found := x.hostIn(p, m, st, loc[0])
		if !found {
			continue
		}
		if cl := p.byName[host]; cl != nil && p.country[cl] != "" {
			return x.capitalPlace(p.country[cl])
		}
		return place{}, false
	}
	return place{}, false
}

// hostIn is the participant a host verb before byte offset before makes
// the host: its subject ("X received Y"), or its agent ("Y was received by
// X"); found is false where no host verb is there, host "" where it names
// no participant.
func (x *Extractor) hostIn(p *people, m *meetingDraft, st *sentence, before int) (host string, found bool) {
	ms := p.mentions[st.idx]
	for i, w := range st.words {
		if !x.lex.hostVerb[w.Fold] || w.Start > before {
			continue
		}
		if i+1 < len(st.words) && st.words[i+1].Fold == "by" {
			for _, mm := range ms {
				if mm.s > w.End && m.has[mm.name] {
					return mm.name, true
				}
			}
			return "", true
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].e <= w.Start && m.has[ms[k].name] {
				return ms[k].name, true
			}
		}
		return "", true
	}
	return "", false
}

// guestDateline reports a dateline of the guest's country over a meeting
// its first sentence has a host of another country receive ("NAIROBI -
// the Zambian president hosted the Kenyan president"): the report was
// filed at the guest's home, the talks were in the host's capital.
func (x *Extractor) guestDateline(p *people, m *meetingDraft, dl *gazetteer.City) (place, bool) {
	if m == nil || dl == nil || len(m.sents) == 0 || len(m.people) != 2 {
		return place{}, false
	}
	st := m.sents[0]
	host, found := x.hostIn(p, m, st, len(st.Text))
	if !found || host == "" {
		return place{}, false
	}
	countryOf := func(name string) string {
		if cl := p.byName[name]; cl != nil {
			return p.country[cl]
		}
		return ""
	}
	hc := countryOf(host)
	for _, guest := range m.people {
		if guest != host && hc != "" && hc != dl.Country && countryOf(guest) == dl.Country {
			return x.capitalPlace(hc)
		}
	}
	return place{}, false
}

// travelCity finds the city a sentence shortly before the meeting's says
// one of its participants travelled to ("X arrived in Y on Sunday. On
// Monday, he held talks with Z"): where a meeting its own sentences place
// nowhere was held. Sentences of meetings planned or recalled do not count.
func (x *Extractor) travelCity(doc *document, p *people, m *meetingDraft, dated datedSentences) (place, bool) {
	if m == nil || len(m.sents) == 0 {
		return place{}, false
	}
	first := m.sents[0].idx
	for i := first - 1; i >= 0 && i >= first-6; i-- {
		st := doc.sents[i]
		if anyMatch(x.lex.otherMeeting, st) || anyMatch(x.lex.pastMeeting, st) {
			continue
		}
		ms := p.mentions[st.idx]
		if !slices.ContainsFunc(ms, func(pm personMention) bool { return m.has[pm.name] }) {
			continue
		}
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchCity || g.City == nil || partOfName(ms, g) || x.otherTime(st, g, "", dated) {
				continue
			}
			if x.lex.travelTo.MatchString(st.Text[max(0, g.Start-40):g.Start]) {
				return cityPlace(x.namesake(doc, g), st.Text[g.Start:g.End]), true
			}
		}
		// "arrived in the Peruvian capital on Sunday": the capital the
		// traveller reached
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchDemonym || g.Country == nil || !x.lex.travelTo.MatchString(st.Text[max(0, g.Start-40):g.Start]) {
				continue
			}
			if c := x.capitalNamed(st); c != nil && c.Country == g.Country.Name {
				return place{city: c.Name, country: c.Country}, true
			}
		}
	}
	return place{}, false
}

// otherTime reports whether the city mention g is dated as another
// event's: a time right by it that is not the meeting's ("who attended the
// forum in X last week", "the session held in X in January", "the summit
// to be held in X in June"). date is the meeting's date, or "".
func (x *Extractor) otherTime(st *sentence, g gazetteer.Match, date string, dated datedSentences) bool {
	if loc := x.lex.otherTime.FindStringIndex(st.Text[g.End:]); loc != nil {
		// "met Y in X last Friday": the time after the city is the
		// meeting's own where it is the day the meeting is dated by
		for _, dm := range dated.dates[st.idx] {
			if date != "" && dm.Date != "" && dm.Span.Start >= g.End && dm.Span.Start < g.End+loc[1] && fact.DatesCompatible(dm.Date, date) && len(dm.Date) == 10 {
				return false
			}
		}
		return true
	}
	if date == "" || x.lex.arrivalDay.MatchString(st.Text) {
		return false // "arrived in X on Saturday for a three-day visit": the visit's city
	}
	for _, dm := range dated.dates[st.idx] {
		if dm.Date == "" || fact.DatesCompatible(dm.Date, date) {
			continue
		}
		after := dm.Span.Start >= g.End && dm.Span.Start-g.End <= 24 && !strings.ContainsAny(st.Text[g.End:dm.Span.Start], ",;")
		before := dm.Span.End <= g.Start && g.Start-dm.Span.End <= 12 && !strings.ContainsAny(st.Text[dm.Span.End:g.Start], ",;")
		if after || before || opensSentence(st, dm, g) {
			return true
		}
	}
	return false
}

// opensSentence reports whether a date set off at the head of the sentence
// before the city ("In May, the commission met in X", "Earlier in March,
// ... held in X") dates the whole clause that names the city.
func opensSentence(st *sentence, dm dates.Mention, g gazetteer.Match) bool {
	if dm.Span.End > g.Start || !strings.HasPrefix(st.Text[dm.Span.End:], ",") {
		return false
	}
	head := strings.Fields(st.Text[:dm.Span.Start])
	return len(head) <= 2 && !strings.ContainsAny(st.Text[dm.Span.End+1:g.Start], ";")
}

// arrivalsLast puts last the dates of a sentence that date an arrival
// ("X, who arrived on Sunday, met Y on Monday"): the talks' day comes first.
func (x *Extractor) arrivalsLast(st *sentence, ds []dates.Mention) []dates.Mention {
	if len(ds) < 2 || !x.lex.arrivalDay.MatchString(st.Text) {
		return ds
	}
	var talks, arrivals []dates.Mention
	for _, dm := range ds {
		if x.lex.arrivalDay.MatchString(st.Text[max(0, dm.Span.Start-25):dm.Span.Start]) {
			arrivals = append(arrivals, dm)
		} else {
			talks = append(talks, dm)
		}
	}
	return append(talks, arrivals...)
}

// farFromReport reports whether a full date lies more than a week before
// the report's full date, or after it: not the day of the meeting it
// reports.
func farFromReport(date, report string) bool {
	d, err := time.Parse("2006-01-02", date)
	r, errR := time.Parse("2006-01-02", report)
	if err != nil || errR != nil {
		return false
	}
	return d.Before(r.AddDate(0, 0, -7)) || d.After(r.AddDate(0, 0, 1))
}

// namesake gives the city a match names in a country the document
// mentions, where the match found its namesake in another ("St.
// Petersburg" in a report on Russia is not the one in Florida).
func (x *Extractor) namesake(doc *document, g gazetteer.Match) *gazetteer.City {
	if doc.named[g.City.Country] > 0 {
		return g.City
	}
	if c, ok := x.gz.City(g.Text); ok && doc.named[c.Country] > 0 {
		return c
	}
	return g.City
}

// statedCountry is a country the meeting's sentences put it or its guest
// in, as locative says: the country-locative pattern ("is presently in X",
// "was visiting X", "talks in X"), which a venue or a dateline must agree
// with, or the looser country-any ("in X", "to X"), which often places
// something else ("after his assumption of duties in X") but is all a
// meeting of no city has.
func (x *Extractor) statedCountry(m *meetingDraft, locative *lexicon.Regexp) string {
	if m == nil {
		return ""
	}
	for _, st := range m.sents {
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchCountry || g.Country == nil || g.Country.Kind != gazetteer.KindCountry {
				continue
			}
			if locative.MatchString(st.Text[max(0, g.Start-40):g.Start]) {
				return g.Country.Name
			}
		}
	}
	return ""
}

// onward reports a city the sentence says a participant went on to after
// the meeting ("he later flew to X", "before leaving for X": the
// onward-journey pattern). A journey told before the words of the meeting
// in the meeting's own sentence goes to it ("then proceeded to X for a
// courtesy call on Y").
func (x *Extractor) onward(p *people, m *meetingDraft, st *sentence, g gazetteer.Match) bool {
	if !x.lex.onwardJourney.MatchString(st.Text[max(0, g.Start-100):g.Start]) {
		return false
	}
	if st != m.sents[0] {
		return true
	}
	at := x.contactIn(st, p.mentions[st.idx]).at
	return at >= 0 && at < g.Start
}

// slugCity is the city or small place the last segment of the document's
// URL names ("/leader-meets-counterpart-in-x"), one of a country the text
// names, whose name the text never writes as a word in lower case (a word
// of the slug, not a place) and no person bears; nil where none is named.
// Only a meeting no sentence, venue or dateline places reads it.
func (x *Extractor) slugCity(doc *document, p *people) *gazetteer.City {
	u := doc.doc.URL
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimRight(u, "/")
	seg := u[strings.LastIndex(u, "/")+1:]
	if i := strings.LastIndex(seg, "."); i > 0 {
		seg = seg[:i] // "slug.html"
	}
	toks := strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '+' })
	if len(toks) < 3 {
		return nil // an identifier, not a slug of words
	}
	lower := " " + strings.ToLower(doc.doc.Text) + " "
	var found *gazetteer.City
	take := func(c *gazetteer.City) bool {
		if found != nil && found != c {
			found = nil
			return false // "...-x-y-...": a slug of two places names neither
		}
		found = c
		return true
	}
	for n := 3; n >= 1; n-- {
		for i := len(toks) - n; i >= 0; i-- {
			name := strings.Join(toks[i:i+n], " ")
			if len(name) < 3 || strings.ContainsAny(name, "0123456789") || p.byToken[text.FoldWord(toks[i+n-1])] != nil {
				continue
			}
			if strings.Contains(lower, " "+strings.ToLower(name)+" ") && !strings.Contains(doc.doc.Text, text.TitleCaseWords(name)) {
				continue // a word the text writes in lower case only
			}
			if _, ok := x.gz.Country(name); ok {
				continue
			}
			if c, ok := x.gz.City(name); ok && doc.mentioned[c.Country] {
				if !take(c) {
					return nil
				}
				continue
			}
			for _, c := range x.gz.Places(name) {
				if doc.mentioned[c.Country] {
					if !take(c) {
						return nil
					}
					break
				}
			}
		}
	}
	return found
}

// sidelineEvent finds, for talks held on the sidelines of an event its own
// sentences do not place ("On the sidelines of the fair, he held talks
// with Y"), the sentence shortly before that places the event ("X opened
// the trade fair in City on Monday"): one that holds the event's head word
// (the last word of its name, sidelines-event pattern) and a city where
// something happens, at no other time. The talks were there, and then. A
// sentence shortly after places it only by a city said to host it, with
// no time of its own ("in Yerevan, which will host the Council").
func (x *Extractor) sidelineEvent(doc *document, p *people, m *meetingDraft, dated datedSentences) (*sentence, gazetteer.Match, bool) {
	if m == nil || len(m.sents) == 0 {
		return nil, gazetteer.Match{}, false
	}
	// the first of its sentences that says whose sidelines: the meeting's
	// own, or one that only speaks of it ("The meeting was held on the
	// sidelines of the Council")
	var first *sentence
	var sm []string
	for _, st := range m.sents {
		if sm = x.lex.sidelinesEvent.FindStringSubmatch(st.Text); sm != nil {
			first = st
			break
		}
	}
	if sm == nil {
		return nil, gazetteer.Match{}, false
	}
	words := strings.Fields(strings.ToLower(sm[1]))
	head := words[len(words)-1]
	hasHead := func(st *sentence) bool {
		return slices.ContainsFunc(st.words, func(w text.Word) bool { return w.Fold == head })
	}
	for i := first.idx - 1; i >= 0 && i >= first.idx-6; i-- {
		st := doc.sents[i]
		if anyMatch(x.lex.otherMeeting, st) || anyMatch(x.lex.pastMeeting, st) || !hasHead(st) {
			continue
		}
		for k, g := range st.gaz {
			if g.Kind == gazetteer.MatchCity && g.City != nil && x.lex.isLocative(st, k) && !partOfName(p.mentions[st.idx], g) && !x.otherTime(st, g, "", dated) && !x.foreignToDateline(doc, x.namesake(doc, g)) {
				return st, g, true
			}
		}
	}
	// after it, only a city said to host the event ("in Yerevan, which
	// will host the Council", "Lusaka, which hosts the summit this year"),
	// told as a plan or not: where the event is, whenever it is told
	for i := first.idx + 1; i < len(doc.sents) && i <= first.idx+6; i++ {
		st := doc.sents[i]
		if !hasHead(st) {
			continue
		}
		if len(dated.dates[st.idx]) > 0 {
			continue
		}
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchCity || g.City == nil || partOfName(p.mentions[st.idx], g) || x.foreignToDateline(doc, x.namesake(doc, g)) {
				continue
			}
			hosts := x.lex.placeHosts.FindStringIndex(st.Text[g.End:])
			if hosts == nil || slices.ContainsFunc(st.words, func(w text.Word) bool {
				return w.Start >= g.End+hosts[1] && x.lex.otherTime.MatchString(st.Text[w.Start-1:])
			}) {
				continue // "Kigali, which will host the summit next year": another edition
			}
			return st, g, true
		}
	}
	return nil, gazetteer.Match{}, false
}

// otherEventCity reports a city of the URL's slug that the text names only
// as another event's: in a sentence of a meeting planned or recalled, with
// a time of its own right by it ("the summit in X next month"), in a plan
// ("due to host the summit in X"), or as where someone went on to. The
// slug then names that event, not the meeting. A city the text never
// names, or names once as where something is now, stays the slug's.
func (x *Extractor) otherEventCity(doc *document, p *people, c *gazetteer.City, dated datedSentences) bool {
	other := false
	for _, st := range doc.sents {
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchCity || g.City != c {
				continue
			}
			before := st.Text[max(0, g.Start-80):g.Start]
			if anyMatch(x.lex.otherMeeting, st) || anyMatch(x.lex.pastMeeting, st) || x.otherTime(st, g, "", dated) ||
				x.lex.onwardJourney.MatchString(before) || x.lex.visit.any("planned", before) {
				other = true
				continue
			}
			return false
		}
	}
	return other
}

// presentCountry is statedCountry's country-locative country where the
// words say the meeting or its guest is there now: no visit still to come
// ("will pay a visit to X") or recalled ("his last visit to X"), no other
// time right after it ("in X last week"), no clause of plans.
func (x *Extractor) presentCountry(m *meetingDraft) string {
	if m == nil {
		return ""
	}
	rules := x.lex.visit
	for _, st := range m.sents {
		for _, g := range st.gaz {
			if g.Kind != gazetteer.MatchCountry || g.Country == nil || g.Country.Kind != gazetteer.KindCountry {
				continue
			}
			if !x.lex.countryLocative.MatchString(st.Text[max(0, g.Start-40):g.Start]) {
				continue
			}
			before, after := st.Text[:g.Start], st.Text[g.End:]
			if rules.any("planned", before) || rules.any("past", before) || rules.any("later", after) ||
				x.lex.otherTime.MatchString(after) || m.inPlan(st.idx, g.Start) {
				return ""
			}
			return g.Country.Name
		}
	}
	return ""
}

// metropolis is the population above which a city's name is its own: a
// dateline naming it needs no mention of its country ("NEW YORK, Sept 20 –
// the presidents of two other countries met").
const metropolis = 1_000_000

// datelineCity is the city of the dateline, or nil. A dateline city of a
// country the text never mentions is more likely a namesake ("BALI" the
// island is no Indian town), unless it is a national capital or a
// metropolis.
func (x *Extractor) datelineCity(doc *document) *gazetteer.City {
	if doc.seg.Dateline == "" {
		return nil
	}
	written := x.datelineCountry(doc)
	known := func(c *gazetteer.City) bool {
		return doc.mentioned[c.Country] || c.Country == written || c.Capital || c.Population >= metropolis
	}
	if c, ok := x.gz.City(strings.Trim(doc.seg.Dateline, " ,.")); ok && known(c) {
		return c
	}
	for _, g := range x.gz.Scan(text.TitleCaseWords(doc.seg.Dateline)) {
		if g.Kind == gazetteer.MatchCity && g.City != nil && known(g.City) {
			return g.City
		}
	}
	// a small place ("MPULUNGU, Zambia"): one of a country the text or
	// the dateline names
	name, _, _ := strings.Cut(doc.seg.Dateline, ",")
	for _, c := range x.gz.Places(strings.TrimSpace(name)) {
		if doc.mentioned[c.Country] || c.Country == written {
			return c
		}
	}
	return nil
}

// foreignToDateline reports a town of another country than the one the
// dateline writes, a country the text never names, that is neither a
// capital nor a metropolis: a namesake of a place of the dateline's
// country more likely than a meeting abroad.
func (x *Extractor) foreignToDateline(doc *document, c *gazetteer.City) bool {
	if c.Capital || c.Population >= metropolis || doc.named[c.Country] > 0 {
		return false
	}
	w := x.datelineCountry(doc)
	return w != "" && w != c.Country
}

// datelineCountry is the country the dateline writes right after its
// place ("DAVOS, Switzerland, Jan 18 –"), or "".
func (x *Extractor) datelineCountry(doc *document) string {
	sp := doc.seg.DatelineSpan
	if sp.End <= sp.Start || sp.End > len(doc.doc.Text) {
		return ""
	}
	after := doc.doc.Text[sp.End:min(len(doc.doc.Text), sp.End+48)]
	rest, ok := strings.CutPrefix(after, ",")
	if !ok {
		return ""
	}
	lead := len(after) - len(strings.TrimLeft(rest, " "))
	for _, m := range x.gz.Scan(after) {
		if m.Start == lead && m.Kind == gazetteer.MatchCountry && m.Country != nil && m.Country.Kind == gazetteer.KindCountry {
			if e := strings.TrimLeft(after[m.End:], " "); e == "" || strings.ContainsRune(",–—-(:", []rune(e)[0]) {
				return m.Country.Name
			}
		}
		break
	}
	return ""
}

// isLocative reports whether the place mention k of a sentence says where
// something happens ("in X", "to X", "visiting X"), not whom a capital
// stands for ("a priority for Oslo").
func (v *vocabulary) isLocative(st *sentence, k int) bool {
	start := st.gaz[k].Start
	// "to Norway and Bergen": step back over other places joined by "and"
	for j := k - 1; j >= 0; j-- {
		between := strings.TrimSpace(st.Text[st.gaz[j].End:start])
		if between != "and" && between != "," {
			break
		}
		start = st.gaz[j].Start
	}
	return v.locative.MatchString(st.Text[max(0, start-40):start])
}

// capitalNamed finds a capital the sentence names by its country: "in the
// Moroccan capital", "in the capital of Morocco".
func (x *Extractor) capitalNamed(st *sentence) *gazetteer.City {
	for k, g := range st.gaz {
		if g.Country == nil || g.Country.Capital == "" || (g.Kind != gazetteer.MatchDemonym && g.Kind != gazetteer.MatchCountry) {
			continue
		}
		before := strings.ToLower(st.Text[max(0, g.Start-24):g.Start])
		after := strings.ToLower(st.Text[g.End:])
		// "in Zambia's capital": the possessive stands where "the" would
		possessive := g.Kind == gazetteer.MatchCountry && (strings.HasPrefix(after, "'s capital") || strings.HasPrefix(after, "’s capital")) &&
			x.lex.capitalAlone(after[strings.Index(after, "capital")+len("capital"):])
		named := g.Kind == gazetteer.MatchDemonym && strings.HasSuffix(before, "the ") && strings.HasPrefix(after, " capital") ||
			g.Kind == gazetteer.MatchCountry && strings.HasSuffix(before, "the capital of ") || possessive
		if !named || !x.lex.isLocative(st, k) && !strings.HasSuffix(before, "the capital of ") {
			continue
		}
		if c, ok := x.gz.City(g.Country.Capital); ok {
			return c
		}
	}
	return nil
}

// capitalAlone reports that "capital" ends its noun phrase (rest is what
// follows it): "in X's capital on Monday", "in X's capital city", not "X's
// capital markets".
func (v *vocabulary) capitalAlone(rest string) bool {
	w := strings.Fields(rest)
	if len(w) == 0 {
		return true
	}
	first := strings.TrimRight(w[0], ".,;:")
	if first != w[0] || first == "" {
		return first == "" || first == "city" // "X's capital city."
	}
	return v.capitalAloneNext[first] || !unicode.IsLower([]rune(first)[0])
}

// reportingDate reports whether the date at byte offset at of a sentence
// dates a statement ("officials said on Friday", "told reporters Monday").
func (x *Extractor) reportingDate(st *sentence, at int) bool {
	var before []string
	for _, w := range st.words {
		if w.End > at {
			break
		}
		before = append(before, w.Fold)
	}
	if n := len(before); n > 0 && before[n-1] == "on" {
		before = before[:n-1]
	}
	for k := len(before) - 1; k >= max(0, len(before)-2); k-- {
		if x.lex.speech[before[k]] {
			return true
		}
	}
	return false
}

// syndicated reports whether the dateline names a country, not a city, in
// a document that has its own publication date.
func (x *Extractor) syndicated(doc *document) bool {
	if published(doc) == "" || doc.seg.Dateline == "" {
		return false
	}
	c, ok := x.gz.Country(strings.Trim(doc.seg.Dateline, " ,."))
	return ok && c.Kind == gazetteer.KindCountry && x.datelineCity(doc) == nil
}

// speakerMeets reports whether the speaker of a sentence says they took
// part in the meeting it names: a first-person word shortly before the
// meeting word ("I am pleased to welcome X", "my meeting with X"), or the
// meeting word opening the sentence ("Very productive meeting with X").
func (x *Extractor) speakerMeets(st *sentence) bool {
	first := len(st.Text) // where the first phrase naming who met starts
	for _, re := range x.lex.meetingPhrases {
		if loc := re.FindStringIndex(st.Text); loc != nil && loc[0] < first {
			first = loc[0]
		}
	}
	for i, w := range st.words {
		if !x.lex.strongMeeting[w.Fold] && !(w.Start <= first && first < w.End+2) {
			continue
		}
		if x.lex.chairVerb[w.Fold] || i+1 < len(st.words) && st.words[i+1].Fold == "by" {
			return false // "co-chaired by X", "received by X": someone else's part
		}
		if i <= 2 {
			return true
		}
		for j := i - 1; j >= max(0, i-6); j-- {
			if x.lex.firstPerson[st.words[j].Fold] {
				return true
			}
		}
		return false
	}
	return false
}

// partOfName: a city match inside a person's mention ("Milan X").
func partOfName(ms []personMention, g gazetteer.Match) bool {
	for _, p := range ms {
		if p.s <= g.Start && g.End <= p.e {
			return true
		}
	}
	return false
}

// meetingDate finds when a meeting was: a date in its sentences, else the
// dateline's, else the publication date (for the document's main meeting).
// The day a speech verb is dated ("officials said on Friday") is the
// report's, not the meeting's.
// A feed that syndicates a government's release heads it with the
// country and the day it was fed ("COUNTRY, May 3 - "): where the front
// matter gives the publication date, that day is no date of the meeting.
func (x *Extractor) meetingDate(doc *document, m *meetingDraft, dated datedSentences) (string, string) {
	ref := dated.ref
	// an arrival's day dates the talks only where no other sentence that
	// names who met does; then every sentence, in order
	for _, all := range []bool{false, true} {
		for i, st := range m.sents {
			context := m.ctxAt > 0 && i >= m.ctxAt-1
			if !all && (context || x.lex.arrivalDay.MatchString(st.Text)) {
				continue
			}
			for _, dm := range x.arrivalsLast(st, dated.dates[st.idx]) {
				if dm.Date == "" || x.reportingDate(st, dm.Span.Start) || m.inPlan(st.idx, dm.Span.Start) {
					continue
				}
				if context && (len(dm.Date) < len("2006-01-02") || farFromReport(dm.Date, ref.date)) {
					// a sentence that only speaks of the meeting may name a
					// month of something else ("the bloc it left in July"),
					// or the day of an earlier event, weeks before the report
					continue
				}
				return dm.Date, "text"
			}
		}
	}
	if doc.seg.DatelineDate != "" && !x.syndicated(doc) {
		for _, dm := range x.dates.Find(doc.seg.DatelineDate, text.Tokenize(doc.seg.DatelineDate), ref.parsed) {
			if dm.Date != "" {
				return dm.Date, "dateline"
			}
		}
	}
	if ref.date == "" {
		return "", ""
	}
	if ref.inferred {
		return ref.date, "inferred"
	}
	return ref.date, "published"
}

// pastOnlyInAside: every mention of an earlier meeting in a sentence of a
// meeting lies in an aside on a participant ("X, who attended the summit in
// Rome last week, met Y in Paris"): the sentence reports the meeting it
// names outside the aside.
func (x *Extractor) pastOnlyInAside(st *sentence, strong bool) bool {
	if !strong || x.lex.relativeAside == nil {
		return false
	}
	asides := x.lex.relativeAside.FindAllStringIndex(st.Text, -1)
	if len(asides) == 0 {
		return false
	}
	for _, re := range x.lex.pastMeeting {
		for _, loc := range re.FindAllStringIndex(st.Text, -1) {
			if !slices.ContainsFunc(asides, func(a []int) bool { return a[0] <= loc[0] && loc[1] <= a[1] }) {
				return false
			}
		}
	}
	return true
}
