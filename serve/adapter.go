package serve

// This is the one file of the package that calls diplograph's graph and
// queries packages. Their APIs are expected to change (a registry of fact
// kinds, a read model for answers); when they do, only this file follows.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/queries"
	"github.com/diplograph/diplograph/question"
)

// Vocabulary the entity pages, the graph view and the timeline read. The
// store keeps predicates and classes short ("dg:name"); see docs/SCHEMA.md.
const (
	predType       = graph.PredType
	predName       = graph.PredName
	predAlias      = graph.PredAlias
	predActsFor    = graph.PredActsFor
	predAttended   = graph.PredAttended
	predHeldIn     = graph.PredHeldIn
	predInCountry  = graph.PredInCountry
	predDate       = graph.PredDate
	predHolds      = graph.PredHolds
	predOf         = graph.PredOf
	predSide       = graph.PredSide
	predCommission = graph.PredCommission
	predParty      = graph.PredParty
	predMadeAt     = graph.PredMadeAt
	predEvidence   = graph.PredEvidence
	predInDocument = graph.PredInDocument
	predText       = graph.PredText
	predLine       = graph.PredLine
	predFile       = graph.PredFile
	predTitle      = graph.PredTitle
	predPublished  = graph.PredPublished
	predSource     = graph.PredSource
	predURL        = graph.PredURL

	classDocument    = graph.ClassDocument
	classSentence    = graph.ClassSentence
	classPerson      = graph.ClassPerson
	classCountry     = graph.ClassCountry
	classMeeting     = graph.ClassMeeting
	classCall        = graph.ClassCall
	classCommitment  = graph.ClassCommitment
	classPartnership = graph.ClassPartnership
	classCoChair     = graph.ClassCoChair

	entityPrefix = graph.EntityPrefix

	langGizmo   = graph.LangGizmo
	langGraphQL = graph.LangGraphQL
	langMQL     = graph.LangMQL
)

// What the pages know of classes and answers comes from the fact-kind
// registry (package kind), so that a new kind shows on them unchanged.
var (
	// searchClasses are the classes whose nodes the search finds, in the
	// order results of equal quality are listed.
	searchClasses = kind.SearchClasses()
	// factKinds are the reified facts whose evidence a neighbour's page
	// shows, by local name ("Meeting").
	factKinds = localNameSet(kind.FactClasses())
	// notInGraphView are kinds the picture leaves out: documents and
	// sentences are provenance, shown on the pages instead.
	notInGraphView = localNameSet(kind.HiddenClasses())
	// answerNameFields are the answer fields that hold names of entities.
	answerNameFields = set(kind.NameFields())
)

func set(ss []string) map[string]bool {
	out := make(map[string]bool, len(ss))
	for _, s := range ss {
		out[s] = true
	}
	return out
}

func localNameSet(classes []string) map[string]bool {
	out := make(map[string]bool, len(classes))
	for _, c := range classes {
		out[localName(c)] = true
	}
	return out
}

// Store is the diplograph store the server answers from.
type Store = graph.Store

// Searcher is the full-text index of evidence sentences that search
// questions read (a *fulltext.Index).
type Searcher = queries.Searcher

// backend is what the handlers need from the store and the questions.
// The parser of questions holds the names of the graph; it is made once
// and kept until a write changes the graph.
type backend struct {
	store  *graph.Store
	search Searcher // nil: the store has no search index

	mu     sync.Mutex
	parser *question.Parser
}

func newBackend(s *graph.Store, search Searcher) *backend { return &backend{store: s, search: search} }

// handle is Cayley's handle on the store, for its query languages, quad
// formats and iterators.
func (b *backend) handle() *cgraph.Handle { return b.store.Handle() }

// storeName says which store is served ("bolt", "postgres", ...).
func (b *backend) storeName() string { return b.store.Config().Backend }

func (b *backend) stats(ctx context.Context) (nodes, quads int64, err error) {
	return b.store.Stats(ctx)
}

// query runs a Gizmo, GraphQL or MQL query with JSON collation, stopping
// at limit results (<= 0: none) or when ctx ends.
func (b *backend) query(ctx context.Context, lang, text string, limit int) ([]interface{}, error) {
	return b.store.Query(ctx, lang, text, limit)
}

