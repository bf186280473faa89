package kind

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/fact"
)

// Params narrow a question's answer. Names are display names as stored in
// the graph. Questions in plain English are narrowed by package queries
// through the rows' facets; Params narrow a named question's own answer.
type Params struct {
	People   []string // keep answers involving any of these people
	Country  string   // keep answers involving this country
	Role     string   // roles: keep offices whose name contains this
	Status   string   // commitments: keep this status
	Evidence bool     // attach evidence sentences and documents
	// Undated keeps answers no document dates. Meetings are left out by
	// default: a meeting answer says who met where and when, and without a
	// date it cannot be told apart from the same people's other meetings.
	Undated bool
}

// Result is an assembled answer.
type Result struct {
	Rows         []Row
	Undated      int // answers left out for want of a date (see Params.Undated)
	UndatedShown int // answers listed without a date
}

// Row is one answer.
type Row interface {
	// Cells are the row's table cells, one per Question.Columns.
	Cells() []string
	// Sources are the evidence sentences (only when Params.Evidence).
	Sources() []Evidence
	// JSON is the value `ask --json` prints: an object with exactly the
	// gold format's fields, and the evidence when asked for.
	JSON(evidence bool) any
}

// Undated is a row that can lack a date (a meeting no document dates),
// which Params.Undated keeps.
type Undated interface {
	Row
	Undated() bool
}

// DocRef is a document as answers show it: by title where it has one.
type DocRef struct {
	File      string // base file name: the document's identity, and the gold format's "doc"
	Title     string
	Source    string
	Published string
}

// Label names the document for a reader: its title, else its source and
// date, else its file name.
func (d DocRef) Label() string {
	switch {
	case strings.TrimSpace(d.Title) != "":
		return oneLine(d.Title)
	case strings.TrimSpace(d.Source) != "" && d.Published != "":
		return oneLine(d.Source) + ", " + d.Published
	case strings.TrimSpace(d.Source) != "":
		return oneLine(d.Source)
	}
	return d.File
}

func (d DocRef) evidence(sentence string) Evidence {
	return Evidence{Doc: d.File, Title: d.Title, Source: d.Source, Published: d.Published, Sentence: sentence}
}

