package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) })
}

// commitments finds agreements signed, plans agreed, proposals, pledges and
// things done, and targets ("bring trade to $X by YYYY"). The text of a
// commitment is what was committed to: the object of its trigger ("signed
// a memorandum on X" → "memorandum on X"), or the subject of a passive
// ("Three MoUs were signed between ..."), up to the end of its clause. The
// parties are those the clause names as its subject, else the speaker's
// side for "we", else the sides of the document's meeting, else the
// countries the sentence names.
func (x *Extractor) commitments(doc *document, ppl *people, sp []speech, ref reference, dated datedSentences, meetings []fact.Meeting, offices []fact.Office) ([]fact.Commitment, map[int]fact.Side) {
	var out []fact.Commitment
	open := map[int]fact.Side{}
	seen := map[string]bool{}
	sides := meetingSides(ppl, meetings, offices)
	targets := map[string]int{} // goal figure -> its commitment in out
	listStatus := ""            // the status of the list an intro opened ("agreed on the following:")
	listKind := ""              // the shape of the marker of the list's first item ("9.", "(a)", "-")
	for _, st := range doc.sents {
		item := x.lex.listItem.FindStringIndex(st.Text)
		if item == nil {
			listStatus = ""
		} else if listStatus != "" {
			// "5. The leaders welcomed the signing of: (a) ...; (b) ...
			// 6. The sides shared the view ...": a marker of another shape
			// is the next paragraph, not an item of the list
			kind := markerKind(st.Text[item[0]:item[1]])
			if listKind == "" {
				listKind = kind
			} else if kind != listKind {
				listStatus = ""
			}
		}
		if status := x.lex.listIntroStatus(st); status != "" {
			// "the leaders agreed as follows", "the sides further agreed:":
			// the items say what
			listStatus, listKind = status, ""
			continue
		}
		if listStatus != "" {
			if hit, _ := x.firstTrigger(st, ppl, 0); hit == nil {
				// an item of the list: what was agreed or signed
				if c, ok := x.listItemCommitment(st, ref, dated, sides, listStatus, item[1], seen); ok {
					out = append(out, c)
				}
				continue
			}
		}
		target := false
		for _, f := range st.figs {
			if f.Target {
				target = true
			}
		}
		// a sentence may state several commitments one after another ("signed
		// X and agreed to Y"): each next one is looked for after the text of
		// the one before
		for from, n := 0, 0; from < len(st.Text) && n < maxCommitmentsPerSentence; n++ {
			hit, loc := x.firstTrigger(st, ppl, from)
			if hit == nil && (!target || from > 0) {
				break
			}
			var c fact.Commitment
			var ok, speakers bool
			c, from, ok, speakers = x.commitmentAt(st, ppl, sp, ref, dated, sides, hit, loc, from, seen)
			if !ok {
				continue
			}
			if intro := strings.HasSuffix(strings.TrimSpace(st.Text), ":"); intro && hit != nil {
				listStatus, listKind = c.Status, ""
				if x.lex.placeholder(c.Text) || hit.mode == "whole" || x.lex.endsInPlaceholder(c.Text) {
					// "signed the following documents", "The joint statement
					// said:", "the declaration ... reads as follows:": the
					// items say which
					continue
				}
			}
			if key, fig := targetKey(st, c.Text); key != "" {
				// "to reach $30 billion of trade", told again as "targeting
				// $30bn trade": one goal of the document
				if k, ok := targets[key]; ok && shareWord(c.Words, out[k].Words, fig) {
					// the first telling, unless it is a headline's few
					// words and this one says twice as much
					if len(strings.Fields(c.Text)) >= 2*len(strings.Fields(out[k].Text)) {
						out[k] = c
					}
					continue
				}
				targets[key] = len(out)
			}
			if speakers {
				open[len(out)] = fact.Side{Of: sp[st.idx].speaker}
			}
			out = append(out, c)
		}
	}
	return out, open
}

