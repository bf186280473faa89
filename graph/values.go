package graph

import (
	"regexp"
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/schema"
)

func itoa(n int) string { return strconv.Itoa(n) }

// isoDatePattern matches YYYY, YYYY-MM or YYYY-MM-DD (schema.DateValue's
// typed dates).
func isoDatePattern() *regexp.Regexp { return schema.ISODatePattern() }

// formatFloat renders a value the same way for hashing on every platform.
func formatFloat(f float64) string { return schema.FormatFloat(f) }

// literalString is the lexical form of a literal for attributes and names.
func literalString(v quad.Value) string {
	switch x := v.(type) {
	case quad.String:
		return string(x)
	case quad.TypedString:
		return string(x.Value)
	case quad.LangString:
		return string(x.Value)
	case quad.Float:
		return formatFloat(float64(x))
	case quad.Int:
		return strconv.FormatInt(int64(x), 10)
	case quad.Bool:
		return strconv.FormatBool(bool(x))
	case quad.IRI:
		return string(x)
	case nil:
		return ""
	default:
		return quad.StringOf(v)
	}
}
