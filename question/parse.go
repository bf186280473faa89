package question

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Parser reads questions with one vocabulary against one graph's names.
// It is safe for concurrent use.
type Parser struct {
	v *Vocabulary
	x *Index
}

// NewParser makes a parser.
func NewParser(v *Vocabulary, x *Index) *Parser { return &Parser{v: v, x: x} }

// mention is an entity named in a question.
type mention struct {
	at, n      int
	candidates []int // entities of the index
}

// reading is the state of one parse.
type reading struct {
	p        *Parser
	text     string // the question without its quoted parts
	ts       []token
	used     []bool     // tokens taken by a name or an expression of time
	covered  []bool     // tokens some phrase of the vocabulary covers
	class    []string   // words.tsv class of each covered token
	mentions []mention  // in question order
	matches  []match    // vocabulary phrases, in question order
	times    []timeExpr // expressions of time
	quoted   []string   // the question's quoted parts
	ref      time.Time
	q        Query
}

// Parse reads question, resolving relative dates against ref (today).
func (p *Parser) Parse(question string, ref time.Time) (Query, error) {
	question = strings.TrimSpace(question)
	r := &reading{p: p, ref: ref, q: Query{Question: question, Shape: ShapeList}}
	if strings.Trim(question, " ?!.") == "" {
		return Query{}, r.decline("the question is empty", "")
	}
	r.text, r.quoted = cutQuoted(question)
	r.ts = tokenize(r.text)
	r.used = make([]bool, len(r.ts))
	r.covered = make([]bool, len(r.ts))
	r.class = make([]string, len(r.ts))

	// Names of several words first (they may hold words of time or of the
	// vocabulary: "Green Goals 2030 Summit", "Prime Minister"), then time,
	// then names of one word, then the vocabulary on what is left.
	r.findNames(2)
	tp := &timeParser{v: p.v, ts: r.ts, used: r.used, ref: ref}
	r.times = tp.parse()
	r.findNames(1)
	r.findPhrases()

	if err := r.decideTopic(); err != nil {
		return Query{}, err
	}
	if r.q.Topic != TopicSearch {
		if err := r.checkDeclines(); err != nil {
			return Query{}, err
		}
	}
	r.decideShape()
	r.decideStatus()
	r.decideTime()
	if err := r.decideEntities(); err != nil {
		return Query{}, err
	}
	if err := r.decideTerms(); err != nil {
		return Query{}, err
	}
	if err := r.defaultTopic(); err != nil {
		return Query{}, err
	}
	r.decideSearch()
	return r.q, nil
}

// cutQuoted takes the double-quoted parts out of s (straight or curly
// quotes), leaving spaces in their place.
func cutQuoted(s string) (string, []string) {
	var out strings.Builder
	var cur strings.Builder
	var quoted []string
	in := false
	for _, c := range s {
		switch {
		case c == '"' || c == '\u201c' || c == '\u201d':
			if in {
				if q := strings.TrimSpace(cur.String()); q != "" {
					quoted = append(quoted, q)
				}
				cur.Reset()
			}
			in = !in
			out.WriteByte(' ')
		case in:
			cur.WriteRune(c)
			out.WriteByte(' ')
		default:
			out.WriteRune(c)
		}
	}
	if q := strings.TrimSpace(cur.String()); in && q != "" {
		quoted = append(quoted, q)
	}
	return out.String(), quoted
}

// findNames finds the names of at least minLen words, longest first, in
// the tokens not yet used.
func (r *reading) findNames(minLen int) {
	x := r.p.x
	for i := 0; i < len(r.ts); i++ {
		if r.used[i] {
			continue
		}
		for n := min(x.maxLen, len(r.ts)-i); n >= minLen; n-- {
			if n < 2 && minLen > 1 {
				break
			}
			ws := make([]string, 0, n)
			free := true
			for k := i; k < i+n; k++ {
				if r.used[k] {
					free = false
					break
				}
				ws = append(ws, r.ts[k].fold)
			}
			if !free {
				continue
			}
			cands, s := x.lookup(ws)
			if len(cands) == 0 || !r.nameFits(i, n, cands, s) {
				continue
			}
			r.mentions = append(r.mentions, mention{at: i, n: n, candidates: cands})
			for k := i; k < i+n; k++ {
				r.used[k] = true
			}
			i += n - 1
			break
		}
	}
	sort.Slice(r.mentions, func(a, b int) bool { return r.mentions[a].at < r.mentions[b].at })
}

