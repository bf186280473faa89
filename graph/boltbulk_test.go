package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bolt"
)

// bulkTestQuads makes n invented quads over a small vocabulary, so that
// nodes are shared between quads and documents, with every kind of value
// the ledger knows.
func bulkTestQuads(doc string, n int) []quad.Quad {
	when := time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
	objs := []quad.Value{
		quad.IRI("ex:Thing"), quad.String("a plain string"), quad.Int(42), quad.Float(2.5),
		quad.Bool(true), quad.Time(when), quad.LangString{Value: "bonjour", Lang: "fr"},
		quad.TypedString{Value: "2024-03-01", Type: "xsd:date"}, quad.BNode("b1"),
	}
	var out []quad.Quad
	for i := 0; i < n; i++ {
		var label quad.Value = quad.IRI(doc)
		subject := quad.IRI(fmt.Sprintf("ex:s%d", i%17))
		if i%11 == 0 {
			// unlabelled, and a subject of the document's own: a quad two
			// documents share is one quad, which Cayley's writer counts twice
			label, subject = nil, quad.IRI(fmt.Sprintf("ex:%s-s%d", doc, i%17))
		}
		out = append(out, quad.Quad{
			Subject:   subject,
			Predicate: quad.IRI(fmt.Sprintf("ex:p%d", i%5)),
			Object:    objs[i%len(objs)],
			Label:     label,
		})
		if i%3 == 0 {
			out = append(out, quad.Quad{Subject: quad.IRI(fmt.Sprintf("ex:%s-own%d", doc, i)), Predicate: quad.IRI("ex:p0"),
				Object: quad.String(fmt.Sprintf("only in %s #%d", doc, i)), Label: quad.IRI(doc)})
		}
	}
	return dedupeQuads(out)
}

func dedupeQuads(qs []quad.Quad) []quad.Quad {
	seen := map[string]bool{}
	var out []quad.Quad
	for _, q := range qs {
		if k := quadKey(q); !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
	}
	return out
}

func newKVFile(t testing.TB, name string) *hbolt.DB {
	t.Helper()
	db, err := hbolt.Open(filepath.Join(t.TempDir(), name), &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := kv.Init(db, nil); err != nil {
		t.Fatal(err)
	}
	return db
}

// cayleyWrite writes through Cayley's own writer as Store.update does:
// the additions, then the removals, in two transactions.
func cayleyWrite(t testing.TB, db *hbolt.DB, adds, dels []quad.Quad) {
	t.Helper()
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		t.Fatal(err)
	}
	w, err := writer.NewSingle(qs, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		qs  []quad.Quad
		add bool
	}{{adds, true}, {dels, false}} {
		if len(set.qs) == 0 {
			continue
		}
		tx := cgraph.NewTransaction()
		for _, q := range set.qs {
			if set.add {
				tx.AddQuad(q)
			} else {
				tx.RemoveQuad(q)
			}
		}
		if err := w.ApplyTransaction(tx); err != nil {
			t.Fatal(err)
		}
	}
}

