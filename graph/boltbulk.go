package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// A bulk write puts a batch of quads into a bolt file in Cayley v0.7.7's
// KV layout directly, in one bolt transaction, instead of going through
// Cayley's writer (which looks every node up in a bucket of its own, one
// delta at a time, and merges index lists key by key): what Cayley would
// have stored for the same additions and removals, so that Cayley reads the
// file as if its own writer had written it (boltbulk_test.go compares the
// two key by key). The layout, as Cayley v0.7.7's graph/kv writes it:
//
//   - meta: "version", "indexes" (JSON), "horizon" (last ID given) and
//     "size" (live quads), the integers as 8 bytes little-endian;
//   - log: ID (8 bytes big-endian) → proto.Primitive, for nodes (Value set)
//     and quads (their nodes' IDs); a removed quad stays, marked Deleted;
//   - "v" h0 h1: the value's hash → its node ID (uvarint);
//   - "n" h0 h1: the value's hash → how many quad directions refer to it
//     (uvarint); a node whose count drops to 0 loses its three entries;
//   - one bucket per quad index (sp, ops): the IDs of the index's
//     directions (8 bytes big-endian each) → the quad IDs (uvarints, in
//     order); removals leave them.
//
// New nodes take IDs first, in order of their hashes, then new quads in
// the order given, as Cayley's writer gives them. Two things differ on
// purpose: a quad the store holds already is skipped without counting its
// nodes again (Cayley's writer counts them, so they outlive the quad), and
// a removal of a quad the store lacks changes nothing.

var (
	bulkMeta = []byte("meta")
	bulkLog  = []byte("log")
)

// errNoBulk says the bolt file is not laid out as the bulk writer writes
// (other quad indexes, another data version): Cayley's writer is used.
var errNoBulk = errors.New("the store's layout is not the one bulk writes know")

// bulkLayout is the layout the bulk writer writes: Cayley's default
// indexes, data version 2.
const bulkDataVersion = 2

// bulkIndexes reads the store's quad indexes and checks that a bulk write
// knows how to keep them.
func bulkIndexes(tx *bolt.Tx) ([]kv.QuadIndex, error) {
	meta := tx.Bucket(bulkMeta)
	if meta == nil || tx.Bucket(bulkLog) == nil {
		return nil, errNoBulk
	}
	if v := meta.Get([]byte("version")); len(v) != 8 || binary.LittleEndian.Uint64(v) != bulkDataVersion {
		return nil, errNoBulk
	}
	var inds []kv.QuadIndex
	if err := json.Unmarshal(meta.Get([]byte("indexes")), &inds); err != nil || !reflect.DeepEqual(inds, kv.DefaultQuadIndexes) {
		return nil, errNoBulk
	}
	return inds, nil
}

// bulkStats says what a bulk write did.
type bulkStats struct {
	added, removed int
	nodesRemoved   bool // some node lost its last quad (Cayley's caches of node IDs are stale)
}

type bulkNode struct {
	hash  cgraph.ValueHash
	val   quad.Value
	id    uint64
	inc   int // directions of the batch's new quads that refer to it
	dec   int // directions of the batch's removed quads that refer to it
	isNew bool
}

type bulkQuad struct {
	nodes [4]*bulkNode // by quad.Directions; nil for a nil value
}

func (q *bulkQuad) prim() proto.Primitive {
	var p proto.Primitive
	for i, d := range quad.Directions {
		if n := q.nodes[i]; n != nil {
			p.SetDirection(d, n.id)
		}
	}
	return p
}

// bulkWriter is one bulk write under way, inside a bolt transaction.
type bulkWriter struct {
	tx    *bolt.Tx
	inds  []kv.QuadIndex
	nodes map[cgraph.ValueHash]*bulkNode
	meta  *bolt.Bucket
	log   *bolt.Bucket
	now   int64
}

