package kind

import (
	"encoding/binary"
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

// Encode writes the records of a class as a read model keeps them: their
// values (sorted, with their counts), and apart from them their evidence,
// which most answers do not read. The format is length-prefixed strings,
// which decode several times faster than gob.
func (rs *Records) Encode(class string) (values, evidence []byte, err error) {
	var v, e modelWriter
	list := rs.byClass[class]
	v.int(len(list))
	nev := 0
	for _, r := range list {
		if len(r.evidence) > 0 {
			nev++
		}
	}
	e.int(nev)
	for _, r := range list {
		sortValues(r)
		tags := make([]string, 0, len(r.vals))
		for t := range r.vals {
			tags = append(tags, t)
		}
		slices.Sort(tags)
		v.str(r.ID)
		v.int(len(tags))
		for _, t := range tags {
			v.str(t)
			v.int(len(r.vals[t]))
			for _, x := range r.vals[t] {
				v.str(x)
				v.int(r.counts[t][x])
			}
		}
		if len(r.evidence) > 0 {
			e.str(r.ID)
			e.int(len(r.evidence))
			for _, ev := range r.evidence {
				e.str(ev.sentence)
				e.str(ev.doc)
			}
		}
	}
	return v.b, e.b, nil
}

// Decode adds records of a class that Encode wrote (values; evidence, if
// not nil). Call Finish once all are in.
func (rs *Records) Decode(class string, values, evidence []byte) error {
	v := modelReader{b: values}
	for n := v.int(); n > 0 && v.err == nil; n-- {
		r := rs.record(class, v.str())
		for t := v.int(); t > 0 && v.err == nil; t-- {
			tag := v.str()
			k := v.int()
			vals := make([]string, 0, k)
			counts := make(map[string]int, k)
			for ; k > 0 && v.err == nil; k-- {
				x := v.str()
				vals = append(vals, x)
				counts[x] = v.int()
			}
			if len(vals) > 0 {
				r.vals[tag], r.counts[tag] = vals, counts
			}
		}
	}
	if v.err != nil {
		return fmt.Errorf("decoding %s records: %w", class, v.err)
	}
	if evidence == nil {
		return nil
	}
	e := modelReader{b: evidence}
	for n := e.int(); n > 0 && e.err == nil; n-- {
		r := rs.record(class, e.str())
		for k := e.int(); k > 0 && e.err == nil; k-- {
			s, d := e.str(), e.str()
			r.evidence = append(r.evidence, rawEvidence{s, d})
		}
	}
	if e.err != nil {
		return fmt.Errorf("decoding %s evidence: %w", class, e.err)
	}
	return nil
}

type modelWriter struct{ b []byte }

func (w *modelWriter) int(n int)    { w.b = binary.AppendUvarint(w.b, uint64(n)) }
func (w *modelWriter) str(s string) { w.int(len(s)); w.b = append(w.b, s...) }

type modelReader struct {
	b   []byte
	err error
}

var errModel = errors.New("malformed read model")

func (r *modelReader) int() int {
	n, k := binary.Uvarint(r.b)
	if k <= 0 || n > uint64(len(r.b)) && n > 1<<31 {
		r.err = errModel
		return 0
	}
	r.b = r.b[k:]
	return int(n)
}

func (r *modelReader) str() string {
	n := r.int()
	if r.err != nil || n > len(r.b) {
		r.err = errModel
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}
