package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/text"
)

// Many meetings are said to be held at a venue rather than in a city: a
// seat of government ("at State House", "at the Maximos Mansion"), a palace
// ("at Merdeka Palace"), a guest house, or a town too small for the cities
// table ("at Villa de Leyva", "near Kranj"). This file reads where such a
// meeting was.

// venuePlace finds the place of a meeting whose sentences name no city of
// the cities table: a small place where the sentence puts something ("in
// X", "at X", "near X"), else a venue whose head word is in
// data/venues.tsv: the city of a venue the table names ("the Élysée
// Palace"), the city named with it ("X Palace, City"), a town its name is
// ("Schloss X" where X is a town), or, for a seat of government, a palace
// or a guest house, the capital of the host's country. A region
// gives its country only. ok is false when no sentence names a venue.
func (x *Extractor) venuePlace(doc *document, p *people, m *meetingDraft) (place, bool) {
	if m == nil {
		return place{}, false
	}
	for _, st := range m.sents {
		if c, s := x.smallPlace(doc, p, st); c != nil {
			return cityPlace(c, s), true
		}
	}
	for _, st := range m.sents {
		if pl, ok := x.venueIn(doc, p, m, st); ok {
			return pl, true
		}
	}
	for _, st := range m.sents {
		if pl, ok := x.namedTown(doc, p, m, st); ok {
			return pl, true
		}
	}
	for _, st := range m.sents {
		if pl, ok := x.townOfCountry(p, m, st); ok {
			return pl, true
		}
	}
	for _, st := range m.sents {
		if pl, ok := x.hostCapital(doc, p, m, st); ok {
			return pl, true
		}
	}
	return place{}, false
}

// namedTown reads a place the sentence calls a town, however small or
// however spelt ("in the resort town of X", "at the village of X": the
// town-of pattern before it), that no table holds: the words say it is a
// place, and the meeting was there. Its country is the host's, where one
// is known. A name that is a person's, a country's or a city's elsewhere is
// read by the other rules.
func (x *Extractor) namedTown(doc *document, p *people, m *meetingDraft, st *sentence) (place, bool) {
	ms := p.mentions[st.idx]
	for i, w := range st.words {
		if !unclaimedName(st, ms, m, i) {
			continue
		}
		if !x.lex.townOf.MatchString(st.Text[max(0, w.Start-60):w.Start]) {
			continue
		}
		end := capitalRunEnd(st, w.Start-1) // the run after the space before it
		name := strings.TrimSpace(st.Text[w.Start:end])
		if name == "" || strings.Count(name, " ") > 2 {
			return place{}, false
		}
		if _, ok := x.gz.Country(name); ok {
			return place{}, false
		}
		if _, ok := x.venueHeadAt(st.Text, w.Start); ok {
			return place{}, false
		}
		return place{city: name, country: x.hostCountry(doc, p, m, st, w.Start)}, true
	}
	return place{}, false
}

// unclaimedName reports a capitalised word i, not the sentence's first, that
// no match of the tables covers and that is part of no person's name nor of
// a clause about a meeting still planned: a word that may begin the name
// of a town no table holds.
func unclaimedName(st *sentence, ms []personMention, m *meetingDraft, i int) bool {
	w := st.words[i]
	return i > 0 && text.IsCap(w.Text) && st.covered[i] < 0 && !inMention(ms, w.Start) && !m.inPlan(st.idx, w.Start)
}

