package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
)

// Merge resolves people across documents: a short or misspelt name in one
// document ("Mr X", a surname alone) becomes the full name another document
// (or the store, through known) gives; each person gets the country their
// titles say; sides left open in one document ("on our side") are filled in;
// and the countries of those who met become partners.
//
// Merge reads the project's own tables; (*Extractor).Merge reads the
// extractor's.
func Merge(known []string, reports []fact.Report) []fact.Facts {
	return merge(known, reports, defaultGenericCommissionWords())
}

// Merge is the package's Merge with the words of the extractor's tables.
func (x *Extractor) Merge(known []string, reports []fact.Report) []fact.Facts {
	return merge(known, reports, x.lex.genericCommissionWords)
}

// defaultGenericCommissionWords reads the embedded lexicon once for the
// package's Merge, which has no Extractor; the tables are checked by the
// tests, so a failure here is a broken build.
var defaultGenericCommissionWords = sync.OnceValue(func() map[string]bool {
	lex, err := lexicon.Load()
	if err != nil {
		panic(fmt.Sprintf("the embedded lexicon does not load: %v", err))
	}
	return lex.Set("generic-commission-word")
})

// merge is Merge; generic are the words that tell no commission from another.
func merge(known []string, reports []fact.Report, generic map[string]bool) []fact.Facts {
	facts := make([]fact.Facts, len(reports))
	open := make([]fact.Open, len(reports))
	for i, r := range reports {
		facts[i], open[i] = r.Facts, r.Open
	}
	reg := newRegistry(known, facts)
	for i := range facts {
		f := &facts[i]
		rename := func(n string) string { return reg.canonical(n) }
		for k := range f.People {
			f.People[k].Name = rename(f.People[k].Name)
		}
		for k := range f.Meetings {
			m := &f.Meetings[k]
			for j := range m.Participants {
				m.Participants[j] = rename(m.Participants[j])
			}
			m.Participants = appendNew(nil, m.Participants...)
			sort.Strings(m.Participants)
		}
		for k := range f.Claims {
			f.Claims[k].Speaker = rename(f.Claims[k].Speaker)
		}
		for k := range f.Offices {
			f.Offices[k].Person = rename(f.Offices[k].Person)
		}
		for k := range f.CoChairs {
			f.CoChairs[k].Person = rename(f.CoChairs[k].Person)
		}
		for k := range f.Visits {
			f.Visits[k].Visitor = rename(f.Visits[k].Visitor)
		}
		open[i] = fact.Open{Offices: renameSides(open[i].Offices, rename), CoChairs: renameSides(open[i].CoChairs, rename),
			Commitments: renameSides(open[i].Commitments, rename)}
	}
	// countries of people, from every title that names one
	votes := map[string]map[string]int{}
	for _, f := range facts {
		for _, o := range f.Offices {
			if o.Country != "" {
				if votes[o.Person] == nil {
					votes[o.Person] = map[string]int{}
				}
				votes[o.Person][o.Country]++
			}
		}
		for _, p := range f.People {
			if p.Country != "" {
				if votes[p.Name] == nil {
					votes[p.Name] = map[string]int{}
				}
				votes[p.Name][p.Country]++
			}
		}
	}
	countryOfPerson := func(person string) string {
		best, n := "", 0
		for c, v := range votes[person] {
			if v > n || v == n && c < best {
				best, n = c, v
			}
		}
		return best
	}
	for i := range facts {
		f := &facts[i]
		// In a meeting of two where one side's country is known, the other
		// person acts for another country the document is about, not the
		// country of anyone they met (one who met several leaders is of none
		// of theirs): the one the document pairs with a country they met
		// ("relations between A and B"), else the outlet's own (its source
		// names it: an outlet names its own officials without their
		// country), else the most named one (a summit is as often abroad as
		// at home: where it was held says nothing).
		docCountry := func(person string) string {
			if c := countryOfPerson(person); c != "" {
				return c
			}
			met := map[string]bool{}
			summitHost := map[string]bool{} // the country of an event the person met someone at
			for _, m := range f.Meetings {
				if m.Occasion != "" && m.Country != "" && slices.Contains(m.Participants, person) {
					summitHost[m.Country] = true
				}
			}
			for _, m := range f.Meetings {
				if len(m.Participants) != 2 || !slices.Contains(m.Participants, person) {
					continue
				}
				other := m.Participants[0]
				if other == person {
					other = m.Participants[1]
				}
				if oc := countryOfPerson(other); oc != "" {
					met[oc] = true
				}
			}
			if len(met) == 0 {
				return ""
			}
			candidate := func(c string) bool { return c != "" && !met[c] && slices.Contains(f.Countries, c) }
			for _, p := range f.Partners {
				if met[p.A] && candidate(p.B) {
					return p.B
				}
				if met[p.B] && candidate(p.A) {
					return p.A
				}
			}
			if f.Home != "" && !met[f.Home] {
				// an outlet names its own officials without their country,
				// whether or not it names the country ("The Vanuatu Herald")
				return f.Home
			}
			for _, c := range f.Countries {
				if !met[c] && !summitHost[c] {
					return c
				}
			}
			return ""
		}
		for k := range f.People {
			if f.People[k].Country == "" {
				f.People[k].Country = docCountry(f.People[k].Name)
			}
		}
		for k := range f.Offices {
			o := &f.Offices[k]
			side := open[i].Offices[k]
			if o.Country == "" {
				o.Country = countryOfPerson(o.Person)
			}
			if o.Country == "" && side.Of != "" {
				o.Country = docCountry(side.Of)
			}
			if o.Country == "" {
				// the other side of a bilateral meeting, before the host
				// (a summit is often held in a third country)
				o.Country = docCountry(o.Person)
			}
			if o.Country == "" {
				o.Country = side.Fallback
			}
		}
		f.Offices = dropVagueRoles(dedupeOffices(f.Offices))
		for k := range f.CoChairs {
			c := &f.CoChairs[k]
			if side := open[i].CoChairs[k]; c.Country == "" && side.Of != "" {
				c.Country = docCountry(side.Of)
			}
		}
		// partners: the countries of those who met, as their offices in
		// this document say (those were settled above, with the speech and
		// the host of each document)
		officeCountry := map[string]string{}
		for _, o := range f.Offices {
			if _, ok := officeCountry[o.Person]; !ok && o.Country != "" {
				officeCountry[o.Person] = o.Country
			}
		}
		for k := range f.Commitments {
			c := &f.Commitments[k]
			if side := open[i].Commitments[k]; len(c.Parties) == 0 && side.Of != "" {
				if pc := docCountry(side.Of); pc != "" {
					c.Parties = []string{pc}
				}
			}
			if len(c.Parties) == 0 {
				// "The two leaders agreed to X" after the report of one of
				// the document's meetings: that meeting's two sides
				c.Parties = meetingPairBefore(f, c.Evidence, func(p string) string {
					if c := countryOfPerson(p); c != "" {
						return c
					}
					return officeCountry[p]
				})
			}
			if len(c.Parties) == 0 {
				c.Parties = mainPair(f)
			}
		}
		for _, m := range f.Meetings {
			var cs []string
			for _, p := range m.Participants {
				c := countryOfPerson(p)
				if c == "" {
					c = officeCountry[p]
				}
				if c == "" {
					c = docCountry(p)
				}
				if c != "" {
					cs = appendNew(cs, c)
				}
			}
			if len(cs) == 2 {
				a, b := cs[0], cs[1]
				if a > b {
					a, b = b, a
				}
				if !hasPartnership(f.Partners, a, b) {
					f.Partners = append(f.Partners, fact.Partnership{A: a, B: b, Evidence: m.Evidence})
				}
			}
		}
		// a bilateral meeting in a document that names just two countries:
		// those two are the parties
		if len(f.Partners) == 0 && len(f.Countries) == 2 {
			for _, m := range f.Meetings {
				if m.Kind == "meeting" && len(m.Participants) == 2 {
					a, b := f.Countries[0], f.Countries[1]
					if a > b {
						a, b = b, a
					}
					f.Partners = append(f.Partners, fact.Partnership{A: a, B: b, Evidence: m.Evidence})
					break
				}
			}
		}
	}
	reconcileDates(facts)
	completeMeetings(facts)
	unifyCommissions(facts, generic)
	return facts
}

