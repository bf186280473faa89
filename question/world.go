package question

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"strings"

	"github.com/diplograph/diplograph/data"
)

// Load makes the parser of a graph the way every reader of questions
// (ask, the HTTP API) makes it, so that they read questions alike: the
// vocabulary of data/questions, the entities src holds, and what the
// world tables of package data know of them (WithWorldNames).
func Load(ctx context.Context, src Source) (*Parser, error) {
	v, err := LoadVocabulary()
	if err != nil {
		return nil, err
	}
	es, err := src.Entities(ctx)
	if err != nil {
		return nil, err
	}
	if es, err = WithWorldNames(es, data.FS); err != nil {
		return nil, err
	}
	return NewParser(v, NewIndex(es)), nil
}

// WithWorldNames adds what the world tables in fsys (countries.tsv,
// orgs.tsv, offices.tsv, ministries.tsv) know to the graph's entities:
// a country's other names and demonyms ("Norwegian", "Chilean"), which
// of them are unions or organisations, and the other titles of a role
// ("Premier" for Prime Minister, "Foreign Minister" for Minister of Foreign
// Affairs), so that questions may use them.
func WithWorldNames(es []Entity, fsys fs.FS) ([]Entity, error) {
	titles, err := roleTitles(fsys)
	if err != nil {
		return nil, err
	}
	world, err := worldCountries(fsys)
	if err != nil {
		return nil, err
	}
	out := make([]Entity, len(es))
	for i, e := range es {
		switch e.Kind {
		case Country:
			if c, ok := world[strings.ToLower(e.Name)]; ok {
				e.Aliases = append(append([]string{}, e.Aliases...), c.names...)
				if c.org {
					e.Kind = Organisation
				}
			}
		case Role:
			e.Aliases = append(append([]string{}, e.Aliases...), titles[strings.ToLower(e.Name)]...)
		}
		out[i] = e
	}
	return out, nil
}

// worldCountry is what the world tables say of a country or body: its
// other names and demonyms, and whether it is a union or organisation.
type worldCountry struct {
	names []string
	org   bool
}

// worldCountries reads countries.tsv (name, iso2, iso3, aliases, demonyms,
// capital) and orgs.tsv (name, aliases, kind, adjectives), by lower-case
// name. Combining forms ("Sino-") are left out: they name nothing alone.
func worldCountries(fsys fs.FS) (map[string]worldCountry, error) {
	out := map[string]worldCountry{}
	add := func(name string, org bool, lists ...string) {
		var names []string
		for _, l := range lists {
			for _, n := range strings.Split(l, "|") {
				if n = strings.TrimSpace(n); n != "" && !strings.HasSuffix(n, "-") {
					names = append(names, n)
				}
			}
		}
		out[strings.ToLower(name)] = worldCountry{names: names, org: org}
	}
	err := eachRow(fsys, "countries.tsv", func(f []string) {
		if len(f) >= 5 {
			add(f[0], false, f[3], f[4])
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(fsys, "orgs.tsv", func(f []string) {
		if len(f) >= 3 {
			adj := ""
			if len(f) >= 4 {
				adj = f[3]
			}
			add(f[0], true, f[1], adj)
		}
	})
	return out, err
}

// roleTitles maps a normal role (lower case) to the titles that stand for
// it: offices.tsv's titles, and for "Minister of F" the forms of its field
// in ministries.tsv ("Foreign Minister", "Minister for Foreign Affairs").
func roleTitles(fsys fs.FS) (map[string][]string, error) {
	out := map[string][]string{}
	add := func(role, title string) {
		k := strings.ToLower(role)
		if !strings.EqualFold(role, title) {
			out[k] = append(out[k], title)
		}
	}
	err := eachRow(fsys, "offices.tsv", func(f []string) {
		if len(f) >= 2 {
			add(f[1], f[0])
		}
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(fsys, "ministries.tsv", func(f []string) {
		if len(f) < 2 {
			return
		}
		role := "Minister of " + f[0]
		for _, form := range strings.Split(f[1], "|") {
			if form = strings.TrimSpace(form); form != "" {
				add(role, form+" Minister")
				add(role, "Minister of "+form)
				add(role, "Minister for "+form)
			}
		}
	})
	return out, err
}

func eachRow(fsys fs.FS, name string, row func([]string)) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		p := strings.Split(l, "\t")
		for i := range p {
			p[i] = strings.TrimSpace(p[i])
		}
		row(p)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}
