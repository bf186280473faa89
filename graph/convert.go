package graph

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
)

// Fact kinds counted in WriteStats.Facts.
const (
	KindPeople      = "people"
	KindOffices     = "offices"
	KindMeetings    = "meetings"
	KindClaims      = "claims"
	KindCoChairs    = "co-chairs"
	KindPartners    = "partners"
	KindCommitments = "commitments"
)

// Convert turns the facts of several documents into quads without a store:
// meetings reported by more than one of them are merged and conflicting
// claims linked exactly as Store.Write would do on an empty store.
func Convert(docs []fact.Facts) []quad.Quad {
	var out []quad.Quad
	for _, p := range plan(&snapshot{}, docs) {
		out = append(out, p.quads...)
	}
	return out
}

// docPlan is what one document will contribute to the store.
type docPlan struct {
	doc   string // document IRI, the label of every quad below
	name  string
	quads []quad.Quad
	facts map[string]int
}

// snapshot is what the store already holds that a new document can merge
// with: meetings and claims reported by documents outside the batch.
type snapshot struct {
	meetings []*meetingCand
	claims   []*claimCand
	// claimsByKey indexes claims by conflictKey, built on first use
	claimsByKey map[string][]*claimCand
	conflicts   map[[2]string]bool // claim pairs already linked by a document outside the batch
}

type meetingCand struct {
	iri    string
	kind   string // "meeting" or "call"
	people map[string]bool
	cities map[string]bool // city slugs
	dates  map[string]bool
	docs   map[string]bool // document IRIs that report it
}

type claimCand struct {
	iri     string
	speaker string // person IRI, "" for the narrator
	metrics map[string]bool
	value   float64
	unit    string
	period  string
	doc     string // the reporting document, for claims of this batch
}

// maxConflictLinks bounds the dg:conflicts-with links a new claim gets, so
// the graph grows linearly however many speakers dispute one figure;
// `ask conflicts` still pairs every claim at query time.
const maxConflictLinks = 4

// conflictKey buckets claims that can conflict: the same measure and
// period. An unstated period is the same only within one conversation.
func conflictKey(c *claimCand) []string {
	var periods []string
	if c.period != "" {
		periods = append(periods, c.period)
	}
	if c.doc != "" {
		periods = append(periods, "@"+c.doc) // the conversation it was said in
	}
	var keys []string
	for m := range c.metrics {
		family := fact.MetricFamily(m)
		for _, p := range periods {
			keys = append(keys, family+"|"+p)
		}
	}
	sort.Strings(keys)
	return keys
}

// plan resolves meeting identities and claim conflicts for a batch and
// converts each document. Documents are taken in order of publication date
// (then name) so that the result does not depend on the order files were
// listed in.
func plan(snap *snapshot, docs []fact.Facts) []docPlan {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		da, db := docs[order[a]].Doc, docs[order[b]].Doc
		if da.Date != db.Date {
			return da.Date < db.Date
		}
		return DocKey(da.Name) < DocKey(db.Name)
	})
	if snap.conflicts == nil {
		snap.conflicts = map[[2]string]bool{}
	}
	plans := make([]docPlan, 0, len(docs))
	for _, i := range order {
		f := docs[i]
		doc := DocIRI(f.Doc.Name)
		ids := snap.resolveMeetings(doc, f)
		conflicts := snap.resolveClaims(f)
		plans = append(plans, docPlan{
			doc:   doc,
			name:  f.Doc.Name,
			quads: convertDoc(f, ids, conflicts),
			facts: countFacts(f),
		})
	}
	return plans
}

func countFacts(f fact.Facts) map[string]int {
	return map[string]int{
		KindPeople:      len(f.People),
		KindOffices:     len(f.Offices),
		KindMeetings:    len(f.Meetings),
		KindClaims:      len(f.Claims),
		KindCoChairs:    len(f.CoChairs),
		KindPartners:    len(f.Partners),
		KindCommitments: len(f.Commitments),
	}
}

