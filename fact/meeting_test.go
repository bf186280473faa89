package fact

import "testing"

func sighting(kind string, people []string, city, date string) MeetingSighting {
	s := MeetingSighting{Kind: kind, People: map[string]bool{}, Cities: map[string]bool{}, Dates: map[string]bool{}}
	for _, p := range people {
		s.People[p] = true
	}
	if city != "" {
		s.Cities[city] = true
	}
	if date != "" {
		s.Dates[date] = true
	}
	return s
}

func TestSameMeeting(t *testing.T) {
	m := func(people []string, city, date string) MeetingSighting {
		return sighting(MeetingInPerson, people, city, date)
	}
	tests := []struct {
		name string
		a, b MeetingSighting
		want bool
	}{
		{"same city and date", m([]string{"A", "B"}, "X", "2023-01-02"), m([]string{"A", "B"}, "X", "2023-01-02"), true},
		{"subset of participants", m([]string{"A", "B", "C"}, "X", ""), m([]string{"A"}, "X", "2023-01"), true},
		{"date prefix, city equal", m([]string{"A", "B"}, "X", "2023-01"), m([]string{"A", "B"}, "X", "2023-01-05"), true},
		{"one day apart, city equal", m([]string{"A", "B"}, "X", "2023-01-02"), m([]string{"A", "B"}, "X", "2023-01-03"), true},
		{"two days apart", m([]string{"A", "B"}, "X", "2023-01-02"), m([]string{"A", "B"}, "X", "2023-01-04"), false},
		{"different cities", m([]string{"A", "B"}, "X", "2023-01-02"), m([]string{"A", "B"}, "Y", "2023-01-02"), false},
		{"nothing equal", m([]string{"A", "B"}, "X", ""), m([]string{"A", "B"}, "", "2023-01-02"), false},
		{"overlap but not subset", m([]string{"A", "B"}, "X", "2023-01-02"), m([]string{"A", "C"}, "X", "2023-01-02"), false},
		{"no shared person", m(nil, "X", "2023-01-02"), m(nil, "X", "2023-01-02"), false},
		{"call vs meeting", m([]string{"A"}, "X", "2023-01-02"), sighting(MeetingCall, []string{"A"}, "X", "2023-01-02"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := SameMeeting(tt.a, tt.b); got != tt.want {
				t.Errorf("SameMeeting = %v, want %v", got, tt.want)
			}
		})
	}
	// The closer match scores higher.
	full, _ := SameMeeting(m([]string{"A", "B"}, "X", "2023-01-02"), m([]string{"A", "B"}, "X", "2023-01-02"))
	cityOnly, _ := SameMeeting(m([]string{"A", "B"}, "X", "2023-01"), m([]string{"A", "B"}, "X", "2023-01-02"))
	if full <= cityOnly {
		t.Errorf("score of an equal date %d, want more than %d", full, cityOnly)
	}
}

func TestMeetingDate(t *testing.T) {
	tests := []struct {
		dates   []string
		reports map[string]int
		want    string
	}{
		{[]string{"2023-02", "2023-02-02"}, nil, "2023-02-02"},
		{[]string{"2023-02-03", "2023-02-02"}, map[string]int{"2023-02-03": 2, "2023-02-02": 1}, "2023-02-03"},
		{[]string{"2023-02-03", "2023-02-02"}, nil, "2023-02-02"},
		{nil, nil, ""},
	}
	for _, tt := range tests {
		if got := MeetingDate(tt.dates, tt.reports); got != tt.want {
			t.Errorf("MeetingDate(%v, %v) = %q, want %q", tt.dates, tt.reports, got, tt.want)
		}
	}
}

func TestSameUndatedMeeting(t *testing.T) {
	m := func(city, country string, people ...string) Meeting {
		return Meeting{Kind: MeetingInPerson, Participants: people, City: city, Country: country}
	}
	tests := []struct {
		name string
		a, b Meeting
		want bool
	}{
		{"same people, same city", m("Oslo", "Norway", "A", "B"), m("Oslo", "Norway", "B", "A"), true},
		{"same people, other city", m("Oslo", "Norway", "A", "B"), m("Bergen", "Norway", "A", "B"), false},
		{"one city unknown, same country", m("Oslo", "Norway", "A", "B"), m("", "Norway", "A", "B"), true},
		{"no place at all", m("", "", "A", "B"), m("", "", "A", "B"), false},
		{"a subset of the people", m("Oslo", "Norway", "A", "B", "C"), m("Oslo", "Norway", "A", "B"), false},
		{"one person", m("Oslo", "Norway", "A"), m("Oslo", "Norway", "A"), false},
	}
	for _, tt := range tests {
		if got := SameUndatedMeeting(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: SameUndatedMeeting = %v, want %v", tt.name, got, tt.want)
		}
	}
}
