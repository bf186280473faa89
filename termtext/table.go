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
	// Each cell is made safe and measured in one pass (lineWidth), and its
	// width kept: it sizes the column, says whether the cell wraps and pads
	// it. The rows' cells and widths are cut from one block each.
	clean := func(r, out []string, ws []int) {
		for i := range out {
			if i < len(r) {
				out[i], ws[i] = lineWidth(r[i])
			}
		}
	}
	head, headW := make([]string, cols), make([]int, cols)
	clean(t.Head, head, headW)
	cells, cellW := make([]string, len(t.Rows)*cols), make([]int, len(t.Rows)*cols)
	rows := make([][]string, len(t.Rows))
	rowW := make([][]int, len(t.Rows))
	natural := make([]int, cols)
	if len(t.Head) > 0 {
		copy(natural, headW)
	}
	for k, r := range t.Rows {
		rows[k], rowW[k] = cells[k*cols:(k+1)*cols:(k+1)*cols], cellW[k*cols:(k+1)*cols:(k+1)*cols]
		clean(r, rows[k], rowW[k])
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
	// Only a row with a cell wider than its column is laid on several
	// lines; the others are written straight from their cells.
	laid := make([][][]cell, len(rows))
	for i, r := range rows {
		for c, w := range rowW[i] {
			if w > widths[c] && widths[c] > 0 {
				laid[i] = lay(r, rowW[i])
				wrapped = wrapped || len(laid[i]) > 1
				break
			}
		}
	}
	var line []byte
	end := func() {
		line = bytes.TrimRight(line, " ")
		line = append(line, '\n')
		b.Write(line)
	}
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
			end()
		}
	}
	if len(t.Head) > 0 {
		writeLines(lay(head, headW))
	}
	for i, r := range rows {
		if wrapped && i > 0 {
			b.WriteByte('\n')
		}
		if laid[i] != nil {
			writeLines(laid[i])
			continue
		}
		line = line[:0]
		for c, text := range r {
			line = append(line, text...)
			if c < cols-1 {
				for range max(0, widths[c]-rowW[i][c]) + gap {
					line = append(line, ' ')
				}
			}
		}
		end()
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