// shareWord reports a word two commitments' words have in common besides
// the figure's (fig, its text) and numbers ("trade" in "reach $30 billion
// of trade" and "targeting $30bn trade"; none in "raise trade to $5
// billion" and "invest $5 billion").
func shareWord(a, b []string, fig string) bool {
	figWords := strings.Fields(strings.ToLower(fig))
	for _, w := range a {
		if strings.ContainsAny(w, "0123456789$€£¥") || slices.Contains(figWords, w) {
			continue
		}
		if slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// targetKey names the goal figure a commitment's text states ("30e9 USD"
// for "reach $30 billion of trade"), with the figure's text, or "" when it
// states none.
func targetKey(st *sentence, text string) (string, string) {
	for _, f := range st.figs {
		if f.Target && !f.Equivalent && f.Value > 0 && strings.Contains(text, f.Text) {
			return strconv.FormatFloat(f.Value, 'g', -1, 64) + " " + f.Unit, f.Text
		}
	}
	return "", ""
}

// listItemCommitment is the commitment an item of a list states (its text
// from off on, "To" and the closing punctuation cut), of the status of the
// list's intro.
func (x *Extractor) listItemCommitment(st *sentence, ref reference, dated datedSentences, sides []string, status string, off int, seen map[string]bool) (fact.Commitment, bool) {
	text := x.lex.cleanCommitment(st.Text[off:], true)
	if len(strings.Fields(text)) < 2 || seen[text] {
		return fact.Commitment{}, false
	}
	seen[text] = true
	c := fact.Commitment{Text: text, Words: x.lex.commitmentWords(text), Status: status, Due: x.due(st, ref, dated, status), Evidence: st.evidence()}
	if x.lex.soft(c.Words) {
		return fact.Commitment{}, false
	}
	c.Parties = sides
	if len(sides) != 2 {
		c.Parties = parties(st)
	}
	return c, true
}

// listIntroStatus is the status of the items of the list a sentence
// opens with no object of its own ("agreed as follows", "further
// agreed:"), or "".
func (v *vocabulary) listIntroStatus(st *sentence) string {
	for _, p := range v.listIntro {
		if st.matches(p.Re) {
			return p.Value
		}
	}
	return ""
}

// markerKind is the shape of a list item's marker: digits and letters
// each folded to one of their kind ("12." and "3." are "9.", "(ii)" and
// "(b)" are "(a)"), punctuation kept.
func markerKind(marker string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range strings.TrimSpace(marker) {
		switch {
		case unicode.IsDigit(r):
			r = '9'
		case unicode.IsLetter(r):
			r = 'a'
		}
		if r != last || r != '9' && r != 'a' {
			b.WriteRune(r)
		}
		last = r
	}
	return b.String()
}

// endsInPlaceholder reports a commitment's text whose last word points to
// the list after it ("... reads as follows").
func (v *vocabulary) endsInPlaceholder(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	return len(ws) > 0 && v.listPlaceholder[strings.Trim(ws[len(ws)-1], ",.;:")]
}

// placeholder reports a commitment's text that only points to a list
// ("the following documents").
func (v *vocabulary) placeholder(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if !v.listPlaceholder[strings.Trim(w, ",.;:")] {
			return false
		}
	}
	return true
}

// maxCommitmentsPerSentence bounds the commitments one sentence gives.
const maxCommitmentsPerSentence = 4

// commitmentAt is the commitment the trigger hit matched at loc states
// (nil hit: the sentence's target), where the text after it starts, and
// whether it is one (not procedural, not too short, not seen before), and
// whether its party is the speaker's side that only the corpus can tell.
// The text starts no earlier than from.
func (x *Extractor) commitmentAt(st *sentence, ppl *people, sp []speech, ref reference, dated datedSentences, sides []string,
	hit *trigger, loc []int, from int, seen map[string]bool) (fact.Commitment, int, bool, bool) {
	next := len(st.Text)
	status := fact.StatusPledged
	text := st.Text
	subjectParties := []string(nil)
	weSubject := false // "we agreed": the subject is the speaker's "we"
	spanStart, spanEnd := 0, len(st.Text)
	if hit != nil {
		status = hit.status
		start, end := x.commitmentSpan(st, ppl, hit, loc)
		start = max(start, from)
		end = max(end, start)
		spanStart, spanEnd = start, end
		next = max(end, loc[1])
		text = st.Text[start:end]
		verb := hit.verbAt(loc)
		weSubject = x.lex.we.MatchString(st.Text[x.clauseStart(st, verb):verb])
		subjectParties = x.subjectParties(st, ppl, verb)
		if hit.subject && len(subjectParties) == 1 && !x.lex.pluralParty(st.Text[x.clauseStart(st, verb):verb]) {
			status = fact.StatusPledged // one party's plan is its pledge
		}
	} else {
		start, end := x.targetSpan(st, ppl)
		text = st.Text[start:end]
		switch {
		case x.lex.targetAgreed.MatchString(st.Text):
			status = fact.StatusAgreed
		case x.lex.targetProposed.MatchString(st.Text):
			status = fact.StatusProposed
		}
	}
	text = x.lex.cleanCommitment(text, hit == nil || hit.mode != "whole")
	procedural := x.lex.procedural.MatchString(text) || hit != nil && x.lex.procedural.MatchString(st.Text[loc[0]:])
	if words := strings.Fields(text); len(words) < 2 || len(words) <= 3 && x.lex.pointingPronoun[strings.ToLower(words[len(words)-1])] || x.bareDocument(words) || procedural || seen[text] {
		// "achieve this": what is committed to is named elsewhere
		return fact.Commitment{}, next, false, false
	}
	seen[text] = true
	c := fact.Commitment{Text: text, Words: x.lex.commitmentWords(text), Status: status, Due: x.due(st, ref, dated, status), Evidence: st.evidence()}
	if x.lex.soft(c.Words) {
		// "work together for the benefit of the people", "keep in close
		// contact": good will, no nameable action
		return fact.Commitment{}, next, false, false
	}
	speaker := sp[st.idx].speaker
	speakers := false
	switch {
	case speaker != "" && weSubject && len(sides) == 2 && (status == fact.StatusAgreed || status == fact.StatusSigned):
		// "we agreed today to X", "we signed": a speaker of one side tells
		// what both sides did
		c.Parties = sides
	case len(subjectParties) > 0:
		c.Parties = subjectParties
	case speaker != "" && x.lex.we.MatchString(st.Text):
		if cl := ppl.byName[speaker]; cl != nil && ppl.country[cl] != "" {
			c.Parties = []string{ppl.country[cl]}
		} else {
			speakers = true
		}
	case len(sides) == 2:
		c.Parties = sides
	default:
		c.Parties = parties(st)
	}
	if own := partiesWithin(st, spanStart, spanEnd); len(own) == 2 && x.lex.betweenParties.MatchString(st.Text[spanStart:spanEnd]) {
		// "confirmed to enhance coordination between A and B in response
		// to the situations in C and D": the two the commitment itself
		// names as its sides
		c.Parties, speakers = own, false
	}
	return c, next, true, speakers
}

// partiesWithin are the countries named between byte offsets start and end
// of the sentence, in order.
func partiesWithin(st *sentence, start, end int) []string {
	var out []string
	for _, g := range st.gaz {
		if g.Start < start || g.End > end {
			continue
		}
		if c := partyCountry(&g); c != "" {
			out = appendNew(out, c)
		}
	}
	return out
}

// targetSpan is where the goal a sentence states is: from the verb of
// the goal after "to" ("to lift trade to $5 billion"), else from a word
// that names it ("targeting $30 billion", "the target of $5 billion"),
// before the first target figure in its clause, to the end of the
// figure's clause; the clause from its start when no such word stands
// between the clause's start and the figure.
func (x *Extractor) targetSpan(st *sentence, ppl *people) (int, int) {
	at := -1
	for _, f := range st.figs {
		if f.Target {
			at = f.Span.Start
			break
		}
	}
	if at < 0 {
		return x.clauseStart(st, 0), len(st.Text)
	}
	start := x.clauseStart(st, at)
	from := start
	k := wordIndexAfter(st, at)
	if k < 0 {
		k = len(st.words)
	}
	lead := -1
	for j := k - 1; j >= 0 && st.words[j].Start >= start; j-- {
		w := st.words[j].Fold
		if w == "to" && j+1 < k && x.lex.commitmentVerb[st.words[j+1].Fold] {
			// "to lift two-way trade to $15 billion", "to increase the
			// trade target of $5 billion": the verb of the goal
			return st.words[j+1].Start, x.clauseEnd(st, ppl, at)
		}
		if lead < 0 && x.lex.targetLead[w] {
			lead = st.words[j].Start // "targeting $30 billion", "the target of $5 billion"
		}
	}
	if lead >= 0 {
		from = lead
	}
	return from, x.clauseEnd(st, ppl, at)
}

// bareDocument reports a text of a determiner and a document's noun alone
// ("the MoU", "these agreements"), or of the noun and a verb of signing
// ("Agreements signed"): it points to documents named elsewhere.
func (x *Extractor) bareDocument(words []string) bool {
	if len(words) != 2 {
		return false
	}
	d, n := strings.ToLower(words[0]), strings.ToLower(strings.Trim(words[1], ".,;:"))
	det := d == "the" || d == "a" || d == "an" || x.lex.pointingPronoun[d] || x.lex.possessiveDeterminer[d]
	if x.lex.documentNoun[d] && x.lex.bareDocumentVerb[n] {
		return true // a headline's "Agreements signed", "MoUs inked": which, the body says
	}
	return det && x.lex.documentNoun[n]
}

// firstTrigger is the first commitment pattern, in table order, that
// matches the sentence and whose flags hold, with its match. A pattern of
// no commitment ("the anniversary of the signing") masks what it matches
// (with a mode, the clause from it), and the patterns are tried on the
// rest.
func (x *Extractor) firstTrigger(st *sentence, ppl *people, from int) (*trigger, []int) {
	lower := st.lower
	var masked [][2]int
	if from > 0 {
		masked = append(masked, [2]int{0, from}) // the text of a commitment found before
	}
	inMask := func(m []int) bool {
		for _, k := range masked {
			if m[0] < k[1] && m[1] > k[0] {
				return true
			}
		}
		return false
	}
	for k := range x.lex.triggers {
		tr := &x.lex.triggers[k]
		// the sentence's scan answers the pattern's prefilter, once
		if !tr.re.MayScanned(st.hits, lower) || !containsAny(lower, tr.keys) {
			continue
		}
		for _, m := range tr.re.FindAllStringSubmatchIndexScanned(st.hits, lower, st.Text, -1) {
			if inMask(m) {
				continue
			}
			if tr.status == "" {
				end := m[1]
				if tr.mode != "" {
					end = x.clauseEnd(st, ppl, m[1])
				}
				masked = append(masked, [2]int{m[0], end})
				continue
			}
			if x.triggerHolds(st, ppl, tr, m) {
				return tr, m
			}
		}
	}
	return nil, nil
}

// specificObject: the words from at to end name a nameable act, not
// cooperation in general. They do when they name something specific (a
// capitalised word after the first: a place, an event, a country's
// adjective; a figure or a time, the specific-object pattern: "by the end
// of this year"), or when none of their first five words is a generic
// object (lexicon generic-object: "dialogue", "events", "projects":
// "continuing the political dialogue" is a view, "opening a customs post"
// an act).
func (x *Extractor) specificObject(st *sentence, at, end int) bool {
	if end <= at || end > len(st.Text) {
		return false
	}
	if x.lex.specificObject.MatchString(st.Text[at:end]) {
		return true
	}
	n, generic := 0, false
	for _, w := range st.words {
		if w.Start < at || w.End > end {
			continue
		}
		if n > 0 && text.IsCap(w.Text) {
			return true
		}
		if n < 5 && x.lex.genericObject[w.Fold] {
			generic = true
		}
		n++
	}
	return !generic
}

// triggerHolds checks a matched trigger's flags: an object that starts with
// a verb, a party named in the sentence, a party named as the subject; and
// that an object follows an object trigger ("agreed upon from the results"
// names none).
func (x *Extractor) triggerHolds(st *sentence, ppl *people, tr *trigger, m []int) bool {
	at := m[1]
	if tr.mode == "name" {
		at = m[2*tr.obj] // "the importance of X was emphasized": X must be an action
	}
	if tr.verb && !x.startsWithAction(st, at) {
		return false
	}
	if tr.specific {
		end := x.clauseEnd(st, ppl, at)
		if tr.mode == "name" {
			end = m[2*tr.obj+1]
		}
		if !x.specificObject(st, at, end) {
			return false
		}
	}
	if tr.mode == "object" {
		// "agreed upon from the results of this meeting": no object
		k := wordIndexAfter(st, m[1])
		if k < 0 {
			return false
		}
		if last := strings.ToLower(lastToken(st.Text[m[0]:m[1]])); (last == "on" || last == "upon" || last == "to") &&
			x.lex.noObject[st.words[k].Fold] && st.words[k].Fold != "and" {
			return false
		}
	}
	if tr.party && len(parties(st)) == 0 && !x.lex.partyWordIn(st.Text) {
		return false
	}
	if subj := st.Text[x.clauseStart(st, m[0]):m[0]]; tr.parties && len(parties(st)) < 2 && len(placeCountries(st)) < 2 && !x.lex.pluralParty(subj) && !x.lex.we.MatchString(subj) {
		// two parties, "the two sides", or "we" of a speaker talking to the other side
		return false
	}
	if tr.plural {
		// "both ministers consented to": the parties are the subject
		from := x.clauseStart(st, m[0])
		if len(x.partiesIn(st, ppl, from, m[0])) < 2 && !x.lex.pluralParty(st.Text[from:m[0]]) {
			return false
		}
	}
	if tr.mode == "auto" && !x.hasObject(st, m[1]) {
		// "X signed on behalf of his country": a signature, but of a document
		// named elsewhere; only one named before the verb commits
		if !x.documentIn(st, x.npStart(st, m[0]), m[0]) {
			return false
		}
	}
	if tr.subject {
		verb := tr.verbAt(m)
		from := x.clauseStart(st, verb)
		if len(x.subjectParties(st, ppl, verb)) == 0 && !x.lex.partyWordIn(st.Text[from:verb]) {
			return false
		}
	}
	return true
}

// verbAt is where the committing words of a match start: its "obj" group
// ("Japan to help ..."), else the match.
func (tr *trigger) verbAt(m []int) int {
	if tr.obj >= 0 && m[2*tr.obj] >= 0 {
		return m[2*tr.obj]
	}
	return m[0]
}

// startsWithAction reports whether the words from off on start with a verb
// ("to deepen", "to implementing") or a noun of action after "the" ("to the
// implementation of"): a commitment to act, not to a value or a country.
func (x *Extractor) startsWithAction(st *sentence, off int) bool {
	k := wordIndexAfter(st, off)
	if k >= 0 && st.words[k].Fold == "to" {
		k++ // "will continue to deepen"
	}
	if k < 0 || k >= len(st.words) {
		return false
	}
	w := st.words[k].Fold
	if x.lex.possessiveDeterminer[w] && k+1 < len(st.words) {
		return true // "will continue our support for", "its assistance"
	}
	if x.lex.commitmentVerb[w] || strings.HasSuffix(w, "ing") && len(w) > 5 && !text.IsCap(st.words[k].Text) {
		return true
	}
	if (w == "the" || w == "a" || w == "an") && k+1 < len(st.words) && !text.IsCap(st.words[k+1].Text) {
		for suf := range x.lex.actionSuffix {
			if strings.HasSuffix(st.words[k+1].Fold, suf) {
				return true
			}
		}
	}
	return false
}

// wordIndexAfter is the index of the first word starting at or after off, or -1.
func wordIndexAfter(st *sentence, off int) int {
	for k, w := range st.words {
		if w.Start >= off {
			return k
		}
	}
	return -1
}

// commitmentSpan is where a commitment's text is in its sentence, by the
// trigger's mode.
func (x *Extractor) commitmentSpan(st *sentence, ppl *people, tr *trigger, m []int) (int, int) {
	mode := tr.mode
	if mode == "auto" {
		// "signed a memorandum on X" has an object; "the agreements signed
		// were on X", "signed on behalf of" have none: the text is the
		// noun phrase before the verb and what the clause says of it
		if x.hasObject(st, m[1]) {
			mode = "object"
		} else {
			start := x.npStart(st, m[0])
			return start, x.clauseEnd(st, ppl, m[1])
		}
	}
	var start int
	switch mode {
	case "whole":
		// past a leading frame ("In their joint statement, ...")
		return x.clauseStart(st, x.frameEnd(st)), len(st.Text)
	case "name":
		return m[2*tr.obj], m[2*tr.obj+1]
	case "group":
		start = m[2*tr.obj]
		return start, x.clauseEnd(st, ppl, start)
	case "object":
		start = m[1]
	case "subject":
		start = x.subjectStart(st, m[0])
	default:
		start = m[0]
	}
	from := max(start, m[1])
	if mode == "from" {
		from = start // the match may run over the clause's end ("an invitation ..., which was accepted")
	}
	end := x.clauseEnd(st, ppl, from)
	if mode == "subject" && len(strings.Fields(st.Text[start:end])) <= 3 && end < len(st.Text) {
		// "documents were signed, according to which ...": the subject
		// says nothing; what follows does
		end = x.clauseEnd(st, ppl, end+1)
	}
	return start, end
}

// hasObject reports whether an object follows a verb ending at off ("signed
// a memorandum"), not a preposition, an adverb or punctuation.
func (x *Extractor) hasObject(st *sentence, off int) bool {
	k := wordIndexAfter(st, off)
	return k >= 0 && text.OnlySpace(st.Text[off:st.words[k].Start]) && !x.lex.noObject[st.words[k].Fold]
}

// documentIn reports whether st.Text[from:to] names a thing signed.
func (x *Extractor) documentIn(st *sentence, from, to int) bool {
	for _, w := range st.words {
		if w.Start >= from && w.End <= to && x.lex.documentNoun[w.Fold] {
			return true
		}
	}
	return false
}

// npStart is where the noun phrase that ends right before the verb at off
// starts ("the two agreements signed", "the Memorandums of Understanding
// (MoUs) signed"): back over auxiliaries, then to its determiner, at most
// eight words, never across punctuation or a function word.
func (x *Extractor) npStart(st *sentence, off int) int {
	j := wordIndexAfter(st, off) - 1
	if j < 0 {
		j = len(st.words) - 1
	}
	for j >= 0 && st.words[j].Start >= off {
		j--
	}
	for j >= 0 && (x.lex.passiveAux[st.words[j].Fold] || x.lex.participleAux[st.words[j].Fold]) {
		j--
	}
	first := -1
	for n := 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		w := st.words[j]
		if first >= 0 {
			g := st.Text[w.End:st.words[first].Start]
			if strings.ContainsAny(g, ",;:.") {
				break
			}
		}
		// a capitalised function word ("If the MoUs signed") starts no noun
		// phrase; the noun right before the verb may be one ("Agreement")
		if first >= 0 && x.lex.notName[w.Text] && !x.lex.documentNoun[w.Fold] || x.lex.noObject[w.Fold] && !x.lex.bodyConnector[w.Fold] {
			break
		}
		first = j
		if w.Fold == "the" || w.Fold == "a" || w.Fold == "an" || x.lex.possessiveDeterminer[w.Fold] || w.Fold == "these" || w.Fold == "this" {
			break
		}
	}
	if first < 0 {
		return off
	}
	return st.words[first].Start
}

