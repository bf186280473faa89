package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers "memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/cayley/writer"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// Backend names accepted in Config.Backend.
const (
	BackendBolt      = "bolt"
	BackendMemstore  = "memstore"
	BackendPostgres  = "postgres"
	BackendCockroach = "cockroach"
)

// DefaultPath is where the bolt store lives unless told otherwise.
const DefaultPath = "./diplograph.db"

// lockTimeout bounds the wait for another process's lock on the bolt file:
// long enough to ride out a short write, short enough not to look hung.
const lockTimeout = 2 * time.Second

// Config selects a store.
type Config struct {
	Backend string // "bolt" (default), "memstore", "postgres", "cockroach"
	Path    string // bolt file or SQL connection string; default ./diplograph.db for bolt
}

// Backends lists the backends Open accepts.
func Backends() []string {
	return []string{BackendBolt, BackendMemstore, BackendPostgres, BackendCockroach}
}

// Store is an open Cayley store holding diplograph's graph.
type Store struct {
	cfg Config
	h   *cgraph.Handle
}

// Open opens the store described by cfg. With create it makes the store if
// it does not exist yet (the first build); without, a missing store is an
// error that says how to make one.
func Open(ctx context.Context, cfg Config, create bool) (*Store, error) {
	if cfg.Backend == "" {
		cfg.Backend = BackendBolt
	}
	var (
		qs  cgraph.QuadStore
		err error
	)
	switch cfg.Backend {
	case BackendBolt:
		if cfg.Path == "" {
			cfg.Path = DefaultPath
		}
		qs, err = openBolt(cfg.Path, create)
	case BackendMemstore:
		qs, err = cgraph.NewQuadStore(BackendMemstore, "", nil)
	case BackendPostgres, BackendCockroach:
		qs, err = openSQL(ctx, cfg, create)
	default:
		return nil, fmt.Errorf("unknown store backend %q (want one of %s)", cfg.Backend, strings.Join(Backends(), ", "))
	}
	if err != nil {
		return nil, err
	}
	w, err := writer.NewSingle(qs, cgraph.IgnoreOpts{})
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("opening writer for %s store: %w", cfg.Backend, err)
	}
	return &Store{cfg: cfg, h: &cgraph.Handle{QuadStore: qs, QuadWriter: w}}, nil
}

// openBolt opens the bolt file itself rather than through Cayley's
// registry: Cayley wants a directory and opens bolt without a lock timeout,
// so a second process would wait forever.
func openBolt(path string, create bool) (cgraph.QuadStore, error) {
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return nil, fmt.Errorf("opening bolt store %s: it is a directory; --dbpath names the store file (for example %s)", path, filepath.Join(path, "diplograph.db"))
	case errors.Is(err, os.ErrNotExist) && !create:
		return nil, fmt.Errorf("opening bolt store %s: no store there yet; run `diplograph build` first", path)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("opening bolt store %s: %w", path, err)
	}
	if dir := filepath.Dir(path); create {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("creating directory for bolt store %s: %w", path, err)
		}
	}
	db, err := hbolt.Open(path, &bolt.Options{Timeout: lockTimeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("opening bolt store %s: it is locked by another process (gave up after %s)", path, lockTimeout)
	}
	if err != nil {
		return nil, fmt.Errorf("opening bolt store %s: %w", path, err)
	}
	if create {
		if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, fmt.Errorf("initialising bolt store %s: %w", path, err)
		}
	}
	qs, err := kv.New(db, nil)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		db.Close()
		return nil, fmt.Errorf("opening bolt store %s: not a diplograph store (not initialised); run `diplograph build` to create one", path)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("opening bolt store %s: %w", path, err)
	}
	return qs, nil
}

func openSQL(ctx context.Context, cfg Config, create bool) (cgraph.QuadStore, error) {
	if cfg.Path == "" || cfg.Path == DefaultPath {
		return nil, fmt.Errorf("opening %s store: --dbpath must be a connection string (postgres://user@host:port/db?sslmode=disable)", cfg.Backend)
	}
	where := redact(cfg.Path)
	if create {
		err := cgraph.InitQuadStore(cfg.Backend, cfg.Path, nil)
		if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, fmt.Errorf("initialising %s store %s: %w", cfg.Backend, where, err)
		}
	}
	qs, err := cgraph.NewQuadStore(cfg.Backend, cfg.Path, nil)
	if err != nil {
		return nil, fmt.Errorf("opening %s store %s: %w", cfg.Backend, where, err)
	}
	return qs, nil
}

// redact hides a password in a connection string used in messages.
func redact(conn string) string {
	at := strings.Index(conn, "@")
	scheme := strings.Index(conn, "://")
	if at < 0 || scheme < 0 || at < scheme {
		return conn
	}
	userinfo := conn[scheme+3 : at]
	if i := strings.Index(userinfo, ":"); i >= 0 {
		return conn[:scheme+3] + userinfo[:i] + ":***" + conn[at:]
	}
	return conn
}

// Close releases the store (and the bolt file lock).
func (s *Store) Close() error {
	if err := s.h.Close(); err != nil {
		return fmt.Errorf("closing %s store: %w", s.cfg.Backend, err)
	}
	return nil
}

// Handle is the underlying Cayley handle, for Cayley's query languages and
// its HTTP API.
func (s *Store) Handle() *cgraph.Handle { return s.h }

// Config is what the store was opened with (defaults filled in).
func (s *Store) Config() Config { return s.cfg }

// Stats counts nodes and quads exactly.
func (s *Store) Stats(ctx context.Context) (nodes, quads int64, err error) {
	st, err := s.h.QuadStore.Stats(ctx, true)
	if errors.Is(err, kv.ErrNoBucket) {
		// A bolt store that was created but never written has no counters yet.
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("counting quads in %s store: %w", s.cfg.Backend, err)
	}
	return st.Nodes.Size, st.Quads.Size, nil
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
