package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/gazetteer"
)

// A title is an office phrase found in a sentence, possibly qualified by a
// country ("Russian Prime Minister", "Minister of Foreign Affairs of X") and
// possibly followed by the name of its holder.
type title struct {
	start, end int // the title's span in the sentence (without the name)
	// past: the holder no longer holds it ("former", "ex-", "the late")
	past    bool
	roles   []role // one per office in a chain ("Deputy Prime Minister, Minister of ...")
	name    []word // the holder's name tokens, nil for a bare description ("the Russian prime minister")
	coChair string // commission named by a "Co-Chair of the ... Commission" piece
	coSide  string
}

type role struct {
	Role    string // normal form
	Country string // "" when the text does not say
}

// candidate is a person name found in a sentence with the evidence that it
// is a person.
type candidate struct {
	sent  int
	s, e  int // span in the sentence
	toks  []string
	roles []role
	label bool // a transcript speaker label
}

// sentence is a segment sentence with what the mention stage found in it.
type sentence struct {
	Sentence
	idx     int
	words   []word
	gaz     []gazetteer.Match
	covered []int // per word: index into gaz of the match covering it, or -1
	titles  []title
	people  []personMention
	speaker string // who says this sentence: a person name, or "" for the narrator
	turn    int    // index of the transcript turn, -1 outside turns
	// subject is whom "he" or "she" in this sentence most likely stands for:
	// the last subject of the sentences before it
	subject string
	figs    []Figure // ParseFigures of the text, once parsed
	parsed  bool
}

// figures parses the sentence's figures once; the claim and commitment
// stages both read them.
func (st *sentence) figures() []Figure {
	if !st.parsed {
		if strings.ContainsAny(st.Text, "0123456789") {
			st.figs = ParseFigures(st.Text, "")
		}
		st.parsed = true
	}
	return st.figs
}

type personMention struct {
	s, e int // span in the sentence
	name string
}

func (st *sentence) gap(i, j int) string {
	return st.Text[st.words[i].e:st.words[j].s]
}

func (st *sentence) match(i int) *gazetteer.Match {
	if i < 0 || i >= len(st.covered) || st.covered[i] < 0 {
		return nil
	}
	return &st.gaz[st.covered[i]]
}

// countryOf returns the country a gazetteer mention stands for ("" for a city
// or an office).
func countryOf(m *gazetteer.Match) string {
	if m == nil || m.Country == nil {
		return ""
	}
	switch m.Kind {
	case gazetteer.MatchCountry, gazetteer.MatchDemonym, gazetteer.MatchOrg:
		return m.Country.Name
	}
	return ""
}

// isNameWord reports whether word i can be part of a person's name.
func (d *docState) isNameWord(st *sentence, i int) bool {
	w := st.words[i]
	if st.covered[i] >= 0 && !d.cityInName(st, i) || hasDigit(w.t) {
		return false
	}
	t := stripPossessive(w.t)
	if !isCap(t) || d.x.lex.notName[t] || d.x.lex.notName[strings.TrimSuffix(t, ".")] {
		return false
	}
	return len([]rune(t)) >= 2
}

// cityInName: a one-word city name between two words of a person's name is
// a part of that name ("Nguyen Van Long"), not a place.
func (d *docState) cityInName(st *sentence, i int) bool {
	m := st.match(i)
	if m == nil || m.Kind != gazetteer.MatchCity || m.Start != st.words[i].s || m.End != st.words[i].e {
		return false
	}
	plain := func(k int) bool {
		if k < 0 || k >= len(st.words) || st.covered[k] >= 0 {
			return false
		}
		t := st.words[k].t
		return isCap(t) && !d.x.lex.notName[t] && !hasDigit(t)
	}
	if plain(i+1) && onlySpace(st.gap(i, i+1)) {
		if plain(i-1) && onlySpace(st.gap(i-1, i)) {
			return true
		}
		// a given name that is also a city ("Milan X"), unless a
		// preposition makes it a place ("in Milan Y said")
		if i == 0 {
			return true
		}
		switch st.words[i-1].f {
		case "in", "at", "to", "from", "of", "near", "via", "visiting", "visited":
			return false
		}
		return !strings.Contains(st.gap(i-1, i), ",") || !isCap(st.words[i-1].t)
	}
	return false
}

