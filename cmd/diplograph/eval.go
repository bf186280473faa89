package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/eval"
	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/queries"
)

type evalOptions struct {
	root      *rootOptions
	Gold      string
	Paths     []string
	JSON      bool
	Diff      bool
	Questions []string
}

// NewCmdEval makes `diplograph eval`.
func NewCmdEval(root *rootOptions) *cobra.Command {
	o := &evalOptions{root: root}
	cmd := &cobra.Command{
		Use:   "eval --gold GOLD.json PATH...",
		Short: "Score extraction against gold answers (precision, recall, F1)",
		Long: `eval builds a throwaway in-memory graph from PATH, asks the scored questions
(` + strings.Join(scoredNames(), ", ") + `) and scores the answers
against the gold file with the matching rules of the gold format, printing the same
lines as the reference scorer score.py and a last line "macro-F1 X.XXX". The store
flags are ignored: nothing is written to any store.

With --diff it first prints, document by document, what the scores count against
the extractor, matched by the same rules:
  - a gold fact no answer matches, with the sentence of the document that states it
    (found by searching the document for the fact's names, place, figure or words);
  ~ an answer that matches no gold fact but is close to a missed one (same people,
    same figure, half the words...), with the gold fact and the fields that differ;
  + an answer that matches no gold fact, with the sentence it was read from.
--question limits the listing (not the scores) to some questions.`,
		Example: `  diplograph eval --gold ../shared/gold/seeds.json ../shared/seeds
  diplograph eval --json --gold gold.json docs/
  diplograph eval --diff --gold gold.json docs/
  diplograph eval --diff --question meetings,co-chairs --gold gold.json docs/`,
		Args: args(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Paths = a
			if o.Gold == "" {
				return usagef(cmd, "--gold GOLD.json is required")
			}
			if len(o.Questions) > 0 && !o.Diff {
				return usagef(cmd, "--question limits the --diff listing; give --diff too")
			}
			for _, q := range o.Questions {
				if !scoredQuestion(q) {
					return usagef(cmd, "--question %q: not a scored question (%s)", q, strings.Join(scoredNames(), ", "))
				}
			}
			return evalRun(cmd.Context(), o)
		},
	}
	cmd.Flags().StringVar(&o.Gold, "gold", "", "gold answers (JSON, see gold/FORMAT.md)")
	cmd.Flags().BoolVar(&o.JSON, "json", false, "print the scores (and with --diff the differences) as JSON")
	cmd.Flags().BoolVar(&o.Diff, "diff", false, "list, per document, the gold facts missed and the answers that match no gold fact, with their sentences")
	cmd.Flags().StringSliceVar(&o.Questions, "question", nil, "with --diff: list only these questions (comma-separated or repeated)")
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
	answers, err := scoredAnswers(ctx, mem, o.Diff)
	if err != nil {
		return err
	}
	if o.Diff {
		sources := make([]eval.Source, 0, len(res.Reports))
		for _, r := range res.Reports {
			sources = append(sources, eval.Source{Name: r.Doc.Name, Text: r.Doc.Text})
		}
		withheld, err := withheldAnswers(ctx, mem)
		if err != nil {
			return err
		}
		gz, err := gazetteer.Load()
		if err != nil {
			return fmt.Errorf("loading the gazetteer: %w", err)
		}
		d := eval.Compare(gold, answers, sources, eval.Options{Questions: o.Questions, Withheld: withheld, CountryForms: countryForms(gz)})
		if o.JSON {
			return writeJSON(o.root.Stdout, struct {
				evalJSON
				Documents []eval.DocDiff `json:"documents"`
				Clean     int            `json:"documents_without_differences"`
			}{scoresJSON(d.Result), nonNilDiffs(d.Docs), d.Clean})
		}
		return d.Write(o.root.Stdout)
	}
	result := eval.Score(gold, answers)
	if o.JSON {
		return writeJSON(o.root.Stdout, scoresJSON(result))
	}
	return result.Write(o.root.Stdout)
}