// subjectStart is where the subject of the verb at off starts: the clause's
// start, or, when the verb follows a relative pronoun ("the Agreement
// (RAA) that entered into force"), the noun phrase before the pronoun.
func (x *Extractor) subjectStart(st *sentence, off int) int {
	start := x.clauseStart(st, off)
	k := wordIndexAfter(st, start)
	if k < 0 {
		return start
	}
	j := -1
	for r := k; r < len(st.words) && st.words[r].Start < off; r++ {
		if x.lex.relativeWord[st.words[r].Fold] {
			j = r - 1 // "the deals which former leaders signed", "..., which entered into force"
		}
	}
	if j < 0 {
		if k > 0 && x.lex.relativeWord[st.words[k-1].Fold] && strings.TrimSpace(st.Text[start:off]) == "" {
			j = k - 2 // "the Agreement (RAA) that entered into force": the clause began after "that"
		} else {
			return start
		}
	}
	first := -1
	for ; j >= 0; j-- {
		w := st.words[j]
		// the comma before the relative pronoun (", which was signed")
		// closes the noun phrase, it does not cut it
		if g := st.Text[w.End:st.words[j+1].Start]; first >= 0 && strings.ContainsAny(g, ",;:.") && !strings.Contains(g, "(") {
			break
		}
		determiner := w.Fold == "the" || w.Fold == "a" || w.Fold == "an" || x.lex.possessiveDeterminer[w.Fold]
		if determiner && first >= 0 && !text.IsCap(st.words[first].Text) {
			first = j // "the expanded trade accords": the determiner opens the phrase
			break
		}
		if text.IsCap(w.Text) || text.IsAllCaps(w.Text) || x.lex.bodyConnector[w.Fold] && first >= 0 {
			first = j
			continue
		}
		afterConnector := first >= 0 && x.lex.bodyConnector[st.words[first].Fold] && st.words[first].Fold != "the"
		if !afterConnector && !x.lex.noObject[w.Fold] && !x.lex.nounPhraseStop[w.Fold] && len(strings.Fields(st.Text[w.Start:off])) <= 6 {
			// a noun phrase in lower case, or with capitalised words
			// inside ("the 2030 action plan", "the expanded framework
			// agreements"): back to its determiner; a word in lower case
			// right before "of" heads a phrase of its own ("one of the
			// accords which")
			first = j
			if determiner {
				break
			}
			continue
		}
		break
	}
	for first >= 0 && x.lex.bodyConnector[st.words[first].Fold] && st.words[first].Fold != "the" {
		first++
	}
	if first < 0 {
		return start
	}
	return st.words[first].Start
}

