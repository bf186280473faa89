package serve

// diplograph's own API: questions in plain English, entities with their
// evidence, the neighbourhood graph, country-pair timelines, uploads.

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// flag reads a boolean query parameter ("1", "true", "yes"; absent: false).
func flag(r *http.Request, name string) (bool, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return false, nil
	}
	switch strings.ToLower(v) {
	case "1", "true", "yes", "on":
		return true, nil
	case "0", "false", "no", "off":
		return false, nil
	}
	return false, badRequest(fmt.Errorf("%s must be true or false, not %q", name, v))
}

// info is GET /api/v1/info: what this server serves and allows.
func (s *Server) info(w http.ResponseWriter, r *http.Request) {
	nodes, quads, err := s.b.stats(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var lib interface{}
	if gl, ok := s.library(); ok {
		lib = gl
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{
		"name":          "diplograph",
		"version":       s.cfg.Version,
		"store":         s.b.storeName(),
		"nodes":         nodes,
		"quads":         quads,
		"writable":      s.cfg.Writable,
		"languages":     s.b.languages(),
		"graph_library": lib,
		"limits": map[string]interface{}{
			"timeout":       s.cfg.Timeout.String(),
			"default_limit": s.cfg.Limit,
			"max_limit":     s.cfg.MaxLimit,
			"max_body":      s.cfg.MaxBody,
			"max_query":     maxQueryBody,
		},
	})
}

// questions is GET /api/v1/questions.
func (s *Server) questions(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.b.questions())
}

// ask is GET /api/v1/ask?q=...: the named question the text routes to and
// its answers as `ask --json` prints them, with the table `ask` prints and
// the entity and document ids of the names in the answers.
func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.fail(w, r, badRequest(errors.New("no question: pass q=, for example /api/v1/ask?q=who+co-chaired+which+commission")))
		return
	}
	var o askOptions
	var err error
	if o.Evidence, err = flag(r, "evidence"); err == nil {
		o.Undated, err = flag(r, "undated")
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := s.limitOf(r, s.cfg.MaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a, err := s.b.ask(r.Context(), q, o)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	total := len(a.Answers)
	truncated := false
	if len(a.Answers) > limit {
		a.Answers = a.Answers[:limit]
		truncated = true
		if a.Rows != nil {
			a.Rows = a.Rows[:limit]
		}
	}
	entities, documents, err := s.linksOf(r, a.Answers)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{
		"q": q,
		"query": map[string]interface{}{
			"question": a.Question,
			"params":   a.Params,
			"gizmo":    a.Gizmo,
		},
		"answers":   a.Answers,
		"columns":   nonNil(a.Columns),
		"rows":      nonNil(a.Rows),
		"total":     total,
		"truncated": truncated,
		"undated":   a.Undated,
		"entities":  entities,
		"documents": documents,
	})
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// linksOf resolves the names and document files an answer mentions to
// node ids, so the page can link them.
func (s *Server) linksOf(r *http.Request, answers []json.RawMessage) (map[string]nodeRef, map[string]string, error) {
	names := map[string]bool{}
	files := map[string]bool{}
	var walk func(key string, v interface{})
	walk = func(key string, v interface{}) {
		switch x := v.(type) {
		case map[string]interface{}:
			for k, c := range x {
				walk(k, c)
			}
		case []interface{}:
			for _, c := range x {
				walk(key, c)
			}
		case string:
			switch {
			case key == "doc" || key == "docs":
				files[x] = true
			case answerNameFields[key] || key == "":
				if x != "" {
					names[x] = true
				}
			}
		}
	}
	for _, raw := range answers {
		var v interface{}
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, nil, err
		}
		walk("", v)
	}
	rd := newReader(r.Context(), s.b.handle().QuadStore)
	entities := map[string]nodeRef{}
	for n := range names {
		ids, err := rd.byName(n, "")
		if err != nil {
			return nil, nil, err
		}
		// Prefer the entity kinds a reader means by a name.
		var best *nodeRef
		for _, id := range ids {
			ref, err := rd.ref(id)
			if err != nil {
				return nil, nil, err
			}
			if best == nil || kindOrder(ref.Kind) < kindOrder(best.Kind) {
				b := ref
				best = &b
			}
		}
		if best != nil {
			entities[n] = *best
		}
	}
	documents := map[string]string{}
	for f := range files {
		ids, err := rd.subjects(predFile, quad.String(f))
		if err != nil {
			return nil, nil, err
		}
		if len(ids) > 0 {
			documents[f] = iriString(ids[0])
		}
	}
	return entities, documents, nil
}

func kindOrder(k string) int {
	for i, x := range searchClasses {
		if localName(x) == k {
			return i
		}
	}
	return len(searchClasses)
}

// idParam is the node a request names: /api/v1/entity/{id...} or ?id=.
func idParam(r *http.Request) (string, error) {
	id := r.URL.Query().Get("id")
	if id == "" {
		id = r.PathValue("id")
	}
	return nodeID(id)
}

// entity is GET /api/v1/entity/{id} (or ?id=).
func (s *Server) entity(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	e, found, err := newReader(r.Context(), s.b.handle().QuadStore).entity(id)
	switch {
	case err != nil:
		s.fail(w, r, fmt.Errorf("reading %s: %w", id, err))
	case !found:
		writeError(w, http.StatusNotFound, "no node "+id+" in the graph")
	default:
		writeJSON(w, http.StatusOK, e)
	}
}