// nameFits decides whether words of the question that equal a name are
// that name. A name of several words is. A single word that is also a
// word of the question vocabulary ("commissions", "son", "may") or a short
// one is a name only when capitalised past the question's first word; a
// given name alone only when capitalised. Roles are common nouns and match
// in any case.
func (r *reading) nameFits(i, n int, cands []int, s strength) bool {
	if n > 1 {
		return true
	}
	t := r.ts[i]
	allRoles := true
	for _, c := range cands {
		if r.p.x.entities[c].Kind != Role {
			allRoles = false
		}
	}
	if allRoles {
		return true
	}
	capitalised := t.cap && (i > 0 || !r.p.v.isWord(t.fold))
	if s == weak {
		return capitalised
	}
	// a person known by one word only is as often a word the extractor
	// took for a name ("Understanding"): written in lower case, it is a word
	for _, c := range cands {
		if e := r.p.x.entities[c]; e.Kind == Person && len(words(e.Name)) == 1 && !t.cap {
			return false
		}
	}
	if r.p.v.isWord(t.fold) || len([]rune(t.fold)) < 3 || allDigits(t.fold) {
		return capitalised && i > 0
	}
	return true
}

// findPhrases matches the vocabulary on the tokens no name or time took.
func (r *reading) findPhrases() {
	for i := 0; i < len(r.ts); {
		if r.used[i] {
			i++
			continue
		}
		m := r.p.v.matchAt(r.ts, r.used, i)
		if m.n == 0 {
			i++
			continue
		}
		r.matches = append(r.matches, m)
		for k := i; k < i+m.n; k++ {
			r.covered[k] = true
			for _, e := range m.of(tableWord) {
				if r.class[k] == "" || e.class != "filler" {
					r.class[k] = e.class
				}
			}
		}
		i += m.n
	}
}

func (r *reading) phraseText(at, n int) string {
	var ws []string
	for k := at; k < at+n; k++ {
		ws = append(ws, r.ts[k].raw)
	}
	return strings.Join(ws, " ")
}

func (r *reading) note(format string, args ...interface{}) {
	r.q.Notes = append(r.q.Notes, fmt.Sprintf(format, args...))
}

// decideTopic picks the topic of the lowest rank among the topic phrases,
// the first one among equals.
func (r *reading) decideTopic() error {
	var best *entry
	var bestAt match
	for _, m := range r.matches {
		for _, e := range m.of(tableTopic) {
			if best == nil || e.rank < best.rank {
				best, bestAt = e, m
			}
			if e.term && !containsStr(r.q.Terms, key(e.words)) {
				r.q.Terms = append(r.q.Terms, key(e.words))
			}
		}
	}
	if best != nil {
		r.q.Topic = best.topic
		r.note("topic %s: %q (%s)", best.topic, r.phraseText(bestAt.at, bestAt.n), best.source)
	}
	return nil
}

// checkDeclines declines a question the tables say the graph cannot answer.
func (r *reading) checkDeclines() error {
	for _, m := range r.matches {
		for _, e := range m.of(tableDecline) {
			return r.decline(fmt.Sprintf("%q: %s", r.phraseText(m.at, m.n), e.reason), "")
		}
	}
	return nil
}