func bulkWriteFile(t testing.TB, db *hbolt.DB, adds, dels []quad.Quad) bulkStats {
	t.Helper()
	var st bulkStats
	err := db.DB().Update(func(tx *bolt.Tx) error {
		var err error
		st, err = bulkWrite(tx, adds, dels)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// dumpBolt lists every bucket and key of a bolt file, with the log's
// primitives decoded and their timestamps (the time of writing) cleared.
func dumpBolt(t testing.TB, db *hbolt.DB) []string {
	t.Helper()
	var out []string
	err := db.DB().View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if string(name) == "log" {
					var p proto.Primitive
					if err := p.Unmarshal(v); err != nil {
						return err
					}
					p.Timestamp = 0
					out = append(out, fmt.Sprintf("%q %x %+v", name, k, p))
					return nil
				}
				out = append(out, fmt.Sprintf("%q %x %x", name, k, v))
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func compareDumps(t *testing.T, step string, a, b []string) {
	t.Helper()
	if len(a) != len(b) {
		t.Errorf("%s: Cayley's writer left %d keys, the bulk writer %d", step, len(a), len(b))
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			t.Fatalf("%s: first difference at key %d:\ncayley: %s\nbulk:   %s", step, i, a[i], b[i])
		}
	}
}

// readBack lists the quads and nodes Cayley reads from a file, through its
// normal open.
func readBack(t testing.TB, db *hbolt.DB) (quads, nodes []string, size int64) {
	t.Helper()
	ctx := context.Background()
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		t.Fatal(err)
	}
	it := qs.QuadsAllIterator()
	for it.Next(ctx) {
		quads = append(quads, quadKey(qs.Quad(it.Result())))
	}
	it.Close()
	nit := qs.NodesAllIterator()
	for nit.Next(ctx) {
		nodes = append(nodes, quad.StringOf(qs.NameOf(nit.Result())))
	}
	nit.Close()
	// The store's own count of nodes (Store.Stats) agrees with Cayley's.
	var counted int64
	if err := db.DB().View(func(tx *bolt.Tx) error {
		counted, err = countBoltNodes(ctx, tx)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if counted != int64(len(nodes)) {
		t.Errorf("the value buckets hold %d nodes, Cayley lists %d", counted, len(nodes))
	}
	st, err := qs.Stats(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(quads)
	sort.Strings(nodes)
	return quads, nodes, st.Quads.Size
}

// The bulk writer leaves what Cayley's writer leaves, key by key: a first
// batch, a second adding to it and removing some quads (nodes losing their
// last quad among them), a third removing a whole document; and Cayley
// reads back the same quads and nodes.
func TestBulkWriteMatchesCayleysWriter(t *testing.T) {
	ref, bulk := newKVFile(t, "cayley.db"), newKVFile(t, "bulk.db")
	a, b := bulkTestQuads("ex:docA", 120), bulkTestQuads("ex:docB", 80)
	steps := []struct {
		name       string
		adds, dels []quad.Quad
	}{
		{"first batch", a, nil},
		{"second batch, with removals", b, a[:40]},
		{"removing a document", nil, b},
		{"adding it back and more", append(b, bulkTestQuads("ex:docC", 30)...), a[40:60]},
	}
	for _, s := range steps {
		cayleyWrite(t, ref, s.adds, s.dels)
		bulkWriteFile(t, bulk, s.adds, s.dels)
		compareDumps(t, s.name, dumpBolt(t, ref), dumpBolt(t, bulk))
		rq, rn, rs := readBack(t, ref)
		bq, bn, bs := readBack(t, bulk)
		if fmt.Sprint(rq) != fmt.Sprint(bq) || fmt.Sprint(rn) != fmt.Sprint(bn) || rs != bs {
			t.Fatalf("%s: Cayley reads back %d quads, %d nodes, size %d from its writer's file, %d, %d, %d from the bulk writer's",
				s.name, len(rq), len(rn), rs, len(bq), len(bn), bs)
		}
	}
	// Cayley's writer goes on writing a file the bulk writer wrote.
	more := bulkTestQuads("ex:docD", 25)
	cayleyWrite(t, ref, more, a[60:70])
	cayleyWrite(t, bulk, more, a[60:70])
	compareDumps(t, "Cayley writing after the bulk writer", dumpBolt(t, ref), dumpBolt(t, bulk))
	readBack(t, ref)
	readBack(t, bulk)
}

// A quad held already is skipped without counting its nodes again, and a
// removal of a quad not held changes nothing: then removing the quad for
// real leaves no node behind (Cayley's writer would keep them).
func TestBulkWriteSkipsHeldQuadsAndMissingRemovals(t *testing.T) {
	once, twice := newKVFile(t, "once.db"), newKVFile(t, "twice.db")
	a := bulkTestQuads("ex:docA", 40)
	bulkWriteFile(t, once, a, nil)
	bulkWriteFile(t, twice, a, nil)
	missing := []quad.Quad{{Subject: quad.IRI("ex:nobody"), Predicate: quad.IRI("ex:p0"), Object: quad.String("x"), Label: quad.IRI("ex:docA")},
		{Subject: quad.IRI("ex:s1"), Predicate: quad.IRI("ex:p1"), Object: quad.IRI("ex:s2"), Label: quad.IRI("ex:docA")}}
	if st := bulkWriteFile(t, twice, a[:20], missing); st.added != 0 || st.removed != 0 {
		t.Fatalf("adding held quads and removing missing ones: %+v", st)
	}
	d1, d2 := dumpBolt(t, once), dumpBolt(t, twice)
	compareDumps(t, "after the repeat", d1, d2)
	st := bulkWriteFile(t, twice, nil, a)
	if st.removed != len(a) || !st.nodesRemoved {
		t.Fatalf("removing every quad: %+v, want %d removed", st, len(a))
	}
	if q, n, size := readBack(t, twice); len(q) != 0 || len(n) != 0 || size != 0 {
		t.Fatalf("after removing every quad Cayley reads %d quads, %d nodes (%v), size %d", len(q), len(n), n, size)
	}
}

func BenchmarkBulkWrite(b *testing.B) {
	var batch []quad.Quad
	for d := 0; d < 100; d++ {
		batch = append(batch, bulkTestQuads(fmt.Sprintf("ex:doc%d", d), 100)...)
	}
	for _, mode := range []string{"cayley", "bulk"} {
		b.Run(mode, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db := newKVFile(b, fmt.Sprintf("%s%d.db", mode, i))
				b.StartTimer()
				if mode == "cayley" {
					cayleyWrite(b, db, batch, nil)
				} else {
					bulkWriteFile(b, db, batch, nil)
				}
			}
			b.ReportMetric(float64(len(batch)*b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

var _ = bytes.Equal
