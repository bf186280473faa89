package serve

// Cayley's HTTP API as Cayley v0.7.7 defines it (docs/api/swagger.yml and
// server/http in its module): the same paths, parameters and JSON shapes,
// so Cayley's clients work unchanged. Differences, all deliberate: a query
// stopped by the timeout answers 504 (Cayley: 400); writes need --writable
// and a bearer token; quads written are compacted to the store's short IRIs
// and only those not already stored are added (re-adding a quad would leak
// node reference counts in Cayley's KV and SQL stores); GET with qu= works
// for GraphQL too.

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot" // the formats Cayley's server offers
	_ "github.com/cayleygraph/quad/gml"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/pquads"
)

const (
	contentJSONLD  = "application/ld+json"
	defaultFormat  = "nquads"
	formatNotRead  = "format is not supported for reading data"
	formatNotNodes = "format is not supported for reading nodes"
)

// acceptList is a header's comma-separated values in the order given,
// parameters (;q=...) dropped. Cayley takes the first, ignoring q.
func acceptList(h http.Header, name string) []string {
	var out []string
	for _, line := range h.Values(name) {
		for _, part := range strings.Split(line, ",") {
			v, _, _ := strings.Cut(part, ";")
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

func firstOf(h http.Header, name string) string {
	if l := acceptList(h, name); len(l) > 0 {
		return l[0]
	}
	return ""
}

// formatFor picks the quad format: ?format= first, then the first MIME type
// of header (Accept for reading, Content-Type for writing), then N-Quads.
func formatFor(r *http.Request, header string) *quad.Format {
	if name := r.URL.Query().Get("format"); name != "" {
		return quad.FormatByName(name)
	}
	if v := firstOf(r.Header, header); v != "" {
		if mt, _, err := mime.ParseMediaType(v); err == nil {
			v = mt
		}
		if f := quad.FormatByMime(v); f != nil {
			return f
		}
	}
	return quad.FormatByName(defaultFormat)
}

// queryText is the query of a request: qu= on GET, the body on POST, held
// to Cayley's 1 MiB.
func queryText(r *http.Request) (string, error) {
	if r.Method == http.MethodGet {
		return r.URL.Query().Get("qu"), nil
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, maxQueryBody+1))
	if err != nil {
		return "", err
	}
	if len(data) > maxQueryBody {
		return "", &http.MaxBytesError{Limit: maxQueryBody}
	}
	return string(data), nil
}

// limitOf reads ?limit=N: the default when absent, capped at MaxLimit.
func (s *Server) limitOf(r *http.Request, def int) (int, error) {
	v := r.URL.Query().Get("limit")
	if v == "" {
		return min(def, s.cfg.MaxLimit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, badRequest(fmt.Errorf("limit must be a whole number >= 0, not %q", v))
	}
	if n == 0 || n > s.cfg.MaxLimit {
		n = s.cfg.MaxLimit
	}
	return n, nil
}

// knownLanguage says whether lang is a query language the server runs.
func (s *Server) knownLanguage(lang string) bool {
	for _, l := range s.b.languages() {
		if l == lang {
			return true
		}
	}
	return false
}

// writeResult sends {"result": ...} as Cayley does (a nil result stays null).
func writeResult(w http.ResponseWriter, contentType string, res []interface{}) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	var out interface{} = res
	if len(res) == 0 {
		out = nil
	}
	if err := enc.Encode(map[string]interface{}{"result": out}); err != nil {
		writeError(w, http.StatusInternalServerError, "encoding the result: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(b.Bytes())
}

// queryFailed answers a query error: the timeout is 504, anything else is
// the query's fault (400), as Cayley answers every query error.
func (s *Server) queryFailed(w http.ResponseWriter, r *http.Request, err error) {
	if st := statusOf(err); st == http.StatusGatewayTimeout || st == http.StatusRequestEntityTooLarge || st == 499 {
		s.fail(w, r, err)
		return
	}
	writeError(w, http.StatusBadRequest, err.Error())
}

// v2Query is GET/POST /api/v2/query?lang=gizmo|graphql|mql.
func (s *Server) v2Query(w http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	switch {
	case lang == "":
		writeError(w, http.StatusBadRequest, "query language not specified")
		return
	case !s.knownLanguage(lang):
		writeError(w, http.StatusBadRequest, "unknown query language")
		return
	}
	s.runQuery(w, r, lang, s.cfg.Limit)
}

// v1Query is POST /api/v1/query/{lang}, Cayley's older path, still used.
func (s *Server) v1Query(w http.ResponseWriter, r *http.Request) {
	lang := r.PathValue("lang")
	if !s.knownLanguage(lang) {
		writeError(w, http.StatusBadRequest, "Unknown query language.")
		return
	}
	s.runQuery(w, r, lang, s.cfg.Limit)
}

func (s *Server) runQuery(w http.ResponseWriter, r *http.Request, lang string, def int) {
	ctx := r.Context()
	text, err := queryText(r)
	if err != nil {
		s.queryFailed(w, r, err)
		return
	}
	if lang == langGraphQL {
		s.graphQL(ctx, w, r, text)
		return
	}
	if strings.TrimSpace(text) == "" {
		writeError(w, http.StatusBadRequest, "query is empty")
		return
	}
	limit, err := s.limitOf(r, def)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var res []interface{}
	contentType := contentJSON
	if firstOf(r.Header, "Accept") == contentJSONLD {
		contentType = contentJSONLD
		res, err = s.collated(ctx, lang, text, limit, query.JSONLD)
	} else {
		res, err = s.b.query(ctx, lang, text, limit)
	}
	if err != nil {
		s.queryFailed(w, r, err)
		return
	}
	writeResult(w, contentType, res)
}

// collated runs a query with a collation other than JSON (JSON-LD, which
// Cayley offers on Accept: application/ld+json).
func (s *Server) collated(ctx context.Context, lang, text string, limit int, col query.Collation) ([]interface{}, error) {
	l := query.GetLanguage(lang)
	if l == nil || l.HTTP == nil {
		return nil, fmt.Errorf("HTTP interface is not supported for this query language")
	}
	it, err := l.HTTP(s.b.handle().QuadStore).Execute(ctx, text, query.Options{Limit: limit, Collation: col})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	var out []interface{}
	// Only the ctx given to Next stops a running Gizmo script.
	for it.Next(ctx) {
		out = append(out, it.Result())
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return nil, err
	}
	return out, ctx.Err()
}

// graphQL answers as Cayley's GraphQL endpoint does: {"data": ...} or
// {"errors": [{"message": ...}]}, status 200 either way.
func (s *Server) graphQL(ctx context.Context, w http.ResponseWriter, r *http.Request, text string) {
	l := query.GetLanguage(langGraphQL)
	if l == nil || l.HTTPQuery == nil {
		writeError(w, http.StatusBadRequest, "HTTP interface is not supported for this query language")
		return
	}
	var buf bytes.Buffer
	rw := &bufferedResponse{header: http.Header{}, body: &buf, status: http.StatusOK}
	l.HTTPQuery(ctx, s.b.handle().QuadStore, rw, strings.NewReader(text))
	if err := ctx.Err(); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", contentJSON)
	w.WriteHeader(rw.status)
	_, _ = w.Write(buf.Bytes())
}

// bufferedResponse holds what a Cayley language handler writes until it is
// known whether the request timed out.
type bufferedResponse struct {
	header http.Header
	body   *bytes.Buffer
	status int
}

func (b *bufferedResponse) Header() http.Header         { return b.header }
func (b *bufferedResponse) Write(p []byte) (int, error) { return b.body.Write(p) }
func (b *bufferedResponse) WriteHeader(code int)        { b.status = code }

// valuesOf parses a comma-separated list of nodes (sub=, pred=, ...), as
// Cayley does.
func valuesOf(s string) []quad.Value {
	if s == "" {
		return nil
	}
	var out []quad.Value
	for _, v := range strings.Split(s, ",") {
		out = append(out, quad.StringToValue(v))
	}
	return out
}

// v2Read is GET/POST /api/v2/read: the quads, filtered by sub=, pred=, obj=
// and label=, in the format named by format= or Accept (N-Quads by
// default), gzipped when the first Accept-Encoding is gzip. The stream
// stops at ?limit= quads if given, and at the timeout.
func (s *Server) v2Read(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	format := formatFor(r, "Accept")
	if format == nil || format.Writer == nil {
		writeError(w, http.StatusBadRequest, formatNotRead)
		return
	}
	limit := 0
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			s.fail(w, r, badRequest(fmt.Errorf("limit must be a whole number >= 0, not %q", v)))
			return
		}
		limit = n
	}
	q := r.URL.Query()
	qs := s.b.handle().QuadStore
	// Built as Cayley's server builds it, so quads come in the same order.
	it := shape.FilterQuads(valuesOf(q.Get("sub")), valuesOf(q.Get("pred")),
		valuesOf(q.Get("obj")), valuesOf(q.Get("label"))).BuildIterator(qs)
	defer it.Close()

	var out io.Writer = w
	if len(format.Mime) > 0 {
		w.Header().Set("Content-Type", format.Mime[0])
	}
	if firstOf(r.Header, "Accept-Encoding") == "gzip" {
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		defer zw.Close()
		out = zw
	}
	cw := &countingWriter{w: out}
	fw := format.Writer(cw)
	var qw quad.Writer = fw
	switch r.URL.Query().Get("iri") {
	case "short":
		qw = quad.IRIWriter(qw, quad.IRIOptions{Format: quad.IRIShort})
	case "full":
		qw = quad.IRIWriter(qw, quad.IRIOptions{Format: quad.IRIFull})
	}
	n := 0
	var err error
	for it.Next(ctx) {
		if err = qw.WriteQuad(qs.Quad(it.Result())); err != nil {
			break
		}
		if n++; limit > 0 && n >= limit {
			break
		}
	}
	if err == nil {
		err = it.Err()
	}
	if err == nil {
		err = ctx.Err()
	}
	if cerr := fw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		if cw.n == 0 {
			w.Header().Del("Content-Encoding")
			s.fail(w, r, fmt.Errorf("reading quads: %w", err))
			return
		}
		// The status is sent; the client sees a cut stream.
		s.log.Warn("reading quads stopped", "path", r.URL.Path, "after", n, "err", err)
	}
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// v2Formats is GET /api/v2/formats.
func (s *Server) v2Formats(w http.ResponseWriter, r *http.Request) {
	type format struct {
		ID     string   `json:"id"`
		Read   bool     `json:"read,omitempty"`
		Write  bool     `json:"write,omitempty"`
		Nodes  bool     `json:"nodes,omitempty"`
		Ext    []string `json:"ext,omitempty"`
		Mime   []string `json:"mime,omitempty"`
		Binary bool     `json:"binary,omitempty"`
	}
	fs := quad.Formats()
	out := make([]format, 0, len(fs))
	for _, f := range fs {
		out = append(out, format{ID: f.Name, Ext: f.Ext, Mime: f.Mime, Read: f.Reader != nil,
			Write: f.Writer != nil, Nodes: f.UnmarshalValue != nil, Binary: f.Binary})
	}
	w.Header().Set("Content-Type", contentJSON)
	_ = json.NewEncoder(w).Encode(out)
}

// requestBody is the body, un-gzipped when Content-Encoding says so; the
// unpacked size is held to the same limit as the body.
func (s *Server) requestBody(r *http.Request) (io.Reader, error) {
	if firstOf(r.Header, "Content-Encoding") != "gzip" {
		return r.Body, nil
	}
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		return nil, badRequest(fmt.Errorf("reading the gzipped body: %w", err))
	}
	return &boundedReader{r: zr, left: s.cfg.MaxBody}, nil
}

// boundedReader fails like http.MaxBytesReader once more than left bytes
// were read.
type boundedReader struct {
	r    io.Reader
	left int64
	max  int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.max == 0 {
		b.max = b.left
	}
	if b.left <= 0 {
		return 0, &http.MaxBytesError{Limit: b.max}
	}
	if int64(len(p)) > b.left+1 {
		p = p[:b.left+1]
	}
	n, err := b.r.Read(p)
	b.left -= int64(n)
	if b.left < 0 {
		return n + int(b.left), &http.MaxBytesError{Limit: b.max}
	}
	return n, err
}

// bodyQuads reads every quad of the body in the request's format and
// returns them as N-Quads text, so that one parser (with its line-numbered
// errors and IRI compaction) reads every write. received counts them.
func (s *Server) bodyQuads(r *http.Request) (nq []byte, received int, err error) {
	format := formatFor(r, "Content-Type")
	if format == nil || format.Reader == nil {
		return nil, 0, badRequest(errors.New(formatNotRead))
	}
	body, err := s.requestBody(r)
	if err != nil {
		return nil, 0, err
	}
	if format.Name == defaultFormat {
		data, err := io.ReadAll(body)
		if err != nil {
			return nil, 0, err
		}
		return data, countNQuads(data), nil
	}
	qr := format.Reader(body)
	defer qr.Close()
	var buf bytes.Buffer
	qw := nquads.NewWriter(&buf)
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				return nil, 0, err
			}
			return nil, 0, badRequest(fmt.Errorf("reading %s quad %d: %w", format.Name, received+1, err))
		}
		if !q.IsValid() {
			return nil, 0, badRequest(fmt.Errorf("reading %s quad %d: not a valid quad (subject, predicate and object are required)", format.Name, received+1))
		}
		if err := qw.WriteQuad(q); err != nil {
			return nil, 0, fmt.Errorf("re-encoding quad %d: %w", received+1, err)
		}
		received++
	}
	if err := qw.Close(); err != nil {
		return nil, 0, fmt.Errorf("re-encoding the quads: %w", err)
	}
	return buf.Bytes(), received, nil
}

