package graph

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	csql "github.com/cayleygraph/cayley/graph/sql"
	cpostgres "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/lib/pq"
)

// boundedPostgres is Cayley's postgres store on a driver whose connections
// give up on a silent server. Cayley's SQL store takes no context and lib/pq
// waits on a socket for as long as the server keeps it open, so a server
// that is stopped (SIGSTOP, a frozen VM, a dead link with no RST) would hold
// a build forever; a statement_timeout alone cannot help, since a frozen
// server enforces nothing.
const boundedPostgres = "diplograph-postgres"

// ioTimeoutKey carries the client-side bound from Open to the driver at the
// head of the connection string; the driver cuts it off before lib/pq sees it.
const ioTimeoutKey = "diplograph_io_timeout="

// ioGrace is how much longer than the server's own statement_timeout the
// client waits, so that a slow statement on a live server ends with the
// server's clear error rather than a cut connection.
const ioGrace = 5 * time.Second

func init() {
	sql.Register(boundedPostgres, boundedDriver{})
	csql.Register(boundedPostgres, csql.Registration{
		Driver:             boundedPostgres,
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       cpostgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              cpostgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: cpostgres.RunTxPostgres,
	})
}

// boundedPostgresDSN turns the user's connection string (URL or key=value)
// into one for boundedPostgres: a connect timeout and a statement timeout
// of timeout unless the string sets its own, read-only transactions for a
// reader, and the client-side bound for the driver.
func boundedPostgresDSN(conn string, timeout time.Duration, readOnly bool) (string, error) {
	kv := conn
	if strings.HasPrefix(conn, "postgres://") || strings.HasPrefix(conn, "postgresql://") {
		var err error
		if kv, err = pq.ParseURL(conn); err != nil {
			return "", fmt.Errorf("reading the connection string: %w", err)
		}
	}
	secs := int((timeout + time.Second - 1) / time.Second)
	// lib/pq lets a later key override an earlier one, so the user's own
	// settings, which come last, win over these defaults.
	head := []string{
		ioTimeoutKey + (timeout + ioGrace).String(),
		"connect_timeout=" + strconv.Itoa(secs),
		"statement_timeout=" + strconv.FormatInt(timeout.Milliseconds(), 10),
	}
	if readOnly {
		head = append(head, "default_transaction_read_only=on")
	}
	return strings.Join(head, " ") + " " + kv, nil
}

// boundedDriver is lib/pq with a dialer whose connections time out.
type boundedDriver struct{}

func (boundedDriver) Open(dsn string) (driver.Conn, error) {
	first, rest, _ := strings.Cut(dsn, " ")
	if !strings.HasPrefix(first, ioTimeoutKey) {
		return nil, errors.New("internal error: connection string without its I/O timeout")
	}
	d, err := time.ParseDuration(strings.TrimPrefix(first, ioTimeoutKey))
	if err != nil {
		return nil, fmt.Errorf("internal error: bad I/O timeout in the connection string: %w", err)
	}
	return pq.DialOpen(timeoutDialer{timeout: d}, rest)
}

// timeoutDialer dials connections that fail a read or write the server
// leaves unanswered for longer than timeout.
type timeoutDialer struct{ timeout time.Duration }

func (d timeoutDialer) Dial(network, address string) (net.Conn, error) {
	return d.DialTimeout(network, address, d.timeout)
}

func (d timeoutDialer) DialTimeout(network, address string, timeout time.Duration) (net.Conn, error) {
	timeout = min(timeout, d.timeout)
	c, err := net.DialTimeout(network, address, timeout)
	if err != nil {
		return nil, silence(err, "could not connect", timeout)
	}
	return &timeoutConn{Conn: c, timeout: d.timeout}, nil
}

// timeoutConn sets a deadline before every read and write. The deadline
// covers one call, so a long result that keeps arriving is never cut; only
// silence is. A deadline lib/pq sets itself (connect_timeout) still holds
// when it is the earlier one.
type timeoutConn struct {
	net.Conn
	timeout time.Duration
	set     time.Time // the deadline lib/pq asked for; zero if none
}

func (c *timeoutConn) deadline() time.Time {
	d := time.Now().Add(c.timeout)
	if !c.set.IsZero() && c.set.Before(d) {
		return c.set
	}
	return d
}

func (c *timeoutConn) SetDeadline(t time.Time) error {
	c.set = t
	return c.Conn.SetDeadline(t)
}

func (c *timeoutConn) Read(b []byte) (int, error) {
	d := c.deadline()
	if err := c.Conn.SetReadDeadline(d); err != nil {
		return 0, err
	}
	start := time.Now()
	n, err := c.Conn.Read(b)
	return n, silence(err, "stopped answering", d.Sub(start))
}

func (c *timeoutConn) Write(b []byte) (int, error) {
	d := c.deadline()
	if err := c.Conn.SetWriteDeadline(d); err != nil {
		return 0, err
	}
	start := time.Now()
	n, err := c.Conn.Write(b)
	return n, silence(err, "stopped taking data", d.Sub(start))
}

// silentServer is a timeout on a PostgreSQL connection, said in words.
type silentServer struct {
	what string
	wait time.Duration
	err  error
}

func (e *silentServer) Error() string {
	return fmt.Sprintf("the PostgreSQL server %s (nothing for %s; is it stopped or unreachable? --db-timeout sets the limit): %v", e.what, roundDuration(e.wait), e.err)
}

func (e *silentServer) Unwrap() error   { return e.err }
func (e *silentServer) Timeout() bool   { return true }
func (e *silentServer) Temporary() bool { return false }

// silence rewords a timeout. It keeps the *net.OpError around it: lib/pq
// marks a connection bad (never to be reused) only for that type.
func silence(err error, what string, wait time.Duration) error {
	var ne net.Error
	if err == nil || !errors.As(err, &ne) || !ne.Timeout() {
		return err
	}
	if op, ok := err.(*net.OpError); ok {
		cp := *op
		cp.Err = &silentServer{what: what, wait: wait, err: op.Err}
		return &cp
	}
	return &silentServer{what: what, wait: wait, err: err}
}
