package kind

import (
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func visitsKind() Kind {
	return Kind{
		Name:        "visits",
		Description: "state, official and working visits: an official travelling to a host country, where and when",
		Stage:       "relations: visits (extract/visits.go, its words in data/visits.tsv)",
		Count:       func(f fact.Facts) int { return len(f.Visits) },
		Quads:       visitQuads,
		Classes:     []string{schema.ClassVisit},
		Nodes:       []string{schema.ClassVisit},
		Drawings:    []Drawing{{Class: schema.ClassVisit, Shape: "cds", Fill: "#e4d7f5", Label: visitLabel, Search: true}},
		Date:        schema.PredDate,
		Predicates:  []string{schema.PredVisitor, schema.PredHost, schema.PredHeldIn, schema.PredInCountry, schema.PredDate, schema.PredReports},
		Questions: []Question{{
			Name:        "visits",
			Item:        "visit",
			Description: "state and official visits: who visited which country, the city and the date",
			Sets: []Set{{Class: schema.ClassVisit, Evidence: true, Fields: []Field{
				{Tag: "visitor", Path: []Hop{Out(schema.PredVisitor)}, Save: schema.PredName},
				{Tag: "host", Path: []Hop{Out(schema.PredHost)}, Save: schema.PredName},
				{Tag: "city", Path: []Hop{Out(schema.PredHeldIn)}, Save: schema.PredName},
				{Tag: "date", Save: schema.PredDate},
				{Tag: "doc", Path: []Hop{In(schema.PredReports)}},
			}}},
			Columns:  []string{"DATE", "VISITOR", "HOST", "CITY", "DOCS"},
			Shape:    VisitRow{},
			Names:    []string{"visitor", "host", "city"},
			Assemble: assembleVisits,
		}},
	}
}

// visitQuads writes a visit on a node keyed by visitor, host and month
// (schema.VisitIRI), so that the documents reporting one visit gather on it.
func visitQuads(q *Quads, d Doc) {
	for _, v := range d.Visits {
		if !nonEmpty(v.Visitor) || !nonEmpty(v.Host) {
			continue
		}
		id := schema.VisitIRI(v.Visitor, v.Host, v.Date, d.Doc.Name)
		q.Node(id, schema.ClassVisit, visitName(v))
		q.Link(id, schema.PredVisitor, q.Person(v.Visitor))
		host := q.Country(v.Host)
		q.Link(id, schema.PredHost, host)
		if nonEmpty(v.City) {
			q.Link(id, schema.PredHeldIn, q.City(v.Host, v.City))
		}
		q.Date(id, schema.PredDate, v.Date)
		q.Evidence(id, v.Evidence)
		q.Reports(id)
	}
}

func visitName(v fact.Visit) string {
	name := "Visit: " + trim(v.Visitor) + " to " + trim(v.Host)
	var where []string
	if nonEmpty(v.City) {
		where = append(where, trim(v.City))
	}
	if nonEmpty(v.Date) {
		where = append(where, trim(v.Date))
	}
	if len(where) > 0 {
		name += " (" + strings.Join(where, ", ") + ")"
	}
	return name
}

// VisitRow is one visit, however many documents report it.
type VisitRow struct {
	Visitor  string     `json:"visitor"`
	Host     string     `json:"host"`
	City     string     `json:"city"`
	Date     string     `json:"date"`
	Docs     []string   `json:"docs"`
	Evidence []Evidence `json:"evidence,omitempty"`
	sources  []DocRef
}

func (v VisitRow) Cells() []string {
	return []string{v.Date, v.Visitor, v.Host, v.City, DocCell(v.sources)}
}

func (v VisitRow) Sources() []Evidence { return v.Evidence }

func (v VisitRow) Undated() bool { return v.Date == "" }

func (v VisitRow) JSON(evidence bool) any {
	v.Evidence = withoutEvidence(evidence, v.Evidence)
	return v
}

// assembleVisits lists visits by date, undated ones too: unlike a meeting,
// a visit says something (who went where) without a date.
func assembleVisits(rs *Records, p Params) Result {
	var res Result
	list := rs.Class(schema.ClassVisit)
	out := make([]VisitRow, 0, len(list)) // a row a visit at most
	for _, r := range list {
		docs := rs.Docs(r, "doc")
		reports := map[string]int{}
		for _, d := range r.Values("date") {
			reports[d] = r.Count("date", d)
		}
		v := VisitRow{
			Visitor:  r.Longest("visitor"),
			Host:     r.Longest("host"),
			City:     r.First("city"),
			Date:     fact.MeetingDate(r.Values("date"), reports),
			Docs:     files(docs),
			Evidence: evidenceIf(p, r.Evidence),
			sources:  docs,
		}
		if v.Visitor == "" || v.Host == "" {
			continue
		}
		if !anyPerson([]string{v.Visitor}, p.People) || !countryOK(p, v.Host) {
			continue
		}
		if v.Date == "" {
			res.UndatedShown++
		}
		out = append(out, v)
	}
	res.Rows = sortedRows(out, func(v *VisitRow) sortKey { return sortKey{v.Date, v.Visitor} })
	return res
}

// visitLabel draws a visit by its date; the edges show who went where.
func visitLabel(l Literals) string {
	if d := l.First(schema.PredDate); d != "" {
		return "visit " + d
	}
	return "visit (undated)"
}
