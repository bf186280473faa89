// Package schema is diplograph's graph vocabulary: the dg: classes and
// predicates, and the IRI scheme that gives every entity one node whichever
// document it is read from. It stands below the fact-kind registry and the
// store, so both build the same IRIs without one importing the other.
// docs/SCHEMA.md documents every term.
package schema

// Namespace is the absolute IRI behind the "dg:" prefix. Inside the store
// predicates and classes are kept short ("dg:attended") so Gizmo queries stay
// readable; exports expand them to absolute IRIs.
const Namespace = "https://diplograph.dev/ns#"

// EntityPrefix starts every entity IRI: urn:diplograph:<kind>:<key>.
const EntityPrefix = "urn:diplograph:"

// Classes (objects of rdf:type).
const (
	ClassPerson      = "dg:Person"
	ClassCountry     = "dg:Country" // also supranational unions (EU, African Union)
	ClassCity        = "dg:City"
	ClassMeeting     = "dg:Meeting" // in-person meeting
	ClassCall        = "dg:Call"    // telephone or video contact
	ClassClaim       = "dg:Claim"
	ClassCommission  = "dg:Commission"
	ClassCoChair     = "dg:CoChair" // reified person–commission–side
	ClassOffice      = "dg:Office"  // reified person–role–country–date
	ClassCommitment  = "dg:Commitment"
	ClassPartnership = "dg:Partnership" // reified country pair, for evidence
	ClassVisit       = "dg:Visit"       // a state or official visit
	ClassDocument    = "dg:Document"
	ClassSentence    = "dg:Sentence"
)

// Predicates.
const (
	PredType = "rdf:type"

	// names
	PredName  = "dg:name"  // any entity → its display name (literal)
	PredAlias = "dg:alias" // person/city/country → another surface form (literal)

	// people
	PredActsFor = "dg:acts-for" // person → country (or organisation) the person acts for

	// the design card's four
	PredAttended  = "dg:attended"   // person → meeting (or call)
	PredHeldIn    = "dg:held-in"    // meeting/visit → city
	PredClaimed   = "dg:claimed"    // person → claim
	PredPartnerOf = "dg:partner-of" // country → country (both directions written)

	// places
	PredInCountry = "dg:in-country" // city → country; meeting → country when no city is known

	// meetings
	PredDate     = "dg:date"     // meeting/visit → ISO date literal (xsd:date, xsd:gYearMonth or xsd:gYear)
	PredOccasion = "dg:occasion" // meeting → literal (the summit or forum it took place at)
	// meeting → literal: its city as a report spells it, where that differs
	// from the city's name ("St Petersburg", "Kiev"); answers give it
	PredCityAsWritten = "dg:city-as-written"

	// claims
	PredMetric    = "dg:metric"         // claim → literal
	PredValue     = "dg:value"          // claim → xsd:double
	PredUnit      = "dg:unit"           // claim → literal
	PredPeriod    = "dg:period"         // claim → literal ISO interval
	PredChangePct = "dg:change-pct"     // claim → xsd:double
	PredApprox    = "dg:approx"         // claim → literal ("almost", "over")
	PredQuote     = "dg:quote"          // claim → literal surface text
	PredConflicts = "dg:conflicts-with" // claim → claim (both directions written)

	// offices
	PredHolds    = "dg:holds"    // person → office
	PredRole     = "dg:role"     // office → literal normal form ("Prime Minister")
	PredOf       = "dg:of"       // office/co-chair/commitment party → country
	PredObserved = "dg:observed" // office → date literal it was observed at

	// commissions
	PredCoChaired  = "dg:co-chaired" // person → commission
	PredChairing   = "dg:chairing"   // person → co-chair node
	PredCommission = "dg:commission" // co-chair node → commission
	PredSide       = "dg:side"       // co-chair node → country

	// commitments
	PredParty  = "dg:party"   // commitment → country
	PredText   = "dg:text"    // commitment/sentence → literal
	PredStatus = "dg:status"  // commitment → "signed" | "agreed" | "proposed" | "pledged" | "done"
	PredDue    = "dg:due"     // commitment → literal date or year
	PredMadeAt = "dg:made-at" // commitment → meeting reported in the same document
	// PredFollows links a commitment to the same commitment as an earlier
	// document reported it (fact.SameCommitment), so that its status can be
	// followed from meeting to meeting.
	PredFollows = "dg:follows" // commitment → earlier report of the same commitment

	// visits
	PredVisitor = "dg:visitor" // visit → person who travelled
	PredHost    = "dg:host"    // visit → country visited

	// provenance
	PredEvidence   = "dg:evidence"    // meeting/claim/office/co-chair/commitment/partnership/visit → sentence
	PredInDocument = "dg:in-document" // sentence → document
	PredStart      = "dg:start"       // sentence → xsd:integer byte offset in the body
	PredEnd        = "dg:end"         // sentence → xsd:integer
	PredLine       = "dg:line"        // sentence → xsd:integer line in the file
	PredTitle      = "dg:title"       // document → literal
	PredPublished  = "dg:published"   // document → date literal
	PredSource     = "dg:source"      // document → literal
	PredURL        = "dg:url"         // document → literal
	PredHash       = "dg:hash"        // document → hex sha256
	PredFile       = "dg:file"        // document → base file name
	PredReports    = "dg:reports"     // document → meeting/claim/commitment/visit it reports
)
