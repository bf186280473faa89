package graph

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Short datatype IRIs kept in the store; exports expand "xsd:".
const (
	xsdDate       = "xsd:date"
	xsdGYearMonth = "xsd:gYearMonth"
	xsdGYear      = "xsd:gYear"
)

func itoa(n int) string { return strconv.Itoa(n) }

// formatFloat renders a value the same way for hashing on every platform.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func isoDatePattern() *regexp.Regexp {
	return regexp.MustCompile(`^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
}

// dateValue types an ISO 8601 date by its precision so exports say what is
// known: a full date, a month or a year. Anything else stays a plain string
// rather than a literal that would not validate.
func dateValue(s string) quad.Value {
	s = strings.TrimSpace(s)
	m := isoDatePattern().FindStringSubmatch(s)
	switch {
	case m == nil:
		return quad.String(s)
	case m[4] != "":
		return quad.TypedString{Value: quad.String(s), Type: xsdDate}
	case m[2] != "":
		return quad.TypedString{Value: quad.String(s), Type: xsdGYearMonth}
	default:
		return quad.TypedString{Value: quad.String(s), Type: xsdGYear}
	}
}

// floatValue returns nil for values no RDF syntax can carry.
func floatValue(f float64) quad.Value {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return quad.Float(f)
}

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
