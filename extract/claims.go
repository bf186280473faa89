package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/figures"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/extract/text"
	"github.com/diplograph/diplograph/fact"
)

// claims reads the figures of each sentence and attributes them.
func (x *Extractor) claims(doc *document, sp []speech, ref reference) []fact.Claim {
	var out []fact.Claim
	currency := currencyHint(doc)
	seen := map[string]bool{}
	// the last money claim: a restatement ("This is about 90 billion
	// roubles") in the speaker's own words is the same amount
	lastMoney, anyMoney := "", false // the speaker of the last money claim
	// the last claim of an amount and its sentence: a restated change
	// ("This was an increase of 20 percent") is that amount's
	lastAmount, lastAmountSent := -1, -1
	for _, st := range doc.sents {
		if len(st.figs) == 0 {
			continue
		}
		// the sentence within two before st that names a measure: what a
		// restatement or a bare growth figure is about. Looked up only for
		// sentences with figures, and only when asked, so that the measure
		// pattern does not run over every sentence of the text.
		var before *sentence
		looked := false
		measuredBefore := func() *sentence {
			if !looked {
				looked = true
				for i := st.idx - 1; i >= 0 && i >= st.idx-2; i-- {
					if x.lex.metric.MatchString(doc.sents[i].Text) {
						before = doc.sents[i]
						break
					}
				}
			}
			return before
		}
		aboutSt := st // the sentence that names what the figures measure
		restated := false
		speaker := sp[st.idx].speaker
		switch {
		case st.matches(x.lex.metric):
		case speaker != "" && x.countsPeople(st):
			// "around 6,000 of our citizens work there", said by a minister
		case x.givesAid(st):
			// "Japan has provided $40 million in aid so far"
		case measuredBefore() != nil && x.lex.restatement.MatchString(st.Text):
			aboutSt, restated = before, true
		case measuredBefore() != nil && st.idx-before.idx == 1 && x.lex.anaphora.MatchString(st.Text):
			aboutSt = before // "Last year it reached $5 billion"
		default:
			continue
		}
		measured := measureText(st)
		figs := append([]figures.Figure(nil), st.figs...)
		for k := range figs {
			if figs[k].Kind == figures.KindMoney && figs[k].Unit == "" {
				if u := x.bareCountOf(st, figs[k]); u != "" {
					// "tourist arrivals reached 4.5 million"
					figs[k].Kind, figs[k].Unit = figures.KindCount, u
					continue
				}
				// a bare "10 billion" is in the currency the document uses
				figs[k].Unit = currency
			}
		}
		var amounts, changes, free []figures.Figure
		for k, f := range figs {
			if f.Kind == figures.KindCount && (f.Unit == "count" || f.Unit == "people") {
				// "the number of companies exceeds 4,000", "the number
				// of tourists grew to 450,000 people"
				if u := x.countedBefore(st, f); u != "" {
					figs[k].Unit = u
					f = figs[k]
				} else if u := x.bareCountOf(st, f); u != "" && f.Unit == "count" && f.Value >= 100 {
					// "tourist arrivals reached 600,000": a number of people
					// travelling, named near it
					figs[k].Unit = u
					f = figs[k]
				}
			}
			switch {
			case f.Target, f.Equivalent, f.Base, f.Difference, f.RangeLow:
			case f.IsChange:
				changes = append(changes, f)
				if !f.Given {
					free = append(free, f)
				}
			case f.Kind == figures.KindPercent && f.Share:
				// "15 percent of foreign investment", "the share ...
				// exceeded 90 percent": a share, no growth
			case f.Kind == figures.KindPercent:
				changes = append(changes, f) // "the growth of trade was 7 percent"
			case f.Kind == figures.KindMoney && !x.lex.aid.MatchString(around(st.Text, f.Span)):
				amounts = append(amounts, f)
			case f.Kind == figures.KindMoney && x.aidGiven(around(st.Text, f.Span)):
				amounts = append(amounts, f)
			case f.Kind == figures.KindCount && x.lex.countUnit[f.Unit]:
				amounts = append(amounts, f)
			case speaker != "" && x.peopleCount(f) != "":
				f.Unit = x.peopleCount(f)
				amounts = append(amounts, f)
			}
		}
		period := ""
		if p, span, ok := x.dates.FindClaimPeriod(st.toks, ref.parsed); ok {
			period = p
			// "from $1 billion in 2017 to $3 billion in 2023", "$4 billion,
			// up from $3 billion in 2022": the period of the base is not
			// the figure's; one after the base's stretch is, or else one
			// before the base
			for k, f := range figs {
				end := len(st.Text)
				if k+1 < len(figs) {
					end = figs[k+1].Span.Start
				}
				if !f.Base || span.Start < f.Span.End || span.End > end {
					continue
				}
				period = ""
				for q, t := range st.toks {
					if k+1 < len(figs) && t.Start >= end {
						if p, _, ok := x.dates.FindClaimPeriod(st.toks[q:], ref.parsed); ok {
							period = p
						}
						break
					}
					if k+1 == len(figs) && t.End > f.Span.Start {
						if p, _, ok := x.dates.FindClaimPeriod(st.toks[:q], ref.parsed); ok {
							period = p
						}
						break
					}
				}
				break
			}
		}
		// an older level and the newer one a change led to each keep the
		// period stated with them
		own := x.olderLevelPeriods(st, figs, ref)
		emit := func(f figures.Figure, unit string, change *float64) {
			period := period
			if p, ok := own[f.Span.Start]; ok {
				period = p
			}
			metric := "amount"
			if aboutSt == st {
				metric = x.lex.metricOf(x.clauseAround(st, measured, f.Span), f)
				if metric == "amount" || metric == "growth" {
					metric = x.lex.metricOf(around(measured, f.Span), f)
				}
			}
			if f.Kind == figures.KindMoney && aboutSt == st && x.aidGiven(around(st.Text, f.Span)) {
				metric = strings.ToLower(x.lex.aid.FindString(around(st.Text, f.Span))) // "budget support"
			}
			if metric == "amount" {
				metric = x.lex.metricOf(measureText(aboutSt), f) // the measure is named further off
			}
			if metric == "growth" && measuredBefore() != nil {
				// "This year we saw growth of 30 percent" after a
				// sentence on trade: the growth of that measure
				metric = x.lex.metricOf(measureText(before), f)
			}
			if restated && f.Kind == figures.KindMoney && anyMoney && lastMoney == speaker {
				// the speaker's own amount again, in another currency or
				// as a difference: no figure of its own
				return
			}
			c := fact.Claim{Speaker: speaker, Metric: metric, Value: f.Value, Unit: unit, Period: period,
				ChangePct: change, Approx: f.Approx, Quote: f.Text, Evidence: st.evidence()}
			k := c.Speaker + "|" + c.Unit + "|" + strconv.FormatFloat(c.Value, 'g', -1, 64)
			if seen[k] {
				return
			}
			seen[k] = true
			out = append(out, c)
			if f.Kind == figures.KindMoney || f.Kind == figures.KindCount {
				lastAmount, lastAmountSent = len(out)-1, st.idx
			}
			if f.Kind == figures.KindMoney {
				lastMoney, anyMoney = speaker, true
			}
		}
		if len(amounts) > 0 {
			for i, f := range amounts {
				ch := f.Change
				// a change the parser left unattached belongs to the
				// sentence's first amount, the one it is about; one it gave
				// to another amount is that one's
				if ch == nil && i == 0 && len(free) > 0 && f.Kind == figures.KindMoney {
					v := nearestChange(free, f)
					ch = &v
				}
				emit(f, f.Unit, ch)
			}
			continue
		}
		if len(changes) > 0 && lastAmount >= 0 && out[lastAmount].ChangePct == nil && x.lex.restatement.MatchString(st.Text) &&
			measuredBefore() != nil && lastAmountSent == before.idx {
			// "Trade reached $5 billion. This was an increase of 20
			// percent": the change of the amount claimed, no claim of its own
			f := changes[len(changes)-1]
			v := f.Value
			if f.Change != nil {
				v = *f.Change
			}
			out[lastAmount].ChangePct = &v
			continue
		}
		if len(changes) > 0 {
			// a growth rate stated alone: the last figure is the one the
			// speaker settles on ("over 80 percent – by 86 percent")
			f := changes[len(changes)-1]
			v := f.Value
			if f.Change != nil {
				v = *f.Change
			}
			ch := v
			f.Value = math.Abs(v)
			if v < 0 {
				f.Value = v
			}
			emit(f, "percent", &ch)
		}
	}
	return out
}

