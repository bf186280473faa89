package serve

import (
	"net/http"
	"slices"
	"strings"
)

// route is one endpoint. The table is the single list of what the server
// answers: the mux is built from it and the OpenAPI test checks the
// document against it.
type route struct {
	method  string
	pattern string // ServeMux path pattern
	write   bool   // needs --writable and the token
	body    int64  // body limit for reads (writes use Config.MaxBody)
	h       http.HandlerFunc
}

func (s *Server) table() []route {
	const small = 64 << 10
	return []route{
		// Cayley's API, v2.
		{method: "GET", pattern: "/api/v2/query", body: small, h: s.v2Query},
		{method: "POST", pattern: "/api/v2/query", body: maxQueryBody + 1, h: s.v2Query},
		{method: "GET", pattern: "/api/v2/read", body: small, h: s.v2Read},
		{method: "POST", pattern: "/api/v2/read", body: small, h: s.v2Read},
		{method: "GET", pattern: "/api/v2/formats", body: small, h: s.v2Formats},
		{method: "POST", pattern: "/api/v2/write", write: true, h: s.v2Write},
		{method: "POST", pattern: "/api/v2/delete", write: true, h: s.v2Delete},
		{method: "POST", pattern: "/api/v2/node/delete", write: true, h: s.v2NodeDelete},
		// Cayley's API, v1 (deprecated there, still used).
		{method: "POST", pattern: "/api/v1/query/{lang}", body: maxQueryBody + 1, h: s.v1Query},
		// diplograph's API.
		{method: "GET", pattern: "/api/v1/info", body: small, h: s.info},
		{method: "GET", pattern: "/api/v1/ask", body: small, h: s.ask},
		{method: "GET", pattern: "/api/v1/questions", body: small, h: s.questions},
		{method: "GET", pattern: "/api/v1/examples", body: small, h: s.examples},
		{method: "GET", pattern: "/api/v1/entity", body: small, h: s.entity},
		{method: "GET", pattern: "/api/v1/entity/{id...}", body: small, h: s.entity},
		{method: "GET", pattern: "/api/v1/graph", body: small, h: s.graph},
		{method: "GET", pattern: "/api/v1/graph/{id...}", body: small, h: s.graph},
		{method: "GET", pattern: "/api/v1/search", body: small, h: s.search},
		{method: "GET", pattern: "/api/v1/timeline", body: small, h: s.timeline},
		{method: "GET", pattern: "/api/v1/documents", body: small, h: s.documents},
		{method: "POST", pattern: "/api/v1/documents", write: true, h: s.upload},
		{method: "GET", pattern: "/api/v1/openapi.json", body: small, h: s.openapi},
		// The page.
		{method: "GET", pattern: "/{$}", body: small, h: s.static},
		{method: "GET", pattern: "/assets/{file...}", body: small, h: s.static},
	}
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.table() {
		h := rt.h
		if rt.write {
			h = s.writing(h)
		} else {
			h = s.reading(rt.body, h)
		}
		mux.Handle(rt.method+" "+rt.pattern, h)
	}
	var h http.Handler = &jsonMux{mux: mux}
	h = s.cors(h)
	if s.cfg.LoopbackOnly {
		h = loopbackHosts(h)
	}
	h = s.logged(h)
	return secure(h)
}

// jsonMux answers what no route matches with a JSON 404, or a 405 naming
// the methods the path takes, instead of ServeMux's plain text.
type jsonMux struct{ mux *http.ServeMux }

func (m *jsonMux) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, pattern := m.mux.Handler(r); pattern != "" {
		m.mux.ServeHTTP(w, r)
		return
	}
	var allowed []string
	for _, method := range []string{"GET", "POST"} {
		probe := r.Clone(r.Context())
		probe.Method = method
		if _, p := m.mux.Handler(probe); p != "" && !slices.Contains(allowed, method) {
			allowed = append(allowed, method)
		}
	}
	if len(allowed) > 0 && r.Method != http.MethodOptions {
		w.Header().Set("Allow", strings.Join(allowed, ", "))
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed on "+r.URL.Path+" (allowed: "+strings.Join(allowed, ", ")+")")
		return
	}
	if len(allowed) > 0 {
		w.Header().Set("Allow", strings.Join(append(allowed, "OPTIONS"), ", "))
		w.WriteHeader(http.StatusNoContent)
		return
	}
	writeError(w, http.StatusNotFound, "no endpoint "+r.URL.Path+"; the API is described at /api/v1/openapi.json")
}
