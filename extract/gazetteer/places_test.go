package gazetteer

import (
	"strings"

	"github.com/diplograph/diplograph/data"
	"testing"
	"testing/fstest"
)

// TestPlaceKeysAgreeWithGenerator checks every row of places.tsv: the key
// the generator wrote is the key a lookup computes, the rows are sorted,
// and no small place bears the name of a city (Scan finds those).
func TestPlaceKeysAgreeWithGenerator(t *testing.T) {
	g := testGazetteer(t)
	// Load indexes the embedded table without checking it; this does.
	if _, err := indexPlaces(data.Places(), true); err != nil {
		t.Fatalf("the embedded places table: %v", err)
	}
	if n := len(g.places.rows); n < 100000 {
		t.Fatalf("%d small places, want >= 100000", n)
	}
	bad := 0
	for i := range g.places.rows {
		c, err := g.places.city(i)
		if err != nil {
			t.Fatal(err)
		}
		if k := string(g.places.key(i)); k != placeKey(c.Name) {
			if bad++; bad <= 10 {
				t.Errorf("row %d: key %q, but placeKey(%q) = %q", i, k, c.Name, placeKey(c.Name))
			}
		}
		if _, ok := g.City(c.Name); ok && bad < 10 {
			bad++
			t.Errorf("row %d: %s is also a city", i, c.Name)
		}
	}
}

func TestPlaceAt(t *testing.T) {
	g := testGazetteer(t)
	tests := []struct {
		text, after   string // PlaceAt is called just after `after`
		want, country string // "" when no place is expected
	}{
		{"The leaders met in Davos on Tuesday.", "met in ", "Davos", "Switzerland"},
		{"Talks were held in Sharm el-Sheikh, Egypt's resort.", "held in ", "Sharm el-Sheikh", "Egypt"},
		{"The summit opened in Nusa Dua on the island.", "opened in ", "Nusa Dua", "Indonesia"},
		{"RANCHO MIRAGE, Feb. 15 - The two presidents spoke.", "", "RANCHO MIRAGE", "United States"},
		{"The forum took place in Zavidovo, outside the capital.", "place in ", "Zavidovo", "Russia"},
		{"The bill passed in Parliament on Monday.", "passed in ", "", ""},
		{"They met in May in the capital.", "met in ", "", ""},
		{"the talks in davos ended", "talks in ", "", ""},
	}
	for _, tt := range tests {
		at := strings.Index(tt.text, tt.after) + len(tt.after)
		m, ok := g.PlaceAt(tt.text, at)
		if tt.want == "" {
			if ok {
				t.Errorf("PlaceAt(%q) = %q (%s), want no place", tt.text[at:], m.Text, m.City.Country)
			}
			continue
		}
		if !ok {
			t.Errorf("PlaceAt(%q): no place, want %s", tt.text[at:], tt.want)
			continue
		}
		if m.Text != tt.want || m.Kind != MatchPlace || m.City == nil || !m.City.Small || m.City.Country != tt.country ||
			m.Country == nil || m.Country.Name != tt.country {
			t.Errorf("PlaceAt(%q) = %+v (city %+v), want %s in %s", tt.text[at:], m, m.City, tt.want, tt.country)
		}
	}
}

// TestScanNeverReturnsSmallPlaces guards the extractor's outputs: a small
// place is a venue only where a rule asks PlaceAt.
func TestScanNeverReturnsSmallPlaces(t *testing.T) {
	g := testGazetteer(t)
	text := "The leaders met in Davos and then in Nusa Dua; Zavidovo hosted the next round."
	for _, m := range g.Scan(text) {
		if m.Kind == MatchPlace || (m.City != nil && m.City.Small) {
			t.Errorf("Scan returned the small place %q", m.Text)
		}
	}
	if ps := g.Places("Zavidovo"); len(ps) == 0 || ps[0].Country != "Russia" {
		t.Errorf("Places(Zavidovo) = %+v, want a place in Russia", ps)
	}
	if ps := g.Places("No Such Place Anywhere"); len(ps) != 0 {
		t.Errorf("Places of a made-up name = %+v", ps)
	}
}

