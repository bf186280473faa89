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
// A store held in memory has none (nil). The index is first brought in
// step with the store's documents: documents the store holds and the index
// lacks are added (an index made now for a store already built, a build
// stopped between the store and the index), and documents the index holds
// and the store does not are removed (a database made anew, documents
// forgotten), so every build leaves the two in step.
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
	if err := s.sync(ctx, store); err != nil {
		idx.Close()
		what := "bringing the search index %s in step with the store: %w"
		if created {
			what = "filling the new search index %s: %w"
		}
		return nil, fmt.Errorf(what, dir, err)
	}
	return s, nil
}

// openServeIndex opens the store's search index read-only for a server,
// or returns nil when there is none (search questions then say to build).
func openServeIndex(cfg graph.Config, named string) (*searchIndex, error) {
	dir, err := fulltext.Path(cfg.Backend, cfg.Path, named)
	if err != nil || dir == fulltext.InMemory {
		return nil, err
	}
	idx, err := fulltext.Open(dir, fulltext.Options{ReadOnly: true})
	if errors.Is(err, fulltext.ErrNoIndex) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &searchIndex{idx: idx, dir: dir}, nil
}

// sync adds the store's documents the index lacks and removes those the
// store no longer holds.
func (s *searchIndex) sync(ctx context.Context, store *graph.Store) error {
	files, err := queries.DocumentFiles(ctx, store)
	if err != nil {
		return err
	}
	indexed, err := s.idx.Docs(ctx)
	if err != nil {
		return err
	}
	inStore := map[string]bool{}
	var missing []string
	for _, f := range files {
		inStore[f] = true
		if _, ok := indexed[f]; !ok {
			missing = append(missing, f)
		}
	}
	var gone []string
	for f := range indexed {
		if !inStore[f] {
			gone = append(gone, f)
		}
	}
	if len(gone) > 0 {
		if err := s.idx.Remove(ctx, gone...); err != nil {
			return err
		}
	}
	return s.update(ctx, store, missing)
}

// indexChunk is how many documents' sentences the search index takes at
// once: the sentences of a whole corpus read and analysed in one batch
// held as much memory as the store's write (a heap of 390 MB for 5,600
// documents), growing with the corpus.
const indexChunk = 1000

// update replaces the indexed sentences of the documents with what the
// store now holds for them, indexChunk documents at a time.
func (s *searchIndex) update(ctx context.Context, store *graph.Store, files []string) error {
	if s == nil {
		return nil
	}
	for len(files) > 0 {
		part := files[:min(indexChunk, len(files))]
		files = files[len(part):]
		sents, err := queries.Sentences(ctx, store, part)
		if err != nil {
			return err
		}
		if err := s.idx.ReplaceAll(ctx, sents); err != nil {
			return fmt.Errorf("updating the search index %s: %w", s.dir, err)
		}
	}
	return nil
}

func (s *searchIndex) Close() error {
	if s == nil {
		return nil
	}
	return s.idx.Close()
}
