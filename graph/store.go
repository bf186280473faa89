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

// DefaultWait is how long Open waits for another process's lock on a bolt
// file unless Config.Wait says otherwise: long enough to ride out a short
// write or another reader's open, short enough not to look hung.
const DefaultWait = 5 * time.Second

// DefaultSQLTimeout bounds one exchange with a PostgreSQL server unless
// Config.SQLTimeout says otherwise.
const DefaultSQLTimeout = time.Minute

// closeWait bounds how long Close waits for reads still in flight (a query
// goroutine that has been told to stop and has not noticed yet).
const closeWait = 10 * time.Second

// Config selects a store and says how to open it.
type Config struct {
	Backend string // "bolt" (default), "memstore", "postgres", "cockroach"
	Path    string // bolt file or SQL connection string; default ./diplograph.db for bolt

	// ReadOnly opens the store for reading: a bolt file takes a shared
	// lock, so several readers (ask, query, export) run side by side, and
	// waits only for a writer. Writes through a read-only store fail.
	ReadOnly bool
	// Wait bounds the wait for a lock another process holds on a bolt
	// file; 0 means DefaultWait, a negative value fails at once.
	Wait time.Duration
	// Waiting, if set, is told once, with a sentence for the user, that
	// Open found the store locked and is waiting.
	Waiting func(msg string)
	// SQLTimeout bounds connecting to a PostgreSQL server and every
	// statement sent to it (a frozen server is given up on); 0 means
	// DefaultSQLTimeout.
	SQLTimeout time.Duration
	// QueryMemory is the heap size at which Query stops a running query
	// (see Query); 0 means DefaultQueryMemory, a negative value no budget.
	QueryMemory int64
	// Answers, if set, renders answers to keep with the read model each
	// time a write makes it (answers.go), for KeptAnswer to return, and
	// AnswersBy names the build of the program that renders them (no
	// answers are kept without it).
	Answers   AnswerFunc
	AnswersBy string
}

// Backends lists the backends Open accepts.
func Backends() []string {
	return []string{BackendBolt, BackendMemstore, BackendPostgres, BackendCockroach}
}

// Store is an open Cayley store holding diplograph's graph.
type Store struct {
	cfg  Config
	h    *cgraph.Handle
	side side // the ledger and the read model, in the same store (side.go)
	// bulk is the bolt file a writable bolt store writes its batches to
	// directly (boltbulk.go); nil for the other backends, which go through
	// Cayley's writer.
	bulk *closeGate
}

// Open opens the store described by cfg. With create it makes the store if
// it does not exist yet (the first build); without, a missing store is an
// error that says how to make one.
func Open(ctx context.Context, cfg Config, create bool) (*Store, error) {
	if cfg.Backend == "" {
		cfg.Backend = BackendBolt
	}
	if cfg.Wait == 0 {
		cfg.Wait = DefaultWait
	}
	if cfg.SQLTimeout <= 0 {
		cfg.SQLTimeout = DefaultSQLTimeout
	}
	if cfg.QueryMemory == 0 {
		cfg.QueryMemory = DefaultQueryMemory
	}
	if create && cfg.ReadOnly {
		return nil, errors.New("opening a store: cannot create a store opened read-only")
	}
	var (
		qs  cgraph.QuadStore
		sd  side
		err error
	)
	switch cfg.Backend {
	case BackendBolt:
		if cfg.Path == "" {
			cfg.Path = DefaultPath
		}
		qs, sd, err = openBolt(ctx, cfg, create)
	case BackendMemstore:
		qs, err = cgraph.NewQuadStore(BackendMemstore, "", nil)
		sd = &memSide{}
	case BackendPostgres, BackendCockroach:
		qs, sd, err = openSQL(ctx, cfg, create)
	default:
		return nil, fmt.Errorf("unknown store backend %q (want one of %s)", cfg.Backend, strings.Join(Backends(), ", "))
	}
	if err != nil {
		return nil, err
	}
	w, err := writer.NewSingle(qs, writerOpts)
	if err != nil {
		qs.Close()
		closeSide(sd)
		return nil, fmt.Errorf("opening writer for %s store: %w", cfg.Backend, err)
	}
	st := &Store{cfg: cfg, h: &cgraph.Handle{QuadStore: qs, QuadWriter: w}, side: sd}
	if !cfg.ReadOnly {
		st.bulk = st.boltGate()
	}
	return st, nil
}

