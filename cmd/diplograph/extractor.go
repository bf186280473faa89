package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
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
	return binaryExtractor{Extractor: x, fingerprint: sync.OnceValue(binaryFingerprint)}, nil
}

// binaryExtractor is the extractor built into this binary: its rules and
// its tables (embedded) are the binary's, so the binary's hash tells one
// extractor from another.
type binaryExtractor struct {
	*extract.Extractor
	fingerprint func() string
}

// Fingerprint identifies the extractor ("" when the binary cannot be read:
// then nothing is skipped).
func (b binaryExtractor) Fingerprint() string { return b.fingerprint() }

func binaryFingerprint() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return "binary:" + hex.EncodeToString(h.Sum(nil)[:16])
}

// fingerprintOf is the extractor's fingerprint, "" for one without.
func fingerprintOf(ex extractor) string {
	if f, ok := ex.(interface{ Fingerprint() string }); ok {
		return f.Fingerprint()
	}
	return ""
}

// unchangedSkipper extracts the documents the store does not hold as they
// are: a document of the same name and bytes that this extractor read
// before is not extracted again (errUnchanged), and its stored report
// stays in the corpus.
type unchangedSkipper struct {
	extractor
	stored map[string]string // document name → hash of its bytes, for those this extractor read
}

func newUnchangedSkipper(ctx context.Context, ex extractor, store *graph.Store) (extractor, error) {
	fp := fingerprintOf(ex)
	if fp == "" {
		return ex, nil
	}
	docs, err := store.Documents(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the documents already in the store: %w", err)
	}
	stored := map[string]string{}
	for _, d := range docs {
		if d.Extractor == fp && d.Hash != "" {
			stored[d.Name] = d.Hash
		}
	}
	return unchangedSkipper{extractor: ex, stored: stored}, nil
}

func (u unchangedSkipper) Extract(ctx context.Context, d fact.Document) (fact.Report, error) {
	if h, ok := u.stored[d.Name]; ok && h == d.Hash {
		return fact.Report{}, errUnchanged
	}
	return u.extractor.Extract(ctx, d)
}
