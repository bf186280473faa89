package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

type loadOptions struct {
	root  *rootOptions
	Files []string
}

// NewCmdLoad makes `diplograph load`.
func NewCmdLoad(root *rootOptions) *cobra.Command {
	o := &loadOptions{root: root}
	cmd := &cobra.Command{
		Use:   "load FILE.nq...",
		Short: "Load N-Quads (diplograph's own or anyone's) into the store",
		Long: `load adds the quads of N-Quads files ("-" for stdin) to the store, creating it on
first use. Files are read by the RDF 1.1 N-Quads rules (what rapper and serdi reject is
rejected: literal or blank-node predicates, relative IRIs, empty datatypes, bad
escapes); a malformed file is reported with its file, line and column and nothing from
it is stored; the other files are still loaded and the exit status is 1. A file is
stored in batches of whole documents (graph labels), so memory stays bounded; a load
that is interrupted leaves whole documents only and a marker that ask warns about,
and loading the same file again completes it.`,
		Example: `  diplograph extract data/demo -o demo.nq && diplograph load demo.nq
  diplograph --db memstore load a.nq b.nq`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Files = a
			return loadRun(cmd.Context(), o)
		},
	}
	return cmd
}

func loadRun(ctx context.Context, o *loadOptions) error {
	store, err := o.root.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()
	var failed []error
	total := 0
	for _, name := range o.Files {
		n, err := loadFile(o, name, func(r io.Reader, display string) (int, error) {
			return store.LoadNQuads(ctx, r, display)
		})
		if err != nil {
			if ctx.Err() != nil {
				return err
			}
			fmt.Fprintln(o.root.Stderr, "not loaded:", err)
			failed = append(failed, err)
			continue
		}
		total += n
		fmt.Fprintf(o.root.Stdout, "%s: %d quads added\n", name, n)
	}
	if len(o.Files) > 1 {
		fmt.Fprintf(o.root.Stdout, "total: %d quads added\n", total)
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of %d files not loaded: %w", len(failed), len(o.Files), errors.Join(failed...))
	}
	return nil
}

func loadFile(o *loadOptions, name string, load func(io.Reader, string) (int, error)) (int, error) {
	if name == "-" {
		return load(o.root.Stdin, "stdin")
	}
	f, err := os.Open(name)
	if err != nil {
		return 0, fmt.Errorf("opening %s: %w", name, err)
	}
	defer f.Close()
	return load(f, name)
}