// resolveMeetings gives each meeting of the document a node: the node of a
// compatible meeting reported elsewhere, or a new one.
func (s *snapshot) resolveMeetings(doc string, f fact.Facts) []string {
	ids := make([]string, len(f.Meetings))
	used := map[string]bool{}
	for i, m := range f.Meetings {
		c := factCand(doc, m)
		var best *meetingCand
		bestScore := -1
		for _, old := range s.meetings {
			// Two meetings of one document are two meetings.
			if old.docs[doc] {
				continue
			}
			sc, ok := meetingsCompatible(old, c)
			if !ok {
				continue
			}
			if sc > bestScore || (sc == bestScore && old.iri < best.iri) {
				best, bestScore = old, sc
			}
		}
		if best == nil {
			c.iri = newMeetingIRI(m.Kind, m.Participants, m.City, strings.TrimSpace(m.Date), f.Doc.Name)
			// The same document may report two meetings with equal fields;
			// they stay two, numbered by order of appearance.
			for n := 2; used[c.iri]; n++ {
				c.iri = newMeetingIRI(m.Kind, m.Participants, m.City, strings.TrimSpace(m.Date), f.Doc.Name+"#"+itoa(n))
			}
			used[c.iri] = true
			s.meetings = append(s.meetings, c)
			ids[i] = c.iri
			continue
		}
		best.merge(c)
		ids[i] = best.iri
	}
	return ids
}

func factCand(doc string, m fact.Meeting) *meetingCand {
	c := &meetingCand{
		kind:   meetingKind(m.Kind),
		people: map[string]bool{},
		cities: map[string]bool{},
		dates:  map[string]bool{},
		docs:   map[string]bool{doc: true},
	}
	for _, p := range m.Participants {
		if strings.TrimSpace(p) != "" {
			c.people[PersonIRI(p)] = true
		}
	}
	if strings.TrimSpace(m.City) != "" {
		c.cities[Slug(m.City)] = true
	}
	if d := strings.TrimSpace(m.Date); d != "" {
		c.dates[d] = true
	}
	return c
}

func (c *meetingCand) merge(o *meetingCand) {
	for k := range o.people {
		c.people[k] = true
	}
	for k := range o.cities {
		c.cities[k] = true
	}
	for k := range o.dates {
		c.dates[k] = true
	}
	for k := range o.docs {
		c.docs[k] = true
	}
}

// meetingsCompatible applies the merge rules of docs/SCHEMA.md and scores
// the match so the closest of several candidates wins.
func meetingsCompatible(old, c *meetingCand) (int, bool) {
	if old.kind != c.kind {
		return 0, false
	}
	shared := 0
	for p := range c.people {
		if old.people[p] {
			shared++
		}
	}
	small := len(c.people)
	if len(old.people) < small {
		small = len(old.people)
	}
	if shared == 0 || shared != small {
		return 0, false
	}
	cityEqual := false
	if len(c.cities) > 0 && len(old.cities) > 0 {
		for k := range c.cities {
			if !old.cities[k] {
				return 0, false
			}
		}
		cityEqual = true
	}
	dateEqual := false
	for d := range c.dates {
		for od := range old.dates {
			if !datesCompatible(d, od) {
				return 0, false
			}
			if d == od {
				dateEqual = true
			}
		}
	}
	if !cityEqual && !dateEqual {
		return 0, false
	}
	score := 4 * shared
	if cityEqual {
		score += 2
	}
	if dateEqual {
		score += 2
	}
	return score, true
}

// datesCompatible: one is a prefix of the other ("2023-02" and
// "2023-02-02") or two full dates at most a day apart (time zones and
// reports written the next morning).
func datesCompatible(a, b string) bool {
	if a == "" || b == "" || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true
	}
	ta, errA := time.Parse("2006-01-02", a)
	tb, errB := time.Parse("2006-01-02", b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d <= 24*time.Hour && d >= -24*time.Hour
}

