package kind

import (
	"sort"
	"strings"

	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/schema"
)

func meetingsKind() Kind {
	return Kind{
		Name:        "meetings",
		Description: "in-person meetings and calls between officials: who met whom, where and when, at which occasion",
		Stage:       "docs/EXTRACTION.md, relations: meetings and calls",
		Count:       func(f fact.Facts) int { return len(f.Meetings) },
		Quads:       meetingQuads,
		Classes:     []string{schema.ClassMeeting, schema.ClassCall, schema.ClassCity},
		Nodes:       []string{schema.ClassMeeting, schema.ClassCall},
		Drawings: []Drawing{
			{Class: schema.ClassMeeting, Shape: "diamond", Fill: "#f4cccc", Label: datedLabel("meeting"), Search: true},
			{Class: schema.ClassCall, Shape: "diamond", Fill: "#f4cccc", Style: "filled,dashed", Label: datedLabel("call"), Search: true},
		},
		Date: schema.PredDate,
		Predicates: []string{schema.PredAttended, schema.PredHeldIn, schema.PredInCountry, schema.PredDate,
			schema.PredOccasion, schema.PredCityAsWritten, schema.PredAlias, schema.PredReports},
		Questions: []Question{
			{
				Name:        "meetings",
				Item:        "meeting",
				Description: "in-person meetings: city, country, date, participants, occasion and the documents that report them",
				Sets:        []Set{meetingSet(schema.ClassMeeting)},
				Columns:     meetingColumns,
				Shape:       MeetingRow{},
				Names:       meetingNames,
				Assemble:    assembleMeetings(schema.ClassMeeting, false),
				Gold: &Gold{Key: "meetings",
					Match: []Compare{
						{Field: "city", By: SamePlace},
						{Field: "date", By: SameDate},
						{Field: "participants", By: HalfOfPeople},
					},
					Summary: []Part{
						{Field: "date", None: "(no date)"},
						{Field: "city", Before: " ", None: "(no city)"},
						{Field: "country", Before: ", "},
						{Field: "participants", Before: ": ", None: "(nobody)"},
						{Field: "occasion", Before: " (at ", After: ")"},
					},
					// Near when someone is the same, or the place and the date.
					Near: Near{Min: 2, By: []Compare{
						{Field: "participants", By: PeopleFound, Weight: 2},
						{Field: "city", By: SamePlace, Weight: 1},
						{Field: "date", By: SameDate, Weight: 1},
					}},
					Locate: []Cue{
						{Field: "participants", Find: FindPerson, Weight: 2},
						{Field: "city", Find: FindWords, Weight: 1.5},
						{Find: FindWord, Words: []string{"met", "meeting", "talks", "visit", "held", "meet"}, Weight: 0.5},
					},
					Withheld: "no date: `ask meetings --undated` lists it",
				},
			},
			{
				Name:        "calls",
				Item:        "call",
				Description: "telephone and video calls: participants, date and the documents that report them",
				Sets:        []Set{meetingSet(schema.ClassCall)},
				Columns:     meetingColumns,
				Shape:       MeetingRow{},
				Names:       meetingNames,
				// A call has no place to tell it apart by, and says no less
				// without a date: calls are listed dated or not.
				Assemble: assembleMeetings(schema.ClassCall, true),
			},
		},
	}
}

// meetingQuads writes each meeting on the node the store resolved it to,
// so that a meeting several documents report gathers their reports.
func meetingQuads(q *Quads, d Doc) {
	for i, m := range d.Meetings {
		id := d.MeetingIDs[i]
		class := schema.ClassMeeting
		if schema.MeetingKind(m.Kind) == fact.MeetingCall {
			class = schema.ClassCall
		}
		q.Node(id, class, meetingName(m))
		q.Date(id, schema.PredDate, m.Date)
		switch {
		case nonEmpty(m.City):
			city := q.City(m.Country, m.City)
			q.Link(id, schema.PredHeldIn, city)
			q.Str(id, schema.PredCityAsWritten, m.CityAsWritten)
			// the spelling also names the city, so a question in the
			// text's spelling finds it ("meetings in Nur-Sultan")
			q.Str(city, schema.PredAlias, m.CityAsWritten)
		case nonEmpty(m.Country):
			q.Link(id, schema.PredInCountry, q.Country(m.Country))
		}
		q.Str(id, schema.PredOccasion, m.Occasion)
		for _, p := range m.Participants {
			if nonEmpty(p) {
				q.Link(q.Person(p), schema.PredAttended, id)
			}
		}
		q.Evidence(id, m.Evidence)
		q.Reports(id)
	}
}

