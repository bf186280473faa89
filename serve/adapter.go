package serve

// This is the one file of the package that calls diplograph's graph and
// queries packages. Their APIs are expected to change (a registry of fact
// kinds, a read model for answers); when they do, only this file follows.

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/queries"
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

// backend is what the handlers need from the store and the named
// questions. The names a question may mention (people, countries) are read
// from the graph once and kept until a write changes the graph.
type backend struct {
	store *graph.Store

	mu    sync.Mutex
	names *queries.Known
}

func newBackend(s *graph.Store) *backend { return &backend{store: s} }

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
	b.names = nil
	b.mu.Unlock()
}

func (b *backend) graphNames(ctx context.Context) (queries.Known, error) {
	b.mu.Lock()
	cached := b.names
	b.mu.Unlock()
	if cached != nil {
		return *cached, nil
	}
	n, err := queries.GraphNames(ctx, b.store)
	if err != nil {
		return queries.Known{}, err
	}
	b.mu.Lock()
	b.names = &n
	b.mu.Unlock()
	return n, nil
}

// question is a named question as the API lists it.
type question struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Gizmo       string `json:"gizmo"`
}

func (b *backend) questions() []question {
	var out []question
	for _, q := range queries.List() {
		out = append(out, question{Name: q.Name, Description: q.Description, Gizmo: q.Script()})
	}
	return out
}

// askOptions are the switches of `ask` a request may set.
type askOptions struct {
	Evidence bool
	Undated  bool
}

// answer is what ask returns: the answers `ask --json` prints, the table
// `ask` prints, and the structured query the question was routed to.
type answer struct {
	Question string            // the named question answered
	Params   interface{}       // the parameters routing found (people, country, ...)
	Gizmo    string            // the named question's script
	Answers  []json.RawMessage // as `ask --json` prints them
	Columns  []string          // as `ask` prints them
	Rows     [][]string        // one per answer, in the same order
	Undated  int               // meetings left out for want of a date
}

// notUnderstood is a question no named question matches, or that names
// someone the graph does not know.
type notUnderstood struct{ err error }

func (e *notUnderstood) Error() string { return e.err.Error() }
func (e *notUnderstood) Unwrap() error { return e.err }

func (b *backend) ask(ctx context.Context, text string, o askOptions) (answer, error) {
	names, err := b.graphNames(ctx)
	if err != nil {
		return answer{}, fmt.Errorf("reading the names in the graph: %w", err)
	}
	q, params, err := queries.RouteWith(text, names)
	if err != nil {
		return answer{}, &notUnderstood{err}
	}
	params.Evidence = o.Evidence
	params.Undated = o.Undated
	a, err := queries.Ask(ctx, b.store, q, params)
	if err != nil {
		return answer{}, err
	}
	raw, err := json.Marshal(a.JSON())
	if err != nil {
		return answer{}, fmt.Errorf("encoding the answer: %w", err)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(raw, &items); err != nil {
		return answer{}, fmt.Errorf("encoding the answer: %w", err)
	}
	head, rows := a.Table()
	if len(rows) != len(items) {
		// The table and the JSON come from the same slices; if they ever
		// stop matching row for row, the page shows JSON only.
		head, rows = nil, nil
	}
	return answer{
		Question: a.Question.Name,
		Params:   paramsJSON(params),
		Gizmo:    q.Script(),
		Answers:  items,
		Columns:  head,
		Rows:     rows,
		Undated:  a.Undated,
	}, nil
}

// paramsJSON names the routed parameters the way the API spells fields.
func paramsJSON(p queries.Params) map[string]interface{} {
	m := map[string]interface{}{}
	if len(p.People) > 0 {
		m["people"] = p.People
	}
	if p.Country != "" {
		m["country"] = p.Country
	}
	if p.Role != "" {
		m["role"] = p.Role
	}
	if p.Status != "" {
		m["status"] = p.Status
	}
	m["evidence"] = p.Evidence
	m["undated"] = p.Undated
	return m
}
