package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/eval"
	"github.com/diplograph/diplograph/queries"
)

type evalOptions struct {
	root  *rootOptions
	Gold  string
	Paths []string
	JSON  bool
}

// NewCmdEval makes `diplograph eval`.
func NewCmdEval(root *rootOptions) *cobra.Command {
	o := &evalOptions{root: root}
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD.json PATH...",
		Short: "Score extraction against gold answers (precision, recall, F1)",
		Long: `eval builds a throwaway in-memory graph from PATH, asks the six scored questions
(meetings, roles, claims, co-chairs, partners, commitments) and scores the answers
against the gold file with the matching rules of the gold format, printing the same
lines as the reference scorer score.py and a last line "macro-F1 X.XXX". The store
flags are ignored: nothing is written to any store.`,
		Example: `  diplograph eval --gold ../shared/gold/seeds.json ../shared/seeds
  diplograph eval --json --gold gold.json docs/`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Paths = a
			if o.Gold == "" {
				return usagef(cmd, "--gold GOLD.json is required")
			}
			return evalRun(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Gold, "gold", "", "gold answers (JSON, see gold/FORMAT.md)")
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the scores as JSON")
	return cmd
}

func evalRun(ctx context.Context, o *evalOptions) error {
	gold, err := eval.LoadGold(o.Gold)
	if err != nil {
		return err
	}
	mem, res, err := memoryGraph(ctx, o.root, o.Paths)
	if err != nil {
		return err
	}
	defer mem.Close()
	for _, e := range res.Bad {
		fmt.Fprintln(o.root.Stderr, "skipped:", e)
	}
	answers, err := scoredAnswers(ctx, mem)
	if err != nil {
		return err
	}
	result := eval.Score(gold, answers)
	if o.JSON {
		type q struct {
			Question string  `json:"question"`
			Gold     int     `json:"gold"`
			Sys      int     `json:"sys"`
			P        float64 `json:"precision"`
			R        float64 `json:"recall"`
			F1       float64 `json:"f1"`
			Extra    string  `json:"extra,omitempty"`
		}
		out := struct {
			Questions []q     `json:"questions"`
			Macro     float64 `json:"macro_f1"`
		}{Macro: result.Macro}
		for _, s := range result.Questions {
			out.Questions = append(out.Questions, q{eval.QuestionOf(s.Category), s.Gold, s.Sys, s.P, s.R, s.F1, s.Extra})
		}
		enc := json.NewEncoder(o.root.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	return result.Write(o.root.Stdout)
}

// scoredAnswers asks the scored questions and decodes their --json output
// as the reference scorer would read it.
func scoredAnswers(ctx context.Context, q queries.Querier) (map[string][]interface{}, error) {
	answers := map[string][]interface{}{}
	for _, cat := range eval.Categories() {
		a, err := queries.Ask(ctx, q, eval.QuestionOf(cat), queries.Params{})
		if err != nil {
			return nil, err
		}
		b, err := json.Marshal(a.JSON(false))
		if err != nil {
			return nil, fmt.Errorf("encoding %s: %w", cat, err)
		}
		var list []interface{}
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, fmt.Errorf("decoding %s: %w", cat, err)
		}
		answers[cat] = list
	}
	return answers, nil
}
