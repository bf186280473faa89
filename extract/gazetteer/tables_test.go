package gazetteer

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestTables checks that the embedded tables parse and hold what the extractor relies on.
func TestTables(t *testing.T) {
	g := testGazetteer(t)
	var countries, bodies, capitals int
	iso2 := map[string]bool{}
	for _, c := range g.Countries() {
		if c.Kind != KindCountry {
			bodies++
			continue
		}
		countries++
		if len(c.ISO2) != 2 || len(c.ISO3) != 3 {
			t.Errorf("%s: bad ISO codes %q %q", c.Name, c.ISO2, c.ISO3)
		}
		if iso2[c.ISO2] {
			t.Errorf("%s: ISO code %s used twice", c.Name, c.ISO2)
		}
		iso2[c.ISO2] = true
		if c.Capital == "" {
			continue
		}
		capitals++
		city, ok := g.City(c.Capital)
		if !ok {
			t.Errorf("%s: capital %q is not in cities.tsv", c.Name, c.Capital)
			continue
		}
		if city.Country != c.Name {
			// A capital whose name a bigger foreign city shares must still be listed.
			found := false
			for _, x := range g.Cities() {
				if x.Country == c.Name && Fold(x.Name) == Fold(c.Capital) && x.Capital {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: capital %q not found as a capital of %s", c.Name, c.Capital, c.Name)
			}
		}
	}
	if countries < 240 || capitals < 230 {
		t.Errorf("%d countries with %d capitals, want >= 240 and >= 230", countries, capitals)
	}
	if bodies < 40 {
		t.Errorf("%d organisations and forums, want >= 40", bodies)
	}
	if n := len(g.Cities()); n < 4000 {
		t.Errorf("%d cities, want >= 4000", n)
	}
	names := map[string]bool{}
	for _, c := range g.Countries() {
		names[c.Name] = true
	}
	for _, c := range g.Cities() {
		if !names[c.Country] {
			t.Errorf("city %s names unknown country %q", c.Name, c.Country)
			break
		}
	}
}

func TestLoadFSErrors(t *testing.T) {
	good := fstest.MapFS{
		"countries.tsv":      {Data: []byte("Freedonia\tFD\tFRD\tRepublic of Freedonia\tFreedonian\tFredville\n")},
		"orgs.tsv":           {Data: []byte("League of Nowhere\tLoN\torganisation\t\n")},
		"cities.tsv":         {Data: []byte("Fredville\tFreedonia\t120000\t1\t1\n")},
		"city-aliases.tsv":   {Data: []byte("Old Fredville\tFredville\tFreedonia\n")},
		"city-stopwords.tsv": {Data: []byte("# none\n")},
		"offices.tsv":        {Data: []byte("Grand Vizier\tPrime Minister\n")},
		"ministries.tsv":     {Data: []byte("Cheese\tCheese|Dairy\n")},
		"not-places.tsv":     {Data: []byte("Fredville Lake\tlake\n")},
		"institutions.tsv":   {Data: []byte("Grand Palace\tthe Palace\tFreedonia\nFreedonia Wire\t\t\n")},
	}
	g, err := LoadFS(good)
	if err != nil {
		t.Fatalf("LoadFS(good): %v", err)
	}
	if r, ok := g.Office("Dairy Minister"); !ok || r != "Minister of Cheese" {
		t.Errorf("Office(Dairy Minister) = %q, %v", r, ok)
	}
	if c, ok := g.City("old fredville"); !ok || c.Name != "Fredville" {
		t.Errorf("City(old fredville) = %v, %v", c, ok)
	}
	if ms := g.Scan("By Fredville Lake, not in Fredville."); len(ms) != 1 || ms[0].Text != "Fredville" || ms[0].Start != 26 {
		t.Errorf("Scan skipping a not-place = %+v, want only the second Fredville", ms)
	}
	// an institution quoted like a person speaks for its country; an agency for none
	if ms := g.Scan("the Grand Palace said, Freedonia Wire reported"); len(ms) != 2 ||
		ms[0].Kind != MatchInstitution || ms[0].Country == nil || ms[0].Country.Name != "Freedonia" ||
		ms[1].Kind != MatchInstitution || ms[1].Country != nil {
		t.Errorf("Scan of institutions = %+v", ms)
	}

	tests := []struct {
		name, file, data, wantErr string
	}{
		{"short row", "countries.tsv", "Freedonia\tFD\n", "countries.tsv:1"},
		{"bad population", "cities.tsv", "Fredville\tFreedonia\tmany\t1\t1\n", "population"},
		{"bad org kind", "orgs.tsv", "League\tL\tclub\t\n", "unknown kind"},
		{"alias to unknown city", "city-aliases.tsv", "Foo\tBar\tFreedonia\n", "not in cities.tsv"},
		{"bad stop mode", "city-stopwords.tsv", "Fredville\tsometimes\n", "unknown stop mode"},
		{"missing file", "offices.tsv", "", "opening offices.tsv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for k, v := range good {
				fsys[k] = v
			}
			if tt.data == "" {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			_, err := LoadFS(fsys)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("LoadFS error = %v, want one mentioning %q", err, tt.wantErr)
			}
		})
	}
}