func (r *reading) decideShape() {
	shapesSeen := map[string]string{}
	var asks []string
	for _, m := range r.matches {
		for _, e := range m.of(tableShape) {
			if _, ok := shapesSeen[e.shape]; !ok {
				shapesSeen[e.shape] = fmt.Sprintf("%q (%s)", r.phraseText(m.at, m.n), e.source)
			}
			switch e.shape {
			case "when", "where", "who", "which", "what":
				asks = append(asks, e.shape)
			}
		}
	}
	set := func(shape string) {
		r.q.Shape = shape
		r.note("shape %s: %s", shape, shapesSeen[shape])
	}
	switch {
	case shapesSeen["count"] != "":
		set(ShapeCount)
	case shapesSeen["yesno"] != "":
		set(ShapeYesNo)
	case shapesSeen["latest"] != "":
		set(ShapeLatest)
	case shapesSeen["first"] != "":
		set(ShapeFirst)
	case shapesSeen["newest"] != "":
		set(ShapeNewest)
	}
	// the most telling thing asked for: a date or a place over a person,
	// a person over which or what
	for _, a := range []string{"when", "where", "who", "which", "what"} {
		if containsStr(asks, a) {
			r.q.Asks = a
			break
		}
	}
}

func (r *reading) decideStatus() {
	for _, m := range r.matches {
		for _, e := range m.of(tableStatus) {
			for _, s := range e.statuses {
				if !containsStr(r.q.Status, s) {
					r.q.Status = append(r.q.Status, s)
				}
			}
			r.note("status %s: %q (%s)", strings.Join(e.statuses, "|"), r.phraseText(m.at, m.n), e.source)
		}
	}
	if r.q.Topic != "" && r.q.Topic != TopicCommitments && r.q.Topic != TopicTimeline && r.q.Topic != TopicProfile {
		// "meetings where agreements were signed": a status narrows commitments only
		r.q.Status = nil
	}
}

// decideTime joins the expressions of time: consecutive ones narrow each
// other ("since 2020 until 2022"), ones joined by and/or are alternatives
// ("in 2020 and 2023").
func (r *reading) decideTime() {
	var ps []Period
	for _, e := range r.times {
		if e.note != "" {
			r.note("%s", e.note)
		}
		if len(ps) == 0 || e.join {
			ps = append(ps, e.period)
			continue
		}
		last := &ps[len(ps)-1]
		if e.period.From != "" && (last.From == "" || e.period.From > last.From) {
			last.From = e.period.From
		}
		if e.period.To != "" && (last.To == "" || e.period.To < last.To) {
			last.To = e.period.To
		}
	}
	r.q.Periods = ps
}

// decideEntities sorts the names into parties, places, roles and
// commissions; an ambiguous name is declined with its candidates.
func (r *reading) decideEntities() error {
	x := r.p.x
	anyOf := false
	for i := range r.ts {
		if r.class[i] == "or" {
			anyOf = true
		}
	}
	for _, m := range r.mentions {
		said := r.phraseText(m.at, m.n)
		if len(m.candidates) > 1 {
			if r.q.Topic == TopicSearch {
				continue
			}
			var cs []Entity
			for _, c := range m.candidates {
				cs = append(cs, x.entities[c])
			}
			d := r.decline(fmt.Sprintf("%q could be %s: say which", said, describe(cs)), said)
			d.Candidates = names(cs)
			d.Examples = nil // the candidates are the help
			return d
		}
		e := x.entities[m.candidates[0]]
		ref := Ref{Kind: e.Kind, Name: e.Name, Said: said}
		switch {
		case e.Kind == Role:
			r.q.Roles = appendRef(r.q.Roles, ref)
		case e.Kind == Commission:
			r.q.Commissions = appendRef(r.q.Commissions, ref)
		case e.Kind == Event:
			r.q.Events = appendRef(r.q.Events, ref)
		case e.Kind == City || r.placeBefore(m.at):
			r.q.Places = appendRef(r.q.Places, ref)
		default:
			r.q.Parties = appendRef(r.q.Parties, ref)
		}
	}
	if len(r.q.Parties) > 1 {
		r.q.Match = MatchAll
		if anyOf {
			r.q.Match = MatchAny
		}
	}
	return nil
}

// describe names candidates with their kinds when they differ.
func describe(es []Entity) string {
	kinds := map[Kind]bool{}
	for _, e := range es {
		kinds[e.Kind] = true
	}
	var parts []string
	for _, e := range es {
		if len(kinds) > 1 {
			parts = append(parts, fmt.Sprintf("%s (%s)", e.Name, e.Kind))
		} else {
			parts = append(parts, e.Name)
		}
	}
	sort.Strings(parts)
	return joinNames(parts)
}

