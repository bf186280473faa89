package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// referenceDate settles the date relative expressions resolve against: the
// front matter's publication date, else a date standing at the head of the
// text, else a year the text pins down (a completed period of that year and
// a deadline "by the end of" the same year).
func (d *docState) referenceDate() {
	if d.doc.Date != "" {
		d.ref = d.doc.Date
		return
	}
	for i, st := range d.sents {
		if i >= 4 {
			break
		}
		if len(st.words) > 10 {
			continue
		}
		for _, dm := range ParseDates(st.Text, "") {
			if len(dm.Date) == 10 {
				d.ref = dm.Date
				return
			}
		}
	}
	if d.seg.DatelineDate != "" {
		for _, dm := range ParseDates(d.seg.DatelineDate, "") {
			if len(dm.Date) >= 4 {
				d.ref = dm.Date
				return
			}
		}
	}
	d.ref = d.inferYear()
	d.refInferred = d.ref != ""
}

var (
	yearRE     = regexp.MustCompile(`\b(19[5-9]\d|20\d\d)\b`)
	deadlineRE = regexp.MustCompile(`(?i)\b(by|until|till|before|through|to)( the end of| the end)?\s*$`)
)

func (d *docState) inferYear() string {
	lower, upper := 0, 0
	for _, st := range d.sents {
		for _, loc := range yearRE.FindAllStringIndex(st.Text, -1) {
			y, _ := strconv.Atoi(st.Text[loc[0]:loc[1]])
			before := st.Text[max(0, loc[0]-20):loc[0]]
			if deadlineRE.MatchString(before) {
				if upper == 0 || y < upper {
					upper = y
				}
			} else if y > lower {
				lower = y
			}
		}
	}
	if lower > 0 && lower == upper {
		return strconv.Itoa(lower)
	}
	return ""
}

// assignSpeakers decides who says each sentence: the transcript turn's
// speaker, the person a speech verb attributes it to, the attribution of the
// quotation it belongs to, or the narrator.
func (d *docState) assignSpeakers() {
	var lastSubject string
	attributed := make([]string, len(d.sents))
	for i, st := range d.sents {
		if st.turn >= 0 {
			if cl := d.speakers[st.turn]; cl != nil {
				st.speaker = cl.name
			}
			continue
		}
		st.subject = lastSubject
		who := d.attribution(st, lastSubject)
		attributed[i] = who
		if len(st.people) > 0 {
			lastSubject = st.people[0].name
		}
		if who != "" {
			lastSubject = who
		}
	}
	for i, st := range d.sents {
		if st.turn >= 0 {
			continue
		}
		st.speaker = attributed[i]
		if st.speaker != "" || !st.Quoted && len(st.Quotes) == 0 {
			continue
		}
		// a quotation spanning several sentences: its attribution is in
		// another sentence of the same paragraph
		for j := i + 1; j < len(d.sents) && d.sents[j].Para == st.Para; j++ {
			if attributed[j] != "" {
				st.speaker = attributed[j]
				break
			}
		}
		for j := i - 1; st.speaker == "" && j >= 0 && d.sents[j].Para == st.Para; j-- {
			if attributed[j] != "" {
				st.speaker = attributed[j]
			}
		}
	}
}

// attribution finds the person a speech verb in the sentence points to.
func (d *docState) attribution(st *sentence, lastSubject string) string {
	for i, w := range st.words {
		if !d.x.lex.speech[w.f] {
			continue
		}
		if w.f == "according" {
			if i+1 < len(st.words) && st.words[i+1].f == "to" {
				if p := mentionAfter(st, st.words[i+1].e, 40); p != "" {
					return p
				}
			}
			continue
		}
		// "X said", "the Russian prime minister said", "X noted that"
		if p := mentionBefore(st, w.s, 12); p != "" {
			return p
		}
		if i > 0 && (st.words[i-1].f == "he" || st.words[i-1].f == "she") {
			return lastSubject
		}
		// "said Xi", "said Hungarian Prime Minister X"
		if p := mentionAfter(st, w.e, 60); p != "" {
			return p
		}
	}
	return ""
}

