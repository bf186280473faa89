package termtext

import (
	"fmt"
	"io"
	"testing"
)

// BenchmarkTableWrite lays a table like a long answer: mostly ASCII cells,
// some with accents and an ellipsis, printed whole (no width limit) as
// when the output is not a terminal, and fitted to 100 cells.
func BenchmarkTableWrite(b *testing.B) {
	t := Table{Head: []string{"DATE", "CITY", "COUNTRY", "PARTICIPANTS", "DOCS"}}
	for i := range 5000 {
		t.Rows = append(t.Rows, []string{"2023-02-02", fmt.Sprintf("Zürich %d", i%50), "Switzerland",
			fmt.Sprintf("Ana María Pérez %d, John Smith", i), fmt.Sprintf("Agency wire report number %d about the talks…", i)})
	}
	for _, w := range []int{0, 100} {
		b.Run(fmt.Sprintf("width=%d", w), func(b *testing.B) {
			t.Width = w
			for b.Loop() {
				if err := t.Write(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
