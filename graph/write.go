package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

// batchSize is how many quad changes are written at once: large batches are
// what make bolt fast (see notes on Cayley). One document's changes are
// never split across batches.
const batchSize = 10000

// WriteStats says what a Write did.
type WriteStats struct {
	Documents int            // documents written
	Quads     int            // quads those documents now contribute
	Added     int            // quads added to the store
	Removed   int            // quads removed (a changed document's old facts)
	Facts     map[string]int // facts by kind: kind.Kind.Name → count
	// Rewritten counts documents not written by this call whose quads
	// changed all the same: what a new report settles for the corpus (a
	// fuller name, the date of a meeting another report left undated).
	Rewritten int
}

// Merger merges the reports of a whole corpus into facts, one per report
// and in the same order (extract's Extractor.Merge).
type Merger func(reports []fact.Report) []fact.Facts

// WriteOptions say how Update goes about it.
type WriteOptions struct {
	// Progress, if set, is told after each batch how many of the
	// documents that change have been written.
	Progress func(done, total int)
	// Log gets a debug line per batch; nil is silent.
	Log *slog.Logger
	// Extractor identifies the extractor of the reports, so that a later
	// build with the same one can skip documents whose bytes have not
	// changed (StoredDocument.Extractor); "" never skips.
	Extractor string
}

// Write stores facts that are merged already (a test's, eval's): they
// replace what their documents contributed before and are not merged with
// the rest of the corpus again. Writing the same facts twice leaves the
// same quads.
func (s *Store) Write(ctx context.Context, docs []fact.Facts) (WriteStats, error) {
	reports := make([]fact.Report, len(docs))
	for i, f := range docs {
		reports[i] = fact.Report{Facts: f}
	}
	ledger, err := s.openLedger(ctx)
	if err != nil {
		return WriteStats{}, err
	}
	return s.update(ctx, ledger, reports, nil, nil, WriteOptions{})
}

// Update stores what extraction reported of some documents (replacing
// earlier versions of the same names) and makes the graph the one the
// whole corpus gives: every stored report and these, merged by merge, with
// meeting identities and claim conflicts settled over all of them. So the
// graph does not depend on the batches, on the order documents arrive in,
// or on how many builds brought them; only the documents whose quads
// change are written.
func (s *Store) Update(ctx context.Context, fresh []fact.Report, merge Merger, o WriteOptions) (WriteStats, error) {
	if merge == nil {
		return WriteStats{}, errors.New("writing documents: no merger")
	}
	ledger, err := s.openLedger(ctx)
	if err != nil {
		return WriteStats{}, err
	}
	return s.update(ctx, ledger, fresh, nil, merge, o)
}

// Forget removes documents (by IRI, schema.DocIRI) and everything they
// contributed, and settles the rest of the corpus again without them. It
// returns the documents it found; the others were not in the store.
func (s *Store) Forget(ctx context.Context, docs []string, merge Merger, o WriteOptions) (WriteStats, []string, error) {
	if merge == nil {
		return WriteStats{}, nil, errors.New("forgetting documents: no merger")
	}
	ledger, err := s.openLedger(ctx)
	if err != nil {
		return WriteStats{}, nil, err
	}
	forget := map[string]bool{}
	var found []string
	for _, d := range docs {
		if ledger[d] != nil && !forget[d] {
			forget[d] = true
			found = append(found, d)
		}
	}
	if len(forget) == 0 {
		return WriteStats{Facts: map[string]int{}}, nil, nil
	}
	st, err := s.update(ctx, ledger, nil, forget, merge, o)
	return st, found, err
}

// Documents lists the stored documents: IRI, file name and the path each
// was read from ("" for quads loaded from N-Quads), by IRI.
func (s *Store) Documents(ctx context.Context) ([]StoredDocument, error) {
	ledger, err := s.openLedger(ctx)
	if err != nil {
		return nil, err
	}
	var out []StoredDocument
	for _, doc := range sortedEntryKeys(ledger) {
		e := ledger[doc]
		out = append(out, StoredDocument{IRI: doc, Name: e.Name, Path: e.Path, Hash: e.DocHash, Extractor: e.Extractor})
	}
	return out, nil
}

