package kind

import (
	"fmt"
	"strings"

	"github.com/diplograph/diplograph/schema"
)

// Set declares the records a question reads: one record per node of Class,
// holding the values its Fields reach. The declaration is the question's
// whole view of the graph, so the Gizmo script is generated from it (Script)
// and a read model can fill the same Records without Gizmo.
type Set struct {
	Class    string
	Fields   []Field
	Evidence bool // also read the node's evidence sentences and their documents
}

// Field is one value of a record: Path leads from the record's node, and
// Save names the predicate whose objects (literals or names) are the values;
// with Save empty the nodes Path reaches are the values (their IRIs).
type Field struct {
	Tag  string
	Path []Hop
	Save string
}

// Hop is one step along a predicate, forwards (out of the node) or
// backwards (into it).
type Hop struct {
	Pred string
	In   bool
}

// Out and In make hops.
func Out(pred string) Hop { return Hop{Pred: pred} }
func In(pred string) Hop  { return Hop{Pred: pred, In: true} }

// Tags of every row: the class of the record and its node. Evidence rows
// carry the sentence and the document node.
const (
	tagClass       = "class"
	tagID          = "node" // not "id": Gizmo's JSON rows give "id" to the vertex a path ends on
	tagEvidence    = "evidence"
	tagEvidenceDoc = "evidence_doc"
	tagEnd         = "id" // the vertex the path ended on, which Gizmo adds to every row
)

// Document fields, read for every question so that answers can show a
// document by its title.
const (
	docFile      = "file"
	docTitle     = "title"
	docSource    = "source"
	docPublished = "published"
)

func documentSet() Set {
	return Set{Class: schema.ClassDocument, Fields: []Field{
		{Tag: docFile, Save: schema.PredFile},
		{Tag: docTitle, Save: schema.PredTitle},
		{Tag: docSource, Save: schema.PredSource},
		{Tag: docPublished, Save: schema.PredPublished},
	}}
}

// Script writes sets as Gizmo: one path per field, each starting from the
// tagged class vertex (so Cayley's KV planner does not scan every quad) and
// emitting flat rows tagged class, id and the field's tag, which Records
// collects.
func Script(sets []Set) string {
	var b strings.Builder
	b.WriteString("// generated from the question's record sets (package kind)\n")
	for i, s := range sets {
		v := fmt.Sprintf("s%d", i)
		fmt.Fprintf(&b, "var %s = function() { return g.V(%q).Tag(%q).In(%q).Tag(%q) }\n",
			v, "<"+s.Class+">", tagClass, "<"+schema.PredType+">", tagID)
		for _, f := range s.Fields {
			b.WriteString(v + "()")
			writeHops(&b, f.Path)
			if f.Save != "" {
				fmt.Fprintf(&b, ".Save(%q, %q)", "<"+f.Save+">", f.Tag)
			} else {
				fmt.Fprintf(&b, ".Tag(%q)", f.Tag)
			}
			b.WriteString(".All()\n")
		}
		if s.Evidence {
			fmt.Fprintf(&b, "%s().Out(%q).Save(%q, %q).Out(%q).Tag(%q).All()\n", v,
				"<"+schema.PredEvidence+">", "<"+schema.PredText+">", tagEvidence,
				"<"+schema.PredInDocument+">", tagEvidenceDoc)
		}
	}
	return b.String()
}

func writeHops(b *strings.Builder, hops []Hop) {
	for _, h := range hops {
		if h.In {
			fmt.Fprintf(b, ".In(%q)", "<"+h.Pred+">")
		} else {
			fmt.Fprintf(b, ".Out(%q)", "<"+h.Pred+">")
		}
	}
}
