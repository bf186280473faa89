package extract

import (
	"reflect"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

func TestVisits(t *testing.T) {
	tests := []struct {
		name, text, date string
		want             []fact.Visit // Evidence left out
	}{
		{"paid a state visit to a country, on a date",
			"President Ana Ruiz of Chile paid a state visit to Norway on 2 May 2023.", "2023-05-03",
			[]fact.Visit{{Visitor: "Ana Ruiz", Host: "Norway", Date: "2023-05-02"}}},
		{"arrived in a city on an official visit",
			"Prime Minister Lars Berg of Norway arrived in Santiago on an official visit.", "2023-06-12",
			[]fact.Visit{{Visitor: "Lars Berg", Host: "Chile", City: "Santiago", Date: "2023-06-12"}}},
		{"the host's own official receives the visitor",
			"Prime Minister Lars Berg of Norway welcomed President Ana Ruiz of Chile on her state visit to Norway.", "2023-05-02",
			[]fact.Visit{{Visitor: "Ana Ruiz", Host: "Norway", Date: "2023-05-02"}}},
		{"the visitor named after the visit",
			"During his working visit to Kenya, Foreign Minister Kofi Mensah of Ghana met business leaders.", "2022-09-01",
			[]fact.Visit{{Visitor: "Kofi Mensah", Host: "Kenya", Date: "2022-09-01"}}},
		{"a city of the host named after the visit",
			"Foreign Minister Kofi Mensah of Ghana is on a two-day official visit to Nairobi.", "2022-09-01",
			[]fact.Visit{{Visitor: "Kofi Mensah", Host: "Kenya", City: "Nairobi", Date: "2022-09-01"}}},
		{"the visitor named between the visit and the place",
			"The agreement was signed during the working visit by President Kofi Mensah of Ghana on 29 January in Nairobi.", "2022-02-10",
			[]fact.Visit{{Visitor: "Kofi Mensah", Host: "Kenya", City: "Nairobi", Date: "2022-01-29"}}},
		{"a country visited and a city of it",
			"The talks held in Nairobi on Monday were attended by Foreign Minister Kofi Mensah of Ghana, who is on an official visit to Kenya.", "2022-09-01",
			[]fact.Visit{{Visitor: "Kofi Mensah", Host: "Kenya", City: "Nairobi", Date: "2022-08-29"}}},
		{"the visit of someone the document does not know as a person",
			"Ministers of Kenya attended throughout the official visit of His Excellency to Kenya.", "2022-09-01", nil},
		{"a visit still to come",
			"President Ana Ruiz of Chile will pay a state visit to Norway next month.", "2023-05-02", nil},
		{"a visit only invited",
			"Prime Minister Lars Berg of Norway invited President Ana Ruiz of Chile to pay an official visit to Norway.", "2023-05-02", nil},
		{"the upcoming visit",
			"Prime Minister Lars Berg of Norway said the upcoming state visit of President Ana Ruiz of Chile to Oslo will open a new chapter.", "2023-05-02", nil},
		{"an earlier visit recalled",
			"President Ana Ruiz of Chile recalled her last state visit to Norway.", "2023-05-02", nil},
		{"no place visited",
			"President Ana Ruiz of Chile is on a state visit at the invitation of her counterpart.", "2023-05-02", nil},
		{"no visit, a meeting",
			"President Ana Ruiz of Chile met Prime Minister Lars Berg of Norway in Oslo.", "2023-05-02", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, tt.date)
			var got []fact.Visit
			for _, v := range f.Visits {
				if v.Evidence.Sentence == "" {
					t.Errorf("visit without evidence: %+v", v)
				}
				v.Evidence = fact.Evidence{}
				got = append(got, v)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("visits = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// A visit two sentences tell is one visit; the visitor's short name in the
// second is the full name.
func TestVisitToldTwice(t *testing.T) {
	f := one(t, "President Ana Ruiz of Chile paid a state visit to Norway on 2 May 2023. "+
		"Ms Ruiz said her official visit to Oslo had been fruitful.", "2023-05-03")
	if len(f.Visits) != 1 || f.Visits[0].Visitor != "Ana Ruiz" || f.Visits[0].City != "Oslo" {
		t.Errorf("visits = %+v, want one visit by Ana Ruiz to Oslo", f.Visits)
	}
}
