package queries

import "github.com/diplograph/diplograph/kind"

// Answer is the result of a named question.
type Answer struct {
	Question Question
	Rows     []kind.Row
	Undated  int // answers left out for want of a date (see Params.Undated)
	// UndatedShown counts the answers listed without a date.
	UndatedShown int
	Evidence     bool // the rows carry their evidence (Params.Evidence)
}

// JSON returns the value to encode for `ask --json`: an array of objects
// with exactly the gold format's fields (evidence only when asked for).
func (a Answer) JSON() any {
	out := make([]any, 0, len(a.Rows))
	for _, r := range a.Rows {
		out = append(out, r.JSON(a.Evidence))
	}
	return out
}

// Table returns a header and rows for an aligned text table, with an
// EVIDENCE column when the answer carries evidence.
func (a Answer) Table() ([]string, [][]string) {
	head := append([]string(nil), a.Question.Columns...)
	if a.Evidence {
		head = append(head, "EVIDENCE")
	}
	rows := make([][]string, 0, len(a.Rows))
	for _, r := range a.Rows {
		cells := r.Cells()
		if a.Evidence {
			cells = append(cells, kind.EvidenceCell(r.Sources()))
		}
		rows = append(rows, cells)
	}
	return head, rows
}