// countNQuads counts the statements of an N-Quads text (lines that are not
// blank or comments).
func countNQuads(data []byte) int {
	n := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) > 0 && line[0] != '#' {
			n++
		}
	}
	return n
}

// v2Write is POST /api/v2/write.
func (s *Server) v2Write(w http.ResponseWriter, r *http.Request) {
	nq, received, err := s.bodyQuads(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	added, err := s.b.loadNQuads(r.Context(), nq, "request body")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{
		"result": fmt.Sprintf("Successfully wrote %d quads.", received),
		"count":  received,
		"added":  added,
	})
}

// v2Delete is POST /api/v2/delete: the quads of the body that are stored
// are removed in one transaction; the others are ignored.
func (s *Server) v2Delete(w http.ResponseWriter, r *http.Request) {
	nq, received, err := s.bodyQuads(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	quads, err := s.b.parseNQuads(r.Context(), bytes.NewReader(nq), "request body")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	removed, err := s.removeQuads(r.Context(), quads)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{
		"result":  fmt.Sprintf("Successfully deleted %d quads.", received),
		"count":   received,
		"removed": removed,
	})
}

// removeQuads removes the given quads that the store holds, in one
// transaction (removing a missing quad would fail the whole batch).
func (s *Server) removeQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	h := s.b.handle()
	stored := map[quad.Value]map[quad.Quad]bool{}
	tx := cgraph.NewTransaction()
	seen := map[quad.Quad]bool{}
	for _, q := range qs {
		have, ok := stored[q.Subject]
		if !ok {
			have = map[quad.Quad]bool{}
			err := eachQuad(ctx, h.QuadStore, q.Subject, nil, nil, func(e quad.Quad) bool { have[e] = true; return true })
			if err != nil {
				return 0, fmt.Errorf("reading the stored quads: %w", err)
			}
			stored[q.Subject] = have
		}
		if have[q] && !seen[q] {
			seen[q] = true
			tx.RemoveQuad(q)
		}
	}
	if len(tx.Deltas) == 0 {
		return 0, nil
	}
	if err := h.QuadWriter.ApplyTransaction(tx); err != nil {
		return 0, fmt.Errorf("removing quads: %w", err)
	}
	return len(tx.Deltas), nil
}

