package schema

import (
	"math"
	"regexp"
	"strings"

	"github.com/cayleygraph/quad"
)

// Short datatype IRIs kept in the store; exports expand "xsd:".
const (
	XSDDate       = "xsd:date"
	XSDGYearMonth = "xsd:gYearMonth"
	XSDGYear      = "xsd:gYear"
)

var isoDate = regexp.MustCompile(`^(\d{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)

// ISODatePattern matches the dates DateValue types: YYYY, YYYY-MM or
// YYYY-MM-DD. The pattern is compiled once; a Regexp is safe to share.
func ISODatePattern() *regexp.Regexp { return isoDate }

// DateValue types an ISO 8601 date by its precision so exports say what is
// known: a full date, a month or a year. Anything else stays a plain string
// rather than a literal that would not validate.
func DateValue(s string) quad.Value {
	s = strings.TrimSpace(s)
	m := isoDate.FindStringSubmatch(s)
	switch {
	case m == nil:
		return quad.String(s)
	case m[4] != "":
		return quad.TypedString{Value: quad.String(s), Type: XSDDate}
	case m[2] != "":
		return quad.TypedString{Value: quad.String(s), Type: XSDGYearMonth}
	default:
		return quad.TypedString{Value: quad.String(s), Type: XSDGYear}
	}
}

// FloatValue returns nil for values no RDF syntax can carry.
func FloatValue(f float64) quad.Value {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return quad.Float(f)
}