// townOfCountry reads a place no table holds that the sentence puts the
// meeting in and names with its country, the way English news writes a
// town ("held talks in X, Country", "met at X, Country"): a run of one to
// three capitalised words after a locative (the place-locative pattern),
// then a comma and a country's name. The comma and the country say it is a
// place of that country, however small. A run that is a person, a country,
// a city of the cities table, a venue or an organisation is left to the
// other rules.
func (x *Extractor) townOfCountry(p *people, m *meetingDraft, st *sentence) (place, bool) {
	ms := p.mentions[st.idx]
	for i, w := range st.words {
		if !unclaimedName(st, ms, m, i) {
			continue
		}
		if !x.lex.placeLocative.MatchString(st.Text[max(0, w.Start-48):w.Start]) {
			continue
		}
		end := capitalRunEnd(st, w.Start-1)
		name := strings.TrimSpace(st.Text[w.Start:end])
		if name == "" || strings.Count(name, " ") > 2 || !strings.HasPrefix(st.Text[end:], ", ") {
			continue
		}
		country := ""
		for _, g := range st.gaz {
			if g.Start == end+2 && g.Kind == gazetteer.MatchCountry && g.Country != nil {
				country = g.Country.Name
			}
			if g.Start < end && g.End > w.Start {
				country = "" // the run is (or holds) a city, a country, an organisation, an office...
				break
			}
		}
		if country == "" {
			continue
		}
		if _, ok := x.gz.Country(name); ok {
			continue
		}
		if _, ok := x.venueHeadAt(st.Text, w.Start); ok {
			continue
		}
		return place{city: name, country: country}, true
	}
	return place{}, false
}

// hostCapital reads "in the capital" with no country written (the
// capital-venue pattern; "the capital of X" and "the X capital" name their
// country elsewhere): the capital of the host's country.
func (x *Extractor) hostCapital(doc *document, p *people, m *meetingDraft, st *sentence) (place, bool) {
	loc := x.lex.capitalVenue.FindStringIndex(st.Text)
	if loc == nil {
		return place{}, false
	}
	if after := strings.TrimLeft(st.Text[loc[1]:], " "); strings.HasPrefix(after, "of ") || strings.HasPrefix(after, "region") {
		return place{}, false
	}
	host := x.hostCountry(doc, p, m, st, loc[1])
	if host == "" {
		return place{}, false
	}
	return x.capitalPlace(host)
}

// capitalPlace is the capital of a country, as a meeting's place.
func (x *Extractor) capitalPlace(country string) (place, bool) {
	c, ok := x.gz.Country(country)
	if !ok || c.Capital == "" {
		return place{}, false
	}
	city, ok := x.gz.City(c.Capital)
	if !ok {
		return place{}, false
	}
	return place{city: city.Name, country: city.Country}, true
}

// smallPlace finds a place of places.tsv the sentence puts something in:
// "in X", "at X", "near X" (the place-locative pattern before it), or that
// hosted it ("X hosted the talks": place-hosts after it), in a country the
// document or its dateline names (reportCountry), that is no person's name and no venue's name
// ("at Merdeka Palace" names a palace, whatever village bears the word).
func (x *Extractor) smallPlace(doc *document, p *people, st *sentence) (*gazetteer.City, string) {
	ms := p.mentions[st.idx]
	hosts := strings.Contains(st.lower, "host") // "X hosted the talks" may name the place first
	for i, w := range st.words {
		if !text.IsCap(w.Text) || st.covered[i] >= 0 || inMention(ms, w.Start) {
			continue
		}
		locative := i > 0 && (x.lex.placeLocative.MatchString(st.Text[max(0, w.Start-48):w.Start]) ||
			x.lex.welcomeTo.MatchString(st.Text[max(0, w.Start-120):w.Start]))
		if !locative && !hosts {
			continue
		}
		g, ok := x.gz.PlaceAt(st.Text, w.Start)
		if !ok || g.City == nil || !x.reportCountry(doc, g.City.Country) {
			continue
		}
		if !locative && !x.lex.placeHosts.MatchString(st.Text[g.End:]) {
			continue // "X hosted the talks": the place hosts
		}
		if h, ok := x.venueHeadAt(st.Text, g.End); ok && !h.Before {
			continue // "at Merdeka Palace": the palace's name
		}
		return g.City, g.Text
	}
	return nil, ""
}

// reportCountry reports a country the document names, or its dateline
// does, by a city ("KUALA LUMPUR, 3 July –") or written after its place
// ("DAVOS, Switzerland –"): a small place of it is no namesake abroad.
func (x *Extractor) reportCountry(doc *document, country string) bool {
	if doc.mentioned[country] || x.datelineCountry(doc) == country {
		return true
	}
	dl := x.datelineCity(doc)
	return dl != nil && dl.Country == country
}

