package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/metrics"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
)

// Query languages accepted by Store.Query.
const (
	LangGizmo   = "gizmo"
	LangGraphQL = "graphql"
	LangMQL     = "mql"
)

// Languages lists the query languages Store.Query accepts.
func Languages() []string { return []string{LangGizmo, LangGraphQL, LangMQL} }

// DefaultQueryMemory is the heap size at which a query is stopped unless
// Config.QueryMemory says otherwise: far above what the named questions
// need, below what makes a small machine kill the process.
const DefaultQueryMemory = 2 << 30

// memoryPoll is how often a running query's memory is looked at. A
// runtime/metrics read costs about a microsecond.
const memoryPoll = 5 * time.Millisecond

// QueryMemoryError says a query was stopped because the process's heap
// passed the budget.
type QueryMemoryError struct {
	Budget, Heap uint64 // bytes
}

func (e *QueryMemoryError) Error() string {
	return fmt.Sprintf("the process's heap reached %s, over the query memory budget of %s", byteSize(e.Heap), byteSize(e.Budget))
}

// Query runs text in lang ("" means gizmo) and returns its results collated
// as JSON values the way Cayley's HTTP API returns them (IRIs as "<...>"
// strings, literals as JSON values). limit <= 0 means no limit.
//
// The only thing that stops a running query is the ctx given to the
// iterator's Next (Gizmo's Execute ignores its own), so every call passes
// ctx: a deadline stops even `while(true){}`, and the error wraps
// context.DeadlineExceeded. The same ctx is cancelled when the process's
// heap passes Config.QueryMemory while the query runs, which interrupts the
// JavaScript VM before the runtime runs out of memory; the error is then a
// *QueryMemoryError. The budget is on the whole process, which is the
// query's own memory in the command line tool and a guard for the process
// elsewhere; one allocation larger than the memory left cannot be caught.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) ([]interface{}, error) {
	if lang == "" {
		lang = LangGizmo
	}
	var sess query.Session
	switch lang {
	case LangGizmo:
		// A gizmo session runs one query; a fresh one each time.
		sess = gizmo.NewSession(s.h.QuadStore)
	case LangGraphQL, LangMQL:
		l := query.GetLanguage(lang)
		if l == nil {
			return nil, fmt.Errorf("query language %q is not registered", lang)
		}
		sess = l.Session(s.h.QuadStore)
	default:
		return nil, fmt.Errorf("unknown query language %q (want one of %s)", lang, strings.Join(Languages(), ", "))
	}
	// Gizmo's rows are collated here rather than by Cayley, so that
	// language-tagged strings keep their tag (see collate).
	col := query.JSON
	if lang == LangGizmo {
		col = query.Raw
	}
	out := []interface{}{}
	err := execute(ctx, sess, lang, text, limit, col, s.cfg.QueryMemory, func(r interface{}) {
		if col == query.Raw {
			r = s.collate(r)
		}
		out = append(out, r)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// execute runs text in a session, handing each result to each, until
// limit results (<= 0: no limit), the end, ctx's end, or the heap passing
// budget bytes (<= 0: no budget).
func execute(ctx context.Context, sess query.Session, lang, text string, limit int, col query.Collation, budget int64, each func(interface{})) error {
	if limit < 0 {
		limit = 0
	}
	start := time.Now()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	if budget > 0 {
		defer watchMemory(ctx, uint64(budget), cancel)()
	}
	it, err := sess.Execute(ctx, text, query.Options{Limit: limit, Collation: col})
	if err != nil {
		return fmt.Errorf("running %s query: %w", lang, err)
	}
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		each(it.Result())
		if n++; limit > 0 && n >= limit {
			break
		}
	}
	err = it.Err()
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		return nil
	}
	// The message is built here, once, from what happened; the time is
	// what the query ran, which varies, not the limit it was given.
	ran := roundDuration(time.Since(start))
	var mem *QueryMemoryError
	switch cause := context.Cause(ctx); {
	case errors.As(cause, &mem):
		return fmt.Errorf("query stopped after %s: %w", ran, mem)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("query timed out: stopped after %s: %w", ran, context.DeadlineExceeded)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("query cancelled after %s: %w", ran, context.Canceled)
	default:
		return fmt.Errorf("running %s query: %w", lang, err)
	}
}

// watchMemory cancels ctx with a *QueryMemoryError when the heap passes
// budget, until the returned stop is called.
func watchMemory(ctx context.Context, budget uint64, cancel context.CancelCauseFunc) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(memoryPoll)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-tick.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() != metrics.KindUint64 {
					return
				}
				if heap := sample[0].Value.Uint64(); heap > budget {
					cancel(&QueryMemoryError{Budget: budget, Heap: heap})
					return
				}
			}
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}

func roundDuration(d time.Duration) time.Duration {
	if d >= time.Second {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Millisecond)
}

// byteSize writes n bytes in binary units (KiB, MiB, GiB).
func byteSize(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit && exp < 4; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTP"[exp])
}