func mentionBefore(st *sentence, off, within int) string {
	for k := len(st.people) - 1; k >= 0; k-- {
		p := st.people[k]
		if p.e <= off {
			// "X, the foreign minister of Y, said": across an appositive
			if off-p.e <= within || appositiveRE.MatchString(st.Text[p.e:off]) {
				return p.name
			}
			return ""
		}
	}
	return ""
}

var appositiveRE = regexp.MustCompile(`^\s*,[^,.;:"“”]{1,80},\s*$`)

// partOfName: a city match inside a person's mention ("Milan X").
func (d *docState) partOfName(st *sentence, g gazetteer.Match) bool {
	for _, p := range st.people {
		if p.s <= g.Start && g.End <= p.e {
			return true
		}
	}
	return false
}

func mentionAfter(st *sentence, off, within int) string {
	for _, p := range st.people {
		if p.s >= off {
			if p.s-off <= within && !strings.ContainsAny(st.Text[off:p.s], ".,;:\"“”()") {
				return p.name
			}
			return ""
		}
	}
	return ""
}

// offices turns the titles found with names into offices held.
func (d *docState) offices() {
	seen := map[string]bool{}
	for _, cl := range d.people {
		for _, r := range cl.roles {
			o := Office{Person: cl.name, Role: r.Role, Country: r.Country, Observed: d.ref, Evidence: cl.ev}
			var side fact.Side
			if o.Country == "" {
				// A title without a country: other documents may state it;
				// failing that, the document's context decides (Merge).
				c, of := d.sideFor(cl)
				if d.country[cl] != "" {
					o.Country = c
				} else if of != "" {
					side.Of = of
				} else {
					side.Fallback = c
				}
			}
			k := o.Person + "|" + o.Role + "|" + o.Country + "|" + side.Of
			if seen[k] || o.Role == "" {
				continue
			}
			seen[k] = true
			if o.Country == "" {
				d.open.Offices[len(d.facts.Offices)] = side
			}
			d.facts.Offices = append(d.facts.Offices, o)
		}
	}
}

// sideFor guesses the country of a person whose title names none: the
// country of another of their titles, the speaker's when a transcript
// speaker names a colleague, the "X side" the sentence speaks of, else the
// host country.
func (d *docState) sideFor(cl *cluster) (country, sideOf string) {
	if c := d.country[cl]; c != "" {
		return c, ""
	}
	for _, st := range d.sents {
		mentioned := false
		for _, p := range st.people {
			if p.name == cl.name {
				mentioned = true
			}
		}
		if !mentioned {
			continue
		}
		if st.turn >= 0 && st.speaker != "" && st.speaker != cl.name {
			if sp := d.clusterByName(st.speaker); sp != nil && d.country[sp] != "" {
				return d.country[sp], ""
			}
			return "", st.speaker
		}
		for i := 0; i+1 < len(st.words); i++ {
			if st.words[i+1].f == "side" {
				if c := countryOf(st.match(i)); c != "" {
					return c, ""
				}
			}
		}
		break
	}
	return d.host, ""
}

// otherMeetingRE marks sentences about another meeting than the one
// reported: one planned, or one held before.
var otherMeetingRE = regexp.MustCompile(`(?i)\b(last|previously|first|earlier|already) (met|visited|held talks)\b|\b(will|would|shall|to|plans? to|expected to|due to) (meet|visit|hold (talks|a meeting))\b|\b(next|upcoming|forthcoming|future) (meeting|visit|summit|round|session)\b|\bis scheduled\b|\bare scheduled\b`)

var joinRE = regexp.MustCompile(`(?i)\balso (attended|took part|participated|joined|present)\b|\bwere also present\b|\bjoined (the|them)\b`)

var sidelinesRE = regexp.MustCompile(`(?i)\bon the (sidelines|margins)\b`)

var delegationRE = regexp.MustCompile(`(?i)\b(represented by|delegation|accompanied by)\b`)

var strongMeeting = map[string]bool{"met": true, "meet": true, "meets": true, "meeting": true, "talks": true,
	"negotiations": true, "visit": true, "summit": true, "shake": true, "shook": true, "conference": true,
	"co-chaired": true, "hosted": true, "welcomed": true, "received": true}

