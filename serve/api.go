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
	"time"

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

// info is GET /api/v1/info: what this server serves and allows, and how
// the page draws each class (the registry's drawings).
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
		"drawings":      drawings(),
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

// examples is GET /api/v1/examples: questions of every form the parser
// reads, with names this graph holds.
func (s *Server) examples(w http.ResponseWriter, r *http.Request) {
	ex, err := s.b.examples(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]interface{}{"examples": nonNil(ex)})
}

// ask is GET /api/v1/ask?q=...: the question read as `ask` reads it
// (package question) and answered as `ask` answers it (queries.Run): the
// structured query and its Gizmo, the answers `ask --json` prints, each
// section as a table with its evidence, and the entity and document ids
// of the names and files in them. A question the parser declines is
// answered 422 with the reason and what would help (did you mean,
// candidates, examples).
func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.fail(w, r, badRequest(errors.New("no question: pass q=, for example /api/v1/ask?q=who+co-chaired+which+commission")))
		return
	}
	o, limit, err := s.askParams(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.answer(w, r, q, o, limit)
}

// askParams reads the switches of an ask request: evidence=, undated=,
// today= (YYYY-MM-DD), limit= (rows per section; search: sentences, 20
// unless given).
func (s *Server) askParams(r *http.Request) (askOptions, int, error) {
	var o askOptions
	var err error
	if o.Evidence, err = flag(r, "evidence"); err != nil {
		return o, 0, err
	}
	if o.Undated, err = flag(r, "undated"); err != nil {
		return o, 0, err
	}
	o.Today = time.Now().UTC()
	if v := r.URL.Query().Get("today"); v != "" {
		if o.Today, err = time.Parse("2006-01-02", v); err != nil {
			return o, 0, badRequest(fmt.Errorf("today must be a date as YYYY-MM-DD, not %q", v))
		}
	}
	limit, err := s.limitOf(r, s.cfg.MaxLimit)
	if err != nil {
		return o, 0, err
	}
	o.Hits = limit
	if r.URL.Query().Get("limit") == "" {
		o.Hits = defaultHits
	}
	return o, limit, nil
}

// defaultHits is how many sentences a search returns unless the request
// says (as ask's --limit).
const defaultHits = 20

// answer asks q and writes the answer, or the decline.
func (s *Server) answer(w http.ResponseWriter, r *http.Request, q string, o askOptions, limit int) {
	reply, err := s.b.ask(r.Context(), q, o)
	var d *declined
	if errors.As(err, &d) {
		writeJSON(w, http.StatusUnprocessableEntity, map[string]interface{}{"error": d.message(), "decline": d.json()})
		return
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	a := answerOf(reply, limit)
	entities, documents, err := s.linksOf(r, a)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := map[string]interface{}{
		"q":         q,
		"query":     a.Query,
		"count":     a.Count,
		"answers":   a.Answers,
		"sections":  a.Sections,
		"left":      a.Left,
		"total":     a.Total,
		"truncated": a.Truncated,
		"entities":  entities,
		"documents": documents,
	}
	if a.Yes != nil {
		out["answer"] = map[bool]string{true: "yes", false: "no"}[*a.Yes]
	}
	if a.Search {
		out["hits"] = a.Hits
	}
	writeJSON(w, http.StatusOK, out)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// linksOf resolves the names and document files an answer mentions to
// node ids, so the page can link them: the names in the answers' name
// fields, the names the question named, the names of people, countries,
// cities and commissions that occur in the tables' cells ("A and B met
// in C"), and the files of the evidence and of the hits. It fills the
// hits' documents and facts.
func (s *Server) linksOf(r *http.Request, a answer) (map[string]nodeRef, map[string]string, error) {
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
	raw, err := json.Marshal(a.Answers)
	if err != nil {
		return nil, nil, fmt.Errorf("encoding the answer: %w", err)
	}
	var v interface{}
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, nil, err
	}
	walk("", v)
	for _, n := range a.Query.refNames() {
		names[n] = true
	}
	for _, sec := range a.Sections {
		for _, ev := range sec.Evidence {
			for _, e := range ev {
				files[e.Doc] = true
			}
		}
		for _, ds := range sec.Docs {
			for _, d := range ds {
				files[d.Doc] = true
			}
		}
	}
	for _, h := range a.Hits {
		files[h.Doc] = true
	}
	rd := newReader(r.Context(), s.b.handle().QuadStore)
	entities := map[string]nodeRef{}
	// names in the cells' text, found by the name index
	idx, err := s.index(r.Context())
	if err != nil {
		return nil, nil, err
	}
	for _, sec := range a.Sections {
		for _, row := range sec.Rows {
			for _, cell := range row {
				for _, ref := range idx.namesIn(cell) {
					if _, ok := entities[ref.Name]; !ok {
						entities[ref.Name] = ref
					}
				}
			}
		}
	}
	for n := range names {
		if _, ok := entities[n]; ok {
			continue
		}
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
	for i := range a.Hits {
		h := &a.Hits[i]
		h.DocID = documents[h.Doc]
		for _, id := range h.factIDs {
			ref, err := rd.ref(id)
			if err != nil {
				return nil, nil, err
			}
			h.Facts = append(h.Facts, ref)
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