// writerOpts are the options of Cayley's writer: duplicates and missing
// quads are ignored so that a write interrupted half-way is completed by
// the next one (see Write).
var writerOpts = cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}

// openBolt opens the bolt file itself rather than through Cayley's
// registry: Cayley wants a directory and opens bolt without a lock timeout,
// so a second process would wait forever. A writer takes bolt's exclusive
// lock, a reader a shared one; the file goes through a closeGate so that
// Close never unmaps it under a read still running.
func openBolt(ctx context.Context, cfg Config, create bool) (cgraph.QuadStore, side, error) {
	path := cfg.Path
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return nil, nil, fmt.Errorf("opening bolt store %s: it is a directory; --dbpath names the store file (for example %s)", path, filepath.Join(path, "diplograph.db"))
	case errors.Is(err, os.ErrNotExist) && !create:
		return nil, nil, fmt.Errorf("opening bolt store %s: no store there yet; run `diplograph build` first", path)
	case err != nil && !errors.Is(err, os.ErrNotExist):
		return nil, nil, fmt.Errorf("opening bolt store %s: %w", path, err)
	}
	if dir := filepath.Dir(path); create {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, nil, fmt.Errorf("creating directory for bolt store %s: %w", path, err)
		}
	}
	db, err := lockBolt(ctx, cfg)
	if err != nil {
		return nil, nil, err
	}
	if create {
		if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("initialising bolt store %s: %w", path, err)
		}
	}
	// Cayley fills bloom filters of every quad on open (a scan of the whole
	// store, and some 550 MB whatever its size) to speed up its check for
	// quads that exist already. The ledger tells a write which quads are new,
	// so that check is cheap without them: measured on a 74k-quad build, the
	// same time and a quarter of the memory.
	qs, err := kv.New(db, boltOpts)
	if errors.Is(err, cgraph.ErrNotInitialized) {
		db.Close()
		return nil, nil, fmt.Errorf("opening bolt store %s: not a diplograph store (not initialised); run `diplograph build` to create one", path)
	}
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("opening bolt store %s: %w", path, err)
	}
	return qs, kvSide{db}, nil
}

// boltOpts are the options Cayley's bolt store is opened with (openBolt).
var boltOpts = cgraph.Options{kv.OptNoBloom: true}

// lockPoll is how long one attempt to take a bolt lock lasts before Open
// looks at ctx and the time left again.
const lockPoll = 250 * time.Millisecond

// lockBolt opens the bolt file, waiting up to cfg.Wait for another
// process's lock and telling cfg.Waiting once that it waits.
func lockBolt(ctx context.Context, cfg Config) (*closeGate, error) {
	path := cfg.Path
	deadline := time.Now().Add(max(cfg.Wait, 0))
	told := false
	for {
		left := time.Until(deadline)
		// bolt treats a zero timeout as "wait forever"; a try is never shorter than 1ms.
		try := min(max(left, time.Millisecond), lockPoll)
		db, err := hbolt.Open(path, &bolt.Options{Timeout: try, ReadOnly: cfg.ReadOnly})
		if err == nil {
			return newCloseGate(db, closeWait), nil
		}
		if !errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("opening bolt store %s: %w", path, err)
		}
		holder := "another process (a build or load) is writing to it"
		if !cfg.ReadOnly {
			holder = "another process (a build, a load, or a reader such as ask) has it open"
		}
		if time.Until(deadline) <= 0 {
			return nil, fmt.Errorf("opening bolt store %s: it is locked: %s; gave up after %s (--wait sets how long to wait)", path, holder, roundDuration(max(cfg.Wait, 0)))
		}
		if !told && cfg.Waiting != nil {
			cfg.Waiting(fmt.Sprintf("waiting for the store %s: %s (giving up after %s)", path, holder, roundDuration(cfg.Wait)))
			told = true
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("opening bolt store %s: stopped waiting for its lock: %w", path, err)
		}
	}
}