// nameRun returns the end (exclusive) of the run of name words starting at
// word i: capitalised words joined by single spaces, with particles ("da",
// "von der") inside. It returns i when no name starts there.
func (d *docState) nameRun(st *sentence, i int) int {
	j := i
	for j < len(st.words) && j-i < 6 {
		if j > i && !onlySpace(st.gap(j-1, j)) {
			break
		}
		if d.isNameWord(st, j) {
			j++
			if strings.HasSuffix(st.words[j-1].t, "’s") || strings.HasSuffix(st.words[j-1].t, "'s") {
				break
			}
			continue
		}
		// particles only inside a name ("da Costa", "von der Heide")
		if j > i && d.x.lex.particle[st.words[j].t] {
			k := j
			for k < len(st.words) && d.x.lex.particle[st.words[k].t] && k+1 < len(st.words) && onlySpace(st.gap(k, k+1)) {
				k++
			}
			if k > j && k < len(st.words) && d.isNameWord(st, k) {
				j = k
				continue
			}
		}
		break
	}
	return j
}

// skipHonorifics moves past courtesy titles ("Mr", "the Hon.", "Dato Seri").
func (d *docState) skipHonorifics(st *sentence, i int) int {
	for i < len(st.words) && d.x.lex.honorific[strings.ToLower(strings.TrimSuffix(st.words[i].t, "."))] {
		i++
	}
	return i
}

func nameTokens(st *sentence, i, j int) []string {
	toks := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		toks = append(toks, nameWord(st.words[k].t))
	}
	// Family name first in capitals ("TANAKA Hiroshi"): the reporter's
	// convention for East Asian names; store it given-name first.
	if len(toks) >= 2 && isAllCaps(toks[0]) && !isAllCaps(toks[len(toks)-1]) {
		fam := titleCase(toks[0])
		toks = append(toks[1:], fam)
	} else {
		// "PRESIDENT WALKER:" — names in capitals are written as names
		for k, t := range toks {
			if isAllCaps(t) && len(t) > 2 {
				toks[k] = titleCase(t)
			}
		}
	}
	return toks
}

// findTitles finds office titles in a sentence and the names that follow them.
func (d *docState) findTitles(st *sentence) {
	for i := 0; i < len(st.words); i++ {
		m := st.match(i)
		if m == nil || m.Kind != gazetteer.MatchOffice {
			continue
		}
		t, next := d.titleAt(st, i)
		if t.name == nil {
			t.name = d.nameBefore(st, wordIndexAt(st, t.start))
		}
		st.titles = append(st.titles, t)
		i = next - 1
	}
}