// venueHeadAt finds a venue head word written at byte offset at of s (after
// one space), longest first, matched on whole words with the case of a
// name ("Palace", "State House").
func (x *Extractor) venueHeadAt(s string, at int) (gazetteer.VenueHead, bool) {
	return x.venueHeadCased(s, at, false)
}

// venueHeadCased is venueHeadAt that, when common is set, also takes a
// seat's head of several words in lower case: "the presidential palace",
// "the state house" name the seat of the host as a common noun does.
func (x *Extractor) venueHeadCased(s string, at int, common bool) (gazetteer.VenueHead, bool) {
	rest := strings.TrimLeft(s[at:], " ")
	for _, h := range x.venues {
		if len(rest) < len(h.Head) || !strings.EqualFold(rest[:len(h.Head)], h.Head) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if !unicode.IsUpper(r) && !(common && h.Kind == "seat" && h.City == "" && !h.Before && strings.Contains(h.Head, " ")) {
			continue
		}
		if len(rest) > len(h.Head) {
			if r, _ := utf8.DecodeRuneInString(rest[len(h.Head):]); text.IsWordRune(r) {
				continue
			}
		}
		return h, true
	}
	return gazetteer.VenueHead{}, false
}

// venueIn reads a venue phrase of one sentence: a head word of
// data/venues.tsv written as a name, with its name on the side the table
// gives ("Maximos Mansion", "Schloss Meseberg"; a head of several words,
// "State House", "the White House", stands alone), where the sentence puts
// the meeting ("at", "in": the place-locative pattern).
func (x *Extractor) venueIn(doc *document, p *people, m *meetingDraft, st *sentence) (place, bool) {
	for i, w := range st.words {
		// "the presidential palace", "his official residence": a seat
		// named as a common noun
		common := i > 0 && x.lex.venueDeterminer[st.words[i-1].Fold] && !text.IsCap(w.Text)
		if !text.IsCap(w.Text) && !common {
			continue
		}
		h, ok := x.venueHeadCased(st.Text, w.Start, common)
		if !ok {
			continue
		}
		start, end := w.Start, w.Start+len(h.Head)
		nameStart, nameEnd := start, start
		if h.Before {
			// "Schloss Meseberg", "Palace of the Nation"
			nameStart = end
			nameEnd = capitalRunEnd(st, end)
			if nameEnd == nameStart {
				continue
			}
			end = nameEnd
		} else if h.City == "" {
			nameEnd = start
			nameStart = capitalRunStart(st, i)
			if nameStart == start && !strings.Contains(h.Head, " ") {
				continue // "the Palace" alone names nothing
			}
			start = nameStart
		}
		locStart := start
		if common {
			locStart = st.words[i-1].Start // "at his official residence"
		}
		if !x.lex.placeLocative.MatchString(st.Text[max(0, locStart-24):locStart]) && !x.lex.welcomeTo.MatchString(st.Text[max(0, locStart-120):locStart]) {
			continue // "according to the Foreign Ministry" names no venue
		}
		if h.City != "" {
			// a venue of its own: "at the Élysée Palace", "at the White House"
			if c, ok := x.gz.City(h.City); ok {
				return place{city: c.Name, country: c.Country}, true
			}
		}
		name := strings.TrimSpace(st.Text[nameStart:nameEnd])
		// "X Palace, City", "State House City": a city right after the venue
		for _, g := range st.gaz {
			if gap := strings.TrimSpace(st.Text[end:max(end, g.Start)]); g.Kind == gazetteer.MatchCity && g.City != nil && g.Start > end && (gap == "," || gap == "" && g.Start == end+1) {
				return cityPlace(g.City, g.Text), true
			}
		}
		// a town too small for the cities table, in the same place: the
		// venue's name makes it a locative ("at State House Town")
		if at := end + 1; at < len(st.Text) && (st.Text[end] == ' ' || st.Text[end] == ',' && at+1 < len(st.Text) && st.Text[at] == ' ') {
			if st.Text[end] == ',' {
				at++
			}
			if g, ok := x.gz.PlaceAt(st.Text, at); ok && g.City != nil && (at+len(g.Text) == len(st.Text) || !isLetter(st.Text[at+len(g.Text)])) {
				return cityPlace(g.City, g.Text), true
			}
		}
		// "Schloss X", "Castle X" where X is a town
		if name != "" {
			if c, ok := x.gz.City(name); ok && doc.mentioned[c.Country] {
				return cityPlace(c, name), true
			}
			if g, ok := x.gz.PlaceAt(name, 0); ok && g.End == len(name) && g.City != nil && doc.mentioned[g.City.Country] {
				return cityPlace(g.City, name), true
			}
		}
		if pl, ok := x.namedForPlace(doc, p, m, st, h, name, start, end); ok {
			return pl, true
		}
		switch h.Kind {
		case "region":
			if c := x.hostCountry(doc, p, m, st, start); c != "" {
				return place{country: c}, true
			}
		case "seat", "palace", "guest-house":
			host := x.hostCountry(doc, p, m, st, start)
			if host == "" {
				continue
			}
			if pl, ok := x.capitalPlace(host); ok {
				return pl, true
			}
		}
	}
	return place{}, false
}

