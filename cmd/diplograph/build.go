package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/termtext"
)

type buildOptions struct {
	root  *rootOptions
	Paths []string
	JSON  bool
	Batch int  // documents per Write (ignored: kept for old scripts)
	Prune bool // forget documents of the given directories whose files are gone
	Again bool // extract documents the store holds unchanged too
	// SearchIndex is the search index directory (default beside the store).
	SearchIndex string
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
	cmd.Flags().IntVar(&o.Batch, "batch", 200, "ignored: writes are batched by size, and the graph never depends on batches (kept for old scripts)")
	_ = cmd.Flags().MarkHidden("batch")
	cmd.Flags().BoolVar(&o.Again, "again", false, "extract every document again, also those the store holds unchanged (same bytes, same diplograph binary), which are skipped otherwise")
	cmd.Flags().BoolVar(&o.Prune, "prune", false, "also forget the stored documents that were read from under the given paths and whose files are gone (build --prune DIR)")
	cmd.Flags().StringVar(&o.SearchIndex, "search-index", "", "the search index of evidence sentences (default: beside a bolt file, FILE.search; for a server store, under the user cache directory)")
	return cmd
}

// buildSummary is what build prints.
type buildSummary struct {
	Documents int `json:"documents"`
	Skipped   int `json:"skipped"` // bad documents, reported on stderr
	// Unchanged counts documents the store held already, read from the
	// same bytes by the same binary: not extracted again.
	Unchanged int `json:"unchanged"`
	// NotEnglish counts documents read that are not in English (they yield
	// little); OtherFiles the files of other types a directory held.
	NotEnglish int `json:"not_english"`
	OtherFiles int `json:"other_files"`
	// Facts counts what each document stated, each document on its own:
	// the same meeting in three reports counts three times.
	Facts map[string]int `json:"facts"`
	// InGraph counts the distinct facts the store holds after the build,
	// as the answers to ask show them.
	InGraph map[string]int `json:"in_graph"`
	Pruned  int            `json:"pruned"` // documents forgotten by --prune
	Added   int            `json:"quads_added"`
	Removed int            `json:"quads_removed"`
	Quads   int64          `json:"quads"` // in the store after the build
	Nodes   int64          `json:"nodes"`
	Elapsed string         `json:"elapsed"`
	Store   string         `json:"store"`
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
	index, err := openBuildIndex(ctx, store, o.root.config(), o.SearchIndex)
	if err != nil {
		return err
	}

	prog := startProgress(o.root.Stderr, o.root.IsTerminal())
	reader := ex
	if !o.Again {
		if reader, err = newUnchangedSkipper(ctx, ex, store); err != nil {
			prog.finish()
			return err
		}
	}
	res, err := extractPaths(ctx, reader, o.Paths, o.root.Stdin, prog)
	prog.finish()
	if err != nil {
		return err
	}
	log.Debug("extracted", "documents", len(res.Reports), "bad", len(res.Bad))
	for i := range res.Reports {
		// kept absolute, so that --prune finds the file from anywhere
		if d := &res.Reports[i].Facts.Doc; d.Path != "-" && d.Path != "" {
			if abs, err := filepath.Abs(d.Path); err == nil {
				d.Path = abs
			}
		}
	}

	sum := buildSummary{Facts: map[string]int{}, Store: o.root.DB + " " + o.root.DBPath}
	files := make([]string, 0, len(res.Reports))
	for _, r := range res.Reports {
		files = append(files, r.Facts.Doc.Name)
	}
	// The reports (with their texts) are the store's from here on: not
	// held here while it merges the corpus.
	reports := res.Reports
	res.Reports = nil
	wprog := startProgressOf(o.root.Stderr, o.root.IsTerminal(), "writing")
	st, err := store.Update(ctx, reports, func(rs []fact.Report) []fact.Facts { return ex.Merge(nil, rs) },
		graph.WriteOptions{Log: log, Extractor: fingerprintOf(ex), Progress: func(done, total int) {
			wprog.read.Store(int64(total))
			wprog.done.Store(int64(done))
		}})
	wprog.finish()
	if err != nil {
		return fmt.Errorf("writing the documents: %w", err)
	}
	sum.Documents, sum.Added, sum.Removed, sum.Facts = st.Documents, st.Added, st.Removed, st.Facts
	if o.Prune {
		n, removed, err := prune(ctx, store, ex, o.Paths, o.root)
		if err != nil {
			return err
		}
		sum.Pruned, sum.Removed = n, sum.Removed+removed
	}
	log.Debug("wrote", "documents", st.Documents, "rewritten", st.Rewritten, "added", st.Added, "removed", st.Removed)
	if err := index.update(ctx, store, files); err != nil {
		index.Close()
		return err
	}
	if sum.Pruned > 0 && index != nil {
		if err := index.sync(ctx, store); err != nil {
			index.Close()
			return err
		}
	}
	if err := index.Close(); err != nil {
		return err
	}
	sum.Skipped, sum.Unchanged = len(res.Bad), res.Unchanged
	sum.NotEnglish, sum.OtherFiles = len(res.NotEnglish), len(res.Skipped)
	if sum.InGraph, err = countInGraph(ctx, store); err != nil {
		return fmt.Errorf("counting the facts in the store: %w", err)
	}
	if sum.Nodes, sum.Quads, err = store.Stats(ctx); err != nil {
		return fmt.Errorf("counting the store: %w", err)
	}
	sum.Elapsed = time.Since(start).Round(time.Millisecond).String()

	readNotices(o.root, res)
	if err := printBuildSummary(o, sum); err != nil {
		return err
	}
	return badDocuments(o.root, res.Bad)
}