// titleAt reads the title chain whose first office word is word i, and the
// name after it. It returns the title and the index of the first word after it.
func (d *docState) titleAt(st *sentence, i int) (title, int) {
	start := i
	// qualifiers before the office: "Russian", "Brazil’s", "first", "presidential"
	country := ""
	for start > 0 {
		p := st.match(start - 1)
		g := st.gap(start-1, start)
		if !onlySpace(g) {
			break
		}
		if c := countryOf(p); c != "" && p.Kind != gazetteer.MatchOrg || (p != nil && p.Kind == gazetteer.MatchOrg && isAllCaps(p.Text)) {
			country = countryOf(p)
			start = wordIndexAt(st, p.Start)
			continue
		}
		switch st.words[start-1].f {
		case "first", "former", "acting", "deputy", "vice", "presidential", "senior", "executive":
			start--
			continue
		}
		break
	}
	// The chain: offices, organisations, capitalised words and connectors.
	j := i
	lastOffice := i
	for j < len(st.words) {
		if j > i {
			g := strings.TrimSpace(st.gap(j-1, j))
			if g == "." && (d.isHonorific(st, j-1) || isInitial(st.words[j-1].t)) {
				g = "" // "Dr. S. Name": the full stop of an abbreviation
			}
			switch g {
			case "", "–", "—", "-":
			case ",":
				// a comma continues the chain only into another office
				if m := st.match(j); m == nil || m.Kind != gazetteer.MatchOffice || d.endsWithName(st, j) {
					goto done
				}
			default:
				goto done
			}
		}
		w := st.words[j]
		m := st.match(j)
		switch {
		case m != nil:
			j = wordIndexAt(st, m.End-1) + 1
			if m.Kind == gazetteer.MatchOffice {
				lastOffice = j - 1
			}
			continue
		case (w.f == "and" || w.f == "of" || w.f == "in" || w.f == "on" || w.f == "for" || w.f == "the") && d.endsWithName(st, j):
			// "Prime Minister X Y and Chairman Z W": a second title
			goto done
		case w.f == "to" && !d.endsWithName(st, j) && j+1 < len(st.words) && (countryOf(st.match(j+1)) != "" ||
			st.words[j+1].f == "the" && j+2 < len(st.words) && countryOf(st.match(j+2)) != ""):
			// "Ambassador of X to (the) Y"
			j++
			continue
		case w.f == "of" || w.f == "for" || w.f == "on" || w.f == "and" || w.f == "the" || w.f == "in":
			// a connector must lead to more capitalised words
			if j+1 < len(st.words) && (isCap(st.words[j+1].t) || st.words[j+1].f == "the") {
				j++
				continue
			}
			goto done
		case isCap(w.t) && !hasDigit(w.t):
			j++
			continue
		case d.x.lex.particle[w.t] && j+1 < len(st.words) && (isCap(st.words[j+1].t) || d.x.lex.particle[st.words[j+1].t]):
			j++
			continue
		}
		break
	}
done:
	// The name is the run of name words at the end of the chain.
	nameStart := j
	for nameStart > lastOffice+1 && (nameStart == j || onlySpace(st.gap(nameStart-1, nameStart)) ||
		isInitial(st.words[nameStart-1].t) && strings.TrimSpace(st.gap(nameStart-1, nameStart)) == ".") {
		if d.isHonorific(st, nameStart-1) {
			break
		}
		if isInitial(st.words[nameStart-1].t) && nameStart < j {
			nameStart-- // an initial of a given name ("S. Name")
			continue
		}
		if d.isNameWord(st, nameStart-1) {
			nameStart--
			continue
		}
		// a run of particles inside the name ("von der")
		p := nameStart - 1
		for p > lastOffice && d.x.lex.particle[st.words[p].t] {
			p--
		}
		if nameStart < j && p < nameStart-1 && p > lastOffice && d.isNameWord(st, p) {
			nameStart = p + 1
			continue
		}
		break
	}
	// a connector or an organisation word can't be the first word of a name
	for nameStart < j && d.x.lex.particle[st.words[nameStart].t] {
		nameStart++
	}
	if n := j - nameStart - particles(d, st.words[nameStart:j]); n > 4 {
		nameStart = j - 4
	}
	// after a word of an organisation's name ("Corporation Rosatom Alexei
	// X") the name is likely only the last two words
	if nameStart > 0 && nameStart > lastOffice+1 && j-nameStart-particles(d, st.words[nameStart:j]) > 2 && st.match(nameStart-1) == nil &&
		!d.isHonorific(st, nameStart-1) {
		nameStart = j - 2
	}
	// courtesy titles between the office and the name belong to neither
	for nameStart < j && d.x.lex.honorific[strings.ToLower(strings.TrimSuffix(st.words[nameStart].t, "."))] {
		nameStart++
	}
	titleEnd := max(nameStart-1, i)
	for titleEnd > lastOffice && d.x.lex.honorific[strings.ToLower(strings.TrimSuffix(st.words[titleEnd].t, "."))] {
		titleEnd--
	}
	t := title{start: st.words[start].s, end: st.words[titleEnd].e}
	if nameStart < j {
		t.name = st.words[nameStart:j]
	} else {
		t.end = st.words[j-1].e
		// "Prime Minister Anwar" or an appositive name after a comma:
		// "the Chairperson of the AU Commission, Amara Diallo Keita,"
		if j < len(st.words) && strings.TrimSpace(st.gap(j-1, j)) == "," {
			k := d.skipHonorifics(st, j)
			if e := d.nameRun(st, k); e-k >= 2 && (e == len(st.words) || strings.HasPrefix(strings.TrimSpace(st.Text[st.words[e-1].e:]), ",") || e == len(st.words)) {
				t.name = st.words[k:e]
				j = e
			}
		}
	}
	titleText := st.Text[st.words[start].s:t.end]
	t.roles, t.coChair, t.coSide = d.parseRoles(titleText, country)
	if start > 0 {
		switch st.words[start-1].f {
		case "late", "ex", "ousted", "deposed":
			t.past = true
		}
	}
	if lw := strings.ToLower(titleText); strings.HasPrefix(lw, "former ") || strings.HasPrefix(lw, "ex-") {
		t.past = true
	}
	if t.past {
		// an office no longer held is no office of the document's time;
		// the person is still found by the title
		t.roles = nil
	}
	// "President Ilse Vermeer of the Netherlands"
	if t.name != nil && j+1 < len(st.words) && st.words[j].f == "of" && onlySpace(st.gap(j-1, j)) {
		k := j + 1
		if st.words[k].f == "the" && k+1 < len(st.words) {
			k++
		}
		if c := countryOf(st.match(k)); c != "" {
			j = k - 1
			for k := range t.roles {
				if t.roles[k].Country == "" {
					t.roles[k].Country = c
				}
			}
			j = wordIndexAt(st, st.match(j+1).End-1) + 1
		}
	}
	return t, max(j, i+1)
}

