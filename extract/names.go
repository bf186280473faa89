package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"
)

// isNameWord reports whether word i can be part of a person's name.
func (r *reader) isNameWord(st *sentence, i int) bool {
	w := st.words[i]
	if st.covered[i] >= 0 && !r.cityInName(st, i) && !r.givenNameAsTitle(st, i) && !r.countryAsGivenName(st, i) &&
		!partOfWord(st, i) || text.HasDigit(w.Text) {
		return false
	}
	if r.originWord(w.Fold) {
		return false // "Kenyan-born X": it describes the person
	}
	t := text.StripPossessive(w.Text)
	if r.particleJoined(t) {
		t = t[strings.IndexByte(t, '-')+1:] // "al-Harbi", "el-Sayed": a particle joined to the name
	}
	if !text.IsCap(t) || (r.lex.notName[t] || r.lex.notName[strings.TrimSuffix(t, ".")]) && !r.monthAsGivenName(st, i) && !r.functionWordAsName(st, i) {
		return false
	}
	return len([]rune(t)) >= 2
}

// monthAsGivenName: a month's name right after a courtesy title and right
// before a capitalised word is a given name ("Hon. January X", "Mrs April
// Y"): a date would have a number.
func (r *reader) monthAsGivenName(st *sentence, i int) bool {
	w := st.words[i]
	if !r.lex.month[w.Fold] || len(w.Fold) < 4 || i == 0 || i+1 >= len(st.words) || !r.isHonorific(st, i-1) {
		return false
	}
	if g := strings.TrimSpace(st.gap(i-1, i)); g != "" && g != "." || !text.OnlySpace(st.gap(i, i+1)) {
		return false
	}
	next := st.words[i+1]
	return text.IsCap(next.Text) && !text.HasDigit(next.Text) && !r.lex.month[next.Fold] && !r.lex.notName[next.Text]
}

// particleJoined: a surname joined to its lower-case particle by a hyphen
// ("al-Sabah", "el-Amin", "bin-Salem"). It is a name word only after
// another one ("Ahmed al-Sabah"): alone it may name a group or a place.
func (r *reader) particleJoined(t string) bool {
	k := strings.IndexByte(t, '-')
	return k > 0 && k+1 < len(t) && r.lex.particle[t[:k]] && text.IsCap(t[k+1:])
}

// partOfWord: the gazetteer match at word i is an office title inside a
// longer word ("Amir-Kazemi"): the word is read as a whole.
func partOfWord(st *sentence, i int) bool {
	m := st.match(i)
	return m != nil && m.Kind == gazetteer.MatchOffice && (m.Start > st.words[i].Start || m.End < st.words[i].End)
}

// officeAt is the office title that starts at word i and covers whole
// words, or nil.
func officeAt(st *sentence, i int) *gazetteer.Match {
	m := st.match(i)
	if m == nil || m.Kind != gazetteer.MatchOffice || partOfWord(st, i) {
		return nil
	}
	return m
}

// countryAsGivenName: a one-word country right after an office and right
// before a capitalised name word is a given name ("Prime Minister Georgia
// X"): a country qualifies a title before it or after "of".
func (r *reader) countryAsGivenName(st *sentence, i int) bool {
	m := st.match(i)
	if m == nil || m.Kind != gazetteer.MatchCountry || m.Start != st.words[i].Start || m.End != st.words[i].End || i == 0 || i+1 >= len(st.words) {
		return false
	}
	prev := st.match(i - 1)
	if prev == nil || prev.Kind != gazetteer.MatchOffice || !text.OnlySpace(st.gap(i-1, i)) || !text.OnlySpace(st.gap(i, i+1)) {
		return false
	}
	next := st.words[i+1].Text
	return st.covered[i+1] < 0 && text.IsCap(next) && !r.lex.notName[next] && !text.HasDigit(next)
}

