package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/queries"
)

type askOptions struct {
	root     *rootOptions
	Question string
	JSON     bool
	Evidence bool
	List     bool
	Undated  bool
}

// NewCmdAsk makes `diplograph ask`.
func NewCmdAsk(root *rootOptions) *cobra.Command {
	o := &askOptions{root: root}
	cmd := &cobra.Command{
		Use:   "ask QUESTION",
		Short: "Answer a named question or a plain-English one",
		Long: `ask answers one of the named questions (see --list) or a plain-English question
routed to one of them; names in the question are resolved against the people and
countries in the graph. Without --json the answer is an aligned table; with --json it
is a JSON array whose objects have the fields of the gold format (partners: pairs).
--evidence adds the sentences and documents each answer was read from.`,
		Example: `  diplograph ask --list
  diplograph ask meetings
  diplograph ask meetings --undated
  diplograph ask "who co-chaired which commission"
  diplograph ask "where was Smith"
  diplograph ask "what figures did Smith claim" --json
  diplograph ask "which commitments did Norway sign" --evidence`,
		Args: func(cmd *cobra.Command, a []string) error {
			if o.List {
				return nil
			}
			return args(cobra.MinimumNArgs(1))(cmd, a)
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Question = strings.Join(a, " ")
			return askRun(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.JSON, "json", false, "print the answer as a JSON array (gold format fields)")
	f.BoolVar(&o.Evidence, "evidence", false, "add the evidence sentences and their documents")
	f.BoolVar(&o.List, "list", false, "list the named questions")
	f.BoolVar(&o.Undated, "undated", false, "meetings: also list meetings no document dates")
	return cmd
}

func askRun(ctx context.Context, o *askOptions) error {
	if o.List {
		return listQuestions(o.root.Stdout)
	}
	store, err := o.root.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	name, params, err := queries.Route(ctx, store, o.Question)
	if err != nil {
		return err
	}
	params.Evidence = o.Evidence
	params.Undated = o.Undated
	o.root.logger().Debug("routed", "question", o.Question, "to", name, "params", fmt.Sprintf("%+v", params))
	answer, err := queries.Ask(ctx, store, name, params)
	if err != nil {
		return err
	}
	if err := printAnswer(o.root.Stdout, answer, o.JSON, o.Evidence); err != nil {
		return err
	}
	if answer.Undated > 0 {
		fmt.Fprintf(o.root.Stderr, "(%d %s without a known date not shown; --undated lists them)\n", answer.Undated, plural(answer.Undated, "meeting", "meetings"))
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func listQuestions(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, q := range queries.List() {
		fmt.Fprintf(tw, "%s\t%s\n", q.Name, q.Description)
	}
	return tw.Flush()
}

func printAnswer(w io.Writer, a queries.Answer, asJSON, evidence bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(a.JSON(evidence))
	}
	head, rows := a.Table(evidence)
	if len(rows) == 0 {
		_, err := fmt.Fprintf(w, "no %s found\n", a.Question)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(head, "\t"))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = oneLine(c)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}