// TestCityNames checks the English names, the aliases column and the
// soft-sign spellings of cities.
func TestCityNames(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct{ name, city, country string }{
		{"Geneva", "Geneva", "Switzerland"},
		{"Genève", "Geneva", "Switzerland"},
		{"Nürnberg", "Nuremberg", "Germany"},
		{"Frankfurt am Main", "Frankfurt", "Germany"},
		{"Antwerpen", "Antwerp", "Belgium"},
		{"Gifu", "Gifu-shi", "Japan"},
		{"Tolyatti", "Tol’yatti", "Russia"},
		{"Nalchik", "Nal’chik", "Russia"},
		{"Tshwane", "Pretoria", "South Africa"},
	} {
		c, ok := g.City(tt.name)
		if !ok || c.Name != tt.city || c.Country != tt.country {
			t.Errorf("City(%q) = %+v, want %s, %s", tt.name, c, tt.city, tt.country)
		}
	}
	for _, text := range []string{"The ministers met in Nürnberg on Friday.", "Talks in Tolyatti ended.", "He flew to Gothenburg."} {
		found := false
		for _, m := range g.Scan(text) {
			if m.Kind == MatchCity {
				found = true
			}
		}
		if !found {
			t.Errorf("Scan(%q) finds no city", text)
		}
	}
}

func TestLoadPlacesErrors(t *testing.T) {
	for _, tt := range []struct{ name, table, want string }{
		{"unsorted", "# comment\nbeta\tBeta\tChile\t10\tPPL\t1\nalpha\tAlpha\tChile\t10\tPPL\t2\n", "places.tsv:3: key \"alpha\" sorts before"},
		{"short row", "alpha\tAlpha\tChile\n", "places.tsv:1: want 6 tab-separated fields"},
	} {
		_, err := loadPlaces(fstest.MapFS{"places.tsv": {Data: []byte(tt.table)}})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	pt, err := loadPlaces(fstest.MapFS{})
	if err != nil || len(pt.rows) != 0 {
		t.Errorf("no places.tsv: %v, %d rows; want none and no error", err, len(pt.rows))
	}
	pt, err = loadPlaces(fstest.MapFS{"places.tsv": {Data: []byte("alpha\tAlpha\tChile\t10\tPPL\t2\nalpha\tAlpha\tPeru\t5\tPPL\t3\nbeta\tBeta\tChile\t10\tPPL\t1")}})
	if err != nil {
		t.Fatal(err)
	}
	if cs := pt.lookup("alpha"); len(cs) != 2 || cs[0].Country != "Chile" || cs[1].Country != "Peru" {
		t.Errorf("lookup(alpha) = %+v, want Chile then Peru", cs)
	}
	if cs := pt.lookup("beta"); len(cs) != 1 || cs[0].GeoNameID != 1 {
		t.Errorf("lookup(beta) on a last row without a newline = %+v", cs)
	}
}

func TestVenueHeads(t *testing.T) {
	g := testGazetteer(t)
	heads := g.VenueHeads()
	if len(heads) < 40 {
		t.Fatalf("%d venue heads, want >= 40", len(heads))
	}
	for i := 1; i < len(heads); i++ {
		if len(heads[i].Head) > len(heads[i-1].Head) {
			t.Fatalf("venue heads not longest first: %q after %q", heads[i].Head, heads[i-1].Head)
		}
	}
	for _, tt := range []struct {
		head, kind string
		before     bool
	}{
		{"state guest house", "guest-house", false},
		{"Schloss", "estate", true},
		{"CHATEAU", "estate", true},
		{"Château de", "estate", true},
		{"Oblast", "region", false},
	} {
		v, ok := g.VenueHead(tt.head)
		if !ok || v.Kind != tt.kind || v.Before != tt.before {
			t.Errorf("VenueHead(%q) = %+v, %v; want kind %s, before %v", tt.head, v, ok, tt.kind, tt.before)
		}
	}
	if _, ok := g.VenueHead("Minister"); ok {
		t.Errorf("Minister is no venue head")
	}
	_, err := loadVenues(fstest.MapFS{"venues.tsv": {Data: []byte("Palace\tinside\tpalace\n")}})
	if err == nil || !strings.Contains(err.Error(), "venues.tsv:1") {
		t.Errorf("bad where: error %v, want one naming venues.tsv:1", err)
	}
}
