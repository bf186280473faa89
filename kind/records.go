package kind

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/schema"
)

// Record is one node as a question reads it: the distinct values of each
// field, how many rows gave each (a fact several documents report arrives
// once per report), and its evidence.
type Record struct {
	ID       string
	Class    string
	fields   []field
	evidence []rawEvidence
	Evidence []Evidence // resolved by Records.Finish, sorted by document and sentence
}

// field is one tag's values and how many rows gave each (counts[i] for
// vals[i]). Values read from a read model come sorted and without an index;
// rows added one by one keep an index of their values until sorted.
type field struct {
	tag    string
	vals   []string
	counts []int
	index  map[string]int // value → its position in vals; nil once sorted
}

type rawEvidence struct{ sentence, doc string }

func (r *Record) field(tag string) *field {
	for i := range r.fields {
		if r.fields[i].tag == tag {
			return &r.fields[i]
		}
	}
	return nil
}

// Values are the distinct values of a field, sorted.
func (r *Record) Values(tag string) []string {
	if f := r.field(tag); f != nil {
		return f.vals
	}
	return nil
}

// First is the smallest value of a field, or "".
func (r *Record) First(tag string) string {
	if f := r.field(tag); f != nil && len(f.vals) > 0 {
		return f.vals[0]
	}
	return ""
}

// Longest is the longest value of a field (the first of equal length), or "".
func (r *Record) Longest(tag string) string {
	best := ""
	for _, v := range r.Values(tag) {
		if len(v) > len(best) {
			best = v
		}
	}
	return best
}

// Count is how many rows gave the value.
func (r *Record) Count(tag, value string) int {
	f := r.field(tag)
	if f == nil {
		return 0
	}
	if i, ok := f.find(value); ok {
		return f.counts[i]
	}
	return 0
}

// find is the position of a value in the field.
func (f *field) find(value string) (int, bool) {
	if f.index != nil {
		i, ok := f.index[value]
		return i, ok
	}
	return slices.BinarySearch(f.vals, value) // sorted when not indexed
}

// add counts one row's value.
func (f *field) add(value string) {
	if f.index == nil {
		f.index = make(map[string]int, len(f.vals)+1)
		for i, v := range f.vals {
			f.index[v] = i
		}
	}
	if i, ok := f.index[value]; ok {
		f.counts[i]++
		return
	}
	f.index[value] = len(f.vals)
	f.vals = append(f.vals, value)
	f.counts = append(f.counts, 1)
}

// sort orders the values (with their counts) and drops the index.
func (f *field) sort() {
	if f.index == nil && slices.IsSorted(f.vals) {
		return
	}
	f.index = nil
	if slices.IsSorted(f.vals) {
		return
	}
	type vc struct {
		v string
		c int
	}
	pairs := make([]vc, len(f.vals))
	for i := range f.vals {
		pairs[i] = vc{f.vals[i], f.counts[i]}
	}
	slices.SortFunc(pairs, func(a, b vc) int { return cmp.Compare(a.v, b.v) })
	for i, p := range pairs {
		f.vals[i], f.counts[i] = p.v, p.c
	}
}

// Records are the records of a question's sets, filled row by row (from
// Gizmo rows, or from a read model) and then finished. They index
// themselves as they are read, so one goroutine at a time reads them.
type Records struct {
	byClass map[string][]*Record
	// byID indexes each class's records by ID; records decoded from a read
	// model are indexed only when first looked up.
	byID map[string]map[string]*Record
	docs map[string]DocRef
}

// NewRecords returns an empty collection.
func NewRecords() *Records {
	return &Records{byClass: map[string][]*Record{}, byID: map[string]map[string]*Record{}}
}

// index returns the class's records by ID, completing it with the records
// appended without it.
func (rs *Records) index(class string) map[string]*Record {
	m := rs.byID[class]
	list := rs.byClass[class]
	if len(m) < len(list) {
		if m == nil {
			m = make(map[string]*Record, len(list))
			rs.byID[class] = m
		}
		for _, r := range list {
			m[r.ID] = r
		}
	}
	return m
}

func (rs *Records) record(class, id string) *Record {
	m := rs.index(class)
	r := m[id]
	if r == nil {
		r = &Record{ID: id, Class: class}
		if m == nil {
			m = map[string]*Record{}
			rs.byID[class] = m
		}
		m[id] = r
		rs.byClass[class] = append(rs.byClass[class], r)
	}
	return r
}

// Add records that the node id of class has value in field tag. Empty
// values are dropped.
func (rs *Records) Add(class, id, tag, value string) {
	if id == "" {
		return
	}
	r := rs.record(class, id)
	if value == "" {
		return
	}
	f := r.field(tag)
	if f == nil {
		r.fields = append(r.fields, field{tag: tag})
		f = &r.fields[len(r.fields)-1]
	}
	f.add(value)
}