// olderLevelPeriods finds the level a measure stood at before a change the
// sentence goes on to tell ("Trade was $3 billion in 2022 and rose 20
// percent to $3.6 billion in 2023", "In 2022 trade stood at $3 billion; last
// year it grew to $3.6 billion"): an amount followed by another of its unit
// that a verb of change leads to, with no other measure named between them.
// Both are figures stated, each of its own period: the older level takes the
// period stated before the newer figure, the newer one the first period
// after the older level that is not the older level's own. It returns the periods by figure start; none where the sentence
// tells no such pair or no period of its own for either.
func (x *Extractor) olderLevelPeriods(st *sentence, figs []figures.Figure, ref reference) map[int]string {
	level := func(f figures.Figure) bool {
		return (f.Kind == figures.KindMoney || f.Kind == figures.KindCount) &&
			!f.IsChange && !f.Target && !f.Equivalent && !f.Base && !f.Difference && !f.RangeLow
	}
	var own map[int]string
	prev := -1
	for k, f := range figs {
		if !level(f) {
			continue
		}
		if prev < 0 || !x.leadsTo(st, figs[prev], f) {
			prev = k
			continue
		}
		a := figs[prev]
		older, newer := "", ""
		for q, t := range st.toks {
			if t.Start >= f.Span.Start {
				if p, _, ok := x.dates.FindClaimPeriod(st.toks[:q], ref.parsed); ok {
					older = p
				}
				break
			}
		}
		for from := a.Span.End; from < len(st.Text); {
			p, span, ok := x.periodFrom(st, from, ref)
			if !ok || span.End <= from {
				break
			}
			if p != older {
				newer = p
				break
			}
			from = span.End // the older level's own period, stated after it
		}
		if older != "" && newer != "" && older != newer {
			if own == nil {
				own = map[int]string{}
			}
			own[a.Span.Start], own[f.Span.Start] = older, newer
		}
		prev = k
	}
	return own
}

