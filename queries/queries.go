// Package queries holds diplograph's named questions: Gizmo scripts embedded
// from *.js files, and the Go that assembles their flat rows into answers
// whose JSON fields are those of the gold format.
package queries

import (
	"context"
	"embed"
	"fmt"
	"sort"
	"strings"
)

//go:embed *.js
var scripts embed.FS

// Querier runs a query in one of Cayley's languages. *graph.Store satisfies
// it; keeping it an interface lets this package be tested on any store.
type Querier interface {
	Query(ctx context.Context, lang, text string, limit int) ([]interface{}, error)
}

// Question is a named question backed by a Gizmo script.
type Question struct {
	Name        string // "meetings", "co-chairs", ...
	Description string // from the script's first-line "// description:" comment
	Script      string // the Gizmo source
}

// Scored lists the questions the gold format scores, in score.py's order.
func Scored() []string {
	return []string{"meetings", "roles", "claims", "co-chairs", "partners", "commitments"}
}

// hidden are scripts that serve routing (name resolution) rather than
// being questions a user asks by name.
func hidden(name string) bool { return name == "countries" }

// scriptNames lists the embedded scripts' names (file names without .js)
// that are questions, sorted.
func scriptNames() []string {
	// Reading the root of an embedded FS cannot fail.
	entries, _ := scripts.ReadDir(".")
	var names []string
	for _, e := range entries {
		if n := strings.TrimSuffix(e.Name(), ".js"); !hidden(n) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// List returns the named questions sorted by name.
func List() []Question {
	var out []Question
	for _, name := range scriptNames() {
		if q, err := Lookup(name); err == nil {
			out = append(out, q)
		}
	}
	return out
}

// Names returns the question names, sorted.
func Names() []string { return scriptNames() }

// Lookup returns the named question; "co_chairs" and "cochairs" are
// accepted for "co-chairs" since the gold file spells it with an underscore.
func Lookup(name string) (Question, error) {
	name = canonicalName(name)
	b, err := scripts.ReadFile(name + ".js")
	if err != nil {
		return Question{}, fmt.Errorf("unknown question %q (known: %s)", name, strings.Join(scriptNames(), ", "))
	}
	src := string(b)
	first, _, _ := strings.Cut(src, "\n")
	desc := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(first), "//"))
	desc = strings.TrimSpace(strings.TrimPrefix(desc, "description:"))
	return Question{Name: name, Description: desc, Script: src}, nil
}

func canonicalName(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "co_chairs", "cochairs", "co-chair", "cochair", "co_chair":
		return "co-chairs"
	}
	return n
}

// rows runs a question's script and returns its tagged rows; the nil result
// Gizmo sends for the script's own return value is dropped.
func rows(ctx context.Context, q Querier, name string) ([]map[string]interface{}, error) {
	question, err := Lookup(name)
	if err != nil {
		return nil, err
	}
	res, err := q.Query(ctx, "gizmo", question.Script, -1)
	if err != nil {
		return nil, fmt.Errorf("running question %s: %w", question.Name, err)
	}
	out := make([]map[string]interface{}, 0, len(res))
	for _, r := range res {
		if m, ok := r.(map[string]interface{}); ok && len(m) > 0 {
			out = append(out, m)
		}
	}
	return out, nil
}