// AddEvidence records an evidence sentence of the node and the document
// node it is in.
func (rs *Records) AddEvidence(class, id, sentence, doc string) {
	if id == "" {
		return
	}
	r := rs.record(class, id)
	e := rawEvidence{sentence, doc}
	if !slices.Contains(r.evidence, e) {
		r.evidence = append(r.evidence, e)
	}
}

// Finish sorts every record's values, orders the records by ID and resolves
// evidence documents; call it once all rows are in.
func (rs *Records) Finish() {
	rs.docs = nil // made when first read (Doc), from the sorted values
	for _, list := range rs.byClass {
		if !slices.IsSortedFunc(list, func(a, b *Record) int { return cmp.Compare(a.ID, b.ID) }) {
			sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		}
		for _, r := range list {
			sortValues(r)
			r.Evidence = r.Evidence[:0]
			for _, e := range r.evidence {
				ev := rs.Doc(e.doc).evidence(e.sentence)
				if !slices.Contains(r.Evidence, ev) {
					r.Evidence = append(r.Evidence, ev)
				}
			}
			if len(r.Evidence) > 1 {
				slices.SortFunc(r.Evidence, func(a, b Evidence) int {
					return cmp.Or(cmp.Compare(a.Doc, b.Doc), cmp.Compare(a.Sentence, b.Sentence))
				})
			}
		}
	}
}

func sortValues(r *Record) {
	for i := range r.fields {
		r.fields[i].sort()
	}
}

// Class returns the records of a class, by ID.
func (rs *Records) Class(class string) []*Record { return rs.byClass[class] }

// Get returns the record of a node, or nil.
func (rs *Records) Get(class, id string) *Record { return rs.index(class)[id] }

// Doc returns a document node as answers show it.
func (rs *Records) Doc(iri string) DocRef {
	if rs.docs == nil {
		list := rs.byClass[schema.ClassDocument]
		rs.docs = make(map[string]DocRef, len(list))
		for _, r := range list {
			sortValues(r)
			rs.docs[r.ID] = DocRef{File: r.First(docFile), Title: r.Longest(docTitle),
				Source: r.Longest(docSource), Published: r.First(docPublished)}
		}
	}
	return rs.docs[iri]
}

// Docs returns the documents a field of r reaches together with those of
// its evidence, once each, sorted by file name.
func (rs *Records) Docs(r *Record, tag string) []DocRef {
	vals := r.Values(tag)
	out := make([]DocRef, 0, len(vals)+len(r.Evidence))
	add := func(d DocRef) {
		if d.File == "" {
			return
		}
		for _, o := range out {
			if o.File == d.File {
				return
			}
		}
		out = append(out, d)
	}
	for _, iri := range vals {
		add(rs.Doc(iri))
	}
	for _, e := range r.Evidence {
		add(e.doc())
	}
	if len(out) == 0 {
		return nil
	}
	slices.SortFunc(out, func(a, b DocRef) int { return cmp.Compare(a.File, b.File) })
	return out
}

// FirstDoc is the first document Docs would return (the one with the
// smallest file name), found without building the list.
func (rs *Records) FirstDoc(r *Record, tag string) (DocRef, bool) {
	var first DocRef
	found := false
	take := func(d DocRef) {
		if d.File != "" && (!found || d.File < first.File) {
			first, found = d, true
		}
	}
	for _, iri := range r.Values(tag) {
		take(rs.Doc(iri))
	}
	for _, e := range r.Evidence {
		take(e.doc())
	}
	return first, found
}

// AddRow adds one row of a question's script (see Script): tagged class and
// id, and either the evidence sentence and its document or field values.
func (rs *Records) AddRow(row map[string]string) {
	class, id := row[tagClass], row[tagID]
	if s, ok := row[tagEvidence]; ok {
		rs.AddEvidence(class, id, s, row[tagEvidenceDoc])
		return
	}
	for tag, v := range row {
		if tag != tagClass && tag != tagID && tag != tagEnd {
			rs.Add(class, id, tag, v)
		}
	}
}

// ValueText is a stored value as records hold it: a node by its IRI, a
// literal by its text (a date "2023-02", a number in plain digits, a name
// as written, whatever it looks like), "" for none. The value's type says
// which it is, so an IRI and a string that reads like one ("<b>Jane</b>")
// are never confused.
func ValueText(v quad.Value) string {
	switch x := v.(type) {
	case nil:
		return ""
	case quad.IRI:
		return string(x)
	case quad.BNode:
		return "_:" + string(x)
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	case quad.Float:
		return strconv.FormatFloat(float64(x), 'f', -1, 64)
	case quad.Int:
		return strconv.FormatInt(int64(x), 10)
	case quad.Bool:
		return strconv.FormatBool(bool(x))
	case quad.Time:
		t := time.Time(x)
		if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
			return t.Format("2006-01-02")
		}
		return t.Format(time.RFC3339)
	}
	return quad.StringOf(v)
}