// v2NodeDelete is POST /api/v2/node/delete: removes a node and every quad
// it is in.
func (s *Server) v2NodeDelete(w http.ResponseWriter, r *http.Request) {
	format := formatFor(r, "Content-Type")
	if format == nil || format.UnmarshalValue == nil {
		writeError(w, http.StatusBadRequest, formatNotNodes)
		return
	}
	data, err := io.ReadAll(io.LimitReader(r.Body, 128<<10+1))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(data) > 128<<10 {
		writeError(w, http.StatusRequestEntityTooLarge, "request data is too large")
		return
	}
	v, err := format.UnmarshalValue(bytes.TrimSpace(data))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if v == nil {
		writeError(w, http.StatusBadRequest, "cannot remove nil value")
		return
	}
	if iri, ok := v.(quad.IRI); ok {
		v = quad.IRI(compactIRI(string(iri)))
	}
	h := s.b.handle()
	if h.QuadStore.ValueOf(v) == nil {
		writeError(w, http.StatusNotFound, fmt.Sprintf("no node %s in the graph", v))
		return
	}
	if err := h.RemoveNode(v); err != nil {
		s.fail(w, r, fmt.Errorf("removing node %s: %w", v, err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"result": "Successfully deleted 1 nodes.", "count": 1})
}

// eachQuad visits the quads matching the given values (nil: any), passing
// ctx to the iterator so a deadline stops the scan. fn returns false to stop.
//
// It walks one index (the subject's, else the object's) and checks the
// other values itself: Cayley's KV planner turns an intersection such as
// (*, predicate, object) into a scan of every quad.
func eachQuad(ctx context.Context, qs cgraph.QuadStore, sub, pred, obj quad.Value, fn func(quad.Quad) bool) error {
	dir, v := quad.Subject, sub
	switch {
	case sub != nil:
	case obj != nil:
		dir, v = quad.Object, obj
	case pred != nil:
		dir, v = quad.Predicate, pred
	default:
		return errors.New("eachQuad: no value to look up")
	}
	ref := qs.ValueOf(v)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(dir, ref)
	defer it.Close()
	for it.Next(ctx) {
		q := qs.Quad(it.Result())
		if sub != nil && q.Subject != sub || pred != nil && q.Predicate != pred || obj != nil && q.Object != obj {
			continue
		}
		if !fn(q) {
			break
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}
