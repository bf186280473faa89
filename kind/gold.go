package kind

// Gold says how the gold format (../shared/gold/FORMAT.md, "Matching rules
// used when scoring") scores a question, and how `eval --diff` shows what
// the score counts against the extractor. The scorer (package eval, a port
// of the reference score.py) implements each Equality and each Find; a new
// scored question needs nothing but this declaration there.
type Gold struct {
	Key string // the gold file's key ("co_chairs")
	// Match lists the comparisons an answer must pass to match a gold entry.
	Match []Compare
	// Pairs: entries are unordered pairs of places, [a, b]; answers given
	// as objects ({"a", "b"} or {"country", "partner"}) are read as pairs.
	// The diff names the two places "a" and "b" (in Summary and Locate),
	// calls a pair near another when they share a place, and says how the
	// pairs differ.
	Pairs bool
	// Accuracy lists fields scored apart, over the matched pairs, and
	// printed after the scores ("period-acc=0.80").
	Accuracy []Compare

	// Summary writes a fact on one line, part after part.
	Summary []Part
	// Near says which answer nothing matched is the missed gold fact gone
	// wrong (the usual failure is one field wrong, not a fact missed and
	// another made up). The diff then lists, for each Match comparison the
	// answer fails, how the field differs.
	Near Near
	// Locate finds the sentence of a document that states a fact: the
	// sentence scoring highest over the cues, at least 2, in each document
	// the fact names (every document when it names none). Gold facts carry
	// no evidence; neither do some answers.
	Locate []Cue
	// Withheld is set for a question that leaves answers no document dates
	// out unless asked (Params.Undated): it says why, and how to list them
	// ("no date: `ask meetings --undated` lists it"). eval asks for those
	// answers too, and the diff pairs them with the gold facts they would
	// have matched: a fact found but left out is not a fact missed.
	Withheld string
}

// Compare compares one field of a gold entry and an answer.
type Compare struct {
	Field string
	By    Equality
	Label string // Accuracy only: the name printed

	// Near only: what passing the comparison adds to how near an answer is
	// (graded equalities add Weight times their grade), and whether an
	// answer failing it is not near at all.
	Weight   float64
	Required bool
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

	// The gold format matches by none of these: they grade how near an
	// answer is (Near).

	SameText     // equal folded texts, neither empty
	SameDocument // the gold names no document, or the answer's
	PeopleFound  // graded: how many of the gold list's people the answer names
	WordsShared  // graded: the share of the gold text's content words the answer has
)

// Near says when an answer nothing matched is near a missed gold fact: it
// passes every Required comparison, and the weights of those it passes add
// up to at least Min (more than 0 when Min is 0). The nearest answer is
// paired with the fact.
type Near struct {
	By  []Compare
	Min float64
}

// Part is one piece of a fact's one-line summary: the field's value (a
// list joined by commas, a number in plain digits) between Before and
// After. An empty value shows None instead, or leaves the part out when
// None is "".
type Part struct {
	Field         string
	Before, After string
	None          string
}

// Cue is something the sentence stating a fact is likely to hold: a
// field's value looked for the way Find says, or one of Words.
type Cue struct {
	Field string
	Find  Find
	Words []string // for FindWord: any of these words
	// Weight is what the cue adds to a sentence's score; a sentence
	// without a Required cue cannot state the fact.
	Weight   float64
	Required bool
}

// Find is how a cue looks for a field's value in a sentence.
type Find int

const (
	FindPerson        Find = iota + 1 // the name's words of three letters or more (or its last word); one cue per name of a list
	FindWords                         // each content word of the text, one cue each
	FindDistinctWords                 // FindWords, not counting generic words ("commission")
	FindFigure                        // the number, as a figure the sentence states ("$1.2 billion")
	FindCountry                       // the country by its names and adjectives, else its name's first letters
	FindWord                          // any of Cue.Words
)
