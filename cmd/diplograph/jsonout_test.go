package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"testing"

	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/termtext"
)

// referenceJSON is what writeJSON writes: the whole value through one
// indenting encoder, then escaped.
func referenceJSON(v interface{}) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return termtext.EscapeJSON(buf.Bytes()), nil
}

type jsonRow struct {
	Name     string            `json:"name"`
	Value    float64           `json:"value,omitempty"`
	Tags     []string          `json:"tags"`
	Empty    []string          `json:"empty"`
	Nothing  map[string]string `json:"nothing,omitempty"`
	Inner    *jsonRow          `json:"inner,omitempty"`
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Attrs    map[string]any    `json:"attrs,omitempty"`
	Unsorted map[string]int    `json:"unsorted,omitempty"`
}

func TestWriteJSONMatchesTheEncoder(t *testing.T) {
	tricky := []string{
		"", `quote " and \ backslash`, "tab\tnewline\n", "<html> & 'x'", "Dalström", "日本語",
		"\x1b]0;title\x07", "\u202ebidi", "\u200bzero", "\x7fdel", "bad \xff utf-8", `{"not":[json]}`, "a,b:c",
		"\\", `\"`, "[]", "{}", "ends with backslash \\",
	}
	var rows []any
	for i, s := range tricky {
		r := jsonRow{Name: s, Value: float64(i) * 1.5e9, Tags: []string{s, "x"}, Empty: []string{}}
		if i%3 == 0 {
			r.Inner = &jsonRow{Name: s + "!", Tags: nil, Raw: json.RawMessage(` { "a" : [ 1 , 2 ] } `)}
		}
		if i%4 == 0 {
			r.Attrs = map[string]any{"z": s, "a": []any{}, "m": map[string]any{}, "n": nil, "k" + s: []any{1, "two", 3.5}}
			r.Unsorted = map[string]int{"b": 2, "a": 1, "Ä": 3}
		}
		rows = append(rows, r)
	}
	long := make([]any, 3*parallelMin+17) // encoded in chunks, the last one short
	for i := range long {
		long[i] = rows[i%len(rows)]
		if i%500 == 0 {
			long[i] = []any{rows[0], map[string]any{"nested": rows[:3]}}
		}
	}
	values := []any{
		long, map[string]any{"rows": long, "count": len(long)}, []any{long, []any{}},
		nil, 1, "text", "Dalström \x1b", true, []any{}, map[string]any{}, []any{nil}, rows,
		map[string]any{"meetings": rows, "claims": []any{}, "Ärger": rows[:2], "count": 3, "question": "a \"q\""},
		map[string]any{"rows": map[string]any{"b": rows[:1], "a": []any{map[string]any{}}}},
		[]any{[]any{[]any{}}, map[string]any{"x": []any{rows[0]}}},
		[]any{jsonRow{}}, []string{"typed", "slice"}, map[string][]any{"typed": {1}},
	}
	writesLikeEncoder(t, values)
}

func TestWriteJSONFailsOnWhatTheEncoderRefuses(t *testing.T) {
	long := make([]any, 4*parallelMin)
	for i := range long {
		long[i] = i
	}
	long[len(long)/2] = math.NaN() // in a chunk encoded by another goroutine
	for _, v := range []any{math.NaN(), []any{1, math.Inf(1)}, map[string]any{"a": make(chan int)}, long} {
		if _, err := referenceJSON(v); err == nil {
			t.Fatalf("%v: the encoder accepts it", v)
		}
		if err := writeJSON(io.Discard, v); err == nil {
			t.Errorf("%v: writeJSON wrote it", v)
		}
	}
}

