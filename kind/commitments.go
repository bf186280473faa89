package kind

import (
	"fmt"
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
		Predicates:  []string{schema.PredParty, schema.PredText, schema.PredStatus, schema.PredDue, schema.PredMadeAt, schema.PredFollows, schema.PredReports},
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
				{Tag: "follows", Path: []Hop{Out(schema.PredFollows)}},
				{Tag: "meeting_date", Path: []Hop{Out(schema.PredMadeAt)}, Save: schema.PredDate},
			}}},
			Columns:  []string{"PARTIES", "TEXT", "STATUS", "STATUS HISTORY", "DUE", "DOC"},
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
	for i, c := range d.Commitments {
		if !nonEmpty(c.Text) {
			continue
		}
		id := schema.CommitmentIRI(c.Parties, c.Text)
		if i < len(d.Follows) && d.Follows[i] != "" && d.Follows[i] != id {
			q.Link(id, schema.PredFollows, d.Follows[i])
		}
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

// CommitmentRow is an agreement, plan, proposal or pledge, as one document
// reports it; History follows it across the documents that report it again.
type CommitmentRow struct {
	Parties []string `json:"parties"`
	Text    string   `json:"text"`
	Status  string   `json:"status"`
	Due     string   `json:"due"`
	Doc     string   `json:"doc"`
	// History is every report of the same commitment (dg:follows, read
	// both ways), by date: empty when no other document reports it. In
	// JSON with the evidence only (the plain JSON is the gold format's).
	History  []CommitmentStep `json:"history,omitempty"`
	Evidence []Evidence       `json:"evidence,omitempty"`
	source   DocRef
}

// CommitmentStep is one report of a commitment: when (the document's
// date, else the date of the meeting it was made at), with which status,
// in which document.
type CommitmentStep struct {
	Date   string `json:"date"`
	Status string `json:"status"`
	Doc    string `json:"doc"`
}

func (c CommitmentRow) Cells() []string {
	return []string{strings.Join(c.Parties, ", "), c.Text, c.Status, historyCell(c.History), c.Due, DocCell([]DocRef{c.source})}
}

// maxHistorySteps is how many reports of a commitment its table cell
// lists: a commitment a corpus reports a thousand times would otherwise
// make one cell, and so every padded row of the table, thousands of
// characters wide. The first reports and the latest stay; --json has them
// all.
const maxHistorySteps = 4

// historyCell is the STATUS HISTORY cell: each report's date and status,
// oldest first, the middle ones counted when there are many.
func historyCell(history []CommitmentStep) string {
	step := func(s CommitmentStep) string {
		d := s.Date
		if d == "" {
			d = "undated"
		}
		return d + " " + s.Status
	}
	var steps []string
	if len(history) <= maxHistorySteps {
		for _, s := range history {
			steps = append(steps, step(s))
		}
		return strings.Join(steps, " → ")
	}
	for _, s := range history[:maxHistorySteps-1] {
		steps = append(steps, step(s))
	}
	steps = append(steps, fmt.Sprintf("(%d more)", len(history)-maxHistorySteps), step(history[len(history)-1]))
	return strings.Join(steps, " → ")
}

func (c CommitmentRow) Sources() []Evidence { return c.Evidence }

// JSON is the gold format's fields; with evidence, also the evidence and
// the history (which, like the evidence, says which documents said what).
func (c CommitmentRow) JSON(evidence bool) any {
	c.Evidence = withoutEvidence(evidence, c.Evidence)
	if !evidence {
		c.History = nil
	}
	return c
}

// commitmentHistories groups the commitment records that follow one
// another into threads and gives each record its thread's steps, by date
// (nil for a commitment no other document reports).
func commitmentHistories(rs *Records) map[string][]CommitmentStep {
	list := rs.Class(schema.ClassCommitment)
	// union-find over the records' positions; a thread's root is its
	// smallest ID (the records are in order of ID)
	at := make(map[string]int32, len(list))
	for i, r := range list {
		at[r.ID] = int32(i)
	}
	parent := make([]int32, len(list))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			x = parent[x]
		}
		return x
	}
	for i, r := range list {
		for _, f := range r.Values("follows") {
			j, ok := at[f]
			if !ok {
				continue
			}
			a, b := find(int32(i)), find(j)
			if a != b {
				if list[b].ID < list[a].ID {
					a, b = b, a
				}
				parent[b] = a
			}
		}
	}
	size := make([]int32, len(list))
	for i := range list {
		size[find(int32(i))]++
	}
	threads := map[int32][]CommitmentStep{}
	for i, r := range list {
		root := find(int32(i))
		if size[root] < 2 {
			continue // no other document reports it: no history
		}
		status := strings.Join(r.Values("status"), "/")
		for _, d := range rs.Docs(r, "doc") {
			// the document's date, else the meeting's the commitment was made at
			date := d.Published
			if date == "" {
				date = r.First("meeting_date")
			}
			threads[root] = append(threads[root], CommitmentStep{Date: date, Status: status, Doc: d.File})
		}
	}
	for _, steps := range threads {
		stableSort(steps, func(a, b *CommitmentStep) bool {
			if a.Date != b.Date {
				return a.Date < b.Date
			}
			return a.Doc < b.Doc
		})
	}
	out := map[string][]CommitmentStep{}
	for i, r := range list {
		if root := find(int32(i)); size[root] >= 2 {
			out[r.ID] = threads[root]
		}
	}
	return out
}

func assembleCommitments(rs *Records, p Params) Result {
	list := rs.Class(schema.ClassCommitment)
	out := make([]CommitmentRow, 0, len(list)) // a row a commitment at most
	history := commitmentHistories(rs)
	for _, r := range list {
		c := CommitmentRow{
			Parties:  nonNil(r.Values("party")),
			Text:     r.Longest("text"),
			Status:   r.First("status"),
			Due:      r.First("due"),
			History:  history[r.ID],
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
	return Result{Rows: sortedRows(out, func(c *CommitmentRow) sortKey { return sortKey{c.Doc, c.Text} })}
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