// StoredDocument is a document as Documents lists it: its IRI, file name,
// the path it was read from and the hash of its bytes ("" for quads
// loaded from N-Quads), and the extractor that read it.
type StoredDocument struct{ IRI, Name, Path, Hash, Extractor string }

// update is Write (merge nil: the reports are merged facts), Update and
// Forget (the documents of forget are removed), over the ledger as the
// caller read it (openLedger); it updates the map as it writes.
func (s *Store) update(ctx context.Context, ledger map[string]*ledgerEntry, fresh []fact.Report, forget map[string]bool, merge Merger, o WriteOptions) (_ WriteStats, err error) {
	stats := WriteStats{Facts: map[string]int{}}
	if s.cfg.ReadOnly {
		return stats, errors.New("writing documents: the store is open read-only")
	}
	if len(fresh) == 0 && len(forget) == 0 && !interrupted(ledger) && s.hasModel(ctx) {
		return stats, nil // nothing new: the corpus is settled as it is
	}
	endFill := s.unsyncedFill(ledger)
	defer func() {
		if serr := endFill(); err == nil {
			err = serr
		}
	}()
	// the corpus: stored reports, then the fresh ones (the last of a name wins)
	freshDocs := map[string]bool{}
	for _, r := range fresh {
		doc := schema.DocIRI(r.Facts.Doc.Name)
		e := &ledgerEntry{Name: r.Facts.Doc.Name, Path: r.Facts.Doc.Path, DocHash: r.Facts.Doc.Hash,
			Merged: merge == nil, Extractor: o.Extractor}
		if old := ledger[doc]; old != nil {
			e.Hash, e.Quads, e.Pending = old.Hash, old.Quads, old.Pending
		}
		// encoded before any merge, which rewrites the facts it is given;
		// the text is not kept (the evidence sentences are). Fresh reports
		// are decoded again below like the stored ones, so that a report is
		// merged alike whether it came now or in an earlier build.
		r.Facts.Doc.Text = ""
		b, err := json.Marshal(r)
		if err != nil {
			return stats, fmt.Errorf("encoding the report of %s: %w", e.Name, err)
		}
		e.Report = b
		ledger[doc] = e
		freshDocs[doc] = true
	}
	docs := sortedEntryKeys(ledger)
	var toMerge []fact.Report
	var given []fact.Facts
	for _, doc := range docs {
		e := ledger[doc]
		if forget[doc] {
			continue
		}
		if len(e.Report) == 0 {
			continue // quads loaded from N-Quads are kept as they are
		}
		var r fact.Report
		if err := json.Unmarshal(e.Report, &r); err != nil {
			return stats, fmt.Errorf("decoding the stored report of %s: %w", e.Name, err)
		}
		if e.Merged {
			given = append(given, r.Facts)
			continue
		}
		if merge == nil {
			continue // Write has no merger: documents built from reports keep their quads
		}
		toMerge = append(toMerge, r)
	}
	var all []fact.Facts
	if len(toMerge) > 0 {
		all = merge(toMerge)
	}
	all = append(all, given...)
	// Each document's plan is compared with what it holds and dropped;
	// the changes go out in batches as they fill, so that a write holds
	// one batch of quads at a time rather than the corpus's.
	total := len(all) + len(forget)
	w := &batchWriter{s: s, ledger: ledger, o: o, stats: &stats, total: total}
	defer w.abandon()
	var perr error
	planEach(&snapshot{}, all, func(p docPlan) bool {
		if perr = ctx.Err(); perr != nil {
			perr = fmt.Errorf("writing documents: %w", perr)
			return false
		}
		w.seen++
		c, keep, err := s.docChange(p, ledger[p.doc], freshDocs[p.doc], &stats)
		if err != nil {
			perr = err
			return false
		}
		if keep {
			perr = w.add(ctx, c)
		}
		return perr == nil
	})
	all = nil
	if perr != nil {
		return stats, perr
	}
	for _, doc := range sortedKeys(forget) {
		old, err := ledger[doc].quads()
		if err != nil {
			return stats, err
		}
		w.seen++
		if err := w.add(ctx, change{doc: doc, dels: old, entry: ledger[doc], forget: true}); err != nil {
			return stats, err
		}
	}
	if err := w.finish(ctx); err != nil {
		return stats, err
	}
	if w.wrote || !s.hasModel(ctx) {
		if err := s.refreshModel(ctx, ledger); err != nil {
			return stats, err
		}
	}
	return stats, nil
}