// clauseStart is where the clause holding offset off starts: after a
// reporting "that", a semicolon or a colon, and after a leading frame ("In
// a statement, the ministry said, ...", "In addition, ").
func (x *Extractor) clauseStart(st *sentence, off int) int {
	s := st.Text[:off]
	start := 0
	for _, sep := range []string{" that ", "; ", ": "} {
		if i := strings.LastIndex(s, sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
	}
	for {
		m := x.lex.commitmentFrame.FindStringIndex(st.Text[start:])
		if m == nil || m[1] == 0 || start+m[1] > off {
			break
		}
		start += m[1]
	}
	return start
}

// frameEnd is where the leading frames of a sentence end ("In their joint
// statement, the leaders ..."), 0 without one.
func (x *Extractor) frameEnd(st *sentence) int {
	start := 0
	for {
		m := x.lex.commitmentFrame.FindStringIndex(st.Text[start:])
		if m == nil || m[1] == 0 {
			return start
		}
		start += m[1]
	}
}

// clauseEnd is where the clause that runs from off ends: at a semicolon, a
// dash, or a comma that opens another clause (", which", ", as",
// ", aimed at", ", President X said").
func (x *Extractor) clauseEnd(st *sentence, ppl *people, off int) int {
	s := st.Text
	leading := x.inLeadingSubordinate(st, off)
	for i := off; i < len(s); i++ {
		switch s[i] {
		case ';':
			return i
		case ',':
			if leading {
				return i // "If the MoUs signed ... are implemented, relations will ...": the condition ends here
			}
			k := wordIndexAfter(st, i+1)
			if k < 0 {
				return i
			}
			w := st.words[k]
			if w.Fold == "as" && k+2 < len(st.words) && st.words[k+1].Fold == "well" && st.words[k+2].Fold == "as" {
				continue // ", as well as": the list goes on
			}
			if x.lex.clauseOpener[w.Fold] {
				return i
			}
			// ", the two governments opened ...": a new clause of the parties
			if (w.Fold == "the" || w.Fold == "both") && k+2 < len(st.words) &&
				(x.lex.partyWord[st.words[k+1].Fold] || x.lex.partyWord[st.words[k+2].Fold]) {
				return i
			}
			if inMention(ppl.mentions[st.idx], w.Start) {
				return i
			}
			if m := st.match(k); m != nil && m.Kind == gazetteer.MatchOffice {
				return i
			}
		case ' ':
			if strings.HasPrefix(s[i:], " – ") || strings.HasPrefix(s[i:], " — ") || strings.HasPrefix(s[i:], " - ") {
				return i
			}
			// "signed four MoUs as the two republics moved to ...", "...
			// as Prime Minister X called on Y": a clause of its own subject
			if strings.HasPrefix(s[i:], " as ") && strings.TrimSpace(s[off:i]) != "" {
				if k := wordIndexAfter(st, i+len(" as ")); k >= 0 && x.opensSubject(st, ppl, k) {
					return i
				}
			}
			// "signed X and agreed to Y": a second predicate of the subject
			if strings.HasPrefix(s[i:], " and ") && strings.TrimSpace(s[off:i]) != "" {
				if k := wordIndexAfter(st, i+len(" and ")); k >= 0 {
					if st.words[k].Fold == "also" && k+1 < len(st.words) {
						k++
					}
					if x.lex.andPredicate[st.words[k].Fold] {
						return i
					}
				}
			}
		}
	}
	return len(s)
}

// inLeadingSubordinate reports whether off is in a subordinate clause
// that opens the sentence ("If the MoUs signed ... are implemented, ..."):
// the sentence's first word subordinates and no comma stands before off.
func (x *Extractor) inLeadingSubordinate(st *sentence, off int) bool {
	if len(st.words) == 0 || !x.lex.subordinator[st.words[0].Fold] || st.words[0].Start >= off {
		return false
	}
	return !strings.ContainsAny(st.Text[st.words[0].End:off], ",;:")
}

// opensSubject reports whether the words from k on open a clause with a
// subject of its own: parties by a word ("the two sister republics"), a
// person, or an office ("Prime Minister X").
func (x *Extractor) opensSubject(st *sentence, ppl *people, k int) bool {
	if w := st.words[k].Fold; w == "the" || w == "both" {
		for j := k + 1; j < len(st.words) && j <= k+3; j++ {
			if x.lex.partyWord[st.words[j].Fold] {
				return true
			}
		}
	}
	for j := k; j < len(st.words) && j <= k+1; j++ {
		if inMention(ppl.mentions[st.idx], st.words[j].Start) {
			return true
		}
		if m := st.match(j); m != nil && m.Kind == gazetteer.MatchOffice {
			return true
		}
	}
	return false
}

// partiesIn are the parties named in st.Text[from:to]: countries, and the
// countries of the persons named.
func (x *Extractor) partiesIn(st *sentence, ppl *people, from, to int) []string {
	var out []string
	for k := range st.gaz {
		g := &st.gaz[k]
		if g.Start >= from && g.End <= to {
			if c := partyCountry(g); c != "" {
				out = appendNew(out, c)
			}
		}
	}
	for _, p := range ppl.mentions[st.idx] {
		if p.s >= from && p.e <= to {
			if cl := ppl.byName[p.name]; cl != nil && ppl.country[cl] != "" {
				out = appendNew(out, ppl.country[cl])
			}
		}
	}
	if len(out) == 0 {
		out = capitalSubject(st, x.reportedStart(st, from, to), to)
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

// subjectParties are the parties the subject of the verb at verb names;
// a pronoun that reports the speaker ("The Chilean president affirmed
// that he will mediate") stands for the subject of the clause before
// "that".
func (x *Extractor) subjectParties(st *sentence, ppl *people, verb int) []string {
	from := x.clauseStart(st, verb)
	if ps := x.partiesIn(st, ppl, from, verb); len(ps) > 0 {
		return ps
	}
	// the pronoun, then auxiliaries or adverbs, no second subject
	words := strings.Fields(strings.ToLower(st.Text[from:verb]))
	if len(words) == 0 || !x.lex.reportedPronoun[words[0]] || !strings.HasSuffix(st.Text[:from], " that ") {
		return nil
	}
	for _, w := range words[1:] {
		if w == "and" || w == "with" || w == "," {
			return nil // "he and his team will": more than the pronoun
		}
	}
	that := from - len("that ")
	return x.partiesIn(st, ppl, x.clauseStart(st, that), that)
}

// reportedStart is where a clause reported without "that" starts in
// st.Text[from:to]: after the last verb of speech and the few words of its
// object ("the minister said Nairobi would", "told reporters Kampala
// will"), so that what follows can be the reported clause's subject; from
// when the range holds no verb of speech.
func (x *Extractor) reportedStart(st *sentence, from, to int) int {
	start := from
	for k := 0; k < len(st.words); k++ {
		w := st.words[k]
		if w.Start < from || w.End > to || !x.lex.speech[w.Fold] {
			continue
		}
		start = w.End
		// "told reporters", "told the press": lower-case words, not a
		// preposition ("said in Nairobi" names a place, not a subject)
		for n := 0; n < 2 && k+1 < len(st.words) && st.words[k+1].End <= to; n++ {
			next := st.words[k+1]
			if text.IsCap(next.Text) || x.lex.noObject[next.Fold] || !text.OnlySpace(st.Text[start:next.Start]) {
				break
			}
			k++
			start = next.End
		}
	}
	return start
}

// capitalSubject: a subject that is only capitals ("Ankara will",
// "Nairobi and Kampala would") speaks for their governments: their
// countries. A capital among other words ("in Ankara, officials will") is
// a place.
func capitalSubject(st *sentence, from, to int) []string {
	var out []string
	at := from
	for k := range st.gaz {
		g := &st.gaz[k]
		if g.End <= from || g.Start >= to {
			continue
		}
		if g.Start < from || g.End > to || g.Kind != gazetteer.MatchCity || g.City == nil || !g.City.Capital ||
			g.Country == nil || g.Country.Kind != gazetteer.KindCountry {
			return nil
		}
		if gap := strings.TrimSpace(st.Text[at:g.Start]); gap != "" && (len(out) == 0 || gap != "and" && gap != ",") {
			return nil
		}
		out = appendNew(out, g.Country.Name)
		at = g.End
	}
	if len(out) == 0 {
		return nil
	}
	// after the capitals, only words in lower case ("will", "would also")
	for _, w := range strings.Fields(st.Text[at:to]) {
		if w != strings.ToLower(w) {
			return nil
		}
	}
	return out
}

// partyWordIn reports whether s names parties by a word ("the two sides").
func (v *vocabulary) partyWordIn(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if v.partyWord[strings.Trim(w, ",.;:“”\"'")] {
			return true
		}
	}
	return false
}

// pluralParty reports whether a subject names several parties by a word
// ("the two sides", "both").
func (v *vocabulary) pluralParty(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ",.;:“”\"'"); v.partyWord[w] && w != "we" {
			return true
		}
	}
	return false
}

