package queries

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/question"
)

// Searcher searches the evidence sentences (a *fulltext.Index).
type Searcher interface {
	Search(ctx context.Context, text string, limit int) ([]fulltext.Hit, int, error)
}

// RunOptions say how to answer a parsed question.
type RunOptions struct {
	Evidence bool     // keep the evidence sentences in the rows
	Undated  bool     // list meetings no document dates even when the question names no one
	Search   Searcher // the full-text index, for search questions (nil: none)
	Limit    int      // search hits to return (0: 20)
}

// Reply is the answer to a parsed question: one section per kind of fact
// it lists, and for the shapes that want it, a count or a yes or no.
type Reply struct {
	Query    question.Query
	Sections []Section
	Count    int   // how many facts fit (every shape)
	Yes      *bool // ShapeYesNo: whether any fact fits
	// Left says what fits the question but is not listed, and why ("2
	// meetings without a known date").
	Left []string
	// Hits are the evidence sentences a search found, best first, and
	// HitsTotal how many matched in all.
	Hits      []fulltext.Hit
	HitsTotal int
	// Used are the named questions whose records the reply read, for
	// --explain (their Gizmo scripts).
	Used []Question
	// Evidence says the rows keep their evidence sentences.
	Evidence bool
}

// Section is one list of an answer.
type Section struct {
	Name    string   // what the rows are ("meetings", "offices", "timeline")
	Item    string   // one row, singular ("meeting")
	Columns []string // the table's head
	Rows    []kind.Row
}

// topicQuestions are the named questions a topic lists.
var topicQuestions = map[question.Topic][]string{
	question.TopicMeetings:    {"meetings"},
	question.TopicCalls:       {"calls"},
	question.TopicVisits:      {"visits"},
	question.TopicContacts:    {"meetings", "calls", "visits"},
	question.TopicRoles:       {"roles"},
	question.TopicClaims:      {"claims"},
	question.TopicCoChairs:    {"co-chairs"},
	question.TopicPartners:    {"partners"},
	question.TopicCommitments: {"commitments"},
	question.TopicConflicts:   {"conflicts"},
	question.TopicPeople:      {"people"},
}

// run is the state of answering one question: the named questions' rows,
// read once each, and what links people to countries and documents to
// meetings.
type run struct {
	ctx     context.Context
	q       Querier
	pq      question.Query
	o       RunOptions
	answers map[string]Answer
	used    []Question
	// countriesOf maps a folded person name to the countries they hold
	// offices for.
	countriesOf map[string][]string
	// meetingsOf maps a document file to the in-person meetings it reports.
	meetingsOf map[string][]kind.MeetingRow
}

// Run answers a parsed question.
func Run(ctx context.Context, q Querier, pq question.Query, o RunOptions) (Reply, error) {
	r := &run{ctx: ctx, q: q, pq: pq, o: o, answers: map[string]Answer{}}
	rep := Reply{Query: pq, Evidence: o.Evidence}
	var err error
	switch pq.Topic {
	case question.TopicSearch:
		err = r.search(&rep)
	case question.TopicTimeline:
		err = r.timeline(&rep)
	case question.TopicProfile:
		err = r.profile(&rep)
	default:
		names, ok := topicQuestions[pq.Topic]
		if !ok {
			return Reply{}, fmt.Errorf("no question answers the topic %q", pq.Topic)
		}
		err = r.lists(&rep, names)
	}
	if err != nil {
		return Reply{}, err
	}
	rep.Used = r.used
	return rep, nil
}

// preload reads the records of several named questions in one Gizmo
// query and assembles each (those already read are skipped); when their
// records cannot share a script, each is read on its own later.
func (r *run) preload(names ...string) error {
	var qs []Question
	seen := map[string]bool{}
	for _, n := range names {
		if _, ok := r.answers[n]; ok || seen[n] {
			continue
		}
		seen[n] = true
		qu, err := Lookup(n)
		if err != nil {
			return err
		}
		qs = append(qs, qu)
	}
	if len(qs) == 0 {
		return nil
	}
	sets, err := kind.SetsOf(func(q Question) bool { return r.evidence(q.Name) }, qs...)
	if err != nil {
		return nil
	}
	rs, err := records(r.ctx, r.q, strings.Join(names, ", "), sets)
	if err != nil {
		return err
	}
	for _, qu := range qs {
		res := qu.Assemble(rs, Params{Evidence: true, Undated: true})
		r.answers[qu.Name] = Answer{Question: qu, Rows: res.Rows, Undated: res.Undated, UndatedShown: res.UndatedShown, Evidence: r.o.Evidence}
		r.used = append(r.used, qu)
	}
	return nil
}

