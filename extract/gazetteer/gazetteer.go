// Package gazetteer knows the names of countries, supranational bodies, cities and office
// titles, loaded from the tables in package data, and finds their mentions in text.
package gazetteer

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/data"
)

// Kinds of Country entries.
const (
	KindCountry      = "country"
	KindUnion        = "union"
	KindOrganisation = "organisation"
	KindForum        = "forum"
)

// Country is a country or a body that acts like one in diplomatic text (a union,
// organisation or forum). Bodies have no ISO codes and no capital; their adjectives
// ("European") are kept as Demonyms.
type Country struct {
	Name, ISO2, ISO3, Capital string
	Aliases, Demonyms         []string
	Kind                      string
}

// City is a populated place from GeoNames: a city of cities.tsv, or with
// Small set a smaller place of places.tsv, which the extractor reads only in
// a locative context ("in X", "X hosted", a dateline).
type City struct {
	Name, Country string
	Population    int
	Capital       bool
	GeoNameID     int
	Aliases       []string // other names of the city (cities.tsv's aliases column)
	Feature       string   // GeoNames feature code of a small place ("PPL", "PPLA2"...)
	Small         bool
}

// MatchKind says what a mention refers to.
type MatchKind int

// Kinds of mentions.
const (
	matchNone        MatchKind = iota // a phrase Scan recognises only to skip it (data/not-places.tsv)
	MatchCountry                      // a country's name or alias ("Viet Nam")
	MatchDemonym                      // an adjective or demonym ("Kyrgyzstani", "Sino-")
	MatchCity                         // a city
	MatchOrg                          // a union, organisation or forum by name or abbreviation
	MatchOffice                       // an office title
	MatchInstitution                  // a seat of government or a news agency quoted like a person ("the Kremlin")
	MatchPlace                        // a small place (data/places.tsv); only PlaceAt returns it, never Scan
)

func (k MatchKind) String() string {
	switch k {
	case MatchCountry:
		return "Country"
	case MatchDemonym:
		return "Demonym"
	case MatchCity:
		return "City"
	case MatchOrg:
		return "Org"
	case MatchOffice:
		return "Office"
	case MatchInstitution:
		return "Institution"
	case MatchPlace:
		return "Place"
	}
	return "MatchKind(" + strconv.Itoa(int(k)) + ")"
}

// Match is one mention found by Scan. Start and End are byte offsets into the scanned text
// and Text is text[Start:End]. Country is set for country, demonym and organisation mentions
// and, for a city, to the city's country; City for cities; Office holds the normal role.
type Match struct {
	Start, End int
	Text       string
	Kind       MatchKind
	Country    *Country
	City       *City
	Office     string
}

// Gazetteer holds the loaded tables. It is never modified after Load and is safe for
// concurrent use.
type Gazetteer struct {
	countries []*Country
	cities    []*City

	countryByKey map[string]*Country
	citiesByKey  map[string][]*City // largest population first
	cityAlias    map[string]cityRef
	officeByKey  map[string]string
	// portfolioWord: the folded words of the ministerial portfolios of
	// ministries.tsv ("immigration", "security"), which tell a list of
	// portfolios from a list of names
	portfolioWord map[string]bool

	phrases map[string][]*phrase // by folded first token, longest first
	// the same phrases split for first tokens that start hundreds ("vice",
	// "deputy", "minister"): those of several tokens by their first two,
	// and those of one (each list in the order of phrases)
	byTwo  map[[2]string][]*phrase
	single map[string][]*phrase

	places placeTable  // data/places.tsv, searched in place
	venues []VenueHead // data/venues.tsv, longest first

	// monarch: the monarch's title of each state a monarch heads
	// (data/monarchies.tsv), by country name: such a state has no President
	monarch map[string]string
	// regions: data/regions.tsv by folded name
	regions map[string]Region
}

type cityRef struct{ canonical, country string }

// Load builds a gazetteer from the tables embedded in package data.
func Load() (*Gazetteer, error) {
	return load(data.FS, func() (placeTable, error) { return indexPlaces(data.Places(), false) })
}

// LoadFS builds a gazetteer from tables in fsys laid out as in package data; tests use it
// with small hand-made tables.
func LoadFS(fsys fs.FS) (*Gazetteer, error) {
	return load(fsys, func() (placeTable, error) { return loadPlaces(fsys) })
}