// BenchmarkWriteJSON writes an answer of 20,000 rows the size of `ask
// conflicts` rows: writeJSON against encoding it whole.
func BenchmarkWriteJSON(b *testing.B) {
	rows := make([]any, 20000)
	for i := range rows {
		c := jsonRow{Name: fmt.Sprintf("Berit Dalström %d", i), Value: 8.3e9, Tags: []string{"trade turnover", "USD", "2018"}}
		rows[i] = map[string]any{"metric": "trade", "period": "2018", "a": c, "b": c}
	}
	b.Run("stream", func(b *testing.B) {
		for b.Loop() {
			if err := writeJSON(io.Discard, rows); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			if _, err := referenceJSON(rows); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// appendIndented indents as json.Indent does whatever the strings hold:
// quotes, runs of backslashes and the bytes it acts on outside strings.
func TestAppendIndentedMatchesIndent(t *testing.T) {
	alphabet := []rune{'"', '\\', '{', '}', '[', ']', ',', ':', ' ', 'a', 'ö', '\n', '\x7f'}
	seed := uint32(1)
	random := func(n int) string {
		var b []rune
		for range n {
			seed = seed*1664525 + 1013904223
			b = append(b, alphabet[int(seed>>16)%len(alphabet)])
		}
		return string(b)
	}
	for i := range 2000 {
		v := map[string]any{random(i % 7): []any{random(i % 13), map[string]any{}, []any{random(i % 5), 1.5}}, "k": random(i % 17)}
		src, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		for depth := range 3 {
			var want bytes.Buffer
			if err := json.Indent(&want, src, string(bytes.Repeat([]byte("  "), depth)), "  "); err != nil {
				t.Fatal(err)
			}
			if got := appendIndented(nil, src, depth); !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("%s at depth %d:\n got  %s\n want %s", src, depth, got, want.Bytes())
			}
		}
	}
	deep := []any{}
	for range 40 {
		deep = []any{deep, 1} // deeper than indentSpaces
	}
	src, _ := json.Marshal(deep)
	var want bytes.Buffer
	json.Indent(&want, src, "", "  ")
	if got := appendIndented(nil, src, 0); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("40 levels deep:\n got  %s\n want %s", got, want.Bytes())
	}
}

// fieldsRow writes its fields one by one (kind.FieldsJSON), its Inner with
// the cache of its JSON as a claim in many conflicts is.
type fieldsRow struct {
	Name  string          `json:"name"`
	Other string          `json:"other"`
	Inner *jsonRow        `json:"inner"`
	Value any             `json:"value"`
	cache *kind.JSONCache // Inner's
}

func (r fieldsRow) JSONFields(dst []kind.JSONField) []kind.JSONField {
	return append(dst, kind.JSONField{Name: "name", Value: r.Name}, kind.JSONField{Name: "other", Value: r.Other},
		kind.JSONField{Name: "inner", Value: r.Inner, Cache: r.cache}, kind.JSONField{Name: "value", Value: r.Value})
}

// A row written field by field, its shared values once, is the bytes the
// encoder writes for it, at any depth and in chunks.
func TestWriteJSONFieldsMatchTheEncoder(t *testing.T) {
	tricky := []string{"", "plain", `quote "`, `back\slash`, "tab\t", "<&>", "Dalström", "\x1b[31m", "\x7f", "\u2028", "bad \xff"}
	inners := make([]*jsonRow, len(tricky))
	caches := make([]kind.JSONCache, len(tricky))
	for i, s := range tricky {
		inners[i] = &jsonRow{Name: s, Value: float64(i), Tags: []string{s}}
	}
	long := make([]any, 3*parallelMin+5)
	for i := range long {
		k := (i / 7) % len(inners)
		r := fieldsRow{Name: tricky[i%len(tricky)], Other: tricky[(i/3)%len(tricky)], Inner: inners[k], Value: i, cache: &caches[k]}
		if i%5 == 0 {
			// the same value and cache one level deeper
			r.Value = fieldsRow{Name: "nested", Inner: inners[0], Value: []any{}, cache: &caches[0]}
		}
		long[i] = r
	}
	values := []any{long, long[:20], map[string]any{"rows": long[:50], "x": []any{long[:3]}}, fieldsRow{}, []any{fieldsRow{Inner: inners[2], cache: &caches[2]}}, long}
	writesLikeEncoder(t, values)
}

// BenchmarkWriteJSONFields writes 20,000 rows whose 500 inner values recur
// in 40 rows each, as the claims of `ask conflicts` do: field by field with
// each inner value encoded once, against by reflection.
func BenchmarkWriteJSONFields(b *testing.B) {
	inners := make([]*jsonRow, 500)
	caches := make([]kind.JSONCache, len(inners))
	for i := range inners {
		inners[i] = &jsonRow{Name: fmt.Sprintf("Berit Dalström %d", i), Value: 8.3e9, Tags: []string{"trade turnover", "USD", "2018"}}
	}
	fields := make([]any, 20000)
	plain := make([]any, len(fields))
	for i := range fields {
		r := fieldsRow{Name: "trade", Other: "2018", Inner: inners[i%len(inners)], Value: i, cache: &caches[i%len(inners)]}
		fields[i] = r
		plain[i] = struct {
			Name  string   `json:"name"`
			Other string   `json:"other"`
			Inner *jsonRow `json:"inner"`
			Value any      `json:"value"`
		}{r.Name, r.Other, r.Inner, r.Value}
	}
	for _, c := range []struct {
		name string
		rows []any
	}{{"fields", fields}, {"reflect", plain}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for i := range caches { // each answer is written once
					caches[i] = kind.JSONCache{}
				}
				if err := writeJSON(io.Discard, c.rows); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// writesLikeEncoder checks that writeJSON writes each value byte for byte
// as encoding/json's encoder does (referenceJSON).
func writesLikeEncoder(t *testing.T, values []any) {
	t.Helper()
	for i, v := range values {
		want, err := referenceJSON(v)
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeJSON(&got, v); err != nil {
			t.Fatalf("value %d: %v", i, err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Errorf("value %d: writeJSON wrote\n%s\nthe encoder writes\n%s", i, got.Bytes(), want)
		}
	}
}