// answer reads a named question's rows once, with every row the registry
// gives (evidence and undated ones too); the question layer narrows them.
func (r *run) answer(name string) (Answer, error) {
	if a, ok := r.answers[name]; ok {
		return a, nil
	}
	if err := r.preload(name); err != nil {
		return Answer{}, err
	}
	a, ok := r.answers[name]
	if !ok {
		// its records could not share a script: read them on their own
		qu, err := Lookup(name)
		if err != nil {
			return Answer{}, err
		}
		if a, err = Ask(r.ctx, r.q, qu, Params{Evidence: true, Undated: true}); err != nil {
			return Answer{}, err
		}
		a.Evidence = r.o.Evidence
		r.answers[name] = a
		r.used = append(r.used, qu)
	}
	return a, nil
}

// evidence says whether the answer needs the evidence sentences: to show
// them, or to find a question's words in facts whose own words are few or
// none (a meeting, a visit; a commitment's text is a part of its sentence).
// A figure's measure, a role and a commission are words enough.
func (r *run) evidence(name string) bool {
	if r.o.Evidence {
		return true
	}
	if names, ok := topicQuestions[r.pq.Topic]; ok && !containsStr(names, name) {
		return false // read to link people and documents, not to answer
	}
	switch r.pq.Topic {
	case question.TopicClaims, question.TopicRoles, question.TopicCoChairs, question.TopicConflicts:
		return false
	}
	return len(r.pq.Terms) > 0
}

// countries reads who holds offices for which country, once, when first
// needed (a question that names a country, of facts that name people).
func (r *run) countries() (map[string][]string, error) {
	if r.countriesOf != nil {
		return r.countriesOf, nil
	}
	r.countriesOf = map[string][]string{}
	roles, err := r.answer("roles")
	if err != nil {
		return nil, err
	}
	for _, row := range roles.Rows {
		if rr, ok := row.(kind.RoleRow); ok && rr.Country != "" {
			k := kind.Fold(rr.Person)
			if !containsFold(r.countriesOf[k], rr.Country) {
				r.countriesOf[k] = append(r.countriesOf[k], rr.Country)
			}
		}
	}
	return r.countriesOf, nil
}

// docMeetings reads which documents report which in-person meetings, once,
// when first needed (the meeting a commitment or figure was made at).
func (r *run) docMeetings() (map[string][]kind.MeetingRow, error) {
	if r.meetingsOf != nil {
		return r.meetingsOf, nil
	}
	r.meetingsOf = map[string][]kind.MeetingRow{}
	meetings, err := r.answer("meetings")
	if err != nil {
		return nil, err
	}
	for _, row := range meetings.Rows {
		if m, ok := row.(kind.MeetingRow); ok {
			for _, d := range m.Docs {
				r.meetingsOf[d] = append(r.meetingsOf[d], m)
			}
		}
	}
	return r.meetingsOf, nil
}

// links reads both (timelines and profiles need them), with the rows of
// the named questions the answer will read, in one query.
func (r *run) links(names ...string) error {
	if err := r.preload(append([]string{"roles", "meetings"}, names...)...); err != nil {
		return err
	}
	if _, err := r.countries(); err != nil {
		return err
	}
	_, err := r.docMeetings()
	return err
}

// needs say what the question's filters need beyond the rows themselves.
func (r *run) needsMeetings() bool {
	q := r.pq
	switch q.Topic {
	case question.TopicTimeline, question.TopicProfile, question.TopicSearch:
		return true
	case question.TopicCommitments:
		return len(q.Parties)+len(q.Places)+len(q.Events)+len(q.Periods) > 0
	}
	return false
}

func (r *run) needsCountries() bool {
	for _, p := range r.pq.Parties {
		if p.Kind != question.Person || r.pq.Topic == question.TopicCommitments {
			return true
		}
	}
	return r.pq.Topic == question.TopicTimeline || r.pq.Topic == question.TopicProfile
}