// load reads the tables of fsys; places reads places.tsv, which Load
// searches where it is embedded rather than reading it out of fsys.
func load(fsys fs.FS, places func() (placeTable, error)) (*Gazetteer, error) {
	g := &Gazetteer{
		countryByKey: map[string]*Country{},
		citiesByKey:  map[string][]*City{},
		cityAlias:    map[string]cityRef{},
		officeByKey:  map[string]string{},

		portfolioWord: map[string]bool{},
	}
	b := newIndexBuilder()

	if err := g.loadCountries(fsys, b); err != nil {
		return nil, err
	}
	if err := g.loadOrgs(fsys, b); err != nil {
		return nil, err
	}
	if err := g.loadInstitutions(fsys, b); err != nil {
		return nil, err
	}
	var err error
	if g.places, err = places(); err != nil {
		return nil, err
	}
	if err := g.loadCities(fsys, b); err != nil {
		return nil, err
	}
	if err := g.loadOffices(fsys, b); err != nil {
		return nil, err
	}
	err = readTable(fsys, "not-places.tsv", 1, func(_ int, f []string) error {
		b.add(f[0], &phrase{kind: matchNone}, prioBlock)
		return nil
	})
	if err != nil {
		return nil, err
	}
	g.phrases = b.build()
	g.byTwo, g.single = splitPhrases(g.phrases)
	if g.venues, err = loadVenues(fsys); err != nil {
		return nil, err
	}
	for _, v := range g.venues {
		if _, ok := g.City(v.City); v.City != "" && !ok {
			return nil, fmt.Errorf("venues.tsv: the city %q of %q is not in cities.tsv", v.City, v.Head)
		}
	}
	if g.monarch, err = g.loadMonarchies(fsys); err != nil {
		return nil, err
	}
	if err := g.loadRegions(fsys); err != nil {
		return nil, err
	}
	return g, nil
}

// Countries returns every country and body, in table order.
func (g *Gazetteer) Countries() []*Country {
	return append([]*Country(nil), g.countries...)
}

// Cities returns every city, in table order.
func (g *Gazetteer) Cities() []*City {
	return append([]*City(nil), g.cities...)
}

// Country finds a country or body by name, alias, demonym, abbreviation or ISO code, ignoring
// case, diacritics and a leading "the".
func (g *Gazetteer) Country(name string) (*Country, bool) {
	c, ok := g.countryByKey[trimThe(key(name))]
	return c, ok
}

// City finds a city by name or alias, ignoring case and diacritics. Among cities of the same
// name the most populous wins.
func (g *Gazetteer) City(name string) (*City, bool) {
	k := key(name)
	if ref, ok := g.cityAlias[k]; ok {
		for _, c := range g.citiesByKey[ref.canonical] {
			if c.Country == ref.country {
				return c, true
			}
		}
		k = ref.canonical
	}
	cs := g.citiesByKey[k]
	if len(cs) == 0 {
		return nil, false
	}
	return cs[0], true
}

// portfolioJoiner: the words that join the parts of a portfolio's name
// and tell nothing of its field.
var portfolioJoiner = map[string]bool{"and": true, "of": true, "the": true, "for": true, "&": true, ",": true}

// PortfolioWord reports whether w (any case) is a word of a ministerial
// portfolio's name ("Immigration", "Security", "Enterprises").
func (g *Gazetteer) PortfolioWord(w string) bool { return g.portfolioWord[key(w)] }

// Portfolio reports whether form names a ministerial portfolio of the
// tables ("Home Affairs", "Foreign"), as in "Minister of <form>".
func (g *Gazetteer) Portfolio(form string) bool {
	r, ok := g.officeByKey[key("Minister of "+form)]
	return ok && strings.HasPrefix(r, "Minister of ")
}

// Office returns the normal role for an office title ("Chairman of the Government" ->
// "Prime Minister"). A title qualified by a country or demonym ("Russian Deputy Prime
// Minister") yields the role of its office part.
func (g *Gazetteer) Office(title string) (string, bool) {
	if r, ok := g.officeByKey[trimThe(key(title))]; ok {
		return r, true
	}
	ms := g.Scan(title)
	if len(ms) == 0 {
		return "", false
	}
	last := ms[len(ms)-1]
	if last.Kind != MatchOffice || strings.TrimSpace(title[last.End:]) != "" {
		return "", false
	}
	for _, m := range ms[:len(ms)-1] {
		if m.Kind != MatchCountry && m.Kind != MatchDemonym && m.Kind != MatchOrg {
			return "", false
		}
	}
	return last.Office, true
}

