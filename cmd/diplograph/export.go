package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type exportOptions struct {
	root        *rootOptions
	Format      string
	Output      string
	Base        string
	PerDocument bool
	Expanded    bool
	Subset      graph.Subset
	Timeout     time.Duration
}

// NewCmdExport makes `diplograph export`.
func NewCmdExport(root *rootOptions) *cobra.Command {
	o := &exportOptions{root: root}
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the graph, or part of it, as GraphML, N-Quads, N-Triples, JSON-LD or DOT",
		Long: `export writes the graph, or the part the filters select.

Formats:
  nquads   every quad, in a named graph per source document; absolute IRIs and
           XSD-typed literals (valid for rapper and serdi)
  nt       N-Triples: the union of those graphs, each triple once, for tools
           that ignore named graphs
  jsonld   JSON-LD, compact with an @context (--expanded: no context, full IRIs);
           numbers are JSON numbers
  graphml  a property graph for Gephi, yEd, Cytoscape, NetworkX and igraph: node
           label (display name), kind and attributes; one edge per fact, with its
           predicate as label, the documents that state it and their count as
           weight (--per-document: one edge per fact and document)
  dot      Graphviz, nodes coloured and shaped by kind, figures formatted

Filters (the same as ask's; together they all apply): --person (repeatable),
--country (one, or twice for the relationship between two), --doc (repeatable:
file name, title or IRI), --from and --to (YYYY, YYYY-MM or YYYY-MM-DD). A
subset holds the facts that pass (meetings, claims, offices, commitments...)
with the people, places, countries, sentences and documents they link to.

The output file is never the store: export refuses to write over the open store
or any bolt file, keeps an existing file's permissions and follows symlinks.`,
		Example: `  diplograph export --format graphml -o graph.graphml
  diplograph export --format nquads > graph.nq
  diplograph export --format nt -o graph.nt
  diplograph export --format dot --country Russia --country Kazakhstan | dot -Tsvg > pair.svg
  diplograph export --format graphml --person "Ingrid Halvorsen" --from 2023 -o halvorsen.graphml
  diplograph export --format jsonld --doc report-2023-05-04.txt`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return exportRun(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Format, "format", graph.FormatNQuads, "output format: "+strings.Join(graph.Formats(), ", "))
	f.StringVarP(&o.Output, "output", "o", "", "write to this file instead of stdout")
	f.StringVar(&o.Base, "base", graph.DefaultBase, "resolve relative IRIs (from loaded data) against this base")
	f.BoolVar(&o.PerDocument, "per-document", false, "graphml: one edge per fact and source document")
	f.BoolVar(&o.Expanded, "expanded", false, "jsonld: expanded form, without an @context")
	f.StringArrayVar(&o.Subset.People, "person", nil, "only facts involving this person (full name or surname; repeatable)")
	f.StringArrayVar(&o.Subset.Countries, "country", nil, "only facts involving this country; twice for a pair")
	f.StringArrayVar(&o.Subset.Documents, "doc", nil, "only what this document states (file name, title or IRI; repeatable)")
	f.StringVar(&o.Subset.From, "from", "", "only facts dated on or after this date")
	f.StringVar(&o.Subset.To, "to", "", "only facts dated on or before this date")
	f.DurationVar(&o.Timeout, "timeout", 0, "stop the export after this long (0: no limit)")
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
	if err := o.Subset.Validate(); err != nil {
		return &usageError{command: "export", err: err}
	}
	if o.PerDocument && o.Format != graph.FormatGraphML {
		return &usageError{command: "export", err: fmt.Errorf("--per-document is for --format graphml")}
	}
	if o.Expanded && o.Format != graph.FormatJSONLD {
		return &usageError{command: "export", err: fmt.Errorf("--expanded is for --format jsonld")}
	}
	store, err := o.root.openReader(ctx, 0)
	if err != nil {
		return err
	}
	defer store.Close()
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	opts := graph.ExportOptions{Format: o.Format, Base: o.Base, PerDocument: o.PerDocument, Expanded: o.Expanded, Subset: o.Subset}
	var st graph.ExportStats
	if err := writeOutput(o.root.Stdout, o.Output, storeGuard(o.root), func(w io.Writer) error {
		var err error
		st, err = graph.ExportWith(ctx, store, opts, w)
		return err
	}); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("exporting %s: stopped by --timeout %s: %w", o.Format, o.Timeout, err)
		}
		return fmt.Errorf("exporting %s: %w", o.Format, err)
	}
	if !o.Subset.IsZero() && st.Quads == 0 {
		fmt.Fprintln(o.root.Stderr, "nothing matched the filters: the export is empty")
	}
	if st.Undated > 0 {
		fmt.Fprintf(o.root.Stderr, "(%d %s without a known date left out by --from/--to)\n", st.Undated, plural(st.Undated, "fact", "facts"))
	}
	if o.Output != "" && o.Output != "-" {
		what := fmt.Sprintf("%d quads", st.Quads)
		if o.Format == graph.FormatGraphML || o.Format == graph.FormatDOT {
			what = fmt.Sprintf("%d nodes, %d edges", st.Nodes, st.Edges)
		}
		fmt.Fprintf(o.root.Stderr, "wrote %s (%s: %s)\n", o.Output, o.Format, what)
	}
	return nil
}
