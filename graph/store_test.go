package graph

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/boltdb/bolt"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"

	"github.com/diplograph/diplograph/fact"
)

// Close waits for a transaction in flight instead of unmapping the file
// under it, refuses new ones meanwhile, and gives up (leaving the file
// open) when the reader never ends.
func TestCloseGateWaitsForOpenTransactions(t *testing.T) {
	db, err := hbolt.Open(filepath.Join(t.TempDir(), "gate.db"), &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	g := newCloseGate(db, 5*time.Second)
	tx, err := g.Tx(false)
	if err != nil {
		t.Fatal(err)
	}
	closed := make(chan error, 1)
	go func() { closed <- g.Close() }()
	// Close has begun once new transactions are refused.
	for {
		tx2, err := g.Tx(false)
		if errors.Is(err, errStoreClosed) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		tx2.Close()
		time.Sleep(time.Millisecond)
	}
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while a transaction was open", err)
	case <-time.After(50 * time.Millisecond):
	}
	// The open transaction still reads.
	if _, err := tx.Get(context.Background(), [][]byte{[]byte("x")}); err != nil && !strings.Contains(err.Error(), "not found") {
		t.Fatal(err)
	}
	tx.Close()
	tx.Close() // a second Close does not release twice
	if err := <-closed; err != nil {
		t.Fatalf("Close after the last transaction: %v", err)
	}

	db2, err := hbolt.Open(filepath.Join(t.TempDir(), "stuck.db"), &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	stuck := newCloseGate(db2, 20*time.Millisecond)
	if _, err := stuck.Tx(false); err != nil {
		t.Fatal(err)
	}
	if err := stuck.Close(); err == nil || !strings.Contains(err.Error(), "still running") {
		t.Errorf("Close with a reader that never ends: err = %v", err)
	}
}

// Several read-only opens of one bolt file hold it together; a writer
// waits for them (and they for it), telling Waiting once, up to Wait.
func TestReadersShareTheStoreAndWaitForTheWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	w, err := Open(ctx, Config{Path: path}, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(ctx, []fact.Facts{factsA()}); err != nil {
		t.Fatal(err)
	}
	want := storeText(t, w)

	var mu sync.Mutex
	var told []string
	waiting := func(msg string) { mu.Lock(); told = append(told, msg); mu.Unlock() }
	// While the writer holds the file, a reader waits, says so once, and
	// gives up after Wait with an error that says why.
	start := time.Now()
	_, err = Open(ctx, Config{Path: path, ReadOnly: true, Wait: 600 * time.Millisecond, Waiting: waiting}, false)
	if err == nil || !strings.Contains(err.Error(), "is writing to it") || !strings.Contains(err.Error(), "gave up after 600ms") {
		t.Fatalf("reader while a writer holds the store: err = %v", err)
	}
	if waited := time.Since(start); waited < 600*time.Millisecond {
		t.Errorf("gave up after %s, before Wait", waited)
	}
	if len(told) != 1 || !strings.Contains(told[0], "waiting for the store") {
		t.Errorf("Waiting was told %q, want one waiting message", told)
	}

	// A reader that starts waiting gets the store once the writer closes.
	got := make(chan error, 1)
	go func() {
		r, err := Open(ctx, Config{Path: path, ReadOnly: true, Wait: 20 * time.Second}, false)
		if err == nil {
			r.Close()
		}
		got <- err
	}()
	time.Sleep(300 * time.Millisecond)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Fatalf("waiting reader: %v", err)
	}

	// Three readers at once, each reading the whole graph.
	var readers []*Store
	for i := 0; i < 3; i++ {
		r, err := Open(ctx, Config{Path: path, ReadOnly: true, Wait: -1}, false)
		if err != nil {
			t.Fatalf("reader %d: %v", i, err)
		}
		readers = append(readers, r)
	}
	for _, r := range readers {
		if got := storeText(t, r); got != want {
			t.Errorf("a reader sees another graph")
		}
		if _, err := r.Write(ctx, []fact.Facts{factsB()}); err == nil {
			t.Errorf("a read-only store accepted a write")
		}
	}
	// A writer cannot get in while they read.
	if _, err := Open(ctx, Config{Path: path, Wait: -1}, false); err == nil || !strings.Contains(err.Error(), "is locked") {
		t.Errorf("writer while readers hold the store: err = %v", err)
	}
	for _, r := range readers {
		if err := r.Close(); err != nil {
			t.Fatal(err)
		}
	}
	w2, err := Open(ctx, Config{Path: path, Wait: -1}, false)
	if err != nil {
		t.Fatalf("writer after the readers left: %v", err)
	}
	w2.Close()
}

// Waiting for a lock stops when ctx is cancelled (Ctrl-C), before Wait.
func TestLockWaitStopsOnCancel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	holder := openTest(t, Config{Path: path})
	_ = holder
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := Open(ctx, Config{Path: path, ReadOnly: true, Wait: time.Minute}, false)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want the cancelled wait", err)
	}
}

func TestBoundedPostgresDSN(t *testing.T) {
	tests := []struct {
		conn     string
		readOnly bool
		want     []string
	}{
		{"postgres://u@h:5/db?sslmode=disable", false, []string{"diplograph_io_timeout=15s ", "connect_timeout=10 ", "statement_timeout=10000 ", "dbname=db", "sslmode=disable"}},
		{"host=h dbname=db statement_timeout=5", true, []string{"default_transaction_read_only=on ", "host=h dbname=db statement_timeout=5"}},
	}
	for _, tt := range tests {
		got, err := boundedPostgresDSN(tt.conn, 10*time.Second, tt.readOnly)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(got, ioTimeoutKey) {
			t.Errorf("%q does not start with the I/O timeout", got)
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("boundedPostgresDSN(%q) = %q, want it to hold %q", tt.conn, got, w)
			}
		}
		// The user's own settings come after ours, so lib/pq lets them win.
		if strings.Index(got, "statement_timeout=10000") > strings.LastIndex(got, "statement_timeout=") {
			t.Errorf("our statement_timeout comes after the user's in %q", got)
		}
	}
}
