package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/schema"
	"github.com/diplograph/diplograph/termtext"
)

type forgetOptions struct {
	root *rootOptions
	Docs []string
	JSON bool
	// SearchIndex is the search index directory (default beside the store).
	SearchIndex string
}

// NewCmdForget makes `diplograph forget`.
func NewCmdForget(root *rootOptions) *cobra.Command {
	o := &forgetOptions{root: root}
	cmd := &cobra.Command{
		Use:   "forget DOC...",
		Short: "Remove documents and everything they contributed from the store",
		Long: `forget removes documents from the store: every quad they contributed, their sentences
from the search index, and what they settled for the rest of the corpus (a name, a date
they gave a meeting other reports share), which is settled again without them. The
graph is then the one a build of the remaining documents gives.

DOC is a document's file name as answers show it (000_x.txt; report.jsonl#3 for a
JSONL line), a path to that file, or the document's IRI. A DOC the store does not hold
is named on stderr and the exit status is 1; the others are still forgotten.
'build --prune DIR' forgets the documents of DIR whose files are gone.`,
		Example: `  diplograph forget 000_19c8363d4305575a.txt
  diplograph forget corpus/old-report.md corpus/other.txt
  diplograph forget --json urn:diplograph:doc:000-19c8363d4305575a-txt`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Docs = a
			return forgetRun(cmd.Context(), o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print what was forgotten as JSON")
	cmd.Flags().StringVar(&o.SearchIndex, "search-index", "", "the search index of evidence sentences (default: as build)")
	return cmd
}

// forgetSummary is what forget prints.
type forgetSummary struct {
	Forgotten []string `json:"forgotten"` // document IRIs
	Missing   []string `json:"not_in_store"`
	Removed   int      `json:"quads_removed"`
	Added     int      `json:"quads_added"` // by documents settled again without them
	Rewritten int      `json:"documents_rewritten"`
}

func forgetRun(ctx context.Context, o *forgetOptions) error {
	ex, err := o.root.Extractor()
	if err != nil {
		return err
	}
	store, err := o.root.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	var iris []string
	byIRI := map[string]string{}
	for _, d := range o.Docs {
		iri := docIRIOf(d)
		iris = append(iris, iri)
		byIRI[iri] = d
	}
	st, found, err := store.Forget(ctx, iris, func(rs []fact.Report) []fact.Facts { return ex.Merge(nil, rs) },
		graph.WriteOptions{Log: o.root.logger()})
	if err != nil {
		return fmt.Errorf("forgetting documents: %w", err)
	}
	// the index drops what the store no longer holds as it opens
	index, err := openBuildIndex(ctx, store, o.root.config(), o.SearchIndex)
	if err != nil {
		return err
	}
	if err := index.Close(); err != nil {
		return err
	}
	sum := forgetSummary{Forgotten: found, Removed: st.Removed, Added: st.Added, Rewritten: st.Rewritten}
	gone := map[string]bool{}
	for _, f := range found {
		gone[f] = true
	}
	for _, iri := range iris {
		if !gone[iri] {
			sum.Missing = append(sum.Missing, byIRI[iri])
		}
	}
	if sum.Forgotten == nil {
		sum.Forgotten = []string{}
	}
	if o.JSON {
		enc := json.NewEncoder(o.root.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(o.root.Stdout, "forgot %d documents: %d quads removed", len(found), st.Removed)
		if st.Rewritten > 0 {
			fmt.Fprintf(o.root.Stdout, "; %d other documents settled again (%d quads added)", st.Rewritten, st.Added)
		}
		fmt.Fprintln(o.root.Stdout)
	}
	if len(sum.Missing) > 0 {
		for _, m := range sum.Missing {
			fmt.Fprintf(o.root.Stderr, "not in the store: %s\n", termtext.Line(m))
		}
		return fmt.Errorf("%d of %d documents were not in the store", len(sum.Missing), len(o.Docs))
	}
	return nil
}

// docIRIOf reads a document named on the command line: its IRI, or a file
// name or path (the store knows documents by base name).
func docIRIOf(arg string) string {
	if strings.HasPrefix(arg, schema.EntityPrefix+"doc:") {
		return arg
	}
	if strings.HasPrefix(arg, "<"+schema.EntityPrefix+"doc:") && strings.HasSuffix(arg, ">") {
		return arg[1 : len(arg)-1]
	}
	return schema.DocIRI(filepath.Base(arg))
}