func openSQL(ctx context.Context, cfg Config, create bool) (cgraph.QuadStore, side, error) {
	if cfg.Path == "" || cfg.Path == DefaultPath {
		return nil, nil, fmt.Errorf("opening %s store: --dbpath must be a connection string (postgres://user@host:port/db?sslmode=disable)", cfg.Backend)
	}
	where := redact(cfg.Path)
	backend, addr := cfg.Backend, cfg.Path
	if cfg.Backend == BackendPostgres {
		var err error
		backend = boundedPostgres
		if addr, err = boundedPostgresDSN(cfg.Path, cfg.SQLTimeout, cfg.ReadOnly); err != nil {
			return nil, nil, fmt.Errorf("opening %s store %s: %w", cfg.Backend, where, err)
		}
	}
	driver := backend
	if cfg.Backend == BackendCockroach {
		driver = "postgres"
	}
	// Cayley's SQL stores take no context: connecting and initialising run
	// aside so that a cancelled ctx (Ctrl-C) is not held up by a slow server.
	type opened struct {
		qs  cgraph.QuadStore
		err error
	}
	done := make(chan opened, 1)
	go func() {
		if create {
			err := cgraph.InitQuadStore(backend, addr, nil)
			if err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
				done <- opened{err: fmt.Errorf("initialising %s store %s: %w", cfg.Backend, where, err)}
				return
			}
		}
		qs, err := cgraph.NewQuadStore(backend, addr, nil)
		if err != nil {
			err = fmt.Errorf("opening %s store %s: %w", cfg.Backend, where, err)
		}
		done <- opened{qs, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			return nil, nil, o.err
		}
		sd, err := openSQLSide(ctx, driver, addr, create && !cfg.ReadOnly)
		if err == nil && !cfg.ReadOnly && cfg.Backend == BackendPostgres {
			if err = sd.lockWriter(ctx, cfg.Wait, cfg.Waiting, where); err != nil {
				sd.close()
			}
		}
		if err != nil {
			o.qs.Close()
			return nil, nil, fmt.Errorf("opening %s store %s: %w", cfg.Backend, where, err)
		}
		return o.qs, sd, nil
	case <-ctx.Done():
		go func() {
			if o := <-done; o.qs != nil {
				o.qs.Close()
			}
		}()
		return nil, nil, fmt.Errorf("opening %s store %s: %w", cfg.Backend, where, ctx.Err())
	}
}

// closeSide releases a side storage that holds its own connection.
func closeSide(sd side) error {
	if c, ok := sd.(interface{ close() error }); ok {
		return c.close()
	}
	return nil
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
	err := s.h.Close()
	if serr := closeSide(s.side); err == nil {
		err = serr
	}
	if err != nil {
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
	if g := s.boltGate(); g != nil {
		return s.boltStats(ctx, g)
	}
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

// boltGate is the gate of the bolt file behind the store, read-only or not;
// nil for the other backends.
func (s *Store) boltGate() *closeGate {
	if g, ok := s.side.(kvSide); ok {
		if gate, ok := g.db.(*closeGate); ok && gate.bolt() != nil {
			return gate
		}
	}
	return nil
}

// boltStats counts a bolt store's nodes from the keys of its value buckets
// (one key per node in Cayley's KV layout, removed with the node's last
// quad) instead of Cayley's exact count, which reads and decodes every
// entry of the log: on a store of 750k quads that was a third of a no-op
// rebuild. The quads are Cayley's own counter.
func (s *Store) boltStats(ctx context.Context, g *closeGate) (nodes, quads int64, err error) {
	st, err := s.h.QuadStore.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		// A bolt store that was created but never written has no counters yet.
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("counting quads in %s store: %w", s.cfg.Backend, err)
	}
	err = g.view(func(tx *bolt.Tx) error {
		nodes, err = countBoltNodes(ctx, tx)
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("counting nodes in %s store: %w", s.cfg.Backend, err)
	}
	return nodes, st.Quads.Size, nil
}

// countBoltNodes counts the keys of the value buckets (valueBucket) of a
// file in Cayley's KV layout.
func countBoltNodes(ctx context.Context, tx *bolt.Tx) (int64, error) {
	var n int64
	err := tx.ForEach(func(name []byte, b *bolt.Bucket) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if isValueBucket(name) {
			n += int64(b.Stats().KeyN)
		}
		return nil
	})
	return n, err
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