// bulkWrite adds then removes quads in tx, in Cayley's layout. Duplicates
// within adds or within dels are taken once.
func bulkWrite(tx *bolt.Tx, adds, dels []quad.Quad) (bulkStats, error) {
	var st bulkStats
	inds, err := bulkIndexes(tx)
	if err != nil {
		return st, err
	}
	w := &bulkWriter{tx: tx, inds: inds, nodes: map[cgraph.ValueHash]*bulkNode{},
		meta: tx.Bucket(bulkMeta), log: tx.Bucket(bulkLog), now: time.Now().UnixNano()}
	// The log's keys are IDs given in ascending order, so its new entries
	// go at its end: pages filled to the brim are never split again, where
	// bolt's default of half full left the log twice its size (110 MB for
	// 54 MB of entries after a build of 770k quads).
	w.log.FillPercent = 1
	if len(adds) > 0 {
		n, err := w.add(adds)
		if err != nil {
			return st, fmt.Errorf("adding quads: %w", err)
		}
		st.added = n
	}
	if len(dels) > 0 {
		w.nodes = map[cgraph.ValueHash]*bulkNode{} // IDs as the additions left them
		n, gone, err := w.remove(dels)
		if err != nil {
			return st, fmt.Errorf("removing quads: %w", err)
		}
		st.removed, st.nodesRemoved = n, gone
	}
	return st, nil
}

// resolve gives the batch's quads their nodes, each value once, with the
// IDs the store has for them (0: none yet).
// known reports whether every node of the quad is already in the store.
func (q *bulkQuad) known() bool {
	for _, n := range q.nodes {
		if n != nil && n.id == 0 {
			return false
		}
	}
	return true
}

func (w *bulkWriter) resolve(qs []quad.Quad) []bulkQuad {
	out := make([]bulkQuad, 0, len(qs))
	seen := make(map[[4]*bulkNode]bool, len(qs))
	// values repeat from quad to quad (predicates, classes, the label):
	// each is hashed once
	byValue := make(map[quad.Value]*bulkNode)
	var fresh []*bulkNode
	for _, q := range qs {
		var bq bulkQuad
		for i, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			var n *bulkNode
			cache := false
			switch v.(type) {
			case quad.IRI, quad.String, quad.BNode: // comparable for sure
				cache = true
				n = byValue[v]
			}
			if n == nil {
				h := cgraph.HashOf(v)
				if n = w.nodes[h]; n == nil {
					n = &bulkNode{hash: h, val: v}
					w.nodes[h] = n
					fresh = append(fresh, n)
				}
				if cache {
					byValue[v] = n
				}
			}
			bq.nodes[i] = n
		}
		if seen[bq.nodes] {
			continue
		}
		seen[bq.nodes] = true
		out = append(out, bq)
	}
	sortNodes(fresh)
	for _, n := range fresh {
		if b := w.tx.Bucket(valueBucket(n.hash[:])); b != nil {
			if v := b.Get(n.hash[:]); len(v) > 0 {
				n.id, _ = binary.Uvarint(v)
			}
		}
	}
	return out
}

func sortNodes(ns []*bulkNode) {
	sort.Slice(ns, func(i, j int) bool { return bytes.Compare(ns[i].hash[:], ns[j].hash[:]) < 0 })
}

// find returns the live quad the store holds with p's nodes, as Cayley
// finds one: the intersection of its index lists, the latest first.
func (w *bulkWriter) find(p *proto.Primitive) (*proto.Primitive, error) {
	var options []uint64
	for i, ind := range w.inds {
		b := w.tx.Bucket(indBucket(ind))
		if b == nil {
			return nil, nil
		}
		ids, err := decodeIDs(b.Get(indKey(ind, p)))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			options = ids
		} else {
			options = intersectIDs(options, ids)
		}
		if len(options) == 0 {
			return nil, nil
		}
	}
	for i := len(options) - 1; i >= 0; i-- {
		v := w.log.Get(idKey(options[i]))
		if v == nil {
			continue
		}
		var prim proto.Primitive
		if err := prim.Unmarshal(v); err != nil {
			return nil, err
		}
		if !prim.Deleted && prim.IsSameLink(p) {
			return &prim, nil
		}
	}
	return nil, nil
}