type meetingDraft struct {
	people []string
	sents  []*sentence
	call   bool
}

// meetings finds who met whom: the people named in sentences about a
// meeting, and the speakers of a transcript.
func (d *docState) meetings() {
	var main *meetingDraft
	var drafts []*meetingDraft
	var context []*sentence
	speakers := []string{}
	for _, cl := range d.speakers {
		speakers = appendUnique(speakers, cl.name)
	}
	sort.Strings(speakers)
	if len(speakers) > 0 {
		main = &meetingDraft{people: speakers}
		drafts = append(drafts, main)
	}
	for _, st := range d.sents {
		strong, call, ctxWord := false, false, false
		for _, w := range st.words {
			if d.x.lex.callWord[w.f] {
				call = true
			}
			if strongMeeting[w.f] {
				strong = true
			}
			if d.x.lex.meetingWord[w.f] {
				ctxWord = true
			}
		}
		if (ctxWord || strong || call) && otherMeetingRE.MatchString(st.Text) {
			continue
		}
		if ctxWord {
			context = append(context, st)
		}
		if !strong && !call {
			continue
		}
		people := d.participants(st)
		if len(people) > 4 || delegationRE.MatchString(st.Text) {
			// a delegation list names who came along, not who met
			continue
		}
		if call {
			if len(people) >= 2 {
				drafts = append(drafts, &meetingDraft{people: people, sents: []*sentence{st}, call: true})
			}
			continue
		}
		if len(people) == 0 {
			continue
		}
		if main != nil && joinRE.MatchString(st.Text) {
			// "X and Y also attended": they joined the event reported
			for _, p := range people {
				main.people = appendUnique(main.people, p)
			}
			continue
		}
		placed := false
		for _, m := range drafts {
			if m.call {
				continue
			}
			if subset(people, m.people) || subset(m.people, people) {
				for _, p := range people {
					m.people = appendUnique(m.people, p)
				}
				m.sents = append(m.sents, st)
				placed = true
				break
			}
		}
		if placed {
			continue
		}
		if len(people) >= 2 || main == nil {
			m := &meetingDraft{people: people, sents: []*sentence{st}}
			drafts = append(drafts, m)
			if main == nil {
				main = m
			}
		}
	}
	if main != nil {
		main.sents = append(main.sents, context...)
	}
	// also without a meeting: the dateline still says where the report is from
	mainCity, mainCountry := d.meetingPlace(main, true)
	d.host = mainCountry
	for _, m := range drafts {
		if len(m.people) < 2 && !(m == main && len(d.seg.Turns) > 0) {
			continue
		}
		mt := Meeting{Kind: "meeting", Participants: m.people}
		if m.call {
			mt.Kind = "call"
		}
		if len(m.sents) > 0 {
			mt.Evidence = d.evidence(m.sents[0])
		} else if len(d.sents) > 0 {
			mt.Evidence = d.evidence(d.sents[0])
		}
		mt.Date, mt.DateSource = d.meetingDate(m, true)
		if !m.call {
			if m == main {
				mt.City, mt.Country = mainCity, mainCountry
			} else {
				mt.City, mt.Country = d.meetingPlace(m, false)
			}
			if mt.City == "" && m != main && main != nil && sidelinesRE.MatchString(m.sents[0].Text) {
				// "held talks on the sidelines": where the main event was
				mt.City, mt.Country = mainCity, mainCountry
			}
			if m == main {
				mt.Occasion = d.occasion()
			}
		}
		sort.Strings(mt.Participants)
		d.facts.Meetings = append(d.facts.Meetings, mt)
	}
}

