package kind

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"slices"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/schema"
)

// SetsOf merges several questions' record sets: each class's fields once,
// the documents once, evidence only for the questions evidence says. It
// fails when two questions give one class's tag different paths, which
// would mix their values in one record.
func SetsOf(evidence func(Question) bool, qs ...Question) ([]Set, error) {
	var sets []Set
	index := map[string]int{}
	for _, q := range qs {
		ev := evidence(q)
		for _, s := range append(append([]Set{}, q.Sets...), documentSet()) {
			i, ok := index[s.Class]
			if !ok {
				index[s.Class] = len(sets)
				sets = append(sets, Set{Class: s.Class, Evidence: s.Evidence && ev, Fields: append([]Field{}, s.Fields...)})
				continue
			}
			merged := &sets[i]
			merged.Evidence = merged.Evidence || (s.Evidence && ev)
			for _, f := range s.Fields {
				found := false
				for _, g := range merged.Fields {
					if g.Tag != f.Tag {
						continue
					}
					if fmt.Sprint(g) != fmt.Sprint(f) {
						return nil, fmt.Errorf("questions read %s's %q by different paths", s.Class, f.Tag)
					}
					found = true
				}
				if !found {
					merged.Fields = append(merged.Fields, f)
				}
			}
		}
	}
	return sets, nil
}

// EntitySets are the records a question's names are read from: the names
// of people, countries, cities and commissions, the roles of offices and
// the occasions of meetings, and what links to each (for its weight).
func EntitySets() []Set {
	names := []Field{{Tag: "name", Save: schema.PredName}, {Tag: "alias", Save: schema.PredAlias}}
	return []Set{
		{Class: schema.ClassPerson, Fields: append(slices.Clone(names), Field{Tag: "link", Path: []Hop{Out(schema.PredAttended)}})},
		{Class: schema.ClassCountry, Fields: append(slices.Clone(names), Field{Tag: "link", Path: []Hop{In(schema.PredParty)}})},
		{Class: schema.ClassCity, Fields: append(slices.Clone(names), Field{Tag: "link", Path: []Hop{In(schema.PredHeldIn)}})},
		{Class: schema.ClassCommission, Fields: names},
		{Class: schema.ClassOffice, Fields: []Field{{Tag: "name", Save: schema.PredRole}}},
		{Class: schema.ClassMeeting, Fields: []Field{{Tag: "name", Save: schema.PredOccasion}}},
	}
}

// ModelSets are the record sets of every question and of the names
// questions are read with, with evidence: what a read model keeps so that
// any question is answered from it.
func ModelSets() ([]Set, error) {
	qs := []Question{{Name: "names", Sets: EntitySets()}}
	for _, k := range All() {
		qs = append(qs, k.Questions...)
	}
	return SetsOf(func(Question) bool { return true }, qs...)
}

// ErrNoModel says a store has no current read model: it was written by
// something else since (Cayley's own API, an older diplograph), and
// questions are answered by Gizmo instead.
var ErrNoModel = errors.New("no current read model")

// Index holds quads by subject and by object, for Evaluate.
type Index struct {
	out map[string][]link // subject → (predicate, object, label)
	in  map[string][]link // object (nodes only) → (predicate, subject, label)
}

type link struct{ pred, other, label string }

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{out: map[string][]link{}, in: map[string][]link{}}
}

// Add indexes one quad.
func (ix *Index) Add(q quad.Quad) {
	s, p, o, l := ValueText(q.Subject), ValueText(q.Predicate), ValueText(q.Object), ValueText(q.Label)
	ix.out[s] = append(ix.out[s], link{p, o, l})
	switch q.Object.(type) {
	case quad.IRI, quad.BNode:
		ix.in[o] = append(ix.in[o], link{p, s, l})
	}
}

// step follows one hop from distinct nodes to the distinct nodes reached.
func (ix *Index) step(nodes []string, h Hop) []string {
	var next []string
	seen := map[string]bool{}
	for _, n := range nodes {
		links := ix.out[n]
		if h.In {
			links = ix.in[n]
		}
		for _, l := range links {
			if l.pred == h.Pred && !seen[l.other] {
				seen[l.other] = true
				next = append(next, l.other)
			}
		}
	}
	return next
}

