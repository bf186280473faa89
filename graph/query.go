package graph

import (
	"context"
	"errors"
	"fmt"
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

// Query runs text in lang ("" means gizmo) and returns its results collated
// as JSON values the way Cayley's HTTP API returns them (IRIs as "<...>"
// strings, literals as JSON values). limit <= 0 means no limit.
//
// The only thing that stops a running query is the ctx given to the
// iterator's Next, so every call passes ctx: a deadline stops even
// `while(true){}`, and the error wraps context.DeadlineExceeded.
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
	err := execute(ctx, sess, lang, text, limit, col, func(r interface{}) {
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
// limit results (<= 0: no limit), the end, or ctx's end.
func execute(ctx context.Context, sess query.Session, lang, text string, limit int, col query.Collation, each func(interface{})) error {
	if limit < 0 {
		limit = 0
	}
	start := time.Now()
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
	switch {
	case err == nil:
		return nil
	case errors.Is(err, context.DeadlineExceeded):
		d := time.Since(start)
		if dl, ok := ctx.Deadline(); ok {
			d = dl.Sub(start)
		}
		return fmt.Errorf("query stopped after %s (timeout): %w", roundDuration(d), err)
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("query cancelled: %w", err)
	default:
		return fmt.Errorf("running %s query: %w", lang, err)
	}
}

func roundDuration(d time.Duration) time.Duration {
	if d >= time.Second {
		return d.Round(100 * time.Millisecond)
	}
	return d.Round(time.Millisecond)
}
