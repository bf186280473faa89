package graph

import (
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/schema"
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
	// byPerson indexes meetings by participant: two reports of one meeting
	// share someone (fact.SameMeeting), so a report is compared with the
	// meetings of its own participants only.
	byPerson map[string][]*meetingCand
	claims   []*claimCand
	// claimsByKey indexes claims by fact.ConflictKeys, built on first use
	claimsByKey map[string][]*claimCand
	conflicts   map[[2]string]bool // claim pairs already linked by a document outside the batch
	// commitments are those of the documents planned so far, indexed by
	// party and word (commitmentKeys), for fact.SameCommitment
	commitments map[string][]*commitCand
	order       int
}

// commitCand is a commitment as an earlier document reported it.
type commitCand struct {
	iri, doc string
	c        fact.Commitment
	order    int // position in corpus order: the latest earlier report is followed
}

// meetingCand is a meeting node and what its reports say, in the form the
// same-meeting rule compares (people by person IRI, cities by slug).
type meetingCand struct {
	iri string
	fact.MeetingSighting
	docs map[string]bool // document IRIs that report it
}

// claimCand is a claim node in the form the conflict rule compares
// (speaker by person IRI, metric and unit normalised). Its Docs are set for
// claims of the batch only: a claim in the store was said in a document
// outside the batch, never in the same conversation as a new one.
type claimCand struct {
	iri string
	fig fact.Figure
}

// maxConflictLinks bounds the dg:conflicts-with links a new claim gets, so
// the graph grows linearly however many speakers dispute one figure. `ask
// conflicts` lists the links, so it shares the bound (docs/SCHEMA.md).
const maxConflictLinks = 4

// plan resolves meeting identities and claim conflicts for a batch and
// converts each document.
func plan(snap *snapshot, docs []fact.Facts) []docPlan {
	plans := make([]docPlan, 0, len(docs))
	planEach(snap, docs, func(p docPlan) bool {
		plans = append(plans, p)
		return true
	})
	return plans
}

// planEach is plan giving each document's plan to fn as it is made, so
// that a caller can use and drop it; it stops when fn returns false.
func planEach(snap *snapshot, docs []fact.Facts, fn func(docPlan) bool) {
	resolveEach(snap, docs, func(doc string, d kind.Doc) bool {
		return fn(docPlan{
			doc:   doc,
			name:  d.Facts.Doc.Name,
			quads: kind.DocQuads(d),
			facts: kind.CountFacts(d.Facts),
		})
	})
}

// resolveEach resolves the meetings and claim conflicts of each document
// in turn and gives fn the document's IRI and what kind.DocQuads converts;
// it stops when fn returns false. Documents are taken in order of
// publication date (then name) so that the result does not depend on the
// order files were listed in.
func resolveEach(snap *snapshot, docs []fact.Facts, fn func(doc string, d kind.Doc) bool) {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		da, db := docs[order[a]].Doc, docs[order[b]].Doc
		if da.Date != db.Date {
			return da.Date < db.Date
		}
		return schema.DocKey(da.Name) < schema.DocKey(db.Name)
	})
	if snap.conflicts == nil {
		snap.conflicts = map[[2]string]bool{}
	}
	for _, i := range order {
		f := docs[i]
		doc := schema.DocIRI(f.Doc.Name)
		d := kind.Doc{Facts: f, MeetingIDs: snap.resolveMeetings(doc, f), Conflicts: snap.resolveClaims(f),
			Follows: snap.resolveCommitments(doc, f)}
		if !fn(doc, d) {
			return
		}
	}
}

// resolveMeetings gives each meeting of the document a node: the node of
// the closest meeting reported elsewhere that fact.SameMeeting accepts, or
// a new one.
func (s *snapshot) resolveMeetings(doc string, f fact.Facts) []string {
	ids := make([]string, len(f.Meetings))
	used := map[string]bool{}
	for i, m := range f.Meetings {
		c := factCand(doc, m)
		var best *meetingCand
		bestScore := -1
		for _, old := range s.candidates(c) {
			// Two meetings of one document are two meetings.
			if old.docs[doc] {
				continue
			}
			sc, ok := fact.SameMeeting(old.MeetingSighting, c.MeetingSighting)
			if !ok {
				continue
			}
			if sc > bestScore || (sc == bestScore && old.iri < best.iri) {
				best, bestScore = old, sc
			}
		}
		if best == nil {
			date := strings.TrimSpace(m.Date)
			c.iri = schema.MeetingIRI(m.Kind, m.Participants, m.City, date, f.Doc.Name)
			// The same document may report two meetings with equal fields;
			// they stay two, numbered by order of appearance.
			for n := 2; used[c.iri]; n++ {
				c.iri = schema.MeetingIRI(m.Kind, m.Participants, m.City, date, f.Doc.Name+"#"+itoa(n))
			}
			used[c.iri] = true
			s.meetings = append(s.meetings, c)
			s.index(c, c.People)
			ids[i] = c.iri
			continue
		}
		added := map[string]bool{}
		for p := range c.People {
			if !best.People[p] {
				added[p] = true
			}
		}
		best.merge(c)
		s.index(best, added)
		ids[i] = best.iri
	}
	return ids
}

