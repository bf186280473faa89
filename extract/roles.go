package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"
)

// describedTitles are the titles a sentence gives in words that are no
// office of the tables: "Japan's new leader, X" (a description of a
// country's head, lexicon descriptor) and "X, who heads the Ministry of Y"
// (a verb that makes X the head of a body, lexicon head-verb). titles are
// the sentence's titles found so far: a description that may stand for
// several offices takes the one of them another title of the sentence
// names for nobody ("after being confirmed as prime minister").
func (r *reader) describedTitles(st *sentence, titles []title) []title {
	var out []title
	for i := 0; i < len(st.words); i++ {
		if t, ok := r.countryDescriptorTitle(st, i, titles); ok {
			out = append(out, t)
			continue
		}
		if t, ok := r.headVerbTitle(st, i); ok {
			out = append(out, t)
		}
	}
	return out
}

// countryDescriptorTitle reads "COUNTRY's (new) DESCRIPTOR, NAME" at word
// i: the description's office for that country is NAME's.
func (r *reader) countryDescriptorTitle(st *sentence, i int, titles []title) (title, bool) {
	if officeAt(st, i) != nil || inTitle(titles, st.words[i].Start) {
		return title{}, false
	}
	for _, d := range r.lex.descriptors {
		n := len(d.words)
		if i+n > len(st.words) || !foldsAre(st.words[i:i+n], d.words) {
			continue
		}
		// the words that describe the holder, then the country's possessive
		k := i
		for k > 0 && r.lex.titleEpithet[st.words[k-1].Fold] && text.OnlySpace(st.gap(k-1, k)) {
			k--
		}
		if k == 0 || !text.OnlySpace(st.gap(k-1, k)) {
			return title{}, false
		}
		p := st.match(k - 1)
		w := st.words[k-1].Text
		if countryOf(p) == "" || p.Kind == gazetteer.MatchOrg || text.StripPossessive(w) == w || wordIndexAt(st, p.End-1) != k-1 {
			return title{}, false
		}
		country := countryOf(p)
		e := i + n
		g := strings.TrimSpace(st.gap(e-1, e))
		if e >= len(st.words) || g != "" && g != "," {
			return title{}, false
		}
		b := r.skipHonorifics(st, e)
		end := r.nameRun(st, b)
		if r.nameWords(st.words[b:end]) < 2 || officeAt(st, b) != nil {
			return title{}, false
		}
		office := ""
		if len(d.offices) == 1 && !strings.HasPrefix(d.offices[0], "*") {
			office = d.offices[0]
		} else {
			office = describedOffice(titles, d.offices, country)
		}
		if office == "" {
			return title{}, false
		}
		return title{start: p.Start, end: st.words[e-1].End, name: st.words[b:end], roles: []role{{Role: office, Country: country}}}, true
	}
	return title{}, false
}

// describedOffice is the one office of a description's offices that a title
// of the sentence names without a holder, of the country or of none, or "".
func describedOffice(titles []title, offices []string, country string) string {
	found := ""
	for _, t := range titles {
		if len(t.name) > 0 || len(t.roles) != 1 || t.roles[0].Country != "" && t.roles[0].Country != country {
			continue
		}
		if slices.Contains(offices, t.roles[0].Role) {
			if found != "" && found != t.roles[0].Role {
				return ""
			}
			found = t.roles[0].Role
		}
	}
	return found
}

// inTitle reports an offset inside one of the titles.
func inTitle(titles []title, at int) bool {
	for _, t := range titles {
		if t.start <= at && at < t.end {
			return true
		}
	}
	return false
}