// spellings are a city's name and the press's spelling of GeoNames'
// transliterated adjective endings: "-iy" and "-yy" are written "-y"
// ("Nizhniy Novgorod" -> "Nizhny Novgorod", "Groznyy" -> "Grozny").
//
// Transliterations from Russian and Ukrainian mark the soft sign with an
// apostrophe that the press leaves out ("Tol’yatti" -> "Tolyatti",
// "Homyel'" -> "Homyel"); both spellings are kept.
func spellings(name string) []string {
	var out []string
	for _, v := range writtenForms(name) {
		for _, sp := range softSpellings(v) {
			if !slices.Contains(out, sp) {
				out = append(out, sp)
			}
		}
	}
	return out
}

// writtenForms are the ways a city's name is written in running text:
// as the table has it, its hyphens as spaces ("Port-Vila", "Port Vila"),
// a name of three words or more with its inner small words joined by
// hyphens ("Dar es Salaam", "Dar-es-Salaam").
func writtenForms(name string) []string {
	forms := []string{name}
	if strings.Contains(name, "-") && !strings.Contains(name, " ") {
		forms = append(forms, strings.ReplaceAll(name, "-", " "))
	}
	if w := strings.Fields(name); len(w) >= 3 {
		inner := true
		for _, m := range w[1 : len(w)-1] {
			if m != strings.ToLower(m) || len(m) > 3 {
				inner = false
			}
		}
		if inner {
			forms = append(forms, strings.Join(w, "-"))
		}
	}
	return forms
}

func softSpellings(name string) []string {
	if soft := dropSoftSigns(name); soft != name {
		return append([]string{name}, softSpellings(soft)...)
	}
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		for _, end := range []string{"iy", "yy"} {
			if len(w) > 4 && strings.HasSuffix(w, end) {
				words[i] = strings.TrimSuffix(w, end) + "y"
				changed = true
				break
			}
		}
	}
	if !changed {
		return []string{name}
	}
	return []string{name, strings.Join(words, " ")}
}

