package extract

import "github.com/diplograph/diplograph/fact"

// offices turns the titles found with names into offices held.
func offices(p *people, sd sides, ref reference) ([]fact.Office, map[int]fact.Side) {
	var out []fact.Office
	open := map[int]fact.Side{}
	seen := map[string]bool{}
	for _, cl := range p.list {
		for _, r := range cl.roles {
			o := fact.Office{Person: cl.name, Role: r.Role, Country: r.Country, Observed: ref.date, Evidence: cl.ev}
			var side fact.Side
			if o.Country == "" {
				// A title without a country: other documents may state it;
				// failing that, the document's context decides (Merge).
				c, of := sd.of(cl)
				if p.country[cl] != "" {
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
				open[len(out)] = side
			}
			out = append(out, o)
		}
	}
	return out, open
}

// sides settles for whom a person acts when their title names no country.
// It needs the host country, which the meetings stage finds.
type sides struct {
	doc    *document
	people *people
	speech []speech
	host   string // the country the document's meeting is held in, if known
	lex    *vocabulary
	// memo holds each person's answer, sentenceMemo each sentence's "X
	// side": they depend on nothing else
	memo         map[*cluster][2]string
	sentenceMemo map[int]string
}

// namedSide is the country of "the X side" in a sentence, or "".
func (sd sides) namedSide(st *sentence) string {
	if c, ok := sd.sentenceMemo[st.idx]; ok {
		return c
	}
	c := ""
	for i := 0; i+1 < len(st.words); i++ {
		if sd.lex.sideWord[st.words[i+1].Fold] {
			if c = countryOf(st.match(i)); c != "" {
				break
			}
		}
	}
	sd.sentenceMemo[st.idx] = c
	return c
}

// of guesses the country of a person whose title names none: the
// country of another of their titles, the speaker's when a transcript
// speaker names a colleague, the "X side" the sentence speaks of, else the
// host country.
func (sd sides) of(cl *cluster) (country, sideOf string) {
	if r, ok := sd.memo[cl]; ok {
		return r[0], r[1]
	}
	country, sideOf = sd.find(cl)
	sd.memo[cl] = [2]string{country, sideOf}
	return country, sideOf
}

func (sd sides) find(cl *cluster) (country, sideOf string) {
	if c := sd.people.country[cl]; c != "" {
		return c, ""
	}
	if i, ok := sd.people.first[cl.name]; ok {
		st := sd.doc.sents[i]
		if speaker := sd.speech[st.idx].speaker; st.turn >= 0 && speaker != "" && speaker != cl.name {
			if sp := sd.people.byName[speaker]; sp != nil && sd.people.country[sp] != "" {
				return sd.people.country[sp], ""
			}
			return "", speaker
		}
		if c := sd.namedSide(st); c != "" {
			return c, ""
		}
	}
	return sd.host, ""
}