func appendRef(rs []Ref, r Ref) []Ref {
	for _, x := range rs {
		if x.Kind == r.Kind && x.Name == r.Name {
			return rs
		}
	}
	return append(rs, r)
}

// placeBefore says whether the word before token i (articles skipped)
// says a place follows ("in", "at"; "to" in a question about visits).
func (r *reading) placeBefore(i int) bool {
	for k := i - 1; k >= 0; k-- {
		f := r.ts[k].fold
		if f == "the" {
			continue
		}
		if r.class[k] == "place" {
			return true
		}
		// "visit to Norway", "visited Norway": where the visit went
		return r.q.Topic == TopicVisits && (f == "to" || r.topicAt(k) == TopicVisits)
	}
	return false
}

// topicAt returns the topic of the phrase covering token k, or "".
func (r *reading) topicAt(k int) Topic {
	for _, m := range r.matches {
		if k >= m.at && k < m.at+m.n {
			for _, e := range m.of(tableTopic) {
				return e.topic
			}
		}
	}
	return ""
}

// decideTerms keeps the question's content words no table knows, and
// declines words that are names the graph lacks: a capitalised word past
// the first, or a word a letter or two from a name it holds.
func (r *reading) decideTerms() error {
	search := r.q.Topic == TopicSearch
	var unknown []token
	flush := func() error {
		if len(unknown) == 0 || search {
			unknown = nil
			return nil
		}
		var ws, raws []string
		for _, t := range unknown {
			ws = append(ws, t.fold)
			raws = append(raws, t.raw)
		}
		said := strings.Join(raws, " ")
		sugg := r.p.x.suggest(key(ws), Person, Country, Organisation, City, Commission)
		if len(sugg) == 0 && len(ws) > 1 {
			for _, w := range ws {
				sugg = append(sugg, r.p.x.suggest(w, Person, Country, Organisation, City)...)
			}
			sugg = dedupe(sugg)
		}
		d := r.decline(fmt.Sprintf("no one and nothing named %q is in the graph", said), said)
		d.Suggestions = sugg
		if len(sugg) > 0 {
			d.Examples = nil
		}
		return d
	}
	for i, t := range r.ts {
		if r.used[i] || r.covered[i] {
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		// a capitalised word is a name; the first word of a question is
		// capitalised anyway, so it counts only alone or before another
		// unknown capitalised word ("Angela Merkel's meetings")
		next := i+1 < len(r.ts) && r.ts[i+1].cap && !r.used[i+1] && !r.covered[i+1]
		capitalised := t.cap && !allDigits(t.fold) && (i > 0 || len(r.ts) == 1 || next)
		if capitalised {
			unknown = append(unknown, t)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		if len([]rune(t.fold)) < 3 && !allDigits(t.fold) {
			continue
		}
		// a word that equals a name was left a word on purpose (see nameFits)
		if _, isName := r.p.x.forms[t.fold]; !search && !isName && len([]rune(t.fold)) >= 4 && !allDigits(t.fold) {
			if sugg := r.p.x.suggest(t.fold, Person, Country, Organisation, City); len(sugg) > 0 {
				d := r.decline(fmt.Sprintf("no one and nothing named %q is in the graph", t.raw), t.raw)
				d.Suggestions = sugg
				d.Examples = nil
				return d
			}
		}
		if !containsStr(r.q.Terms, t.fold) {
			r.q.Terms = append(r.q.Terms, t.fold)
		}
	}
	return flush()
}

// defaultTopic settles the topic of a question no topic word decided,
// from what it names, and checks that a profile has its subject.
func (r *reading) defaultTopic() error {
	q := &r.q
	parties := len(q.Parties)
	if q.Topic == "" {
		why := ""
		switch {
		case len(r.quoted) > 0:
			q.Topic, why = TopicSearch, "quoted text"
		case len(q.Roles) > 0:
			q.Topic, why = TopicRoles, "an office is named"
		case len(q.Commissions) > 0:
			q.Topic, why = TopicCoChairs, "a commission is named"
		case len(q.Status) > 0:
			q.Topic, why = TopicCommitments, "a status is named"
		case parties == 1 && len(q.Places) == 0 && len(q.Periods) == 0 && q.Shape == ShapeList:
			q.Topic, why = TopicProfile, "only a name"
		case parties > 1 && len(q.Places) == 0:
			q.Topic, why = TopicTimeline, "only names"
		case len(q.Events) > 0 && parties == 0:
			q.Topic, why = TopicMeetings, "an event is named"
		case parties+len(q.Places) > 0 || len(q.Periods) > 0:
			q.Topic, why = TopicMeetings, "names, places or a period and nothing else"
		default:
			return r.decline("it does not say what it asks about", "")
		}
		r.note("topic %s: %s", q.Topic, why)
	}
	switch q.Topic {
	case TopicProfile:
		switch {
		case parties == 0 && len(q.Commissions) > 0:
			q.Topic = TopicCoChairs
			r.note("topic co-chairs: what the graph holds about a commission is who chairs it")
		case parties == 0 && len(q.Places)+len(q.Events) > 0:
			q.Topic = TopicTimeline
			r.note("topic timeline: what the graph holds about a place or an event is what happened there")
		case parties == 0:
			return r.decline("a profile needs the name of a person or a country the graph holds", "")
		case parties > 1:
			q.Topic = TopicTimeline
			r.note("topic timeline: a profile of several parties is their timeline")
		}
	}
	return nil
}

// decideSearch sets the text to search for: the quoted parts, or what
// follows the words that asked for a search ("what was said about the gas
// pipeline", "search gas pipeline").
func (r *reading) decideSearch() {
	q := &r.q
	if q.Topic != TopicSearch {
		if len(r.quoted) > 0 {
			q.Search = strings.Join(r.quoted, " ")
		}
		return
	}
	if len(r.quoted) > 0 {
		q.Search = `"` + strings.Join(r.quoted, `" "`) + `"`
		q.Terms = nil
		return
	}
	// the text after the last search phrase
	end := -1
	for _, m := range r.matches {
		for _, e := range m.of(tableTopic) {
			if e.topic == TopicSearch {
				end = m.at + m.n
			}
		}
	}
	var ws []string
	for k := max(end, 0); k < len(r.ts); k++ {
		if end >= 0 && len(ws) == 0 && r.class[k] == "filler" {
			continue // "about the"
		}
		ws = append(ws, r.ts[k].raw)
	}
	q.Search = strings.Join(ws, " ")
	q.Terms = nil
	if q.Search == "" {
		q.Search = strings.Join(r.quoted, " ")
	}
}

// decline makes the error for a question the parser will not answer, with
// example questions filled with the graph's names.
func (r *reading) decline(reason, name string) *Decline {
	return &Decline{Question: r.q.Question, Reason: reason, Name: name, Examples: r.p.Examples(r.refYear())}
}

func (r *reading) refYear() string { return strconv.Itoa(r.ref.Year()) }

// Examples returns questions of every form the parser reads, filled with
// names the graph holds (examples.tsv); year fills {year}.
func (p *Parser) Examples(year string) []string {
	fill := map[string]string{"{year}": year}
	for _, k := range []struct {
		kind Kind
		keys []string
	}{{Person, []string{"{person}", "{person2}"}}, {Country, []string{"{country}", "{country2}"}}, {City, []string{"{city}"}}} {
		ns := p.x.sample(k.kind, len(k.keys))
		for i, n := range ns {
			fill[k.keys[i]] = n
		}
	}
	var out []string
	for _, t := range p.v.examples {
		ok := true
		s := t
		for strings.Contains(s, "{") {
			i := strings.Index(s, "{")
			j := strings.Index(s[i:], "}")
			if j < 0 {
				break
			}
			v, found := fill[s[i:i+j+1]]
			if !found {
				ok = false
				break
			}
			s = s[:i] + v + s[i+j+1:]
		}
		if ok {
			out = append(out, s)
		}
	}
	return out
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func dedupe(list []string) []string {
	var out []string
	for _, s := range list {
		if !containsStr(out, s) {
			out = append(out, s)
		}
	}
	return out
}
