package main

import (
	"context"

	"github.com/diplograph/diplograph/extract"
)

// extractor is the part of the extraction stage the commands use. It is an
// interface so the pipeline can be tested with canned facts.
type extractor interface {
	Extract(ctx context.Context, doc extract.Document) (extract.Facts, error)
	// Merge resolves short names across documents, given the people
	// already in the store.
	Merge(known []string, facts []extract.Facts) []extract.Facts
}

// newExtractor returns the extraction stage.
//
// Until the extractor (extract.New / Extract / Merge) lands this adapter
// yields each document with no facts, so that the commands, the store and
// the questions can already be run end to end.
func newExtractor() (extractor, error) {
	return placeholderExtractor{}, nil
}

type placeholderExtractor struct{}

func (placeholderExtractor) Extract(_ context.Context, doc extract.Document) (extract.Facts, error) {
	return extract.Facts{Doc: doc}, nil
}

func (placeholderExtractor) Merge(_ []string, facts []extract.Facts) []extract.Facts { return facts }