// nameWord is a word as a name is written: no possessive, initials with
// their full stop.
func nameWord(t string) string {
	t = stripPossessive(t)
	if isInitial(t) {
		return t + "."
	}
	return t
}

// isInitial: a single capital letter, a given name's initial.
func isInitial(t string) bool {
	r := []rune(t)
	return len(r) == 1 && unicode.IsUpper(r[0])
}

func (d *docState) isHonorific(st *sentence, i int) bool {
	return d.x.lex.honorific[strings.ToLower(strings.TrimSuffix(st.words[i].t, "."))]
}

func particles(d *docState, ws []word) int {
	n := 0
	for _, w := range ws {
		if d.x.lex.particle[w.t] {
			n++
		}
	}
	return n
}

// endsWithName reports whether the words just before word j are a name that
// directly follows an office or a country ("...of Kenya Amina X").
func (d *docState) endsWithName(st *sentence, j int) bool {
	k := j
	for k > 0 && (k == j || onlySpace(st.gap(k-1, k))) &&
		(d.isNameWord(st, k-1) || k < j && k-2 >= 0 && d.x.lex.particle[st.words[k-1].t] && d.isNameWord(st, k-2)) {
		k--
	}
	if k == j || k == 0 {
		return false
	}
	if d.isHonorific(st, k-1) {
		return true // "Mr. X Y": a name after a courtesy title
	}
	if !onlySpace(st.gap(k-1, k)) {
		return false
	}
	if st.match(k-1) != nil {
		return true
	}
	// after a title word of an organisation ("... Cooperation Alexander X")
	prev := st.words[k-1].t
	return j-k >= 2 && isCap(prev) && d.x.lex.notName[prev]
}

// nameBefore finds an appositive name just before word idx:
// "Mr. X Y, Prime Minister of Z" or "the Hon. X Y, MP, Prime Minister".
func (d *docState) nameBefore(st *sentence, idx int) []word {
	if idx > 0 && (st.words[idx-1].f == "the" || st.words[idx-1].f == "a") && onlySpace(st.gap(idx-1, idx)) {
		idx-- // "X Y, the foreign minister of Z"
	}
	k := idx - 1
	if k >= 0 && st.words[k].t == "MP" && strings.Contains(st.gap(k, idx), ",") {
		idx = k
		k--
	}
	if k < 0 || !strings.Contains(st.gap(k, idx), ",") || strings.TrimSpace(st.gap(k, idx)) != "," {
		return nil
	}
	if !d.isNameWord(st, k) && !(isAllCaps(st.words[k].t) && st.covered[k] < 0) {
		return nil
	}
	r := k
	for r > 0 && (d.isNameWord(st, r-1) || isAllCaps(st.words[r-1].t) && st.covered[r-1] < 0 && !d.x.lex.notName[st.words[r-1].t]) && onlySpace(st.gap(r-1, r)) {
		r--
	}
	if k-r+1 < 2 {
		return nil
	}
	return st.words[r : k+1]
}

func wordIndexAt(st *sentence, off int) int {
	k := sort.Search(len(st.words), func(k int) bool { return st.words[k].e > off })
	if k >= len(st.words) {
		return len(st.words) - 1
	}
	return k
}