// Evidence is a sentence a fact was read from and its document.
type Evidence struct {
	Doc       string `json:"doc"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	Sentence  string `json:"sentence"`
}

func (e Evidence) doc() DocRef {
	return DocRef{File: e.Doc, Title: e.Title, Source: e.Source, Published: e.Published}
}

// labelWidth bounds a document's label in a table cell: titles run long.
const labelWidth = 60

// DocCell shows documents in a table cell by their labels.
func DocCell(docs []DocRef) string {
	switch len(docs) {
	case 0:
		return ""
	case 1:
		return shorten(docs[0].Label(), labelWidth) // most facts: one document, no copy
	}
	var b strings.Builder
	for i, d := range docs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(shorten(d.Label(), labelWidth))
	}
	return b.String()
}

// EvidenceCell shows evidence sentences in a table cell, each after the
// label of its document.
func EvidenceCell(ev []Evidence) string {
	var parts []string
	for _, e := range ev {
		parts = append(parts, fmt.Sprintf("[%s] %s", shorten(e.doc().Label(), labelWidth), oneLine(e.Sentence)))
	}
	return strings.Join(parts, " | ")
}

func oneLine(s string) string {
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced says s has single ASCII spaces between words, none around
// them and no other white space, which oneLine leaves as it is. Titles
// often hold accents and curly quotes: those are read as runes, ASCII as
// bytes.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n
			continue
		}
		if c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') ||
			c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' {
			return false
		}
		i++
	}
	return true
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s // no more runes than bytes
	}
	if !utf8.ValidString(s) {
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return strings.TrimRight(string(r[:n-1]), " ,;:") + "…"
	}
	// the byte offset of the n-1th rune, and whether there are more than n
	cut, runes := len(s), 0
	for i := range s {
		if runes == n-1 {
			cut = i
		}
		runes++
		if runes > n {
			break
		}
	}
	if runes <= n {
		return s
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// Fold is the form in which answers and questions compare names and words:
// fact.Fold (lower case, no diacritics) with punctuation other than
// apostrophes, hyphens and underscores turned to spaces, and spaces
// collapsed, so that "Where was Ozkan?" finds "Özkan".
func Fold(s string) string {
	return strings.Join(strings.FieldsFunc(fact.Fold(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '\'' || r == '-')
	}), " ")
}

// Tokens splits a folded name into words, hyphens separating words too.
func Tokens(s string) []string { return strings.Fields(strings.ReplaceAll(Fold(s), "-", " ")) }

func sameName(a, b string) bool { return Fold(a) == Fold(b) }

func anyPerson(names []string, want []string) bool {
	if len(want) == 0 {
		return true
	}
	for _, n := range names {
		for _, w := range want {
			if sameName(n, w) {
				return true
			}
		}
	}
	return false
}

func countryOK(p Params, countries ...string) bool {
	if p.Country == "" {
		return true
	}
	for _, c := range countries {
		if sameName(c, p.Country) {
			return true
		}
	}
	return false
}

// evidenceIf keeps the evidence only when the parameters ask for it.
func evidenceIf(p Params, e []Evidence) []Evidence {
	if !p.Evidence {
		return nil
	}
	return e
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// withoutEvidence drops the evidence of a JSON row unless asked for.
// JSONField is one field of a row's JSON object, for a writer that writes
// the object field by field (FieldsJSON) rather than by reflection.
type JSONField struct {
	Name  string
	Value any
	// Cache, when not nil, is the same for every field of the answer whose
	// Value is the same: the value recurs in many rows, and the writer
	// keeps its bytes there to repeat them.
	Cache *JSONCache
}

// JSONCache keeps the bytes of a value's JSON as the one writer that
// writes fields one by one writes it (`ask --json`), at the depth it
// wrote it; any goroutine may load and store.
type JSONCache struct{ p atomic.Pointer[jsonBytes] }

type jsonBytes struct {
	depth int
	b     []byte
}

// Load returns the bytes stored for depth.
func (c *JSONCache) Load(depth int) ([]byte, bool) {
	if j := c.p.Load(); j != nil && j.depth == depth {
		return j.b, true
	}
	return nil, false
}

// Store keeps b, the value's JSON at depth, which the cache then holds.
func (c *JSONCache) Store(depth int, b []byte) { c.p.Store(&jsonBytes{depth, b}) }

// FieldsJSON is a row's JSON whose fields a writer can take one by one:
// JSONFields appends to dst the fields encoding/json writes for it, in its
// order, with the same values (the row encodes to the same bytes either
// way).
type FieldsJSON interface {
	JSONFields(dst []JSONField) []JSONField
}

func withoutEvidence(evidence bool, e []Evidence) []Evidence {
	if evidence {
		return e
	}
	return nil
}

func formatNum(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// formatAmount writes a figure the way a reader says it: "25.5 billion",
// "5,000"; the exact number stays in --json.
func formatAmount(f float64) string {
	a := math.Abs(f)
	for _, s := range []struct {
		div  float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if a >= s.div {
			return strconv.FormatFloat(f/s.div, 'f', -1, 64) + " " + s.name
		}
	}
	if a >= 1000 && f == math.Trunc(f) {
		str := strconv.FormatFloat(a, 'f', 0, 64)
		var b strings.Builder
		for i, r := range str {
			if i > 0 && (len(str)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		if f < 0 {
			return "-" + b.String()
		}
		return b.String()
	}
	return formatNum(f)
}

func formatPct(p *float64) string {
	if p == nil {
		return ""
	}
	return formatNum(*p)
}

// num reads a number a record holds as text.
func num(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return f, err == nil
}