// capitalRunStart is the start of the run of capitalised words (joined by
// spaces, hyphens and the name connectors "of", "de", "al") that ends right
// before word i, or word i's start when none does.
func capitalRunStart(st *sentence, i int) int {
	start := st.words[i].Start
	for j := i - 1; j >= 0; j-- {
		w := st.words[j]
		gap := st.Text[w.End:st.words[j+1].Start]
		if gap != " " && gap != "-" || !text.IsCap(w.Text) {
			break
		}
		start = w.Start
	}
	return start
}

// capitalRunEnd is the end of the run of capitalised words starting after
// byte offset at (one space after it), or at when none does.
func capitalRunEnd(st *sentence, at int) int {
	end := at
	for _, w := range st.words {
		if w.Start < at {
			continue
		}
		if gap := st.Text[end:w.Start]; (gap != " " && gap != "-") || !text.IsCap(w.Text) {
			break
		}
		end = w.End
	}
	return end
}

// hostCountry is the country whose seat, palace or region a venue phrase
// names: a country or demonym right before it ("the Zambian State House",
// "Kenya's State House"), else the country of the one who received or
// hosted the guest (a host verb's subject, or its agent after "by"), else
// the country of the dateline.
func (x *Extractor) hostCountry(doc *document, p *people, m *meetingDraft, st *sentence, at int) string {
	for _, g := range st.gaz {
		if g.Country == nil || g.Country.Kind != gazetteer.KindCountry || g.Kind != gazetteer.MatchCountry && g.Kind != gazetteer.MatchDemonym {
			continue
		}
		if g.Start == at {
			return g.Country.Name // "the Zambian State House"
		}
		if g.End > at || at-g.End > 3 {
			continue
		}
		if gap := st.Text[g.End:at]; gap == " " || gap == "'s " || gap == "’s " {
			return g.Country.Name // "Kenya's State House"
		}
	}
	countryOf := func(name string) string {
		if cl := p.byName[name]; cl != nil {
			return p.country[cl]
		}
		return ""
	}
	// the country of a participant no title gives: the state the document
	// names most that is none of the other participants'
	guess := func(who string) string {
		others := map[string]bool{}
		for _, o := range m.people {
			if o != who {
				if c := countryOf(o); c != "" {
					others[c] = true
				} else {
					return "" // two unknowns: no telling
				}
			}
		}
		// the dateline's country, where it is no other participant's: the
		// release is filed from the host's capital ("CITY, May 2 – President
		// X received ... at the presidential office")
		if c := x.datelineCity(doc); c != nil && !others[c.Country] {
			return c.Country
		}
		var tied []string // the states named most, of no other participant
		n := 0
		for c, k := range doc.named {
			if others[c] || k < n {
				continue
			}
			if gc, ok := x.gz.Country(c); ok && gc.Kind == gazetteer.KindCountry {
				if k > n {
					tied, n = tied[:0], k
				}
				tied = append(tied, c)
			}
		}
		if len(tied) == 1 {
			return tied[0]
		}
		return "" // a tie: no telling
	}
	hostOf := func(who string) string {
		if c := countryOf(who); c != "" {
			return c
		}
		return guess(who)
	}
	ms := p.mentions[st.idx]
	for i, w := range st.words {
		if !x.lex.hostVerb[w.Fold] {
			continue
		}
		if i+1 < len(st.words) && st.words[i+1].Fold == "by" {
			for _, mm := range ms {
				if mm.s > w.End && m.has[mm.name] {
					if c := hostOf(mm.name); c != "" {
						return c
					}
					break
				}
			}
			continue
		}
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].e <= w.Start && m.has[ms[k].name] {
				if c := hostOf(ms[k].name); c != "" {
					return c
				}
				break
			}
		}
	}
	// "Prime Minister X met the Prime Minister of Romania Y at the
	// Mansion": the one no title places is the host, at home
	var unknown []string
	for _, who := range m.people {
		if countryOf(who) == "" {
			unknown = append(unknown, who)
		}
	}
	travels := false // "X was invited to meet Y", "during his visit": X is the guest
	for _, s := range m.sents {
		travels = travels || x.lex.travel.MatchString(s.Text)
	}
	if len(unknown) == 1 && len(m.people) >= 2 && !travels {
		if c := guess(unknown[0]); c != "" {
			return c
		}
	}
	if c := x.datelineCity(doc); c != nil {
		return c.Country
	}
	// "COUNTRY, May 3 - ": a government's release syndicated by a feed
	if c, ok := x.gz.Country(strings.Trim(doc.seg.Dateline, " ,.")); ok && c.Kind == gazetteer.KindCountry {
		return c.Name
	}
	return ""
}