// functionWordAsName: a function word that is also a family name, right
// after an office or its country and right before one more name word that
// ends the name, is a name word ("General Secretary To Lam said",
// "President of Vietnam To Lam"); a headline's "Minister To Visit Kenya"
// goes on in capitals.
func (r *reader) functionWordAsName(st *sentence, i int) bool {
	if !r.lex.surnameFunction[st.words[i].Text] || i == 0 || i+1 >= len(st.words) || st.covered[i] >= 0 {
		return false
	}
	prev := st.match(i - 1)
	if prev == nil || prev.Kind != gazetteer.MatchOffice && countryOf(prev) == "" || !text.OnlySpace(st.gap(i-1, i)) || !text.OnlySpace(st.gap(i, i+1)) {
		return false
	}
	next := st.words[i+1].Text
	if st.covered[i+1] >= 0 || !text.IsCap(next) || r.lex.notName[next] || text.HasDigit(next) {
		return false
	}
	return i+2 >= len(st.words) || !text.OnlySpace(st.gap(i+1, i+2)) || !text.IsCap(st.words[i+2].Text)
}

// givenNameAsTitle: a one-word title right before a patronymic particle is
// a given name ("Sultan bin Hamad", "Amir bin Ali").
func (r *reader) givenNameAsTitle(st *sentence, i int) bool {
	m := st.match(i)
	return m != nil && m.Kind == gazetteer.MatchOffice && m.Start == st.words[i].Start && m.End == st.words[i].End &&
		text.IsCap(st.words[i].Text) && i+1 < len(st.words) && text.OnlySpace(st.gap(i, i+1)) && r.lex.patronymic[st.words[i+1].Text]
}

// cityInName: a one-word city name between two words of a person's name is
// a part of that name ("Nguyen Van Long"), not a place.
func (r *reader) cityInName(st *sentence, i int) bool {
	m := st.match(i)
	if m == nil || m.Kind != gazetteer.MatchCity || m.Start != st.words[i].Start || m.End != st.words[i].End {
		return false
	}
	plain := func(k int) bool {
		if k < 0 || k >= len(st.words) || st.covered[k] >= 0 {
			return false
		}
		t := st.words[k].Text
		return text.IsCap(t) && !r.lex.notName[t] && !text.HasDigit(t)
	}
	if plain(i+1) && text.OnlySpace(st.gap(i, i+1)) {
		if plain(i-1) && text.OnlySpace(st.gap(i-1, i)) {
			return true
		}
		// a given name that is also a city ("Milan X"), unless a
		// preposition makes it a place ("in Milan Y said")
		if i == 0 {
			return true
		}
		if r.lex.placePreposition[st.words[i-1].Fold] {
			return false
		}
		return !strings.Contains(st.gap(i-1, i), ",") || !text.IsCap(st.words[i-1].Text)
	}
	// a surname that is also a city, after given names (and particles)
	// that follow a courtesy title or an office ("Mr Ali Hassan",
	// "Minister Grace Banda", "President Grace Chola Banda", "Minister Ana
	// Luisa dos Reis Lima"); the title may stand before any given name of
	// the run
	b := i
	for b > 0 && i-b < 5 && text.OnlySpace(st.gap(b-1, b)) && (plain(b-1) || r.lex.particle[st.words[b-1].Text] ||
		b-1 > 0 && r.lex.particle[st.words[b-2].Text] && r.nameWordAfterParticle(st, b-1)) {
		b--
	}
	for g := i - 1; g >= b && g >= 1; g-- {
		if r.lex.particle[st.words[g].Text] || !plain(g) || !text.OnlySpace(strings.TrimSuffix(strings.TrimSpace(st.gap(g-1, g)), ".")+" ") {
			continue
		}
		if r.isHonorific(st, g-1) {
			return true
		}
		if p := st.match(g - 1); p != nil && p.Kind == gazetteer.MatchOffice && p.End <= st.words[g-1].End {
			return true
		}
	}
	// or that a title set off by a comma follows ("Ade Lima, Minister of
	// Trade, met", "Ade Lima, the Governor of X,"): the run of given names
	// before it and the office after it make it a person's
	if plain(i-1) && text.OnlySpace(st.gap(i-1, i)) && i+1 < len(st.words) && strings.TrimSpace(st.gap(i, i+1)) == "," {
		k := i + 1
		if st.words[k].Fold == "the" && k+1 < len(st.words) {
			k++
		}
		if p := st.match(k); p != nil && p.Kind == gazetteer.MatchOffice && p.Start == st.words[k].Start {
			return true
		}
	}
	// or that follows "counterpart" ("his Chilean counterpart, Rosa Lima"):
	// the word names a person, whose name comes next
	if plain(i-1) && text.OnlySpace(st.gap(i-1, i)) && i >= 2 && r.lex.counterpart[st.words[i-2].Fold] &&
		text.OnlySpace(strings.TrimPrefix(strings.TrimSpace(st.gap(i-2, i-1)), ",")+" ") {
		return true
	}
	return false
}