// meetingSides are the two countries of the document's first meeting
// whose participants act for two countries.
func meetingSides(ppl *people, meetings []fact.Meeting, offices []fact.Office) []string {
	// a participant's country: the title's, else the one the document's
	// offices settled ("PRESIDENT X:" of the host, welcoming the guest)
	officeCountry := map[string]string{}
	for _, o := range offices {
		if _, ok := officeCountry[o.Person]; !ok && o.Country != "" {
			officeCountry[o.Person] = o.Country
		}
	}
	for _, m := range meetings {
		var cs []string
		for _, p := range m.Participants {
			if cl := ppl.byName[p]; cl != nil && ppl.country[cl] != "" {
				cs = appendNew(cs, ppl.country[cl])
			} else if c := officeCountry[p]; c != "" {
				cs = appendNew(cs, c)
			}
		}
		if len(cs) == 2 {
			return cs
		}
	}
	return nil
}

// cleanCommitment trims a commitment and cuts a trailing attribution
// ("..., he said") and, in a phrase, a leading article.
func (v *vocabulary) cleanCommitment(s string, phrase bool) string {
	s = strings.TrimSpace(s)
	s = v.trailingAttribution.ReplaceAllString(s, "")
	if m := v.signatoryTail.FindStringIndex(s); m != nil {
		s = s[:m[0]] // "the MoU on behalf of X": who signed, not what
	}
	if m := v.commitmentTail.FindStringIndex(s); m != nil && len(strings.Fields(s[:m[0]])) >= 2 {
		s = s[:m[0]] // "... ahead of a state visit to X": when, not what
	}
	s = strings.Trim(s, " \"“”‘’'.,;:")
	for _, tail := range []string{"; and", ", and", "; or", ", or"} {
		s = strings.TrimSuffix(s, tail) // "(b) establish a commission; and": the list goes on
	}
	for _, a := range []string{"and ", "that ", "to ", "the ", "a ", "an "} {
		if !phrase {
			break
		}
		if len(s) > len(a) && strings.EqualFold(s[:len(a)], a) && len(strings.Fields(s[len(a):])) >= 2 {
			s = s[len(a):]
		}
	}
	return strings.Trim(s, " \"“”‘’'.,;:")
}