// facets are a row's facets with what the question layer adds: the
// countries of the people it involves, and for a commitment, the meeting
// it was made at (its document's only meeting), which gives it a date, a
// place, an occasion and the people present.
type facets struct {
	kind.Facets
	peopleCountries []string // countries of the people involved
	present         []string // people at the meeting a commitment was made at
	evidence        []string // evidence sentences, for terms
}

func (r *run) facetsOf(row kind.Row) (facets, bool) {
	if r.needsMeetings() && r.meetingsOf == nil {
		r.docMeetings() // an error shows again where the rows are read
	}
	if r.needsCountries() && r.countriesOf == nil {
		r.countries()
	}
	fr, ok := row.(kind.Faceted)
	if !ok {
		return facets{}, false
	}
	f := facets{Facets: fr.Facets()}
	if c, ok := row.(kind.CommitmentRow); ok && c.Source().File != "" && r.needsMeetings() {
		if ms := r.meetingsOf[c.Source().File]; len(ms) == 1 {
			m := ms[0]
			if m.Date != "" {
				f.Date = m.Date
			}
			f.Places = append(f.Places, m.Facets().Places...)
			f.Event = m.Occasion
			f.present = m.Participants
		}
	}
	for _, p := range append(append([]string{}, f.People...), f.present...) {
		for _, c := range r.countriesOf[kind.Fold(p)] {
			if !containsFold(f.peopleCountries, c) {
				f.peopleCountries = append(f.peopleCountries, c)
			}
		}
	}
	for _, e := range row.Sources() {
		f.evidence = append(f.evidence, e.Sentence)
	}
	return f, true
}

// involves says whether a fact involves a party of the question.
func (f facets) involves(p question.Ref) bool {
	switch p.Kind {
	case question.Person:
		return containsFold(f.People, p.Name) || containsFold(f.present, p.Name)
	default:
		return containsFold(f.Countries, p.Name) || containsFold(f.peopleCountries, p.Name)
	}
}

// direct says whether a party is named by the fact itself (a commitment's
// party, a meeting's participant), not only through those present: a
// person directly, or through a country they hold office for.
func (r *run) direct(f facets, p question.Ref) bool {
	if p.Kind == question.Person {
		return containsFold(f.People, p.Name) || anyFold(f.Countries, r.countriesOf[kind.Fold(p.Name)])
	}
	return containsFold(f.Countries, p.Name) || (f.Kind != "commitment" && containsFold(f.peopleCountries, p.Name))
}

// why a row does not fit
const (
	fits = iota
	misfit
	undated // fits but for a date it lacks
)

// fit says whether a row fits the question.
func (r *run) fit(f facets, roleHolders []string) int {
	q := r.pq
	if len(q.Parties) > 0 {
		n, direct := 0, false
		for _, p := range q.Parties {
			if f.involves(p) {
				n++
				direct = direct || r.direct(f, p)
			}
		}
		if q.Match == question.MatchAny && n == 0 || q.Match != question.MatchAny && n < len(q.Parties) {
			return misfit
		}
		// a commitment of others made at a meeting the parties attended is
		// not theirs: one of them must be a party to it (or it has none)
		if f.Kind == "commitment" && !direct && len(f.Countries) > 0 {
			return misfit
		}
	}
	if roleHolders != nil && !anyFold(f.People, roleHolders) {
		return misfit
	}
	if len(q.Places) > 0 {
		ok := false
		for _, p := range q.Places {
			ok = ok || containsFold(f.Places, p.Name)
		}
		if !ok {
			return misfit
		}
	}
	if len(q.Events) > 0 {
		ok := false
		for _, e := range q.Events {
			ok = ok || kind.Fold(f.Event) == kind.Fold(e.Name)
		}
		if !ok {
			return misfit
		}
	}
	if len(q.Commissions) > 0 && f.Kind == "co-chair" {
		ok := false
		for _, c := range q.Commissions {
			ok = ok || containsFold(f.Text, c.Name)
		}
		if !ok {
			return misfit
		}
	}
	if len(q.Roles) > 0 && f.Kind == "role" {
		ok := false
		for _, ro := range q.Roles {
			ok = ok || containsFold(f.Text, ro.Name)
		}
		if !ok {
			return misfit
		}
	}
	if f.Kind == "commitment" && !q.WantsStatus(f.Status) {
		return misfit
	}
	if len(q.Terms) > 0 && !hasTerms(q.Terms, append(append(append([]string{}, f.Text...), f.Event), f.evidence...)) {
		return misfit
	}
	if len(q.Periods) > 0 {
		dates := f.Dates
		if len(dates) == 0 {
			dates = []string{f.Date}
		}
		in, maybe := false, false
		for _, d := range dates {
			in = in || q.InTime(d)
			maybe = maybe || d == "" || q.MaybeInTime(d)
		}
		switch {
		case in:
		case maybe:
			return undated
		default:
			return misfit
		}
	}
	return fits
}