// languages are the query languages query accepts.
func (b *backend) languages() []string { return graph.Languages() }

// parseNQuads reads N-Quads with IRIs compacted to the store's short forms
// and duplicates dropped; a malformed line (named name:line) is the
// client's fault.
func (b *backend) parseNQuads(ctx context.Context, r io.Reader, name string) ([]quad.Quad, error) {
	qs, err := graph.ParseNQuads(ctx, r, name)
	if err != nil && ctx.Err() == nil {
		return nil, badRequest(err)
	}
	return qs, err
}

// loadNQuads checks the whole text first, so a bad line stores nothing,
// then adds the quads the store does not hold yet.
func (b *backend) loadNQuads(ctx context.Context, data []byte, name string) (int, error) {
	if _, err := b.parseNQuads(ctx, bytes.NewReader(data), name); err != nil {
		return 0, err
	}
	defer b.invalidate()
	return b.store.LoadNQuads(ctx, bytes.NewReader(data), name)
}

// compact maps absolute IRIs in diplograph's namespaces to the short forms
// the store keeps, so quads from an export match the stored ones.
func compactIRI(iri string) string { return graph.CompactIRI(iri) }

// foldName folds a name for comparison (case, accents).
func foldName(s string) string { return fact.Fold(s) }

// invalidate forgets what was read from the graph; writes call it.
func (b *backend) invalidate() {
	b.mu.Lock()
	b.parser = nil
	b.mu.Unlock()
}

// questionParser is the parser of the graph's questions, made as ask makes
// it (question.Load). Requests that come while it is made wait for it.
func (b *backend) questionParser(ctx context.Context) (*question.Parser, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.parser != nil {
		return b.parser, nil
	}
	p, err := question.Load(ctx, queries.EntitySource{Q: b.store})
	if err != nil {
		return nil, err
	}
	b.parser = p
	return p, nil
}

// namedQuestion is a named question as the API lists it.
type namedQuestion struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Gizmo       string `json:"gizmo"`
}

func (b *backend) questions() []namedQuestion {
	var out []namedQuestion
	for _, q := range queries.List() {
		out = append(out, namedQuestion{Name: q.Name, Description: q.Description, Gizmo: q.Script()})
	}
	return out
}

// askOptions are the switches of `ask` a request may set.
type askOptions struct {
	Evidence bool
	Undated  bool
	Today    time.Time // what relative periods count from
	Hits     int       // search: the most sentences to return
}

// examples are questions of every form the parser reads, filled with
// names from the graph.
func (b *backend) examples(ctx context.Context) ([]string, error) {
	p, err := b.questionParser(ctx)
	if err != nil {
		return nil, err
	}
	return p.Examples(strconv.Itoa(time.Now().UTC().Year())), nil
}

// declined is a question the parser will not answer (an unknown or
// ambiguous name, a question outside the graph), with what would help.
type declined struct{ d *question.Decline }

func (e *declined) Error() string { return e.d.Error() }
func (e *declined) Unwrap() error { return e.d }

// errNoSearchIndex is a search question on a store no build indexed.
var errNoSearchIndex = errors.New("this store has no search index: run diplograph build on it (build fills the index) and start the server again")

// ask reads the question as ask does and answers it with queries.Run.
func (b *backend) ask(ctx context.Context, text string, o askOptions) (queries.Reply, error) {
	p, err := b.questionParser(ctx)
	if err != nil {
		return queries.Reply{}, err
	}
	pq, err := p.Parse(text, o.Today)
	if err == nil && pq.Topic == question.TopicSearch && b.search == nil {
		return queries.Reply{Query: pq}, &clientError{status: 503, err: errNoSearchIndex}
	}
	var reply queries.Reply
	if err == nil {
		reply, err = queries.Run(ctx, b.store, pq, queries.RunOptions{Evidence: o.Evidence, Undated: o.Undated, Search: b.search, Limit: o.Hits})
	}
	var d *question.Decline
	if errors.As(err, &d) {
		return queries.Reply{}, &declined{d}
	}
	return reply, err
}

// gizmoOf is the Gizmo script of each named question a reply read.
func gizmoOf(r queries.Reply) []gizmoScript {
	out := []gizmoScript{}
	for _, q := range r.Used {
		out = append(out, gizmoScript{Question: q.Name, Script: q.Script()})
	}
	return out
}

