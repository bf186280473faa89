package extract

import (
	"slices"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// commitments finds agreements signed, plans agreed, proposals, pledges and
// things done, and targets ("bring trade to $X by YYYY").
func (x *Extractor) commitments(doc *document, ppl *people, sp []speech, ref reference) ([]fact.Commitment, map[int]fact.Side) {
	var out []fact.Commitment
	open := map[int]fact.Side{}
	seen := map[string]bool{}
	for _, st := range doc.sents {
		var hit *trigger
		at := -1
		lower := strings.ToLower(st.Text)
		for k := range x.lex.triggers {
			tr := &x.lex.triggers[k]
			if !containsAny(lower, tr.keys) {
				continue
			}
			if loc := tr.re.FindStringIndex(st.Text); loc != nil {
				hit, at = tr, loc[0]
				break
			}
		}
		target := false
		for _, f := range st.figs {
			if f.Target {
				target = true
			}
		}
		if hit == nil && !target {
			continue
		}
		status := fact.StatusPledged
		text := st.Text
		if hit != nil {
			status = hit.status
			if !hit.whole {
				text = st.Text[at:]
			}
		}
		if hit == nil && target {
			switch {
			case x.lex.targetAgreed.MatchString(st.Text):
				status = fact.StatusAgreed
			case x.lex.targetProposed.MatchString(st.Text):
				status = fact.StatusProposed
			}
		}
		text = x.lex.cleanCommitment(text)
		if len(strings.Fields(text)) < 4 || x.lex.procedural.MatchString(text) || seen[text] {
			continue
		}
		seen[text] = true
		c := fact.Commitment{Text: text, Status: status, Due: x.lex.dueYear(st.Text, ref), Evidence: st.evidence()}
		c.Parties = parties(st)
		if len(c.Parties) == 0 && sp[st.idx].speaker != "" && x.lex.we.MatchString(st.Text) {
			if cl := ppl.byName[sp[st.idx].speaker]; cl != nil && ppl.country[cl] != "" {
				c.Parties = []string{ppl.country[cl]}
			} else {
				open[len(out)] = fact.Side{Of: sp[st.idx].speaker}
			}
		}
		out = append(out, c)
	}
	return out, open
}

// cleanCommitment trims a commitment and cuts a trailing attribution
// ("..., he said").
func (v *vocabulary) cleanCommitment(s string) string {
	s = strings.TrimSpace(s)
	s = v.trailingAttribution.ReplaceAllString(s, "")
	s = strings.Trim(s, " \"“”‘’'.,;:")
	return s
}

// dueYear is the year a commitment is due by, if the sentence says.
func (v *vocabulary) dueYear(s string, ref reference) string {
	if m := v.due.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if v.dueThisYear.MatchString(s) && len(ref.date) >= 4 {
		return ref.date[:4]
	}
	return ""
}

// parties are the countries a commitment sentence names (at most two).
func parties(st *sentence) []string {
	var out []string
	for _, g := range st.gaz {
		if c := partyCountry(&g); c != "" {
			out = appendNew(out, c)
		}
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

func partyCountry(g *gazetteer.Match) string {
	if g.Country == nil {
		return ""
	}
	switch g.Kind {
	case gazetteer.MatchCountry, gazetteer.MatchDemonym, gazetteer.MatchOrg, gazetteer.MatchInstitution:
		// a seat of government speaks for its country ("the Kremlin")
		if g.Country.Kind == gazetteer.KindCountry || g.Country.Kind == gazetteer.KindUnion {
			return g.Country.Name
		}
	}
	return ""
}