// resolveClaims returns the conflict pairs this document introduces and
// remembers its claims for the documents after it.
func (s *snapshot) resolveClaims(f fact.Facts) [][2]string {
	if s.claimsByKey == nil {
		s.claimsByKey = map[string][]*claimCand{}
		for _, c := range s.claims {
			for _, k := range conflictKey(c) {
				s.claimsByKey[k] = append(s.claimsByKey[k], c)
			}
		}
	}
	var out [][2]string
	seen := map[[2]string]bool{}
	for _, cl := range f.Claims {
		c := claimFact(cl)
		c.doc = f.Doc.Name
		links := 0
		for _, k := range conflictKey(c) {
			for _, old := range s.claimsByKey[k] {
				if links >= maxConflictLinks {
					break
				}
				if old.iri == c.iri || !claimsConflict(old, c) {
					continue
				}
				pair := orderedPair(old.iri, c.iri)
				if s.conflicts[pair] || seen[pair] {
					continue
				}
				seen[pair] = true
				out = append(out, pair)
				links++
			}
		}
		s.claims = append(s.claims, c)
		for _, k := range conflictKey(c) {
			s.claimsByKey[k] = append(s.claimsByKey[k], c)
		}
	}
	return out
}

func orderedPair(a, b string) [2]string {
	if b < a {
		a, b = b, a
	}
	return [2]string{a, b}
}

func claimFact(cl fact.Claim) *claimCand {
	c := &claimCand{
		iri:     ClaimIRI(cl.Speaker, cl.Value, cl.Unit, cl.Period),
		metrics: map[string]bool{},
		value:   cl.Value,
		unit:    normText(cl.Unit),
		period:  strings.TrimSpace(cl.Period),
	}
	if strings.TrimSpace(cl.Speaker) != "" {
		c.speaker = PersonIRI(cl.Speaker)
	}
	if m := normText(cl.Metric); m != "" {
		c.metrics[m] = true
	}
	return c
}

// claimsConflict: two identified speakers state different figures (beyond
// rounding, 1%) for the same metric, unit and period.
func claimsConflict(a, b *claimCand) bool {
	if a.speaker == "" || b.speaker == "" || a.speaker == b.speaker {
		return false
	}
	if a.unit != b.unit {
		return false
	}
	if a.period == "" || b.period == "" {
		if a.doc == "" || a.doc != b.doc {
			return false
		}
	} else if a.period != b.period {
		return false
	}
	same := false
	for m := range a.metrics {
		for n := range b.metrics {
			if fact.MetricFamily(m) == fact.MetricFamily(n) {
				same = true
			}
		}
	}
	if !same {
		return false
	}
	big := math.Max(math.Abs(a.value), math.Abs(b.value))
	return math.Abs(a.value-b.value) > 0.01*big
}

// quadSet collects a document's quads once each: duplicates would leak
// reference counts in the store (see notes on Cayley).
type quadSet struct {
	label quad.Value
	seen  map[quad.Quad]bool
	list  []quad.Quad
}

func (s *quadSet) add(sub, pred string, obj quad.Value) {
	if obj == nil {
		return
	}
	if str, ok := obj.(quad.String); ok && strings.TrimSpace(string(str)) == "" {
		return
	}
	q := quad.Quad{Subject: quad.IRI(sub), Predicate: quad.IRI(pred), Object: obj, Label: s.label}
	if s.seen[q] {
		return
	}
	s.seen[q] = true
	s.list = append(s.list, q)
}

func (s *quadSet) link(sub, pred, obj string) { s.add(sub, pred, quad.IRI(obj)) }

func (s *quadSet) str(sub, pred, v string) { s.add(sub, pred, quad.String(strings.TrimSpace(v))) }

// node gives an entity its type and display name.
func (s *quadSet) node(iri, class, name string) {
	s.link(iri, PredType, class)
	s.str(iri, PredName, name)
}

func (s *quadSet) person(name string) string {
	iri := PersonIRI(name)
	s.node(iri, ClassPerson, name)
	return iri
}

func (s *quadSet) country(name string) string {
	iri := CountryIRI(name)
	s.node(iri, ClassCountry, name)
	return iri
}

func (s *quadSet) city(country, city string) string {
	iri := CityIRI(country, city)
	s.node(iri, ClassCity, city)
	if strings.TrimSpace(country) != "" {
		s.link(iri, PredInCountry, s.country(country))
	}
	return iri
}

func nonEmpty(s string) bool { return strings.TrimSpace(s) != "" }