// narrows says whether the question can leave any row out (see fit): a
// bare named question keeps every row, without reading their facets.
func (r *run) narrows(roleHolders []string) bool {
	q := r.pq
	return roleHolders != nil || len(q.Parties)+len(q.Places)+len(q.Events)+len(q.Commissions)+len(q.Roles)+
		len(q.Status)+len(q.Terms)+len(q.Periods) > 0
}

// roleHolders are the people holding a role the question names, when it
// asks about something other than offices ("meetings of the prime minister
// of X"); nil when it names no role.
func (r *run) roleHolders() ([]string, error) {
	if len(r.pq.Roles) == 0 || r.pq.Topic == question.TopicRoles {
		return nil, nil
	}
	roles, err := r.answer("roles")
	if err != nil {
		return nil, err
	}
	countries := r.pq.Countries()
	out := []string{}
	for _, row := range roles.Rows {
		rr, ok := row.(kind.RoleRow)
		if !ok {
			continue
		}
		for _, ro := range r.pq.Roles {
			if kind.Fold(rr.Role) == kind.Fold(ro.Name) && (len(countries) == 0 || containsFold(countries, rr.Country)) {
				out = append(out, rr.Person)
			}
		}
	}
	return out, nil
}

// lists answers the questions of a topic: their rows narrowed to the
// question, in its shape.
func (r *run) lists(rep *Reply, names []string) error {
	want := append([]string{}, names...)
	if r.needsMeetings() {
		want = append(want, "meetings")
	}
	if r.needsCountries() || len(r.pq.Roles) > 0 {
		want = append(want, "roles")
	}
	if err := r.preload(want...); err != nil {
		return err
	}
	if r.needsMeetings() {
		if _, err := r.docMeetings(); err != nil {
			return err
		}
	}
	if r.needsCountries() {
		if _, err := r.countries(); err != nil {
			return err
		}
	}
	holders, err := r.roleHolders()
	if err != nil {
		return err
	}
	if holders != nil {
		// the parties are the holders' countries: "the prime minister of X"
		var keep []question.Ref
		for _, p := range r.pq.Parties {
			if p.Kind == question.Person {
				keep = append(keep, p)
			}
		}
		r.pq.Parties = keep
	}
	named := len(r.pq.Parties)+len(r.pq.Places)+len(r.pq.Events) > 0
	for _, name := range names {
		a, err := r.answer(name)
		if err != nil {
			return err
		}
		sec := Section{Name: name, Item: a.Question.Item, Columns: a.Question.Columns}
		left := 0
		hiddenUndated, shownUndated := 0, 0
		narrows := r.narrows(holders)
		for _, row := range a.Rows {
			if narrows {
				f, ok := r.facetsOf(row)
				if !ok {
					sec.Rows = append(sec.Rows, row)
					continue
				}
				switch r.fit(f, holders) {
				case misfit:
					continue
				case undated:
					left++
					continue
				}
			}
			if u, ok := row.(kind.Undated); ok && u.Undated() && name == "meetings" && !named && !r.o.Undated && len(r.pq.Periods) == 0 {
				hiddenUndated++
				continue
			}
			if u, ok := row.(kind.Undated); ok && u.Undated() {
				shownUndated++
			}
			sec.Rows = append(sec.Rows, row)
		}
		if shownUndated > 0 && (name == "meetings" || name == "visits") && r.pq.Shape != question.ShapeLatest && r.pq.Shape != question.ShapeFirst {
			rep.Left = append(rep.Left, fmt.Sprintf("%d of these %s no known date", shownUndated, plural(shownUndated, a.Question.Name+" has", a.Question.Name+" have")))
		}
		if left > 0 {
			rep.Left = append(rep.Left, fmt.Sprintf("%d %s not shown: no date, or one less precise than %s",
				left, plural(left, a.Question.Item, a.Question.Name), periodsText(r.pq.Periods)))
		}
		if hiddenUndated > 0 {
			rep.Left = append(rep.Left, fmt.Sprintf("%d %s without a known date not shown; --undated lists them",
				hiddenUndated, plural(hiddenUndated, a.Question.Item, a.Question.Name)))
		}
		r.shape(&sec)
		rep.Count += len(sec.Rows)
		rep.Sections = append(rep.Sections, sec)
	}
	if r.pq.Shape == question.ShapeYesNo {
		yes := rep.Count > 0
		rep.Yes = &yes
	}
	if r.pq.Shape == question.ShapeLatest || r.pq.Shape == question.ShapeFirst {
		r.pickOne(rep)
	}
	return nil
}

