package graph

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/cayleygraph/quad"
)

// ledgerEntry is what the ledger keeps for one document: what extraction
// read from it before the corpus merge (so that every write can merge the
// whole corpus again, and the graph is the same whatever the batches or
// the order documents came in), and the exact quads it contributes to the
// store (so that replacing them needs no scan of the store).
type ledgerEntry struct {
	Name string `json:"name"` // the document's file name
	// Path and DocHash are where the document was read from and the hash
	// of its bytes (its Report's, kept apart so that listing documents
	// decodes no report); empty for quads loaded from N-Quads.
	Path    string `json:"path,omitempty"`
	DocHash string `json:"doc_hash,omitempty"`
	// Report is what extraction said (a fact.Report as JSON); empty for
	// quads loaded from N-Quads, which are kept as they came.
	Report json.RawMessage `json:"report,omitempty"`
	// Merged says Report holds facts merged already (Store.Write), which
	// are stored as given rather than merged with the corpus again.
	Merged bool `json:"merged,omitempty"`
	// Extractor identifies the extractor that made Report (WriteOptions):
	// a build with the same one skips the document while its bytes are
	// the same (Document.Hash).
	Extractor string `json:"extractor,omitempty"`
	// Hash identifies Quads, so that a write compares a document's new
	// quads with its old ones without decoding them.
	Hash  string `json:"hash"`
	Quads []byte `json:"-"` // encodeQuads; stored after the JSON (marshalEntry)
	// Pending holds, while a write of the document is under way, every quad
	// the store may hold for it (the old and the new): a write interrupted
	// between Cayley's transactions and the ledger's is completed by the
	// next one, which removes whatever of these it does not want.
	Pending []byte `json:"-"`
}

// marshalEntry frames an entry as its JSON fields, then its quads and its
// pending quads as raw bytes (as JSON they would be base64, which costs
// more to decode than everything else a write reads).
func marshalEntry(e *ledgerEntry) ([]byte, error) {
	head, err := json.Marshal(e)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, 1+len(head)+len(e.Quads)+len(e.Pending)+3*binary.MaxVarintLen64)
	out = append(out, ledgerFormat)
	for _, part := range [][]byte{head, e.Quads, e.Pending} {
		out = binary.AppendUvarint(out, uint64(len(part)))
		out = append(out, part...)
	}
	return out, nil
}

// ledgerFormat is the first byte of every entry; an entry of another
// format is refused rather than misread.
const ledgerFormat = 1

func unmarshalEntry(b []byte, e *ledgerEntry) error {
	if len(b) == 0 || b[0] != ledgerFormat {
		return fmt.Errorf("%w (an entry of format %d; this diplograph reads %d: rebuild the store)", errBadLedger, firstByte(b), ledgerFormat)
	}
	b = b[1:]
	var parts [3][]byte
	for i := range parts {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			return errBadLedger
		}
		parts[i], b = b[k:k+int(n)], b[k+int(n):]
	}
	if err := json.Unmarshal(parts[0], e); err != nil {
		return err
	}
	e.Quads = append([]byte(nil), parts[1]...)
	if len(parts[2]) > 0 {
		e.Pending = append([]byte(nil), parts[2]...)
	}
	return nil
}

func (e *ledgerEntry) quads() ([]quad.Quad, error) {
	return e.quadsWith(map[string]string{})
}

// quadsWith is quads with the strings taken from intern (decodeQuadsWith).
func (e *ledgerEntry) quadsWith(intern map[string]string) ([]quad.Quad, error) {
	qs, err := decodeQuadsWith(e.Quads, intern)
	if err == nil && len(e.Pending) > 0 {
		var more []quad.Quad
		more, err = decodeQuadsWith(e.Pending, intern)
		qs = append(qs, more...)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the ledger entry of %s: %w", e.Name, err)
	}
	return qs, nil
}

// readLedger reads every entry, by document IRI.
func (s *Store) readLedger(ctx context.Context) (map[string]*ledgerEntry, error) {
	out := map[string]*ledgerEntry{}
	err := s.side.scan(ctx, bucketLedger, func(doc string, v []byte) error {
		var e ledgerEntry
		if err := unmarshalEntry(v, &e); err != nil {
			return fmt.Errorf("decoding the ledger entry of %s: %w", doc, err)
		}
		out[doc] = &e
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the ledger: %w", err)
	}
	return out, nil
}

// putLedger writes entries (nil removes a document's) in one transaction.
func (s *Store) putLedger(ctx context.Context, entries map[string]*ledgerEntry) error {
	vals, err := marshalEntries(entries)
	if err != nil {
		return err
	}
	if err := s.side.put(ctx, bucketLedger, vals); err != nil {
		return fmt.Errorf("writing the ledger: %w", err)
	}
	return nil
}

// marshalEntries encodes ledger entries by document; a nil entry stays nil
// (the document's entry is removed).
func marshalEntries(entries map[string]*ledgerEntry) (map[string][]byte, error) {
	vals := make(map[string][]byte, len(entries))
	for doc, e := range entries {
		if e == nil {
			vals[doc] = nil
			continue
		}
		b, err := marshalEntry(e)
		if err != nil {
			return nil, fmt.Errorf("encoding the ledger entry of %s: %w", doc, err)
		}
		vals[doc] = b
	}
	return vals, nil
}

// Quads are encoded term by term with the Go type of each value, so that
// they decode to values equal to the ones stored (an N-Quads round trip
// turns a quad.Float into a typed string Cayley would not find).
const (
	termNil byte = iota
	termIRI
	termString
	termBNode
	termFloat
	termInt
	termBool
	termTime
	termTyped
	termLang
)

// encodeQuads sorts the quads' encodings and concatenates them: equal sets
// encode equally, which hashQuads relies on.
func encodeQuads(qs []quad.Quad) ([]byte, error) {
	var b bytes.Buffer
	ends := make([]int, 0, len(qs))
	for _, q := range qs {
		for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
			if err := encodeTerm(&b, v); err != nil {
				return nil, err
			}
		}
		ends = append(ends, b.Len())
	}
	all := b.Bytes()
	recs := make([][]byte, len(ends))
	for i, e := range ends {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		recs[i] = all[start:e:e]
	}
	sort.Slice(recs, func(i, j int) bool { return bytes.Compare(recs[i], recs[j]) < 0 })
	// sized exactly: the ledger keeps every document's encoding
	n := 0
	for i, r := range recs {
		if i == 0 || !bytes.Equal(r, recs[i-1]) {
			n += len(r)
		}
	}
	out := make([]byte, 0, n)
	for i, r := range recs {
		if i == 0 || !bytes.Equal(r, recs[i-1]) {
			out = append(out, r...)
		}
	}
	return out, nil
}