// bodyTail: the name words from word i on follow "of" after the head of
// an institution's name, maybe past other words of it joined by "and"
// ("the Ministry of Commerce said", "the Ministry of Trade and Industry
// said", "the National Bureau of Statistics said"): they end the body's
// name and name no person.
func (r *reader) bodyTail(st *sentence, i int) bool {
	for k := i - 1; k >= 1 && k >= i-6; k-- {
		if !text.OnlySpace(st.gap(k, k+1)) {
			return false
		}
		w := st.words[k]
		switch {
		case w.Fold == "of":
			return text.OnlySpace(st.gap(k-1, k)) && r.lex.institutionHead[st.words[k-1].Text]
		case w.Fold == "and" || w.Fold == "the" || text.IsCap(w.Text):
		default:
			return false
		}
	}
	return false
}

// nameRun returns the end (exclusive) of the run of name words starting at
// word i: capitalised words joined by single spaces, with particles ("da",
// "von der") inside. It returns i when no name starts there.
func (r *reader) nameRun(st *sentence, i int) int {
	j := i
	afterNick := false // word j follows a nickname's closing quote
	for j < len(st.words) && r.nameWords(st.words[i:j]) < 6 {
		if j > i && !nameGap(st, j-1) && !afterNick {
			if e := r.nicknameEnd(st, j); e > j {
				j = e // 'Maria "Mia" Santos': the nickname is no part of the name
				afterNick = true
				continue
			}
			break
		}
		afterNick = false
		if j > i && r.lex.placeHead[st.words[j].Text] {
			break // "The Jakarta Post said": the head of a body's name ends the run
		}
		if r.isNameWord(st, j) {
			if j > i && !text.IsAllCaps(st.words[j-1].Text) && r.postNominals(st, j) {
				break // "X Y CBE", "X Y FM II": letters after a name are no part of it
			}
			j++
			if strings.HasSuffix(st.words[j-1].Text, "’s") || strings.HasSuffix(st.words[j-1].Text, "'s") {
				break
			}
			continue
		}
		// initials before a surname ("S. Name", "K. P. Name")
		if isInitial(st.words[j].Text) && nameGap(st, j) && j+1 < len(st.words) && (r.isNameWord(st, j+1) || isInitial(st.words[j+1].Text)) {
			j++
			continue
		}
		// particles only inside a name ("da Costa", "von der Heide")
		if j > i && r.lex.particle[st.words[j].Text] {
			k := j
			for k < len(st.words) && r.lex.particle[st.words[k].Text] && k+1 < len(st.words) && text.OnlySpace(st.gap(k, k+1)) {
				k++
			}
			if k > j && k < len(st.words) && r.nameWordAfterParticle(st, k) {
				j = k
				if !r.isNameWord(st, k) {
					j = k + 1 // a city's name after the particle ("dos Santos") is the name's
				}
				continue
			}
		}
		break
	}
	for j > i && isInitial(st.words[j-1].Text) {
		j-- // a run of initials names no one
	}
	// "Sir X House", "King X Causeway": the words name a place or a body
	if j > i && j < len(st.words) && text.OnlySpace(st.gap(j-1, j)) && r.lex.placeHead[st.words[j].Text] {
		return i
	}
	return j
}