// dropSoftSigns removes apostrophes that stand for a soft sign: inside a
// word or at its end, but not the English possessive "'s" ("Saint John's").
func dropSoftSigns(name string) string {
	if !strings.ContainsAny(name, "’ʼʹ'") {
		return name
	}
	rs := []rune(name)
	var b strings.Builder
	for i, r := range rs {
		if r == '’' || r == 'ʼ' || r == 'ʹ' || r == '\'' {
			prevLetter := i > 0 && unicode.IsLetter(rs[i-1])
			possessive := i+1 < len(rs) && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == len(rs) || !unicode.IsLetter(rs[i+2]))
			if prevLetter && !possessive {
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

func trimThe(k string) string {
	return strings.TrimPrefix(k, "the ")
}

// readTable calls row for every non-comment line of a TSV file, with fields trimmed, after
// checking that the line has at least min fields.
func readTable(fsys fs.FS, name string, min int, row func(line int, f []string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < min {
			return fmt.Errorf("%s:%d: want %d tab-separated fields, got %d", name, n, min, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := row(n, f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (g *Gazetteer) addCountryKey(k string, c *Country) {
	if k == "" {
		return
	}
	if _, taken := g.countryByKey[k]; !taken {
		g.countryByKey[k] = c
	}
}

func (g *Gazetteer) loadCountries(fsys fs.FS, b *indexBuilder) error {
	var loaded []*Country
	err := readTable(fsys, "countries.tsv", 6, func(_ int, f []string) error {
		c := &Country{Name: f[0], ISO2: f[1], ISO3: f[2], Aliases: splitList(f[3]), Demonyms: splitList(f[4]), Capital: f[5], Kind: KindCountry}
		if c.Name == "" {
			return fmt.Errorf("empty country name")
		}
		loaded = append(loaded, c)
		return nil
	})
	if err != nil {
		return err
	}
	for _, c := range loaded {
		g.addCountryKey(key(c.Name), c)
		b.add(c.Name, &phrase{kind: MatchCountry, country: c}, prioCountry)
		for _, a := range c.Aliases {
			g.addCountryKey(key(a), c)
			b.add(a, &phrase{kind: MatchCountry, country: c}, prioCountry)
		}
	}
	for _, c := range loaded {
		for _, d := range c.Demonyms {
			g.addCountryKey(key(d), c)
			g.addCountryKey(key(strings.TrimSuffix(d, "-")), c)
			b.add(d, &phrase{kind: MatchDemonym, country: c, combining: strings.HasSuffix(d, "-")}, prioDemonym)
		}
	}
	// Codes come last so that they never shadow a name ("IN" is India only when nothing else
	// claims it); Scan does not match them because two-letter codes are ordinary words.
	for _, c := range loaded {
		g.addCountryKey(key(c.ISO3), c)
		g.addCountryKey(key(c.ISO2), c)
	}
	g.countries = append(g.countries, loaded...)
	return nil
}

// loadMonarchies reads monarchies.tsv; a table without it knows of no
// monarchy.
func (g *Gazetteer) loadMonarchies(fsys fs.FS) (map[string]string, error) {
	out := map[string]string{}
	if _, err := fs.Stat(fsys, "monarchies.tsv"); errors.Is(err, fs.ErrNotExist) {
		return out, nil
	}
	err := readTable(fsys, "monarchies.tsv", 2, func(_ int, f []string) error {
		c, ok := g.countryByKey[key(f[0])]
		if !ok || c.Kind != KindCountry {
			return fmt.Errorf("unknown country %q", f[0])
		}
		out[c.Name] = f[1]
		return nil
	})
	return out, err
}

// Monarchy reports a state a monarch heads (data/monarchies.tsv): it has
// no President.
func (g *Gazetteer) Monarchy(country string) bool {
	_, ok := g.monarch[country]
	return ok
}

// loadInstitutions reads institutions.tsv. A match carries the country the
// institution speaks for, or none for a news agency.
func (g *Gazetteer) loadInstitutions(fsys fs.FS, b *indexBuilder) error {
	return readTable(fsys, "institutions.tsv", 1, func(line int, f []string) error {
		var country *Country
		if len(f) > 2 && f[2] != "" {
			c, ok := g.countryByKey[key(f[2])]
			if !ok {
				return fmt.Errorf("line %d: unknown country %q", line, f[2])
			}
			country = c
		}
		names := []string{f[0]}
		if len(f) > 1 {
			names = append(names, splitList(f[1])...)
		}
		for _, n := range names {
			b.add(strings.TrimPrefix(n, "the "), &phrase{kind: MatchInstitution, country: country}, prioOrg)
		}
		return nil
	})
}

func (g *Gazetteer) loadOrgs(fsys fs.FS, b *indexBuilder) error {
	return readTable(fsys, "orgs.tsv", 3, func(_ int, f []string) error {
		c := &Country{Name: f[0], Aliases: splitList(f[1]), Kind: f[2]}
		if len(f) > 3 {
			c.Demonyms = splitList(f[3])
		}
		switch c.Kind {
		case KindUnion, KindOrganisation, KindForum:
		default:
			return fmt.Errorf("unknown kind %q for %s", c.Kind, c.Name)
		}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			g.addCountryKey(key(n), c)
			b.add(n, &phrase{kind: MatchOrg, country: c}, prioOrg)
		}
		for _, d := range c.Demonyms {
			g.addCountryKey(key(d), c)
			b.add(d, &phrase{kind: MatchDemonym, country: c}, prioDemonym)
		}
		g.countries = append(g.countries, c)
		return nil
	})
}

func (g *Gazetteer) loadCities(fsys fs.FS, b *indexBuilder) error {
	stops := map[string]stopMode{}
	err := readTable(fsys, "city-stopwords.tsv", 2, func(_ int, f []string) error {
		m, ok := parseStopMode(f[1])
		if !ok {
			return fmt.Errorf("unknown stop mode %q", f[1])
		}
		stops[key(f[0])] = m
		return nil
	})
	if err != nil {
		return err
	}
	err = readTable(fsys, "cities.tsv", 5, func(_ int, f []string) error {
		pop, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("population %q: %w", f[2], err)
		}
		id, err := strconv.Atoi(f[4])
		if err != nil {
			return fmt.Errorf("geonames id %q: %w", f[4], err)
		}
		c := &City{Name: f[0], Country: f[1], Population: pop, Capital: f[3] == "1", GeoNameID: id}
		if len(f) > 5 {
			c.Aliases = splitList(f[5])
		}
		g.cities = append(g.cities, c)
		return nil
	})
	if err != nil {
		return err
	}
	byPop := append([]*City(nil), g.cities...)
	sort.SliceStable(byPop, func(i, j int) bool { return byPop[i].Population > byPop[j].Population })
	for _, c := range byPop {
		for _, name := range spellings(c.Name) {
			k := key(name)
			g.citiesByKey[k] = append(g.citiesByKey[k], c)
		}
	}
	for _, c := range byPop {
		for _, name := range spellings(c.Name) {
			k := key(name)
			if stops[k] == stopAlways {
				continue
			}
			b.add(name, &phrase{kind: MatchCity, city: c, country: g.countryByKey[key(c.Country)], stop: stops[k]}, prioCity)
		}
	}
	// "St. George's", "St John's": "Saint" abbreviated, where no other
	// city and no small place is written so
	for _, c := range byPop {
		rest, ok := strings.CutPrefix(c.Name, "Saint ")
		if !ok {
			continue
		}
		for _, name := range []string{"St. " + rest, "St " + rest} {
			k := key(name)
			if _, taken := g.citiesByKey[k]; taken || len(g.places.lookup(placeKey(name))) > 0 || stops[k] == stopAlways {
				continue
			}
			g.citiesByKey[k] = []*City{c}
			b.add(name, &phrase{kind: MatchCity, city: c, country: g.countryByKey[key(c.Country)], stop: stops[k]}, prioCity)
		}
	}
	err = readTable(fsys, "city-aliases.tsv", 3, func(_ int, f []string) error {
		ref := cityRef{canonical: key(f[1]), country: f[2]}
		var city *City
		for _, c := range g.citiesByKey[ref.canonical] {
			if c.Country == ref.country {
				city = c
				break
			}
		}
		if city == nil {
			return fmt.Errorf("alias %q names %q in %s, which is not in cities.tsv", f[0], f[1], f[2])
		}
		ak := key(f[0])
		if _, ok := g.cityAlias[ak]; !ok {
			g.cityAlias[ak] = ref
		}
		b.add(f[0], &phrase{kind: MatchCity, city: city, country: g.countryByKey[key(city.Country)], stop: stops[ak]}, prioCity)
		return nil
	})
	if err != nil {
		return err
	}
	// The aliases column comes after every city's own name and the hand-kept
	// aliases, so that it never takes a surface form from the city that bears it.
	for _, c := range byPop {
		for _, a := range c.Aliases {
			for _, name := range spellings(a) {
				k := key(name)
				if _, own := g.citiesByKey[k]; own || stops[k] == stopAlways {
					continue
				}
				if _, ok := g.cityAlias[k]; !ok {
					g.cityAlias[k] = cityRef{canonical: key(c.Name), country: c.Country}
				}
				b.add(name, &phrase{kind: MatchCity, city: c, country: g.countryByKey[key(c.Country)], stop: stops[k]}, prioCity)
			}
		}
	}
	return nil
}

func (g *Gazetteer) addOffice(title, role string, b *indexBuilder) {
	k := key(title)
	if _, ok := g.officeByKey[k]; !ok {
		g.officeByKey[k] = role
	}
	b.add(title, &phrase{kind: MatchOffice, office: role, anyCase: true}, prioOffice)
}

func (g *Gazetteer) loadOffices(fsys fs.FS, b *indexBuilder) error {
	err := readTable(fsys, "offices.tsv", 2, func(_ int, f []string) error {
		g.addOffice(f[0], f[1], b)
		return nil
	})
	if err != nil {
		return err
	}
	prefixes := []struct{ surface, role string }{
		{"", "Minister of "},
		{"Deputy ", "Deputy Minister of "},
		// "Vice Minister" stays: the reference scorer does not equate it
		// with "Deputy Minister" (the gold names the office as written)
		{"Vice ", "Vice Minister of "},
		{"Vice-", "Vice Minister of "},
		{"First Deputy ", "First Deputy Minister of "},
	}
	return readTable(fsys, "ministries.tsv", 2, func(_ int, f []string) error {
		field := f[0]
		for _, form := range splitList(f[1]) {
			for _, w := range strings.Fields(key(form)) {
				if !portfolioJoiner[w] {
					g.portfolioWord[w] = true
				}
			}
			for _, p := range prefixes {
				role := p.role + field
				g.addOffice(p.surface+form+" Minister", role, b)
				g.addOffice(p.surface+"Minister of "+form, role, b)
				g.addOffice(p.surface+"Minister for "+form, role, b)
				g.addOffice(p.surface+"Minister of the "+form, role, b)
			}
			// Deputy heads of government with a portfolio ("Deputy Prime Minister for X").
			g.addOffice("Deputy Prime Minister for "+form, "Deputy Prime Minister for "+field, b)
			g.addOffice("Vice Premier for "+form, "Deputy Prime Minister for "+field, b)
			// The civil servant who heads a ministry ("Secretary of the
			// Ministry of X", written "Secretary Ministry of X" in
			// South Asian releases).
			for _, sf := range []string{"Secretary of the Ministry of ", "Secretary Ministry of ", "Secretary of the Ministry for ", "Secretary Ministry for "} {
				g.addOffice(sf+form, "Secretary of the Ministry of "+field, b)
			}
		}
		return nil
	})
}