func periodsText(ps []question.Period) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	return strings.Join(out, " or ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// dateOf is a row's date for ordering.
func (r *run) dateOf(row kind.Row) string {
	f, _ := r.facetsOf(row)
	return f.Date
}

// shape orders a section: newest first when asked.
func (r *run) shape(sec *Section) {
	if r.pq.Shape == question.ShapeNewest {
		// each row's date read once, not once per comparison
		type dated struct {
			row  kind.Row
			date string
		}
		ds := make([]dated, len(sec.Rows))
		for i, row := range sec.Rows {
			ds[i] = dated{row, r.dateOf(row)}
		}
		sort.SliceStable(ds, func(i, j int) bool { return ds[i].date > ds[j].date })
		for i := range ds {
			sec.Rows[i] = ds[i].row
		}
	}
}

// pickOne keeps the latest (or first) dated fact across the sections.
func (r *run) pickOne(rep *Reply) {
	bestSec, bestRow, best := -1, -1, ""
	for i, s := range rep.Sections {
		for j, row := range s.Rows {
			d := r.dateOf(row)
			if d == "" {
				continue
			}
			lo, _ := boundsOf(d)
			better := bestSec < 0 || (r.pq.Shape == question.ShapeLatest && lo > best) || (r.pq.Shape == question.ShapeFirst && lo < best)
			if better {
				bestSec, bestRow, best = i, j, lo
			}
		}
	}
	for i := range rep.Sections {
		if i == bestSec {
			rep.Sections[i].Rows = rep.Sections[i].Rows[bestRow : bestRow+1]
		} else {
			rep.Sections[i].Rows = nil
		}
	}
}

// boundsOf orders dates of any precision by their first day.
func boundsOf(d string) (string, string) {
	switch len(d) {
	case 4:
		return d + "-01-01", d + "-12-31"
	case 7:
		return d + "-01", d + "-31"
	}
	if len(d) >= 10 {
		return d[:10], d[:10]
	}
	return d, d
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsFold(list []string, s string) bool {
	f := kind.Fold(s)
	for _, x := range list {
		if kind.Fold(x) == f {
			return true
		}
	}
	return false
}

func anyFold(list, want []string) bool {
	for _, w := range want {
		if containsFold(list, w) {
			return true
		}
	}
	return false
}

// hasTerms says whether every term (folded words) occurs in the texts,
// word by word, a plural or a verb ending aside ("roadmaps" has
// "roadmap").
func hasTerms(terms []string, texts []string) bool {
	var words []string
	for _, t := range texts {
		words = append(words, kind.Tokens(t)...)
	}
	for _, term := range terms {
		tw := kind.Tokens(term)
		found := false
		for i := 0; i+len(tw) <= len(words) && !found; i++ {
			ok := true
			for k, w := range tw {
				if stem(words[i+k]) != stem(w) {
					ok = false
					break
				}
			}
			found = ok
		}
		if !found {
			return false
		}
	}
	return true
}

// stem takes the commonest English endings off a folded word.
func stem(w string) string {
	for _, suf := range []string{"ies", "ing", "ed", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			if suf == "ies" {
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}