// renameSides gives the people sides refer to their corpus names.
func renameSides(sides map[int]fact.Side, rename func(string) string) map[int]fact.Side {
	out := make(map[int]fact.Side, len(sides))
	for k, s := range sides {
		out[k] = fact.Side{Of: rename(s.Of), Fallback: s.Fallback}
	}
	return out
}

// unifyCommissions gives one name to a commission a person chairs when
// documents name it more or less fully ("the commission on cooperation",
// "the Intergovernmental Commission on Economic Cooperation"): the fuller name
// wins when it has every distinctive word of the shorter one.
func unifyCommissions(facts []fact.Facts, generic map[string]bool) {
	names := map[string][]string{}
	for _, f := range facts {
		for _, c := range f.CoChairs {
			names[c.Person] = appendNew(names[c.Person], c.Commission)
		}
	}
	for i := range facts {
		for k := range facts[i].CoChairs {
			c := &facts[i].CoChairs[k]
			for _, other := range names[c.Person] {
				if len(other) > len(c.Commission) && subset(commissionWords(c.Commission, generic), commissionWords(other, generic)) {
					c.Commission = other
				}
			}
		}
		// the same person and commission from two sentences: once
		seen := map[string]bool{}
		out := facts[i].CoChairs[:0]
		for _, c := range facts[i].CoChairs {
			if k := c.Person + "|" + c.Commission; !seen[k] {
				seen[k] = true
				out = append(out, c)
			}
		}
		facts[i].CoChairs = out
	}
}

