package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
)

// vocabulary is the language the rules of this package read, compiled once
// per Extractor from the lexicon's tables (data/lexicon, data/patterns).
// Each field says which class or rule it holds; the tables' notes say why
// each entry is there.
type vocabulary struct {
	// matching: the lexicon itself, whose one scan of a sentence answers
	// the prefilters of all its patterns
	lexicon *lexicon.Lexicon

	// names and titles (lexicon/names.tsv)
	notName          map[string]bool   // capitalised words that never start or continue a person's name
	anonymousSpeaker map[string]bool   // "journalist": a transcript label of nobody named
	surnameFunction  map[string]bool   // of those, a family name too, between an office and a name word ("To")
	honorific        map[string]bool   // courtesy titles stripped from names ("mr", "dato", "seri")
	particle         map[string]bool   // lower-case particles inside names ("da", "von", "bin")
	weForms          map[string]bool   // first-person plural forms that stand for the speaker's side
	titleQualifier   map[string]bool   // words before an office that belong to the title ("acting")
	rankTitle        map[string]bool   // a rank before a name after another office ("Secretary X Ambassador Y")
	titleEpithet     map[string]bool   // words between a country and a title that belong to neither ("newly elected")
	soleOffice       []string          // offices with one holder per country, lower case; "x *" a prefix
	genericOffices   []string          // titles that may stand for several offices ("head of state")
	familyFirst      map[string]string // folded family name -> tradition that writes it first (name-order.tsv)
	givenName        map[string]string // folded given name -> tradition (ja, hu)
	alsoGiven        map[string]bool   // folded family names that are also Western given names
	portfolioLead    map[string]bool   // words before a portfolio the tables do not know ("the Gender Minister")
	portfolioGoesOn  map[string]bool   // lower-case words that continue a portfolio past a comma ("and")
	pastMarker       map[string]bool   // words before a title no longer held ("late", "ex")
	pastPrefix       []string          // title beginnings no longer held ("former ")
	placePreposition map[string]bool   // before a city that is a given name: a place, not a name
	counterpart      map[string]bool   // "his Chilean counterpart X"
	titleLower       map[string]bool   // words written in lower case inside a title
	placeHead        map[string]bool   // words that end the name of a body or a place ("Court", "House")
	style            map[string]bool   // titles that are styles or ranks, no offices ("prince", "major general")
	patronymic       map[string]bool   // "bin", "ibn": the word before is a given name
	honorificCaps    map[string]bool   // courtesy titles only in capitals ("HE")
	genericTLD       map[string]bool   // country codes of the web used as generic domains
	secondLevel      map[string]bool   // registry labels before a country code ("gov", "com")
	governmentLabel  map[string]bool   // the registry labels of governments ("gov", "go", "gob")

	// people: a body's own name ends a title's chain before its holder's
	// name (lexicon/names.tsv, body-name); its words are in notName too
	bodyName map[string]bool
	// people: verbs a missing space glues to a name ("Xsaid"), in lower case
	gluedVerb map[string]bool

	// speech and meetings (lexicon/verbs.tsv)
	speech         map[string]bool // verbs of speech
	personVerb     map[string]bool // verbs whose capitalised subject is almost surely a person
	meetingWord    map[string]bool // words that mark an in-person meeting
	strongMeeting  map[string]bool // words that name the people who met
	heldVerb       map[string]bool // past verbs of talks held ("met", "held")
	modalWord      map[string]bool // "will", "to": the verb after it is still to come
	callWord       map[string]bool // words that mark a remote contact
	firstPerson    map[string]bool // "I", "we": a speaker taking part in the meeting named
	separateWord   map[string]bool // "separate meetings with A and B": one meeting each
	jointWord      map[string]bool // "a trilateral meeting with A and B": one meeting of all
	hostVerb       map[string]bool // "X received Y at the palace": X hosts; the palace is X's country's
	chairVerb      map[string]bool // before "by X": X chairs the body
	greeting       map[string]bool // greetings name people sent wishes, not who met
	notAttribution map[string]bool // speech verbs that attribute nothing to the name after them
	// figures and relations (lexicon/figures.tsv, lexicon/relations.tsv)
	measures, growthMeasures []lexicon.Entry   // what a figure near them measures, in table order
	countUnit                map[string]bool   // count nouns that make a figure a claim
	bareCount                map[string]string // words near a scaled number with no currency that make it a count of them
	eventWords               []string          // a sentence naming a larger event holds one
	commissionLower          map[string]bool   // words in lower case inside a commission's name
	sideWord                 map[string]bool   // "the X side"
	genericCommissionWords   map[string]bool
	plainCommitmentWords     map[string]bool // words that tell no commitment from another
	softCommitmentWords      map[string]bool // words of a wish for good ties that names no action
	patternCommon            map[string]bool // too common to prefilter sentences for a pattern
	honorificNotLeading      map[string]bool // honorifics that introduce no name by themselves

	// claims: the levels a sentence tells before a change
	// (lexicon/figures.tsv), and the clauses whose measures are read apart
	// (lexicon/relations.tsv)
	resultWord    map[string]bool // "to", "reached": right before the level a change came to
	measureClause map[string]bool // "and", ";": part the clauses whose measures are read apart
	peopleUnit    map[string]bool // "students": a count of them a speaker states is a claim
	// aid already given ("has provided $40 million so far") is a claim; aid
	// still to come or pledged is not (patterns/claims.tsv)
	aidGiven, aidPledge *lexicon.Regexp

	// joint bodies and their chairs (lexicon/relations.tsv)
	bodyHead, bodyComplement, bodyConnector, bodyStop map[string]bool
	// bodyHeadNamed: a head noun that is a body's only inside a name
	// ("the X-Y Strategic Dialogue"), never alone ("the dialogue")
	bodyHeadNamed                        map[string]bool
	bodyComplementCountry                map[string]bool
	bodyModifier, chairActive, chairNoun map[string]string // word -> "bilateral" / "session" / ""
	month, weekday                       map[string]bool   // lower-case month and weekday names (lexicon/dates.tsv)
	monthNumber                          map[string]string // lower-case month name -> "1".."12"
	// commitments (lexicon/relations.tsv)
	partyWord, clauseOpener, andPredicate, chairParticipleLead, headlineVerb, commitmentVerb, actionSuffix, noObject, documentNoun, bareDocumentVerb map[string]bool
	genericObject                                                                                                                                    map[string]bool // nouns of cooperation in general: an object of only these names no act
	localOffice                                                                                                                                      map[string]bool // offices of a city or a region ("Mayor", "Governor"): the place they name gives the country
	// speakers (lexicon/speakers.tsv)
	descriptors  []descriptor
	speechAdverb map[string]bool

	// claims: the head of an institution's name before "of" ("Ministry of
	// Commerce"): the capitalised words after it are the body's (lexicon/names.tsv)
	institutionHead map[string]bool

	// patterns (patterns/*.tsv)
	join, sidelines, locative             *lexicon.Regexp
	otherMeeting, pastMeeting, delegation []*lexicon.Regexp
	// sideHeadBefore, sideHeadAfter: "The X delegation was led by A", "B
	// led his country's delegation": the heads of the sides at talks
	sideHeadBefore, sideHeadAfter                       *lexicon.Regexp
	attendance, absence                                 []*lexicon.Regexp
	briefer, arrival, contactPhrase, callAnaphora       *lexicon.Regexp
	reporterOffice, arrivalDay, otherTime, travelTo     *lexicon.Regexp
	pairJoiner, pairDiscussed, placeHosts, courtStyle   *lexicon.Regexp
	officeVenue, nationalOffice, capitalVenue           *lexicon.Regexp
	occasion, occasionLower, occasionHead               *lexicon.Regexp
	metric, aid, stateForm, restatement, anaphora       *lexicon.Regexp
	pronounAttribution, countOf                         *lexicon.Regexp
	chairedBy, ourSide, namedSide                       *lexicon.Regexp
	cooperation, pairAnaphora, deadline, previousYear   *lexicon.Regexp
	specificObject                                      *lexicon.Regexp // a figure or a time in a commitment's object
	eventReference                                      *lexicon.Regexp // "during the visit": a reference back to the event reported
	describedGuest                                      *lexicon.Regexp // "met with the" before a description of an office: its holder met
	welcomeThing                                        *lexicon.Regexp // "welcomed the signing of X": a thing welcomed, no guest
	betweenParties                                      *lexicon.Regexp // "between A and B" in a commitment's text: A and B are its sides
	retinue, onBehalf, representedBy, titleAfterName    *lexicon.Regexp
	retinueOf                                           *lexicon.Regexp // "A accompanied B": A came with B
	hostilityAfter                                      *lexicon.Regexp // "the X-Y war": a conflict after a pair of countries
	relativeAside                                       *lexicon.Regexp // ", who attended the summit last week,": an aside on a participant
	delegationLed, delegationFrom                       *lexicon.Regexp // "a delegation from X led by Y": Y acts for X
	pairOfCountries                                     *lexicon.Regexp // "the Foreign Ministers of the two countries, X and Y"
	trailingAttribution, procedural, we, due            *lexicon.Regexp
	listItem                                            *lexicon.Regexp
	listPlaceholder                                     map[string]bool
	targetAgreed, targetProposed, dueThisYear           *lexicon.Regexp
	pairSubject, chairGapStop, sessionObject, bodyLevel *lexicon.Regexp
	behalf, bodyReference, bodyReferenceSubject         *lexicon.Regexp
	commitmentFrame, dueInYear, dueNextYear             *lexicon.Regexp
	relativeSubject, pairAgent, eventSubject            *lexicon.Regexp
	delegationSide, relativeWho, chairWith, chairPart   *lexicon.Regexp
	abbreviationSubject, sidesSubject, relativePronoun  *lexicon.Regexp
	chairPartObject                                     *lexicon.Regexp

	// co-chairs: the side after the second name of "chaired by A, with B"
	chairWithSide *lexicon.Regexp

	triggers                            []trigger
	visit                               visitPatterns
	meetingPhrases, inPersonCalls       []*lexicon.Regexp
	callOn, placeLocative               *lexicon.Regexp
	countryLocative, countryAny, travel *lexicon.Regexp

	// meetings: who met whom, where and when (patterns/meetings.tsv)
	commaSubject *lexicon.Regexp // "X Y, met on Friday with Z": an untitled name as the subject of talks

	// roles: the offices people hold (patterns/people.tsv)
	officePredicate *lexicon.Regexp // "X was sworn in as", "X became": the office after it is X's

	// co-chairs: an aside after a chair's name (", who arrived on Monday,")
	chairAside *lexicon.Regexp
	// chairPairDeterminer: "the co-chairs, A and B"
	chairPairDeterminer map[string]bool

	nameCountry *lexicon.Regexp // "A of X and B of Y" after a chair verb: the country right after a chair's name is the chair's side
	// "A and B, the X minister and his Y counterpart, met": offices of a pair, in order
	respectiveJoin, respectiveEnd *lexicon.Regexp
	onwardJourney                 *lexicon.Regexp // "he later flew to X": a city the meeting's participant went on to

	headVerb        map[string]bool // "X, who heads the Ministry of Y": X holds the body's head office
	originCompound  map[string]bool // "Kenyan-born": the demonym says where the person comes from, not whom they serve
	presidentOffice *lexicon.Regexp // "Presidential Aide", "Head of the President's Office": an office of the president's staff
	titleLowerLead  map[string]bool // "senior minister within the office of ...": a word that leads a title in lower case on
	counterpartFrom map[string]bool // "her counterpart from Chile, X": the word before the counterpart's country
	titleInner      []string        // "in charge": words in lower case inside a title, before "of" or "for"

	// roles: "the latter's Prime Minister X" (lexicon back-reference: "last" or "first")
	backReference map[string]string
	// roles: the offices a state a monarch heads has not (lexicon republic-office)
	republicOffice map[string]bool

	// delegationObject: "A and B led their respective delegations"
	delegationObject *lexicon.Regexp

	// commitments: the end of a commitment's text that only dates it by a
	// visit or talks ("... ahead of a state visit to X")
	commitmentTail *lexicon.Regexp

	welcomeTo *lexicon.Regexp // "welcomed X to Y": Y a small place or a venue where the meeting was

	// meetings: a meeting sentence of former office holders only looks back
	formerBefore, formerJoin *lexicon.Regexp

	// meetings, venues and hosts: a venue near a city is named for its
	// own place ("X Palace near City"); a visit at someone's invitation
	// is to the inviter's country
	venueNear, visitInvitation *lexicon.Regexp
	pairTogether               *lexicon.Regexp // "when the two leaders met": the words of a pair stand for both
	nextMeeting                *lexicon.Regexp // "received A and later met B": one meeting after another
	townOf                     *lexicon.Regexp // "in the resort town of X": X is a place, though no table holds it
	sidelinesEvent             *lexicon.Regexp // "on the sidelines of the trade fair": group 1 names the event
	regionalOffice             *lexicon.Regexp // "Governor", "Chief Minister": a region's head, by the region's name
	regionSuffix               map[string]bool // "Lagos State", "Sverdlovsk Region": a word a region's name may end with
	alsoMet                    *lexicon.Regexp // "She also met Z": a meeting on top of the main one
	visitingGuest, guestAfter  *lexicon.Regexp // "visiting President Y", "Y, who arrived for a visit": Y is the guest

	// function words of the relation rules (lexicon/grammar.tsv)
	passiveAux           map[string]bool
	participleAux        map[string]bool
	pointingPronoun      map[string]bool
	possessiveDeterminer map[string]bool
	relativeWord         map[string]bool
	duePreposition       map[string]bool
	capitalAloneNext     map[string]bool // "in X's capital on Monday": "capital" ends its noun phrase
	venueDeterminer      map[string]bool // "his official residence": before a seat named in lower case
	timeLead             map[string]bool // "on", "in" before a weekday or a month: a time starts (lexicon/grammar.tsv)

	// commitments, where a text starts: words a noun phrase read back
	// from its verb does not run over ("... as the framework agreements,
	// which former leaders signed")
	nounPhraseStop map[string]bool
	// commitments: a word that opens the phrase of a goal ("targeting $30
	// billion of trade", "the target of $5 billion")
	targetLead map[string]bool
	// commitments: a sentence that opens a list of commitments with no
	// object of its own ("the leaders agreed as follows"); the value is
	// the items' status
	listIntro []lexicon.Pattern
	// commitments: a word that opens a subordinate clause at a sentence's
	// start ("If the MoUs signed are implemented, ..."): the clause ends at
	// its comma
	subordinator map[string]bool
	// commitments: a word that dates what follows by an event before it
	// ("Following our call on June 30, we decided"): the date is no due date
	pastAnchor map[string]bool
	// commitments: the side a signatory signed for at the end of a text
	// ("signed the MoU on behalf of X"): who signed, not what
	signatoryTail *lexicon.Regexp
	// commitments: a pronoun that, as the subject of a reported clause,
	// stands for the reporting clause's subject ("X affirmed that he will")
	reportedPronoun map[string]bool
	// commitments: a plan due a number of years on ("within three years");
	// the numbers written as words are those the dates read
	dueWithinYears *lexicon.Regexp
	smallNumber    map[string]int
}

