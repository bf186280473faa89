package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/serve"
)

// minTokenLen keeps a write token out of guessing range.
const minTokenLen = 16

type serveOptions struct {
	root        *rootOptions
	Addr        string
	Timeout     time.Duration
	Limit       int
	MaxLimit    int
	MaxBody     string
	Writable    bool
	TokenFile   string
	CORSOrigins []string
	SearchIndex string
	// Listening, when set, is told the address once the server listens
	// (tests use it instead of reading stderr).
	Listening func(addr string)
}

// NewCmdServe makes `diplograph serve`.
func NewCmdServe(root *rootOptions) *cobra.Command {
	o := &serveOptions{root: root}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the graph over HTTP: a web page to explore it and Cayley's API",
		Long: `serve answers HTTP on --addr (loopback by default) until Ctrl-C or SIGTERM; it then
lets the requests in flight finish and closes the store.

Open the address in a browser for the web page: one search box that takes plain-English
questions ("who co-chaired which commission") and Gizmo queries, answers with the
sentence each fact was read from, pages for people, countries, meetings and commissions
with a graph of their neighbourhood, and timelines of country pairs.

The same server speaks Cayley's HTTP API, so Cayley's clients work unchanged:
  POST /api/v2/query?lang=gizmo     the query as the body (also graphql, mql; GET with qu=)
  GET  /api/v2/read                 the quads (format=nquads|json|jsonld|..., or Accept)
  POST /api/v1/query/gizmo          Cayley's older path
and diplograph's own:
  GET  /api/v1/ask?q=...            the question read and answered as "ask" does: the answers
                                    "ask --json" prints, the query it was read as and its Gizmo
  GET  /api/v1/entity/{id}          a node, its facts, evidence sentences and documents
  GET  /api/v1/questions            the named questions and their Gizmo scripts
  GET  /api/v1/openapi.json         all endpoints, described

It is read-only unless started with --writable and --token-file; then POST
/api/v2/write, /api/v2/delete and /api/v1/documents (documents built as "build" builds
them) need "Authorization: Bearer <token>". Every request is stopped after --timeout
(504), results are capped at --max-limit and bodies at --max-body (413). Listening on
anything but loopback prints a warning: anyone who can reach the port can read the graph.`,
		Example: `  diplograph serve                                  # http://127.0.0.1:64210/
  diplograph serve --dbpath other.db --addr 127.0.0.1:8080
  curl -s 'http://127.0.0.1:64210/api/v1/ask?q=who+co-chaired+which+commission'
  curl -s -X POST 'http://127.0.0.1:64210/api/v2/query?lang=gizmo' \
       -d 'g.V("<dg:Person>").In("<rdf:type>").Out("<dg:name>").All()'
  curl -s 'http://127.0.0.1:64210/api/v2/read?format=nquads' > graph.nq

  head -c 32 /dev/urandom | base64 > token && chmod 600 token
  diplograph serve --writable --token-file token
  curl -s -H "Authorization: Bearer $(cat token)" -H 'Content-Type: text/plain' \
       --data-binary @report.txt 'http://127.0.0.1:64210/api/v1/documents?name=report.txt'`,
		Args: args(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return serveRun(cmd.Context(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Addr, "addr", serve.DefaultAddr, "host:port to listen on; anything but loopback is reachable from other machines")
	f.DurationVar(&o.Timeout, "timeout", serve.DefaultTimeout, "stop any request (and the query it runs) after this long")
	f.IntVar(&o.Limit, "limit", serve.DefaultLimit, "results a query returns when the request does not say (?limit=N)")
	f.IntVar(&o.MaxLimit, "max-limit", serve.DefaultMaxLimit, "the most results any request may get")
	f.StringVar(&o.MaxBody, "max-body", "32MiB", "largest request body (uploads, quads to write): bytes, or with KiB, MiB, GiB")
	f.BoolVar(&o.Writable, "writable", false, "allow writes (needs --token-file)")
	f.StringVar(&o.TokenFile, "token-file", "", "file holding the bearer token writes must present (at least 16 characters)")
	f.StringVar(&o.SearchIndex, "search-index", "", "the search index directory search questions read (default: beside a bolt file, FILE.search; for a server store, under the user cache directory)")
	f.StringSliceVar(&o.CORSOrigins, "cors-origin", nil, "let web pages from this origin call the API (repeatable; * for any); off by default")
	return cmd
}

// parseSize reads "32MiB", "512KiB", "1GiB", "1MB" or a plain byte count.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size (say 32MiB, 512KiB or a number of bytes)", s)
	}
	return n * mult, nil
}

