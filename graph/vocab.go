// Package graph opens Cayley stores, turns extracted facts into quads
// through the fact-kind registry (package kind), writes them document by
// document, and exports the graph.
package graph

import "github.com/diplograph/diplograph/schema"

// Namespace and EntityPrefix are schema's; see package schema.
const (
	Namespace    = schema.Namespace
	EntityPrefix = schema.EntityPrefix
)

// The vocabulary, under the names the store's code uses. The terms are
// defined, documented and kept in package schema; these are aliases.
const (
	ClassPerson      = schema.ClassPerson
	ClassCountry     = schema.ClassCountry
	ClassCity        = schema.ClassCity
	ClassMeeting     = schema.ClassMeeting
	ClassCall        = schema.ClassCall
	ClassClaim       = schema.ClassClaim
	ClassCommission  = schema.ClassCommission
	ClassCoChair     = schema.ClassCoChair
	ClassOffice      = schema.ClassOffice
	ClassCommitment  = schema.ClassCommitment
	ClassPartnership = schema.ClassPartnership
	ClassVisit       = schema.ClassVisit
	ClassDocument    = schema.ClassDocument
	ClassSentence    = schema.ClassSentence

	PredType       = schema.PredType
	PredName       = schema.PredName
	PredAlias      = schema.PredAlias
	PredActsFor    = schema.PredActsFor
	PredAttended   = schema.PredAttended
	PredHeldIn     = schema.PredHeldIn
	PredClaimed    = schema.PredClaimed
	PredPartnerOf  = schema.PredPartnerOf
	PredInCountry  = schema.PredInCountry
	PredDate       = schema.PredDate
	PredOccasion   = schema.PredOccasion
	PredMetric     = schema.PredMetric
	PredValue      = schema.PredValue
	PredUnit       = schema.PredUnit
	PredPeriod     = schema.PredPeriod
	PredChangePct  = schema.PredChangePct
	PredApprox     = schema.PredApprox
	PredQuote      = schema.PredQuote
	PredConflicts  = schema.PredConflicts
	PredHolds      = schema.PredHolds
	PredRole       = schema.PredRole
	PredOf         = schema.PredOf
	PredObserved   = schema.PredObserved
	PredCoChaired  = schema.PredCoChaired
	PredChairing   = schema.PredChairing
	PredCommission = schema.PredCommission
	PredSide       = schema.PredSide
	PredParty      = schema.PredParty
	PredText       = schema.PredText
	PredStatus     = schema.PredStatus
	PredDue        = schema.PredDue
	PredMadeAt     = schema.PredMadeAt
	PredVisitor    = schema.PredVisitor
	PredHost       = schema.PredHost
	PredEvidence   = schema.PredEvidence
	PredInDocument = schema.PredInDocument
	PredStart      = schema.PredStart
	PredEnd        = schema.PredEnd
	PredLine       = schema.PredLine
	PredTitle      = schema.PredTitle
	PredPublished  = schema.PredPublished
	PredSource     = schema.PredSource
	PredURL        = schema.PredURL
	PredHash       = schema.PredHash
	PredFile       = schema.PredFile
	PredReports    = schema.PredReports
)