// descriptor is a description of a person named before ("the Kenyan
// leader"): its words and the offices it stands for, most likely first.
type descriptor struct {
	words   []string
	offices []string // "*Minister": any office holding the word
}

// trigger is a commitment pattern with the status a match gives and where
// the commitment's text is.
type trigger struct {
	re     *lexicon.Regexp
	status string // "" for a pattern that says the sentence commits to nothing
	mode   string // where the text is (see commitmentModes)
	// verb: the object must start with a verb ("commitment to deepen ...",
	// not "commitment to peace"); party: the sentence must name a party;
	// subject: the clause before the match must name the party, and one
	// party makes the commitment a pledge
	// specific: the object must name something specific (a name, a
	// figure, a time: the specific-object pattern), not cooperation in
	// general ("the importance of continuing the dialogue was stressed")
	verb, party, parties, plural, subject, specific bool
	obj                                             int      // index of the pattern's "obj" group, or -1
	keys                                            []string // lower-case words one of which the sentence must hold for re to match
}

// commitmentModes say where a commitment's text is: from the match on, the
// object after it, the subject clause before it through its end, the
// object or else the subject ("signed a treaty", "the treaty was signed"),
// from the pattern's "obj" group on, that group alone, or the whole
// sentence.
var commitmentModes = []string{"from", "object", "subject", "auto", "group", "name", "whole"}