// resolveCommitments gives each commitment of the document the node of
// the same commitment (fact.SameCommitment) as the latest earlier
// document reported it, most words shared first; "" for a first report.
func (s *snapshot) resolveCommitments(doc string, f fact.Facts) []string {
	if s.commitments == nil {
		s.commitments = map[string][]*commitCand{}
	}
	out := make([]string, len(f.Commitments))
	var mine []*commitCand
	for i, c := range f.Commitments {
		if strings.TrimSpace(c.Text) == "" {
			continue
		}
		iri := schema.CommitmentIRI(c.Parties, c.Text)
		var best *commitCand
		bestShared := 0
		seen := map[*commitCand]bool{}
		for _, key := range commitmentKeys(c) {
			list := s.commitments[key]
			// the latest reports only: the latest earlier report is the one
			// followed, and a common word of a busy pair would make the
			// comparisons grow with the square of the corpus
			if len(list) > maxCommitmentCandidates {
				list = list[len(list)-maxCommitmentCandidates:]
			}
			for _, old := range list {
				if seen[old] || old.doc == doc || old.iri == iri {
					continue
				}
				seen[old] = true
				n, ok := fact.SameCommitment(old.c, c)
				if ok && (n > bestShared || n == bestShared && old.order > best.order) {
					best, bestShared = old, n
				}
			}
		}
		if best != nil {
			out[i] = best.iri
		}
		mine = append(mine, &commitCand{iri: iri, doc: doc, c: c})
	}
	// indexed after the document, so that its commitments follow none of its own
	for _, m := range mine {
		m.order = s.order
		s.order++
		for _, key := range commitmentKeys(m.c) {
			s.commitments[key] = append(s.commitments[key], m)
		}
	}
	return out
}

// maxCommitmentCandidates bounds the earlier reports a commitment is
// compared with under one key (a party and a word).
const maxCommitmentCandidates = 64

// commitmentKeys index a commitment by each of its parties with each of
// its words: two reports of one commitment share a party (one's parties
// are among the other's) and a word.
func commitmentKeys(c fact.Commitment) []string {
	var keys []string
	for _, p := range c.Parties {
		for _, w := range c.Words {
			keys = append(keys, p+"\x00"+w)
		}
	}
	return keys
}

// candidates are the known meetings that share a participant with c, each
// once, in the order they became known.
func (s *snapshot) candidates(c *meetingCand) []*meetingCand {
	seen := map[*meetingCand]bool{}
	var out []*meetingCand
	for p := range c.People {
		for _, m := range s.byPerson[p] {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

func (s *snapshot) index(m *meetingCand, people map[string]bool) {
	if s.byPerson == nil {
		s.byPerson = map[string][]*meetingCand{}
	}
	for p := range people {
		s.byPerson[p] = append(s.byPerson[p], m)
	}
}

func newMeetingCand(iri, meetingKind string) *meetingCand {
	return &meetingCand{iri: iri, docs: map[string]bool{}, MeetingSighting: fact.MeetingSighting{
		Kind: meetingKind, People: map[string]bool{}, Cities: map[string]bool{}, Dates: map[string]bool{}}}
}

func factCand(doc string, m fact.Meeting) *meetingCand {
	c := newMeetingCand("", schema.MeetingKind(m.Kind))
	c.docs[doc] = true
	for _, p := range m.Participants {
		if strings.TrimSpace(p) != "" {
			c.People[schema.PersonIRI(p)] = true
		}
	}
	if strings.TrimSpace(m.City) != "" {
		c.Cities[schema.CityKey(m.City)] = true
	}
	if d := strings.TrimSpace(m.Date); d != "" {
		c.Dates[d] = true
	}
	return c
}

func (c *meetingCand) merge(o *meetingCand) {
	for _, pair := range [][2]map[string]bool{{c.People, o.People}, {c.Cities, o.Cities}, {c.Dates, o.Dates}, {c.docs, o.docs}} {
		for k := range pair[1] {
			pair[0][k] = true
		}
	}
}

// resolveClaims returns the conflict pairs this document introduces (at
// most maxConflictLinks for each of its claims: the first found, the
// store's claims before the batch's, the batch's in the order written) and
// remembers its claims for the documents after it.
func (s *snapshot) resolveClaims(f fact.Facts) [][2]string {
	if s.claimsByKey == nil {
		s.claimsByKey = map[string][]*claimCand{}
		for _, c := range s.claims {
			for _, k := range fact.ConflictKeys(c.fig) {
				s.claimsByKey[k] = append(s.claimsByKey[k], c)
			}
		}
	}
	var out [][2]string
	seen := map[[2]string]bool{}
	for _, cl := range f.Claims {
		c := claimFact(cl, f.Doc.Name)
		keys := fact.ConflictKeys(c.fig)
		links := 0
		for _, k := range keys {
			for _, old := range s.claimsByKey[k] {
				if links >= maxConflictLinks {
					break
				}
				if old.iri == c.iri || !fact.Conflicting(old.fig, c.fig) {
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
		for _, k := range keys {
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

func claimFact(cl fact.Claim, doc string) *claimCand {
	c := &claimCand{
		iri: schema.ClaimIRI(cl.Speaker, cl.Value, cl.Unit, cl.Period),
		fig: fact.Figure{
			Value:  cl.Value,
			Unit:   schema.NormText(cl.Unit),
			Period: strings.TrimSpace(cl.Period),
			Docs:   []string{doc},
		},
	}
	if strings.TrimSpace(cl.Speaker) != "" {
		c.fig.Speaker = schema.PersonIRI(cl.Speaker)
	}
	if m := schema.NormText(cl.Metric); m != "" {
		c.fig.Metrics = []string{m}
	}
	if cl.ChangePct != nil {
		c.fig.Changes = []float64{*cl.ChangePct}
	}
	return c
}

// addMetric and addChange gather what the store's reports of a claim say.
func (c *claimCand) addMetric(m string) {
	if m != "" && !slices.Contains(c.fig.Metrics, m) {
		c.fig.Metrics = append(c.fig.Metrics, m)
	}
}

func (c *claimCand) addChange(x float64) {
	if !slices.Contains(c.fig.Changes, x) {
		c.fig.Changes = append(c.fig.Changes, x)
	}
}
