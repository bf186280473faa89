package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// searchIndex keeps the full-text index of evidence sentences in step with
// the store as build writes documents. It is the one place the build path
// touches the index: after each batch the batch's documents' sentences are
// read back from the store and replace what the index held for them.
type searchIndex struct {
	idx *fulltext.Index
	dir string
}

// openBuildIndex opens (or creates) the store's search index for writing.
// A store held in memory has none (nil). An index made now for a store
// that already holds documents is filled with all of them, so it starts in
// step.
func openBuildIndex(ctx context.Context, store *graph.Store, cfg graph.Config, named string) (*searchIndex, error) {
	dir, err := fulltext.Path(cfg.Backend, cfg.Path, named)
	if err != nil || dir == fulltext.InMemory {
		return nil, err
	}
	_, statErr := os.Stat(dir)
	created := errors.Is(statErr, os.ErrNotExist)
	idx, err := fulltext.Open(dir, fulltext.Options{Create: true})
	if err != nil {
		return nil, err
	}
	s := &searchIndex{idx: idx, dir: dir}
	if created {
		files, err := queries.DocumentFiles(ctx, store)
		if err == nil {
			err = s.update(ctx, store, files)
		}
		if err != nil {
			idx.Close()
			return nil, fmt.Errorf("filling the new search index %s: %w", dir, err)
		}
	}
	return s, nil
}

// update replaces the indexed sentences of the documents with what the
// store now holds for them.
func (s *searchIndex) update(ctx context.Context, store *graph.Store, files []string) error {
	if s == nil || len(files) == 0 {
		return nil
	}
	sents, err := queries.Sentences(ctx, store, files)
	if err != nil {
		return err
	}
	if err := s.idx.ReplaceAll(ctx, sents); err != nil {
		return fmt.Errorf("updating the search index %s: %w", s.dir, err)
	}
	return nil
}

func (s *searchIndex) Close() error {
	if s == nil {
		return nil
	}
	return s.idx.Close()
}
