package serve

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"
)

const contentJSON = "application/json"

// csp allows nothing but the server's own scripts, styles, images and API:
// no inline script, no eval, no framing, no form posting elsewhere. The page
// builds its DOM from text nodes, so a document's text can never become
// markup; this header is the second line of defence.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure sets the headers every response carries.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// loopbackHosts refuses requests addressed to a host name that is not a
// loopback one. A server on 127.0.0.1 is reachable from any web page the
// user opens if that page's domain is made to resolve to 127.0.0.1 (DNS
// rebinding); such requests carry the page's host name, not localhost.
func loopbackHosts(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if hh, _, err := net.SplitHostPort(host); err == nil {
			host = hh
		}
		host = strings.Trim(host, "[]")
		ip := net.ParseIP(host)
		ok := host == "localhost" || strings.HasSuffix(host, ".localhost") || (ip != nil && ip.IsLoopback())
		if !ok {
			writeError(w, http.StatusMisdirectedRequest, fmt.Sprintf("host %q is not a loopback name: this server listens on loopback only (start it with --addr to serve other names)", r.Host))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// cors answers cross-origin requests from the configured origins only.
// Without origins nothing is added and browsers keep other sites out.
func (s *Server) cors(h http.Handler) http.Handler {
	if len(s.cfg.CORSOrigins) == 0 {
		return h
	}
	anyOrigin := slices.Contains(s.cfg.CORSOrigins, "*")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Add("Vary", "Origin")
		if !anyOrigin && !slices.Contains(s.cfg.CORSOrigins, origin) {
			if r.Method == http.MethodOptions {
				writeError(w, http.StatusForbidden, "origin "+origin+" is not allowed (--cors-origin)")
				return
			}
			h.ServeHTTP(w, r)
			return
		}
		hd := w.Header()
		hd.Set("Access-Control-Allow-Origin", origin)
		hd.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		hd.Set("Access-Control-Allow-Headers", "Accept, Content-Type, Content-Encoding, Accept-Encoding, Authorization")
		hd.Set("Access-Control-Max-Age", "600")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status for the access log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(p)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logged bounds the request in time, recovers a panic into a 500 and logs
// one record per request.
func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.Timeout)
		defer cancel()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.log.Error("handler panicked", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(p))
				if sw.status == 0 {
					writeError(sw, http.StatusInternalServerError, "internal error")
				}
			}
			s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
				"bytes", sw.bytes, "elapsed", time.Since(start).Round(time.Microsecond))
		}()
		h.ServeHTTP(sw, r.WithContext(ctx))
	})
}

// reading runs h under the read lock, with a request body of at most limit
// bytes.
func (s *Server) reading(limit int64, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		s.rw.RLock()
		defer s.rw.RUnlock()
		h(w, r)
	}
}

// writing runs h only on a writable server, for a request with the bearer
// token, under the write lock.
func (s *Server) writing(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !s.cfg.Writable {
			writeError(w, http.StatusForbidden, "database is read-only: start diplograph serve with --writable and --token-file to allow writes")
			return
		}
		if err := s.authorize(r); err != nil {
			w.Header().Set("WWW-Authenticate", `Bearer realm="diplograph"`)
			writeError(w, http.StatusUnauthorized, err.Error())
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		s.rw.Lock()
		defer s.rw.Unlock()
		defer s.b.invalidate()
		defer s.dropIndex()
		h(w, r)
	}
}

func (s *Server) authorize(r *http.Request) error {
	auth := r.Header.Get("Authorization")
	if auth == "" {
		return errors.New("writes need an Authorization: Bearer <token> header")
	}
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return errors.New("the Authorization header must be Bearer <token>")
	}
	if subtle.ConstantTimeCompare([]byte(strings.TrimSpace(token)), []byte(s.cfg.Token)) != 1 {
		return errors.New("wrong bearer token")
	}
	return nil
}
