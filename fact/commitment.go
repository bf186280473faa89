package fact

import "slices"

// SameCommitment says whether b reports the commitment a reports, in other
// words or with another status ("proposed to draft a programme of economic
// cooperation", later "signed the programme of economic cooperation"), and
// how closely: the parties of one are among the other's, and they share
// at least two distinctive words, half of the fewer's. It is the store's
// commitment identity across documents (docs/SCHEMA.md, "Commitments
// followed across meetings").
func SameCommitment(a, b Commitment) (shared int, ok bool) {
	if len(a.Parties) == 0 || len(b.Parties) == 0 || !subsetOf(a.Parties, b.Parties) && !subsetOf(b.Parties, a.Parties) {
		return 0, false
	}
	for _, w := range a.Words {
		if _, found := slices.BinarySearch(b.Words, w); found {
			shared++
		}
	}
	fewer := min(len(a.Words), len(b.Words))
	return shared, shared >= 2 && 2*shared >= fewer
}

func subsetOf(small, big []string) bool {
	for _, x := range small {
		if !slices.Contains(big, x) {
			return false
		}
	}
	return true
}
