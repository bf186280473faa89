package serve

import (
	"bytes"
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// assets are the web page's files. assets/vendor/ holds the graph
// library, which `make web` fetches from npm (pinned by web/package-lock.json)
// and which is not in the repository: a binary built without it serves
// the page with the graph view replaced by a note saying how to add it.
//
//go:embed assets
var assets embed.FS

// openapiJSON describes the API.
//
//go:embed openapi.json
var openapiJSON []byte

// Where `make web` puts the graph library and its version.
const (
	graphLibraryFile    = "assets/vendor/cytoscape.min.js"
	graphLibraryVersion = "assets/vendor/cytoscape.version"
)

// libraryInfo says which graph library the page can load.
type libraryInfo struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Script  string `json:"script"`
}

// graphLibrary reports the embedded graph library, if the binary has one.
func graphLibrary() (libraryInfo, bool) {
	b, err := assets.ReadFile(graphLibraryFile)
	if err != nil || len(b) == 0 {
		return libraryInfo{}, false
	}
	v, _ := assets.ReadFile(graphLibraryVersion)
	return libraryInfo{Name: "cytoscape", Version: strings.TrimSpace(string(v)), Script: "/" + graphLibraryFile}, true
}

// contentTypes are fixed rather than read from the system's MIME table,
// which differs between machines.
var contentTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".svg":  "image/svg+xml",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".json": "application/json",
	".txt":  "text/plain; charset=utf-8",
}

// startTime stands in for the files' modification time (embedded files
// have none), so conditional requests work within one run.
var startTime = time.Now()

// static serves GET / (the page) and GET /assets/... from the embedded
// set only: the name is cleaned and must be a valid fs path inside assets/,
// so no request reaches a file outside it.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := "assets/index.html"
	if r.URL.Path != "/" {
		rel := strings.TrimPrefix(r.URL.Path, "/assets/")
		if rel == r.URL.Path || rel == "" || strings.Contains(rel, "\\") || !fs.ValidPath(rel) || path.Clean(rel) != rel {
			writeError(w, http.StatusNotFound, "no such file")
			return
		}
		name = "assets/" + rel
	}
	b, err := assets.ReadFile(name)
	if err != nil {
		// Directories and missing files alike.
		writeError(w, http.StatusNotFound, "no such file")
		return
	}
	ct, ok := contentTypes[path.Ext(name)]
	if !ok {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	if name == "assets/index.html" {
		w.Header().Set("Cache-Control", "no-cache")
	} else {
		w.Header().Set("Cache-Control", "public, max-age=300")
	}
	http.ServeContent(w, r, path.Base(name), startTime, bytes.NewReader(b))
}
