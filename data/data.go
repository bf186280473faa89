// Package data holds what diplograph knows about the world (countries, cities, organisations,
// office titles) as TSV files, and the demo corpus. Sources, licences and regeneration are
// described in README.md beside this file.
package data

import (
	"embed"
	"fmt"
	"io/fs"
)

// FS holds the TSV tables: the world at its root (countries.tsv, cities.tsv, ...), the
// language under lexicon/ and patterns/. It is never written.
//
//go:embed *.tsv lexicon/*.tsv patterns/*.tsv
var FS embed.FS

//go:embed demo
var demo embed.FS

// Demo returns the demo corpus, rooted at the corpus directory.
func Demo() (fs.FS, error) {
	sub, err := fs.Sub(demo, "demo")
	if err != nil {
		return nil, fmt.Errorf("opening embedded demo corpus: %w", err)
	}
	return sub, nil
}

// places is places.tsv once more, as a string: the gazetteer searches the
// table where it lies instead of copying five megabytes out of FS at every
// start. The linker stores the file once.
//
//go:embed places.tsv
var places string

// Places returns places.tsv as embedded (the same bytes as in FS).
func Places() string { return places }
