package kind

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated section of docs/SCHEMA.md")

const (
	schemaDoc  = "../docs/SCHEMA.md"
	beginKinds = "<!-- kinds: generated from package kind by `go test ./kind -run TestSchemaDoc -update`; edit the descriptors, not this table -->"
	endKinds   = "<!-- end of kinds -->"
)

// kindsMarkdown is the section of docs/SCHEMA.md the registry writes.
func kindsMarkdown() string {
	var b strings.Builder
	b.WriteString(beginKinds + "\n\n")
	b.WriteString("| kind | what | classes written | extracted by | questions |\n")
	b.WriteString("|------|------|-----------------|--------------|-----------|\n")
	for _, k := range All() {
		var qs []string
		for _, q := range k.Questions {
			qs = append(qs, "`"+q.Name+"`")
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s |\n", k.Name, k.Description, codeList(k.Classes), k.Stage, strings.Join(qs, ", "))
	}
	b.WriteString("\n| question | answer (`ask --json`, one per row) | table columns | gold key | what |\n")
	b.WriteString("|----------|-------------------------------------|---------------|----------|------|\n")
	for _, k := range All() {
		for _, q := range k.Questions {
			gold := ""
			if q.Gold != nil {
				gold = "`" + q.Gold.Key + "`"
			}
			fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | %s |\n", q.Name, shape(q.Shape.JSON(false)), strings.Join(q.Columns, ", "), gold, q.Description)
		}
	}
	b.WriteString("\n" + endKinds)
	return b.String()
}

func codeList(terms []string) string {
	var out []string
	for _, t := range terms {
		out = append(out, "`"+t+"`")
	}
	return strings.Join(out, ", ")
}

// shape writes the fields of a JSON value in order: {a, b: {c}} or [a, b].
func shape(v any) string {
	raw, err := json.Marshal(v)
	if err != nil {
		return err.Error()
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	var b strings.Builder
	var walk func() // reads one value
	walk = func() {
		tok, _ := dec.Token()
		switch tok {
		case json.Delim('{'):
			b.WriteString("{")
			for i := 0; dec.More(); i++ {
				key, _ := dec.Token()
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(key.(string))
				if dec.More() {
					// peek: nested objects are spelled out, other values not
					var next json.RawMessage
					_ = dec.Decode(&next)
					if len(next) > 0 && next[0] == '{' {
						b.WriteString(": " + shape(next))
					}
				}
			}
			dec.Token()
			b.WriteString("}")
		case json.Delim('['):
			n := 0
			for dec.More() {
				var x json.RawMessage
				_ = dec.Decode(&x)
				n++
			}
			dec.Token()
			b.WriteString("[" + strings.TrimSuffix(strings.Repeat("name, ", n), ", ") + "]")
		}
	}
	walk()
	return b.String()
}

// TestSchemaDoc keeps docs/SCHEMA.md true to the registry: the kinds section
// is generated from it, and every class and predicate of package schema has
// a row of its own in the document.
func TestSchemaDoc(t *testing.T) {
	b, err := os.ReadFile(schemaDoc)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i, j := strings.Index(doc, beginKinds), strings.Index(doc, endKinds)
	if i < 0 || j < i {
		t.Fatalf("%s has no generated kinds section (%q … %q)", schemaDoc, beginKinds, endKinds)
	}
	want := kindsMarkdown()
	if got := doc[i : j+len(endKinds)]; got != want {
		if !*update {
			t.Errorf("the kinds section of %s is not the registry's; run go test ./kind -run TestSchemaDoc -update. Want:\n%s", schemaDoc, want)
		} else if err := os.WriteFile(schemaDoc, []byte(doc[:i]+want+doc[j+len(endKinds):]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, term := range schemaTerms(t) {
		if !strings.Contains(doc, "| `"+term+"`") {
			t.Errorf("%s has no table row for %s", schemaDoc, term)
		}
	}
}

// schemaTerms reads the dg: classes and predicates declared in package
// schema, from its source.
func schemaTerms(t *testing.T) []string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "../schema/vocab.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 {
			return true
		}
		name := vs.Names[0].Name
		lit, ok := vs.Values[0].(*ast.BasicLit)
		if !ok || !(strings.HasPrefix(name, "Class") || strings.HasPrefix(name, "Pred")) {
			return true
		}
		if v, err := strconv.Unquote(lit.Value); err == nil {
			out = append(out, v)
		}
		return true
	})
	if len(out) < 40 {
		t.Fatalf("read only %d terms from schema/vocab.go", len(out))
	}
	return out
}