func firstByte(b []byte) int {
	if len(b) == 0 {
		return -1
	}
	return int(b[0])
}

func hashQuads(enc []byte) string {
	h := sha256.Sum256(enc)
	return hex.EncodeToString(h[:16])
}

func putString(b *bytes.Buffer, s string) {
	var n [binary.MaxVarintLen64]byte
	b.Write(n[:binary.PutUvarint(n[:], uint64(len(s)))])
	b.WriteString(s)
}

func encodeTerm(b *bytes.Buffer, v quad.Value) error {
	switch x := v.(type) {
	case nil:
		b.WriteByte(termNil)
	case quad.IRI:
		b.WriteByte(termIRI)
		putString(b, string(x))
	case quad.String:
		b.WriteByte(termString)
		putString(b, string(x))
	case quad.BNode:
		b.WriteByte(termBNode)
		putString(b, string(x))
	case quad.Float:
		b.WriteByte(termFloat)
		putString(b, strconv.FormatUint(math.Float64bits(float64(x)), 16))
	case quad.Int:
		b.WriteByte(termInt)
		putString(b, strconv.FormatInt(int64(x), 10))
	case quad.Bool:
		b.WriteByte(termBool)
		putString(b, strconv.FormatBool(bool(x)))
	case quad.Time:
		b.WriteByte(termTime)
		putString(b, time.Time(x).Format(time.RFC3339Nano))
	case quad.TypedString:
		b.WriteByte(termTyped)
		putString(b, string(x.Value))
		putString(b, string(x.Type))
	case quad.LangString:
		b.WriteByte(termLang)
		putString(b, string(x.Value))
		putString(b, x.Lang)
	default:
		return fmt.Errorf("encoding the ledger: no encoding for a %T value", v)
	}
	return nil
}

var errBadLedger = errors.New("malformed ledger quads")

func decodeQuads(enc []byte) ([]quad.Quad, error) {
	return decodeQuadsWith(enc, map[string]string{})
}

// decodeQuadsWith decodes quads taking each string once from intern
// (adding those it lacks): a document's label and predicates repeat in
// every quad, and a corpus's classes and names in every document.
func decodeQuadsWith(enc []byte, intern map[string]string) ([]quad.Quad, error) {
	d := termDecoder{b: enc, intern: intern}
	var out []quad.Quad
	for len(d.b) > 0 {
		var vs [4]quad.Value
		for i := range vs {
			v, err := d.term()
			if err != nil {
				return nil, err
			}
			vs[i] = v
		}
		out = append(out, quad.Quad{Subject: vs[0], Predicate: vs[1], Object: vs[2], Label: vs[3]})
	}
	return out, nil
}

type termDecoder struct {
	b      []byte
	intern map[string]string
}

func (d *termDecoder) str() (string, error) {
	n, k := binary.Uvarint(d.b)
	if k <= 0 || n > uint64(len(d.b)-k) {
		return "", errBadLedger
	}
	raw := d.b[k : k+int(n)]
	d.b = d.b[k+int(n):]
	if s, ok := d.intern[string(raw)]; ok {
		return s, nil
	}
	s := string(raw)
	d.intern[s] = s
	return s, nil
}

func (d *termDecoder) term() (quad.Value, error) {
	if len(d.b) == 0 {
		return nil, errBadLedger
	}
	tag := d.b[0]
	d.b = d.b[1:]
	if tag == termNil {
		return nil, nil
	}
	s, err := d.str()
	if err != nil {
		return nil, err
	}
	switch tag {
	case termIRI:
		return quad.IRI(s), nil
	case termString:
		return quad.String(s), nil
	case termBNode:
		return quad.BNode(s), nil
	case termFloat:
		bits, err := strconv.ParseUint(s, 16, 64)
		if err != nil {
			return nil, errBadLedger
		}
		return quad.Float(math.Float64frombits(bits)), nil
	case termInt:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, errBadLedger
		}
		return quad.Int(n), nil
	case termBool:
		return quad.Bool(s == "true"), nil
	case termTime:
		t, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return nil, errBadLedger
		}
		return quad.Time(t), nil
	case termTyped, termLang:
		s2, err := d.str()
		if err != nil {
			return nil, err
		}
		if tag == termTyped {
			return quad.TypedString{Value: quad.String(s), Type: quad.IRI(s2)}, nil
		}
		return quad.LangString{Value: quad.String(s), Lang: s2}, nil
	}
	return nil, errBadLedger
}
