package fulltext

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// InMemory is what Path returns for a store held in memory: the index is
// too (OpenMemory).
const InMemory = ""

// Path says where the search index of a store lives: dir when the user
// names one; beside a bolt file, FILE.search; for a server store, a
// directory under the user's cache directory named after the server and
// database (never the password) with a short hash of the connection
// string; for the in-memory store, InMemory.
func Path(backend, dbpath, dir string) (string, error) {
	if dir != "" {
		return dir, nil
	}
	switch backend {
	case "memstore":
		return InMemory, nil
	case "bolt", "":
		if dbpath == "" {
			return "", fmt.Errorf("a bolt store needs a file for its search index to sit beside")
		}
		return dbpath + ".search", nil
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("finding a place for the search index of the %s store (name one with --search-index): %w", backend, err)
	}
	return filepath.Join(cache, "diplograph", "search", serverKey(backend, dbpath)), nil
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// serverKey names a server store's index directory: backend, host, port
// and database, readable, plus a hash of the connection string with its
// password removed, so two databases never share an index and the
// password is nowhere on disk.
func serverKey(backend, conn string) string {
	clean := withoutPassword(conn)
	sum := sha256.Sum256([]byte(backend + "\x00" + clean))
	label := backend
	if u, err := url.Parse(conn); err == nil && u.Host != "" {
		label += "-" + u.Host + strings.ReplaceAll(u.Path, "/", "-")
	} else {
		for _, kv := range strings.Fields(conn) {
			k, v, _ := strings.Cut(kv, "=")
			if k == "host" || k == "port" || k == "dbname" {
				label += "-" + v
			}
		}
	}
	label = strings.Trim(unsafeName.ReplaceAllString(label, "-"), "-")
	return label + "-" + hex.EncodeToString(sum[:])[:12]
}

var passwordKV = regexp.MustCompile(`(?i)\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S*)`)

func withoutPassword(conn string) string {
	if u, err := url.Parse(conn); err == nil && u.Scheme != "" {
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		q := u.Query()
		q.Del("password")
		u.RawQuery = q.Encode()
		return u.String()
	}
	return passwordKV.ReplaceAllString(conn, "")
}
