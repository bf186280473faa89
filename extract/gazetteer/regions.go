package gazetteer

import (
	"errors"
	"fmt"
	"io/fs"
)

// Region is a first-level region of a country (a state, province or
// republic) whose governor, chief minister or premier receives foreign
// guests at its seat (data/regions.tsv).
type Region struct {
	Name    string // as written in the table ("Tamil Nadu", "Lagos State")
	Country string // as in countries.tsv
	Seat    *City  // the seat of the region's government, a city or a small place
}

// loadRegions reads regions.tsv; a table without it has no regions. Each
// seat must be a city or a small place of the region's country.
func (g *Gazetteer) loadRegions(fsys fs.FS) error {
	if _, err := fs.Stat(fsys, "regions.tsv"); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	g.regions = map[string]Region{}
	return readTable(fsys, "regions.tsv", 3, func(_ int, f []string) error {
		seat := g.seatOf(f[2], f[1])
		if seat == nil {
			return fmt.Errorf("the seat %q of %q is no city or place of %s", f[2], f[0], f[1])
		}
		g.regions[key(f[0])] = Region{Name: f[0], Country: f[1], Seat: seat}
		return nil
	})
}

// seatOf finds a city, else a small place, of the country by name.
func (g *Gazetteer) seatOf(name, country string) *City {
	for _, c := range g.citiesByKey[key(name)] {
		if c.Country == country {
			return c
		}
	}
	if c, ok := g.City(name); ok && c.Country == country {
		return c
	}
	for _, c := range g.Places(name) {
		if c.Country == country {
			return c
		}
	}
	return nil
}

// Region finds a region of regions.tsv by name, ignoring case and
// diacritics.
func (g *Gazetteer) Region(name string) (Region, bool) {
	r, ok := g.regions[key(name)]
	return r, ok
}
