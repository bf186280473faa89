package extract

import (
	"strings"

	"github.com/diplograph/diplograph/fact"
)

// coChairs finds who chairs which commission, for which side.
func (x *Extractor) coChairs(doc *document, ppl *people, sp []speech, sd sides, occasion string) ([]fact.CoChair, map[int]fact.Side) {
	var out []fact.CoChair
	open := map[int]fact.Side{}
	lastCommission := ""
	seen := map[string]bool{}
	add := func(person, commission, country, sideOf string, st *sentence) {
		k := person + "|" + strings.ToLower(commission)
		if seen[k] || person == "" || commission == "" {
			return
		}
		seen[k] = true
		if country == "" {
			open[len(out)] = fact.Side{Of: sideOf}
		}
		out = append(out, fact.CoChair{Person: person, Commission: commission,
			Country: country, Evidence: st.evidence()})
	}
	// what a sentence says of sides, read once per sentence however many
	// people it names
	type sentenceSides struct {
		named string // the country of "on the X side"
		our   bool   // "on our side"
	}
	sides := map[int]sentenceSides{}
	sidesOf := func(st *sentence) sentenceSides {
		if s, ok := sides[st.idx]; ok {
			return s
		}
		var s sentenceSides
		if m := x.lex.namedSide.FindStringSubmatch(st.Text); m != nil {
			if c, ok := x.gz.Country(m[1]); ok {
				s.named = c.Name
			}
		}
		s.our = x.lex.ourSide.MatchString(st.Text)
		sides[st.idx] = s
		return s
	}
	side := func(st *sentence, person string) (string, string) {
		ss := sidesOf(st)
		if ss.named != "" {
			return ss.named, ""
		}
		if ss.our && sp[st.idx].speaker != "" {
			if cl := ppl.byName[sp[st.idx].speaker]; cl != nil && ppl.country[cl] != "" {
				return ppl.country[cl], ""
			}
			return "", sp[st.idx].speaker
		}
		if cl := ppl.byName[person]; cl != nil {
			c, of := sd.of(cl)
			return c, of
		}
		return "", person
	}
	for _, st := range doc.sents {
		// "Russian Co-Chair of the Mixed ... Commission ... X Y"
		for _, t := range ppl.titles[st.idx] {
			if t.coChair != "" && len(t.name) > 0 {
				name := nameOf(ppl.mentions[st.idx], t.name[len(t.name)-1].Start)
				if name == "" {
					continue
				}
				c, of := t.coSide, ""
				if c == "" {
					c, of = side(st, name)
				}
				add(name, x.lex.titleCaseCommission(t.coChair), c, of, st)
				lastCommission = x.lex.titleCaseCommission(t.coChair)
			}
		}
		commission := ""
		lower := strings.ToLower(st.Text)
		if !strings.Contains(lower, "commission") && !strings.Contains(lower, "chair") && !strings.Contains(lower, "headed") && !strings.Contains(lower, " led ") {
			continue
		}
		if m := x.lex.commission.FindStringSubmatch(st.Text); m != nil {
			commission = x.lex.titleCaseCommission(strings.TrimSpace(m[1] + m[2]))
		}
		loc := x.lex.chairedBy.FindStringIndex(st.Text)
		switch {
		case loc != nil && strings.Contains(strings.ToLower(st.Text[:loc[0]]), "meeting"):
			// "The meeting was co-chaired by A and B": they chair the
			// commission that met, or else the meeting itself
			name := lastCommission
			if name == "" {
				name = occasion
			}
			if name == "" {
				name = doc.doc.Title
			}
			for _, p := range ppl.mentions[st.idx] {
				if p.s >= loc[0] && name != "" {
					c, of := side(st, p.name)
					add(p.name, name, c, of, st)
				}
			}
		case loc != nil && commission != "":
			for _, p := range ppl.mentions[st.idx] {
				if p.s >= loc[0] {
					c, of := side(st, p.name)
					add(p.name, commission, c, of, st)
				}
			}
		case commission != "" && strings.Contains(lower, " with "):
			// "the commission on X is working separately, with Deputy Prime Minister Y"
			i := strings.Index(lower, " with ")
			for _, p := range ppl.mentions[st.idx] {
				if p.s > i {
					c, of := side(st, p.name)
					add(p.name, commission, c, of, st)
					break
				}
			}
		case commission == "" && strings.Contains(lower, "co-chair") && lastCommission != "":
			// "Thank you, Mr X, for becoming its co-chair, too."
			for _, p := range ppl.mentions[st.idx] {
				cl := ppl.byName[p.name]
				c, of := "", p.name
				if cl != nil {
					c, of = sd.of(cl)
					if c == "" && of == "" {
						of = p.name
					}
				}
				add(p.name, lastCommission, c, of, st)
			}
		}
		if commission != "" {
			lastCommission = commission
		}
	}
	return out, open
}

func nameOf(ms []personMention, off int) string {
	for _, p := range ms {
		if p.s <= off && off < p.e {
			return p.name
		}
	}
	return ""
}

func (v *vocabulary) titleCaseCommission(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	ws := strings.Fields(s)
	for i, w := range ws {
		if v.commissionLower[strings.ToLower(w)] && i > 0 {
			ws[i] = strings.ToLower(w)
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}