var statuses = []string{fact.StatusSigned, fact.StatusAgreed, fact.StatusProposed, fact.StatusPledged, fact.StatusDone}

func newVocabulary(lex *lexicon.Lexicon) (*vocabulary, error) {
	v := &vocabulary{lexicon: lex,
		familyFirst: foldKeys(lex.Values("family-first")), givenName: foldKeys(lex.Values("given-name")),
		alsoGiven: foldSet(lex.Set("also-given")), portfolioLead: lex.Set("portfolio-lead"), portfolioGoesOn: lex.Set("portfolio-goes-on"),
		notName: lex.Set("not-name"), anonymousSpeaker: lex.Set("anonymous-speaker"), surnameFunction: lex.Set("surname-function-word"), honorific: lex.Set("honorific"), particle: lex.Set("particle"),
		weForms: lex.Set("we"), titleQualifier: lex.Set("title-qualifier"), rankTitle: lex.Set("rank-title"), titleEpithet: lex.Set("title-epithet"), soleOffice: lex.Words("sole-office"), genericOffices: lex.Words("generic-office"), pastMarker: lex.Set("past-marker"),
		pastPrefix: lex.Words("past-prefix"), placePreposition: lex.Set("place-preposition"),
		counterpart: lex.Set("counterpart"), titleLower: lex.Set("title-lower"), placeHead: lex.Set("place-head"), institutionHead: lex.Set("institution-head"),
		style: lex.Set("style"), patronymic: lex.Set("patronymic"),
		speech: lex.Set("speech"), personVerb: lex.Set("person-verb"), meetingWord: lex.Set("meeting-word"),
		honorificCaps: lex.Set("honorific-caps"), genericTLD: lex.Set("generic-tld"), secondLevel: lex.Set("second-level-domain"),
		governmentLabel: withValue(lex.Values("second-level-domain"), "government"),
		heldVerb:        lex.Set("held-verb"), modalWord: lex.Set("modal-word"),
		strongMeeting: lex.Set("strong-meeting"), callWord: lex.Set("call-word"), chairVerb: lex.Set("chair-verb"),
		firstPerson: lex.Set("first-person"), callOn: lex.Pattern("call-on"), placeLocative: lex.Pattern("place-locative"),
		separateWord: lex.Set("separate-word"), jointWord: lex.Set("joint-word"), hostVerb: lex.Set("host-verb"),
		greeting: lex.Set("greeting"), notAttribution: lex.Set("not-attribution"),
		countUnit: lex.Set("count-unit"), bareCount: lex.Values("bare-count-measure"), measures: lex.Entries("measure"), growthMeasures: lex.Entries("growth-measure"), eventWords: lex.Words("event-word"), commissionLower: lex.Set("commission-lower"),
		sideWord: lex.Set("side-word"), genericCommissionWords: lex.Set("generic-commission-word"),
		plainCommitmentWords: lex.Set("plain-commitment-word"), softCommitmentWords: lex.Set("soft-commitment-word"),
		patternCommon: lex.Set("pattern-common-word"), honorificNotLeading: lex.Set("honorific-not-leading"),

		resultWord: lex.Set("result-clause-word"), measureClause: lex.Set("measure-clause-word"),
		peopleUnit: lex.Set("people-count-unit"), aidGiven: lex.Pattern("aid-given"), aidPledge: lex.Pattern("aid-pledge"),

		otherMeeting: patterns(lex, "other-meeting"), pastMeeting: patterns(lex, "past-meeting"), join: lex.Pattern("join"), sidelines: lex.Pattern("sidelines"),
		delegation: patterns(lex, "delegation"), sideHeadBefore: lex.Pattern("side-head-before"), sideHeadAfter: lex.Pattern("side-head-after"), locative: lex.Pattern("locative"), occasion: lex.Pattern("occasion"),
		attendance: patterns(lex, "attendance"), absence: patterns(lex, "absence"),
		briefer: lex.Pattern("briefer"), arrival: lex.Pattern("arrival"), reporterOffice: lex.Pattern("reporter-office"), arrivalDay: lex.Pattern("arrival-day"), otherTime: lex.Pattern("other-time"), travelTo: lex.Pattern("travel-to"),
		pairJoiner: lex.Pattern("pair-joiner"), pairDiscussed: lex.Pattern("pair-discussed"), placeHosts: lex.Pattern("place-hosts"), courtStyle: lex.Pattern("court-style"),
		officeVenue: lex.Pattern("office-venue"), nationalOffice: lex.Pattern("national-office"), capitalVenue: lex.Pattern("capital-venue"),
		contactPhrase: lex.Pattern("contact-phrase"), callAnaphora: lex.Pattern("call-anaphora"),
		countryLocative: lex.Pattern("country-locative"), countryAny: lex.Pattern("country-any"), travel: lex.Pattern("travel"),
		commaSubject: lex.Pattern("comma-subject"), nameCountry: lex.Pattern("name-country"),
		respectiveJoin: lex.Pattern("respective-join"), respectiveEnd: lex.Pattern("respective-end"), onwardJourney: lex.Pattern("onward-journey"), welcomeTo: lex.Pattern("welcome-to"),
		formerBefore: lex.Pattern("former-before"), formerJoin: lex.Pattern("former-join"),
		occasionLower: lex.Pattern("occasion-lower"), occasionHead: lex.Pattern("occasion-head"),
		metric: lex.Pattern("metric"), aid: lex.Pattern("aid"), stateForm: lex.Pattern("state-form"), restatement: lex.Pattern("restatement"), anaphora: lex.Pattern("measure-anaphora"), pronounAttribution: lex.Pattern("pronoun-attribution"), countOf: lex.Pattern("count-of"),
		chairedBy: lex.Pattern("chaired-by"), ourSide: lex.Pattern("our-side"),
		namedSide: lex.Pattern("named-side"), cooperation: lex.Pattern("cooperation"), pairAnaphora: lex.Pattern("pair-anaphora"), deadline: lex.Pattern("deadline"), previousYear: lex.Pattern("previous-year"), specificObject: lex.Pattern("specific-object"),
		trailingAttribution: lex.Pattern("trailing-attribution"), procedural: lex.Pattern("procedural"), listItem: lex.Pattern("list-item"), listPlaceholder: lex.Set("list-placeholder-word"),
		we: lex.Pattern("we"), due: lex.Pattern("due"), targetAgreed: lex.Pattern("target-agreed"),
		targetProposed: lex.Pattern("target-proposed"), dueThisYear: lex.Pattern("due-this-year"),

		bodyHead: lex.Set("body-head"), bodyHeadNamed: lex.Set("body-head-named"), bodyComplement: lex.Set("body-complement"), bodyConnector: lex.Set("body-connector"),
		bodyStop: lex.Set("body-stop"), bodyModifier: lex.Values("body-modifier"), chairActive: lex.Values("chair-active"),
		chairNoun: lex.Values("chair-noun"), month: lex.Set("month"), weekday: lex.Set("weekday"), monthNumber: lex.Values("month"),
		speechAdverb: lex.Set("speech-adverb"),
		partyWord:    lex.Set("party-word"), clauseOpener: lex.Set("clause-opener"), andPredicate: lex.Set("and-predicate"), chairParticipleLead: lex.Set("chair-participle-lead"), headlineVerb: lex.Set("headline-verb"), commitmentVerb: lex.Set("commitment-verb"),
		actionSuffix: lex.Set("action-suffix"), noObject: lex.Set("no-object"), documentNoun: lex.Set("document-noun"), bareDocumentVerb: lex.Set("bare-document-verb"), genericObject: lex.Set("generic-object"), localOffice: lex.Set("local-office"), betweenParties: lex.Pattern("between-parties"), welcomeThing: lex.Pattern("welcome-thing"), describedGuest: lex.Pattern("described-guest"), eventReference: lex.Pattern("event-reference"),
		commitmentTail:  lex.Pattern("commitment-tail"),
		commitmentFrame: lex.Pattern("commitment-frame"), dueInYear: lex.Pattern("due-in-year"), dueNextYear: lex.Pattern("due-next-year"),
		pairSubject: lex.Pattern("pair-subject"), chairGapStop: lex.Pattern("chair-gap-stop"),
		sessionObject: lex.Pattern("session-object"), bodyLevel: lex.Pattern("body-level"), behalf: lex.Pattern("behalf"),
		bodyReference: lex.Pattern("body-reference"), bodyReferenceSubject: lex.Pattern("body-reference-subject"),
		relativeSubject: lex.Pattern("relative-subject"), pairAgent: lex.Pattern("pair-agent"),
		eventSubject: lex.Pattern("event-subject"), delegationSide: lex.Pattern("delegation-side"),
		relativeWho: lex.Pattern("relative-who"), chairWith: lex.Pattern("chair-with"), abbreviationSubject: lex.Pattern("abbreviation-subject"), sidesSubject: lex.Pattern("sides-subject"), relativePronoun: lex.Pattern("relative-pronoun"), chairPart: lex.Pattern("chair-part"), chairPartObject: lex.Pattern("chair-part-object"),
		bodyComplementCountry: lex.Set("body-complement-country"), retinue: lex.Pattern("retinue"), retinueOf: lex.Pattern("retinue-of"), hostilityAfter: lex.Pattern("hostility-after"), relativeAside: lex.Pattern("relative-aside"), onBehalf: lex.Pattern("on-behalf"), representedBy: lex.Pattern("represented-by"), delegationLed: lex.Pattern("delegation-led"), delegationFrom: lex.Pattern("delegation-from"), pairOfCountries: lex.Pattern("pair-of-countries"), titleAfterName: lex.Pattern("title-after-name"),
	}
	v.officePredicate = lex.Pattern("office-predicate")

	// co-chairs
	v.chairAside = lex.Pattern("chair-aside")
	v.chairPairDeterminer = lex.Set("chair-pair-determiner")

	// function words of the relation rules
	v.passiveAux, v.participleAux = lex.Set("passive-aux"), lex.Set("participle-aux")
	v.pointingPronoun, v.possessiveDeterminer = lex.Set("pointing-pronoun"), lex.Set("possessive-determiner")
	v.relativeWord, v.duePreposition = lex.Set("relative-word"), lex.Set("due-preposition")
	v.capitalAloneNext, v.venueDeterminer = lex.Set("capital-alone-next"), lex.Set("venue-determiner")
	v.timeLead = lex.Set("time-lead")

	// commitments: where a text starts
	v.nounPhraseStop, v.targetLead = lex.Set("noun-phrase-stop"), lex.Set("target-lead")
	v.listIntro, v.subordinator = lex.Patterns("list-intro"), lex.Set("subordinator")
	v.pastAnchor, v.signatoryTail = lex.Set("past-anchor"), lex.Pattern("signatory-tail")
	v.reportedPronoun = lex.Set("reported-pronoun")
	v.dueWithinYears, v.smallNumber = lex.Pattern("due-within-years"), map[string]int{}
	for w, n := range lex.Values("small-number") {
		if k, err := strconv.Atoi(n); err == nil {
			v.smallNumber[w] = k
		}
	}

	v.delegationObject = lex.Pattern("delegation-object")

	// co-chairs: "chaired by A, with B on the Y side"
	v.chairWithSide = lex.Pattern("chair-with-side")

	v.bodyName = lex.Set("body-name")
	v.gluedVerb = lex.Set("glued-verb")
	for w := range v.bodyName {
		v.notName[w] = true
	}

	v.venueNear, v.visitInvitation = lex.Pattern("venue-near"), lex.Pattern("visit-invitation")
	v.pairTogether, v.nextMeeting = lex.Pattern("pair-together"), lex.Pattern("next-meeting")
	v.townOf, v.sidelinesEvent = lex.Pattern("town-of"), lex.Pattern("sidelines-event")
	v.regionalOffice, v.regionSuffix = lex.Pattern("regional-office"), lex.Set("region-suffix")
	v.alsoMet = lex.Pattern("also-met")
	v.visitingGuest, v.guestAfter = lex.Pattern("visiting-guest"), lex.Pattern("guest-after")

	v.headVerb = lex.Set("head-verb")
	v.originCompound = lex.Set("origin-compound")
	v.presidentOffice = lex.Pattern("president-office")
	v.titleLowerLead = lex.Set("title-lower-lead")
	v.counterpartFrom = lex.Set("counterpart-from")
	v.backReference = lex.Values("back-reference")
	v.republicOffice = lex.Set("republic-office")
	v.titleInner = lex.Words("title-inner")
	v.visit = visitPatterns{}
	for _, rule := range visitRules {
		ps := lex.Patterns("visit-" + rule)
		if len(ps) == 0 {
			return nil, fmt.Errorf("patterns/visits.tsv: no visit-%s pattern", rule)
		}
		for _, p := range ps {
			v.visit[rule] = append(v.visit[rule], p.Re)
		}
	}
	for _, e := range lex.Entries("descriptor") {
		d := descriptor{words: strings.Fields(e.Word)}
		for _, o := range strings.Split(e.Value, ",") {
			if o = strings.TrimSpace(o); o != "" {
				d.offices = append(d.offices, o)
			}
		}
		if len(d.offices) == 0 {
			return nil, fmt.Errorf("%s: descriptor %q: want the offices it stands for", e.Pos, e.Word)
		}
		v.descriptors = append(v.descriptors, d)
	}
	// longer descriptions first: "head of state" before "state"
	sort.SliceStable(v.descriptors, func(i, j int) bool { return len(v.descriptors[i].words) > len(v.descriptors[j].words) })
	for _, p := range lex.Patterns("meeting-phrase") {
		v.meetingPhrases = append(v.meetingPhrases, p.Re)
	}
	for _, p := range lex.Patterns("in-person-call") {
		v.inPersonCalls = append(v.inPersonCalls, p.Re)
	}
	v.meetingPhrases = patterns(lex, "meeting-phrase")
	v.inPersonCalls = patterns(lex, "in-person-call")
	// The first trigger found in a sentence sets its status, so the table's
	// order is kept.
	for _, p := range lex.Patterns("commitment") {
		tr, err := v.newTrigger(p)
		if err != nil {
			return nil, err
		}
		v.triggers = append(v.triggers, tr)
	}
	return v, nil
}