// periodFrom is the first claim period the sentence states from byte off on.
func (x *Extractor) periodFrom(st *sentence, off int, ref reference) (string, fact.Span, bool) {
	for q, t := range st.toks {
		if t.Start >= off {
			p, span, ok := x.dates.FindClaimPeriod(st.toks[q:], ref.parsed)
			return p, fact.Span{Start: span.Start, End: span.End}, ok
		}
	}
	return "", fact.Span{}, false
}

// leadsTo reports whether the words between an amount a and a later amount
// b of the same unit tell b as what a changed to: a verb of change and a word of its result ("to", "reached")
// right before b, and no measure of their own.
func (x *Extractor) leadsTo(st *sentence, a, b figures.Figure) bool {
	if a.Change != nil || a.Kind != b.Kind || a.Unit != b.Unit || a.Unit == "" {
		return false
	}
	verb, to := false, false
	for _, w := range st.words {
		if w.Start < a.Span.End || w.End > b.Span.Start {
			continue
		}
		to = x.lex.resultWord[w.Fold]
		if x.figs.ChangeVerb(w.Fold) {
			verb = true
		}
	}
	between := strings.ToLower(st.Text[a.Span.End:b.Span.Start])
	return verb && to && firstMeasure(between, x.lex.measures, "") == "" && firstMeasure(between, x.lex.growthMeasures, "") == ""
}

// givesAid reports a sentence with a sum of aid stated as already given.
func (x *Extractor) givesAid(st *sentence) bool {
	for _, f := range st.figs {
		if f.Kind == figures.KindMoney && !f.Target && x.aidGiven(around(st.Text, f.Span)) {
			return true
		}
	}
	return false
}

