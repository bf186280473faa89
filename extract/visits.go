package extract

import (
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// visitRules are the parts of a visit the patterns of
// data/patterns/visits.tsv describe (rule "visit-" + the part).
var visitRules = []string{"trigger", "planned", "past", "later", "host", "by", "at"}

// visitPatterns are the visit patterns by part.
type visitPatterns map[string][]*lexicon.Regexp

func (p visitPatterns) any(part, s string) bool {
	for _, re := range p[part] {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// visits finds the state, official and working visits the document reports:
// the place visited (the country, and the city if named), who travelled
// (the person named nearest before the words of the visit, else the first
// after them, who is not of the host country) and when (a date of the
// sentence, else the dateline's, else the reference date). Visits still to
// come, and earlier ones recalled, are left out.
func (x *Extractor) visits(doc *document, ppl *people, dated datedSentences) []fact.Visit {
	rules := x.lex.visit
	var out []fact.Visit
	seen := map[[2]string]int{}
	for _, st := range doc.sents {
		ms := ppl.mentions[st.idx]
		for _, re := range rules["trigger"] {
			loc := st.findIndex(re)
			if loc == nil {
				continue
			}
			before, after := st.Text[:loc[0]], st.Text[loc[1]:]
			if rules.any("planned", before) || rules.any("past", before) || rules.any("later", after) {
				break
			}
			city, host, at := x.visitPlace(st, ms, loc)
			if host == "" {
				host, at = x.invitedBy(ppl, st, loc)
			}
			if host == "" {
				break
			}
			visitor := visitor(ppl, ms, st, loc, at, host, rules)
			if visitor == "" {
				break
			}
			v := fact.Visit{Visitor: visitor, Host: host, City: city, Evidence: st.evidence()}
			v.Date, _ = x.meetingDate(doc, &meetingDraft{sents: []*sentence{st}}, dated)
			k := [2]string{visitor, host}
			if i, ok := seen[k]; ok {
				// one visit, told again: the first report, completed
				if out[i].City == "" {
					out[i].City = city
				}
				break
			}
			seen[k] = len(out)
			out = append(out, v)
			break
		}
	}
	return out
}

// visitPlace finds the place visited: a country or city right after the
// trigger ("visit to X"), else one named before it where something happens
// ("arrived in X on a state visit"). A city gives its country; a country
// named alone takes a city of it the sentence says something happens in.
// at is where the place starts in the sentence.
func (x *Extractor) visitPlace(st *sentence, ms []personMention, loc []int) (city, country string, at int) {
	rules := x.lex.visit
	place := func(g gazetteer.Match) (string, string) {
		switch {
		case g.Kind == gazetteer.MatchCity && g.City != nil:
			return g.City.Name, g.City.Country
		case g.Kind == gazetteer.MatchCountry && g.Country != nil && g.Country.Kind == gazetteer.KindCountry:
			return "", g.Country.Name
		}
		return "", ""
	}
	found := -1
	for k, g := range st.gaz {
		if g.Start < loc[1] || partOfName(ms, g) || !rules.any("host", st.Text[loc[1]:g.Start]) {
			continue
		}
		if city, country = place(g); country != "" {
			found = k
			break
		}
	}
	for k := len(st.gaz) - 1; found < 0 && k >= 0; k-- {
		g := st.gaz[k]
		if g.End > loc[0] || partOfName(ms, g) || !rules.any("at", st.Text[max(0, g.Start-12):g.Start]) {
			continue
		}
		if city, country = place(g); country != "" {
			found = k
		}
	}
	if found < 0 {
		return "", "", 0
	}
	if city == "" {
		for k, g := range st.gaz {
			if g.Kind == gazetteer.MatchCity && g.City != nil && g.City.Country == country && x.lex.isLocative(st, k) && !partOfName(ms, g) {
				city = g.City.Name
				break
			}
		}
	}
	return city, country, st.gaz[found].Start
}

// visitor picks who travelled, leaving out the host country's own
// officials (who receive the visit): the person named between the trigger
// and the place when the words say so ("the visit of X to"), else the
// person named nearest before the trigger, else the first named after it.
func visitor(ppl *people, ms []personMention, st *sentence, loc []int, at int, host string, rules visitPatterns) string {
	foreign := func(name string) bool {
		cl := ppl.byName[name]
		return cl == nil || ppl.country[cl] != host
	}
	if at > loc[1] && rules.any("by", st.Text[loc[1]:at]) {
		for _, p := range ms {
			if p.s >= loc[1] && p.e <= at && foreign(p.name) {
				return p.name
			}
		}
		return "" // the visitor is named, but as no one the document knows
	}
	for i := len(ms) - 1; i >= 0; i-- {
		if p := ms[i]; p.e <= loc[0] && foreign(p.name) {
			return p.name
		}
	}
	for _, p := range ms {
		if p.s >= loc[1] && foreign(p.name) {
			return p.name
		}
	}
	return ""
}

// invitedBy reads a visit's host from its inviter ("on a state visit at the
// invitation of the Thai Prime Minister", "at the invitation of President
// X"): the country or demonym right after the words of invitation
// (visit-invitation pattern), else the country of the person named there.
// at is where the inviter starts in the sentence.
func (x *Extractor) invitedBy(ppl *people, st *sentence, loc []int) (host string, at int) {
	for _, g := range st.gaz {
		if g.Start < loc[1] || g.Country == nil || g.Country.Kind != gazetteer.KindCountry || g.Kind != gazetteer.MatchCountry && g.Kind != gazetteer.MatchDemonym {
			continue
		}
		if x.lex.visitInvitation.MatchString(st.Text[loc[1]:g.Start]) {
			return g.Country.Name, g.Start
		}
	}
	for _, m := range ppl.mentions[st.idx] {
		if m.s < loc[1] {
			continue
		}
		if !x.invitesAt(st, loc[1], m.s) {
			continue
		}
		if cl := ppl.byName[m.name]; cl != nil && ppl.country[cl] != "" {
			return ppl.country[cl], m.s
		}
		return "", 0
	}
	return "", 0
}

// invitesAt reports whether the words of invitation end right before byte
// offset at of the sentence, or before a title of capitalised words that
// ends there ("at the invitation of President X"); from is where the words
// may start.
func (x *Extractor) invitesAt(st *sentence, from, at int) bool {
	k := at
	for {
		if x.lex.visitInvitation.MatchString(st.Text[from:k]) {
			return true
		}
		// step back over one capitalised word of a title
		i := strings.LastIndexByte(strings.TrimRight(st.Text[from:k], " "), ' ')
		if i < 0 {
			return false
		}
		w := strings.TrimSpace(st.Text[from+i : k])
		if !text.IsCap(w) || at-(from+i) > 60 {
			return false
		}
		k = from + i + 1
	}
}