// headVerbTitle reads "NAME, who heads the BODY" at word i (the verb): the
// head of a body named in capitals is NAME's office. The head of a
// ministry is its minister; of another body, its head, as the tables write
// it ("Head of the Central Bank" is its Governor).
func (r *reader) headVerbTitle(st *sentence, i int) (title, bool) {
	if !r.lex.headVerb[st.words[i].Fold] || i < 2 || st.words[i-1].Fold != "who" || strings.TrimSpace(st.gap(i-2, i-1)) != "," ||
		!text.OnlySpace(st.gap(i-1, i)) || i+2 >= len(st.words) {
		return title{}, false
	}
	b := i + 1
	if st.words[b].Fold == "the" {
		b++
	}
	// the body: capitalised words, and the connectors between them
	country := ""
	e := b
	for e < len(st.words) && (e == b || text.OnlySpace(st.gap(e-1, e))) {
		w := st.words[e]
		if m := st.match(e); m != nil && e == b && (m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym) &&
			countryOf(m) != "" && m.Start == w.Start {
			// "the Kenyan Ministry of Trade", "Kenya's Ministry of Trade":
			// the country of the body, not part of its name
			country = countryOf(m)
			e = wordIndexAt(st, m.End-1) + 1
			b = e
			continue
		}
		if text.IsCap(w.Text) && !text.HasDigit(w.Text) {
			e++
			continue
		}
		if r.lex.titleLower[w.Fold] && e+1 < len(st.words) && text.OnlySpace(st.gap(e, e+1)) &&
			(text.IsCap(st.words[e+1].Text) || st.words[e+1].Fold == "the") {
			e++
			continue
		}
		break
	}
	if e == b || !text.IsCap(st.words[e-1].Text) {
		return title{}, false
	}
	name := r.nameBack(st, i-1)
	if name >= i-1 || r.nameWords(st.words[name:i-1]) < 2 {
		return title{}, false
	}
	body := st.Text[st.words[b].Start:st.words[e-1].End]
	if c := r.bodyCountry(body); c != "" && country == "" {
		country = c
	}
	var office string
	if rest, ok := cutFoldPrefix(body, "Ministry of "); ok {
		office = r.normalRole("Minister of " + rest)
	} else if rest, ok := cutFoldPrefix(body, "Ministry for "); ok {
		office = r.normalRole("Minister for " + rest)
	} else {
		office = r.normalRole("Head of the " + body)
	}
	if office == "" {
		return title{}, false
	}
	return title{start: st.words[i].Start, end: st.words[e-1].End, name: st.words[name : i-1], roles: []role{{Role: office, Country: country}}}, true
}

// bodyCountry is the country a body's name ends with ("Ministry of Trade
// of Kenya"), or "".
func (r *reader) bodyCountry(body string) string {
	ms := r.gz.Scan(body)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	if m.Kind != gazetteer.MatchCountry || m.End != len(body) || m.Country == nil {
		return ""
	}
	return m.Country.Name
}