// evalJSON is the --json form of the scores.
type evalJSON struct {
	Questions []questionJSON `json:"questions"`
	Macro     float64        `json:"macro_f1"`
}

type questionJSON struct {
	Question string  `json:"question"`
	Gold     int     `json:"gold"`
	Sys      int     `json:"sys"`
	P        float64 `json:"precision"`
	R        float64 `json:"recall"`
	F1       float64 `json:"f1"`
	Extra    string  `json:"extra,omitempty"`
}

func scoresJSON(result eval.Result) evalJSON {
	out := evalJSON{Macro: result.Macro}
	for _, s := range result.Questions {
		out.Questions = append(out.Questions, questionJSON{eval.QuestionOf(s.Category), s.Gold, s.Sys, s.P, s.R, s.F1, s.Extra})
	}
	return out
}

func nonNilDiffs(d []eval.DocDiff) []eval.DocDiff {
	if d == nil {
		return []eval.DocDiff{}
	}
	return d
}

// scoredNames are the names of the questions the gold format scores.
func scoredNames() []string {
	var out []string
	for _, q := range kind.Scored() {
		out = append(out, q.Name)
	}
	return out
}

func scoredQuestion(q string) bool {
	for _, c := range eval.Categories() {
		if q == eval.QuestionOf(c) || q == c {
			return true
		}
	}
	return false
}

// scoredAnswers asks the scored questions and decodes their --json output
// as the reference scorer would read it; with evidence, as `ask --json
// --evidence` prints it (the scorer ignores the evidence).
func scoredAnswers(ctx context.Context, q queries.Querier, evidence bool) (map[string][]any, error) {
	answers := map[string][]any{}
	for _, cat := range eval.Categories() {
		question, err := queries.Lookup(eval.QuestionOf(cat))
		if err != nil {
			return nil, err
		}
		a, err := queries.Ask(ctx, q, question, queries.Params{Evidence: evidence})
		if err != nil {
			return nil, err
		}
		b, err := json.Marshal(a.JSON())
		if err != nil {
			return nil, fmt.Errorf("encoding %s: %w", cat, err)
		}
		var list []any
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, fmt.Errorf("decoding %s: %w", cat, err)
		}
		answers[cat] = list
	}
	return answers, nil
}

// countryForms gives the diff a country's other names and adjectives, to
// find the sentence that makes two countries partners.
func countryForms(gz *gazetteer.Gazetteer) func(string) []string {
	return func(name string) []string {
		c, ok := gz.Country(name)
		if !ok {
			return nil
		}
		out := []string{c.Name}
		out = append(out, c.Aliases...)
		for _, d := range c.Demonyms {
			out = append(out, strings.TrimSuffix(d, "-"))
		}
		return out
	}
}

// withheldAnswers are the answers the scored questions leave out for want
// of a date (those whose descriptor says why, kind.Gold.Withheld: meetings),
// with evidence: the diff shows them beside the gold facts they would have
// matched. They are keyed by gold category.
func withheldAnswers(ctx context.Context, q queries.Querier) (map[string][]any, error) {
	out := map[string][]any{}
	for _, question := range kind.Scored() {
		cat := question.Gold.Key
		if question.Gold.Withheld == "" {
			continue // it leaves no answer out
		}
		a, err := queries.Ask(ctx, q, question, queries.Params{Evidence: true, Undated: true})
		if err != nil {
			return nil, err
		}
		for _, r := range a.Rows {
			if u, ok := r.(kind.Undated); !ok || !u.Undated() {
				continue
			}
			b, err := json.Marshal(r.JSON(true))
			if err != nil {
				return nil, fmt.Errorf("encoding an undated %s: %w", question.Item, err)
			}
			var v any
			if err := json.Unmarshal(b, &v); err != nil {
				return nil, fmt.Errorf("decoding an undated %s: %w", question.Item, err)
			}
			out[cat] = append(out[cat], v)
		}
	}
	return out, nil
}