// answer is a reply as the API returns it (see openapi.json, AskAnswer):
// the rows `ask --json` prints, each section as the table `ask` prints
// with the evidence of each row, the hits of a search, and what the
// answer left out.
type answer struct {
	Query     askQuery
	Yes       *bool
	Count     int
	Answers   any // Reply.JSON of the rows shown
	Sections  []section
	Search    bool // a search: Hits hold the answer
	Hits      []hit
	Left      []string
	Total     int  // rows (or sentences) that fit, shown or not
	Truncated bool // some were cut at the request's limit
}

// askQuery is the structured query a question was read as (what `ask
// --explain` prints, as fields and as its text) and the Gizmo of the
// named questions its answer read.
type askQuery struct {
	question.Query
	Explain string        `json:"explain"`
	Gizmo   []gizmoScript `json:"gizmo"`
}

type gizmoScript struct {
	Question string `json:"question"`
	Script   string `json:"script"`
}

// section is one list of an answer: its table and the evidence of each
// row (when asked for).
type section struct {
	Name      string            `json:"name"`
	Item      string            `json:"item,omitempty"`
	Columns   []string          `json:"columns"`
	Rows      [][]string        `json:"rows"`
	Evidence  [][]kind.Evidence `json:"evidence,omitempty"`
	Docs      [][]docLabel      `json:"docs"`
	Total     int               `json:"total"`
	Truncated bool              `json:"truncated"`
}

// docLabel is a document a row names, as its DOCS (or DOC) cell labels it.
type docLabel struct {
	Doc   string `json:"doc"`
	Label string `json:"label"`
}

// hit is a sentence a search found, cut into the runs that matched and
// those that did not, so a page can mark the matches without offsets.
type hit struct {
	Doc      string    `json:"doc"`
	DocID    string    `json:"doc_id,omitempty"`
	Line     int       `json:"line,omitempty"`
	Sentence string    `json:"sentence"`
	Parts    []hitPart `json:"parts"`
	Facts    []nodeRef `json:"facts"`
	Score    float64   `json:"score"`
	factIDs  []string
}

type hitPart struct {
	Text  string `json:"text"`
	Match bool   `json:"match,omitempty"`
}

// answerOf lays a reply out for the API, each section cut at limit rows.
func answerOf(r queries.Reply, limit int) answer {
	a := answer{
		Query: askQuery{Query: r.Query, Explain: r.Query.Explain(), Gizmo: gizmoOf(r)},
		Yes:   r.Yes, Count: r.Count, Left: nonNil(r.Left),
		Sections: []section{}, Hits: []hit{},
	}
	shown := r
	shown.Sections = nil
	for _, s := range r.Sections {
		sec := section{Name: s.Name, Item: s.Item, Columns: nonNil(s.Columns), Rows: [][]string{}, Total: len(s.Rows)}
		rows := s.Rows
		if len(rows) > limit {
			rows, sec.Truncated, a.Truncated = rows[:limit], true, true
		}
		sec.Docs = [][]docLabel{}
		for _, row := range rows {
			sec.Rows = append(sec.Rows, row.Cells())
			docs := []docLabel{}
			if f, ok := row.(kind.Faceted); ok {
				for _, d := range f.Facets().Docs {
					docs = append(docs, docLabel{Doc: d.File, Label: d.Label()})
				}
			}
			sec.Docs = append(sec.Docs, docs)
			if r.Evidence {
				sec.Evidence = append(sec.Evidence, nonNil(row.Sources()))
			}
		}
		a.Total += sec.Total
		a.Sections = append(a.Sections, sec)
		s.Rows = rows
		shown.Sections = append(shown.Sections, s)
	}
	if r.Query.Topic == question.TopicSearch {
		a.Search = true
		a.Total = r.HitsTotal
		a.Truncated = r.HitsTotal > len(r.Hits)
		for _, h := range r.Hits {
			x := hit{Doc: h.Doc, Line: h.Line, Sentence: h.Text, Score: h.Score, Facts: []nodeRef{}}
			at := 0
			for _, m := range h.Matches {
				if m.Start < at || m.End > len(h.Text) || m.Start >= m.End {
					continue
				}
				if m.Start > at {
					x.Parts = append(x.Parts, hitPart{Text: h.Text[at:m.Start]})
				}
				x.Parts = append(x.Parts, hitPart{Text: h.Text[m.Start:m.End], Match: true})
				at = m.End
			}
			if at < len(h.Text) {
				x.Parts = append(x.Parts, hitPart{Text: h.Text[at:]})
			}
			for _, f := range h.Facts {
				x.factIDs = append(x.factIDs, strings.Trim(f, "<>"))
			}
			a.Hits = append(a.Hits, x)
		}
	}
	a.Answers = shown.JSON()
	return a
}