func (w *bulkWriter) add(qs []quad.Quad) (int, error) {
	bqs := w.resolve(qs)
	links := make([]proto.Primitive, 0, len(bqs))
	for i := range bqs {
		q := &bqs[i]
		known := q.known()
		if known {
			p := q.prim()
			have, err := w.find(&p)
			if err != nil {
				return 0, err
			}
			if have != nil {
				continue // held already: not counted again
			}
		}
		for _, n := range q.nodes {
			if n != nil {
				n.inc++
			}
		}
		links = append(links, proto.Primitive{}) // filled below, once nodes have IDs
		bqs[len(links)-1] = *q
	}
	bqs = bqs[:len(links)]
	// new nodes, by hash
	var fresh, counted []*bulkNode
	for _, n := range w.nodes {
		if n.inc == 0 {
			continue
		}
		if n.id == 0 {
			fresh = append(fresh, n)
		} else {
			counted = append(counted, n)
		}
	}
	sortNodes(fresh)
	sortNodes(counted)
	start, err := w.genIDs(len(fresh))
	if err != nil {
		return 0, err
	}
	for i, n := range fresh {
		n.id, n.isNew = start+uint64(i), true
		val, err := pquads.MarshalValue(n.val)
		if err != nil {
			return 0, err
		}
		if err := w.putLog(&proto.Primitive{ID: n.id, Value: val, Timestamp: w.now}); err != nil {
			return 0, err
		}
		b, err := w.tx.CreateBucketIfNotExists(valueBucket(n.hash[:]))
		if err != nil {
			return 0, err
		}
		if err := b.Put(n.hash[:], binary.AppendUvarint(nil, n.id)); err != nil {
			return 0, err
		}
	}
	for _, n := range append(counted, fresh...) {
		if err := w.addRefs(n, n.inc); err != nil {
			return 0, err
		}
	}
	if len(links) == 0 {
		return 0, nil
	}
	qstart, err := w.genIDs(len(links))
	if err != nil {
		return 0, err
	}
	lists := make([]map[string][]uint64, len(w.inds))
	for i := range lists {
		lists[i] = map[string][]uint64{}
	}
	for i := range links {
		p := bqs[i].prim()
		p.ID, p.Timestamp = qstart+uint64(i), w.now
		links[i] = p
		for j, ind := range w.inds {
			k := string(indKey(ind, &p))
			lists[j][k] = append(lists[j][k], p.ID)
		}
		if err := w.putLog(&p); err != nil {
			return 0, err
		}
	}
	for j, ind := range w.inds {
		b, err := w.tx.CreateBucketIfNotExists(indBucket(ind))
		if err != nil {
			return 0, err
		}
		keys := make([]string, 0, len(lists[j]))
		for k := range lists[j] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			old := b.Get([]byte(k))
			v := make([]byte, len(old), len(old)+binary.MaxVarintLen64*len(lists[j][k]))
			copy(v, old)
			for _, id := range lists[j][k] {
				v = binary.AppendUvarint(v, id)
			}
			if err := b.Put([]byte(k), v); err != nil {
				return 0, err
			}
		}
	}
	if err := w.incMeta("size", int64(len(links))); err != nil {
		return 0, err
	}
	return len(links), nil
}