// readToken reads the bearer token and refuses one too short to be secret.
func readToken(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("reading the token file: %w", err)
	}
	tok := strings.TrimSpace(string(b))
	if strings.ContainsAny(tok, " \t\r\n") {
		return "", fmt.Errorf("the token in %s must be one line without spaces", path)
	}
	if len(tok) < minTokenLen {
		return "", fmt.Errorf("the token in %s has %d characters; use at least %d (for example: head -c 32 /dev/urandom | base64 > %s)", path, len(tok), minTokenLen, path)
	}
	return tok, nil
}

func serveRun(ctx context.Context, o *serveOptions) error {
	maxBody, err := parseSize(o.MaxBody)
	if err != nil {
		return &usageError{command: "serve", err: fmt.Errorf("--max-body: %w", err)}
	}
	switch {
	case o.Writable && o.TokenFile == "":
		return &usageError{command: "serve", err: errors.New("--writable needs --token-file: writes must present a bearer token")}
	case !o.Writable && o.TokenFile != "":
		return &usageError{command: "serve", err: errors.New("--token-file is only used with --writable")}
	case o.Timeout <= 0:
		return &usageError{command: "serve", err: errors.New("--timeout must be positive")}
	case o.Limit <= 0 || o.MaxLimit <= 0:
		return &usageError{command: "serve", err: errors.New("--limit and --max-limit must be positive")}
	}
	cfg := serve.Config{
		Timeout: o.Timeout, Limit: o.Limit, MaxLimit: o.MaxLimit, MaxBody: maxBody,
		Writable: o.Writable, CORSOrigins: o.CORSOrigins, LoopbackOnly: serve.IsLoopback(o.Addr),
	}
	if o.Writable {
		if cfg.Token, err = readToken(o.TokenFile); err != nil {
			return err
		}
		if st, err := os.Stat(o.TokenFile); err == nil && st.Mode().Perm()&0o077 != 0 {
			fmt.Fprintf(o.root.Stderr, "warning: %s can be read by other users (chmod 600 %s)\n", o.TokenFile, o.TokenFile)
		}
	}
	log := o.root.logger()
	// A read-only server shares a bolt store with asks and exports.
	open := func() (*graph.Store, error) { return o.root.openReader(ctx, graph.DefaultQueryMemory) }
	if o.Writable {
		open = func() (*graph.Store, error) { return o.root.openStore(ctx, true) }
	}
	store, err := open()
	if err != nil {
		return err
	}
	defer store.Close()

	// The search index of evidence sentences that search questions read:
	// a writable server keeps it in step with what uploads write, as build
	// does; a read-only one reads it if build made one.
	var index *searchIndex
	if o.Writable {
		if index, err = openBuildIndex(ctx, store, o.root.config(), o.SearchIndex); err != nil {
			return err
		}
		if index == nil {
			// a store held in memory: its index is too
			idx, err := fulltext.OpenMemory()
			if err != nil {
				return err
			}
			index = &searchIndex{idx: idx, dir: "(in memory)"}
		}
	} else if index, err = openServeIndex(o.root.config(), o.SearchIndex); err != nil {
		return err
	}
	defer index.Close()
	if index != nil {
		cfg.Search = index.idx
	} else {
		log.Info("no search index for this store: search questions will say to run build")
	}

	var builder serve.Builder
	if o.Writable {
		builder = &uploadBuilder{root: o.root, store: store, index: index}
	}
	srv, err := serve.New(store, builder, cfg, log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", o.Addr, err)
	}
	addr := ln.Addr().String()
	w := o.root.Stderr
	if !cfg.LoopbackOnly {
		fmt.Fprintf(w, "warning: --addr %s is not a loopback address: anyone who can reach this machine on port %s can read the whole graph%s\n",
			o.Addr, portOf(addr), map[bool]string{true: " (and, with the token, write to it)", false: ""}[o.Writable])
	}
	mode := "read-only"
	if o.Writable {
		mode = "writable with the bearer token in " + o.TokenFile
	}
	fmt.Fprintf(w, "listening on http://%s/ (%s store %s, %s)\n", addr, store.Config().Backend, redactPath(store.Config()), mode)
	fmt.Fprintf(w, "  the page:  http://%s/\n  the API:   http://%s/api/v1/openapi.json (Cayley's: /api/v2/query?lang=gizmo)\n  Ctrl-C stops the server.\n", addr, addr)
	if o.Listening != nil {
		o.Listening(addr)
	}
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	fmt.Fprintln(w, "stopped: requests finished, store closed")
	return nil
}

