package main

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type extractOptions struct {
	root   *rootOptions
	Paths  []string
	Output string
}

// NewCmdExtract makes `diplograph extract`.
func NewCmdExtract(root *rootOptions) *cobra.Command {
	o := &extractOptions{root: root}
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract facts from documents and print them as N-Quads, without a store",
		Long: `extract runs the same reading and extraction as build but writes the quads as
N-Quads (absolute IRIs, typed literals) instead of storing them. The output loads back
with 'diplograph load'.`,
		Example: `  diplograph extract data/demo > demo.nq
  diplograph extract -o report.nq report.md
  diplograph extract data/demo | diplograph --db memstore load -`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Paths = a
			return extractRun(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func extractRun(ctx context.Context, o *extractOptions) error {
	// the N-Quads hold no document's text: the reports leave it behind
	facts, res, err := extractFactsWith(ctx, o.root, o.Paths, func(ex extractor) extractor { return compactingExtractor{ex} })
	if err != nil {
		return err
	}
	res.Reports = nil // merged into facts: let the collector have what they alone hold
	guard := append(storeGuard(o.root), inputGuard(o.Paths)...)
	// The quads go straight from the facts to N-Quads: a store would only
	// hold them to be read back and sorted.
	if err := writeOutput(o.root.Stdout, o.Output, guard, func(w io.Writer) error {
		_, err := graph.WriteFactsNQuads(ctx, w, facts)
		return err
	}); err != nil {
		return err
	}
	readNotices(o.root, res)
	return badDocuments(o.root, res.Bad)
}