// commissionWords are the words of a commission's name that tell it from
// another.
func commissionWords(name string, generic map[string]bool) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if !generic[w] {
			out = append(out, w)
		}
	}
	return out
}

// reconcileDates settles the date of a meeting that several documents
// report when only their publication dates date it. Two reports describe
// the same event when the same people met in the same place and the same
// speaker states the same figure in both; a report is published on or
// after the event, so the earliest publication date wins.
func reconcileDates(facts []fact.Facts) {
	type ref struct{ doc, meeting int }
	var reps []ref
	for i, f := range facts {
		for k, m := range f.Meetings {
			if m.Kind == "meeting" && (m.DateSource == "published" || m.Date == "") {
				reps = append(reps, ref{i, k})
			}
		}
	}
	parent := make([]int, len(reps))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// only reports of the same people can be one event: compare within those
	byPeople := map[string][]int{}
	for i, r := range reps {
		k := strings.Join(facts[r.doc].Meetings[r.meeting].Participants, "\x00")
		byPeople[k] = append(byPeople[k], i)
	}
	for _, group := range byPeople {
		for x := range group {
			for y := x + 1; y < len(group); y++ {
				i, j := group[x], group[y]
				a, b := reps[i], reps[j]
				if a.doc == b.doc {
					continue
				}
				ma, mb := facts[a.doc].Meetings[a.meeting], facts[b.doc].Meetings[b.meeting]
				if !sameEvent(ma, mb) || !sharedClaim(facts[a.doc].Claims, facts[b.doc].Claims) {
					continue
				}
				parent[find(i)] = find(j)
			}
		}
	}
	earliest := map[int]string{}
	for i, r := range reps {
		m := facts[r.doc].Meetings[r.meeting]
		root := find(i)
		if m.Date != "" && (earliest[root] == "" || m.Date < earliest[root]) {
			earliest[root] = m.Date
		}
	}
	for i, r := range reps {
		if d := earliest[find(i)]; d != "" {
			m := &facts[r.doc].Meetings[r.meeting]
			if m.Date != d {
				m.Date, m.DateSource = d, "published"
			}
		}
	}
}