// Evaluate fills the records of sets from the index, as the sets' Gizmo
// script would (Script), without Gizmo and without multiplying rows: each
// hop goes to distinct nodes, and a value is counted once per quad that
// states it directly on the record's node (one per document reporting
// it, as Record.Count documents), once otherwise.
func (ix *Index) Evaluate(sets []Set) *Records {
	rs := NewRecords()
	for _, s := range sets {
		done := map[string]bool{}
		for _, l := range ix.in[s.Class] {
			node := l.other
			if l.pred != schema.PredType || done[node] {
				continue // another predicate, or typed by several documents
			}
			done[node] = true
			for _, f := range s.Fields {
				vs := []string{node}
				for _, h := range f.Path {
					vs = ix.step(vs, h)
				}
				if f.Save == "" {
					for _, v := range vs {
						rs.Add(s.Class, node, f.Tag, v)
					}
					continue
				}
				direct := len(f.Path) == 0
				seen := map[string]bool{}
				for _, v := range vs {
					for _, o := range ix.out[v] {
						if o.pred != f.Save || !direct && seen[o.other] {
							continue
						}
						seen[o.other] = true
						rs.Add(s.Class, node, f.Tag, o.other)
					}
				}
			}
			if s.Evidence {
				for _, sent := range ix.step([]string{node}, Out(schema.PredEvidence)) {
					texts := ix.step([]string{sent}, Out(schema.PredText))
					for _, t := range texts {
						for _, doc := range ix.step([]string{sent}, Out(schema.PredInDocument)) {
							rs.AddEvidence(s.Class, node, t, doc)
						}
					}
				}
			}
		}
	}
	return rs
}

// stored is one record as a read model keeps it.
type stored struct {
	ID       string
	Tags     []string
	Vals     [][]string
	Counts   [][]int
	Evidence [][2]string // sentence, document node
}

// Encode writes the records of a class as a read model keeps them: their
// values, and apart from them their evidence, which most answers do not
// read.
func (rs *Records) Encode(class string) (values, evidence []byte, err error) {
	var vals, evs []stored
	for _, r := range rs.byClass[class] {
		st := stored{ID: r.ID}
		tags := make([]string, 0, len(r.vals))
		for t := range r.vals {
			tags = append(tags, t)
		}
		slices.Sort(tags)
		for _, t := range tags {
			st.Tags = append(st.Tags, t)
			st.Vals = append(st.Vals, r.vals[t])
			cs := make([]int, len(r.vals[t]))
			for i, v := range r.vals[t] {
				cs[i] = r.counts[t][v]
			}
			st.Counts = append(st.Counts, cs)
		}
		vals = append(vals, st)
		if len(r.evidence) > 0 {
			ev := stored{ID: r.ID}
			for _, e := range r.evidence {
				ev.Evidence = append(ev.Evidence, [2]string{e.sentence, e.doc})
			}
			evs = append(evs, ev)
		}
	}
	var a, b bytes.Buffer
	if err := gob.NewEncoder(&a).Encode(vals); err != nil {
		return nil, nil, fmt.Errorf("encoding %s records: %w", class, err)
	}
	if err := gob.NewEncoder(&b).Encode(evs); err != nil {
		return nil, nil, fmt.Errorf("encoding %s evidence: %w", class, err)
	}
	return a.Bytes(), b.Bytes(), nil
}

// Decode adds records of a class that Encode wrote (values; evidence, if
// not nil). Call Finish once all are in.
func (rs *Records) Decode(class string, values, evidence []byte) error {
	var vals []stored
	if err := gob.NewDecoder(bytes.NewReader(values)).Decode(&vals); err != nil {
		return fmt.Errorf("decoding %s records: %w", class, err)
	}
	for _, st := range vals {
		r := rs.record(class, st.ID)
		for i, t := range st.Tags {
			if len(st.Vals[i]) == 0 {
				continue
			}
			r.vals[t] = st.Vals[i]
			r.counts[t] = make(map[string]int, len(st.Vals[i]))
			for j, v := range st.Vals[i] {
				r.counts[t][v] = st.Counts[i][j]
			}
		}
	}
	if evidence == nil {
		return nil
	}
	var evs []stored
	if err := gob.NewDecoder(bytes.NewReader(evidence)).Decode(&evs); err != nil {
		return fmt.Errorf("decoding %s evidence: %w", class, err)
	}
	for _, ev := range evs {
		r := rs.record(class, ev.ID)
		for _, e := range ev.Evidence {
			r.evidence = append(r.evidence, rawEvidence{e[0], e[1]})
		}
	}
	return nil
}