// parseRoles splits a title chain into offices, each with its country.
func (d *docState) parseRoles(text, country string) ([]role, string, string) {
	var out []role
	coChair, coSide := "", ""
	pieces := d.splitTitlePieces(text)
	for _, p := range pieces {
		// "Ambassador of X to the Y": Y is where they serve, not whom
		if i := strings.Index(p, " to "); i > 0 {
			if rest := strings.TrimPrefix(p[i+4:], "the "); d.isCountry(rest) {
				p = p[:i]
			}
		}
		ms := d.x.gz.Scan(p)
		c := ""
		hasOffice := false
		roleText := p
		for _, m := range ms {
			switch {
			case m.Kind == gazetteer.MatchOffice:
				hasOffice = true
			case m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym:
				if c == "" || !hasOffice || m.Kind == gazetteer.MatchCountry {
					c = m.Country.Name
				}
			case m.Kind == gazetteer.MatchOrg && m.Country != nil:
				if c == "" {
					c = m.Country.Name
				}
				if isAllCaps(m.Text) {
					roleText = strings.Replace(roleText, m.Text, m.Country.Name, 1)
				}
			}
		}
		lower := strings.ToLower(p)
		if i := strings.Index(lower, "co-chair"); i >= 0 {
			if j := strings.Index(lower[i:], " of "); j >= 0 {
				coChair = strings.TrimPrefix(strings.TrimSpace(p[i+j+4:]), "the ")
				coSide = c
			}
			continue
		}
		if !hasOffice {
			continue
		}
		roleText = d.normalRole(roleText)
		if roleText == "" {
			continue
		}
		out = append(out, role{Role: roleText, Country: c})
	}
	if country != "" {
		for k := range out {
			if out[k].Country == "" {
				out[k].Country = country
			}
		}
	}
	return out, coChair, coSide
}

// splitTitlePieces cuts "Deputy Prime Minister – Russian Co-Chair of X" and
// "Deputy Prime Minister, Minister of Y" into their offices.
func (d *docState) splitTitlePieces(s string) []string {
	f := func(r rune) bool { return r == '–' || r == '—' || r == ',' }
	var out []string
	for _, p := range strings.FieldsFunc(s, f) {
		// " and " inside a name ("Agency for Planning and Reforms",
		// "Commission on Trade and Economic Cooperation") must not split
		// it: a piece without an office of its own joins the one before.
		var parts []string
		for _, q := range strings.Split(p, " and ") {
			if len(parts) > 0 && !d.hasOffice(q) {
				parts[len(parts)-1] += " and " + q
				continue
			}
			parts = append(parts, q)
		}
		for _, q := range parts {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

func (d *docState) isCountry(s string) bool {
	ms := d.x.gz.Scan(s)
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(strings.TrimSpace(s)) && countryOf(&ms[0]) != ""
}

func (d *docState) hasOffice(s string) bool {
	for _, m := range d.x.gz.Scan(s) {
		if m.Kind == gazetteer.MatchOffice {
			return true
		}
	}
	return false
}

// normalRole strips demonyms and "of <Country>" from a title and maps it to
// its normal form.
func (d *docState) normalRole(text string) string {
	ms := d.x.gz.Scan(text)
	// drop a leading demonym / possessive country and a trailing "of (the) <Country>"
	start, end := 0, len(text)
	for _, m := range ms {
		if (m.Kind == gazetteer.MatchDemonym || m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchOrg) &&
			strings.TrimSpace(text[start:m.Start]) == "" && m.End < len(text) {
			start = m.End
			start += len(text[start:]) - len(strings.TrimLeft(text[start:], "’'s "))
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Kind == gazetteer.MatchCountry && strings.TrimSpace(text[m.End:end]) == "" {
			before := strings.TrimRight(text[start:m.Start], " ")
			lower := strings.ToLower(before)
			switch {
			case strings.HasSuffix(lower, " of the"):
				end = start + len(before) - len(" of the")
			case strings.HasSuffix(lower, " of"):
				end = start + len(before) - len(" of")
			}
			break
		}
	}
	if start >= end {
		return ""
	}
	r := strings.TrimSpace(text[start:end])
	r = strings.TrimPrefix(strings.TrimPrefix(r, "the "), "The ")
	r = stateFormRE.ReplaceAllString(r, "")
	if n, ok := d.x.gz.Office(r); ok {
		// a qualifier the table drops but the title keeps ("Presidential
		// Press Secretary") stays
		if strings.HasSuffix(strings.ToLower(r), strings.ToLower(n)) && len(r) > len(n) && isCap(r) {
			return r
		}
		return n
	}
	// lower-case plural titles ("presidential aides")
	if n, ok := d.x.gz.Office(strings.TrimSuffix(r, "s")); ok {
		return n
	}
	return capitaliseTitle(r)
}

// stateFormRE is a state's form of government left after its name was
// taken out of a title ("Prime Minister of the Republic").
var stateFormRE = regexp.MustCompile(`\s+of the (Republic|Kingdom|Commonwealth|Federation|State|Sultanate|Emirate|Principality|Grand Duchy|Union)$`)

// capitaliseTitle writes a title as the gold answers do: "first President" ->
// "First President".
func capitaliseTitle(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && (w == "of" || w == "the" || w == "for" || w == "and" || w == "on" || w == "in" || w == "to") {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}