// namedForPlace reads a venue named for the place it stands in, too small
// for the tables: a country house or castle whose head says so ("Schloss
// X", "Château de X": kind estate in data/venues.tsv), or a palace, castle
// or residence placed near a city ("X Palace near City", "X Castle outside
// City": the venue-near pattern after it), which is then not in that city
// but at X. The place is X, in the country of the city it is near, else
// of the host.
func (x *Extractor) namedForPlace(doc *document, p *people, m *meetingDraft, st *sentence, h gazetteer.VenueHead, name string, start, end int) (place, bool) {
	if name == "" || h.City != "" || strings.Count(name, " ") > 1 {
		return place{}, false
	}
	if _, ok := x.gz.Country(name); ok {
		return place{}, false // "Schloss Austria" names no village
	}
	if ms := p.mentions[st.idx]; inMention(ms, start) || inMention(ms, max(start, end-1)) {
		return place{}, false // a person's name
	}
	country := ""
	for _, g := range st.gaz {
		if g.Kind == gazetteer.MatchCity && g.City != nil && g.Start >= end && x.lex.venueNear.MatchString(st.Text[end:g.Start]) {
			country = g.City.Country
			break
		}
	}
	switch {
	case country != "" && (h.Kind == "palace" || h.Kind == "residence" || h.Kind == "estate"):
	case h.Kind == "estate":
		if country = x.appositiveCountry(st, end); country == "" {
			country = x.hostCountry(doc, p, m, st, start)
		}
	default:
		return place{}, false
	}
	return place{city: name, country: country}, true
}

// appositiveCountry is the country an appositive right after a venue names
// ("Schloss X, the guest house of the German government,", "X, the Thai
// king's residence"): the first country or demonym before its closing
// comma, or "".
func (x *Extractor) appositiveCountry(st *sentence, end int) string {
	rest := st.Text[end:]
	if !strings.HasPrefix(rest, ", ") {
		return ""
	}
	stop := len(rest)
	if i := strings.IndexAny(rest[2:], ",;.("); i >= 0 {
		stop = i + 2
	}
	for _, g := range st.gaz {
		if g.Start < end || g.End > end+stop {
			continue
		}
		if g.Country != nil && g.Country.Kind == gazetteer.KindCountry && (g.Kind == gazetteer.MatchCountry || g.Kind == gazetteer.MatchDemonym) {
			return g.Country.Name
		}
	}
	return ""
}

// isLetter: byte b is an ASCII letter (a word goes on past a match).
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