// initialGroup: the initials of a given name or patronymic as written
// before a surname: one or two letters, a capital first ("D", "Ts",
// "Kh"), or such groups joined by full stops ("I.K").
func initialGroup(t string) bool {
	for _, g := range strings.Split(t, ".") {
		r := []rune(g)
		if len(r) == 0 || len(r) > 2 || !unicode.IsUpper(r[0]) || len(r) == 2 && !unicode.IsLetter(r[1]) {
			return false
		}
	}
	return true
}

// gluedInitial: word k is an initial group whose full stop is glued to
// the capitalised word after it ("Ts.Name", "I.K.Name").
func gluedInitial(st *sentence, k int) bool {
	return k+1 < len(st.words) && st.gap(k, k+1) == "." && initialGroup(st.words[k].Text) && text.IsCap(st.words[k+1].Text)
}

// nameGap: the text between words k and k+1 can lie inside one name: a
// space, or the full stop of an initial ("S. Name", "Ts.Name").
func nameGap(st *sentence, k int) bool {
	g := st.gap(k, k+1)
	return text.OnlySpace(g) || gluedInitial(st, k) || (isInitial(st.words[k].Text) || dottedInitials(st, k)) && strings.TrimSpace(g) == "." && text.OnlySpace(g[1:])
}

// dottedInitials: word k is a group of initials joined by full stops
// ("K.P", "S.M") that names no country or body ("U.S", "U.N" do), so
// it stands for given names before the next capitalised word.
func dottedInitials(st *sentence, k int) bool {
	w := st.words[k].Text
	return strings.Contains(w, ".") && initialGroup(w) && st.covered[k] < 0 &&
		k+1 < len(st.words) && text.IsCap(st.words[k+1].Text)
}

// opensQuote: the text between two words ends with a quotation mark after
// a space (` "`, ` ‘`): the next word begins a quotation.
func opensQuote(g string) bool {
	t := strings.TrimLeft(g, " ")
	return len(t) < len(g) && t != "" && strings.ContainsRune("\"“‘'", []rune(t)[0]) && len([]rune(t)) == 1
}

// closesQuote: the text between two words is a quotation mark and a space
// (`" `, `’ `): the word before ended a quotation.
func closesQuote(g string) bool {
	t := strings.TrimRight(g, " ")
	return len(t) < len(g) && len([]rune(t)) == 1 && strings.ContainsRune("\"”’'", []rune(t)[0])
}

// nicknameEnd: when words j... are a nickname in quotes inside a name
// ('Maria "Mia" Santos', "Ramon ‘Monching’ Reyes"), the index of the name
// word after it; j otherwise.
func (r *reader) nicknameEnd(st *sentence, j int) int {
	if j == 0 || j >= len(st.words) || !opensQuote(st.gap(j-1, j)) {
		return j
	}
	for k := j; k+1 < len(st.words) && k < j+2; k++ {
		if !text.IsCap(st.words[k].Text) {
			return j
		}
		g := st.gap(k, k+1)
		if closesQuote(g) {
			if r.isNameWord(st, k+1) {
				return k + 1
			}
			return j
		}
		if !text.OnlySpace(g) {
			return j
		}
	}
	return j
}

// quoted reports whether word k of the name that starts at word i is
// inside quotes: a nickname, no part of the name.
func quoted(st *sentence, i, k int) bool {
	for m := k; m > i; m-- {
		g := st.gap(m-1, m)
		if opensQuote(g) {
			return true
		}
		if m < k+1 && closesQuote(g) || !text.OnlySpace(g) {
			return false
		}
	}
	return false
}

