// Package serve is diplograph's HTTP server: Cayley's HTTP API (v2, and the
// v1 query path) over a diplograph store, diplograph's own API (questions,
// entities, the neighbourhood graph, timelines, uploads) and the web page
// that explores the graph.
//
// It is safe by default: read-only unless Config.Writable and a bearer
// token are given, every request bounded in time, results and body size,
// a Content-Security-Policy on every response, static files only from the
// embedded set, no CORS unless origins are named, and, when the listener is
// on loopback, only loopback host names accepted (a web page elsewhere
// cannot reach the server through DNS rebinding).
package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Defaults for Config fields left zero.
const (
	DefaultAddr     = "127.0.0.1:64210" // Cayley's port, on loopback
	DefaultTimeout  = 30 * time.Second
	DefaultLimit    = 100 // results per query when the request names none (Cayley's default)
	DefaultMaxLimit = 10000
	DefaultMaxBody  = 32 << 20
	// maxQueryBody is what Cayley accepts as a query body.
	maxQueryBody = 1 << 20
	// shutdownGrace is how long in-flight requests get to finish on a stop,
	// beyond the request timeout that bounds them anyway.
	shutdownGrace = 5 * time.Second
)

// Config says how the server behaves. The zero value is a read-only server
// with the defaults above.
type Config struct {
	// Timeout bounds every request; a query still running then is stopped.
	Timeout time.Duration
	// Limit is how many results a query returns when the request does not
	// say (?limit=N); MaxLimit is the most a request may ask for.
	Limit, MaxLimit int
	// MaxBody bounds request bodies (uploads, quads to write). Query bodies
	// are also held to Cayley's 1 MiB.
	MaxBody int64
	// Writable allows writes; each write needs "Authorization: Bearer
	// <Token>". Writable without a token is refused by New.
	Writable bool
	Token    string
	// CORSOrigins are the origins allowed to call the API from a browser;
	// none by default ("*" allows any).
	CORSOrigins []string
	// LoopbackOnly refuses requests whose Host is not a loopback name or
	// address. Set it when the listener is on loopback.
	LoopbackOnly bool
	// Version is reported by /api/v1/info.
	Version string
	// Search is the store's full-text index of evidence sentences, which
	// search questions read ("what was said about the pipeline"); without
	// one they are answered 503 with how to make it (build).
	Search Searcher
}

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxLimit <= 0 {
		c.MaxLimit = DefaultMaxLimit
	}
	if c.Limit <= 0 {
		c.Limit = DefaultLimit
	}
	if c.Limit > c.MaxLimit {
		c.Limit = c.MaxLimit
	}
	if c.MaxBody <= 0 {
		c.MaxBody = DefaultMaxBody
	}
	if c.Version == "" {
		c.Version = "dev"
	}
	return c
}

// Upload is a document sent to POST /api/v1/documents.
type Upload struct {
	Name string // file name; its extension selects the format as in build
	Data []byte
}

// BuildResult is what building uploads did.
type BuildResult struct {
	Documents int            `json:"documents"`
	Skipped   int            `json:"skipped"`
	Facts     map[string]int `json:"facts"`
	Added     int            `json:"quads_added"`
	Removed   int            `json:"quads_removed"`
	// Errors name each skipped document with its file and line, as build
	// prints them.
	Errors []string `json:"errors"`
}

// Builder builds uploaded documents into the store the way `diplograph
// build` does. The command supplies it; without one, uploads are refused.
type Builder interface {
	Build(ctx context.Context, docs []Upload) (BuildResult, error)
}

// Server serves one store.
type Server struct {
	cfg     Config
	log     *slog.Logger
	b       *backend
	builder Builder
	handler http.Handler
	// library reports the graph library the page may load; tests replace
	// it to see the page without one.
	library func() (libraryInfo, bool)

	// rw orders writes after the reads in flight: Cayley's memstore is not
	// safe for a write during a read, and a write should not be seen half done.
	rw sync.RWMutex

	// idx is the name index for search, built on first use and dropped by
	// writes.
	idxMu sync.Mutex
	idx   *nameIndex
}

// New makes a server for store. builder may be nil (uploads are then
// refused); log receives one record per request at debug level and the
// failures at warning level.
func New(store *Store, builder Builder, cfg Config, log *slog.Logger) (*Server, error) {
	if store == nil {
		return nil, errors.New("serve: no store")
	}
	if log == nil {
		return nil, errors.New("serve: no logger")
	}
	cfg = cfg.withDefaults()
	if cfg.Writable && strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("a writable server needs a bearer token (--token-file)")
	}
	s := &Server{cfg: cfg, log: log, b: newBackend(store, cfg.Search), builder: builder, library: graphLibrary}
	s.handler = s.routes()
	return s, nil
}

// Handler is the server's HTTP handler, for tests and for embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve answers on ln until ctx ends, then stops accepting connections,
// lets the requests in flight finish (each is bounded by the timeout) and
// returns. The caller closes the store after Serve returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.cfg.Timeout + 10*time.Second,
		WriteTimeout:      s.cfg.Timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	s.log.Info("stopping: waiting for requests in flight")
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.Timeout+shutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("stopping the server: %w", err)
	}
	return nil
}

// IsLoopback says whether addr (host:port, as --addr takes it) listens on
// loopback only. An empty host means every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(strings.Trim(host, "[]"))
	return ip != nil && ip.IsLoopback()
}