// aidGiven reports a figure's neighbourhood that names aid (a grant, a
// loan, budget support) stated as already given ("has provided", "so far"),
// not pledged or still to come: money given, a figure of the ties, a claim.
func (x *Extractor) aidGiven(near string) bool {
	return x.lex.aid.MatchString(near) && x.lex.aidGiven.MatchString(near) && !x.lex.aidPledge.MatchString(near)
}

// countsPeople reports a sentence that counts people by a noun of the
// people-count table or by their nation ("6,500 Fijians").
func (x *Extractor) countsPeople(st *sentence) bool {
	for _, f := range st.figs {
		if x.peopleCount(f) != "" {
			return true
		}
	}
	return false
}

// peopleCount is the unit of a count of people an identified speaker states
// as a figure of the ties: the noun, for one of the people-count table
// ("1,200 students"), or "people" for the people of a nation ("6,500
// Fijians", "some 3,000 Solomon Islanders"), named by their demonym in the
// plural; "" for any other figure. The narrator's such counts are
// background, no claim.
func (x *Extractor) peopleCount(f figures.Figure) string {
	if f.Kind != figures.KindCount || f.Target || f.IsChange {
		return ""
	}
	if x.lex.peopleUnit[f.Unit] {
		return f.Unit
	}
	words := strings.Fields(f.Text)
	k := len(words)
	for k > 0 && text.IsCap(words[k-1]) {
		k--
	}
	if k == len(words) || k == 0 || !strings.ContainsAny(words[k-1], "0123456789") {
		return ""
	}
	name, ok := strings.CutSuffix(strings.Join(words[k:], " "), "s")
	if !ok {
		return ""
	}
	if c, found := x.gz.Country(name); found {
		for _, d := range c.Demonyms {
			if strings.EqualFold(d, name) {
				return "people"
			}
		}
	}
	return ""
}

// bareCountOf is what a scaled number with no currency counts where a word
// of people travelling stands near it and no measure of money does
// ("tourist arrivals reached 4.5 million"), or "".
func (x *Extractor) bareCountOf(st *sentence, f figures.Figure) string {
	near := around(st.Text, f.Span)
	if firstMeasure(strings.ToLower(near), x.lex.measures, "") != "" {
		return ""
	}
	lo, hi := max(0, f.Span.Start-60), f.Span.End+30
	for _, w := range st.words {
		if w.Start >= lo && w.End <= hi {
			if u := x.lex.bareCount[w.Fold]; u != "" {
				return u
			}
		}
	}
	return ""
}

// countedBefore is what a bare number counts where the sentence speaks of
// "the number of" something before it: the first count noun within a few
// words after that phrase ("the number of Turkish companies"), or "".
func (x *Extractor) countedBefore(st *sentence, f figures.Figure) string {
	locs := x.lex.countOf.FindAllStringIndex(st.Text[:f.Span.Start], -1)
	if len(locs) == 0 {
		return ""
	}
	after := locs[len(locs)-1][1]
	n := 0
	for _, w := range st.words {
		if w.Start < after || w.End > f.Span.Start {
			continue
		}
		if u := x.figs.CountNoun(w.Text); u != "" {
			return u
		}
		if n++; n >= 4 {
			break
		}
	}
	return ""
}

