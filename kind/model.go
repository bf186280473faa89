package kind

import (
	"cmp"
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
// which most answers do not read, both in order of ID. The format is
// length-prefixed strings, which decode several times faster than gob.
func (rs *Records) Encode(class string) (values, evidence []byte, err error) {
	var v, e modelWriter
	list := slices.Clone(rs.byClass[class])
	slices.SortFunc(list, func(a, b *Record) int { return cmp.Compare(a.ID, b.ID) })
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
		fields := make([]*field, 0, len(r.fields))
		for i := range r.fields {
			if len(r.fields[i].vals) > 0 {
				fields = append(fields, &r.fields[i])
			}
		}
		slices.SortFunc(fields, func(a, b *field) int { return cmp.Compare(a.tag, b.tag) })
		v.str(r.ID)
		v.int(len(fields))
		for _, f := range fields {
			v.str(f.tag)
			v.int(len(f.vals))
			for i, x := range f.vals {
				v.str(x)
				v.int(f.counts[i])
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
//
// Only the fields tags names are kept (nil: every field), as the Gizmo
// script of the same sets would read them: a class's records hold the
// fields of every question that reads it, and a question that reads a few
// (a person's names, not the meetings attended) skips the others without
// keeping their strings.
//
// Decoding is most of what a question costs, so it allocates by the
// class, not by the record: the strings are slices of one copy of the
// encoding, and records, fields, values and counts are cut from shared
// blocks.
func (rs *Records) Decode(class string, values, evidence []byte, tags []string) error {
	v := modelReader{s: string(values)}
	n := v.int()
	if v.err != nil || n > len(values) {
		return fmt.Errorf("decoding %s records: %w", class, errModel)
	}
	fresh := len(rs.byClass[class]) == 0 // no record of the class yet: no ID can repeat
	recs := make([]Record, n)
	var fields blocks[field]
	var strs blocks[string]
	var ints blocks[int]
	start := len(rs.byClass[class])
	for i := 0; i < n && v.err == nil; i++ {
		id := v.str()
		var r *Record
		if fresh {
			r = &recs[i]
			r.ID, r.Class = id, class
			rs.byClass[class] = append(rs.byClass[class], r)
		} else {
			r = rs.record(class, id)
		}
		nt := v.int()
		if v.err != nil || nt > len(v.s) {
			v.err = errModel
			break
		}
		fs := fields.take(nt)[:0]
		for ; nt > 0 && v.err == nil; nt-- {
			tag := v.str()
			k := v.int()
			if v.err != nil || k > len(v.s) {
				v.err = errModel
				break
			}
			if tags != nil && !slices.Contains(tags, tag) {
				for j := 0; j < k && v.err == nil; j++ {
					v.str()
					v.int()
				}
				continue
			}
			f := field{tag: tag, vals: strs.take(k), counts: ints.take(k)}
			for j := 0; j < k && v.err == nil; j++ {
				f.vals[j] = v.str()
				f.counts[j] = v.int()
			}
			if k > 0 {
				fs = append(fs, f)
			}
		}
		if len(r.fields) == 0 {
			r.fields = fs
		} else {
			r.fields = append(r.fields, fs...)
		}
	}
	if v.err != nil {
		return fmt.Errorf("decoding %s records: %w", class, v.err)
	}
	if evidence == nil {
		return nil
	}
	e := modelReader{s: string(evidence)}
	// The evidence is in the order of the records: find each by walking
	// them, and by ID only when that fails.
	list := rs.byClass[class][start:]
	next := 0
	var evs blocks[rawEvidence]
	for n := e.int(); n > 0 && e.err == nil; n-- {
		id := e.str()
		var r *Record
		for next < len(list) && list[next].ID < id {
			next++
		}
		if next < len(list) && list[next].ID == id {
			r = list[next]
		} else {
			r = rs.record(class, id)
		}
		k := e.int()
		if e.err != nil || k > len(e.s) {
			e.err = errModel
			break
		}
		raw := evs.take(k)[:0]
		for ; k > 0 && e.err == nil; k-- {
			s, d := e.str(), e.str()
			raw = append(raw, rawEvidence{s, d})
		}
		r.evidence = append(r.evidence, raw...)
	}
	if e.err != nil {
		return fmt.Errorf("decoding %s evidence: %w", class, e.err)
	}
	return nil
}

// blocks hands out slices cut from larger allocations.
type blocks[T any] struct{ free []T }

// take returns a slice of n zero values, whose appends never reach the
// next slice taken.
func (b *blocks[T]) take(n int) []T {
	if n > len(b.free) {
		b.free = make([]T, max(n, 4096))
	}
	s := b.free[:n:n]
	b.free = b.free[n:]
	return s
}

type modelWriter struct{ b []byte }

func (w *modelWriter) int(n int)    { w.b = binary.AppendUvarint(w.b, uint64(n)) }
func (w *modelWriter) str(s string) { w.int(len(s)); w.b = append(w.b, s...) }

type modelReader struct {
	s   string
	err error
}

var errModel = errors.New("malformed read model")

func (r *modelReader) int() int {
	var n uint64
	for shift, i := 0, 0; i < len(r.s); i, shift = i+1, shift+7 {
		c := r.s[i]
		if shift >= 63 {
			break
		}
		n |= uint64(c&0x7f) << shift
		if c < 0x80 {
			r.s = r.s[i+1:]
			if n > 1<<31 {
				r.err = errModel
				return 0
			}
			return int(n)
		}
	}
	r.err = errModel
	return 0
}

func (r *modelReader) str() string {
	n := r.int()
	if r.err != nil || n > len(r.s) {
		r.err = errModel
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}
