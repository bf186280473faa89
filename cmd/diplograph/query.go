package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
)

type queryOptions struct {
	root    *rootOptions
	Text    string // the query, or "-" to read it from stdin
	Lang    string
	Limit   int
	Timeout time.Duration
	JSON    bool
}

// NewCmdQuery makes `diplograph query`.
func NewCmdQuery(root *rootOptions) *cobra.Command {
	o := &queryOptions{root: root}
	cmd := &cobra.Command{
		Use:   "query [QUERY | -]",
		Short: "Run a Gizmo, GraphQL or MQL query against the store",
		Long: `query runs any query Cayley's languages accept. With no argument or "-" the query
is read from stdin. Predicates and classes are stored short, so Gizmo writes them with
angle brackets: "<dg:attended>", "<rdf:type>". A query that runs past --timeout
(including while(true){}) is stopped and the exit status is 1.`,
		Example: `  diplograph query 'g.V("<dg:Person>").In("<rdf:type>").Out("<dg:name>").All()'
  diplograph query --json 'g.V("<dg:Meeting>").In("<rdf:type>").Tag("m").Out("<dg:date>").Tag("date").All()'
  echo '{ nodes(first: 5) { id } }' | diplograph query --lang graphql -
  diplograph query --timeout 5s --limit 10 - < query.js`,
		Args: args(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Text = "-"
			if len(a) == 1 {
				o.Text = a[0]
			}
			return queryRun(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Lang, "lang", graph.LangGizmo, "query language: "+strings.Join(graph.Languages(), ", "))
	f.IntVar(&o.Limit, "limit", 100, "stop after this many results (0: no limit)")
	f.DurationVar(&o.Timeout, "timeout", 30*time.Second, "stop the query after this long")
	f.BoolVar(&o.JSON, "json", false, "print the results as one JSON array")
	return cmd
}

func queryRun(ctx context.Context, o *queryOptions) error {
	text := o.Text
	if text == "-" {
		b, err := io.ReadAll(o.root.Stdin)
		if err != nil {
			return fmt.Errorf("reading the query from stdin: %w", err)
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		return &usageError{command: "query", err: errors.New("empty query")}
	}
	store, err := o.root.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	res, err := store.Query(ctx, o.Lang, text, o.Limit)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("query timed out: stopped after --timeout %s: %w", o.Timeout, context.DeadlineExceeded)
		}
		return err
	}
	return printResults(o.root.Stdout, res, o.JSON)
}

// printResults prints tagged rows as a table and anything else as one JSON
// value per line.
func printResults(w io.Writer, res []interface{}, asJSON bool) error {
	var rows []map[string]interface{}
	var others []interface{}
	for _, r := range res {
		if r == nil {
			continue
		}
		if m, ok := r.(map[string]interface{}); ok {
			rows = append(rows, m)
		} else {
			others = append(others, r)
		}
	}
	if asJSON {
		out := make([]interface{}, 0, len(res))
		for _, r := range res {
			if r != nil {
				out = append(out, r)
			}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	if len(others) > 0 || len(rows) == 0 {
		for _, r := range res {
			if r == nil {
				continue
			}
			b, err := json.Marshal(r)
			if err != nil {
				return fmt.Errorf("printing a result: %w", err)
			}
			fmt.Fprintln(w, string(b))
		}
		return nil
	}
	cols := map[string]bool{}
	for _, r := range rows {
		for k := range r {
			cols[k] = true
		}
	}
	var head []string
	for k := range cols {
		head = append(head, k)
	}
	sort.Slice(head, func(i, j int) bool {
		// Cayley's "id" (the path's end) first, then tags by name.
		if (head[i] == "id") != (head[j] == "id") {
			return head[i] == "id"
		}
		return head[i] < head[j]
	})
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(head, "\t")))
	for _, r := range rows {
		cells := make([]string, len(head))
		for i, k := range head {
			cells[i] = cell(r[k])
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

func cell(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return oneLine(x)
	case time.Time:
		return x.Format(time.RFC3339)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
