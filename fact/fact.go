// Package fact holds what diplograph knows about the world, whichever layer
// handles it: the types of facts read from documents, and the rules every
// layer must apply the same way (how names fold, which measures a claim is
// about). It imports nothing of the project, so the extractor, the store and
// the questions all stand on it.
package fact

// Document is one input text after reading: front matter parsed, body kept
// verbatim so that spans index into it.
type Document struct {
	Name     string // base file name; the document's identity ("000_x.txt")
	Path     string // where it was read from ("-" for stdin)
	Line     int    // 1-based line of the file where Text starts (JSONL: the record's line)
	Title    string
	Date     string // publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD) or "": the front matter's
	Source   string
	URL      string
	Language string
	Text     string // body, front matter removed
	Hash     string // hex sha256 of the raw bytes of the document
}

// Span is a byte range [Start, End) in Document.Text.
type Span struct {
	Start, End int
}

// Evidence is the sentence a fact was read from.
type Evidence struct {
	Span     Span   // the sentence's span in Document.Text
	Sentence string // the sentence text
	Line     int    // 1-based line in the source file
}

// Person is an individual named in a document, resolved to the fullest
// name the document (or corpus) gives.
type Person struct {
	Name    string   // fullest form, e.g. "Ingrid Halvorsen"
	Aliases []string // other surface forms seen ("Ms Halvorsen", a misspelt "Halvorson")
	Country string   // country the person acts for, if known
}

// Office is an office a person was observed to hold on a date.
type Office struct {
	Person   string // Person.Name
	Role     string // normal form without the country: "Prime Minister"
	Country  string // canonical country (or organisation) name
	Observed string // document date the office was observed at, or ""
	Evidence Evidence
}

// Meeting kinds.
const (
	MeetingInPerson = "meeting" // met in person
	MeetingCall     = "call"    // telephone or video
)

// Meeting is an in-person meeting (Kind MeetingInPerson) or a remote
// contact (Kind MeetingCall), as one document reports it.
type Meeting struct {
	Kind         string   // MeetingInPerson or MeetingCall
	Participants []string // Person.Name of those who met
	City         string   // canonical city name or ""
	// CityAsWritten is the city as the document spells it where that
	// differs from City ("St Petersburg" for Saint Petersburg, "Kiev"), or "":
	// answers give the text's spelling, the store one node per city.
	CityAsWritten string
	Country       string // canonical country name or ""
	// CityInferred: the city is not written but inferred, the capital of
	// the country the meeting was in ("talks on the sidelines of the summit
	// in X"); another report of the same meeting that writes a city of
	// that country is believed instead.
	CityInferred bool   `json:",omitempty"`
	Date         string // ISO 8601, possibly partial, or ""
	DateSource   string // where Date came from: "text", "dateline", "published" or "inferred"
	Occasion     string // larger event it took place at, or ""
	Evidence     Evidence
}

// Claim is a figure stated by a speaker ("" for the document's narrator).
type Claim struct {
	Speaker   string   // Person.Name or "" for the narrator
	Metric    string   // "trade turnover", "jobs created", ...
	Value     float64  // plain number in Unit
	Unit      string   // "USD", "RUB", "percent", "count", "jobs", "projects", ...
	Period    string   // ISO 8601 interval ("2022-01/2022-11"), year, or ""
	ChangePct *float64 // stated growth (+) or fall (-) in percent, or nil
	Approx    string   // "almost", "over", "about", ... or ""
	Quote     string   // the surface text of the figure ("$3.5 billion")
	Evidence  Evidence
}

// CoChair says a person chairs or co-chairs a commission for a side.
type CoChair struct {
	Person     string
	Commission string // "Intergovernmental Commission on Economic Cooperation"
	Country    string // the side the person chairs for
	Evidence   Evidence
}

// Partnership is an unordered pair of countries the text calls partners
// or whose cooperation it describes.
type Partnership struct {
	A, B     string
	Evidence Evidence
}

// Commitment statuses.
const (
	StatusSigned   = "signed"
	StatusAgreed   = "agreed"
	StatusProposed = "proposed"
	StatusPledged  = "pledged"
	StatusDone     = "done"
)

// Commitment is an agreement signed, a plan agreed, a proposal or a pledge.
type Commitment struct {
	Parties []string // canonical country / organisation names
	Text    string   // what was committed to
	// Words are the words of Text that tell one commitment from another,
	// folded and sorted (the extractor's lexicon says which words say
	// nothing); SameCommitment compares them.
	Words    []string
	Status   string // one of the Status constants
	Due      string // date or year, or ""
	Evidence Evidence
}

// Visit is a state, official or working visit: an official travelling to a
// host country, as one document reports it.
type Visit struct {
	Visitor  string // Person.Name
	Host     string // canonical name of the country visited
	City     string // canonical city name or ""
	Date     string // ISO 8601, possibly partial, or ""
	Evidence Evidence
}

// Facts is everything known from one document once the corpus has been
// consulted: names resolved to the corpus's fullest form, every side a
// country.
type Facts struct {
	Doc         Document
	People      []Person
	Offices     []Office
	Meetings    []Meeting
	Claims      []Claim
	CoChairs    []CoChair
	Partners    []Partnership
	Commitments []Commitment
	Visits      []Visit
	Countries   []string // countries and unions the document mentions, most mentioned first
	// Home is the country the outlet that published the document is of, as
	// its source names it ("Ethiopian News Agency", "Manila Bulletin",
	// "Prime Minister's Office of Japan"), or "": an outlet names its own
	// officials without their country.
	Home string
}

// Report is what one document says on its own: its facts, and the sides
// only the corpus can settle ("on our side", a title without a country).
// The corpus merge turns reports into Facts.
type Report struct {
	Facts
	Open Open
}

// Open lists the facts of a report whose country the document leaves to
// the corpus, by index into the report's slices.
type Open struct {
	Offices     map[int]Side // Facts.Offices[i].Country is ""
	CoChairs    map[int]Side // Facts.CoChairs[i].Country is ""
	Commitments map[int]Side // Facts.Commitments[i].Parties is empty
}

// Side says how to find a missing country: the country of person Of, as
// the corpus knows it; failing that, Fallback (the host's, for instance).
type Side struct {
	Of       string // a Person.Name of the report, or ""
	Fallback string // a country, or ""
}
