package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type exportOptions struct {
	root   *rootOptions
	Format string
	Output string
}

// NewCmdExport makes `diplograph export`.
func NewCmdExport(root *rootOptions) *cobra.Command {
	o := &exportOptions{root: root}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the graph as GraphML, N-Quads, JSON-LD or DOT",
		Long: `export writes the whole graph. N-Quads and JSON-LD use absolute IRIs and typed
literals; GraphML keeps typed keys, node kinds and names, literals as node attributes
and the source document of every edge, so it opens in Gephi, NetworkX or igraph.`,
		Example: `  diplograph export --format graphml -o graph.graphml
  diplograph export --format nquads > graph.nq
  diplograph export --format dot | dot -Tsvg > graph.svg`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return exportRun(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Format, "format", graph.FormatNQuads, "output format: "+strings.Join(graph.Formats(), ", "))
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func exportRun(ctx context.Context, o *exportOptions) error {
	known := false
	for _, f := range graph.Formats() {
		known = known || f == o.Format
	}
	if !known {
		return &usageError{command: "export", err: fmt.Errorf("unknown --format %q (want one of %s)", o.Format, strings.Join(graph.Formats(), ", "))}
	}
	store, err := o.root.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	if err := writeOutput(o.root.Stdout, o.Output, func(w io.Writer) error {
		return graph.Export(ctx, store, o.Format, w)
	}); err != nil {
		return fmt.Errorf("exporting %s: %w", o.Format, err)
	}
	if o.Output != "" && o.Output != "-" {
		fmt.Fprintf(o.root.Stderr, "wrote %s (%s)\n", o.Output, o.Format)
	}
	return nil
}