// nameWordAfterParticle: a name word, or a one-word city name after a
// particle, which makes it part of a name ("bin Hassan", "de Lima").
func (r *reader) nameWordAfterParticle(st *sentence, k int) bool {
	if r.isNameWord(st, k) {
		return true
	}
	m := st.match(k)
	return k > 0 && r.lex.particle[st.words[k-1].Text] && m != nil && m.Kind == gazetteer.MatchCity &&
		m.Start == st.words[k].Start && m.End == st.words[k].End && text.IsCap(st.words[k].Text)
}

// nameBack returns the first word of the run of name words that ends just
// before word end: capitalised words joined by single spaces, with
// particles and initials inside ("Khalid bin Saif Al Mansoori", "S.
// Name"). A courtesy title ends the run ("His Highness Sheikh X").
func (r *reader) nameBack(st *sentence, end int) int {
	b := end
	for b > 0 {
		w := b - 1
		if b < end && !nameGap(st, w) {
			break
		}
		if r.isHonorific(st, w) {
			break
		}
		if r.isNameWord(st, w) || b < end && isInitial(st.words[w].Text) ||
			text.IsAllCaps(st.words[w].Text) && st.covered[w] < 0 && !r.lex.notName[st.words[w].Text] {
			b--
			continue
		}
		if b < end && w > 0 && r.nameWordAfterParticle(st, b) && r.lex.particle[st.words[w].Text] {
			// particles between two name words ("bin", "von der")
			p := w
			for p >= 0 && r.lex.particle[st.words[p].Text] && text.OnlySpace(st.gap(p, p+1)) {
				p--
			}
			if p >= 0 && text.OnlySpace(st.gap(p, p+1)) && r.isNameWord(st, p) && !r.isHonorific(st, p) {
				b = p + 1
				continue
			}
		}
		if b == end && w > 0 && r.nameWordAfterParticle(st, w) {
			// a surname that is also a city, after a particle ("bin Hassan")
			b--
			continue
		}
		break
	}
	if b < end && end < len(st.words) && text.OnlySpace(st.gap(end-1, end)) && r.lex.placeHead[st.words[end].Text] {
		return end
	}
	return b
}

// lastNameWordBefore is the folded word of the nearest name before word i
// of the sentence ("Peña will meet his Italian counterpart": "pena"), or "".
func (r *reader) lastNameWordBefore(st *sentence, i int) string {
	for k := i - 1; k >= 0; k-- {
		if r.isNameWord(st, k) && !r.lex.weForms[st.words[k].Fold] {
			return st.words[k].Fold
		}
	}
	return ""
}

// fullWords counts the words of a name that are neither particles nor
// initials.
func (r *reader) fullWords(ws []text.Word) int {
	n := 0
	for _, w := range ws {
		if !r.lex.particle[w.Text] && !isInitial(w.Text) {
			n++
		}
	}
	return n
}

// nameWords counts the words of a name that are not particles.
func (r *reader) nameWords(ws []text.Word) int {
	return len(ws) - particles(r, ws)
}

// skipHonorifics moves past courtesy titles ("Mr", "the Hon.", "Dato Seri").
func (r *reader) skipHonorifics(st *sentence, i int) int {
	for i < len(st.words) && r.isHonorific(st, i) {
		i++
	}
	return i
}

func nameTokens(st *sentence, i, j int) []string {
	toks := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		if quoted(st, i, k) {
			continue // a nickname
		}
		w := nameWord(st.words[k].Text)
		if k+1 < j && dottedInitials(st, k) && nameGap(st, k) && !gluedInitial(st, k) {
			for _, g := range strings.Split(w, ".") {
				toks = append(toks, g+".") // "K.P. Name" -> "K. P. Name"
			}
			continue
		}
		if gluedInitial(st, k) {
			w += "." // "Ts.Name" -> "Ts. Name"
		}
		toks = appendNameWord(toks, w)
	}
	// Family name first in capitals ("TANAKA Hiroshi"): the reporter's
	// convention for East Asian names; store it given-name first.
	if len(toks) >= 2 && text.IsAllCaps(toks[0]) && !strings.Contains(toks[0], ".") && !text.IsAllCaps(toks[len(toks)-1]) {
		fam := text.TitleCase(toks[0])
		toks = append(toks[1:], fam)
	} else {
		// "PRESIDENT WALKER:" — names in capitals are written as names
		for k, t := range toks {
			if text.IsAllCaps(t) && len(t) > 2 && strings.Trim(t, "IVX") != "" && !strings.Contains(t, ".") {
				toks[k] = text.TitleCase(t)
			}
		}
	}
	return toks
}