func nearestChange(changes []figures.Figure, f figures.Figure) float64 {
	best, dist := 0.0, -1
	for _, c := range changes {
		dd := abs(c.Span.Start - f.Span.Start)
		if dist < 0 || dd < dist {
			dist = dd
			best = c.Value
			if c.Change != nil {
				best = *c.Change
			}
		}
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// measureText is a sentence's text with the names of offices and bodies
// blanked out, so that a measure word in them ("Trade Minister X said",
// "the Ministry of Trade and Industry said") tells nothing of what a figure
// measures: the names the gazetteer reads, and capitalised words inside
// running text (after a letter, a digit or a comma), which begin no
// sentence or quotation. Offsets are kept.
func measureText(st *sentence) string {
	b := []byte(st.Text)
	blank := func(s, e int) {
		for k := max(s, 0); k < e && k < len(b); k++ {
			b[k] = ' '
		}
	}
	for _, g := range st.gaz {
		switch g.Kind {
		case gazetteer.MatchOffice, gazetteer.MatchOrg, gazetteer.MatchInstitution:
			blank(g.Start, g.End)
		}
	}
	for i, w := range st.words {
		if i == 0 || !text.IsCap(w.Text) {
			continue
		}
		prev := strings.TrimRight(st.Text[:w.Start], " ")
		if r, _ := utf8.DecodeLastRuneInString(prev); r == ',' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			blank(w.Start, w.End)
		}
	}
	return string(b)
}

// around is the stretch of a sentence about a figure: a few words either
// side, whole words only, so that the tail of a word cut at the edge reads
// as no word of its own ("said" cut to "aid").
func around(s string, sp fact.Span) string {
	start, end := aroundBounds(s, sp)
	return s[start:end]
}

// aroundBounds are the offsets of around's stretch.
func aroundBounds(s string, sp fact.Span) (int, int) {
	start, end := max(0, sp.Start-60), min(len(s), sp.End+30)
	for start > 0 && start < len(s) && !utf8.RuneStart(s[start]) {
		start--
	}
	for end < len(s) && !utf8.RuneStart(s[end]) {
		end++
	}
	for start > 0 && start < sp.Start && inWord(s, start) {
		start++
		for start < len(s) && !utf8.RuneStart(s[start]) {
			start++
		}
	}
	for end < len(s) && end > sp.End && inWord(s, end) {
		end--
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
	}
	return start, end
}

// clauseAround is around's stretch cut to the clause of the figure at sp
// ("trade reached $3 billion and investment rose to $1 billion": the second
// figure's is "investment rose to $1 billion"), so that a measure of
// another clause does not name what it measures.
func (x *Extractor) clauseAround(st *sentence, s string, sp fact.Span) string {
	lo, hi := aroundBounds(s, sp)
	cut := func(start, end int) {
		if end <= sp.Start && end > lo {
			lo = end
		}
		if start >= sp.End && start < hi {
			hi = start
		}
	}
	measure := func(k int) bool {
		return k >= 0 && k < len(st.words) && firstMeasure(st.words[k].Fold, x.lex.measures, "") != ""
	}
	for k, w := range st.words {
		// "trade and investment reached $5 billion": two measures joined
		// in one subject part no clauses
		if x.lex.measureClause[w.Fold] && !(measure(k-1) && measure(k+1)) {
			cut(w.Start, w.End)
		}
	}
	for i := lo; i < hi; i++ {
		if c := s[i]; (c == ';' || c == ',') && x.lex.measureClause[string(c)] && (i+1 == len(s) || s[i+1] == ' ') {
			cut(i, i+1)
		}
	}
	return s[lo:hi]
}

// inWord reports whether the byte offset i of s, a rune's start, falls
// inside a word: a letter or digit both before and at i.
func inWord(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	p, _ := utf8.DecodeLastRuneInString(s[:i])
	wordy := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return wordy(r) && wordy(p)
}

// metricOf names what a figure measures, from the words of its sentence.
func (v *vocabulary) metricOf(sentence string, f figures.Figure) string {
	s := strings.ToLower(sentence)
	switch {
	case f.Kind == figures.KindCount:
		return f.Unit
	case f.Kind == figures.KindPercent || f.IsChange:
		return firstMeasure(s, v.growthMeasures, "growth")
	}
	return firstMeasure(s, v.measures, "amount")
}

// firstMeasure is the measure of the first entry whose word the text
// holds, or otherwise.
func firstMeasure(s string, measures []lexicon.Entry, otherwise string) string {
	for _, e := range measures {
		if strings.Contains(s, e.Word) {
			return e.Value
		}
	}
	return otherwise
}

// currencyHint is the currency the document states figures in, for bare
// "10 billion": the one its explicit figures use most.
func currencyHint(doc *document) string {
	count := map[string]int{}
	for _, st := range doc.sents {
		for _, f := range st.figs {
			if f.Kind == figures.KindMoney && f.Unit != "" {
				count[f.Unit]++
			}
		}
	}
	best, n := "", 0
	for u, c := range count {
		if c > n || c == n && u < best {
			best, n = u, c
		}
	}
	return best
}
