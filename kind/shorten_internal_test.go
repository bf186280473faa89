package kind

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

// shorten cuts by runes, as the []rune form it replaced did.
func TestShortenCutsByRunes(t *testing.T) {
	old := func(s string, n int) string {
		if len(s) <= n {
			return s
		}
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return strings.TrimRight(string(r[:n-1]), " ,;:") + "…"
	}
	for _, s := range []string{"", "short", strings.Repeat("a", 60), strings.Repeat("a", 61),
		strings.Repeat("é", 59), strings.Repeat("é", 60), strings.Repeat("é", 61), strings.Repeat("ab, ", 30),
		"Ministers of the two countries, meeting in the capital; talked: trade and more", "bad \xff byte " + strings.Repeat("x", 70)} {
		for _, n := range []int{1, 5, 60} {
			if got, want := shorten(s, n), old(s, n); got != want {
				t.Errorf("shorten(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// oneLine's fast path leaves only what strings.Fields would join as it was.
func TestOneLineAgreesWithFields(t *testing.T) {
	for _, s := range []string{"", "plain title", "Talks in Zürich – “a new phase”", " lead", "trail ", "two  spaces",
		"tab\there", "nb\u00a0space", "ideographic\u3000space", "line\u2028sep", "bad \xff byte", "é", "a\u0085b"} {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

// DocCell joins the labels of several documents, as it did with
// strings.Join.
func TestDocCellJoins(t *testing.T) {
	docs := []DocRef{{File: "a.txt", Title: "First  title"}, {File: "b.txt", Source: "Agency", Published: "2024-01-02"},
		{File: "c.txt", Title: strings.Repeat("Long title ", 10)}}
	for n := 0; n <= len(docs); n++ {
		var parts []string
		for _, d := range docs[:n] {
			parts = append(parts, shorten(d.Label(), labelWidth))
		}
		if got, want := DocCell(docs[:n]), strings.Join(parts, "; "); got != want {
			t.Errorf("DocCell of %d = %q, want %q", n, got, want)
		}
	}
}

// signed writes a change as fmt's %+g did.
func TestSignedAsPlusG(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 7, -3.5, 12.25, 1e21, -1e-7, 100, math.Inf(1), math.Inf(-1), math.NaN()} {
		if got, want := signed(f), fmt.Sprintf("%+g", f); got != want {
			t.Errorf("signed(%v) = %q, want %q", f, got, want)
		}
	}
}

// sortedRows orders rows as stableSort does with the same comparisons,
// ties in their first order.
func TestSortedRowsIsStableSort(t *testing.T) {
	var ms []MeetingRow
	for i := range 200 {
		ms = append(ms, MeetingRow{Date: fmt.Sprint(2020 + i%4), City: fmt.Sprint("c", i%3), Occasion: fmt.Sprint(i)})
	}
	sortsAsStable(t, ms)
	if sortedRows([]MeetingRow{}, func(m *MeetingRow) sortKey { return sortKey{} }) != nil {
		t.Error("no rows should be nil, as before")
	}
}

// The names a read model keeps read back as they were written.
func TestNamesRoundTrip(t *testing.T) {
	ns := []Name{{Class: "dg:Person", Name: "Ana Pérez", Aliases: []string{"Pérez"}, Weight: 3}, {Class: "dg:Office", Name: "Mayor", Weight: 1}}
	got, err := DecodeNames(EncodeNames(ns))
	if err != nil || fmt.Sprint(got) != fmt.Sprint(ns) {
		t.Errorf("DecodeNames(EncodeNames(%v)) = %v, %v", ns, got, err)
	}
}

// Keys that differ past the compared prefixes, or only in their length or
// in zero bytes, sort as strings do.
func TestSortedRowsPrefixes(t *testing.T) {
	keys := []string{"", "\x00", "\x00\x00", "a", "a\x00", "ab", "doc000001.txt", "doc000001.txt\x00", "doc000002.txt",
		"2023-03-14", "2023-03-1", "2023", "2023-03-14T10", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnoo", "ÿÿÿÿÿÿÿÿÿ", "\xff"}
	var ms []MeetingRow
	for i := range 3 * len(keys) {
		ms = append(ms, MeetingRow{Date: keys[(i*7)%len(keys)], City: fmt.Sprint(i % 2), Occasion: fmt.Sprint(i)})
	}
	sortsAsStable(t, ms)
}

// BenchmarkSortedRows orders 12,000 claims by document, speaker and metric,
// as 'ask claims' on a store of 1.5M quads does.
func BenchmarkSortedRows(b *testing.B) {
	rows := make([]ClaimRow, 12000)
	for i := range rows {
		rows[i] = ClaimRow{Doc: fmt.Sprintf("doc%06d.txt", (i*7919)%11000), Speaker: fmt.Sprint("Speaker ", i%300), Metric: "trade turnover"}
	}
	for b.Loop() {
		sortedRows(rows, func(c *ClaimRow) sortKey { return sortKey{c.Doc, c.Speaker, c.Metric} })
	}
}

// sortsAsStable checks that sortedRows orders meetings by date, then city,
// as a stable sort does (the rows' Occasion tells ties apart).
func sortsAsStable(t *testing.T, ms []MeetingRow) {
	t.Helper()
	want := slices.Clone(ms)
	stableSort(want, func(a, b *MeetingRow) bool {
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.City < b.City
	})
	got := sortedRows(ms, func(m *MeetingRow) sortKey { return sortKey{m.Date, m.City} })
	for i := range want {
		if g := got[i].(MeetingRow); g.Occasion != want[i].Occasion {
			t.Fatalf("row %d is %q/%s (%s), want %q/%s (%s)", i, g.Date, g.City, g.Occasion, want[i].Date, want[i].City, want[i].Occasion)
		}
	}
}
