package kind

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func commitmentsKind() Kind {
	return Kind{
		Name:        "commitments",
		Description: "agreements signed, plans agreed, proposals and pledges: parties, status and due date",
		Stage:       "docs/EXTRACTION.md, relations: commitments (triggers and their status)",
		Count:       func(f fact.Facts) int { return len(f.Commitments) },
		Quads:       commitmentQuads,
		Classes:     []string{schema.ClassCommitment},
		Nodes:       []string{schema.ClassCommitment},
		Drawings:    []Drawing{{Class: schema.ClassCommitment, Shape: "tab", Fill: "#d0e0e3", Label: commitmentLabel, Search: true}},
		Predicates:  []string{schema.PredParty, schema.PredText, schema.PredStatus, schema.PredDue, schema.PredMadeAt, schema.PredReports},
		Questions: []Question{{
			Name:        "commitments",
			Item:        "commitment",
			Description: "commitments: agreements signed, plans agreed, proposals and pledges, with parties, status and due date",
			Sets: []Set{{Class: schema.ClassCommitment, Evidence: true, Fields: []Field{
				{Tag: "text", Save: schema.PredText},
				{Tag: "status", Save: schema.PredStatus},
				{Tag: "due", Save: schema.PredDue},
				{Tag: "party", Path: []Hop{Out(schema.PredParty)}, Save: schema.PredName},
				{Tag: "doc", Path: []Hop{In(schema.PredReports)}},
			}}},
			Columns:  []string{"PARTIES", "TEXT", "STATUS", "DUE", "DOC"},
			Shape:    CommitmentRow{},
			Names:    []string{"parties"},
			Assemble: assembleCommitments,
			Gold: &Gold{Key: "commitments",
				Match:    []Compare{{Field: "text", By: CoversText}},
				Accuracy: []Compare{{Field: "status", By: Equal, Label: "status-acc"}},
				Summary: []Part{
					{Field: "status", Before: "[", After: "] ", None: "no status"},
					{Field: "text", None: "(no text)"},
					{Field: "parties", Before: " (", After: ")"},
					{Field: "due", Before: ", due "},
				},
				// Near, in the same document, when a quarter of the words are there.
				Near: Near{Min: 0.25, By: []Compare{
					{Field: "doc", By: SameDocument, Required: true},
					{Field: "text", By: WordsShared, Weight: 1},
				}},
				Locate: []Cue{{Field: "text", Find: FindWords, Weight: 1}},
			},
		}},
	}
}

func commitmentQuads(q *Quads, d Doc) {
	// A commitment is made at the meeting its document reports, when the
	// document reports exactly one.
	madeAt := ""
	if len(d.MeetingIDs) == 1 {
		madeAt = d.MeetingIDs[0]
	}
	for _, c := range d.Commitments {
		if !nonEmpty(c.Text) {
			continue
		}
		id := schema.CommitmentIRI(c.Parties, c.Text)
		q.Node(id, schema.ClassCommitment, shortText(c.Text, 80))
		for _, p := range c.Parties {
			if nonEmpty(p) {
				q.Link(id, schema.PredParty, q.Country(p))
			}
		}
		q.Str(id, schema.PredText, c.Text)
		q.Str(id, schema.PredStatus, c.Status)
		q.Date(id, schema.PredDue, c.Due)
		if madeAt != "" {
			q.Link(id, schema.PredMadeAt, madeAt)
		}
		q.Evidence(id, c.Evidence)
		q.Reports(id)
	}
}

// CommitmentRow is an agreement, plan, proposal or pledge.
type CommitmentRow struct {
	Parties  []string   `json:"parties"`
	Text     string     `json:"text"`
	Status   string     `json:"status"`
	Due      string     `json:"due"`
	Doc      string     `json:"doc"`
	Evidence []Evidence `json:"evidence,omitempty"`
	source   DocRef
}

func (c CommitmentRow) Cells() []string {
	return []string{strings.Join(c.Parties, ", "), c.Text, c.Status, c.Due, DocCell([]DocRef{c.source})}
}

func (c CommitmentRow) Sources() []Evidence { return c.Evidence }

func (c CommitmentRow) JSON(evidence bool) any {
	c.Evidence = withoutEvidence(evidence, c.Evidence)
	return c
}

func assembleCommitments(rs *Records, p Params) Result {
	var out []CommitmentRow
	for _, r := range rs.Class(schema.ClassCommitment) {
		c := CommitmentRow{
			Parties:  nonNil(r.Values("party")),
			Text:     r.Longest("text"),
			Status:   r.First("status"),
			Due:      r.First("due"),
			Evidence: evidenceIf(p, r.Evidence),
		}
		if docs := rs.Docs(r, "doc"); len(docs) > 0 {
			c.source, c.Doc = docs[0], docs[0].File
		}
		if c.Text == "" || !countryOK(p, c.Parties...) {
			continue
		}
		if p.Status != "" && c.Status != p.Status {
			continue
		}
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Doc != out[j].Doc {
			return out[i].Doc < out[j].Doc
		}
		return out[i].Text < out[j].Text
	})
	var res Result
	for _, c := range out {
		res.Rows = append(res.Rows, c)
	}
	return res
}

// commitmentLabel draws a commitment as its status and the start of its
// text: "signed: a roadmap on…".
func commitmentLabel(l Literals) string {
	label := clipLabel(l.First(schema.PredText), 40)
	if st := l.First(schema.PredStatus); st != "" {
		label = st + ": " + label
	}
	return label
}