func (w *bulkWriter) remove(qs []quad.Quad) (int, bool, error) {
	bqs := w.resolve(qs)
	var dead []*proto.Primitive
	for i := range bqs {
		q := &bqs[i]
		known := q.known()
		if !known {
			continue // one of its values is in no quad: neither is it
		}
		p := q.prim()
		have, err := w.find(&p)
		if err != nil {
			return 0, false, err
		}
		if have == nil {
			continue
		}
		have.Deleted = true
		if err := w.putLog(have); err != nil {
			return 0, false, err
		}
		dead = append(dead, have)
		for _, n := range q.nodes {
			if n != nil {
				n.dec++
			}
		}
	}
	var counted []*bulkNode
	for _, n := range w.nodes {
		if n.dec > 0 {
			counted = append(counted, n)
		}
	}
	sortNodes(counted)
	gone := false
	for _, n := range counted {
		left, err := w.refs(n)
		if err != nil {
			return 0, false, err
		}
		if left-int64(n.dec) > 0 {
			if err := w.addRefs(n, -n.dec); err != nil {
				return 0, false, err
			}
			continue
		}
		gone = true
		if err := w.tx.Bucket([]byte{'n', n.hash[0], n.hash[1]}).Delete(n.hash[:]); err != nil {
			return 0, false, err
		}
		if b := w.tx.Bucket(valueBucket(n.hash[:])); b != nil {
			if err := b.Delete(n.hash[:]); err != nil {
				return 0, false, err
			}
		}
		if err := w.log.Delete(idKey(n.id)); err != nil {
			return 0, false, err
		}
	}
	if err := w.incMeta("size", -int64(len(dead))); err != nil {
		return 0, false, err
	}
	return len(dead), gone, nil
}

// refs reads a node's count of references.
func (w *bulkWriter) refs(n *bulkNode) (int64, error) {
	b := w.tx.Bucket([]byte{'n', n.hash[0], n.hash[1]})
	if b == nil {
		return 0, nil
	}
	v := b.Get(n.hash[:])
	if v == nil {
		return 0, nil
	}
	c, k := binary.Uvarint(v)
	if k <= 0 {
		return 0, fmt.Errorf("malformed reference count of node %d", n.id)
	}
	return int64(c), nil
}

func (w *bulkWriter) addRefs(n *bulkNode, d int) error {
	c := int64(0)
	if !n.isNew {
		var err error
		if c, err = w.refs(n); err != nil {
			return err
		}
	}
	b, err := w.tx.CreateBucketIfNotExists([]byte{'n', n.hash[0], n.hash[1]})
	if err != nil {
		return err
	}
	return b.Put(n.hash[:], binary.AppendUvarint(nil, uint64(c+int64(d))))
}

func (w *bulkWriter) putLog(p *proto.Primitive) error {
	b, err := p.Marshal()
	if err != nil {
		return err
	}
	return w.log.Put(idKey(p.ID), b)
}

func (w *bulkWriter) metaInt(key string) int64 {
	v := w.meta.Get([]byte(key))
	if len(v) != 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(v))
}

func (w *bulkWriter) incMeta(key string, n int64) error {
	if n == 0 {
		return nil
	}
	return w.meta.Put([]byte(key), binary.LittleEndian.AppendUint64(nil, uint64(w.metaInt(key)+n)))
}

// genIDs takes n IDs after the horizon and returns the first.
func (w *bulkWriter) genIDs(n int) (uint64, error) {
	if n == 0 {
		return 0, nil
	}
	start := w.metaInt("horizon")
	return uint64(start + 1), w.incMeta("horizon", int64(n))
}

func idKey(id uint64) []byte { return binary.BigEndian.AppendUint64(nil, id) }

func indBucket(ind kv.QuadIndex) []byte {
	b := make([]byte, len(ind.Dirs))
	for i, d := range ind.Dirs {
		b[i] = d.Prefix()
	}
	return b
}

func indKey(ind kv.QuadIndex, p *proto.Primitive) []byte {
	k := make([]byte, 0, 8*len(ind.Dirs))
	for _, d := range ind.Dirs {
		k = binary.BigEndian.AppendUint64(k, p.GetDirection(d))
	}
	return k
}

func decodeIDs(b []byte) ([]uint64, error) {
	var out []uint64
	for len(b) > 0 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errors.New("malformed quad index entry")
		}
		out = append(out, v)
		b = b[n:]
	}
	return out, nil
}