// refNames are the names of the entities a question named, which the
// page links wherever they appear.
func (q askQuery) refNames() []string {
	var out []string
	for _, rs := range [][]question.Ref{q.Parties, q.Places, q.Commissions} {
		for _, r := range rs {
			out = append(out, r.Name)
		}
	}
	return out
}

// declineJSON is what a declined question says, field by field.
type declineJSON struct {
	Question    string   `json:"question"`
	Reason      string   `json:"reason"`
	Name        string   `json:"name,omitempty"`
	Suggestions []string `json:"suggestions"`
	Candidates  []string `json:"candidates"`
	Examples    []string `json:"examples"`
}

func (e *declined) json() declineJSON {
	d := e.d
	return declineJSON{Question: d.Question, Reason: d.Reason, Name: d.Name,
		Suggestions: nonNil(d.Suggestions), Candidates: nonNil(d.Candidates), Examples: nonNil(d.Examples)}
}

// message is the decline in one line: the reason and the names that
// would help (the examples are in their own field).
func (e *declined) message() string {
	d := *e.d
	d.Examples = nil
	msg := d.Error()
	if len(d.Candidates) > 0 {
		msg += "; it could be " + strings.Join(d.Candidates, ", ")
	}
	return msg
}

// drawing is how the page draws a class, from the registry's drawings
// (kind.Drawings): the fill, and a Cytoscape.js node shape and border for
// the Graphviz shape and style the DOT export uses.
type drawing struct {
	Class  string `json:"class"`  // "dg:Meeting"
	Name   string `json:"name"`   // "Meeting", as nodes' kinds are named
	Fill   string `json:"fill"`   // CSS colour
	Shape  string `json:"shape"`  // Cytoscape.js node shape
	Border string `json:"border"` // solid, dashed or dotted
	DOT    string `json:"dot_shape,omitempty"`
	Hidden bool   `json:"hidden,omitempty"` // provenance the graph view leaves out
}

// nodeShapes map Graphviz node shapes to the Cytoscape.js shape that
// looks most like each; a shape not listed is drawn as an ellipse.
var nodeShapes = map[string]string{
	"ellipse": "ellipse", "oval": "ellipse", "circle": "ellipse", "point": "ellipse",
	"box": "rectangle", "rect": "rectangle", "rectangle": "rectangle", "square": "rectangle",
	"hexagon": "hexagon", "octagon": "octagon", "diamond": "diamond", "Mdiamond": "diamond",
	"house": "pentagon", "pentagon": "pentagon", "triangle": "triangle", "star": "star",
	"note": "cut-rectangle", "tab": "bottom-round-rectangle", "folder": "barrel", "cds": "tag",
	"parallelogram": "rhomboid", "septagon": "heptagon", "component": "concave-hexagon",
}

// defaultFill colours a class the registry draws without a fill.
const defaultFill = "#e8eaee"

func drawings() []drawing {
	var out []drawing
	for _, d := range kind.Drawings() {
		x := drawing{Class: d.Class, Name: localName(d.Class), Fill: d.Fill, DOT: d.Shape, Hidden: d.Hidden, Border: "solid"}
		if x.Fill == "" {
			x.Fill = defaultFill
		}
		x.Shape = nodeShapes[d.Shape]
		if x.Shape == "" {
			x.Shape = "ellipse"
		}
		for _, st := range strings.Split(d.Style, ",") {
			switch strings.TrimSpace(st) {
			case "dashed", "dotted":
				x.Border = strings.TrimSpace(st)
			case "rounded":
				if x.Shape == "rectangle" {
					x.Shape = "round-rectangle"
				}
			}
		}
		out = append(out, x)
	}
	return out
}
