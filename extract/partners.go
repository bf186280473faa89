package extract

import (
	"sort"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// partners finds country pairs the document calls partners or whose
// cooperation it describes: "X-Y cooperation", or a sentence about
// cooperation that names exactly two countries.
func (x *Extractor) partners(doc *document) (partners []fact.Partnership, countries []string) {
	var out []fact.Partnership
	count := map[string]int{}
	seen := map[string]bool{}
	add := func(a, b string, st *sentence) {
		if a == b || a == "" || b == "" {
			return
		}
		if a > b {
			a, b = b, a
		}
		if seen[a+"|"+b] {
			return
		}
		seen[a+"|"+b] = true
		out = append(out, fact.Partnership{A: a, B: b, Evidence: st.evidence()})
	}
	type pair struct {
		a, b string
		st   *sentence
	}
	var cooperating []pair
	var named *pair // the last sentence that named two countries
	for _, st := range doc.sents {
		var cs []string
		for k := range st.gaz {
			g := &st.gaz[k]
			c := partyCountry(g)
			if c == "" {
				continue
			}
			count[c]++
			cs = appendNew(cs, c)
			// compounds: "Estonian-Latvian", "Chile-Peru", "Sino-Indian"
			if k+1 < len(st.gaz) {
				n := &st.gaz[k+1]
				if gap := st.Text[g.End:n.Start]; (gap == "-" || gap == "–" || gap == "—") && !x.lex.hostilityAfter.MatchString(st.Text[n.End:]) {
					add(c, partyCountry(n), st)
				}
			}
		}
		// asked only of a sentence that could be about a pair: most name
		// no two countries
		coop := func() bool { return st.matches(x.lex.cooperation) }
		switch {
		case len(cs) == 2 && x.sameKind(cs[0], cs[1]):
			if coop() {
				cooperating = append(cooperating, pair{cs[0], cs[1], st})
			}
			named = &pair{cs[0], cs[1], st}
		case len(cs) <= 1 && named != nil && st.idx-named.st.idx <= 2 && (len(cs) == 0 || cs[0] == named.a || cs[0] == named.b) &&
			coop() && x.lex.pairAnaphora.MatchString(st.Text):
			// "X of A met Y of B. The meeting focused on bilateral
			// relations": the cooperation of the two named before
			cooperating = append(cooperating, pair{named.a, named.b, st})
		case len(cs) > 2:
			named = nil
		}
	}
	// A sentence about cooperation between two countries counts when both
	// are among those the document is about, not a third country it
	// mentions in passing ("relations with X remain tense").
	top := topCountries(count, 2)
	for _, p := range cooperating {
		if top[p.a] && top[p.b] {
			add(p.a, p.b, p.st)
		}
	}
	// countries before unions and organisations, each most named first:
	// the sides a person of no stated country is guessed from (see Merge)
	// and the parties of a document's commitments are states more often
	// than the bodies they cooperate within
	var cs []string
	for c := range count {
		cs = append(cs, c)
	}
	state := func(c string) bool {
		k, ok := x.gz.Country(c)
		return ok && k.Kind == gazetteer.KindCountry
	}
	sort.Slice(cs, func(i, j int) bool {
		if si, sj := state(cs[i]), state(cs[j]); si != sj {
			return si
		}
		if count[cs[i]] != count[cs[j]] {
			return count[cs[i]] > count[cs[j]]
		}
		return cs[i] < cs[j]
	})
	return out, cs
}

// topCountries are the n most mentioned countries (ties included).
func topCountries(count map[string]int, n int) map[string]bool {
	var ns []int
	for _, c := range count {
		ns = append(ns, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ns)))
	top := map[string]bool{}
	if len(ns) == 0 {
		return top
	}
	least := ns[min(n, len(ns))-1]
	for c, k := range count {
		if k >= least {
			top[c] = true
		}
	}
	return top
}

// sameKind: a country partners a country, a union a union.
func (x *Extractor) sameKind(a, b string) bool {
	ca, ok1 := x.gz.Country(a)
	cb, ok2 := x.gz.Country(b)
	return ok1 && ok2 && ca.Kind == cb.Kind
}