// graph is GET /api/v1/graph/{id} (or ?id=): the node's neighbours.
func (s *Server) graph(w http.ResponseWriter, r *http.Request) {
	id, err := idParam(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	g, found, err := newReader(r.Context(), s.b.handle().QuadStore).neighbourhood(id)
	switch {
	case err != nil:
		s.fail(w, r, fmt.Errorf("reading the neighbours of %s: %w", id, err))
	case !found:
		writeError(w, http.StatusNotFound, "no node "+id+" in the graph")
	default:
		writeJSON(w, http.StatusOK, g)
	}
}

// search is GET /api/v1/search?q=...&kind=Person.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	kind := r.URL.Query().Get("kind")
	if strings.TrimSpace(q) == "" && kind == "" {
		s.fail(w, r, badRequest(errors.New("pass q= (a name or part of one) or kind= (Person, Country, ...)")))
		return
	}
	limit, err := s.limitOf(r, 20)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	idx, err := s.index(r.Context())
	if err != nil {
		s.fail(w, r, fmt.Errorf("reading the names in the graph: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{
		"results":   idx.search(q, kind, limit),
		"truncated": idx.truncated,
	})
}

// country resolves a timeline side given as a node id or a country name.
func (s *Server) country(rd *reader, v string) (string, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return "", badRequest(errors.New("a timeline needs two countries: a= and b= (names or ids)"))
	}
	ids, err := rd.byName(v, classCountry)
	if err != nil {
		return "", err
	}
	if len(ids) > 0 {
		return ids[0], nil
	}
	id, err := nodeID(v)
	if err != nil {
		return "", err
	}
	if rd.qs.ValueOf(quad.IRI(id)) == nil {
		return "", &clientError{http.StatusNotFound, fmt.Errorf("no country %q in the graph", v)}
	}
	return id, nil
}

// timeline is GET /api/v1/timeline?a=...&b=...: what two countries did
// together, in date order.
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	rd := newReader(r.Context(), s.b.handle().QuadStore)
	a, err := s.country(rd, r.URL.Query().Get("a"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	b, err := s.country(rd, r.URL.Query().Get("b"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if a == b {
		s.fail(w, r, badRequest(errors.New("a timeline needs two different countries")))
		return
	}
	t, err := rd.timeline(a, b)
	if err != nil {
		s.fail(w, r, fmt.Errorf("reading the timeline of %s and %s: %w", a, b, err))
		return
	}
	writeJSON(w, http.StatusOK, t)
}

// documents is GET /api/v1/documents: the source documents.
func (s *Server) documents(w http.ResponseWriter, r *http.Request) {
	limit, err := s.limitOf(r, s.cfg.MaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	rd := newReader(r.Context(), s.b.handle().QuadStore)
	ids, err := rd.subjects(predType, quad.IRI(classDocument))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := []docRef{}
	for _, id := range ids {
		d, err := rd.doc(iriString(id))
		if err != nil {
			s.fail(w, r, err)
			return
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	total := len(out)
	if len(out) > limit {
		out = out[:limit]
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"documents": out, "total": total, "truncated": total > len(out) || rd.short})
}

// upload is POST /api/v1/documents: the body is one document (name= or
// the Content-Disposition file name gives its name and so its format), or
// multipart/form-data with one or more files. The documents are built as
// `diplograph build` builds them; bad ones are reported with their file and
// line and the good ones are stored.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	if s.builder == nil {
		writeError(w, http.StatusNotImplemented, "this server cannot build documents")
		return
	}
	docs, err := uploads(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.builder.Build(r.Context(), docs)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Errors == nil {
		res.Errors = []string{}
	}
	if res.Facts == nil {
		res.Facts = map[string]int{}
	}
	status := http.StatusOK
	if res.Documents == 0 && res.Skipped > 0 {
		status = http.StatusUnprocessableEntity
	}
	writeJSON(w, status, res)
}

// uploads reads the documents of an upload request.
func uploads(r *http.Request) ([]Upload, error) {
	ct, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct == "multipart/form-data" {
		mr := multipart.NewReader(r.Body, params["boundary"])
		var out []Upload
		for {
			p, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				var mb *http.MaxBytesError
				if errors.As(err, &mb) {
					return nil, err
				}
				return nil, badRequest(fmt.Errorf("reading the form: %w", err))
			}
			if p.FileName() == "" {
				continue
			}
			data, err := io.ReadAll(p)
			if err != nil {
				return nil, err
			}
			out = append(out, Upload{Name: path.Base(p.FileName()), Data: data})
		}
		if len(out) == 0 {
			return nil, badRequest(errors.New("the form holds no file"))
		}
		return out, nil
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		if _, p, err := mime.ParseMediaType(r.Header.Get("Content-Disposition")); err == nil {
			name = p["filename"]
		}
	}
	if name == "" {
		switch ct {
		case "application/x-ndjson", "application/jsonl", "application/x-jsonlines":
			name = "upload.jsonl"
		case "text/markdown":
			name = "upload.md"
		default:
			name = "upload.txt"
		}
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	return []Upload{{Name: path.Base(name), Data: data}}, nil
}

// openapi is GET /api/v1/openapi.json.
func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", contentJSON)
	_, _ = w.Write(openapiJSON)
}
