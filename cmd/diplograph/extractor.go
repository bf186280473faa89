package main

import (
	"context"
	"fmt"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
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

// newExtractor loads the gazetteer and the lexicon and returns the
// extraction stage.
func newExtractor() (extractor, error) {
	gz, err := gazetteer.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the gazetteer: %w", err)
	}
	lex, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("loading the lexicon: %w", err)
	}
	x, err := extract.New(gz, lex, extract.Options{})
	if err != nil {
		return nil, fmt.Errorf("compiling the lexicon: %w", err)
	}
	return x, nil
}
