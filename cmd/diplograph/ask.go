package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/queries"
	"github.com/diplograph/diplograph/question"
	"github.com/diplograph/diplograph/termtext"
)

type askOptions struct {
	root        *rootOptions
	Question    string
	JSON        bool
	Evidence    bool
	List        bool
	Undated     bool
	Wide        bool
	Explain     bool
	Gizmo       bool // run the questions' Gizmo scripts rather than read the read model
	Today       string
	SearchIndex string
	Limit       int
	Timeout     time.Duration
	Memory      byteSize
}

// NewCmdAsk makes `diplograph ask`.
func NewCmdAsk(root *rootOptions) *cobra.Command {
	o := &askOptions{root: root, Memory: graph.DefaultQueryMemory}
	cmd := &cobra.Command{
		Use:   "ask QUESTION",
		Short: "Answer a question in plain English, or a named one",
		Long: `ask answers a question in plain English from the graph, exactly, with the documents
it was read from; no model and no network. It reads what is asked (meetings, calls,
visits, offices, figures, co-chairs, partners, commitments, conflicts), the people,
countries, cities, commissions and occasions named (resolved against the graph's names,
accents folded: a near miss gets "did you mean", an ambiguous name its candidates), the
period (in 2023, in March 2024, since 2022, between 2020 and 2022, before 2021, this
year, last year, the last 2 years), the statuses of commitments (signed, agreed,
proposed, pledged, done) and the shape of the answer:

  a list          meetings in 2023 / what was signed in Oslo
  a count         how many meetings did X attend in 2024
  yes or no       did X meet Y in 2023
  the latest one  when did X last meet Y / the first meeting of X
  newest first    recent meetings of X

Two names mean both: "when did X meet Y", "what did A and B agree", "between A and B";
"X or Y" means either. Besides the named questions (--list) it answers:

  timeline A [B]       meetings, calls, visits, figures and commitments in date order
                       ("how have relations between A and B developed")
  person NAME          a profile: offices with the dates observed, meetings, figures
                       claimed, commissions chaired, commitments, documents
  country NAME         the same for a country, with its partners
  search "TEXT"        the evidence sentences that mention TEXT, best first, with the
                       facts read from each ("what was said about the gas pipeline")

Questions the graph cannot answer (why, predictions, opinions, general knowledge,
negations) and names it does not hold are declined with a reason, never guessed at.
--explain prints how the question was read and the Gizmo it runs; --today sets the
date "this year" and "last 2 years" count from.

Without --json the answer is an aligned table. With --json: for the six scored questions
(meetings, roles, claims, co-chairs, partners, commitments) asked as a list, an array
with the gold format's fields (partners: pairs); calls as meetings; visits {visitor,
host, city, date, docs}; conflicts {metric, period, a, b}; people {name, aliases,
roles}. A count or yes/no is {"question", "count", "answer" ("yes"|"no", yes/no only),
"rows"}; a question over several kinds (contacts) is {"meetings": [...], "calls":
[...], "visits": [...]}; a timeline is an array of {date, kind, what, docs}; a profile
is {"person"|"country": NAME, "offices": [{role, country, observed, person}],
"meetings", "calls", "visits", "figures claimed", "commissions chaired",
"commitments", ("partners",) "documents": [{doc, title, published}]}; a search is an
array of {doc, line, sentence, facts, score}. --evidence adds the sentences and
documents each answer was read from.`,
		Example: `  diplograph ask --list
  diplograph ask meetings
  diplograph ask "meetings in 2023"
  diplograph ask "when did Smith meet Jones"
  diplograph ask "did Smith meet Jones in 2023"
  diplograph ask "how many meetings did Smith attend"
  diplograph ask "what did Norway and Chile agree" --evidence
  diplograph ask "what was signed in Oslo" --json
  diplograph ask "which commissions does Norway co-chair"
  diplograph ask timeline Norway Chile
  diplograph ask person Smith
  diplograph ask search "salmon farming"
  diplograph ask --explain "who is the prime minister of Norway"`,
		Args: func(cmd *cobra.Command, a []string) error {
			if o.List {
				return nil
			}
			return args(cobra.MinimumNArgs(1))(cmd, a)
		},
		RunE: func(cmd *cobra.Command, a []string) error {
			o.Question = joinArgs(a)
			return askRun(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.JSON, "json", false, "print the answer as JSON (gold format fields for the scored questions; see above)")
	f.BoolVar(&o.Evidence, "evidence", false, "add the evidence sentences and their documents")
	f.BoolVar(&o.List, "list", false, "list the named questions")
	f.BoolVar(&o.Undated, "undated", false, "meetings: also list meetings no document dates (always, for a question that names someone or somewhere)")
	f.BoolVar(&o.Wide, "wide", false, "print every cell whole instead of fitting the table to the terminal")
	f.BoolVar(&o.Explain, "explain", false, "print how the question was read and the Gizmo script of the records it reads, then the answer")
	f.BoolVar(&o.Gizmo, "gizmo", false, "run the questions' Gizmo scripts over the quads instead of reading the store's read model (slower; the same answer)")
	f.StringVar(&o.Today, "today", "", "the date relative periods count from (YYYY-MM-DD; default today)")
	f.StringVar(&o.SearchIndex, "search-index", "", "the search index directory (default: beside a bolt file, FILE.search; for a server store, under the user cache directory)")
	f.IntVar(&o.Limit, "limit", 20, "search: the most sentences to show")
	f.DurationVar(&o.Timeout, "timeout", 30*time.Second, "stop answering after this long (0: no limit)")
	f.Var(&o.Memory, "max-memory", "stop a query when the process's heap passes this size (0: no limit)")
	return cmd
}

// joinArgs joins the words of a question; a word with a space (a quoted
// argument: search "gas pipeline") keeps its quotes, so it stays a phrase.
func joinArgs(a []string) string {
	parts := make([]string, len(a))
	for i, w := range a {
		if strings.ContainsAny(w, " \t") && !strings.ContainsAny(w, `"“”`) && len(a) > 1 {
			w = `"` + w + `"`
		}
		parts[i] = w
	}
	return strings.Join(parts, " ")
}

func askRun(ctx context.Context, o *askOptions) error {
	if o.List {
		return listQuestions(o.root.Stdout, o.root.width())
	}
	defer shortRunGC()()
	today := time.Now().UTC()
	if o.Today != "" {
		t, err := time.Parse("2006-01-02", o.Today)
		if err != nil {
			return &usageError{command: "ask", err: fmt.Errorf("--today %q: want a date as YYYY-MM-DD", o.Today)}
		}
		today = t
	}
	store, err := o.root.openReader(ctx, int64(o.Memory))
	if err != nil {
		return err
	}
	defer store.Close()
	if file, ok := store.InterruptedLoad(ctx); ok {
		fmt.Fprintf(o.root.Stderr, "warning: the load of %s was stopped before it ended: the store holds part of it; load it again to complete it\n", termtext.Line(file))
	}
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	if done, err := writeKeptAnswer(ctx, store, o); done || err != nil {
		return err
	}
	var q queries.Querier = store
	if o.Gizmo {
		q = queries.GizmoOnly(store)
	}
	parser, err := newQuestionParser(ctx, q, o.Question)
	if err != nil {
		return limitHint(err, o.Timeout)
	}
	pq, err := parser.Parse(o.Question, today)
	if err != nil {
		return err
	}
	o.root.logger().Debug("read", "question", o.Question, "as", pq.Summary())
	ro := queries.RunOptions{Evidence: o.Evidence, Undated: o.Undated, Limit: o.Limit}
	if pq.Topic == question.TopicSearch {
		idx, err := openSearchIndex(o)
		if err != nil {
			return err
		}
		if idx != nil {
			defer idx.Close()
			ro.Search = idx
		}
	}
	reply, err := queries.Run(ctx, q, pq, ro)
	if err != nil {
		return limitHint(err, o.Timeout)
	}
	return writeReply(o, reply, o.root.Stdout, o.root.Stderr)
}

// writeReply prints a reply as ask prints it: the answer on stdout, then
// what it leaves out on stderr.
func writeReply(o *askOptions, reply queries.Reply, stdout, stderr io.Writer) error {
	if o.Explain {
		printExplain(stdout, reply)
	}
	width := o.root.width()
	if o.Wide {
		width = 0
	}
	if o.JSON {
		if err := writeJSON(stdout, reply.JSON()); err != nil {
			return err
		}
	} else if err := printReply(stdout, reply, width); err != nil {
		return err
	}
	for _, l := range reply.Left {
		fmt.Fprintf(stderr, "(%s)\n", termtext.Line(l))
	}
	return nil
}

// bareNamedQuestion says whether the question is a named question's name
// alone, which the parser reads without the graph's names (loading them is
// most of a named question's time on a large store).
func bareNamedQuestion(text string) bool {
	t := strings.TrimSpace(text)
	if strings.ContainsAny(t, " \t") {
		return false
	}
	_, err := queries.Lookup(t)
	return err == nil
}

// noEntities is a graph without names, for bare named questions.
type noEntities struct{}

func (noEntities) Entities(context.Context) ([]question.Entity, error) { return nil, nil }

// newQuestionParser makes the parser of the store's graph, as the HTTP
// API makes it (question.Load), for the question text; a bare named
// question ("meetings", "co-chairs") has no name to read, so none is
// loaded ("" reads any question).
func newQuestionParser(ctx context.Context, store queries.Querier, text string) (*question.Parser, error) {
	if text != "" && bareNamedQuestion(text) {
		return question.Load(ctx, noEntities{})
	}
	return question.Load(ctx, queries.EntitySource{Q: store})
}

// openSearchIndex opens the store's search index read-only, or returns
// nil when there is none (the answer says to build).
func openSearchIndex(o *askOptions) (*fulltext.Index, error) {
	cfg := o.root.config()
	dir, err := fulltext.Path(cfg.Backend, cfg.Path, o.SearchIndex)
	if err != nil {
		return nil, err
	}
	if dir == fulltext.InMemory {
		return nil, errors.New("an in-memory store keeps no search index between commands: use a bolt or PostgreSQL store")
	}
	idx, err := fulltext.Open(dir, fulltext.Options{ReadOnly: true})
	if errors.Is(err, fulltext.ErrNoIndex) {
		return nil, fmt.Errorf("this store has no search index at %s: run build (it fills the index) and ask again", dir)
	}
	return idx, err
}

func listQuestions(w io.Writer, width int) error {
	t := termtext.Table{Width: width}
	for _, q := range queries.List() {
		t.Rows = append(t.Rows, []string{q.Name, q.Description})
	}
	return t.Write(w)
}

// printExplain prints the structured query and the Gizmo of the named
// questions the answer read.
func printExplain(w io.Writer, r queries.Reply) {
	fmt.Fprint(w, termtext.Text(r.Query.Explain()))
	for _, q := range r.Used {
		fmt.Fprintf(w, "\n// gizmo: the records of %s\n%s\n", q.Name, strings.TrimRight(q.Script(), "\n"))
	}
	if r.Query.Topic == question.TopicSearch {
		fmt.Fprintf(w, "\n// search: the full-text index of evidence sentences for %q\n", r.Query.Search)
	}
	fmt.Fprintln(w)
}

// printReply prints a reply as tables fitted to width (0: every cell
// whole). Everything from the graph is made terminal-safe.
func printReply(w io.Writer, r queries.Reply, width int) error {
	q := r.Query
	switch {
	case q.Topic == question.TopicSearch:
		return printHits(w, r, width)
	case r.Yes != nil:
		if *r.Yes {
			fmt.Fprintf(w, "yes: %s\n", counted(r))
		} else {
			fmt.Fprintf(w, "no: nothing in the graph fits (%s)\n", termtext.Line(q.Summary()))
			return nil
		}
	case q.Shape == question.ShapeCount:
		fmt.Fprintf(w, "%s\n", counted(r))
	}
	if q.Topic == question.TopicProfile && len(q.Parties) == 1 {
		fmt.Fprintf(w, "%s: %s\n", q.Parties[0].Kind, termtext.Line(q.Parties[0].Name))
	}
	several := len(r.Sections) > 1
	any := false
	for i, s := range r.Sections {
		if several {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "%s (%d)\n", strings.ToUpper(s.Name), len(s.Rows))
		}
		if len(s.Rows) == 0 {
			if !several {
				fmt.Fprintf(w, "no %s found\n", termtext.Line(s.Name))
			}
			continue
		}
		any = true
		head := append([]string(nil), s.Columns...)
		if r.Evidence {
			head = append(head, "EVIDENCE")
		}
		var rows [][]string
		for _, row := range s.Rows {
			cells := row.Cells()
			if r.Evidence {
				cells = append(cells, kind.EvidenceCell(row.Sources()))
			}
			rows = append(rows, cells)
		}
		if err := (termtext.Table{Head: head, Rows: rows, Width: width}).Write(w); err != nil {
			return err
		}
	}
	if several && !any {
		fmt.Fprintln(w, "nothing found")
	}
	return nil
}

// counted says how many facts a reply has: "3 meetings".
func counted(r queries.Reply) string {
	if len(r.Sections) == 1 && r.Sections[0].Item != "" {
		s := r.Sections[0]
		return fmt.Sprintf("%d %s", r.Count, plural(r.Count, s.Item, s.Name))
	}
	return fmt.Sprintf("%d %s", r.Count, plural(r.Count, "fact", "facts"))
}

func printHits(w io.Writer, r queries.Reply, width int) error {
	if len(r.Hits) == 0 {
		_, err := fmt.Fprintf(w, "no sentence mentions %s\n", termtext.Line(r.Query.Search))
		return err
	}
	var rows [][]string
	for _, h := range r.Hits {
		var facts []string
		for _, f := range h.Facts {
			facts = append(facts, factKind(f))
		}
		rows = append(rows, []string{fmt.Sprintf("%s:%d", h.Doc, h.Line), marked(h), strings.Join(facts, ", ")})
	}
	if err := (termtext.Table{Head: []string{"WHERE", "SENTENCE", "FACTS"}, Rows: rows, Width: width}).Write(w); err != nil {
		return err
	}
	if r.HitsTotal > len(r.Hits) {
		fmt.Fprintf(w, "(%d of %d sentences shown; --limit shows more)\n", len(r.Hits), r.HitsTotal)
	}
	return nil
}

// marked writes a hit's sentence with its matched words in brackets.
func marked(h fulltext.Hit) string {
	var b strings.Builder
	at := 0
	for _, m := range h.Matches {
		if m.Start < at || m.End > len(h.Text) {
			continue
		}
		b.WriteString(h.Text[at:m.Start])
		b.WriteString("[" + h.Text[m.Start:m.End] + "]")
		at = m.End
	}
	b.WriteString(h.Text[at:])
	return strings.Join(strings.Fields(b.String()), " ")
}

// factKind names a fact by the kind in its IRI (urn:diplograph:meeting:…).
func factKind(iri string) string {
	s := strings.TrimPrefix(strings.Trim(iri, "<>"), "urn:diplograph:")
	if i := strings.Index(s, ":"); i > 0 {
		return s[:i]
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