// newTrigger reads a commitment pattern's value: a status (or "none"),
// then optionally a mode and the flags verb, party, parties, plural and subject.
func (v *vocabulary) newTrigger(p lexicon.Pattern) (trigger, error) {
	f := strings.Fields(p.Value)
	bad := func(why string) (trigger, error) {
		return trigger{}, fmt.Errorf("%s: commitment pattern value %q: %s; want a status (%s, or none), then optionally a mode (%s) and the flags verb, party, parties, plural, subject, specific",
			p.Pos, p.Value, why, strings.Join(statuses, ", "), strings.Join(commitmentModes, ", "))
	}
	if len(f) == 0 || f[0] != "none" && !slices.Contains(statuses, f[0]) {
		return bad("no status")
	}
	tr := trigger{re: p.Re, obj: p.Re.SubexpIndex("obj"), keys: v.literalWords(groupNameRE.ReplaceAllString(p.Expr, "("))}
	if f[0] != "none" {
		tr.status, tr.mode = f[0], "from" // a pattern of no commitment masks its match only, unless a mode says more
	}
	for i, w := range f[1:] {
		switch {
		case i == 0 && slices.Contains(commitmentModes, w):
			tr.mode = w
		case w == "verb":
			tr.verb = true
		case w == "party":
			tr.party = true
		case w == "parties":
			tr.parties = true
		case w == "plural":
			tr.plural = true
		case w == "subject":
			tr.subject = true
		case w == "specific":
			tr.specific = true
		default:
			return bad("unknown word " + strconvQuote(w))
		}
	}
	if (tr.mode == "group" || tr.mode == "name") && tr.obj < 0 {
		return bad("mode " + tr.mode + " needs a group (?P<obj>...)")
	}
	return tr, nil
}

