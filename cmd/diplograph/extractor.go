package main

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

// extractor is the part of the extraction stage the commands use. It is an
// interface so the pipeline can be tested with canned facts.
type extractor interface {
	Extract(ctx context.Context, doc fact.Document) (fact.Report, error)
	// Merge resolves short names across documents, given the people
	// already in the store.
	Merge(known []string, reports []fact.Report) []fact.Facts
}

// newExtractor loads the gazetteer and returns the extraction stage.
func newExtractor() (extractor, error) {
	gz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the gazetteer: %w", err)
	}
	return realExtractor{extract.New(gz)}, nil
}

type realExtractor struct{ *extract.Extractor }

func (realExtractor) Merge(known []string, reports []fact.Report) []fact.Facts {
	return extract.Merge(known, reports)
}
