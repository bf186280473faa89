package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
)

type buildOptions struct {
	root  *rootOptions
	Paths []string
	JSON  bool
	Batch int // documents per Write
}

// NewCmdBuild makes `diplograph build`.
func NewCmdBuild(root *rootOptions) *cobra.Command {
	o := &buildOptions{root: root}
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Extract facts from documents and load them into the store",
		Long: `build reads documents (files; directories recursively; - for stdin), extracts their
facts and writes them into the store, creating it on first use. Formats: .txt; .txt/.md
with a YAML front-matter block (title, date, source, url, language); .jsonl with one
object per line holding text and the same keys.

Building the same documents again leaves the same graph; a changed document replaces
its own facts. A bad document (binary, invalid UTF-8, empty, malformed front matter)
is reported with its file and line and skipped; the others are still loaded and the
exit status is 1.`,
		Example: `  diplograph build data/demo
  diplograph build --db bolt --dbpath /tmp/g.db report.md more/
  cat news.jsonl | diplograph build -
  diplograph build --json data/demo`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Paths = a
			return buildRun(cmd.Context(), o)
		},
	}
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the summary as JSON")
	cmd.Flags().IntVar(&o.Batch, "batch", 200, "documents written per batch")
	return cmd
}

// buildSummary is what build prints.
type buildSummary struct {
	Documents int            `json:"documents"`
	Skipped   int            `json:"skipped"`
	Facts     map[string]int `json:"facts"`
	Added     int            `json:"quads_added"`
	Removed   int            `json:"quads_removed"`
	Quads     int64          `json:"quads"` // in the store after the build
	Nodes     int64          `json:"nodes"`
	Elapsed   string         `json:"elapsed"`
	Store     string         `json:"store"`
}

func buildRun(ctx context.Context, o *buildOptions) error {
	start := time.Now()
	log := o.root.logger()
	ex, err := o.root.Extractor()
	if err != nil {
		return err
	}
	store, err := o.root.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer store.Close()

	prog := startProgress(o.root.Stderr, o.root.IsTerminal())
	res, err := extractPaths(ctx, ex, o.Paths, o.root.Stdin, prog)
	prog.finish()
	if err != nil {
		return err
	}
	known, err := store.KnownPeople(ctx)
	if err != nil {
		return fmt.Errorf("reading the people already in the store: %w", err)
	}
	facts := ex.Merge(known, res.Reports)
	log.Debug("extracted", "documents", len(facts), "bad", len(res.Bad), "known_people", len(known))

	sum := buildSummary{Facts: map[string]int{}, Store: o.root.DB + " " + o.root.DBPath}
	batch := o.Batch
	if batch <= 0 {
		batch = len(facts) + 1
	}
	for i := 0; i < len(facts); i += batch {
		part := facts[i:min(i+batch, len(facts))]
		st, err := store.Write(ctx, part)
		if err != nil {
			return fmt.Errorf("writing documents %s..%s: %w", part[0].Doc.Name, part[len(part)-1].Doc.Name, err)
		}
		sum.Documents += st.Documents
		sum.Added += st.Added
		sum.Removed += st.Removed
		for k, v := range st.Facts {
			sum.Facts[k] += v
		}
		log.Debug("wrote batch", "documents", st.Documents, "added", st.Added, "removed", st.Removed)
	}
	sum.Skipped = len(res.Bad)
	if sum.Nodes, sum.Quads, err = store.Stats(ctx); err != nil {
		return fmt.Errorf("counting the store: %w", err)
	}
	sum.Elapsed = time.Since(start).Round(time.Millisecond).String()

	if err := printBuildSummary(o, sum); err != nil {
		return err
	}
	return badDocuments(o.root, res.Bad)
}

func printBuildSummary(o *buildOptions, sum buildSummary) error {
	w := o.root.Stdout
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	var kinds []string
	for k := range sum.Facts {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var facts []string
	for _, k := range kinds {
		facts = append(facts, fmt.Sprintf("%s %d", k, sum.Facts[k]))
	}
	_, err := fmt.Fprintf(w, "documents  %d written, %d skipped\nfacts      %s\nquads      %d added, %d removed, %d in the store (%d nodes)\nstore      %s\nelapsed    %s\n",
		sum.Documents, sum.Skipped, strings.Join(facts, ", "), sum.Added, sum.Removed, sum.Quads, sum.Nodes, sum.Store, sum.Elapsed)
	return err
}

// badDocuments reports skipped documents on stderr and turns them into the
// command's error, after everything good has been stored.
func badDocuments(root *rootOptions, bad []error) error {
	if len(bad) == 0 {
		return nil
	}
	for _, e := range bad {
		fmt.Fprintln(root.Stderr, "skipped:", e)
	}
	noun := "documents were"
	if len(bad) == 1 {
		noun = "document was"
	}
	return fmt.Errorf("%d %s skipped (the others were processed)", len(bad), noun)
}

// storeFacts writes facts to a store in one go (for extract and eval).
func storeFacts(ctx context.Context, s *graph.Store, facts []fact.Facts) error {
	if len(facts) == 0 {
		return nil
	}
	if _, err := s.Write(ctx, facts); err != nil {
		return fmt.Errorf("writing facts: %w", err)
	}
	return nil
}
