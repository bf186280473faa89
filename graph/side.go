package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// side is diplograph's own keyed storage in the same store as Cayley's
// quads: buckets of the bolt file, a table of the SQL database, maps for a
// memstore. It holds what Cayley's quads cannot answer cheaply: the
// ledger of what each document contributed (ledger.go) and the read model
// the questions are answered from (model.go). A put is one transaction.
type side interface {
	get(ctx context.Context, bucket, key string) ([]byte, bool, error)
	// scan visits every key of a bucket in key order.
	scan(ctx context.Context, bucket string, fn func(key string, val []byte) error) error
	// put writes vals (a nil value deletes its key) in one transaction.
	put(ctx context.Context, bucket string, vals map[string][]byte) error
}

// Buckets of the side storage.
const (
	bucketLedger = "dg_ledger" // document IRI → ledgerEntry
	bucketModel  = "dg_model"  // class IRI or "meta" → read model parts
)

// kvSide keeps the side buckets in the bolt file (through hidalgo's KV,
// which Cayley's own buckets share).
type kvSide struct{ db hkv.KV }

func (s kvSide) get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	tx, err := s.db.Tx(false)
	if err != nil {
		return nil, false, err
	}
	defer tx.Close()
	v, err := tx.Get(ctx, hkv.SKey(bucket, key))
	if errors.Is(err, hkv.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return append([]byte(nil), v...), true, nil
}

func (s kvSide) scan(ctx context.Context, bucket string, fn func(string, []byte) error) error {
	tx, err := s.db.Tx(false)
	if err != nil {
		return err
	}
	defer tx.Close()
	it := tx.Scan(hkv.SKey(bucket))
	defer it.Close()
	for it.Next(ctx) {
		k := it.Key()
		if err := fn(string(k[len(k)-1]), it.Val()); err != nil {
			return err
		}
	}
	return it.Err()
}

func (s kvSide) put(ctx context.Context, bucket string, vals map[string][]byte) error {
	tx, err := s.db.Tx(true)
	if err != nil {
		return err
	}
	defer tx.Close()
	for _, k := range sortedByteKeys(vals) {
		if v := vals[k]; v == nil {
			err = tx.Del(hkv.SKey(bucket, k))
		} else {
			err = tx.Put(hkv.SKey(bucket, k), v)
		}
		if err != nil {
			return err
		}
	}
	return tx.Commit(ctx)
}

// memSide is the side storage of a memstore, gone with the process.
type memSide struct {
	mu sync.Mutex
	m  map[string]map[string][]byte
}

func (s *memSide) get(_ context.Context, bucket, key string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[bucket][key]
	return v, ok, nil
}

func (s *memSide) scan(_ context.Context, bucket string, fn func(string, []byte) error) error {
	s.mu.Lock()
	b := s.m[bucket]
	keys := make([]string, 0, len(b))
	for k := range b {
		keys = append(keys, k)
	}
	vals := make([][]byte, len(keys))
	sort.Strings(keys)
	for i, k := range keys {
		vals[i] = b[k]
	}
	s.mu.Unlock()
	for i, k := range keys {
		if err := fn(k, vals[i]); err != nil {
			return err
		}
	}
	return nil
}

func (s *memSide) put(_ context.Context, bucket string, vals map[string][]byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = map[string]map[string][]byte{}
	}
	if s.m[bucket] == nil {
		s.m[bucket] = map[string][]byte{}
	}
	for k, v := range vals {
		if v == nil {
			delete(s.m[bucket], k)
		} else {
			s.m[bucket][k] = append([]byte(nil), v...)
		}
	}
	return nil
}

// sqlSide keeps the side buckets in one table of the store's database.
// A writer also holds the database's writer lock on a connection of its
// own (see lockWriter).
type sqlSide struct {
	db     *sql.DB
	writer *sql.Conn
}

const sideTable = "diplograph_side"

func openSQLSide(ctx context.Context, driver, dsn string, create bool) (*sqlSide, error) {
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(2)
	if create {
		_, err = db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+sideTable+` (
			bucket TEXT NOT NULL, key TEXT NOT NULL, value BYTEA NOT NULL, PRIMARY KEY (bucket, key))`)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("creating table %s: %w", sideTable, err)
		}
	}
	return &sqlSide{db: db}, nil
}

// missingTable says the store was made before the side table existed (or
// by another program): it reads as empty.
func missingTable(err error) bool {
	return err != nil && strings.Contains(err.Error(), sideTable) && strings.Contains(err.Error(), "does not exist")
}

func (s *sqlSide) get(ctx context.Context, bucket, key string) ([]byte, bool, error) {
	var v []byte
	err := s.db.QueryRowContext(ctx, `SELECT value FROM `+sideTable+` WHERE bucket = $1 AND key = $2`, bucket, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) || missingTable(err) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return v, true, nil
}

func (s *sqlSide) scan(ctx context.Context, bucket string, fn func(string, []byte) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM `+sideTable+` WHERE bucket = $1 ORDER BY key`, bucket)
	if missingTable(err) {
		return nil
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var v []byte
		if err := rows.Scan(&k, &v); err != nil {
			return err
		}
		if err := fn(k, v); err != nil {
			return err
		}
	}
	return rows.Err()
}

func (s *sqlSide) put(ctx context.Context, bucket string, vals map[string][]byte) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, k := range sortedByteKeys(vals) {
		if v := vals[k]; v == nil {
			_, err = tx.ExecContext(ctx, `DELETE FROM `+sideTable+` WHERE bucket = $1 AND key = $2`, bucket, k)
		} else {
			_, err = tx.ExecContext(ctx, `INSERT INTO `+sideTable+` (bucket, key, value) VALUES ($1, $2, $3)
				ON CONFLICT (bucket, key) DO UPDATE SET value = excluded.value`, bucket, k, v)
		}
		if err != nil {
			return err
		}
	}
	return tx.Commit()
}

func (s *sqlSide) close() error {
	if s.writer != nil {
		s.writer.Close() // ends the session, which releases its advisory lock
	}
	return s.db.Close()
}

// writerLockKey is the advisory lock PostgreSQL writers of one database
// take (advisory locks are per database): two builds at once would each
// settle the corpus without the other's documents.
const writerLockKey = 0x6469706c6f677270 // "diplogrp"

// lockWriter takes the writer lock, waiting up to wait (telling waiting
// once, as a bolt store does) for another writer to finish.
func (s *sqlSide) lockWriter(ctx context.Context, wait time.Duration, waiting func(string), where string) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(max(wait, 0))
	told := false
	for {
		var ok bool
		if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1)`, int64(writerLockKey)).Scan(&ok); err != nil {
			conn.Close()
			return fmt.Errorf("taking the writer lock: %w", err)
		}
		if ok {
			s.writer = conn
			return nil
		}
		if time.Now().After(deadline) {
			conn.Close()
			return fmt.Errorf("it is locked: another process (a build or load) is writing to it; gave up after %s (--wait sets how long to wait)", roundDuration(max(wait, 0)))
		}
		if !told && waiting != nil {
			waiting(fmt.Sprintf("waiting for the store %s: another process (a build or load) is writing to it (giving up after %s)", where, roundDuration(wait)))
			told = true
		}
		select {
		case <-ctx.Done():
			conn.Close()
			return fmt.Errorf("stopped waiting for the writer lock: %w", ctx.Err())
		case <-time.After(lockPoll):
		}
	}
}

func sortedByteKeys(m map[string][]byte) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
