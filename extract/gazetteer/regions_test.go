package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestRegions(t *testing.T) {
	g := testGazetteer(t)
	for _, tt := range []struct{ name, country, seat string }{
		{"Tamil Nadu", "India", "Chennai"},
		{"lagos state", "Nigeria", "Ikeja"},
		{"QUEENSLAND", "Australia", "Brisbane"},
		{"Baden-Wurttemberg", "Germany", "Stuttgart"},
	} {
		r, ok := g.Region(tt.name)
		if !ok || r.Country != tt.country || r.Seat == nil || r.Seat.Name != tt.seat {
			t.Errorf("Region(%q) = %+v, %v; want %s, seat %s", tt.name, r, ok, tt.country, tt.seat)
		}
	}
	if _, ok := g.Region("Lagos"); ok {
		t.Errorf("Lagos is a city, no region of the table")
	}
	// a seat that is no place of the region's country fails the load
	bad := &Gazetteer{citiesByKey: map[string][]*City{}, cityAlias: map[string]cityRef{}}
	err := bad.loadRegions(fstest.MapFS{"regions.tsv": {Data: []byte("Nowhere Province\tChile\tNoplace\n")}})
	if err == nil || !strings.Contains(err.Error(), "Noplace") {
		t.Errorf("bad seat: error %v, want one naming the seat", err)
	}
}
