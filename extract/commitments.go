package extract

import (
	"regexp"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

type trigger struct {
	re     *regexp.Regexp
	status string
	whole  bool     // the commitment is the whole sentence (the trigger follows its object)
	keys   []string // lower-case words one of which the sentence must hold for re to match
}

// compileTriggers is called once per Extractor. Each pattern's literal
// words are kept so that most sentences are passed over without running it.
func compileTriggers() []trigger {
	t := func(expr, status string, whole bool) trigger {
		return trigger{re: regexp.MustCompile(`(?i)` + expr), status: status, whole: whole, keys: literalWords(expr)}
	}
	// Order matters: the first trigger found in a sentence sets its status.
	return []trigger{
		t(`\b(entered|enter|enters) into force\b`, StatusDone, true),
		t(`\b(dispatched|upgraded|delivered|handed over|launched|inaugurated)\b`, StatusDone, false),
		t(`\bsigned off on\b`, StatusSigned, true),
		t(`\b(witnessed|attended|oversaw|presided over) the (signing|exchange)\b|\bsigning ceremony\b`, StatusSigned, true),
		t(`\b(signed|inked|struck)\b`, StatusSigned, true),
		t(`\b(agreed (to|on)|agreement was reached (to|on)|concurred on|confirmed that both|reached an agreement (to|on))\b`, StatusAgreed, false),
		t(`\bjoint (declaration|statement|communiqu)`, StatusAgreed, true),
		t(`\b(suggest|suggests|suggested|propose|proposes|proposed|we need to|it is (crucial|important|necessary|essential) (to|for)|requested|request|should be concluded|plans to|calls? for|called for)\b`, StatusProposed, false),
		t(`\bI hope (that )?we (will|can)\b`, StatusProposed, false),
		t(`\b(we will continue|will continue (to )?\w+ing|we will deepen|we will strengthen|reiterated their commitment|commitment to|committed to|pledged?|intention to|is ready to|are ready to|working (with [\w\s]+ )?(to|on) reach\w*|aim to|vowed to|promised to)\b`, StatusPledged, false),
		// a signing still to come is a pledge unless an earlier trigger says more
		t(`\b(to|will|shall|would) sign\b`, StatusPledged, false),
		t(`\b(Treaty|Agreement|Memorandum|Convention|Accord|Protocol|Charter) (on|of|between|for)\b`, StatusSigned, true),
	}
}

// literalWords lists the alternatives' leading literal words of a trigger
// pattern, lower-cased: a sentence without any of them cannot match.
var letterRunRE = regexp.MustCompile(`[A-Za-z]{3,}`)

func literalWords(expr string) []string {
	common := map[string]bool{"the": true, "that": true, "and": true, "for": true, "with": true, "will": true,
		"would": true, "shall": true, "our": true, "are": true, "upon": true, "into": true, "both": true, "can": true}
	var out []string
	for _, w := range letterRunRE.FindAllString(expr, -1) {
		if w = strings.ToLower(w); !common[w] {
			out = appendNew(out, w)
		}
	}
	return out
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var trailingAttribution = regexp.MustCompile(`(?i)[,"”’]*\s*(,\s*)?(he|she|they|[A-Z][\w-]+(\s+[A-Z][\w-]+)?)\s+(said|added|noted|stressed)\.?\s*$`)

// commitments finds agreements signed, plans agreed, proposals, pledges and
// things done, and targets ("bring trade to $X by YYYY").
func (x *Extractor) commitments(doc *document, ppl *people, sp []speech, ref reference) ([]Commitment, map[int]fact.Side) {
	var out []Commitment
	open := map[int]fact.Side{}
	seen := map[string]bool{}
	for _, st := range doc.sents {
		var hit *trigger
		at := -1
		lower := strings.ToLower(st.Text)
		for k := range x.triggers {
			tr := &x.triggers[k]
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
		status := StatusPledged
		text := st.Text
		if hit != nil {
			status = hit.status
			if !hit.whole {
				text = st.Text[at:]
			}
		}
		if hit == nil && target {
			lower := strings.ToLower(st.Text)
			switch {
			case strings.Contains(lower, "agreed") || strings.Contains(lower, " aim ") || strings.Contains(lower, "both"):
				status = StatusAgreed
			case strings.Contains(lower, "plan"):
				status = StatusProposed
			}
		}
		text = cleanCommitment(text)
		if len(strings.Fields(text)) < 4 || procedural(text) || seen[text] {
			continue
		}
		seen[text] = true
		c := Commitment{Text: text, Status: status, Due: due(st.Text, ref), Evidence: st.evidence()}
		c.Parties = parties(st)
		if len(c.Parties) == 0 && sp[st.idx].speaker != "" && weRE.MatchString(st.Text) {
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

// proceduralRE matches proposals about the conversation itself ("I suggest
// we proceed with the discussion", "we agreed to hold this meeting").
var proceduralRE = regexp.MustCompile(`(?i)^\S+(\s+\S+)?\s+(we\s+)?(proceed|move on|turn to|begin|start|hold this meeting|meet|give the floor|pass the floor)\b`)

func procedural(text string) bool { return proceduralRE.MatchString(text) }

var weRE = regexp.MustCompile(`(?i)\b(we|our|us)\b`)

func cleanCommitment(s string) string {
	s = strings.TrimSpace(s)
	s = trailingAttribution.ReplaceAllString(s, "")
	s = strings.Trim(s, " \"“”‘’'.,;:")
	return s
}

var dueRE = regexp.MustCompile(`(?i)\b(?:by|until|till|before|through)\s+(?:the end of\s+)?((?:19|20)\d\d)\b`)

func due(s string, ref reference) string {
	if m := dueRE.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if strings.Contains(strings.ToLower(s), "this year") && len(ref.date) >= 4 {
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
