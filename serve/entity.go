package serve

// Reading one node and its surroundings straight from the quads, for the
// entity pages, the graph view and the timeline. Every read goes through a
// reader with a budget of quads and the request's ctx, so a node with a
// huge neighbourhood gives a truncated page, not a stalled server.

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// Bounds of one page's reads.
const (
	quadBudget   = 200000 // quads one request may read
	maxLinks     = 400    // distinct neighbours listed on an entity page
	maxEvidence  = 200    // evidence sentences on an entity page
	maxSentences = 2000   // sentences listed for a document
	maxGraph     = 80     // nodes one expansion of the graph view adds
)

// errBudget stops a read that would go past the request's quad budget.
var errBudget = errors.New("read budget used up")

// nodeRef names a node for the page.
type nodeRef struct {
	ID   string `json:"id"`
	Kind string `json:"kind"`
	Name string `json:"name"`
}

// docRef is a source document.
type docRef struct {
	ID        string `json:"id"`
	File      string `json:"file"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
}

// property is a literal of a node, with the documents that state it.
type property struct {
	Predicate string   `json:"predicate"`
	Value     string   `json:"value"`
	Type      string   `json:"type,omitempty"`
	Docs      []string `json:"docs"`
}

// link is an edge between the node and a neighbour: "out" when the node is
// the subject, "in" when the neighbour is.
type link struct {
	Predicate string   `json:"predicate"`
	Direction string   `json:"direction"`
	Node      nodeRef  `json:"node"`
	Docs      []string `json:"docs"`
}

// evidence is a sentence a fact was read from.
type evidence struct {
	Fact     *nodeRef `json:"fact,omitempty"`
	Sentence string   `json:"sentence"`
	Doc      string   `json:"doc"`
	DocID    string   `json:"doc_id"`
	Line     int      `json:"line,omitempty"`
}

// entity is a node with its facts, as /api/v1/entity returns it.
type entity struct {
	nodeRef
	Names      []string   `json:"names"`
	Properties []property `json:"properties"`
	Links      []link     `json:"links"`
	Evidence   []evidence `json:"evidence"`
	Documents  []docRef   `json:"documents"`
	Truncated  bool       `json:"truncated"`
}

// hiddenLinks are edges the page shows in other ways: the kind, the
// evidence sentences, the reporting documents.
var hiddenLinks = map[string]bool{predType: true, predEvidence: true, predInDocument: true, "dg:reports": true}

// reader reads quads for one request.
type reader struct {
	ctx    context.Context
	qs     cgraph.QuadStore
	budget int
	short  bool // the budget ran out somewhere: the answer is partial
	refs   map[string]nodeRef
	docs   map[string]docRef
}

func newReader(ctx context.Context, qs cgraph.QuadStore) *reader {
	return &reader{ctx: ctx, qs: qs, budget: quadBudget, refs: map[string]nodeRef{}, docs: map[string]docRef{}}
}

// each visits the quads matching sub, pred, obj (nil: any) within the budget.
func (rd *reader) each(sub, pred, obj quad.Value, fn func(quad.Quad) bool) error {
	err := eachQuad(rd.ctx, rd.qs, sub, pred, obj, func(q quad.Quad) bool {
		if rd.budget <= 0 {
			rd.short = true
			return false
		}
		rd.budget--
		return fn(q)
	})
	return err
}

// objects are the distinct objects of (sub, pred, *), in the order read.
func (rd *reader) objects(sub quad.Value, pred string) ([]quad.Value, error) {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	err := rd.each(sub, quad.IRI(pred), nil, func(q quad.Quad) bool {
		if !seen[q.Object] {
			seen[q.Object] = true
			out = append(out, q.Object)
		}
		return true
	})
	return out, err
}

// subjects are the distinct subjects of (*, pred, obj).
func (rd *reader) subjects(pred string, obj quad.Value) ([]quad.Value, error) {
	var out []quad.Value
	seen := map[quad.Value]bool{}
	err := rd.each(nil, quad.IRI(pred), obj, func(q quad.Quad) bool {
		if !seen[q.Subject] {
			seen[q.Subject] = true
			out = append(out, q.Subject)
		}
		return true
	})
	return out, err
}

// texts are the literal values of (sub, pred, *), sorted.
func (rd *reader) texts(sub quad.Value, pred string) ([]string, error) {
	vs, err := rd.objects(sub, pred)
	var out []string
	for _, v := range vs {
		if s, _ := literal(v); s != "" {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out, err
}

func (rd *reader) text(sub quad.Value, pred string) (string, error) {
	ts, err := rd.texts(sub, pred)
	return longest(ts), err
}

// ref names a node: its kind (class local name) and display name.
func (rd *reader) ref(id string) (nodeRef, error) {
	if r, ok := rd.refs[id]; ok {
		return r, nil
	}
	r := nodeRef{ID: id}
	v := quad.IRI(id)
	types, err := rd.objects(v, predType)
	if err != nil {
		return r, err
	}
	for _, t := range types {
		if iri, ok := t.(quad.IRI); ok {
			r.Kind = localName(string(iri))
			break
		}
	}
	names, err := rd.texts(v, predName)
	if err != nil {
		return r, err
	}
	r.Name = longest(names)
	if r.Name == "" {
		r.Name = id
	}
	rd.refs[id] = r
	return r, nil
}

// doc describes the document whose node (and quad label) is id.
func (rd *reader) doc(id string) (docRef, error) {
	if d, ok := rd.docs[id]; ok {
		return d, nil
	}
	d := docRef{ID: id}
	v := quad.IRI(id)
	for _, f := range []struct {
		pred string
		dst  *string
	}{{predFile, &d.File}, {predTitle, &d.Title}, {predPublished, &d.Published}, {predSource, &d.Source}, {predURL, &d.URL}} {
		t, err := rd.text(v, f.pred)
		if err != nil {
			return d, err
		}
		*f.dst = t
	}
	if d.File == "" {
		d.File = id
	}
	rd.docs[id] = d
	return d, nil
}

// docFiles turns quad labels into document file names, sorted.
func (rd *reader) docFiles(labels map[string]bool) ([]string, error) {
	out := []string{}
	for l := range labels {
		d, err := rd.doc(l)
		if err != nil {
			return out, err
		}
		out = append(out, d.File)
	}
	sort.Strings(out)
	return out, nil
}

// sentence reads an evidence sentence node.
func (rd *reader) sentence(id quad.Value) (evidence, error) {
	var e evidence
	var err error
	if e.Sentence, err = rd.text(id, predText); err != nil {
		return e, err
	}
	if l, err := rd.text(id, predLine); err == nil && l != "" {
		e.Line, _ = strconv.Atoi(l)
	} else if err != nil {
		return e, err
	}
	docs, err := rd.objects(id, predInDocument)
	if err != nil {
		return e, err
	}
	for _, d := range docs {
		if iri, ok := d.(quad.IRI); ok {
			dr, err := rd.doc(string(iri))
			if err != nil {
				return e, err
			}
			e.Doc, e.DocID = dr.File, dr.ID
			break
		}
	}
	return e, nil
}

// evidenceOf reads the evidence sentences of a fact node.
func (rd *reader) evidenceOf(fact nodeRef, withFact bool, out []evidence) ([]evidence, error) {
	sents, err := rd.objects(quad.IRI(fact.ID), predEvidence)
	if err != nil {
		return out, err
	}
	for _, s := range sents {
		if len(out) >= maxEvidence {
			rd.short = true
			break
		}
		e, err := rd.sentence(s)
		if err != nil {
			return out, err
		}
		if hasSentence(out, e) {
			// Several facts read from one sentence: it is listed once.
			continue
		}
		if withFact {
			f := fact
			e.Fact = &f
		}
		out = append(out, e)
	}
	return out, nil
}

func hasSentence(list []evidence, e evidence) bool {
	for _, x := range list {
		if x.Sentence == e.Sentence && x.DocID == e.DocID {
			return true
		}
	}
	return false
}

// entity reads node id with its literals, neighbours, evidence and
// documents. found is false when no quad mentions it.
func (rd *reader) entity(id string) (entity, bool, error) {
	v := quad.IRI(id)
	if rd.qs.ValueOf(v) == nil {
		return entity{}, false, nil
	}
	self, err := rd.ref(id)
	if err != nil {
		return entity{}, true, err
	}
	e := entity{nodeRef: self, Names: []string{}, Properties: []property{}, Links: []link{}, Evidence: []evidence{}, Documents: []docRef{}}
	labels := map[string]bool{}
	type lkey struct{ pred, dir, id string }
	linkDocs := map[lkey]map[string]bool{}
	var linkOrder []lkey
	type pkey struct{ pred, value, typ string }
	propDocs := map[pkey]map[string]bool{}
	var propOrder []pkey
	var sentences []quad.Value
	add := func(q quad.Quad, dir string, other quad.Value) {
		label := iriString(q.Label)
		if label != "" {
			labels[label] = true
		}
		pred := iriString(q.Predicate)
		if iri, ok := other.(quad.IRI); ok {
			if pred == predInDocument && dir == "in" {
				sentences = append(sentences, other)
				return
			}
			if hiddenLinks[pred] {
				return
			}
			k := lkey{pred, dir, string(iri)}
			if linkDocs[k] == nil {
				if len(linkOrder) >= maxLinks {
					rd.short = true
					return
				}
				linkDocs[k] = map[string]bool{}
				linkOrder = append(linkOrder, k)
			}
			if label != "" {
				linkDocs[k][label] = true
			}
			return
		}
		if dir == "in" {
			return
		}
		val, typ := literal(other)
		k := pkey{pred, val, typ}
		if propDocs[k] == nil {
			propDocs[k] = map[string]bool{}
			propOrder = append(propOrder, k)
		}
		if label != "" {
			propDocs[k][label] = true
		}
	}
	if err := rd.each(v, nil, nil, func(q quad.Quad) bool { add(q, "out", q.Object); return true }); err != nil {
		return e, true, err
	}
	if err := rd.each(nil, nil, v, func(q quad.Quad) bool { add(q, "in", q.Subject); return true }); err != nil {
		return e, true, err
	}
	for _, k := range propOrder {
		docs, err := rd.docFiles(propDocs[k])
		if err != nil {
			return e, true, err
		}
		if k.pred == predName {
			e.Names = append(e.Names, k.value)
		}
		e.Properties = append(e.Properties, property{Predicate: k.pred, Value: k.value, Type: k.typ, Docs: docs})
	}
	sort.Strings(e.Names)
	e.Names = compactStrings(e.Names)
	for _, k := range linkOrder {
		n, err := rd.ref(k.id)
		if err != nil {
			return e, true, err
		}
		docs, err := rd.docFiles(linkDocs[k])
		if err != nil {
			return e, true, err
		}
		e.Links = append(e.Links, link{Predicate: k.pred, Direction: k.dir, Node: n, Docs: docs})
	}
	sort.SliceStable(e.Links, func(i, j int) bool {
		a, b := e.Links[i], e.Links[j]
		if a.Direction != b.Direction {
			return a.Direction == "out"
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.Node.Name < b.Node.Name
	})
	// Evidence: the node's own, then that of the facts around it.
	if e.Evidence, err = rd.evidenceOf(self, false, e.Evidence); err != nil {
		return e, true, err
	}
	seenFact := map[string]bool{}
	for _, l := range e.Links {
		if factKinds[l.Node.Kind] && !seenFact[l.Node.ID] {
			seenFact[l.Node.ID] = true
			if e.Evidence, err = rd.evidenceOf(l.Node, true, e.Evidence); err != nil {
				return e, true, err
			}
		}
	}
	// A document lists its sentences in the order they stand in it.
	for i, s := range sentences {
		if i >= maxSentences {
			rd.short = true
			break
		}
		ev, err := rd.sentence(s)
		if err != nil {
			return e, true, err
		}
		e.Evidence = append(e.Evidence, ev)
	}
	if len(sentences) > 0 {
		sort.SliceStable(e.Evidence, func(i, j int) bool { return e.Evidence[i].Line < e.Evidence[j].Line })
	}
	for l := range labels {
		d, err := rd.doc(l)
		if err != nil {
			return e, true, err
		}
		e.Documents = append(e.Documents, d)
	}
	sort.Slice(e.Documents, func(i, j int) bool { return e.Documents[i].File < e.Documents[j].File })
	e.Truncated = rd.short
	return e, true, nil
}

// graphView is a node's neighbourhood for the graph view.
type graphView struct {
	Center    nodeRef     `json:"center"`
	Nodes     []nodeRef   `json:"nodes"`
	Edges     []graphEdge `json:"edges"`
	Truncated bool        `json:"truncated"`
}

type graphEdge struct {
	Source    string `json:"source"`
	Target    string `json:"target"`
	Predicate string `json:"predicate"`
}

// neighbourhood reads the nodes one edge away from id (documents, sentences
// and classes left out), at most maxGraph of them.
func (rd *reader) neighbourhood(id string) (graphView, bool, error) {
	v := quad.IRI(id)
	if rd.qs.ValueOf(v) == nil {
		return graphView{}, false, nil
	}
	center, err := rd.ref(id)
	if err != nil {
		return graphView{}, true, err
	}
	g := graphView{Center: center, Nodes: []nodeRef{center}, Edges: []graphEdge{}}
	nodes := map[string]bool{id: true}
	edges := map[graphEdge]bool{}
	var walkErr error
	visit := func(q quad.Quad, other quad.Value, out bool) bool {
		iri, ok := other.(quad.IRI)
		pred := iriString(q.Predicate)
		if !ok || hiddenLinks[pred] {
			return true
		}
		n, err := rd.ref(string(iri))
		if err != nil {
			walkErr = err
			return false
		}
		if notInGraphView[n.Kind] {
			return true
		}
		if !nodes[n.ID] {
			if len(nodes) > maxGraph {
				g.Truncated = true
				return false
			}
			nodes[n.ID] = true
			g.Nodes = append(g.Nodes, n)
		}
		e := graphEdge{Source: id, Target: n.ID, Predicate: pred}
		if !out {
			e = graphEdge{Source: n.ID, Target: id, Predicate: pred}
		}
		if !edges[e] {
			edges[e] = true
			g.Edges = append(g.Edges, e)
		}
		return true
	}
	if err := rd.each(v, nil, nil, func(q quad.Quad) bool { return visit(q, q.Object, true) }); err != nil {
		return g, true, err
	}
	if walkErr != nil {
		return g, true, walkErr
	}
	if err := rd.each(nil, nil, v, func(q quad.Quad) bool { return visit(q, q.Subject, false) }); err != nil {
		return g, true, err
	}
	if walkErr != nil {
		return g, true, walkErr
	}
	g.Truncated = g.Truncated || rd.short
	return g, true, nil
}

// literal renders a value for the page: the text and, for typed literals,
// the short type.
func literal(v quad.Value) (string, string) {
	switch x := v.(type) {
	case nil:
		return "", ""
	case quad.String:
		return string(x), ""
	case quad.TypedString:
		return string(x.Value), compactIRI(string(x.Type))
	case quad.LangString:
		return string(x.Value), "@" + x.Lang
	case quad.IRI:
		return string(x), "iri"
	case quad.Int:
		return strconv.FormatInt(int64(x), 10), "xsd:integer"
	case quad.Float:
		return strconv.FormatFloat(float64(x), 'f', -1, 64), "xsd:double"
	case quad.Bool:
		return strconv.FormatBool(bool(x)), "xsd:boolean"
	case quad.Time:
		return time.Time(x).UTC().Format(time.RFC3339), "xsd:dateTime"
	}
	return quad.StringOf(v), ""
}

func iriString(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

// localName is a class's name without its prefix: "dg:Person" → "Person".
func localName(iri string) string {
	if i := strings.LastIndexAny(iri, ":#/"); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	return iri
}

func longest(ss []string) string {
	best := ""
	for _, s := range ss {
		if len(s) > len(best) {
			best = s
		}
	}
	return best
}

func compactStrings(ss []string) []string {
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// nodeID turns what a URL names into a node IRI: "person:ivan-petrov" and
// "<urn:diplograph:person:ivan-petrov>" both name the node
// urn:diplograph:person:ivan-petrov; other IRIs are taken as they are.
func nodeID(s string) (string, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(strings.TrimPrefix(s, "<"), ">")
	if s == "" {
		return "", badRequest(errors.New("no node id given"))
	}
	if strings.ContainsAny(s, "<>\"{}|^`\\ \t\n") {
		return "", badRequest(fmt.Errorf("%q is not a node id", s))
	}
	if !strings.HasPrefix(s, entityPrefix) && !strings.Contains(s, "://") && !strings.HasPrefix(s, "urn:") && !strings.HasPrefix(s, "dg:") {
		s = entityPrefix + s
	}
	return s, nil
}