// intersectIDs keeps the IDs of a that are in b (both ascending, as
// Cayley's index lists are).
func intersectIDs(a, b []uint64) []uint64 {
	var c []uint64
	j := 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			c = append(c, x)
			j++
		}
	}
	return c
}

// writeBulk adds and removes quads and writes ledger entries (nil removes
// one) in one bolt transaction: a write stopped anywhere leaves the store
// as it was before the batch or after it. ok is false, and nothing is
// written, when the store is not a bolt file laid out as the bulk writer
// writes; then Cayley's writer is the one to use.
func (s *Store) writeBulk(ctx context.Context, adds, dels []quad.Quad, entries map[string]*ledgerEntry) (st bulkStats, ok bool, err error) {
	if s.bulk == nil {
		return st, false, nil
	}
	vals, err := marshalEntries(entries)
	if err != nil {
		return st, true, err
	}
	if err := ctx.Err(); err != nil {
		return st, true, err
	}
	err = s.bulk.update(func(tx *bolt.Tx) error {
		var err error
		if st, err = bulkWrite(tx, adds, dels); err != nil {
			return err
		}
		b, err := tx.CreateBucketIfNotExists([]byte(bucketLedger))
		if err != nil {
			return fmt.Errorf("writing the ledger: %w", err)
		}
		for _, k := range sortedByteKeys(vals) {
			if v := vals[k]; v == nil {
				err = b.Delete([]byte(k))
			} else {
				err = b.Put([]byte(k), v)
			}
			if err != nil {
				return fmt.Errorf("writing the ledger: %w", err)
			}
		}
		return nil
	})
	if errors.Is(err, errNoBulk) {
		s.bulk = nil
		return st, false, nil
	}
	if err != nil {
		return st, true, err
	}
	if st.nodesRemoved {
		// Cayley's store keeps the IDs of IRIs it has looked up; some of
		// those nodes are gone, so it is opened afresh.
		qs, err := kv.New(s.bulk, boltOpts)
		if err != nil {
			return st, true, fmt.Errorf("reopening the store after a write: %w", err)
		}
		w, err := writer.NewSingle(qs, writerOpts)
		if err != nil {
			return st, true, fmt.Errorf("reopening the store after a write: %w", err)
		}
		s.h.QuadStore, s.h.QuadWriter = qs, w
	}
	return st, true, nil
}

// valueBucket is the name of the bucket that maps a value's hash to its
// node ID in Cayley's KV layout: 'v' and the hash's first two bytes.
func valueBucket(hash []byte) []byte { return []byte{'v', hash[0], hash[1]} }

// isValueBucket reports a bucket name of that form.
func isValueBucket(name []byte) bool { return len(name) == 3 && name[0] == 'v' }

// unsyncedFill turns off bolt's fsync at each commit while a write fills a
// bolt store that held nothing (its ledger is empty: no document, no
// quad), and returns what ends that: one fsync of the file, and syncing
// commits again. A build of 5,600 documents into a new file spent about 8 s
// of its 20 s waiting on the 78 fsyncs of its batches. Without them a
// stopped process still leaves whole batches (the kernel has every page
// written); only a power cut during the fill can leave the file
// unreadable, and then it held nothing worth keeping. A store that holds
// documents keeps syncing every commit. When nothing was turned off, the
// end does nothing.
func (s *Store) unsyncedFill(ledger map[string]*ledgerEntry) (end func() error) {
	if s.bulk == nil || len(ledger) > 0 {
		return func() error { return nil }
	}
	db := s.bulk.bolt()
	if db == nil || db.NoSync {
		return func() error { return nil }
	}
	db.NoSync = true
	return func() error {
		db.NoSync = false
		if err := s.bulk.enter(); err != nil {
			return err
		}
		defer s.bulk.release()
		if err := db.Sync(); err != nil {
			return fmt.Errorf("syncing the bolt file %s: %w", s.cfg.Path, err)
		}
		return nil
	}
}