// appendNameWord appends a word of a name, an initial glued to a surname
// ("D.Name") as two: "D.", "Name".
func appendNameWord(toks []string, w string) []string {
	if i := strings.LastIndex(w, "."); i > 0 && i < len(w)-1 && initialGroup(w[:i]) && text.IsCap(w[i+1:]) {
		return append(toks, w[:i+1], w[i+1:])
	}
	return append(toks, w)
}

// nameWord is a word as a name is written: no possessive, initials with
// their full stop.
func nameWord(t string) string {
	t = text.StripPossessive(t)
	if isInitial(t) {
		return t + "."
	}
	return t
}

// postNominals: the words from j on to the end of the name are all in
// capitals, and one is no Roman numeral ("X Y CBE", "X Y FM II"; "Hamad
// II" keeps its numeral, "Ann MK Name" its initials).
func (r *reader) postNominals(st *sentence, j int) bool {
	letters := false
	for k := j; k < len(st.words) && (k == j || text.OnlySpace(st.gap(k-1, k))) && r.isNameWord(st, k); k++ {
		t := st.words[k].Text
		if !text.IsAllCaps(t) {
			return false
		}
		if strings.Trim(t, "IVX") != "" {
			letters = true
		}
	}
	return letters
}

// isInitial: a single capital letter, a given name's initial.
func isInitial(t string) bool {
	r := []rune(t)
	return len(r) == 1 && unicode.IsUpper(r[0])
}

// isHonorific: word i is a courtesy title. One that is also a family name
// written first ("Tan" of "Tan Sri", a Chinese family name too) is a title
// only before another title; before a given name it is the family name.
// A title only in capitals ("HE", not "He") stays one.
func (r *reader) isHonorific(st *sentence, i int) bool {
	w := st.words[i].Text
	if !r.honorificWord(w) {
		return false
	}
	if _, family := r.lex.familyFirst[nameFold(w)]; family && !r.lex.honorificCaps[strings.TrimSuffix(w, ".")] {
		return i+1 < len(st.words) && text.OnlySpace(st.gap(i, i+1)) && r.honorificWord(st.words[i+1].Text)
	}
	return true
}

// honorificWord: a courtesy title, in any case ("Mr", "H.E."), or one only
// in capitals ("HE").
func (r *reader) honorificWord(t string) bool {
	t = strings.TrimSuffix(t, ".")
	return lowerIn(r.lex.honorific, t) || r.lex.honorificCaps[t]
}

// particles counts the particles among the words of a name, a patronymic
// written with a capital too ("Mohammed Bin Hamad Bin Qassim Al X").
func particles(r *reader, ws []text.Word) int {
	n := 0
	for _, w := range ws {
		if r.lex.particle[w.Text] || lowerIn(r.lex.patronymic, w.Text) {
			n++
		}
	}
	return n
}

func wordIndexAt(st *sentence, off int) int {
	k := sort.Search(len(st.words), func(k int) bool { return st.words[k].End > off })
	if k >= len(st.words) {
		return len(st.words) - 1
	}
	return k
}

// lowerIn is m[strings.ToLower(s)] without the lowered string when s is
// short and ASCII: a map indexed by a converted byte slice makes no
// string, and the words asked of these tables are mostly capitalised,
// which strings.ToLower would copy for one look-up.
func lowerIn[V any](m map[string]V, s string) V {
	var buf [32]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b)]
}
