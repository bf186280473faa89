// Package extract turns documents into facts: read → segment → mentions →
// resolve → relations. Every fact carries the span of its evidence sentence.
package extract

import "github.com/diplograph/diplograph/fact"

// The fact types are the fact package's; these names keep the stages short.
type (
	Document    = fact.Document
	Span        = fact.Span
	Evidence    = fact.Evidence
	Person      = fact.Person
	Office      = fact.Office
	Meeting     = fact.Meeting
	Claim       = fact.Claim
	CoChair     = fact.CoChair
	Partnership = fact.Partnership
	Commitment  = fact.Commitment
	Facts       = fact.Facts
	Report      = fact.Report
)

// Commitment statuses, as the stages name them.
const (
	StatusSigned   = fact.StatusSigned
	StatusAgreed   = fact.StatusAgreed
	StatusProposed = fact.StatusProposed
	StatusPledged  = fact.StatusPledged
	StatusDone     = fact.StatusDone
)
