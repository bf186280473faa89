package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

// writeError sends {"error": msg}, the shape Cayley's API uses for every
// error, with a status that says what went wrong.
func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", contentJSON)
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(map[string]string{"error": msg})
	_, _ = w.Write(b.Bytes())
}

// fail maps err to a status and sends it. Timeouts and oversized bodies
// have statuses of their own; what the caller knows to be the client's
// fault is passed as a clientError.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	msg := err.Error()
	switch {
	case status == http.StatusGatewayTimeout:
		msg = "request stopped after the server's timeout (" + s.cfg.Timeout.String() + "): " + msg
	case status >= 500:
		s.log.Warn("request failed", "method", r.Method, "path", r.URL.Path, "status", status, "err", err)
	}
	writeError(w, status, msg)
}

// clientError is a mistake in the request.
type clientError struct {
	status int
	err    error
}

func (e *clientError) Error() string { return e.err.Error() }
func (e *clientError) Unwrap() error { return e.err }

func badRequest(err error) error { return &clientError{http.StatusBadRequest, err} }

func statusOf(err error) int {
	var ce *clientError
	var mb *http.MaxBytesError
	var nu *declined
	switch {
	case errors.As(err, &mb):
		return http.StatusRequestEntityTooLarge
	case errors.As(err, &ce):
		return ce.status
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.Is(err, context.Canceled):
		// The client went away; nobody reads this.
		return 499
	case errors.As(err, &nu):
		return http.StatusUnprocessableEntity
	}
	return http.StatusInternalServerError
}

// writeJSON sends v as JSON. HTML is not escaped (as in Cayley's API):
// responses are application/json with nosniff, and the page inserts text
// only as text.
func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		writeError(w, http.StatusInternalServerError, "encoding the response: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", contentJSON)
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}