// convertDoc converts one document given the nodes its meetings resolved to
// and the claim conflicts it introduces.
func convertDoc(f fact.Facts, meetingIDs []string, conflicts [][2]string) []quad.Quad {
	d := f.Doc
	doc := DocIRI(d.Name)
	s := &quadSet{label: quad.IRI(doc), seen: map[quad.Quad]bool{}}

	title := d.Title
	if !nonEmpty(title) {
		title = d.Name
	}
	s.node(doc, ClassDocument, title)
	s.str(doc, PredFile, d.Name)
	s.str(doc, PredTitle, d.Title)
	if nonEmpty(d.Date) {
		s.add(doc, PredPublished, dateValue(d.Date))
	}
	s.str(doc, PredSource, d.Source)
	s.str(doc, PredURL, d.URL)
	s.str(doc, PredHash, d.Hash)

	evidence := func(subject string, ev fact.Evidence) {
		if ev.Span.End <= ev.Span.Start && !nonEmpty(ev.Sentence) {
			return
		}
		iri := SentenceIRI(d.Name, ev.Span.Start, ev.Span.End)
		name := d.Name
		if ev.Line > 0 {
			name += ":" + itoa(ev.Line)
		}
		s.node(iri, ClassSentence, name)
		s.str(iri, PredText, ev.Sentence)
		s.add(iri, PredStart, quad.Int(ev.Span.Start))
		s.add(iri, PredEnd, quad.Int(ev.Span.End))
		if ev.Line > 0 {
			s.add(iri, PredLine, quad.Int(ev.Line))
		}
		s.link(iri, PredInDocument, doc)
		s.link(subject, PredEvidence, iri)
	}

	for _, p := range f.People {
		if !nonEmpty(p.Name) {
			continue
		}
		iri := s.person(p.Name)
		for _, a := range p.Aliases {
			if strings.TrimSpace(a) != strings.TrimSpace(p.Name) {
				s.str(iri, PredAlias, a)
			}
		}
		if nonEmpty(p.Country) {
			s.link(iri, PredActsFor, s.country(p.Country))
		}
	}

	for _, o := range f.Offices {
		if !nonEmpty(o.Person) || !nonEmpty(o.Role) {
			continue
		}
		off := OfficeIRI(o.Person, o.Role, o.Country)
		name := strings.TrimSpace(o.Role)
		if nonEmpty(o.Country) {
			name += " of " + strings.TrimSpace(o.Country)
		}
		s.node(off, ClassOffice, name)
		s.str(off, PredRole, o.Role)
		if nonEmpty(o.Country) {
			s.link(off, PredOf, s.country(o.Country))
		}
		observed := o.Observed
		if !nonEmpty(observed) {
			observed = d.Date
		}
		if nonEmpty(observed) {
			s.add(off, PredObserved, dateValue(observed))
		}
		s.link(s.person(o.Person), PredHolds, off)
		evidence(off, o.Evidence)
	}

	for i, m := range f.Meetings {
		id := meetingIDs[i]
		class := ClassMeeting
		if meetingKind(m.Kind) == "call" {
			class = ClassCall
		}
		s.node(id, class, meetingName(m))
		if nonEmpty(m.Date) {
			s.add(id, PredDate, dateValue(m.Date))
		}
		switch {
		case nonEmpty(m.City):
			s.link(id, PredHeldIn, s.city(m.Country, m.City))
		case nonEmpty(m.Country):
			s.link(id, PredInCountry, s.country(m.Country))
		}
		s.str(id, PredOccasion, m.Occasion)
		for _, p := range m.Participants {
			if nonEmpty(p) {
				s.link(s.person(p), PredAttended, id)
			}
		}
		evidence(id, m.Evidence)
		s.link(doc, PredReports, id)
	}

	for _, cl := range f.Claims {
		id := ClaimIRI(cl.Speaker, cl.Value, cl.Unit, cl.Period)
		s.node(id, ClassClaim, claimName(cl))
		s.str(id, PredMetric, cl.Metric)
		s.add(id, PredValue, floatValue(cl.Value))
		s.str(id, PredUnit, cl.Unit)
		s.str(id, PredPeriod, cl.Period)
		if cl.ChangePct != nil {
			s.add(id, PredChangePct, floatValue(*cl.ChangePct))
		}
		s.str(id, PredApprox, cl.Approx)
		s.str(id, PredQuote, cl.Quote)
		if nonEmpty(cl.Speaker) {
			s.link(s.person(cl.Speaker), PredClaimed, id)
		}
		evidence(id, cl.Evidence)
		s.link(doc, PredReports, id)
	}
	for _, c := range conflicts {
		s.link(c[0], PredConflicts, c[1])
		s.link(c[1], PredConflicts, c[0])
	}

	for _, cc := range f.CoChairs {
		if !nonEmpty(cc.Person) || !nonEmpty(cc.Commission) {
			continue
		}
		p := s.person(cc.Person)
		com := CommissionIRI(cc.Commission)
		s.node(com, ClassCommission, cc.Commission)
		s.link(p, PredCoChaired, com)
		id := CoChairIRI(cc.Person, cc.Commission, cc.Country)
		name := strings.TrimSpace(cc.Person) + ", " + strings.TrimSpace(cc.Commission)
		if nonEmpty(cc.Country) {
			name += " (" + strings.TrimSpace(cc.Country) + ")"
		}
		s.node(id, ClassCoChair, name)
		s.link(id, PredCommission, com)
		if nonEmpty(cc.Country) {
			s.link(id, PredSide, s.country(cc.Country))
		}
		s.link(p, PredChairing, id)
		evidence(id, cc.Evidence)
	}

	for _, pt := range f.Partners {
		if !nonEmpty(pt.A) || !nonEmpty(pt.B) || Slug(pt.A) == Slug(pt.B) {
			continue
		}
		a, b := s.country(pt.A), s.country(pt.B)
		s.link(a, PredPartnerOf, b)
		s.link(b, PredPartnerOf, a)
		id := PartnershipIRI(pt.A, pt.B)
		na, nb := strings.TrimSpace(pt.A), strings.TrimSpace(pt.B)
		if Slug(nb) < Slug(na) {
			na, nb = nb, na
		}
		s.node(id, ClassPartnership, na+" – "+nb)
		s.link(id, PredParty, a)
		s.link(id, PredParty, b)
		evidence(id, pt.Evidence)
	}

	madeAt := ""
	if len(meetingIDs) == 1 {
		madeAt = meetingIDs[0]
	}
	for _, c := range f.Commitments {
		if !nonEmpty(c.Text) {
			continue
		}
		id := CommitmentIRI(c.Parties, c.Text)
		s.node(id, ClassCommitment, shorten(c.Text, 80))
		for _, p := range c.Parties {
			if nonEmpty(p) {
				s.link(id, PredParty, s.country(p))
			}
		}
		s.str(id, PredText, c.Text)
		s.str(id, PredStatus, c.Status)
		if nonEmpty(c.Due) {
			s.add(id, PredDue, dateValue(c.Due))
		}
		if madeAt != "" {
			s.link(id, PredMadeAt, madeAt)
		}
		evidence(id, c.Evidence)
		s.link(doc, PredReports, id)
	}
	return s.list
}

