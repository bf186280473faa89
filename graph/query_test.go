package graph

import (
	"context"
	"errors"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

func heapNow() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// A script that doubles a string forever used to grow the heap until Go
// aborted the whole process ("out of memory"), before any timeout. The
// budget stops the VM with an error that says so, and the store answers
// the next query.
func TestQueryMemoryBudgetStopsTheVM(t *testing.T) {
	budget := heapNow() + 256<<20
	s := openTest(t, Config{Backend: BackendMemstore, QueryMemory: int64(budget)})
	scripts := []string{
		`var s = "x"; while (true) { s = s + s }`,
		`var a = []; while (true) { a.push({n: a.length, s: "padding padding padding"}) }`,
	}
	for _, text := range scripts {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		_, err := s.Query(ctx, LangGizmo, text, 0)
		cancel()
		var mem *QueryMemoryError
		if !errors.As(err, &mem) {
			t.Fatalf("%s: err = %v, want a *QueryMemoryError", text, err)
		}
		if mem.Budget != budget || mem.Heap <= budget {
			t.Errorf("%s: error reports heap %d against budget %d (want %d and above it)", text, mem.Heap, mem.Budget, budget)
		}
		if !strings.HasPrefix(err.Error(), "query stopped after ") || !strings.Contains(err.Error(), "over the query memory budget of ") {
			t.Errorf("%s: unclear message %q", text, err)
		}
	}
	if res, err := s.Query(context.Background(), LangGizmo, `g.Emit(1)`, 0); err != nil || len(res) != 1 {
		t.Errorf("query after a stopped one: %v, %v", res, err)
	}
}

// A query well inside the budget is not stopped by it, and a negative
// budget turns the watch off.
func TestQueryWithinBudgetRuns(t *testing.T) {
	for _, budget := range []int64{int64(heapNow()) + 512<<20, -1} {
		s := openTest(t, Config{Backend: BackendMemstore, QueryMemory: budget})
		res, err := s.Query(context.Background(), LangGizmo, `var a = []; for (var i = 0; i < 10000; i++) { a.push(i) } g.Emit(a.length)`, 0)
		if err != nil || len(res) != 1 {
			t.Errorf("budget %d: %v, %v", budget, res, err)
		}
	}
}
