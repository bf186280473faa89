package queries

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/schema"
)

// evaluate reads a question's record sets straight from quads, without
// Gizmo: the declared paths walked over an index of the quads. It is what a
// read model does, and shows that the declarations, not the scripts, are
// the questions' view of the graph.
func evaluate(question kind.Question, quads []quad.Quad) *kind.Records {
	out := map[string][]quad.Quad{}
	in := map[string][]quad.Quad{}
	for _, q := range quads {
		out[text(q.Subject)] = append(out[text(q.Subject)], q)
		in[text(q.Object)] = append(in[text(q.Object)], q)
	}
	step := func(vs []string, h kind.Hop) []string {
		var next []string
		for _, v := range vs {
			if h.In {
				for _, q := range in[v] {
					if text(q.Predicate) == h.Pred {
						next = append(next, text(q.Subject))
					}
				}
				continue
			}
			for _, q := range out[v] {
				if text(q.Predicate) == h.Pred {
					next = append(next, text(q.Object))
				}
			}
		}
		return next
	}
	rs := kind.NewRecords()
	for _, s := range question.ReadSets() {
		for _, q := range in[s.Class] {
			if text(q.Predicate) != schema.PredType {
				continue
			}
			node := text(q.Subject)
			for _, f := range s.Fields {
				vs := []string{node}
				for _, h := range f.Path {
					vs = step(vs, h)
				}
				if f.Save != "" {
					vs = step(vs, kind.Out(f.Save))
				}
				for _, v := range vs {
					rs.Add(s.Class, node, f.Tag, v)
				}
			}
			if s.Evidence {
				for _, sent := range step([]string{node}, kind.Out(schema.PredEvidence)) {
					for _, t := range step([]string{sent}, kind.Out(schema.PredText)) {
						for _, doc := range step([]string{sent}, kind.Out(schema.PredInDocument)) {
							rs.AddEvidence(s.Class, node, t, doc)
						}
					}
				}
			}
		}
	}
	rs.Finish()
	return rs
}

// text is a value as the records hold it: an IRI or a literal's lexical form.
func text(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return string(x)
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.Float:
		return strconv.FormatFloat(float64(x), 'f', -1, 64)
	case quad.Int:
		return strconv.FormatInt(int64(x), 10)
	}
	return quad.StringOf(v)
}

// Every question answers the same from records the declarations fill
// without Gizmo as from its generated script.
func TestRecordsWithoutGizmo(t *testing.T) {
	facts := fixture()
	quads := graph.Convert(facts)
	q := newMem(t, facts...)
	for _, question := range List() {
		for _, p := range []Params{{}, {Evidence: true}} {
			viaGizmo := ask(t, q, question.Name, p)
			res := question.Assemble(evaluate(question, quads), p)
			inMemory := Answer{Question: question, Rows: res.Rows, Undated: res.Undated, Evidence: p.Evidence}
			a, _ := json.Marshal(viaGizmo.JSON())
			b, _ := json.Marshal(inMemory.JSON())
			if string(a) != string(b) {
				t.Errorf("%s (evidence %v):\n Gizmo   %s\n records %s", question.Name, p.Evidence, a, b)
			}
		}
	}
}