// sameEvent is the corpus's rule for reports without a date of their own
// (fact.SameUndatedMeeting).
// completeMeetings lets the reports of one meeting fill each other's gaps:
// one report dates the talks of two people but names no city, another of
// the same people names the city but no date (or no year). A report
// missing its date or its city takes it from the one report, of another
// document, of the same people (two or more, no one else) whose city and
// date agree with what it does say and that gives what it lacks; where
// two such reports give different answers (the same pair met twice), it
// takes none.
func completeMeetings(facts []fact.Facts) {
	type ref struct{ doc, meeting int }
	byPeople := map[string][]ref{}
	for i, f := range facts {
		for k, m := range f.Meetings {
			if m.Kind != fact.MeetingInPerson || len(m.Participants) < 2 {
				continue
			}
			ps := slices.Clone(m.Participants)
			slices.Sort(ps)
			key := strings.Join(ps, "\x00")
			byPeople[key] = append(byPeople[key], ref{i, k})
		}
	}
	type fill struct {
		at   ref
		from fact.Meeting
	}
	var fills []fill
	for _, group := range byPeople {
		for _, r := range group {
			m := facts[r.doc].Meetings[r.meeting]
			if m.CityInferred {
				// a capital inferred from the country is no city written:
				// a report that writes one of that country gives it
				m.City, m.CityAsWritten = "", ""
			}
			if m.Date != "" && m.City != "" {
				continue
			}
			var found []fact.Meeting
			for _, o := range group {
				c := facts[o.doc].Meetings[o.meeting]
				if m.CityInferred && c.City != "" && (c.CityInferred || c.Country != m.Country) {
					continue // an inferred city gives way only to a city written in its country
				}
				if o.doc == r.doc || !fact.DatesCompatible(m.Date, c.Date) ||
					m.City != "" && c.City != "" && m.City != c.City ||
					!(m.Date == "" && c.Date != "" || m.City == "" && c.City != "") {
					continue
				}
				if !slices.ContainsFunc(found, func(f fact.Meeting) bool { return f.Date == c.Date && f.City == c.City }) {
					found = append(found, c)
				}
			}
			if len(found) == 1 {
				fills = append(fills, fill{r, found[0]})
			}
		}
	}
	// filled after all are read, so that one fill does not feed another
	for _, f := range fills {
		m := &facts[f.at.doc].Meetings[f.at.meeting]
		if m.Date == "" {
			m.Date, m.DateSource = f.from.Date, f.from.DateSource
		}
		if (m.City == "" || m.CityInferred) && f.from.City != "" {
			m.City, m.Country, m.CityAsWritten, m.CityInferred = f.from.City, f.from.Country, f.from.CityAsWritten, false
		}
	}
}

func sameEvent(a, b fact.Meeting) bool { return fact.SameUndatedMeeting(a, b) }

func sharedClaim(a, b []fact.Claim) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Speaker != "" && x.Speaker == y.Speaker && x.Unit == y.Unit && x.Value == y.Value {
				return true
			}
		}
	}
	return false
}

// meetingPairBefore is the two countries of the document's meeting
// reported last at or before the evidence, where its participants act for
// exactly two, or nil.
func meetingPairBefore(f *fact.Facts, ev fact.Evidence, country func(string) string) []string {
	var best *fact.Meeting
	for k := range f.Meetings {
		m := &f.Meetings[k]
		if m.Evidence.Span.Start <= ev.Span.Start && (best == nil || m.Evidence.Span.Start > best.Evidence.Span.Start) {
			best = m
		}
	}
	if best == nil {
		return nil
	}
	var cs []string
	for _, p := range best.Participants {
		if c := country(p); c != "" && !slices.Contains(cs, c) {
			cs = append(cs, c)
		}
	}
	if len(cs) != 2 {
		return nil
	}
	return cs
}

func mainPair(f *fact.Facts) []string {
	if len(f.Partners) > 0 {
		return []string{f.Partners[0].A, f.Partners[0].B}
	}
	if len(f.Countries) >= 2 {
		return append([]string(nil), f.Countries[:2]...)
	}
	return append([]string(nil), f.Countries...)
}

