package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// postgresEnv names the connection string of a PostgreSQL server for tests
// (CI starts one on loopback and sets it).
const postgresEnv = "DIPLOGRAPH_TEST_POSTGRES"

// postgresConfig gives each test a schema of its own on the server named by
// DIPLOGRAPH_TEST_POSTGRES and drops it afterwards.
func postgresConfig(t *testing.T) Config {
	t.Helper()
	conn := os.Getenv(postgresEnv)
	db, err := sql.Open("postgres", conn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "dgtest_" + hex.EncodeToString(b[:])
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("creating schema on %s: %v", redact(conn), err)
	}
	t.Cleanup(func() { db.Exec("DROP SCHEMA " + schema + " CASCADE") })
	switch {
	case strings.Contains(conn, "://") && strings.Contains(conn, "?"):
		conn += "&search_path=" + schema
	case strings.Contains(conn, "://"):
		conn += "?search_path=" + schema
	default:
		conn += " search_path=" + schema
	}
	return Config{Backend: BackendPostgres, Path: conn}
}

// TestPostgres runs the store tests that matter most against a real
// PostgreSQL; the table-driven store tests also include it through
// backends() when the server is there.
func TestPostgres(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		if os.Getenv("DIPLOGRAPH_REQUIRE_TOOLS") == "1" {
			t.Fatalf("%s must hold a PostgreSQL connection string (DIPLOGRAPH_REQUIRE_TOOLS=1)", postgresEnv)
		}
		t.Skipf("%s not set", postgresEnv)
	}
	ctx := context.Background()
	cfg := postgresConfig(t)
	s, err := Open(ctx, cfg, true)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	docs := []fact.Facts{factsA(), factsB()}
	if _, err := s.Write(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if got, want := storeText(t, s), nquadsText(t, Convert(docs)); got != want {
		t.Errorf("postgres holds other quads than Convert gives:\n%s\nwant\n%s", got, want)
	}
	res, err := s.Query(ctx, LangGizmo, `g.V().Has("<rdf:type>", "<dg:Meeting>").Unique().All()`, 0)
	if err != nil || len(res) != 1 {
		t.Errorf("meetings on postgres = %v (err %v), want 1", res, err)
	}
	// Reopening for reading finds the same graph (a second writer would
	// wait for the first: writers take a lock).
	ro := cfg
	ro.ReadOnly = true
	s2, err := Open(ctx, ro, false)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, q, err := s2.Stats(ctx); err != nil || q == 0 {
		t.Errorf("reopened postgres store: %d quads, err %v", q, err)
	}
}