func meetingName(m fact.Meeting) string {
	var b strings.Builder
	if schema.MeetingKind(m.Kind) == fact.MeetingCall {
		b.WriteString("Call")
	} else {
		b.WriteString("Meeting")
	}
	var ps []string
	for _, p := range m.Participants {
		if nonEmpty(p) {
			ps = append(ps, strings.TrimSpace(p))
		}
	}
	if len(ps) > 0 {
		sort.Strings(ps) // reports list people in any order
		b.WriteString(": " + strings.Join(ps, ", "))
	}
	var where []string
	if nonEmpty(m.City) {
		where = append(where, strings.TrimSpace(m.City))
	}
	if nonEmpty(m.Date) {
		where = append(where, strings.TrimSpace(m.Date))
	}
	if len(where) > 0 {
		b.WriteString(" (" + strings.Join(where, ", ") + ")")
	}
	return b.String()
}

func meetingSet(class string) Set {
	return Set{Class: class, Evidence: true, Fields: []Field{
		{Tag: "date", Save: schema.PredDate},
		{Tag: "occasion", Save: schema.PredOccasion},
		{Tag: "city", Path: []Hop{Out(schema.PredHeldIn)}, Save: schema.PredName},
		{Tag: "city_written", Save: schema.PredCityAsWritten},
		{Tag: "country", Path: []Hop{Out(schema.PredHeldIn), Out(schema.PredInCountry)}, Save: schema.PredName},
		{Tag: "meeting_country", Path: []Hop{Out(schema.PredInCountry)}, Save: schema.PredName},
		{Tag: "participant", Path: []Hop{In(schema.PredAttended)}, Save: schema.PredName},
		{Tag: "doc", Path: []Hop{In(schema.PredReports)}},
	}}
}

var meetingNames = []string{"participants", "city", "country"}

var meetingColumns = []string{"DATE", "CITY", "COUNTRY", "PARTICIPANTS", "OCCASION", "DOCS"}

// MeetingRow is one real-world meeting (or call), however many documents
// report it.
type MeetingRow struct {
	Docs         []string   `json:"docs"`
	City         string     `json:"city"`
	Country      string     `json:"country"`
	Date         string     `json:"date"`
	Participants []string   `json:"participants"`
	Occasion     string     `json:"occasion"`
	Evidence     []Evidence `json:"evidence,omitempty"`
	sources      []DocRef
	cityName     string // the city's own name, where City is the reports' spelling
}

func (m MeetingRow) Cells() []string {
	return []string{m.Date, m.City, m.Country, strings.Join(m.Participants, ", "), m.Occasion, DocCell(m.sources)}
}

func (m MeetingRow) Sources() []Evidence { return m.Evidence }

func (m MeetingRow) Undated() bool { return m.Date == "" }

func (m MeetingRow) JSON(evidence bool) any {
	m.Evidence = withoutEvidence(evidence, m.Evidence)
	return m
}

func assembleMeetings(class string, keepUndated bool) func(*Records, Params) Result {
	return func(rs *Records, p Params) Result {
		var res Result
		list := rs.Class(class)
		out := make([]MeetingRow, 0, len(list))
		// how many reports give each date, where a meeting has several
		// (one map, cleared for each: MeetingDate keeps none)
		reports := map[string]int{}
		for _, r := range list {
			var dateReports map[string]int
			if dates := r.Values("date"); len(dates) > 1 {
				clear(reports)
				for _, d := range dates {
					reports[d] = r.Count("date", d)
				}
				dateReports = reports
			}
			country := r.First("country")
			if country == "" {
				country = r.First("meeting_country")
			}
			docs := rs.Docs(r, "doc")
			// the city as the reports spell it: the gold keeps the text's
			// spelling ("St Petersburg"), the store one node per city
			city := r.First("city_written")
			if city == "" {
				city = r.First("city")
			}
			m := MeetingRow{
				cityName:     r.First("city"),
				Docs:         files(docs),
				City:         city,
				Country:      country,
				Date:         fact.MeetingDate(r.Values("date"), dateReports),
				Participants: nonNil(r.Values("participant")),
				Occasion:     r.Longest("occasion"),
				Evidence:     evidenceIf(p, r.Evidence),
				sources:      docs,
			}
			if !anyPerson(m.Participants, p.People) || !countryOK(p, m.Country) {
				continue
			}
			if m.Date == "" {
				if !p.Undated && !keepUndated {
					res.Undated++
					continue
				}
				res.UndatedShown++
			}
			out = append(out, m)
		}
		res.Rows = sortedRows(out, func(m *MeetingRow) sortKey { return sortKey{m.Date, m.City} })
		return res
	}
}

func files(docs []DocRef) []string {
	out := make([]string, 0, len(docs))
	for _, d := range docs {
		out = append(out, d.File)
	}
	return out
}
