package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"
)

// A title is an office phrase found in a sentence, possibly qualified by a
// country ("Russian Prime Minister", "Minister of Foreign Affairs of X") and
// possibly followed by the name of its holder.
type title struct {
	start, end int // the title's span in the sentence (without the name)
	// past: the holder no longer holds it ("former", "ex-", "the late")
	past    bool
	roles   []role      // one per office in a chain ("Deputy Prime Minister, Minister of ...")
	name    []text.Word // the holder's name tokens, nil for a bare description ("the Russian prime minister")
	coChair string      // commission named by a "Co-Chair of the ... Commission" piece
	coSide  string
	listed  bool // one of the names a plural title lists ("Prime Ministers X and Y")
	// pair: 1 or 2 for the first or second name listed after "the Foreign
	// Ministers of the two countries": the holder is of the document's
	// first or second country; 0 otherwise
	pair int
}

type role struct {
	Role    string // normal form
	Country string // "" when the text does not say
}

// findTitles finds office titles in a sentence and the names that follow them.
func (r *reader) findTitles(st *sentence) []title {
	var titles []title
	for i := 0; i < len(st.words); i++ {
		if officeAt(st, i) == nil || r.givenNameAsTitle(st, i) {
			continue
		}
		t, next := r.titleAt(st, i)
		if list, end := r.pluralNames(st, t, next); list != nil {
			// "Prime Ministers X and Y", "the Foreign Ministers of A and
			// B, X and Y": one title for each name, in order
			titles = append(titles, list...)
			i = max(next, end) - 1
			continue
		}
		titles = append(titles, t)
		i = next - 1
	}
	return append(titles, r.describedTitles(st, titles)...)
}