// due is the date a commitment is due by, if the sentence says: a
// deadline year, "this year", "next year", and for what is still to come
// a year or month it is planned for ("in 2025", "in October").
func (x *Extractor) due(st *sentence, ref reference, dated datedSentences, status string) string {
	v := x.lex
	if m := v.due.FindStringSubmatch(st.Text); m != nil {
		return m[1]
	}
	year := 0
	if len(ref.date) >= 4 {
		year, _ = strconv.Atoi(ref.date[:4])
	}
	if v.dueThisYear.MatchString(st.Text) && year > 0 {
		return ref.date[:4]
	}
	if status == fact.StatusSigned || status == fact.StatusDone {
		return ""
	}
	if v.dueNextYear.MatchString(st.Text) && year > 0 {
		return strconv.Itoa(year + 1)
	}
	if m := v.dueWithinYears.FindStringSubmatch(st.Text); m != nil && year > 0 {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = v.smallNumber[strings.ToLower(m[1])]
		}
		if n > 0 {
			return strconv.Itoa(year + n) // "within three years"
		}
	}
	if m := v.dueInYear.FindStringSubmatch(st.Text); m != nil && year > 0 {
		if y, _ := strconv.Atoi(m[1]); y >= year {
			return m[1]
		}
	}
	// "scheduled for October", "in May": the next such month
	for i, w := range st.words {
		if i == 0 || !text.IsCap(w.Text) || !x.lex.duePreposition[st.words[i-1].Fold] {
			continue
		}
		n, err := strconv.Atoi(v.monthNumber[w.Fold])
		if err != nil || year == 0 || len(w.Fold) < 3 {
			continue
		}
		y, named := year, false
		if i+1 < len(st.words) {
			if yy, err := strconv.Atoi(st.words[i+1].Text); err == nil && yy > 1900 && yy < 2200 {
				y, named = yy, true
			}
		}
		due := strconv.Itoa(y) + "-" + twoDigits(n)
		if len(ref.date) >= 7 && due < ref.date[:7] {
			if named {
				// "the treaty signed in August 2022": a month gone by,
				// not when the plan is due
				continue
			}
			due = strconv.Itoa(y+1) + "-" + twoDigits(n)
		}
		return due
	}
	if st.idx < len(dated.dates) {
		for _, d := range dated.dates[st.idx] {
			if x.afterPastAnchor(st, d.Span.Start) {
				// "Following our call on June 30, we decided to": the day
				// the decision came after, not when the plan is due
				continue
			}
			if d.Month == 0 || len(d.Date) < 7 || d.Relative && !x.namesMonth(d.Text) && d.Date <= ref.date {
				// "vowed on Sunday to", "agreed today to": a weekday alone,
				// read as a day gone by, or the day itself dates the words
				// said, not when the plan is due
				continue
			}
			due := d.Date[:7]
			if d.Relative && len(ref.date) >= 7 && due < ref.date[:7] {
				// a month named alone in a plan is the next one of that name
				if y, err := strconv.Atoi(due[:4]); err == nil {
					due = strconv.Itoa(y+1) + due[4:]
				}
			}
			if len(ref.date) < 7 || due >= ref.date[:7] {
				return due
			}
		}
	}
	return ""
}

