package extract

import (
	"sort"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"
)

// isNameWord reports whether word i can be part of a person's name.
func (r *reader) isNameWord(st *sentence, i int) bool {
	w := st.words[i]
	if st.covered[i] >= 0 && !r.cityInName(st, i) && !r.givenNameAsTitle(st, i) || text.HasDigit(w.Text) {
		return false
	}
	t := text.StripPossessive(w.Text)
	if !text.IsCap(t) || r.lex.notName[t] || r.lex.notName[strings.TrimSuffix(t, ".")] {
		return false
	}
	return len([]rune(t)) >= 2
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
	// a surname that is also a city, after a given name that follows a
	// courtesy title or an office ("Mr Ali Hassan", "Minister Grace Banda")
	if plain(i-1) && text.OnlySpace(st.gap(i-1, i)) && i >= 2 && text.OnlySpace(strings.TrimSuffix(strings.TrimSpace(st.gap(i-2, i-1)), ".")+" ") {
		if r.isHonorific(st, i-2) {
			return true
		}
		if p := st.match(i - 2); p != nil && p.Kind == gazetteer.MatchOffice && p.End <= st.words[i-2].End {
			return true
		}
	}
	return false
}

// nameRun returns the end (exclusive) of the run of name words starting at
// word i: capitalised words joined by single spaces, with particles ("da",
// "von der") inside. It returns i when no name starts there.
func (r *reader) nameRun(st *sentence, i int) int {
	j := i
	for j < len(st.words) && r.nameWords(st.words[i:j]) < 6 {
		if j > i && !text.OnlySpace(st.gap(j-1, j)) {
			break
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
		// particles only inside a name ("da Costa", "von der Heide")
		if j > i && r.lex.particle[st.words[j].Text] {
			k := j
			for k < len(st.words) && r.lex.particle[st.words[k].Text] && k+1 < len(st.words) && text.OnlySpace(st.gap(k, k+1)) {
				k++
			}
			if k > j && k < len(st.words) && r.nameWordAfterParticle(st, k) {
				j = k
				continue
			}
		}
		break
	}
	// "Sir X House", "King X Causeway": the words name a place or a body
	if j > i && j < len(st.words) && text.OnlySpace(st.gap(j-1, j)) && r.lex.placeHead[st.words[j].Text] {
		return i
	}
	return j
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
		if b < end {
			g := st.gap(w, b)
			if !text.OnlySpace(g) && !(isInitial(st.words[w].Text) && strings.TrimSpace(g) == ".") {
				break
			}
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

// nameWords counts the words of a name that are not particles.
func (r *reader) nameWords(ws []text.Word) int {
	return len(ws) - particles(r, ws)
}

// skipHonorifics moves past courtesy titles ("Mr", "the Hon.", "Dato Seri").
func (r *reader) skipHonorifics(st *sentence, i int) int {
	for i < len(st.words) && r.lex.honorific[strings.ToLower(strings.TrimSuffix(st.words[i].Text, "."))] {
		i++
	}
	return i
}

func nameTokens(st *sentence, i, j int) []string {
	toks := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		toks = append(toks, nameWord(st.words[k].Text))
	}
	// Family name first in capitals ("TANAKA Hiroshi"): the reporter's
	// convention for East Asian names; store it given-name first.
	if len(toks) >= 2 && text.IsAllCaps(toks[0]) && !text.IsAllCaps(toks[len(toks)-1]) {
		fam := text.TitleCase(toks[0])
		toks = append(toks[1:], fam)
	} else {
		// "PRESIDENT WALKER:" — names in capitals are written as names
		for k, t := range toks {
			if text.IsAllCaps(t) && len(t) > 2 {
				toks[k] = text.TitleCase(t)
			}
		}
	}
	return toks
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
// II" keeps its numeral, "Carl HG Name" its initials).
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

func (r *reader) isHonorific(st *sentence, i int) bool {
	return r.lex.honorific[strings.ToLower(strings.TrimSuffix(st.words[i].Text, "."))]
}

func particles(r *reader, ws []text.Word) int {
	n := 0
	for _, w := range ws {
		if r.lex.particle[w.Text] {
			n++
		}
	}
	return n
}

func reorderFamilyFirst(toks []string) []string {
	if len(toks) >= 2 && text.IsAllCaps(toks[0]) && !text.IsAllCaps(toks[len(toks)-1]) {
		return append(toks[1:], text.TitleCase(toks[0]))
	}
	return toks
}

func wordIndexAt(st *sentence, off int) int {
	k := sort.Search(len(st.words), func(k int) bool { return st.words[k].End > off })
	if k >= len(st.words) {
		return len(st.words) - 1
	}
	return k
}
