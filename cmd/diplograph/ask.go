package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/queries"
	"github.com/diplograph/diplograph/termtext"
)

type askOptions struct {
	root     *rootOptions
	Question string
	JSON     bool
	Evidence bool
	List     bool
	Undated  bool
	Wide     bool
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
--evidence adds the sentences and documents each answer was read from. Documents are
shown by title (else source and date, else file name); --json keeps their file names.`,
		Example: `  diplograph ask --list
  diplograph ask meetings
  diplograph ask meetings --undated
  diplograph ask "who co-chaired which commission"
  diplograph ask "where was Smith"
  diplograph ask "what figures did Smith claim" --json
  diplograph ask "which commitments did Norway sign" --evidence
  diplograph ask "who paid a state visit to Norway"`,
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
	f.BoolVar(&o.Undated, "undated", false, "meetings: also list meetings no document dates (always, for a question about a person or a country)")
	f.BoolVar(&o.Wide, "wide", false, "print every cell whole instead of fitting the table to the terminal")
	return cmd
}

func askRun(ctx context.Context, o *askOptions) error {
	if o.List {
		return listQuestions(o.root.Stdout, o.root.width())
	}
	store, err := o.root.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer store.Close()
	question, params, err := queries.Route(ctx, store, o.Question)
	if err != nil {
		return err
	}
	params.Evidence = o.Evidence
	// A question about a person or a place wants all of their meetings: an
	// undated one may be the only one ("where was X").
	params.Undated = o.Undated || len(params.People) > 0 || params.Country != ""
	o.root.logger().Debug("routed", "question", o.Question, "to", question.Name, "params", fmt.Sprintf("%+v", params))
	answer, err := queries.Ask(ctx, store, question, params)
	if err != nil {
		return err
	}
	width := o.root.width()
	if o.Wide {
		width = 0
	}
	if err := printAnswer(o.root.Stdout, answer, o.JSON, width); err != nil {
		return err
	}
	switch {
	case answer.Undated > 0:
		fmt.Fprintf(o.root.Stderr, "(%d %s without a known date not shown; --undated lists them)\n", answer.Undated, plural(answer.Undated, question.Item, question.Name))
	case params.Undated && !o.JSON && answer.UndatedShown > 0:
		n := answer.UndatedShown
		fmt.Fprintf(o.root.Stderr, "(%d of these %s no known date)\n", n, plural(n, question.Name+" has", question.Name+" have"))
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func listQuestions(w io.Writer, width int) error {
	t := termtext.Table{Width: width}
	for _, q := range queries.List() {
		t.Rows = append(t.Rows, []string{q.Name, q.Description})
	}
	return t.Write(w)
}

// printAnswer prints the answer as JSON, or as a table fitted to width (0:
// every cell whole). Everything from the graph is made terminal-safe.
func printAnswer(w io.Writer, a queries.Answer, asJSON bool, width int) error {
	if asJSON {
		return writeJSON(w, a.JSON())
	}
	head, rows := a.Table()
	if len(rows) == 0 {
		_, err := fmt.Fprintf(w, "no %s found\n", termtext.Line(a.Question.Name))
		return err
	}
	return termtext.Table{Head: head, Rows: rows, Width: width}.Write(w)
}