// participants lists the people a meeting sentence says took part, leaving
// out those only greeted or sent wishes ("best wishes from X to Y").
func (d *docState) participants(st *sentence) []string {
	var out []string
	greeting := false
	for _, w := range st.words {
		switch w.f {
		case "wishes", "greetings", "regards", "congratulating", "congratulated", "regard":
			greeting = true
		}
	}
	// "In Lima, she met X": the pronoun is the last subject
	if st.subject != "" {
		firstPerson := len(st.Text)
		if len(st.people) > 0 {
			firstPerson = st.people[0].s
		}
		for _, w := range st.words {
			if w.s >= firstPerson {
				break
			}
			if w.f == "he" || w.f == "she" {
				out = appendUnique(out, st.subject)
				break
			}
		}
	}
	for _, p := range st.people {
		if greeting {
			before := strings.ToLower(strings.TrimSpace(st.Text[max(0, p.s-40):p.s]))
			if strings.HasSuffix(before, "from") || strings.HasSuffix(before, "to") ||
				strings.Contains(before, "from ") || strings.Contains(before, " to ") {
				continue
			}
		}
		out = appendUnique(out, p.name)
	}
	// "his Russian counterpart", "his Brazilian peer"
	for i, w := range st.words {
		if (w.f == "counterpart" || w.f == "peer") && i > 0 && len(st.people) > 0 {
			c := countryOf(st.match(i - 1))
			if c == "" {
				continue
			}
			subj := d.clusterByName(st.people[0].name)
			if subj == nil {
				continue
			}
			for _, r := range subj.roles {
				if cl := d.holder(role{Role: r.Role, Country: c}); cl != nil {
					out = appendUnique(out, cl.name)
					break
				}
			}
		}
	}
	return out
}

// meetingPlace finds where a meeting was: a city named in its sentences,
// else the dateline's city, else a country it was held in.
func (d *docState) meetingPlace(m *meetingDraft, isMain bool) (string, string) {
	if m != nil {
		for _, st := range m.sents {
			if c := d.capitalNamed(st); c != nil {
				return c.Name, c.Country
			}
			for k, g := range st.gaz {
				if g.Kind != gazetteer.MatchCity || g.City == nil {
					continue
				}
				if !locative(st, k) || d.partOfName(st, g) {
					continue
				}
				return g.City.Name, g.City.Country
			}
		}
	}
	if d.seg.Dateline != "" {
		// a dateline city of a country the text never mentions is more
		// likely a namesake ("BALI" the island is no Indian town)
		if c, ok := d.x.gz.City(strings.Trim(d.seg.Dateline, " ,.")); ok && d.mentions(c.Country) {
			return c.Name, c.Country
		}
		for _, g := range d.x.gz.Scan(titleCaseWords(d.seg.Dateline)) {
			if g.Kind == gazetteer.MatchCity && g.City != nil && d.mentions(g.City.Country) {
				return g.City.Name, g.City.Country
			}
		}
	}
	if m != nil {
		for _, st := range m.sents {
			for _, g := range st.gaz {
				if g.Kind != gazetteer.MatchCountry || g.Country == nil || g.Country.Kind != gazetteer.KindCountry {
					continue
				}
				before := strings.ToLower(strings.TrimSpace(st.Text[max(0, g.Start-4):g.Start]))
				if strings.HasSuffix(before, "in") || strings.HasSuffix(before, "to") {
					return "", g.Country.Name
				}
			}
		}
	}
	return "", ""
}

var locativeRE = regexp.MustCompile(`(?i)(\bin|\bat|\bto|\bvisiting|\bvisit|\bcity of|\bcapital,?|\bheld in)\s*(the\s+)?$`)

// locative reports whether the place mention k of a sentence says where
// something happens ("in X", "to X", "visiting X"), not whom a capital
// stands for ("a priority for Moscow").
func locative(st *sentence, k int) bool {
	start := st.gaz[k].Start
	// "to Norway and Bergen": step back over other places joined by "and"
	for j := k - 1; j >= 0; j-- {
		between := strings.TrimSpace(st.Text[st.gaz[j].End:start])
		if between != "and" && between != "," {
			break
		}
		start = st.gaz[j].Start
	}
	return locativeRE.MatchString(st.Text[max(0, start-20):start])
}

