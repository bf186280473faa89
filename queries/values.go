package queries

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// str turns a value from Gizmo's JSON collation into plain text. Literals
// arrive as Go values (string, float64, int64, time.Time) or, for datatypes
// Cayley does not parse (xsd:gYearMonth...), as N-Quads text.
func str(v interface{}) string {
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

// num reads a number from a collated value.
func num(v interface{}) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case int64:
		return float64(x), true
	case int:
		return float64(x), true
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(str(v)), 64)
	return f, err == nil
}

// fold lower-cases, strips accents and punctuation the way the gold scorer
// does, so names typed without diacritics still resolve.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\u2019':
			b.WriteRune('\'')
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '\'' || r == '-':
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// tokens splits a folded name into words, hyphens separating words too.
func tokens(s string) []string {
	return strings.Fields(strings.ReplaceAll(fold(s), "-", " "))
}
