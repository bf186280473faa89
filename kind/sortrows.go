package kind

import (
	"cmp"
	"slices"
	"strings"
)

// stableSortFunc orders s as slices.SortStableFunc would (equal elements
// keep their order), but sorts their positions and moves each element
// once: answer rows are large structs, and a stable sort's many swaps of
// them cost more than all its comparisons.
func stableSortFunc[T any](s []T, c func(a, b *T) int) {
	if len(s) < 2 {
		return
	}
	idx := make([]int32, len(s))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(i, j int32) int {
		if r := c(&s[i], &s[j]); r != 0 {
			return r
		}
		return cmp.Compare(i, j)
	})
	sorted := make([]T, len(s))
	for k, i := range idx {
		sorted[k] = s[i]
	}
	copy(s, sorted)
}

// stableSort orders s as sort.SliceStable would by less (see
// stableSortFunc).
func stableSort[T any](s []T, less func(a, b *T) bool) {
	stableSortFunc(s, func(a, b *T) int {
		switch {
		case less(a, b):
			return -1
		case less(b, a):
			return 1
		}
		return 0
	})
}

// sortKey is what an answer's rows are ordered by: up to three strings,
// compared in turn.
type sortKey [3]string

// sortedRows returns s's rows in the order of their keys, equal keys in
// the order of s, as stableSort with the same comparisons would. The keys
// are read once each and sorted side by side, and each row is boxed once,
// in its place: comparing in the rows themselves, large structs spread over
// the heap, cost most of an answer's sort. The first key's first 16 bytes
// are compared as two numbers, in the sorted keys themselves: most
// comparisons (of dates, of document names) end there, without reading
// the strings, which are spread over the read model.
func sortedRows[T Row](s []T, key func(*T) sortKey) []Row {
	if len(s) == 0 {
		return nil
	}
	type keyed struct {
		p0, p1 uint64 // k[0]'s prefix
		k      sortKey
		at     int32
	}
	ks := make([]keyed, len(s))
	for i := range s {
		k := key(&s[i])
		ks[i] = keyed{prefix(k[0]), prefix(k[0][min(8, len(k[0])):]), k, int32(i)}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if a.p0 != b.p0 {
			return cmp.Compare(a.p0, b.p0)
		}
		if a.p1 != b.p1 {
			return cmp.Compare(a.p1, b.p1)
		}
		return cmp.Or(strings.Compare(a.k[0], b.k[0]), strings.Compare(a.k[1], b.k[1]),
			strings.Compare(a.k[2], b.k[2]), cmp.Compare(a.at, b.at))
	})
	rows := make([]Row, len(s))
	for i, k := range ks {
		rows[i] = s[k.at]
	}
	return rows
}

// prefix is s's first 8 bytes as a big-endian number, short strings padded
// with zeros: prefix(a) < prefix(b) only when a < b, so strings whose
// prefixes differ compare as their prefixes do (equal ones must be
// compared whole).
func prefix(s string) uint64 {
	var p uint64
	for i := range 8 {
		p <<= 8
		if i < len(s) {
			p |= uint64(s[i])
		}
	}
	return p
}