// capitalNamed finds a capital the sentence names by its country: "in the
// Moroccan capital", "in the capital of Morocco".
func (d *docState) capitalNamed(st *sentence) *gazetteer.City {
	for k, g := range st.gaz {
		if g.Country == nil || g.Country.Capital == "" || (g.Kind != gazetteer.MatchDemonym && g.Kind != gazetteer.MatchCountry) {
			continue
		}
		before := strings.ToLower(st.Text[max(0, g.Start-24):g.Start])
		after := strings.ToLower(st.Text[g.End:])
		named := g.Kind == gazetteer.MatchDemonym && strings.HasSuffix(before, "the ") && strings.HasPrefix(after, " capital") ||
			g.Kind == gazetteer.MatchCountry && strings.HasSuffix(before, "the capital of ")
		if !named || !locative(st, k) && !strings.HasSuffix(before, "the capital of ") {
			continue
		}
		if c, ok := d.x.gz.City(g.Country.Capital); ok {
			return c
		}
	}
	return nil
}

// mentions reports whether the document names a country, its people or
// one of its cities anywhere.
func (d *docState) mentions(country string) bool { return d.mentioned[country] }

func titleCaseWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if p != "" {
				parts[j] = titleCase(p)
			}
		}
		ws[i] = strings.Join(parts, "-")
	}
	return strings.Join(ws, " ")
}

// meetingDate finds when a meeting was: a date in its sentences, else the
// dateline's, else the publication date (for the document's main meeting).
func (d *docState) meetingDate(m *meetingDraft, isMain bool) (string, string) {
	for _, st := range m.sents {
		for _, dm := range ParseDates(st.Text, d.ref) {
			if dm.Date != "" {
				return dm.Date, "text"
			}
		}
	}
	if !isMain {
		return "", ""
	}
	if d.seg.DatelineDate != "" {
		for _, dm := range ParseDates(d.seg.DatelineDate, d.ref) {
			if dm.Date != "" {
				return dm.Date, "dateline"
			}
		}
	}
	if d.ref == "" {
		return "", ""
	}
	if d.refInferred {
		return d.ref, "inferred"
	}
	return d.ref, "published"
}

var occasionRE = regexp.MustCompile(`(?:on the sidelines of|on the margins of|on the eve of|during|to attend|for|at|after|a meeting of|participated in a meeting of)\s+(?:the\s+|this\s+|a\s+)?((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*|of|and|the|for|on|\(|\)|[A-Z0-9]+)(?:\s+(?:[A-Z][\w’'()-]*|of|and|the|for|on|to|[A-Z0-9()]+))*)`)

// occasionLowerRE finds an event whose head word is not capitalised: "on the
// margins of the BRICS ministerial meeting".
var occasionLowerRE = regexp.MustCompile(`(?:on the sidelines of|on the margins of|during|to attend|at)\s+(?:the\s+|a\s+)?((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*\s+)+(?:[a-z’'-]+\s+){0,2}(?:meeting|summit|session|conference|forum|council|talks))\b`)

var occasionHead = regexp.MustCompile(`(Council|Summit|Forum|Exhibition|Conference|Session|Assembly|Meeting|Congress|Expo|Games|Week|Dialogue)\b`)

// occasion finds the larger event a meeting took place at, once per document.
func (d *docState) occasion() string {
	if !d.occasionDone {
		d.occasionName, d.occasionDone = d.findOccasion(), true
	}
	return d.occasionName
}

// eventWords: a sentence naming an event holds one of these.
var eventWords = []string{"council", "summit", "forum", "exhibition", "conference", "session", "assembly",
	"meeting", "congress", "expo", "games", "week", "dialogue", "talks"}

func (d *docState) findOccasion() string {
	var candidates []*sentence
	for _, st := range d.sents {
		if containsAny(strings.ToLower(st.Text), eventWords) {
			candidates = append(candidates, st)
		}
	}
	for _, st := range candidates {
		for _, m := range occasionRE.FindAllStringSubmatch(st.Text, -1) {
			name := strings.TrimSpace(m[1])
			name = strings.TrimSpace(strings.TrimRight(name, "( "))
			for _, suf := range []string{" and", " of", " the", " for", " on", " to", " meeting", " session"} {
				name = strings.TrimSuffix(name, suf)
			}
			if occasionHead.MatchString(name) && len(strings.Fields(name)) >= 2 {
				return name
			}
		}
	}
	for _, st := range candidates {
		if m := occasionLowerRE.FindStringSubmatch(st.Text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

func appendUnique(xs []string, x string) []string {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}
