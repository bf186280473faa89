package termtext

import (
	"bufio"
	"bytes"
	"io"
	"sort"
)

// Table is an aligned text table. Cells are made safe with Line; columns
// are separated by two spaces.
type Table struct {
	Head []string
	Rows [][]string
	// Width is the number of cells the table may use; 0 means no limit
	// (every cell on one line, as --wide asks). When the natural table is
	// wider, the widest columns are narrowed and their cells wrap onto
	// further lines, so no text is lost; rows are then separated by a blank
	// line so that each still reads as one.
	Width int
}

const (
	gap = 2
	// minColumn is how narrow a column may become before the table gives
	// up fitting and overflows: a column of two letters and an ellipsis
	// helps no one.
	minColumn = 6
)

// Write prints the table to w.
func (t Table) Write(w io.Writer) error {
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return nil
	}
	clean := func(r []string) []string {
		out := make([]string, cols)
		for i := range out {
			if i < len(r) {
				out[i] = Line(r[i])
			}
		}
		return out
	}
	head := clean(t.Head)
	rows := make([][]string, len(t.Rows))
	for i, r := range t.Rows {
		rows[i] = clean(r)
	}
	// Each cell's width is measured once: it sizes the column, says
	// whether the cell wraps and pads it.
	measure := func(r []string) []int {
		ws := make([]int, len(r))
		for i, c := range r {
			ws[i] = Width(c)
		}
		return ws
	}
	headW := measure(head)
	rowW := make([][]int, len(rows))
	natural := make([]int, cols)
	if len(t.Head) > 0 {
		copy(natural, headW)
	}
	for k, r := range rows {
		rowW[k] = measure(r)
		for i, w := range rowW[k] {
			natural[i] = max(natural[i], w)
		}
	}
	widths := fit(natural, head, t.Width)

	// Lines go out through a buffer as they are laid, not gathered into
	// one string: a table can run to many megabytes.
	b := bufio.NewWriterSize(w, 64<<10)
	wrapped := false
	// A laid row is its lines, each a cell per column with its width.
	type cell struct {
		text  string
		width int
	}
	lay := func(r []string, ws []int) [][]cell {
		lines := [][]cell{make([]cell, cols)}
		for i, c := range r {
			if ws[i] <= widths[i] || widths[i] <= 0 {
				lines[0][i] = cell{c, ws[i]}
				continue
			}
			for j, part := range Wrap(c, widths[i]) {
				if j >= len(lines) {
					lines = append(lines, make([]cell, cols))
				}
				lines[j][i] = cell{part, Width(part)}
			}
		}
		return lines
	}
	laid := make([][][]cell, len(rows))
	for i, r := range rows {
		laid[i] = lay(r, rowW[i])
		wrapped = wrapped || len(laid[i]) > 1
	}
	var line []byte
	writeLines := func(lines [][]cell) {
		for _, l := range lines {
			line = line[:0]
			for i, c := range l {
				line = append(line, c.text...)
				if i < cols-1 {
					for range max(0, widths[i]-c.width) + gap {
						line = append(line, ' ')
					}
				}
			}
			line = bytes.TrimRight(line, " ")
			line = append(line, '\n')
			b.Write(line)
		}
	}
	if len(t.Head) > 0 {
		writeLines(lay(head, headW))
	}
	for i, lines := range laid {
		if wrapped && i > 0 {
			b.WriteByte('\n')
		}
		writeLines(lines)
	}
	return b.Flush()
}

// fit chooses column widths that add up (with the gaps) to at most limit:
// columns narrower than an equal share keep their width, the rest share
// what is left equally. A header is never cut below its own width or
// minColumn, so a table too wide even then overflows rather than
// becoming unreadable.
func fit(natural []int, head []string, limit int) []int {
	widths := append([]int(nil), natural...)
	total := func() int {
		n := gap * (len(widths) - 1)
		for _, w := range widths {
			n += w
		}
		return n
	}
	if limit <= 0 || total() <= limit {
		return widths
	}
	floor := make([]int, len(natural))
	for i := range natural {
		floor[i] = min(natural[i], max(minColumn, Width(head[i])))
	}
	budget := limit - gap*(len(widths)-1)
	// Water-filling: settle the narrow columns first.
	order := make([]int, len(natural))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return natural[order[a]] < natural[order[b]] })
	left, remaining := budget, len(order)
	for _, i := range order {
		share := left / remaining
		widths[i] = max(floor[i], min(natural[i], share))
		left -= widths[i]
		remaining--
	}
	return widths
}