// titleAt reads the title chain whose first office word is word i, and the
// name after it. It returns the title and the index of the first word after it.
func (r *reader) titleAt(st *sentence, i int) (title, int) {
	start := r.portfolioBefore(st, i)
	listed := ""
	if b := r.portfolioListBefore(st, i); b < start {
		// "Lands, Agriculture and Water Minister X": the fields listed
		// before the office are its portfolio
		m := officeAt(st, i)
		listed = "Minister of " + strings.ReplaceAll(strings.TrimSpace(strings.TrimSuffix(st.Text[st.words[b].Start:m.End], "Minister")), " & ", " and ")
		start = b
	}
	// qualifiers before the office: "Russian", "Brazil’s", "first", "presidential"
	country := ""
	for start > 0 {
		p := st.match(start - 1)
		g := st.gap(start-1, start)
		if !text.OnlySpace(g) && (p == nil || p.End <= st.words[start-1].End || p.End > st.words[start].Start ||
			!text.OnlySpace(st.Text[p.End:st.words[start].Start])) {
			break // but "U.K. Defence Secretary": the country holds its full stop
		}
		if c := countryOf(p); c != "" && p.Kind != gazetteer.MatchOrg || (p != nil && p.Kind == gazetteer.MatchOrg && text.IsAllCaps(p.Text)) {
			country = countryOf(p)
			start = wordIndexAt(st, p.Start)
			continue
		}
		if r.lex.titleQualifier[st.words[start-1].Fold] && !r.backPossessive(st.words[start-1]) {
			start--
			continue
		}
		break
	}
	// "Special Assistant to the Pakistani Prime Minister X", "Senior
	// Adviser to the President X": the office before "to the" serves the
	// head of state or government, and is the holder's
	if start >= 3 && st.words[start-1].Fold == "the" && (st.words[start-2].Fold == "to" || st.words[start-2].Fold == "of") {
		if m := officeAt(st, i); m != nil && (m.Office == "Prime Minister" || m.Office == "President") {
			// the longest office of the tables the words before "to the"
			// make with the office after it
			for b := max(0, start-7); b <= start-3; b++ {
				if !text.IsCap(st.words[b].Text) {
					continue
				}
				if n, ok := r.gz.Office(st.Text[st.words[b].Start:st.words[start-2].Start] + "to the " + m.Office); ok && n != m.Office {
					listed, start = n, b
					break
				}
			}
		}
	}
	// "Solomon Islands’ newly elected Prime Minister X": words that describe
	// the holder stand between the country and the title, and belong to
	// neither
	if country == "" {
		k := start
		for k > 0 && r.lex.titleEpithet[st.words[k-1].Fold] && text.OnlySpace(strings.Trim(st.gap(k-1, k), "-")+" ") {
			k--
		}
		if k < start && k > 0 {
			// "Fiji's newly elected": the country may carry a possessive
			if p := st.match(k - 1); countryOf(p) != "" && p.Kind != gazetteer.MatchOrg && p.Start == st.words[k-1].Start && text.OnlySpace(st.gap(k-1, k)) {
				country = countryOf(p)
			}
		}
	}
	// "his Zambian counterpart President X": the country of the counterpart
	if country == "" && start >= 2 && r.lex.counterpart[st.words[start-1].Fold] && text.OnlySpace(st.gap(start-1, start)) {
		country = countryOf(st.match(start - 2))
	}
	// "with Australia, as the latter's Deputy Prime Minister X": the country
	// the possessive points back to
	if country == "" && start >= 2 && st.words[start-2].Fold == "the" && text.OnlySpace(st.gap(start-1, start)) {
		if r.backPossessive(st.words[start-1]) {
			country = r.countryBack(st, st.words[start-2].Start, r.lex.backReference[st.words[start-1].Fold])
		}
	}
	// The chain: offices, organisations, capitalised words and connectors.
	j := i
	lastOffice := i
	acronym := -1       // the office's initials in brackets after it
	var coHolder [2]int // the holder's name after a co-chair's words, if any
	afterNickname := false
	for j < len(st.words) {
		if j > i && !afterNickname {
			g := strings.TrimSpace(st.gap(j-1, j))
			if g == "." && (r.isHonorific(st, j-1) || isInitial(st.words[j-1].Text) || gluedInitial(st, j-1) || dottedInitials(st, j-1)) {
				g = "" // "Dr. S. Name", "Ts.Name": the full stop of an abbreviation
			}
			switch g {
			case "", "–", "—", "-":
			case ",":
				// a comma continues the chain only into another office, and
				// not from a title in lower case into a capitalised one
				// ("Welcoming the Bhutanese prime minister, President X
				// said"): a clause ends there
				if b, e := r.coChairHolder(st, j); b > j && text.IsCap(st.words[lastOffice].Text) {
					// "Deputy Prime Minister for X, co-head of the joint
					// commission for trade A B met": the holder follows
					// the co-chair's words
					coHolder = [2]int{b, e}
					goto done
				}
				if officeAt(st, j) == nil || r.endsWithName(st, j) ||
					!text.IsCap(st.words[lastOffice].Text) && text.IsCap(st.words[j].Text) || r.clauseAfter(st, start, j) {
					goto done
				}
			case ")":
				// "(Kazakh President) X Y": an editor's title in brackets
				// inside a quotation, right before the name it explains
				if j == lastOffice+1 && strings.HasSuffix(st.gap(j-1, j), " ") && strings.HasSuffix(strings.TrimRight(st.Text[:st.words[start].Start], " "), "(") && r.isNameWord(st, j) {
					afterNickname = true
					continue
				}
				goto done
			case "(":
				// "Principal Information Officer (PIO) X Y": the office's
				// initials in brackets right after it
				if j == lastOffice+1 && j+1 < len(st.words) && text.IsAllCaps(st.words[j].Text) &&
					strings.TrimSpace(st.gap(j, j+1)) == ")" && strings.HasSuffix(st.gap(j, j+1), " ") {
					acronym = j
					lastOffice = j
					j++
					afterNickname = true
					continue
				}
				goto done
			default:
				if k := r.nicknameEnd(st, j); k > j {
					j = k // 'President X "Nick" Y': the nickname is skipped
					afterNickname = true
					continue
				}
				goto done
			}
		}
		afterNickname = false
		w := st.words[j]
		m := st.match(j)
		if m != nil && (partOfWord(st, j) || r.countryAsGivenName(st, j)) {
			m = nil // "Amir-Kazemi", "Prime Minister Georgia X": name words
		}
		switch {
		case m != nil:
			j = wordIndexAt(st, m.End-1) + 1
			if m.Kind == gazetteer.MatchOffice {
				lastOffice = j - 1
				if k := r.possessedUnit(st, j); k > j {
					j, lastOffice = k, k-1 // "deputy head of the presidential administration's office for ..."
				}
			}
			continue
		case (w.Fold == "and" || w.Fold == "of" || w.Fold == "in" || w.Fold == "on" || w.Fold == "for" || w.Fold == "the" || w.Fold == "at") && r.endsWithName(st, j):
			// "Prime Minister X Y and Chairman Z W": a second title
			goto done
		case w.Fold == "and" && r.nameThenTitle(st, j+1):
			// "..., Minister of X and Z W, Minister of Y": the next person
			// of a list, with a title of their own
			goto done
		case w.Fold == "to" && !r.endsWithName(st, j) && j+1 < len(st.words) && (countryOf(st.match(j+1)) != "" ||
			st.words[j+1].Fold == "the" && j+2 < len(st.words) && countryOf(st.match(j+2)) != ""):
			// "Ambassador of X to (the) Y"
			j++
			continue
		case w.Fold == "at" && j > i && j == lastOffice+1 && j+2 < len(st.words) && st.words[j+1].Fold == "the" &&
			(officeAt(st, j+2) != nil || r.lex.notName[upperFirst(st.words[j+2].Text)]):
			// "Minister of State at the Ministry of Foreign Affairs", "Senior
			// Minister at the Prime Minister's Office": an office in a body
			if !text.IsCap(st.words[j+2].Text) {
				// in lower case, the body's words run to a comma ("minister
				// of state at the ministry of foreign affairs, HE X Y")
				k := j + 2
				for k+1 < len(st.words) && k < j+7 && !text.IsCap(st.words[k+1].Text) && text.OnlySpace(st.gap(k, k+1)) {
					k++
				}
				if k+1 >= len(st.words) {
					goto done
				}
				if g := strings.TrimSpace(st.gap(k, k+1)); g != "," && g != ";" {
					goto done
				}
				j = k + 1
				break
			}
			j += 2
			continue
		case w.Fold == "of" || w.Fold == "for" || w.Fold == "on" || w.Fold == "and" || w.Fold == "the" || w.Fold == "in":
			// a connector must lead to more capitalised words ("of the
			// friendly Republic of X": past a courtesy word of a state's name)
			if (w.Fold == "in" || w.Fold == "on") && j+1 < len(st.words) && (r.lex.weekday[st.words[j+1].Fold] || r.lex.month[st.words[j+1].Fold]) {
				goto done // "sworn in as President of X on Monday", "in May": a time ends the title
			}
			if w.Fold == "in" && j+1 < len(st.words) {
				if m := st.match(j + 1); m != nil && m.Kind == gazetteer.MatchCity {
					if k := wordIndexAt(st, m.End-1) + 1; k >= len(st.words) || !text.OnlySpace(st.gap(k-1, k)) || !r.isNameWord(st, k) {
						// "Minister for X and Y A B C in Nairobi on Monday":
						// where the holder is, not the post ("Ambassador in
						// Beijing A B" goes on to its holder)
						goto done
					}
				}
			}
			if n := r.titleInnerPhrase(st, j); n > 0 {
				j += n // "Minister of State in charge of Regional Integration"
				continue
			}
			if j+1 < len(st.words) && (text.IsCap(st.words[j+1].Text) || st.words[j+1].Fold == "the") {
				j++
				continue
			}
			if r.lowerPortfolioWord(st, j, lastOffice) {
				j += 2 // "for Foreign Affairs and international Trade Ambassador X": a slip of case
				continue
			}
			if w.Fold == "the" && j+2 < len(st.words) && r.lex.titleEpithet[st.words[j+1].Fold] && text.IsCap(st.words[j+2].Text) {
				j += 2
				continue
			}
			if k := r.lowerPortfolio(st, j, lastOffice); k > j {
				j = k // "minister of state for energy affairs, X Y"
				continue
			}
			goto done
		case text.IsCap(w.Text) && !text.HasDigit(w.Text) && !r.lex.weekday[w.Fold]:
			// a weekday ends it: "President X Y Thursday met"
			j++
			if j-1 > lastOffice && possessive(w.Text) && !r.connectorSince(st, lastOffice, j-1) {
				// "President X Y's Call With ...": the holder's possessive
				// ends the chain (not "of the Vietnam People's Army", a body)
				goto done
			}
			continue
		case j > i && r.isNameWord(st, j) && r.particleJoined(w.Text):
			// "Emir X al-Y": a surname joined to its particle
			j++
			continue
		case r.lex.particle[w.Text] && j+1 < len(st.words) && (text.IsCap(st.words[j+1].Text) || r.lex.particle[st.words[j+1].Text]):
			j++
			continue
		}
		break
	}
done:
	// "senior minister within the office of the president with
	// responsibility for finance, Dr X Y": a long title in lower case
	if k := r.longLowerTitle(st, i, j, lastOffice); k > j {
		j, lastOffice = k, k-1
	}
	// "Minister of Home Affairs, Immigration, Safety and Security": the
	// portfolio goes on over a list of fields
	compound := ""
	if e, c, o := r.portfolioList(st, j, lastOffice); e > j {
		compound, j, lastOffice = c, e, o-1
	}
	// "representative of the ruler in the Eastern region, X": a title in
	// lower case may close its body's name with a common noun before the
	// comma
	j = r.lowerHeadNoun(st, i, j, lastOffice)
	// The name is the run of name words at the end of the chain.
	nameStart := j
	for nameStart > lastOffice+1 && (nameStart == j || nameGap(st, nameStart-1) || closesQuote(st.gap(nameStart-1, nameStart))) {
		if nameStart < j && closesQuote(st.gap(nameStart-1, nameStart)) {
			// back over a nickname in quotes to the given name before it
			o := nameStart - 1
			for o > lastOffice+1 && o > nameStart-3 && !opensQuote(st.gap(o-1, o)) {
				o--
			}
			if o > lastOffice+1 && opensQuote(st.gap(o-1, o)) && r.isNameWord(st, o-1) {
				nameStart = o - 1
				continue
			}
			break
		}
		if r.isHonorific(st, nameStart-1) {
			break
		}
		if (isInitial(st.words[nameStart-1].Text) || gluedInitial(st, nameStart-1) || dottedInitials(st, nameStart-1) && nameGap(st, nameStart-1)) && nameStart < j {
			nameStart-- // an initial of a given name ("S. Name", "Ts.Name")
			continue
		}
		if r.isNameWord(st, nameStart-1) {
			nameStart--
			continue
		}
		// a run of particles inside the name ("von der")
		p := nameStart - 1
		for p > lastOffice && r.lex.particle[st.words[p].Text] {
			p--
		}
		if nameStart < j && p < nameStart-1 && p > lastOffice && r.isNameWord(st, p) {
			nameStart = p + 1
			continue
		}
		break
	}
	// a connector or an organisation word can't be the first word of a name
	for nameStart < j && r.lex.particle[st.words[nameStart].Text] {
		nameStart++
	}
	// one or two capitalised words right after a connector inside the title
	// end the name of the office's body, not begin a person's ("Minister of
	// Health and Social Services", "Office for Communications")
	if nameStart < j && nameStart > lastOffice+1 && r.lex.titleLower[st.words[nameStart-1].Fold] &&
		r.nameWords(st.words[nameStart:j]) <= 2 {
		nameStart = j
	}
	// "Chairman of the Consejo Nacional Electoral, A B": no name follows
	// "the"; the words after it name the body, and the holder is the name
	// after the comma
	if nameStart < j && nameStart > lastOffice+1 && st.words[nameStart-1].Fold == "the" && r.appositiveAfter(st, j) {
		nameStart = j
	}
	// "Minister for Foreign Affairs and Regional Integration A B C": after
	// a connector, the words of a known portfolio, then the holder's
	fields := false
	if nameStart < j && nameStart > lastOffice+1 && r.lex.titleLower[st.words[nameStart-1].Fold] {
		if k := r.holderAfterFields(st, nameStart, j); k > nameStart {
			nameStart, fields = k, true
		}
	}
	if n := j - nameStart - particles(r, st.words[nameStart:j]); n > 4 && !r.nameOfDescent(st.words[nameStart:j]) {
		nameStart = j - 4
	}
	// "Minister of Petroleum Resources X Y": words of a portfolio right
	// after the office the tables know in part are the title's, not the name's
	if nameStart == lastOffice+1 {
		nameStart = r.holderAfterFields(st, nameStart, j)
	}
	// after a word of an organisation's name ("Corporation Energoatom Ivan
	// X") the name is likely only the last two words; after a body's own
	// name ("the Sejm Anna Maria X") the words are all the holder's, and so
	// are those a particle joins ("the State Council X bin Y Al Z": a name
	// of descent)
	if !fields && nameStart > 0 && nameStart > lastOffice+1 && r.fullWords(st.words[nameStart:j]) > 2 && st.match(nameStart-1) == nil &&
		!r.isHonorific(st, nameStart-1) && !r.lex.bodyName[st.words[nameStart-1].Text] && particles(r, st.words[nameStart:j]) == 0 {
		nameStart = j - 2
		if k := j - 3; k > lastOffice && r.lex.particle[strings.ToLower(st.words[j-2].Text)] && r.isNameWord(st, k) {
			nameStart = k // "for Foreign Affairs X Al Y": the family name's particle needs its given name
		}
		for nameStart > 0 && isInitial(st.words[nameStart].Text) && nameStart < j {
			nameStart-- // "Fund Ivan A. Name": the initial is a middle one
		}
	}
	// courtesy titles between the office and the name belong to neither
	for nameStart < j && r.isHonorific(st, nameStart) {
		nameStart++
	}
	titleEnd := max(nameStart-1, i)
	for titleEnd > lastOffice && r.isHonorific(st, titleEnd) {
		titleEnd--
	}
	if titleEnd == acronym {
		titleEnd--
	}
	// "Permanent Secretary for Foreign Affairs Ambassador X": a diplomat's
	// rank right before the name, after another office, is a style of the
	// holder, not a second office
	if nameStart < j && titleEnd == lastOffice && titleEnd == nameStart-1 && titleEnd > i && r.lex.rankTitle[st.words[titleEnd].Fold] &&
		text.OnlySpace(st.gap(titleEnd-1, titleEnd)) && text.OnlySpace(st.gap(titleEnd, nameStart)) {
		if m := officeAt(st, titleEnd); m != nil && m.Start == st.words[titleEnd].Start && m.End == st.words[titleEnd].End {
			titleEnd--
		}
	}
	// "X, Head of the Service and Dr Y Z, appointed ...": the "and" that
	// leads to the next person's courtesy title ends the office, and the
	// name after it is that person's
	if titleEnd > lastOffice && titleEnd+1 < len(st.words) && st.words[titleEnd].Fold == "and" && r.isHonorific(st, titleEnd+1) &&
		r.nameBefore(st, start) != nil {
		j, nameStart = titleEnd, titleEnd
		titleEnd--
	}
	t := title{start: st.words[start].Start, end: st.words[titleEnd].End}
	if nameStart < j {
		t.name = st.words[nameStart:j]
	} else {
		t.end = st.words[j-1].End
		if j-1 == acronym {
			t.end = st.words[acronym-1].End
		}
		// an appositive name before the title ("X Y, Minister of Z, ...")
		// holds it; failing that, one after a comma: "the Chairperson of
		// the AU Commission, Amara Diallo Keita,"
		t.name = r.nameBefore(st, start)
		var heldBefore []text.Word
		if t.name != nil && r.earlierTitlesHolder(st, t.name) {
			// "the President of X, A B, the Prime Minister of Y, C D,
			// paid a visit": A B is the earlier title's; this one's holder
			// is the name after it, where one follows
			heldBefore, t.name = t.name, nil
		}
		if t.name == nil {
			// "Minister of Foreign Affairs, African Cooperation and
			// Moroccans Abroad, X Y": the portfolio goes on past a comma
			j = r.portfolioGroups(st, j)
		}
		if t.name == nil && j < len(st.words) && strings.TrimSpace(st.gap(j-1, j)) == "," {
			k := r.skipHonorifics(st, j)
			e := r.nameRun(st, k)
			after := e
			for after < len(st.words) && r.isHonorific(st, after) && text.OnlySpace(st.gap(after-1, after)) {
				after++ // "Hon. X Y MP,"
			}
			// closed by a comma or the sentence's end; or led by a courtesy
			// title ("the visiting Australian Deputy Prime Minister, Hon. X
			// Y held talks")
			// or by a word in lower case that cannot go on a portfolio
			// ("Equatorial Guinean President, X Y Z in the capital")
			if rest := strings.TrimSpace(st.Text[st.words[after-1].End:]); e-k >= 2 &&
				(after == len(st.words) || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ";") || k > j ||
					r.closesAppositive(st, after)) {
				t.name = st.words[k:e]
				j = e
			}
		}
		if t.name == nil {
			t.name = heldBefore
		}
	}
	if t.name == nil && coHolder[1] > 0 {
		t.name = st.words[coHolder[0]:coHolder[1]]
		j = coHolder[1]
	}
	titleText := st.Text[st.words[start].Start:t.end]
	t.roles, t.coChair, t.coSide = r.parseRoles(titleText, country)
	if listed != "" {
		// the office the title's words name as a whole (see above): it
		// takes the place of the pieces the chain was cut into
		for k := range t.roles {
			if strings.HasPrefix(t.roles[k].Role, "Minister") || strings.HasSuffix(listed, t.roles[k].Role) {
				t.roles = []role{{Role: listed, Country: t.roles[k].Country}}
				break
			}
		}
	}
	if compound != "" && len(t.roles) > 0 {
		// the comma-separated fields are one portfolio, cut apart by the
		// pieces of a title chain: the office they go on is the last one
		t.roles[len(t.roles)-1].Role += compound
	}
	if start > 0 {
		if r.lex.pastMarker[st.words[start-1].Fold] {
			t.past = true
		}
	}
	lw := strings.ToLower(titleText)
	for _, p := range r.lex.pastPrefix {
		if strings.HasPrefix(lw, p) {
			t.past = true
		}
	}
	if t.past {
		// an office no longer held is no office of the document's time;
		// the person is still found by the title
		t.roles = nil
	}
	// "President Ilse Vermeer of the Netherlands"
	if t.name != nil && j+1 < len(st.words) && st.words[j].Fold == "of" && text.OnlySpace(st.gap(j-1, j)) {
		k := j + 1
		if st.words[k].Fold == "the" && k+1 < len(st.words) {
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

// appositiveAfter reports a name of two words or more after a comma at
// word j, closed by a comma or the sentence's end ("..., A B, said").
func (r *reader) appositiveAfter(st *sentence, j int) bool {
	if j >= len(st.words) || strings.TrimSpace(st.gap(j-1, j)) != "," {
		return false
	}
	k := r.skipHonorifics(st, j)
	e := r.nameRun(st, k)
	if e-k < 2 {
		return false
	}
	rest := strings.TrimSpace(st.Text[st.words[e-1].End:])
	return rest == "" || rest == "." || strings.HasPrefix(rest, ",")
}

// backPossessive: the word is "latter's" or "former's" (lexicon
// back-reference), which points back to a country and is no qualifier of
// the title after it ("the former's Foreign Minister" holds the office now).
func (r *reader) backPossessive(w text.Word) bool {
	return r.lex.backReference[w.Fold] != "" && text.StripPossessive(w.Text) != w.Text
}

// countryBack is the country "the latter" ("last") or "the former"
// ("first") points back to from offset at: of the last two countries the
// sentence names before it, the second or the first; "" where the
// sentence names fewer than two (one alone may be no antecedent).
func (r *reader) countryBack(st *sentence, at int, which string) string {
	var named []string
	for _, g := range st.gaz {
		if g.End > at {
			break
		}
		if c := countryOf(&g); c != "" && g.Kind != gazetteer.MatchOrg && (len(named) == 0 || named[len(named)-1] != c) {
			named = append(named, c)
		}
	}
	if len(named) < 2 {
		return ""
	}
	if which == "first" {
		return named[len(named)-2]
	}
	return named[len(named)-1]
}

// pluralNames reads the names a plural title lists ("Prime Ministers X and
// Y", "the Foreign Ministers of A and B, X Y and Z W"): one title each; where
// the title names as many countries as there are names, the countries go
// to the names in the order given. It returns nil for a title that lists
// no two names, and the index of the first word after the list.
func (r *reader) pluralNames(st *sentence, t title, next int) ([]title, int) {
	if len(t.roles) == 0 || !r.pluralOffice(st, t) {
		return nil, next
	}
	var names [][]text.Word
	k := next
	pair := false
	// "the foreign ministers of A, B and C, X, Y and Z": the chain stops
	// at the first comma; the other countries of the list follow it
	var more []string
	if len(t.name) == 0 {
		more, k = r.countryListAfter(st, k)
	} else if t.name[0].Start >= t.end {
		more = r.countriesOnly(st.Text[t.end:t.name[0].Start])
	}
	if len(t.name) > 0 {
		names = append(names, t.name)
		k = wordIndexAt(st, t.name[len(t.name)-1].Start) + 1
	} else {
		// "the Foreign Ministers of the two countries, X and Y": the words
		// may end the title's chain or follow it
	pairWords:
		for o := wordIndexAt(st, t.start) + 1; o < len(st.words) && o <= k; o++ {
			if st.words[o].Fold != "of" && st.words[o].Fold != "from" {
				continue
			}
			for m := o + 2; m < len(st.words) && m <= o+5; m++ {
				if r.lex.pairOfCountries.MatchString(" " + st.Text[st.words[o].Start:st.words[m].Start]) {
					k, pair = m, true
					break pairWords
				}
			}
		}
	}
	for k < len(st.words) {
		if len(names) > 0 || !pair && k > 0 && strings.TrimSpace(st.gap(k-1, k)) == "," {
			g := strings.TrimSpace(st.gap(k-1, k))
			switch {
			case st.words[k].Fold == "and" && (g == "" || g == ","):
				k++
			case g == "," && len(names) > 0 && k+1 < len(st.words) && st.words[k].Fold != "and":
			case g == "," && len(names) == 0:
			default:
				goto done
			}
		}
		b := r.skipHonorifics(st, k)
		e := r.nameRun(st, b)
		if e == b {
			break
		}
		names = append(names, st.words[b:e])
		k = e
	}
done:
	if len(names) < 2 {
		return nil, next
	}
	var countries []string
	office := ""
	for _, m := range r.gz.Scan(st.Text[t.start:t.end]) {
		switch {
		case (m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchDemonym) && m.Country != nil:
			countries = append(countries, m.Country.Name)
		case m.Kind == gazetteer.MatchOffice:
			office = m.Office
		}
	}
	countries = append(countries, more...)
	out := make([]title, 0, len(names))
	for n, name := range names {
		c := t
		c.name = name
		c.listed = true
		c.roles = []role{{Role: office, Country: t.roles[0].Country}}
		if len(countries) == len(names) {
			c.roles[0].Country = countries[n]
		} else if len(countries) > 1 {
			c.roles[0].Country = ""
		}
		if pair && len(names) == 2 && c.roles[0].Country == "" {
			c.pair = n + 1
		}
		out = append(out, c)
	}
	return out, k
}

// pluralOffice: the title's office is written in the plural ("Prime
// Ministers", "Foreign Ministers", "presidents").
func (r *reader) pluralOffice(st *sentence, t title) bool {
	for _, m := range r.gz.Scan(st.Text[t.start:t.end]) {
		if m.Kind != gazetteer.MatchOffice {
			continue
		}
		// any word of it in the plural: "Prime Ministers", "ministers of
		// foreign affairs"
		ws := strings.Fields(m.Text)
		for k, w := range ws {
			if !strings.HasSuffix(w, "s") {
				continue
			}
			one := append(append(append([]string{}, ws[:k]...), strings.TrimSuffix(w, "s")), ws[k+1:]...)
			if _, ok := r.gz.Office(strings.Join(one, " ")); ok {
				return true
			}
		}
	}
	return false
}

// portfolioBefore: a bare "Minister" after capitalised words the tables do
// not know, themselves after "the", a possessive or a country ("who is the
// Gender Minister", "Zambia's Cultural Heritage Minister"): the words are
// the portfolio. It returns where the title starts.
func (r *reader) portfolioBefore(st *sentence, i int) int {
	m := officeAt(st, i)
	if m == nil || m.Start != st.words[i].Start {
		return i
	}
	if m.Office != "Minister" {
		// "Home Affairs and Cultural Heritage Minister": a known field
		// joined by "and" to the one the office names
		if strings.HasSuffix(m.Text, "Minister") && strings.HasPrefix(m.Office, "Minister of ") {
			return r.joinedPortfolio(st, i)
		}
		return i
	}
	k := i
	for k > 0 && i-k < 3 && text.OnlySpace(st.gap(k-1, k)) {
		w := st.words[k-1]
		if !text.IsCap(w.Text) || st.covered[k-1] >= 0 || r.lex.notName[w.Text] || r.isHonorific(st, k-1) || text.HasDigit(w.Text) ||
			strings.HasSuffix(w.Text, "’s") || strings.HasSuffix(w.Text, "'s") {
			break
		}
		k--
	}
	if k == i || k == 0 {
		return i
	}
	if b := r.joinedPortfolio(st, k); b < k {
		return b
	}
	before := st.words[k-1]
	if r.lex.portfolioLead[before.Fold] || countryOf(st.match(k-1)) != "" ||
		strings.HasSuffix(before.Text, "’s") || strings.HasSuffix(before.Text, "'s") {
		return k
	}
	return i
}

// portfolioListBefore: a list of fields before "Minister", in capitals,
// separated by commas, the last joined to the office ("Women's Affairs,
// Community and Small Enterprises Development Minister X", "Lands,
// Agriculture, Water and Rural Development Minister"): two groups or more
// of up to six words each, all but one of them (and two at least) holding a
// word of a field the tables know, with no
// place, office or courtesy title among them, and before the list the
// sentence's start, a word in lower case, a country or a possessive. It
// returns the index of the list's first word, or i.
func (r *reader) portfolioListBefore(st *sentence, i int) int {
	m := officeAt(st, i)
	if m == nil || m.Start != st.words[i].Start || !strings.HasSuffix(m.Text, "Minister") ||
		m.Office != "Minister" && !strings.HasPrefix(m.Office, "Minister of ") {
		return i
	}
	groups, known, unknown, e := 0, 0, 0, i
	b := i
	for groups < 6 {
		s := e
		for s > 0 && e-s < 6 && (s == e && groups > 0 || text.OnlySpace(st.gap(s-1, s))) {
			w := st.words[s-1]
			if !text.IsCap(w.Text) && w.Fold != "and" && w.Fold != "of" || st.covered[s-1] >= 0 || r.isHonorific(st, s-1) ||
				text.HasDigit(w.Text) || r.lex.counterpart[w.Fold] {
				break
			}
			s--
		}
		for s < e && (st.words[s].Fold == "and" || st.words[s].Fold == "of" || st.words[s].Fold == "the") {
			s++ // (and "The Youth, Sport and Arts Minister": the article is no field)
		}
		if s == e {
			break
		}
		groups++
		field := r.gz.Portfolio(st.Text[st.words[s].Start:st.words[e-1].End])
		for k := s; k < e && !field; k++ {
			field = r.gz.PortfolioWord(text.StripPossessive(st.words[k].Text))
		}
		if field {
			known++
		} else if unknown++; unknown > 1 {
			return i // groups that name no field ("Speaking on Monday, Finance Minister X": no list)
		}
		b = s
		if s == 0 || strings.TrimSpace(st.gap(s-1, s)) != "," {
			break
		}
		e = s
	}
	if groups < 2 || known < 2 {
		return i
	}
	if b > 0 {
		before := st.words[b-1]
		if text.IsCap(before.Text) && countryOf(st.match(b-1)) == "" && !strings.HasSuffix(before.Text, "’s") &&
			!strings.HasSuffix(before.Text, "'s") && !r.lex.portfolioLead[before.Fold] {
			return i
		}
		if strings.TrimSpace(st.gap(b-1, b)) == "," {
			return i
		}
	}
	return b
}

// joinedPortfolio: the capitalised words from k to the office after them
// name a field, and before them "and" (or "&") joins a field the tables
// know ("Home Affairs and Cultural Heritage Minister"): the index of the
// first word of the known field, or k.
func (r *reader) joinedPortfolio(st *sentence, k int) int {
	if k < 2 {
		return k
	}
	e := k
	switch g := strings.TrimSpace(st.gap(k-1, k)); {
	case g == "" && st.words[k-1].Fold == "and" && text.OnlySpace(st.gap(k-2, k-1)):
		e = k - 1
	case g != "&":
		return k
	}
	s := e
	for s > 0 && e-s < 3 && (s == e || text.OnlySpace(st.gap(s-1, s))) && text.IsCap(st.words[s-1].Text) &&
		st.covered[s-1] < 0 && !r.isHonorific(st, s-1) {
		s--
	}
	if s == e || !r.gz.Portfolio(st.Text[st.words[s].Start:st.words[e-1].End]) {
		return k
	}
	return s
}

// portfolioJoins turns the words joining a compound portfolio's fields into
// commas. It is built once: building a replacer costs more than the
// replacing, and compoundPortfolio is asked of most titles. A Replacer is
// safe for concurrent use and never changes.
var portfolioJoins = strings.NewReplacer(" and ", ",", " & ", ",")

// compoundPortfolio: s names fields joined by commas and "and" or "&", one
// of them a known portfolio, each in capitals ("Home Affairs and Cultural
// Heritage").
func (r *reader) compoundPortfolio(s string) bool {
	parts := strings.FieldsFunc(portfolioJoins.Replace(s), func(c rune) bool { return c == ',' })
	known := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || !text.IsCap(p) {
			return false
		}
		known = known || r.gz.Portfolio(p)
	}
	return len(parts) >= 2 && known
}

// portfolioGroups moves past comma-separated groups of capitalised words
// that go on naming a portfolio ("..., African Cooperation and Moroccans
// Abroad, X Y"): a group holds a word that is no name word (a demonym, a
// word of a body) and no courtesy title, and another comma follows it. It
// returns the index after the last such group, or j.
func (r *reader) portfolioGroups(st *sentence, j int) int {
	for n := 0; n < 3 && j < len(st.words) && strings.TrimSpace(st.gap(j-1, j)) == ","; n++ {
		k, portfolio := j, false
		for k < len(st.words) && (k == j || text.OnlySpace(st.gap(k-1, k))) {
			w := st.words[k]
			if r.isHonorific(st, k) || !text.IsCap(w.Text) && !r.lex.titleLower[w.Fold] && !(portfolio && k > j) {
				// (a word in lower case goes on a group a demonym or a
				// body's word has made a portfolio's: "Moroccans abroad")
				return j
			}
			if officeAt(st, k) != nil {
				// "Co-Chair of the X Commission, Foreign Minister Y,": an
				// office after the comma starts the next title, whose
				// holder the name is
				return j
			}
			if !r.isNameWord(st, k) && !r.lex.titleLower[w.Fold] {
				portfolio = true
			}
			k++
		}
		if !portfolio || k >= len(st.words) || strings.TrimSpace(st.gap(k-1, k)) != "," {
			return j
		}
		j = k
	}
	return j
}

// portfolioList reads the fields that go on a ministerial portfolio after
// a comma ("Minister of Home Affairs, Immigration, Safety and Security",
// "Minister of Agriculture, Water & Land Reform"): groups of capitalised
// words, each holding a word of a known portfolio and no name of a place,
// people or office, separated by commas, the last led by "and" or "&", and
// the list closed by punctuation or the sentence's end. A list of names
// ("Minister of Finance, Ana Diaz and Tom Berg") holds no portfolio word. It
// returns the index after the list and the text that goes on the office
// (", Immigration, Safety and Security"), or j. The last group may end
// with its holder's name ("..., Natural Resources and Rural Development X
// Y met"): the third index is then where the office ends and the name
// starts (else it is the first).
func (r *reader) portfolioList(st *sentence, j, lastOffice int) (int, string, int) {
	m := st.match(lastOffice)
	if m == nil || m.Kind != gazetteer.MatchOffice || m.End != st.words[lastOffice].End || j >= len(st.words) ||
		!strings.HasPrefix(m.Office, "Minister") && !strings.HasPrefix(m.Office, "Deputy Minister") && !strings.HasPrefix(m.Office, "Vice Minister") {
		return j, "", j
	}
	if j != lastOffice+1 {
		// "Minister of Women's Affairs": a first field the tables do not know
		if m.Office != "Minister" || j < lastOffice+3 || st.words[lastOffice+1].Fold != "of" && st.words[lastOffice+1].Fold != "for" {
			return j, "", j
		}
		for k := lastOffice + 2; k < j; k++ {
			if !text.IsCap(st.words[k].Text) || !text.OnlySpace(st.gap(k-1, k)) || r.isHonorific(st, k) {
				return j, "", j
			}
		}
	}
	k, last := j, false
	for groups := 0; k < len(st.words) && groups < 6; groups++ {
		g := strings.TrimSpace(st.gap(k-1, k))
		switch {
		case g == "&":
			last = true
		case g == "," && st.words[k].Fold == "and":
			k++
			last = true
		case g == "," && groups == 0:
		case g == "," || g == "" && st.words[k].Fold == "and" && groups > 0:
			if g == "" {
				k++
				last = true
			}
		default:
			return j, "", j
		}
		if k >= len(st.words) || !text.OnlySpace(strings.TrimSpace(g)+" ") && g != "," && g != "&" {
			return j, "", j
		}
		e, field := k, false
		for e < len(st.words) && (e == k || text.OnlySpace(st.gap(e-1, e))) && text.IsCap(st.words[e].Text) && st.words[e].Fold != "and" {
			if r.isHonorific(st, e) || st.match(e) != nil {
				return j, "", j // a courtesy title, a place, a demonym or an office: no field
			}
			if r.gz.PortfolioWord(text.StripPossessive(st.words[e].Text)) {
				field = true
			}
			e++
		}
		if e == k || !field {
			return j, "", j
		}
		if last {
			if split := r.holderAfterFields(st, k, e); split > k {
				return e, strings.Join(strings.Fields(strings.ReplaceAll(st.Text[st.words[j-1].End:st.words[split-1].End], "&", "and")), " "), split
			}
		}
		k = e
		if last {
			break
		}
	}
	if !last {
		return j, "", j
	}
	if k < len(st.words) {
		if g := strings.TrimSpace(st.gap(k-1, k)); g == "" || !strings.ContainsAny(g[:1], ",;.:)–—(") {
			return j, "", j // closed by punctuation, not by a name ("..., Water and Land Reform Ana Diaz")
		}
	}
	return k, strings.Join(strings.Fields(strings.ReplaceAll(st.Text[st.words[j-1].End:st.words[k-1].End], "&", "and")), " "), k
}

// coChairHolder: after a title's comma, a co-chair's words in lower case
// and the commission's name, then the holder's name ("..., co-head of the
// joint commission for trade A B met", "..., co-chair of the commission on
// behalf of Y A B."): the span of that name, or j. The words between hold
// no verb, comma or full stop, and the name is closed by the sentence's
// end, punctuation or a word in lower case.
func (r *reader) coChairHolder(st *sentence, j int) (int, int) {
	w := st.words[j]
	if _, ok := r.lex.chairNoun[w.Fold]; !ok || !strings.HasPrefix(w.Fold, "co-") || text.IsCap(w.Text) ||
		j+1 >= len(st.words) || st.words[j+1].Fold != "of" {
		return j, j
	}
	for k := j + 2; k < len(st.words) && k <= j+20; k++ {
		if !text.OnlySpace(st.gap(k-1, k)) || r.lex.personVerb[st.words[k].Fold] || r.lex.speech[st.words[k].Fold] {
			return j, j
		}
		if !text.IsCap(st.words[k].Text) || st.match(k) != nil || text.IsCap(st.words[k-1].Text) && st.match(k-1) == nil {
			continue
		}
		b := r.skipHonorifics(st, k)
		e := r.nameRun(st, b)
		if r.nameWords(st.words[b:e]) < 2 {
			continue
		}
		if e == len(st.words) || !text.OnlySpace(st.gap(e-1, e)) || !text.IsCap(st.words[e].Text) {
			return b, e
		}
		return j, j
	}
	return j, j
}

// lowerPortfolio: an office written in lower case goes on after a
// connector over up to three words in lower case that end at a comma or
// a semicolon ("minister of state for energy affairs, HE X Y"): the end of
// those words, or j.
func (r *reader) lowerPortfolio(st *sentence, j, lastOffice int) int {
	if text.IsCap(st.words[lastOffice].Text) {
		return j
	}
	for k := j + 1; k < len(st.words) && k <= j+3; k++ {
		w := st.words[k]
		if text.IsCap(w.Text) || text.HasDigit(w.Text) || !text.OnlySpace(st.gap(k-1, k)) || r.lex.speech[w.Fold] || r.lex.personVerb[w.Fold] {
			return j
		}
		if k+1 < len(st.words) {
			if g := strings.TrimSpace(st.gap(k, k+1)); g == "," || g == ";" {
				return k + 1
			}
		}
	}
	return j
}

// lowerPortfolioWord: after connector j of a capitalised title, a word of
// a portfolio written in lower case, then a capitalised one that leads on
// to another office ("Secretary for Foreign Affairs and international
// Trade Ambassador X"): a slip of case inside the title.
func (r *reader) lowerPortfolioWord(st *sentence, j, lastOffice int) bool {
	if j+2 >= len(st.words) || !text.IsCap(st.words[lastOffice].Text) || !text.OnlySpace(st.gap(j, j+1)) || !text.OnlySpace(st.gap(j+1, j+2)) {
		return false
	}
	w := st.words[j+1]
	if text.IsCap(w.Text) || !r.gz.PortfolioWord(w.Text) || !text.IsCap(st.words[j+2].Text) {
		return false
	}
	// capitalised words up to an office, a few at most
	for k := j + 2; k < len(st.words) && k <= j+4; k++ {
		if k > j+2 && !text.OnlySpace(st.gap(k-1, k)) || !text.IsCap(st.words[k].Text) {
			return false
		}
		if officeAt(st, k) != nil {
			return true
		}
	}
	return false
}

// lowerHeadNoun is the end of a title in lower case (its office at i, the
// chain ending before j) that takes one more word in lower case closed by
// a comma: the common noun of a place or body named in capitals after a
// connector ("representative of the ruler in the Eastern region, X").
func (r *reader) lowerHeadNoun(st *sentence, i, j, lastOffice int) int {
	if text.IsCap(st.words[i].Text) || j >= len(st.words)-1 || j < lastOffice+3 || !text.IsCap(st.words[j-1].Text) {
		return j
	}
	if c := st.words[lastOffice+1].Fold; c != "in" && c != "of" && c != "for" {
		return j
	}
	w := st.words[j]
	if text.IsCap(w.Text) || text.HasDigit(w.Text) || !text.OnlySpace(st.gap(j-1, j)) || strings.TrimSpace(st.gap(j, j+1)) != "," ||
		r.lex.speech[w.Fold] || r.lex.personVerb[w.Fold] || st.match(j) != nil {
		return j
	}
	return j + 1
}

// clauseAfter: "with the South Korean Ambassador, President X said": a
// description with "the" before a comma, and after it a title, a name and a
// verb of its own: the comma ends an introductory phrase, and the two
// titles are two people's.
func (r *reader) clauseAfter(st *sentence, start, j int) bool {
	if start == 0 || st.words[start-1].Fold != "the" {
		return false
	}
	m := officeAt(st, j)
	if m == nil {
		return false
	}
	k := r.skipHonorifics(st, wordIndexAt(st, m.End-1)+1)
	e := r.nameRun(st, k)
	return e > k && e < len(st.words) && text.OnlySpace(st.gap(e-1, e)) &&
		(r.lex.personVerb[st.words[e].Fold] || r.lex.speech[st.words[e].Fold])
}

// nameThenTitle reports a person's name (after courtesy titles) starting at
// word k and followed by a comma and an office: "Z W, Minister of Y".
func (r *reader) nameThenTitle(st *sentence, k int) bool {
	k = r.skipHonorifics(st, k)
	e := r.nameRun(st, k)
	if r.nameWords(st.words[k:e]) < 2 || e >= len(st.words) || strings.TrimSpace(st.gap(e-1, e)) != "," {
		return false
	}
	if e+1 < len(st.words) && (st.words[e].Fold == "the" || st.words[e].Fold == "a") {
		e++
	}
	m := st.match(e)
	return m != nil && m.Kind == gazetteer.MatchOffice
}

// endsWithName reports whether the words just before word j are a name that
// directly follows an office or a country ("...of Kenya Amina X").
func (r *reader) endsWithName(st *sentence, j int) bool {
	k := r.nameBack(st, j)
	for k < j && (isInitial(st.words[k].Text) || text.IsAllCaps(st.words[k].Text) && !r.isNameWord(st, k)) {
		k++ // as before: the run starts with a name word
	}
	// "Minister S. Name in X": the initials before the run go with it;
	// what stands before them says whether it follows an office
	for k > 0 && k < j && isInitial(st.words[k-1].Text) && nameGap(st, k-1) {
		k--
	}
	if k == j || k == 0 {
		return false
	}
	if r.isHonorific(st, k-1) {
		return true // "Mr. X Y": a name after a courtesy title
	}
	if g := st.gap(k-1, k); !text.OnlySpace(g) && !(strings.TrimSpace(g) == ")" && strings.HasSuffix(g, " ") && st.match(k-1) != nil) {
		return false // but "(French President) X Y": an editor's title in brackets
	}
	if st.match(k-1) != nil {
		return true
	}
	// "Head of Republic of Tuva Ivan X, Minister ...": three name words or
	// more after a title's "of" are a body's or a place's name the tables
	// do not know, then its holder's
	if j-k >= 3 && k >= 2 && st.words[k-1].Fold == "of" && text.IsCap(st.words[k-2].Text) {
		return true
	}
	// after a title word of an organisation ("... Cooperation Alexander X")
	prev := st.words[k-1].Text
	return j-k >= 2 && text.IsCap(prev) && r.lex.notName[prev]
}

// nameBefore finds an appositive name just before word idx:
// "Mr. X Y, Prime Minister of Z", "the Hon. X Y, MP, Prime Minister",
// "Sheikh X bin Y Al Z, Minister of ...".
// spacedDash: a gap that is a dash set off by spaces ("X Y – Minister of
// Z"), which joins an appositive as a comma does; a hyphen inside a word
// does not.
func spacedDash(g string) bool {
	t := strings.TrimSpace(g)
	return (t == "–" || t == "—" || t == "-") && len(g) > len(t)+1 && strings.TrimLeft(g, " ") != g && strings.TrimRight(g, " ") != g
}

func (r *reader) nameBefore(st *sentence, idx int) []text.Word {
	if name := r.predicateSubject(st, idx); name != nil {
		return name
	}
	for idx > 1 && (r.originWord(st.words[idx-1].Fold) || r.lex.titleEpithet[st.words[idx-1].Fold]) && text.OnlySpace(st.gap(idx-1, idx)) {
		idx-- // "X Y, the new health minister", "the Kenyan-born health minister": they describe the holder
	}
	if idx > 0 && (st.words[idx-1].Fold == "the" || st.words[idx-1].Fold == "a") && text.OnlySpace(st.gap(idx-1, idx)) {
		idx-- // "X Y, the foreign minister of Z"
	}
	k := idx - 1
	if k >= 0 && st.words[k].Text == "MP" && strings.Contains(st.gap(k, idx), ",") {
		idx = k
		k--
	}
	if k >= 0 && strings.TrimSpace(st.gap(k, idx)) == ".," && len(st.words[k].Text) <= 3 && text.IsCap(st.words[k].Text) {
		// "X Y Jr., President of ...": the full stop of an abbreviation
	} else if k < 0 || strings.TrimSpace(st.gap(k, idx)) != "," && !spacedDash(st.gap(k, idx)) {
		// "X Y, who is also defence minister", "X Y, the new
		// government's finance minister": a few words between
		for k = idx - 1; k >= 0 && k >= idx-8 && !strings.Contains(st.gap(k, k+1), ","); k-- {
		}
		if k < 0 || k < idx-8 || !r.lex.titleAfterName.MatchString(st.Text[st.words[k].End:st.words[idx].Start]) {
			return nil
		}
	}
	b := r.nameBack(st, k+1)
	if b > k || r.nameWords(st.words[b:k+1]) < 2 && !r.surnameAlone(st, b, k+1) {
		return nil
	}
	return st.words[b : k+1]
}

// earlierTitlesHolder: the name is set off by commas right after another
// office or its country ("the President of X, A B, the ..."), so it is that
// office's holder.
func (r *reader) earlierTitlesHolder(st *sentence, name []text.Word) bool {
	b := wordIndexAt(st, name[0].Start)
	if b < 1 || strings.TrimSpace(st.gap(b-1, b)) != "," {
		return false
	}
	m := st.match(b - 1)
	return m != nil && (m.Kind == gazetteer.MatchOffice || m.Kind == gazetteer.MatchCountry) && m.End == st.words[b-1].End
}

// predicateSubject is the name before a verb that puts its subject in the
// office whose title starts at word idx ("X was sworn in as President", "X
// became the new Foreign Minister"; lexicon office-predicate), or nil.
func (r *reader) predicateSubject(st *sentence, idx int) []text.Word {
	if r.lex.officePredicate == nil || idx < 2 {
		return nil
	}
	// "became Norway's new Prime Minister": the words that describe the
	// holder and the country's possessive stand before the title
	for idx > 0 && r.lex.titleEpithet[st.words[idx-1].Fold] {
		idx--
	}
	if p := st.match(idx - 1); idx > 0 && countryOf(p) != "" && p.Kind != gazetteer.MatchOrg && p.Start <= st.words[idx-1].Start && text.StripPossessive(st.words[idx-1].Text) != st.words[idx-1].Text {
		idx = wordIndexAt(st, p.Start)
	}
	if idx < 2 {
		return nil
	}
	before := st.Text[:st.words[idx].Start]
	lo := max(0, len(before)-64)
	loc := r.lex.officePredicate.FindStringIndex(before[lo:])
	if loc == nil {
		return nil
	}
	at := lo + loc[0]
	k := sort.Search(idx, func(k int) bool { return st.words[k].End > at }) - 1
	if k < 0 || st.words[k].End != at {
		return nil
	}
	b := r.nameBack(st, k+1)
	if b > k || r.nameWords(st.words[b:k+1]) < 2 && !r.surnameAlone(st, b, k+1) {
		return nil
	}
	return st.words[b : k+1]
}

// surnameAlone: one name word before an appositive title, opening the
// sentence or after a word in lower case ("Ozols, who also serves as
// ...", "he met Tavita, the new government's finance minister"), is a
// surname; the title holds it only where the document names that person
// in full (see candidate.surnameOnly).
func (r *reader) surnameAlone(st *sentence, b, e int) bool {
	return e-b == 1 && r.isNameWord(st, b) && (b == 0 || !text.IsCap(st.words[b-1].Text) && text.OnlySpace(st.gap(b-1, b)))
}

// parseRoles splits a title chain into offices, each with its country.
func (r *reader) parseRoles(title, country string) ([]role, string, string) {
	var out []role
	coChair, coSide := "", ""
	pieces := r.splitTitlePieces(title)
	for _, p := range pieces {
		// "Ambassador of X to the Y": Y is where they serve, not whom;
		// the posting stays in the office ("Ambassador to the Y")
		posting := ""
		if i := strings.Index(p, " to "); i > 0 {
			if rest := strings.TrimPrefix(p[i+4:], "the "); r.isCountry(rest) {
				p, posting = p[:i], strings.TrimSpace(p[i:])
			}
		}
		ms := r.gz.Scan(p)
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
				if text.IsAllCaps(m.Text) {
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
		roleText = r.normalRole(roleText)
		if roleText == "" || r.lex.style[strings.ToLower(roleText)] {
			continue // a style or a rank is no office ("Prince X", "Major General X")
		}
		if posting != "" {
			roleText += " " + posting
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
func (r *reader) splitTitlePieces(s string) []string {
	// a comma inside an office's own name ("Minister of Digital
	// Development, Communications and Mass Media") cuts nothing
	var whole [][2]int
	for _, m := range r.gz.Scan(s) {
		if m.Kind == gazetteer.MatchOffice && strings.Contains(m.Text, ",") {
			whole = append(whole, [2]int{m.Start, m.End})
		}
	}
	var fields []string
	from := 0
	for at, c := range s {
		if c != '–' && c != '—' && c != ',' || slices.ContainsFunc(whole, func(o [2]int) bool { return o[0] < at && at < o[1] }) {
			continue
		}
		if f := s[from:at]; strings.TrimSpace(f) != "" {
			fields = append(fields, f)
		}
		from = at + utf8.RuneLen(c)
	}
	if f := s[from:]; strings.TrimSpace(f) != "" {
		fields = append(fields, f)
	}
	var out []string
	for _, p := range fields {
		// " and " inside a name ("Agency for Planning and Reforms",
		// "Commission on Trade and Economic Cooperation") must not split
		// it: a piece without an office of its own joins the one before.
		// Parts are cut out of p by offset, so a long chain costs no more
		// than its length.
		// Nor one inside an office's own name ("Industry and Commerce
		// Minister", "Minister of Fisheries and Ocean Resources").
		var inOffice [][2]int
		for _, m := range r.gz.Scan(p) {
			if m.Kind == gazetteer.MatchOffice {
				inOffice = append(inOffice, [2]int{m.Start, m.End})
			}
		}
		within := func(at int) bool {
			for _, o := range inOffice {
				if o[0] < at && at+len(" and ") <= o[1] {
					return true
				}
			}
			return false
		}
		var parts []string
		start, end := 0, 0
		for i, q := range strings.Split(p, " and ") {
			if i > 0 && (!r.hasOffice(q) && !r.startsTitle(q) || within(end) || r.gz.Portfolio(strings.TrimSpace(p[start:end]))) {
				end += len(" and ") + len(q)
				continue
			}
			if i > 0 {
				parts = append(parts, p[start:end])
				start = end + len(" and ")
				end = start
			}
			end += len(q)
		}
		parts = append(parts, p[start:end])
		for _, q := range parts {
			for _, o := range r.splitAdjacentOffices(strings.TrimSpace(q)) {
				if o != "" {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// splitAdjacentOffices cuts a piece where one office follows another with
// only a space between ("Parliamentary Secretary Senator"): two offices.
func (r *reader) splitAdjacentOffices(q string) []string {
	ms := r.gz.Scan(q)
	var out []string
	from := 0
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if a.Kind == gazetteer.MatchOffice && b.Kind == gazetteer.MatchOffice && text.OnlySpace(q[a.End:b.Start]) {
			out = append(out, strings.TrimSpace(q[from:a.End]))
			from = b.Start
		}
	}
	return append(out, strings.TrimSpace(q[from:]))
}

// startsTitle: a part after " and " that begins with a title qualifier and a
// capitalised word ("Deputy Supreme Commander of X") is an office of its
// own, even one the tables do not know.
func (r *reader) startsTitle(q string) bool {
	f := strings.Fields(q)
	return len(f) >= 2 && r.lex.titleQualifier[strings.ToLower(f[0])] && text.IsCap(f[0]) && text.IsCap(f[1])
}

func (r *reader) isCountry(s string) bool {
	ms := r.gz.Scan(s)
	return len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(strings.TrimSpace(s)) && countryOf(&ms[0]) != ""
}

func (r *reader) hasOffice(s string) bool {
	for _, m := range r.gz.Scan(s) {
		if m.Kind == gazetteer.MatchOffice {
			return true
		}
	}
	return false
}

// normalRole strips demonyms and "of <Country>" from a title and maps it to
// its normal form.
func (r *reader) normalRole(title string) string {
	ms := r.gz.Scan(title)
	// drop a leading demonym / possessive country and a trailing "of (the) <Country>"
	start, end := 0, len(title)
	for _, m := range ms {
		if (m.Kind == gazetteer.MatchDemonym || m.Kind == gazetteer.MatchCountry || m.Kind == gazetteer.MatchOrg) &&
			strings.TrimSpace(title[start:m.Start]) == "" && m.End < len(title) {
			start = m.End
			start += len(title[start:]) - len(strings.TrimLeft(title[start:], "’'s "))
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Kind == gazetteer.MatchCountry && strings.TrimSpace(title[m.End:end]) == "" {
			before := strings.TrimRight(title[start:m.Start], " ")
			for {
				// "of the friendly Republic of X": a courtesy word goes too
				sp := strings.LastIndexByte(before, ' ')
				if sp < 0 || !r.lex.titleEpithet[strings.ToLower(before[sp+1:])] {
					break
				}
				before = strings.TrimRight(before[:sp], " ")
			}
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
	plain := strings.TrimSpace(title[start:end])
	plain = strings.TrimPrefix(strings.TrimPrefix(plain, "the "), "The ")
	plain = r.headOfGovernmentIn(plain)
	plain = r.lex.stateForm.ReplaceAllString(plain, "")
	if pre, ok := strings.CutSuffix(plain, " Minister"); ok && r.compoundPortfolio(pre) {
		return "Minister of " + strings.ReplaceAll(pre, " & ", " and ")
	}
	n, ok := r.gz.Office(plain)
	if f := strings.Fields(plain); ok && n == "Minister" && len(f) >= 2 && f[len(f)-1] == "Minister" && text.IsCap(f[0]) {
		// "Gender Minister": a portfolio the tables do not know, in the
		// normal form of those they do
		return "Minister of " + strings.Join(f[:len(f)-1], " ")
	}
	if ok {
		// a qualifier the table drops but the title keeps ("Presidential
		// Press Secretary") stays
		if strings.HasSuffix(strings.ToLower(plain), strings.ToLower(n)) && len(plain) > len(n) && text.IsCap(plain) {
			return plain
		}
		return n
	}
	// lower-case plural titles ("presidential aides")
	if n, ok := r.gz.Office(strings.TrimSuffix(plain, "s")); ok {
		return n
	}
	return r.capitaliseTitle(plain)
}

// headOfGovernmentIn writes the office a title is attached to as the gold
// does: "Spokesperson for the Cabinet Office of Hungarian PM" -> "... of
// the Prime Minister", "Adviser to the Pakistani PM" -> "Adviser to the
// Prime Minister": the country of the office it serves goes (the holder's
// country is the title's), and "PM" is written out.
func (r *reader) headOfGovernmentIn(title string) string {
	ms := r.gz.Scan(title)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.Kind != gazetteer.MatchDemonym && m.Kind != gazetteer.MatchCountry {
			continue
		}
		rest := title[m.End:]
		var office string
		switch {
		case strings.HasPrefix(rest, " PM") && (len(rest) == 3 || rest[3] == ' '):
			office, rest = "Prime Minister", rest[3:]
		case strings.HasPrefix(rest, " Prime Minister"):
			office, rest = "Prime Minister", rest[len(" Prime Minister"):]
		case strings.HasPrefix(rest, " President") && (len(rest) == len(" President") || rest[len(" President")] == ' '):
			office, rest = "President", rest[len(" President"):]
		default:
			continue
		}
		before := strings.TrimSuffix(title[:m.Start], "the ")
		if !strings.HasSuffix(before, " of ") && !strings.HasSuffix(before, " to ") && !strings.HasSuffix(before, " for ") {
			continue
		}
		title = before + "the " + office + rest
	}
	return title
}

// capitaliseTitle writes a title as the gold answers do: "first President" ->
// "First President".
func (r *reader) capitaliseTitle(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if i > 0 && r.lex.titleLower[w] {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// closesAppositive reports whether word k, right after a name that follows
// "Title," ends the name: a word in lower case that no portfolio goes on
// with ("in", "on", "held"), not "and", "of" or "for", which continue
// "Minister of Trade, Industry and Tourism".
func (r *reader) closesAppositive(st *sentence, k int) bool {
	if k >= len(st.words) || !text.OnlySpace(st.gap(k-1, k)) {
		return false
	}
	w := st.words[k].Text
	if w == "" || !unicode.IsLower([]rune(w)[0]) {
		return false
	}
	if st.words[k].Fold == "and" && k+1 < len(st.words) && text.OnlySpace(st.gap(k, k+1)) {
		// "minister of trade, X Y and several officials": "and" before a
		// word in lower case leads to no more of a portfolio
		n := st.words[k+1].Text
		return n != "" && unicode.IsLower([]rune(n)[0])
	}
	return !r.lex.portfolioGoesOn[st.words[k].Fold]
}

// upperFirst writes a word with its first letter in upper case ("ministry"
// -> "Ministry"), as the tables of words written as in text hold it.
func upperFirst(w string) string {
	r := []rune(w)
	if len(r) == 0 {
		return w
	}
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// possessive: the word ends in "'s" or "’s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// connectorSince: a connector of a body's name ("of", "the", "and") stands
// among words from+1 to to-1 of the title chain.
func (r *reader) connectorSince(st *sentence, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if r.lex.titleLower[st.words[k].Fold] || st.words[k].Fold == "the" {
			return true
		}
	}
	return false
}

// nameOfDescent: the words hold a patronymic particle ("X bin Y bin Z Al
// W"): such a name runs long, and all of it is the holder's.
func (r *reader) nameOfDescent(words []text.Word) bool {
	for _, w := range words {
		if r.lex.patronymic[w.Text] {
			return true
		}
	}
	return false
}