// cutFoldPrefix cuts prefix from s, ignoring case.
func cutFoldPrefix(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// dropOriginCountries leaves out a country or demonym joined by a hyphen
// to a word that says where a person comes from ("Kenyan-born",
// "Kenyan-educated"; lexicon origin-compound): it names no country the
// person serves, nor one the document is about.
func (r *reader) dropOriginCountries(s string, ms []gazetteer.Match) []gazetteer.Match {
	out := ms[:0]
	for _, m := range ms {
		if (m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym) && m.End < len(s) && s[m.End] == '-' {
			rest := s[m.End+1:]
			n := strings.IndexFunc(rest, func(c rune) bool { return !unicode.IsLetter(c) })
			if n < 0 {
				n = len(rest)
			}
			if r.lex.originCompound[strings.ToLower(rest[:n])] {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// originWord: a compound that says where a person comes from
// ("kenyan-born"; lexicon origin-compound), in folded form.
func (r *reader) originWord(fold string) bool {
	k := strings.LastIndexByte(fold, '-')
	return k > 0 && r.lex.originCompound[fold[k+1:]]
}

// possessedUnit is the end of a unit of a body a title in lower case names
// after the body's possessive ("deputy head of the presidential
// administration's office for cross-border cooperation, X"): a noun, a
// connector and up to four more words in lower case, closed by a comma, a
// semicolon or the sentence's end. The office is the unit's; j is the
// word after the possessive, and j is returned where no unit follows.
func (r *reader) possessedUnit(st *sentence, j int) int {
	if j < 1 || j+2 >= len(st.words) {
		return j
	}
	own := st.words[j-1].Text
	if text.StripPossessive(own) == own || text.IsCap(own) || !text.OnlySpace(st.gap(j-1, j)) {
		return j
	}
	if c := st.words[j+1].Fold; c != "for" && c != "of" && c != "on" {
		return j
	}
	for k := j; k < len(st.words) && k <= j+5; k++ {
		w := st.words[k]
		if text.IsCap(w.Text) || text.HasDigit(w.Text) || k > j && !text.OnlySpace(st.gap(k-1, k)) ||
			r.lex.speech[w.Fold] || r.lex.personVerb[w.Fold] || st.match(k) != nil {
			return j
		}
		if k+1 == len(st.words) {
			return k + 1
		}
		if g := strings.TrimSpace(st.gap(k, k+1)); g == "," || g == ";" {
			return k + 1
		}
	}
	return j
}

// presidentsCountry: an office of the president's staff ("deputy head of
// the presidential administration's office for ...", "Aide to the
// President"; lexicon president-office) with no country of its own is an
// office of the country of the one President the document names, or "".
func (sd sides) presidentsCountry(cl *cluster) string {
	serves := false
	for _, ro := range cl.roles {
		if ro.Role != "President" && ro.Country == "" && sd.lex.presidentOffice.MatchString(ro.Role) {
			serves = true
		}
	}
	if !serves {
		return ""
	}
	country := ""
	for _, o := range sd.people.list {
		for _, ro := range o.roles {
			if ro.Role != "President" {
				continue
			}
			if ro.Country == "" || country != "" && country != ro.Country {
				return "" // a president of no known country, or two presidents
			}
			country = ro.Country
		}
	}
	return country
}

// longLowerTitle is the end of a title in lower case (its office at i, the
// chain ending before j) that goes on from a connector (lexicon
// title-lower-lead: "within", "with", "in") over up to ten words in lower
// case to a comma and a name closed by a comma, a semicolon, "and" or the
// sentence's end: "senior minister within the office of the president
// with responsibility for finance, Dr X Y;". It returns j where the words
// do not read so (a verb, a digit, a capital, no name after them).
func (r *reader) longLowerTitle(st *sentence, i, j, lastOffice int) int {
	if text.IsCap(st.words[i].Text) || j != lastOffice+1 || j+2 >= len(st.words) || !text.OnlySpace(st.gap(j-1, j)) ||
		!r.lex.titleLowerLead[st.words[j].Fold] {
		return j
	}
	for k := j; k < len(st.words) && k <= j+10; k++ {
		w := st.words[k]
		if text.IsCap(w.Text) || text.HasDigit(w.Text) || k > j && !text.OnlySpace(st.gap(k-1, k)) ||
			r.lex.speech[w.Fold] || r.lex.personVerb[w.Fold] {
			return j
		}
		if k+1 >= len(st.words) || strings.TrimSpace(st.gap(k, k+1)) != "," {
			continue
		}
		b := r.skipHonorifics(st, k+1)
		e := r.nameRun(st, b)
		if r.nameWords(st.words[b:e]) < 2 {
			return j
		}
		if e == len(st.words) || st.words[e].Fold == "and" && text.OnlySpace(st.gap(e-1, e)) {
			return k + 1
		}
		if g := strings.TrimSpace(st.gap(e-1, e)); g == "," || g == ";" {
			return k + 1
		}
		return j
	}
	return j
}

// countryListAfter reads the rest of a list of countries after a title
// that ends with one ("ministers of A, B and C"): the countries after a
// comma or "and" from word k on, and the index of the first word after
// them (k and nil where no country follows).
func (r *reader) countryListAfter(st *sentence, k int) ([]string, int) {
	if k < 1 || k >= len(st.words) || countryOf(st.match(k-1)) == "" {
		return nil, k
	}
	var out []string
	at := k
	for at < len(st.words) {
		g := strings.TrimSpace(st.gap(at-1, at))
		c := at
		if st.words[at].Fold == "and" && (g == "" || g == ",") {
			c++
		} else if g != "," {
			break
		}
		m := st.match(c)
		if c >= len(st.words) || countryOf(m) == "" || m.Kind == gazetteer.MatchOrg || m.Start != st.words[c].Start {
			break
		}
		out = append(out, countryOf(m))
		at = wordIndexAt(st, m.End-1) + 1
	}
	if len(out) == 0 {
		return nil, k
	}
	return out, at
}

// countriesOnly is the countries s lists where s holds nothing else but
// commas, "and" and spaces (", B and C, "), or nil.
func (r *reader) countriesOnly(s string) []string {
	var out []string
	rest := s
	for _, m := range r.gz.Scan(s) {
		if m.Kind == gazetteer.MatchOrg || countryOf(&m) == "" {
			return nil
		}
		out = append(out, countryOf(&m))
		rest = strings.Replace(rest, m.Text, " ", 1)
	}
	for _, f := range strings.FieldsFunc(rest, func(c rune) bool { return c == ',' || c == ' ' }) {
		if f != "and" {
			return nil
		}
	}
	return out
}

// counterpartFrom reads "counterpart from (the) COUNTRY," after the
// counterpart word i: the index of the word the name may start at, and
// the country ("" and i+1 where no country follows).
func (r *reader) counterpartFrom(st *sentence, i int) (int, string) {
	return counterpartFrom(r.lex, st, i)
}

func counterpartFrom(lex *vocabulary, st *sentence, i int) (int, string) {
	k := i + 1
	if k+1 >= len(st.words) || !lex.counterpartFrom[st.words[k].Fold] || !text.OnlySpace(st.gap(i, k)) {
		return i + 1, ""
	}
	k++
	if st.words[k].Fold == "the" && k+1 < len(st.words) && countryOf(st.match(k)) == "" {
		k++ // "from the Philippines": the article may or may not be of the name
	}
	m := st.match(k)
	if countryOf(m) == "" || m.Kind == gazetteer.MatchOrg || m.Start != st.words[k].Start {
		return i + 1, ""
	}
	e := wordIndexAt(st, m.End-1) + 1
	if e >= len(st.words) || st.words[e-1].End != m.End {
		return i + 1, ""
	}
	return e, countryOf(m)
}

// holderAfterFields is where the holder's name starts inside the last group
// of a portfolio's fields (words b to e): the fields are words of a known
// portfolio, and the two to four words after them are name words and no
// field's ("and Rural Development X Y met"); or b where the group is all
// fields.
func (r *reader) holderAfterFields(st *sentence, b, e int) int {
	s := b
	for s < e && r.gz.PortfolioWord(text.StripPossessive(st.words[s].Text)) {
		s++
	}
	if s == b || s == e || e-s < 2 || e-s > 4 {
		return b
	}
	for k := s; k < e; k++ {
		if !r.isNameWord(st, k) || r.gz.PortfolioWord(st.words[k].Text) {
			return b
		}
	}
	return s
}

// titleInnerPhrase is the length of a phrase in lower case inside a title
// (lexicon title-inner: "in charge") at word j, followed by "of" or "for"
// and a capitalised word ("Minister of State in charge of Regional
// Integration"), or 0.
func (r *reader) titleInnerPhrase(st *sentence, j int) int {
	for _, p := range r.lex.titleInner {
		ws := strings.Fields(p)
		n := len(ws)
		if j+n+1 >= len(st.words) || !foldsAre(st.words[j:j+n], ws) {
			continue
		}
		if c := st.words[j+n].Fold; (c == "of" || c == "for") && text.IsCap(st.words[j+n+1].Text) {
			return n
		}
	}
	return 0
}