// openLedger reads the ledger; a store written before there was one (its
// quads but no entries) is taken in first: each label's quads become the
// entry of that document, kept as loaded ones are.
func (s *Store) openLedger(ctx context.Context) (map[string]*ledgerEntry, error) {
	ledger, err := s.readLedger(ctx)
	if err != nil || len(ledger) > 0 {
		return ledger, err
	}
	_, n, err := s.Stats(ctx)
	if err != nil || n == 0 {
		return ledger, err
	}
	byDoc := map[string][]quad.Quad{}
	err = s.eachQuad(ctx, s.h.QuadStore.QuadsAllIterator(), func(q quad.Quad) {
		byDoc[ledgerKey(q)] = append(byDoc[ledgerKey(q)], q)
	})
	if err != nil {
		return nil, fmt.Errorf("taking in a store written without a ledger: %w", err)
	}
	entries := map[string]*ledgerEntry{}
	for doc, qs := range byDoc {
		enc, err := encodeQuads(qs)
		if err != nil {
			return nil, err
		}
		entries[doc] = &ledgerEntry{Name: doc, Hash: hashQuads(enc), Quads: enc}
	}
	if err := s.putLedger(ctx, entries); err != nil {
		return nil, err
	}
	return entries, nil
}

// interrupted says whether a write was stopped half way (see update).
func interrupted(ledger map[string]*ledgerEntry) bool {
	for _, e := range ledger {
		if len(e.Pending) > 0 {
			return true
		}
	}
	return false
}

// ledgerKey is the ledger entry a quad belongs to: its document (label).
func ledgerKey(q quad.Quad) string {
	if q.Label == nil {
		return "(unlabelled)"
	}
	return labelOf(q)
}

func sortedEntryKeys(m map[string]*ledgerEntry) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// eachQuad runs fn on every quad of the iterator; it passes ctx to Next so
// a deadline stops long scans.
func (s *Store) eachQuad(ctx context.Context, it cgraph.Iterator, fn func(quad.Quad)) error {
	defer it.Close()
	qs := s.h.QuadStore
	for it.Next(ctx) {
		fn(qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("reading quads from %s store: %w", s.cfg.Backend, err)
	}
	return ctx.Err()
}

// quadsWith visits the quads that have v in direction d.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value, fn func(quad.Quad)) error {
	ref := s.h.QuadStore.ValueOf(v)
	if ref == nil {
		return nil
	}
	return s.eachQuad(ctx, s.h.QuadStore.QuadIterator(d, ref), fn)
}

// nodesOfType lists subjects with rdf:type class asserted by a document
// outside skip.
func (s *Store) nodesOfType(ctx context.Context, class string, skip map[string]bool) ([]string, error) {
	seen := map[string]bool{}
	err := s.quadsWith(ctx, quad.Object, quad.IRI(class), func(q quad.Quad) {
		if q.Predicate == quad.IRI(PredType) && !skip[labelOf(q)] {
			if iri, ok := q.Subject.(quad.IRI); ok {
				seen[string(iri)] = true
			}
		}
	})
	if err != nil {
		return nil, fmt.Errorf("listing %s nodes: %w", class, err)
	}
	return sortedKeys(seen), nil
}