func meetingName(m fact.Meeting) string {
	var b strings.Builder
	if meetingKind(m.Kind) == "call" {
		b.WriteString("Call")
	} else {
		b.WriteString("Meeting")
	}
	var ps []string
	for _, p := range m.Participants {
		if nonEmpty(p) {
			ps = append(ps, strings.TrimSpace(p))
		}
	}
	if len(ps) > 0 {
		sort.Strings(ps) // reports list people in any order
		b.WriteString(": " + strings.Join(ps, ", "))
	}
	var where []string
	if nonEmpty(m.City) {
		where = append(where, strings.TrimSpace(m.City))
	}
	if nonEmpty(m.Date) {
		where = append(where, strings.TrimSpace(m.Date))
	}
	if len(where) > 0 {
		b.WriteString(" (" + strings.Join(where, ", ") + ")")
	}
	return b.String()
}

// claimName is built from the identifying fields only, so that every
// document reporting the claim gives it the same name.
func claimName(c fact.Claim) string {
	// Plain digits read better than an exponent in a display name.
	name := strconv.FormatFloat(c.Value, 'f', -1, 64)
	if nonEmpty(c.Unit) {
		name += " " + strings.TrimSpace(c.Unit)
	}
	if nonEmpty(c.Period) {
		name += " (" + strings.TrimSpace(c.Period) + ")"
	}
	return name
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
