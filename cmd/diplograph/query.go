package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/termtext"
)

type queryOptions struct {
	root    *rootOptions
	Text    string // the query, or "-" to read it from stdin
	Lang    string
	Limit   int
	Timeout time.Duration
	Memory  byteSize
	JSON    bool
	Wide    bool
}

// limitProbe is how many results past --limit a query looks at to say how
// many were cut; beyond it the count is "more than".
const limitProbe = 10000

// NewCmdQuery makes `diplograph query`.
func NewCmdQuery(root *rootOptions) *cobra.Command {
	o := &queryOptions{root: root, Memory: graph.DefaultQueryMemory}
	cmd := &cobra.Command{
		Use:   "query [QUERY | -]",
		Short: "Run a Gizmo, GraphQL or MQL query against the store",
		Long: `query runs any query Cayley's languages accept. With no argument or "-" the query
is read from stdin. Predicates and classes are stored short, so Gizmo writes them with
angle brackets: "<dg:attended>", "<rdf:type>". A query that runs past --timeout
(including while(true){}) or makes the process's heap grow past --max-memory is
stopped and the exit status is 1.`,
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
	f.DurationVar(&o.Timeout, "timeout", 30*time.Second, "stop the query after this long (0: no limit)")
	f.Var(&o.Memory, "max-memory", "stop the query when the process's heap passes this size (0: no limit)")
	f.BoolVar(&o.JSON, "json", false, "print the results as one JSON array")
	f.BoolVar(&o.Wide, "wide", false, "print every cell whole instead of fitting the table to the terminal")
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
	store, err := o.root.openReader(ctx, int64(o.Memory))
	if err != nil {
		return err
	}
	defer store.Close()
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	probe := o.Limit
	if o.Limit > 0 {
		probe = o.Limit + limitProbe + 1
	}
	res, err := store.Query(ctx, o.Lang, text, probe)
	if err != nil {
		return limitHint(err, o.Timeout)
	}
	cut := 0
	if o.Limit > 0 && len(res) > o.Limit {
		cut = len(res) - o.Limit
		res = res[:o.Limit]
	}
	width := o.root.width()
	if o.Wide {
		width = 0
	}
	if err := printResults(o.root.Stdout, res, o.JSON, width); err != nil {
		return err
	}
	switch {
	case cut > limitProbe:
		fmt.Fprintf(o.root.Stderr, "(showing the first %d results; more than %d were cut by --limit: --limit 0 shows all)\n", o.Limit, limitProbe)
	case cut > 0:
		fmt.Fprintf(o.root.Stderr, "(showing the first %d of %d results; %d cut by --limit: --limit 0 shows all)\n", o.Limit, o.Limit+cut, cut)
	}
	return nil
}

// limitHint names the flag that sets the limit a query ran into.
func limitHint(err error, timeout time.Duration) error {
	var mem *graph.QueryMemoryError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("%w (--timeout %s)", err, timeout)
	case errors.As(err, &mem):
		return fmt.Errorf("%w (--max-memory sets the budget)", err)
	}
	return err
}

// printResults prints tagged rows as a table fitted to width (0: no limit)
// and anything else as one JSON value per line.
func printResults(w io.Writer, res []interface{}, asJSON bool, width int) error {
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
		return writeJSON(w, out)
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
			fmt.Fprintln(w, string(termtext.EscapeJSON(b)))
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
	t := termtext.Table{Width: width}
	for _, h := range head {
		t.Head = append(t.Head, strings.ToUpper(h))
	}
	for _, r := range rows {
		cells := make([]string, len(head))
		for i, k := range head {
			cells[i] = cell(r[k])
		}
		t.Rows = append(t.Rows, cells)
	}
	return t.Write(w)
}

func cell(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case time.Time:
		return x.Format(time.RFC3339)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}