func strconvQuote(s string) string { return "\"" + s + "\"" }

// groupNameRE finds the names of a pattern's groups, which are no words of
// the sentences it matches.
var groupNameRE = regexp.MustCompile(`\(\?P<\w+>`)

// patterns are the compiled patterns of a rule of several rows, in table
// order.
func patterns(lex *lexicon.Lexicon, rule string) []*lexicon.Regexp {
	var out []*lexicon.Regexp
	for _, p := range lex.Patterns(rule) {
		out = append(out, p.Re)
	}
	return out
}

// anyMatch reports whether one of res matches the sentence.
func anyMatch(res []*lexicon.Regexp, st *sentence) bool {
	for _, re := range res {
		if st.matches(re) {
			return true
		}
	}
	return false
}

// escapeRE finds the escapes (\b, \w) of a pattern's source text, whose
// letters are no part of a word.
var (
	escapeRE = regexp.MustCompile(`\\[A-Za-z]`)
	// optionalRE finds a letter a pattern may do without ("pledged?",
	// "agrees*"): the word it ends is a key only without it ("pledge"),
	// else "pledge to" would be passed over for want of "pledged"
	optionalRE = regexp.MustCompile(`[A-Za-z](?:[?*]|\{0,)`)
)

// letterRuns finds the words of a pattern's source text: the runs of
// three ASCII letters or more, what [A-Za-z]{3,} finds, in one pass (the
// regular expression engine spent most of the extractor's start on the
// long patterns).
func letterRuns(s string) []string {
	var out []string
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	for i := 0; i < len(s); {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if j-i >= 3 {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// literalWords lists the words of a trigger pattern, lower-cased and without
// the most common ones: a sentence holding none of them cannot match, so
// most sentences are passed over without running the pattern.
func (v *vocabulary) literalWords(expr string) []string {
	var out []string
	for _, w := range letterRuns(optionalRE.ReplaceAllString(escapeRE.ReplaceAllString(expr, " "), " ")) {
		if w = strings.ToLower(w); !v.patternCommon[w] {
			out = appendNew(out, w)
		}
	}
	return out
}

// sole reports an office with one holder per country at a time.
func (v *vocabulary) sole(role string) bool {
	r := strings.ToLower(role)
	for _, o := range v.soleOffice {
		if p, ok := strings.CutSuffix(o, "*"); ok && strings.HasPrefix(r, p) || o == r {
			return true
		}
	}
	return false
}

// withValue is the set of the words of a class whose value is v.
func withValue(m map[string]string, v string) map[string]bool {
	out := map[string]bool{}
	for w, x := range m {
		if x == v {
			out[w] = true
		}
	}
	return out
}

// foldKeys and foldSet key a class by the folded form of its words, the
// form names are compared in.
func foldKeys(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for w, v := range m {
		if _, ok := out[fact.FoldName(w)]; !ok {
			out[fact.FoldName(w)] = v
		}
	}
	return out
}

func foldSet(m map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for w := range m {
		out[fact.FoldName(w)] = true
	}
	return out
}

// surnameAt is the index of the family name among the words of a name:
// the first where the name is written family name first ("Wang Wei",
// "Park Min-jun", "Nguyen Van Long"; "Szabó Gábor" where a Hungarian given
// name ends it), the last otherwise.
func (v *vocabulary) surnameAt(name []string) int {
	last := len(name) - 1
	if last >= 1 && strings.Trim(name[last], "IVX") == "" {
		return last - 1 // "Hamad II": a regnal number is no family name
	}
	if last < 1 {
		return last
	}
	first := fact.FoldName(name[0])
	if len(name) == 3 && strings.Contains(name[2], "-") && v.familyFirst[fact.FoldName(name[1])] == "zh" && v.familyFirst[first] == "" {
		// "Peter Chan Tai-man": an English given name before a Chinese
		// name written family name first, as Hong Kong writes it
		return 1
	}
	trad, ok := v.familyFirst[first]
	if !ok && len(name) == 2 && v.givenName[fact.FoldName(name[1])] == "ja" && v.givenName[first] == "" && !strings.HasSuffix(name[0], ".") {
		// "Morita Kenta" in the official order: a Japanese given name
		// last (names the tables do not list as family names are many;
		// the given names are distinct enough to tell the order)
		return 0
	}
	if !ok || strings.HasSuffix(name[0], ".") {
		return last
	}
	switch trad {
	case "ja", "hu":
		if v.givenName[fact.FoldName(name[last])] == trad {
			return 0
		}
		return last
	}
	if v.alsoGiven[first] && len(name) == 2 && !strings.Contains(name[1], "-") {
		return last // "Kim Beazley": Western order
	}
	return 0
}

// familyFirstUnsure: a two-word name that starts with a family name of a
// tradition that writes it first only before a known given name (ja, hu)
// and ends with no given name the tables know: the order is unknown.
func (v *vocabulary) familyFirstUnsure(name []string) bool {
	if len(name) != 2 || strings.HasSuffix(name[0], ".") {
		return false
	}
	trad := v.familyFirst[fact.FoldName(name[0])]
	return (trad == "ja" || trad == "hu") && v.givenName[fact.FoldName(name[1])] == ""
}

// genericOffice reports a title that may stand for several offices ("the
// head of state of X": a president, a king or an emir).
func (v *vocabulary) genericOffice(title string) bool {
	t := strings.ToLower(title)
	for _, g := range v.genericOffices {
		if strings.Contains(t, g) {
			return true
		}
	}
	return false
}
