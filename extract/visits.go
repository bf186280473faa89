package extract

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"sync"

	"github.com/diplograph/diplograph/data"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// visitPatterns are the rules of data/visits.tsv by name.
type visitPatterns map[string][]*regexp.Regexp

func (p visitPatterns) any(rule, s string) bool {
	for _, re := range p[rule] {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// loadVisitPatterns reads data/visits.tsv. The table is embedded, so an
// error is a broken build, reported with its file and line.
func loadVisitPatterns() visitPatterns {
	const name = "visits.tsv"
	b, err := fs.ReadFile(data.FS, name)
	if err != nil {
		panic(fmt.Sprintf("reading the embedded data/%s: %v", name, err))
	}
	p := visitPatterns{}
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			panic(fmt.Sprintf("data/%s:%d: want rule, pattern and note, got %d fields", name, i+1, len(f)))
		}
		re, err := regexp.Compile(f[1])
		if err != nil {
			panic(fmt.Sprintf("data/%s:%d: %v", name, i+1, err))
		}
		p[f[0]] = append(p[f[0]], re)
	}
	for _, rule := range []string{"trigger", "planned", "past", "later", "host", "by", "at"} {
		if len(p[rule]) == 0 {
			panic(fmt.Sprintf("data/%s: no %s pattern", name, rule))
		}
	}
	return p
}

// visitRules are read once; they are never written after.
var visitRules = sync.OnceValue(loadVisitPatterns)

// visits finds the state, official and working visits the document reports:
// the place visited (the country, and the city if named), who travelled
// (the person named nearest before the words of the visit, else the first
// after them, who is not of the host country) and when (a date of the
// sentence, else the dateline's, else the reference date). Visits still to
// come, and earlier ones recalled, are left out.
func (d *docState) visits() {
	rules := visitRules()
	seen := map[[2]string]int{}
	for _, st := range d.sents {
		for _, re := range rules["trigger"] {
			loc := re.FindStringIndex(st.Text)
			if loc == nil {
				continue
			}
			before, after := st.Text[:loc[0]], st.Text[loc[1]:]
			if rules.any("planned", before) || rules.any("past", before) || rules.any("later", after) {
				break
			}
			city, host, at := d.visitPlace(st, loc, rules)
			if host == "" {
				break
			}
			visitor := d.visitor(st, loc, at, host, rules)
			if visitor == "" {
				break
			}
			v := fact.Visit{Visitor: visitor, Host: host, City: city, Evidence: d.evidence(st)}
			v.Date, _ = d.meetingDate(&meetingDraft{sents: []*sentence{st}}, true)
			k := [2]string{visitor, host}
			if i, ok := seen[k]; ok {
				// one visit, told again: the first report, completed
				if d.facts.Visits[i].City == "" {
					d.facts.Visits[i].City = city
				}
				break
			}
			seen[k] = len(d.facts.Visits)
			d.facts.Visits = append(d.facts.Visits, v)
			break
		}
	}
}

// visitPlace finds the place visited: a country or city right after the
// trigger ("visit to X"), else one named before it where something happens
// ("arrived in X on a state visit"). A city gives its country; a country
// named alone takes a city of it the sentence says something happens in.
// at is where the place starts in the sentence.
func (d *docState) visitPlace(st *sentence, loc []int, rules visitPatterns) (city, country string, at int) {
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
		if g.Start < loc[1] || d.partOfName(st, g) || inPerson(st, g) || !rules.any("host", st.Text[loc[1]:g.Start]) {
			continue
		}
		if city, country = place(g); country != "" {
			found = k
			break
		}
	}
	for k := len(st.gaz) - 1; found < 0 && k >= 0; k-- {
		g := st.gaz[k]
		if g.End > loc[0] || d.partOfName(st, g) || inPerson(st, g) || !rules.any("at", st.Text[max(0, g.Start-12):g.Start]) {
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
			if g.Kind == gazetteer.MatchCity && g.City != nil && g.City.Country == country && locative(st, k) && !d.partOfName(st, g) {
				city = g.City.Name
				break
			}
		}
	}
	return city, country, st.gaz[found].Start
}

// inPerson reports whether a place mention lies inside a person's mention
// (a title: "President X of Kenya").
func inPerson(st *sentence, g gazetteer.Match) bool {
	for _, p := range st.people {
		if g.Start >= p.s && g.End <= p.e {
			return true
		}
	}
	return false
}

// visitor picks who travelled, leaving out the host country's own
// officials (who receive the visit): the person named between the trigger
// and the place when the words say so ("the visit of X to"), else the
// person named nearest before the trigger, else the first named after it.
func (d *docState) visitor(st *sentence, loc []int, at int, host string, rules visitPatterns) string {
	foreign := func(name string) bool {
		cl := d.clusterByName(name)
		return cl == nil || d.country[cl] != host
	}
	if at > loc[1] && rules.any("by", st.Text[loc[1]:at]) {
		for _, p := range st.people {
			if p.s >= loc[1] && p.e <= at && foreign(p.name) {
				return p.name
			}
		}
		return "" // the visitor is named, but as no one the document knows
	}
	for i := len(st.people) - 1; i >= 0; i-- {
		if p := st.people[i]; p.e <= loc[0] && foreign(p.name) {
			return p.name
		}
	}
	for _, p := range st.people {
		if p.s >= loc[1] && foreign(p.name) {
			return p.name
		}
	}
	return ""
}
