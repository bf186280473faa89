package queries

import (
	"strconv"
	"strings"
	"time"
)

// str turns a value from Gizmo's JSON collation into plain text. Literals
// arrive as Go values (string, float64, int64, time.Time) or, for datatypes
// Cayley does not parse (xsd:gYearMonth...), as N-Quads text.
func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return unquote(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case float32:
		return strconv.FormatFloat(float64(x), 'f', -1, 32)
	case int64:
		return strconv.FormatInt(x, 10)
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339)
	case interface{ String() string }:
		return unquote(x.String())
	}
	return ""
}

// unquote strips N-Quads syntax: `"2023-02"^^<xsd:gYearMonth>` → 2023-02,
// `"x"@en` → x, `<dg:Person>` → dg:Person.
func unquote(s string) string {
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	if len(s) >= 2 && s[0] == '"' {
		end := strings.LastIndex(s, `"`)
		if end > 0 {
			rest := s[end+1:]
			if rest == "" || strings.HasPrefix(rest, "^^") || strings.HasPrefix(rest, "@") {
				if u, err := strconv.Unquote(s[:end+1]); err == nil {
					return u
				}
				return s[1:end]
			}
		}
	}
	return s
}