func labelOf(q quad.Quad) string {
	if iri, ok := q.Label.(quad.IRI); ok {
		return string(iri)
	}
	return quad.StringOf(q.Label)
}

func iriOf(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return string(iri)
	}
	return ""
}

// change is what a write does to one document: its new quads (encoded),
// the quads to add and remove, its ledger entry as it was; forget removes
// the entry.
type change struct {
	doc        string
	enc        []byte
	adds, dels []quad.Quad
	entry      *ledgerEntry
	forget     bool
}

// docChange compares a document's plan with its ledger entry e; keep is
// false when the write has nothing to do for it.
func (s *Store) docChange(p docPlan, e *ledgerEntry, fresh bool, stats *WriteStats) (change, bool, error) {
	if fresh {
		stats.Documents++
		stats.Quads += len(p.quads)
		for k, n := range p.facts {
			stats.Facts[k] += n
		}
	}
	enc, err := encodeQuads(p.quads)
	if err != nil {
		return change{}, false, fmt.Errorf("writing %s: %w", p.name, err)
	}
	hash := hashQuads(enc)
	if hash == e.Hash && len(e.Pending) == 0 {
		return change{doc: p.doc, enc: enc, entry: e}, fresh, nil
	}
	// The quads a stopped write left pending may or may not be in the
	// store: they count for removal (old or pending, not new), never as
	// present; only the entry's own quads are surely there.
	old, err := e.quads()
	if err != nil {
		return change{}, false, err
	}
	present, err := decodeQuads(e.Quads)
	if err != nil {
		return change{}, false, fmt.Errorf("reading the ledger entry of %s: %w", e.Name, err)
	}
	c := change{doc: p.doc, enc: enc, entry: e}
	oldKeys := make(map[string]bool, len(present))
	for _, q := range present {
		oldKeys[quadKey(q)] = true
	}
	newKeys := make(map[string]bool, len(p.quads))
	for _, q := range p.quads {
		k := quadKey(q)
		newKeys[k] = true
		if !oldKeys[k] {
			c.adds = append(c.adds, q)
			oldKeys[k] = true // the same quad twice is added once
		}
	}
	for _, q := range old {
		if k := quadKey(q); !newKeys[k] {
			c.dels = append(c.dels, q)
			newKeys[k] = true
		}
	}
	if !fresh && (len(c.adds) > 0 || len(c.dels) > 0) {
		stats.Rewritten++
	}
	return c, true, nil
}

// batchWriter gathers changes of whole documents into batches of about
// batchSize quad changes and writes each (flush). A batch is written by a
// goroutine of its own while the next one is planned: planning (meeting
// identities, quads, their encodings) and bolt's transactions each take a
// core. At most one batch is being written, so a write holds two batches
// of quads at a time.
type batchWriter struct {
	s      *Store
	ledger map[string]*ledgerEntry
	o      WriteOptions
	stats  *WriteStats
	part   []change
	deltas int
	// seen and total count the documents settled so far and in all, for
	// Progress; wrote says a batch was written.
	seen, total int
	wrote       bool
	// writing is the batch being written and done tells when it is; nil
	// when none is under way.
	writing *batch
	done    chan error
}

// batch is one batch as the writing goroutine takes it: what it writes
// and nothing it shares with the planning goroutine (the ledger map is
// only updated once the batch is written, by wait).
type batch struct {
	pending, final map[string]*ledgerEntry
	addQs, delQs   []quad.Quad
	names          []string
	docs, seen     int
}