// afterPastAnchor reports whether a word that dates what follows by an
// event before it ("following", "after", "since") stands among the five
// words before off, in the same clause.
func (x *Extractor) afterPastAnchor(st *sentence, off int) bool {
	k := wordIndexAfter(st, off)
	if k < 0 {
		k = len(st.words)
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if strings.ContainsAny(st.Text[st.words[j].End:off], ",;:") {
			return false
		}
		if x.lex.pastAnchor[st.words[j].Fold] {
			return true
		}
	}
	return false
}

// parties are the countries a commitment sentence names (at most two).
func parties(st *sentence) []string {
	out := partiesWithin(st, 0, len(st.Text))
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

// placeCountries are the countries of the cities a sentence names
// ("flights between Nairobi and Kigali" name two parties).
func placeCountries(st *sentence) []string {
	var out []string
	for _, g := range st.gaz {
		if g.Kind == gazetteer.MatchCity && g.Country != nil && g.Country.Kind == gazetteer.KindCountry {
			out = appendNew(out, g.Country.Name)
		}
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

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// soft reports a commitment whose words (commitmentWords) are all words of
// good will ("work", "together", "contact"): it names no action.
func (v *vocabulary) soft(words []string) bool {
	for _, w := range words {
		if !v.softCommitmentWords[w] {
			return false
		}
	}
	return true
}

// commitmentWords are the words of a commitment's text that tell it from
// another (fact.SameCommitment): folded, a plural's "s" dropped, without
// the plain words of the lexicon, sorted, each once.
func (v *vocabulary) commitmentWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		w = strings.Trim(w, "-")
		switch {
		case len(w) > 4 && strings.HasSuffix(w, "ies"):
			w = strings.TrimSuffix(w, "ies") + "y"
		case len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
			w = strings.TrimSuffix(w, "s")
		}
		if len(w) < 2 || v.plainCommitmentWords[w] {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// namesMonth reports whether a date's text names its month, by a number
// or a month's name ("5 March", "03/05"), not a weekday alone ("Monday").
func (x *Extractor) namesMonth(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if _, ok := x.lex.monthNumber[w]; ok || strings.ContainsAny(w, "0123456789") {
			return true
		}
	}
	return false
}
