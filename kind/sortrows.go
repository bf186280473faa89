package kind

import (
	"cmp"
	"slices"
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
