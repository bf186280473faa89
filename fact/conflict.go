package fact

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// UnitPercent is the unit of a claim that states a rate: its Value is the
// rate, and its ChangePct says the same.
const UnitPercent = "percent"

// Figure is a claim as the conflict rule sees it: one report of it, or every
// report of one claim node together (the store identifies a claim by
// speaker, value, unit and period, so several documents may give it under
// different metric names and with different stated changes).
type Figure struct {
	Speaker string    // identity key of the speaker; "" for the narrator
	Metrics []string  // the names the reports give the measure
	Value   float64   // in Unit
	Unit    string    // "USD", UnitPercent, "jobs", ...
	Period  string    // as stated, "" when unstated
	Changes []float64 // stated growth (+) or fall (-) in percent
	Docs    []string  // documents it was stated in, the conversations an unstated period belongs to
}

// Tolerances of the conflict rule: amounts within 1% of the larger are the
// same figure rounded (the gold scorer's tolerance); rates within a
// twentieth of a point are the same rate rounded.
const (
	valueTolerance  = 0.01
	changeTolerance = 0.05
)

// Conflicting is the one rule for claims in conflict: the store links them
// (dg:conflicts-with) and `ask conflicts` lists the links. Two claims
// conflict when
//   - two different identified speakers state them (a narrator's figure
//     contradicts no one: it is the document's own);
//   - they are about the same period: both stated and equal, or one unstated
//     and both said in the same document, where the speakers answer each other;
//   - they are about the same measure (MetricFamily: a growth rate of trade
//     and an amount of trade are one measure);
//   - and their figures differ: amounts in one unit more than 1% apart, or
//     stated changes more than 0.05 points apart. A claim in percent is a
//     rate whose Value repeats its change, so it is compared by its change.
func Conflicting(a, b Figure) bool {
	if a.Speaker == "" || b.Speaker == "" || a.Speaker == b.Speaker {
		return false
	}
	if !samePeriod(a, b) || !sameMeasure(a, b) {
		return false
	}
	return amountsDiffer(a, b) || changesDiffer(a, b)
}

// ConflictKeys buckets claims so that only claims sharing a key need be
// compared: two claims Conflicting accepts always share one (the same
// measure and stated period, or the same measure and document).
func ConflictKeys(f Figure) []string {
	var periods []string
	if p := strings.TrimSpace(f.Period); p != "" {
		periods = append(periods, p)
	}
	for _, d := range f.Docs {
		periods = append(periods, "@"+d) // the conversation it was said in
	}
	var keys []string
	for _, family := range Families(f) {
		for _, p := range periods {
			keys = append(keys, family+"|"+p)
		}
	}
	sort.Strings(keys)
	return keys
}

// SharedFamily is the measure two claims share, the first in sorted order,
// or "" if none.
func SharedFamily(a, b Figure) string { return SharedOf(Families(a), Families(b)) }

// SharedOf is SharedFamily of two figures' Families, for callers that
// compare one figure with many.
func SharedOf(fa, fb []string) string {
	for _, f := range fa {
		for _, g := range fb {
			if f == g {
				return f
			}
		}
	}
	return ""
}

// Families are the metric families of a figure's metrics, sorted.
func Families(f Figure) []string {
	var out []string
	for _, m := range f.Metrics {
		if fam := MetricFamily(m); fam != "" && !slices.Contains(out, fam) {
			out = append(out, fam)
		}
	}
	sort.Strings(out)
	return out
}

func sameMeasure(a, b Figure) bool { return SharedFamily(a, b) != "" }

func samePeriod(a, b Figure) bool {
	pa, pb := strings.TrimSpace(a.Period), strings.TrimSpace(b.Period)
	if pa != "" && pb != "" {
		return pa == pb
	}
	for _, d := range a.Docs {
		if slices.Contains(b.Docs, d) {
			return true
		}
	}
	return false
}

func amountsDiffer(a, b Figure) bool {
	ua, ub := normUnit(a.Unit), normUnit(b.Unit)
	if ua != ub || ua == UnitPercent {
		return false
	}
	return math.Abs(a.Value-b.Value) > valueTolerance*math.Max(math.Abs(a.Value), math.Abs(b.Value))
}

// changesDiffer: both claims state a change and no change of one is within
// the tolerance of a change of the other (reports of one claim node may
// state different changes; the claims agree if any reading of them does).
func changesDiffer(a, b Figure) bool {
	if len(a.Changes) == 0 || len(b.Changes) == 0 {
		return false
	}
	for _, x := range a.Changes {
		for _, y := range b.Changes {
			if math.Abs(x-y) <= changeTolerance {
				return false
			}
		}
	}
	return true
}

func normUnit(u string) string { return strings.Join(strings.Fields(Fold(u)), " ") }