func (w *batchWriter) add(ctx context.Context, c change) error {
	n := len(c.adds) + len(c.dels)
	if len(w.part) > 0 && w.deltas+n > batchSize {
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
	w.part = append(w.part, c)
	w.deltas += n
	return nil
}

// flush hands the batch gathered to a goroutine that writes it, once the
// batch before it is written. For each document: the ledger first records
// every quad the store may hold for it (Pending), then Cayley adds, then
// removes (separate transactions: Cayley's KV backends corrupt quads
// added in a transaction where one of their nodes loses more references
// than it gains), then the ledger records the new quads alone. A write
// stopped anywhere leaves whole documents, old or new or both, and the
// next write completes it. A bolt file takes it all in one transaction.
func (w *batchWriter) flush(ctx context.Context) error {
	if len(w.part) == 0 {
		return nil
	}
	if err := w.wait(); err != nil {
		return err
	}
	if !w.wrote {
		if err := w.s.invalidateModel(ctx); err != nil {
			return err
		}
		w.wrote = true
	}
	part := w.part
	w.part, w.deltas = nil, 0
	b := &batch{pending: map[string]*ledgerEntry{}, final: map[string]*ledgerEntry{}, docs: len(part), seen: w.seen}
	for _, c := range part {
		b.names = append(b.names, c.entry.Name)
		if c.forget {
			b.final[c.doc] = nil
		} else {
			if len(c.adds) > 0 || len(c.dels) > 0 {
				pe := *c.entry
				pe.Pending = c.enc
				b.pending[c.doc] = &pe
			}
			fe := *c.entry
			fe.Quads, fe.Hash, fe.Pending = c.enc, hashQuads(c.enc), nil
			b.final[c.doc] = &fe
		}
		b.addQs = append(b.addQs, c.adds...)
		b.delQs = append(b.delQs, c.dels...)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("writing documents: %w", err)
	}
	done := make(chan error, 1)
	w.writing, w.done = b, done
	go func() { done <- w.s.writeBatch(ctx, b) }()
	return nil
}

// wait waits for the batch being written, if one is, and records it: the
// ledger map, the counts, the progress.
func (w *batchWriter) wait() error {
	if w.writing == nil {
		return nil
	}
	err := <-w.done
	b := w.writing
	w.writing, w.done = nil, nil
	if err != nil {
		return err
	}
	w.stats.Added += len(b.addQs)
	w.stats.Removed += len(b.delQs)
	for doc, e := range b.final {
		if e == nil {
			delete(w.ledger, doc)
			continue
		}
		// The report is stored; what is left of this write (the read
		// model) reads the quads alone, and a corpus's reports are a
		// fifth of what its entries hold.
		kept := *e
		kept.Report = nil
		w.ledger[doc] = &kept
	}
	if w.o.Log != nil {
		w.o.Log.Debug("wrote batch", "documents", b.docs, "added", len(b.addQs), "removed", len(b.delQs))
	}
	if w.o.Progress != nil {
		w.o.Progress(b.seen, w.total)
	}
	return nil
}

// finish writes what is gathered and waits until every batch is written.
func (w *batchWriter) finish(ctx context.Context) error {
	if err := w.flush(ctx); err != nil {
		return err
	}
	return w.wait()
}

// abandon waits for a batch still being written, if one is, and drops
// its result: a write that fails elsewhere never leaves one running.
func (w *batchWriter) abandon() {
	if w.writing != nil {
		<-w.done
		w.writing, w.done = nil, nil
	}
}

// writeBatch writes one batch (see flush); it runs on the writing
// goroutine and touches nothing but the store.
func (s *Store) writeBatch(ctx context.Context, b *batch) error {
	_, bulk, err := s.writeBulk(ctx, b.addQs, b.delQs, b.final)
	if err != nil {
		return fmt.Errorf("writing quads of %s: %w", strings.Join(b.names, ", "), err)
	}
	if bulk {
		return nil
	}
	if len(b.pending) > 0 {
		if err := s.putLedger(ctx, b.pending); err != nil {
			return err
		}
	}
	for _, set := range []struct {
		qs  []quad.Quad
		add bool
	}{{b.addQs, true}, {b.delQs, false}} {
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
		if err := s.h.QuadWriter.ApplyTransaction(tx); err != nil {
			return fmt.Errorf("writing quads of %s: %w", strings.Join(b.names, ", "), err)
		}
	}
	return s.putLedger(ctx, b.final)
}