func hasPartnership(ps []fact.Partnership, a, b string) bool {
	for _, p := range ps {
		if p.A == a && p.B == b || p.A == b && p.B == a {
			return true
		}
	}
	return false
}

func dedupeOffices(offices []fact.Office) []fact.Office {
	seen := map[string]bool{}
	out := offices[:0]
	for _, o := range offices {
		k := o.Person + "|" + o.Role + "|" + o.Country
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, o)
	}
	return out
}

// dropVagueRoles leaves out a bare title ("Minister") where the same person
// is given a fuller one that contains it ("Minister of Foreign Affairs",
// "Prime Minister") for the same country.
func dropVagueRoles(offices []fact.Office) []fact.Office {
	out := offices[:0]
	for i, o := range offices {
		vague := false
		for j, p := range offices {
			if i != j && p.Person == o.Person && p.Country == o.Country && len(p.Role) > len(o.Role) &&
				strings.Contains(" "+p.Role+" ", " "+o.Role+" ") {
				vague = true
				break
			}
		}
		if !vague {
			out = append(out, o)
		}
	}
	return out
}

// registry maps every surface name of the corpus to one canonical name.
type registry struct {
	count map[string]int // how often each name was seen
	memo  map[string]string
	names *fact.NameIndex[string] // full names (two or more words)
}

func newRegistry(known []string, facts []fact.Facts) *registry {
	r := &registry{count: map[string]int{}, memo: map[string]string{}, names: fact.NewNameIndex[string]()}
	add := func(n string) {
		if n == "" {
			return
		}
		if r.count[n] == 0 {
			if toks := strings.Fields(n); len(toks) >= 2 {
				r.names.Add(toks, n)
			}
		}
		r.count[n]++
	}
	for _, n := range known {
		add(n)
	}
	for _, f := range facts {
		for _, p := range f.People {
			add(p.Name)
		}
	}
	return r
}

// canonical returns the corpus's name for n: the single full name whose
// surname (or, failing that, any word) n is, or whose given name and
// surname n matches up to a typo; n itself otherwise.
func (r *registry) canonical(n string) string {
	if n == "" {
		return ""
	}
	if c, ok := r.memo[n]; ok {
		return c
	}
	toks := strings.Fields(n)
	c := n
	if len(toks) == 1 {
		bySurname, byWord := r.names.BySurname(toks[0]), r.names.ByWord(toks[0])
		switch {
		case len(distinctPeople(bySurname)) == 1:
			c = r.best(bySurname)
		case len(bySurname) == 0 && len(distinctPeople(byWord)) == 1:
			c = r.best(byWord)
		}
	} else {
		// the same person spelt differently in another document: the same
		// given name (surnames a typo apart) or the same surname (given
		// names a letter or two apart)
		var same []string
		cands := append(append([]string(nil), r.names.ByFirst(toks[0])...), r.names.BySurname(toks[len(toks)-1])...)
		for _, full := range cands {
			if slices.Contains(same, full) {
				continue
			}
			if full == n || fact.SameFullName(strings.Fields(full), toks) || fact.SameSurnameClose(strings.Fields(full), toks) || fact.NameExtends(strings.Fields(full), toks) {
				same = append(same, full)
			}
		}
		if len(same) > 0 {
			sort.Strings(same)
			c = r.best(same)
		}
	}
	r.memo[n] = c
	return c
}

func distinctPeople(names []string) []string {
	var out []string
	for _, n := range names {
		dup := false
		for _, o := range out {
			if fact.SameFullName(strings.Fields(o), strings.Fields(n)) || fact.SameSurnameClose(strings.Fields(o), strings.Fields(n)) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, n)
		}
	}
	return out
}

// best picks the most often seen of several spellings, then the longest.
func (r *registry) best(names []string) string {
	best := names[0]
	for _, n := range names[1:] {
		if r.count[n] > r.count[best] || r.count[n] == r.count[best] && len(n) > len(best) {
			best = n
		}
	}
	return best
}
