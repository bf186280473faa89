package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

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
	mem, res, err := memoryGraph(ctx, o.root, o.Paths)
	if err != nil {
		return err
	}
	defer mem.Close()
	if err := writeOutput(o.root.Stdout, o.Output, func(w io.Writer) error {
		return graph.Export(ctx, mem, graph.FormatNQuads, w)
	}); err != nil {
		return err
	}
	return badDocuments(o.root, res.Bad)
}

// writeOutput writes to the named file, or to stdout when name is "" or
// "-". A regular file is written beside its final name and renamed, so a
// failed export does not leave a truncated file behind; anything else
// (/dev/null, a named pipe, a terminal) is written in place, never replaced.
func writeOutput(stdout io.Writer, name string, fn func(io.Writer) error) error {
	if name == "" || name == "-" {
		return fn(stdout)
	}
	if fi, err := os.Stat(name); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return fmt.Errorf("writing %s: it is a directory", name)
		}
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("opening %s: %w", name, err)
		}
		if err := fn(f); err != nil {
			f.Close()
			return fmt.Errorf("writing %s: %w", name, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".diplograph-*")
	if err != nil {
		return fmt.Errorf("creating %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	// CreateTemp makes the file private; an export is an ordinary file.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}
