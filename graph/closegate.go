package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// errStoreClosed is what a read started after Close gets.
var errStoreClosed = errors.New("the store is closed")

// closeGate sits between Cayley and a bolt file and counts the transactions
// in flight. bolt's Close unmaps the file without waiting for readers, and a
// Gizmo query keeps running in a goroutine of its own for a moment after its
// caller has given up on it (a timeout, Ctrl-C): a read in that goroutine
// after the unmap is a SIGSEGV that kills the process. So Close refuses new
// transactions, waits for the open ones to end, and only then closes bolt.
type closeGate struct {
	hkv.KV
	wait time.Duration // how long Close waits for open transactions

	mu     sync.Mutex
	open   int
	closed bool
	idle   chan struct{} // closed when closed is set and open drops to 0
}

func newCloseGate(db hkv.KV, wait time.Duration) *closeGate {
	return &closeGate{KV: db, wait: wait, idle: make(chan struct{})}
}

// Tx opens a transaction unless the store is closing.
func (g *closeGate) Tx(rw bool) (hkv.Tx, error) {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return nil, errStoreClosed
	}
	g.open++
	g.mu.Unlock()
	tx, err := g.KV.Tx(rw)
	if err != nil {
		g.release()
		return nil, err
	}
	return &gatedTx{Tx: tx, g: g}, nil
}

// bolt is the bolt file behind the gate, if it is one.
func (g *closeGate) bolt() *bolt.DB {
	if db, ok := g.KV.(*hbolt.DB); ok {
		return db.DB()
	}
	return nil
}

// update runs fn in a read-write bolt transaction of its own, counted like
// the others, and commits it when fn returns nil.
func (g *closeGate) update(fn func(*bolt.Tx) error) error {
	if err := g.enter(); err != nil {
		return err
	}
	defer g.release()
	return g.bolt().Update(fn)
}

// view runs fn in a read-only bolt transaction of its own, counted like the
// others.
func (g *closeGate) view(fn func(*bolt.Tx) error) error {
	if err := g.enter(); err != nil {
		return err
	}
	defer g.release()
	return g.bolt().View(fn)
}

// enter counts a transaction in unless the store is closing.
func (g *closeGate) enter() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return errStoreClosed
	}
	g.open++
	return nil
}

func (g *closeGate) release() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open--
	if g.closed && g.open == 0 {
		close(g.idle)
	}
}

// Close waits up to g.wait for the transactions in flight, then closes the
// file. If some are still open then, it leaves the file open (the process
// releases it when it exits) rather than pull memory out from under them.
func (g *closeGate) Close() error {
	g.mu.Lock()
	if g.closed {
		g.mu.Unlock()
		return nil
	}
	g.closed = true
	open := g.open
	if open == 0 {
		close(g.idle)
	}
	g.mu.Unlock()
	if open > 0 {
		t := time.NewTimer(g.wait)
		defer t.Stop()
		select {
		case <-g.idle:
		case <-t.C:
			g.mu.Lock()
			open = g.open
			g.mu.Unlock()
			return fmt.Errorf("%d reads still running after %s; the store file stays open until the process exits", open, g.wait)
		}
	}
	return g.KV.Close()
}

// gatedTx tells its gate when it ends, once, however it ends.
type gatedTx struct {
	hkv.Tx
	g    *closeGate
	once sync.Once
}

func (t *gatedTx) Commit(ctx context.Context) error {
	err := t.Tx.Commit(ctx)
	t.once.Do(t.g.release)
	return err
}

func (t *gatedTx) Close() error {
	err := t.Tx.Close()
	t.once.Do(t.g.release)
	return err
}