// prune forgets the stored documents read from under paths whose files
// no longer exist; it returns how many, and the quads removed.
func prune(ctx context.Context, store *graph.Store, ex extractor, paths []string, root *rootOptions) (int, int, error) {
	var under []string
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			under = append(under, abs)
		}
	}
	docs, err := store.Documents(ctx)
	if err != nil {
		return 0, 0, err
	}
	var gone []string
	for _, d := range docs {
		if d.Path == "" || d.Path == "-" {
			continue
		}
		inside := false
		for _, u := range under {
			if rel, err := filepath.Rel(u, d.Path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				inside = true
			}
		}
		if _, err := os.Stat(d.Path); inside && errors.Is(err, os.ErrNotExist) {
			gone = append(gone, d.IRI)
			fmt.Fprintf(root.Stderr, "pruned: %s (%s is gone)\n", termtext.Line(d.Name), termtext.Line(d.Path))
		}
	}
	if len(gone) == 0 {
		return 0, 0, nil
	}
	st, found, err := store.Forget(ctx, gone, func(rs []fact.Report) []fact.Facts { return ex.Merge(nil, rs) },
		graph.WriteOptions{Log: root.logger()})
	if err != nil {
		return 0, 0, fmt.Errorf("pruning documents whose files are gone: %w", err)
	}
	return len(found), st.Removed, nil
}

// countInGraph counts the distinct nodes of each fact kind in the store
// (kind.Kind.Nodes: meetings and calls for meetings).
func countInGraph(ctx context.Context, store *graph.Store) (map[string]int, error) {
	out := map[string]int{}
	typed, ok, err := store.TypeCounts(ctx)
	if err != nil {
		return nil, err
	}
	for _, k := range kind.All() {
		for _, c := range k.Nodes {
			if ok {
				out[k.Name] += typed[c]
				continue
			}
			res, err := store.Query(ctx, graph.LangGizmo, fmt.Sprintf(`g.Emit(g.V(%q).In("<rdf:type>").Unique().Count())`, "<"+c+">"), 0)
			if err != nil {
				return nil, err
			}
			for _, r := range res {
				if n, ok := r.(int64); ok {
					out[k.Name] += int(n)
				} else if f, ok := r.(float64); ok {
					out[k.Name] += int(f)
				}
			}
		}
	}
	return out, nil
}

// readNotices tells, on stderr, which files were left out and which
// documents are not in English.
func readNotices(root *rootOptions, res extraction) {
	const show = 10
	for i, s := range res.Skipped {
		if i == show {
			fmt.Fprintf(root.Stderr, "left out: ... and %d more files that are not documents\n", len(res.Skipped)-show)
			break
		}
		fmt.Fprintf(root.Stderr, "left out: %s: %s\n", termtext.Line(s.Path), s.Reason)
	}
	for _, n := range res.NotEnglish {
		fmt.Fprintf(root.Stderr, "warning: not in English, so little can be read from it: %s\n", termtext.Line(n))
	}
}

func printBuildSummary(o *buildOptions, sum buildSummary) error {
	w := o.root.Stdout
	if o.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(sum)
	}
	list := func(m map[string]int) string {
		var parts []string
		seen := map[string]bool{}
		// the registry's order: what an analyst asks about first
		for _, k := range kind.All() {
			seen[k.Name] = true
			parts = append(parts, fmt.Sprintf("%s %d", k.Name, m[k.Name]))
		}
		var rest []string
		for k := range m {
			if !seen[k] {
				rest = append(rest, k)
			}
		}
		sort.Strings(rest)
		for _, k := range rest {
			parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
		}
		return strings.Join(parts, ", ")
	}
	docs := fmt.Sprintf("%d written, %d skipped", sum.Documents, sum.Skipped)
	if sum.Unchanged > 0 {
		docs = fmt.Sprintf("%d written, %d unchanged, %d skipped", sum.Documents, sum.Unchanged, sum.Skipped)
	}
	if sum.NotEnglish > 0 {
		docs += fmt.Sprintf(", %d not in English", sum.NotEnglish)
	}
	if sum.OtherFiles > 0 {
		docs += fmt.Sprintf("; %d other %s left out", sum.OtherFiles, plural(sum.OtherFiles, "file", "files"))
	}
	if sum.Pruned > 0 {
		docs += fmt.Sprintf("; %d pruned (their files are gone)", sum.Pruned)
	}
	_, err := fmt.Fprintf(w, `documents  %s
in graph   %s
           (distinct facts in the store, as ask lists them)
reported   %s
           (what these documents state, each on its own: a meeting three reports describe counts 3)
store      %s: %d quads (%d added, %d removed), %d nodes
elapsed    %s
`, docs, list(sum.InGraph), list(sum.Facts), termtext.Line(sum.Store), sum.Quads, sum.Added, sum.Removed, sum.Nodes, sum.Elapsed)
	return err
}

// badDocuments reports skipped documents on stderr and turns them into the
// command's error, after everything good has been stored.
func badDocuments(root *rootOptions, bad []error) error {
	if len(bad) == 0 {
		return nil
	}
	for _, e := range bad {
		fmt.Fprintln(root.Stderr, "skipped:", termtext.Line(e.Error()))
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
