package main

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

// BenchmarkAskCommand runs `ask` as the command line runs it (open the
// store, read the question's names if it names any, answer, print the
// table), in process and with the output thrown away, on the bolt store
// DIPLOGRAPH_BENCH_DB names (built by `diplograph build`; a generated corpus
// of 14 MB makes about a million quads): what a question costs but for the
// process start, which a profile of one run is too short to show.
// DIPLOGRAPH_BENCH_ASK picks questions, separated by '|' (default: every
// named question and "which meetings"); DIPLOGRAPH_BENCH_FLAGS adds flags
// to each (as "--json" or "--json --evidence", separated by spaces).
func BenchmarkAskCommand(b *testing.B) {
	path := os.Getenv("DIPLOGRAPH_BENCH_DB")
	if path == "" {
		b.Skip("DIPLOGRAPH_BENCH_DB names no store")
	}
	qs := []string{"meetings", "calls", "visits", "roles", "claims", "co-chairs", "partners",
		"commitments", "conflicts", "people", "which meetings"}
	if v := os.Getenv("DIPLOGRAPH_BENCH_ASK"); v != "" {
		qs = strings.Split(v, "|")
	}
	flags := strings.Fields(os.Getenv("DIPLOGRAPH_BENCH_FLAGS"))
	ctx := context.Background()
	for _, q := range qs {
		b.Run(strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			cpu0 := cpuTime()
			for i := 0; i < b.N; i++ {
				o := newRootOptions(strings.NewReader(""), io.Discard, io.Discard, func(string) string { return "" })
				if code := execute(ctx, o, append([]string{"ask", "--db", "bolt", "--dbpath", path, q}, flags...)); code != exitOK {
					b.Fatalf("ask %q: exit status %d", q, code)
				}
			}
			b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		})
	}
}