func portOf(addr string) string {
	if _, p, err := net.SplitHostPort(addr); err == nil {
		return p
	}
	return addr
}

// redactPath shows where the store is without a password.
func redactPath(c graph.Config) string {
	p := c.Path
	if c.Backend == graph.BackendMemstore {
		return "(in memory)"
	}
	if i := strings.Index(p, "://"); i >= 0 {
		if at := strings.Index(p, "@"); at > i {
			userinfo := p[i+3 : at]
			if u, _, ok := strings.Cut(userinfo, ":"); ok {
				p = p[:i+3] + u + ":***" + p[at:]
			}
		}
	}
	return p
}

// uploadBuilder builds uploaded documents as `build` does: the same
// reader (formats, front matter, errors with file and line), extractor,
// cross-document merge with the people already stored, and write.
type uploadBuilder struct {
	root  *rootOptions
	store *graph.Store
	index *searchIndex // nil for a store held in memory

	once sync.Once
	ex   extractor
	err  error
}

func (b *uploadBuilder) Build(ctx context.Context, docs []serve.Upload) (serve.BuildResult, error) {
	b.once.Do(func() { b.ex, b.err = b.root.Extractor() })
	if b.err != nil {
		return serve.BuildResult{}, b.err
	}
	var reports []fact.Report
	var bad []error
	for _, u := range docs {
		err := extract.ReadFile(ctx, u.Name, bytes.NewReader(u.Data), func(d fact.Document) error {
			r, err := b.ex.Extract(ctx, d)
			switch {
			case err == nil:
				reports = append(reports, r)
			case ctx.Err() != nil:
				return ctx.Err()
			default:
				bad = append(bad, fmt.Errorf("%s: extracting: %w", docPosition(d), err))
			}
			return nil
		})
		skipped, fatal := splitInputErrors(err)
		bad = append(bad, skipped...)
		if fatal != nil {
			return serve.BuildResult{}, fatal
		}
	}
	res := serve.BuildResult{Skipped: len(bad), Facts: map[string]int{}}
	for _, e := range bad {
		res.Errors = append(res.Errors, e.Error())
	}
	if len(reports) == 0 {
		return res, nil
	}
	var files []string
	for _, r := range reports {
		files = append(files, r.Facts.Doc.Name)
	}
	st, err := b.store.Update(ctx, reports, func(rs []fact.Report) []fact.Facts { return b.ex.Merge(nil, rs) },
		graph.WriteOptions{Log: b.root.logger()})
	if err != nil {
		return res, fmt.Errorf("writing the documents: %w", err)
	}
	if err := b.index.update(ctx, b.store, files); err != nil {
		return res, err
	}
	res.Documents, res.Added, res.Removed = st.Documents, st.Added, st.Removed
	for k, v := range st.Facts {
		res.Facts[k] = v
	}
	b.root.logger().Info("built uploaded documents", "documents", st.Documents, "skipped", len(bad), "added", st.Added)
	return res, nil
}
