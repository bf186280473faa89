package kind

// Gold says how the gold format (../shared/gold/FORMAT.md, "Matching rules
// used when scoring") scores a question. The scorer (package eval, a port
// of the reference score.py) implements each Equality.
type Gold struct {
	Key string // the gold file's key ("co_chairs")
	// Match lists the comparisons an answer must pass to match a gold entry.
	Match []Compare
	// Pairs: entries are unordered pairs of places, [a, b]; answers given
	// as objects ({"a", "b"} or {"country", "partner"}) are read as pairs.
	Pairs bool
	// Accuracy lists fields scored apart, over the matched pairs, and
	// printed after the scores ("period-acc=0.80").
	Accuracy []Compare
}

// Compare compares one field of a gold entry and an answer.
type Compare struct {
	Field string
	By    Equality
	Label string // Accuracy only: the name printed
}

// Equality is a matching rule of the gold format.
type Equality int

const (
	SamePerson         Equality = iota + 1 // last names equal, or every word of the shorter name in the longer
	SamePlace                              // names or aliases of one place
	SameRole                               // names or aliases of one office
	SameDate                               // one a prefix of the other, or full dates a day apart; "" never matches
	SameValue                              // within 1% of the larger
	SameValueOrNull                        // SameValue, or no value on either side
	HalfOfPeople                           // at least half of the gold list's people match someone, and one does
	CoversText                             // at least half of the gold text's content words are in the answer's
	CoversDistinctText                     // CoversText, not counting generic words ("commission")
	Equal                                  // equal JSON values
	EqualOrEmpty                           // equal, a missing or empty value counting as ""
)
