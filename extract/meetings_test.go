package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// meetingLines renders a document's meetings and calls one per line,
// sorted: "kind date city: participants".
func meetingLines(ms []fact.Meeting) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Kind+" "+m.Date+" "+m.City+": "+strings.Join(m.Participants, "+"))
	}
	sort.Strings(out)
	return out
}

type meetingCase struct {
	name, text, date string
	want             []string // meetingLines of the document
}

func runMeetingCases(t *testing.T, tests []meetingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, tt.date)
			got := meetingLines(f.Meetings)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("meetings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// Datelines say where and when a report was filed; their forms differ from
// wire to wire.
func TestMeetingDatelines(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"city, date over a comma, agency",
			"DHAKA, March 4, 2019 (Wire) – Nepali Prime Minister Hari Adhikari held talks with Bangladeshi President Rahim Chowdhury this evening.", "",
			[]string{"meeting 2019-03-04 Dhaka: Hari Adhikari+Rahim Chowdhury"}},
		{"an ordinal day before the month, Gulf agency",
			"Abu Dhabi, 14th June, 2023 (Agency) -- Sheikh Hamdan bin Rashid Al Nuaimi, Minister of Foreign Affairs, received Carlos Mendes, Minister of Foreign Affairs of Portugal.", "",
			[]string{"meeting 2023-06-14 Abu Dhabi: Carlos Mendes+Hamdan bin Rashid Al Nuaimi"}},
		{"an ordinal day before the month, upper-case city",
			"MUSCAT, 3rd May 2022 (Agency) – Omani Foreign Minister Salim Al Harthy received Jordanian Foreign Minister Omar Haddad.", "",
			[]string{"meeting 2022-05-03 Muscat: Omar Haddad+Salim Al Harthy"}},
		{"today is the day the wire was filed, published the day after",
			"Riyadh, June 14, 2023, Agency -- Crown Prince Faisal bin Khalid received at Al-Yamamah Palace here today the President of the Republic of Senegal, Moussa Ndiaye.", "2023-06-15",
			[]string{"meeting 2023-06-14 Riyadh: Faisal bin Khalid+Moussa Ndiaye"}},
		{"yesterday counts from the day the wire was filed",
			"HARARE, March 9 (Agency) -- Zimbabwean President Tendai Moyo yesterday held talks with Zambian President Bwalya Tembo at State House.", "2021-03-10",
			[]string{"meeting 2021-03-08 Harare: Bwalya Tembo+Tendai Moyo"}},
		{"an agency's slashed date",
			"ENA March 5/2022 Prime Minister Lemma Tadesse held talks with Kenyan President Otieno Kamau in Addis Ababa.", "",
			[]string{"meeting 2022-03-05 Addis Ababa: Lemma Tadesse+Otieno Kamau"}},
		{"a place label opening the body",
			"Muscat: Omani Foreign Minister Salim Al Harthy received Jordanian Foreign Minister Omar Haddad this evening.", "2021-04-12",
			[]string{"meeting 2021-04-12 Muscat: Omar Haddad+Salim Al Harthy"}},
		{"the filing city of a report on talks abroad is no venue: the capital of the country the minister is in",
			"WIRE (KATHMANDU, 29 March 2022) – Nepali Foreign Minister Ram Thapa held a meeting with Indian Foreign Minister Arjun Mehta today. The minister is presently in Sri Lanka for the regional meeting.", "",
			[]string{"meeting 2022-03-29 Colombo: Arjun Mehta+Ram Thapa"}},
		{"a syndication feed's country and day are not the meeting's",
			"CANADA, May 3 - Prime Minister Claire Dubois met with the President of Ecuador, Luis Andrade.", "2024-03-06",
			[]string{"meeting 2024-03-06 : Claire Dubois+Luis Andrade"}},
	})
}

// Meeting triggers are data: verbs and nouns of talks beyond "met", and
// "calls" that are visits in person.
func TestMeetingTriggers(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"conferred with, agency wire",
			"ADDIS ABABA, March 3 (Wire) – Prime Minister Lemma Tadesse conferred with Kenyan President Otieno Kamau on the sidelines of the regional summit today.", "2021-03-03",
			[]string{"meeting 2021-03-03 Addis Ababa: Lemma Tadesse+Otieno Kamau"}},
		{"conferred with, readout",
			"President Ana Ferreira conferred with Prime Minister Jonas Berg of Sweden in Lisbon on Tuesday.", "2022-06-09",
			[]string{"meeting 2022-06-07 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"held bilateral discussions with",
			"GEORGETOWN, Guyana – President Ana Ferreira held bilateral discussions with Prime Minister Jonas Berg of Sweden on Tuesday at State House in Georgetown.", "2023-09-13",
			[]string{"meeting 2023-09-12 Georgetown: Ana Ferreira+Jonas Berg"}},
		{"held fruitful discussions",
			"Prime Minister Hon. Peter Tobi and the visiting Australian Deputy Prime Minister, Hon. Mark Lowe held fruitful discussions in Honiara today.", "2024-05-21",
			[]string{"meeting 2024-05-21 Honiara: Mark Lowe+Peter Tobi"}},
		{"discussed with",
			"In Addis Ababa, Prime Minister Lemma Tadesse also discussed with Djiboutian President Ali Hassan Omar the status of the railway.", "2020-02-10",
			[]string{"meeting 2020-02-10 Addis Ababa: Ali Hassan Omar+Lemma Tadesse"}},
		{"exchanged views",
			"Sudanese Prime Minister Omar Bashir and Ethiopian Prime Minister Lemma Tadesse exchanged views on the peace process in Addis Ababa on Monday.", "2020-02-12",
			[]string{"meeting 2020-02-10 Addis Ababa: Lemma Tadesse+Omar Bashir"}},
		{"talks under way",
			"Polish-Czech intergovernmental consultations opened in Prague on Thursday. Czech Prime Minister Jan Novak and his Polish counterpart Piotr Kowal are discussing energy.", "2024-03-29",
			[]string{"meeting 2024-03-28 Prague: Jan Novak+Piotr Kowal"}},
		{"a courtesy call is a visit",
			"The Crown Prince of Brunei, Prince Hassan Bolkiah, paid a courtesy call on Bahraini Prime Minister Khalid bin Ali Al Khalifa at the palace in Manama.", "2008-04-14",
			[]string{"meeting 2008-04-14 Manama: Hassan Bolkiah+Khalid bin Ali Al Khalifa"}},
		{"a farewell call is a visit",
			"The outgoing Ambassador of Chile, Marta Rojas, paid a farewell call on Bangladeshi Prime Minister Nasreen Akter at her office in Dhaka on Tuesday.", "2019-11-13",
			[]string{"meeting 2019-11-12 Dhaka: Marta Rojas+Nasreen Akter"}},
		{"called on a president, with here and a dateline",
			"DHAKA, April 13, 2019 (Wire) – Visiting Nepali Prime Minister Hari Adhikari called on President Rahim Chowdhury at the presidential palace here this evening.", "",
			[]string{"meeting 2019-04-13 Dhaka: Hari Adhikari+Rahim Chowdhury"}},
		{"called on a chief minister",
			"Australia's High Commissioner to India, Mark Lowe, called on Chief Minister Ravi Kumar at his residence in Raipur and discussed investment.", "2021-09-03",
			[]string{"meeting 2021-09-03 Raipur: Mark Lowe+Ravi Kumar"}},
		{"called on someone to act is no visit",
			"Kenyan President Otieno Kamau called on President Ali Hassan Omar to release the detained journalists.", "2021-09-03",
			nil},
		{"an audience",
			"Prime Minister Jonas Berg of Sweden was granted an audience by King Hamad bin Isa in Manama on Monday.", "2022-05-03",
			[]string{"meeting 2022-05-02 Manama: Hamad bin Isa+Jonas Berg"}},
		{"a telephone call stays a call",
			"Prime Minister Jonas Berg of Sweden held a telephone call with Kenyan President Otieno Kamau on Monday.", "2022-05-03",
			[]string{"call 2022-05-02 : Jonas Berg+Otieno Kamau"}},
		{"the day officials spoke is not the meeting's",
			"Australia's High Commissioner to India, Mark Lowe, called on Chief Minister Ravi Kumar in Raipur, officials said on Friday. The meeting took place on Thursday.", "2021-09-03",
			[]string{"meeting 2021-09-02 Raipur: Mark Lowe+Ravi Kumar"}},
	})
}

// A speaker who names the meeting in the first person took part in it.
func TestMeetingSpeakerTakesPart(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a transcript's welcome",
			"Czech Prime Minister Petr Dvorak: I am very pleased to welcome the Prime Minister of Slovakia, Prime Minister Juraj Horvath, to Prague. Today we discussed energy.", "2023-05-04",
			[]string{"meeting 2023-05-04 Prague: Juraj Horvath+Petr Dvorak"}},
		{"a quoted post after the meeting",
			"\"Very productive meeting with Fiji PM Ratu Rabuka exploring areas of collaboration and to strengthen our ties,\" Tongan Prime Minister Siaosi Tupou stated after the meeting in Nadi.", "2023-02-24",
			[]string{"meeting 2023-02-24 Nadi: Ratu Rabuka+Siaosi Tupou"}},
		{"a chair named in the first person's commission is no participant",
			"Prime Minister Anna Berg: Welcome, Mr Tamm. Our commission, co-chaired by Deputy Prime Minister Lars Holm on our side, has done much.\n\nPrime Minister Karl Tamm: Thank you.", "2023-05-04",
			[]string{"meeting 2023-05-04 : Anna Berg+Karl Tamm"}},
	})
}

// One subject who met a list of counterparts one after the other had one
// meeting with each; a trilateral is one meeting of all.
func TestSeparateMeetings(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"separate meetings",
			"President Taras Bondar held separate meetings with NATO Secretary General Lars Holm and French Defence Minister Claire Martin in Kyiv on Monday.", "2023-09-26",
			[]string{"meeting 2023-09-25 Kyiv: Claire Martin+Taras Bondar", "meeting 2023-09-25 Kyiv: Lars Holm+Taras Bondar"}},
		{"a look back at the president's meetings, at a summit",
			"President Jose Ramos attended the ASEAN Summit in Jakarta on Sept. 7. Here is a look back at Ramos' meetings with Canadian Prime Minister John Miller, Thai Prime Minister Somchai Wong and Kenyan President Otieno Kamau.", "2023-09-09",
			[]string{"meeting 2023-09-07 Jakarta: John Miller+Jose Ramos", "meeting 2023-09-07 Jakarta: Jose Ramos+Otieno Kamau", "meeting 2023-09-07 Jakarta: Jose Ramos+Somchai Wong"}},
		{"leaders of several countries after one verb",
			"ENA February 3/2020 Prime Minister Lemma Tadesse has conferred with leaders of various countries at the sidelines of the African Union summit in Addis Ababa today. Likewise, Tadesse discussed bilateral issues with Sudanese Prime Minister Omar Bashir, Guinean President Alpha Diallo, Moroccan Prime Minister Youssef Alami and Ghanaian President Kofi Mensah.", "",
			[]string{"meeting 2020-02-03 Addis Ababa: Alpha Diallo+Lemma Tadesse", "meeting 2020-02-03 Addis Ababa: Kofi Mensah+Lemma Tadesse",
				"meeting 2020-02-03 Addis Ababa: Lemma Tadesse+Omar Bashir", "meeting 2020-02-03 Addis Ababa: Lemma Tadesse+Youssef Alami"}},
		{"a trilateral is one meeting",
			"Greek Prime Minister Nikos Pappas held a trilateral meeting with Cypriot President Andreas Georgiou and Egyptian President Karim Fahmy in Athens on Monday.", "2023-08-22",
			[]string{"meeting 2023-08-21 Athens: Andreas Georgiou+Karim Fahmy+Nikos Pappas"}},
		{"a minister and a colleague of one country are one meeting",
			"Brazilian President Ana Lima met Angolan Prime Minister Joao Neto and Angolan Foreign Minister Rui Costa in Luanda on Monday.", "2023-08-22",
			[]string{"meeting 2023-08-21 Luanda: Ana Lima+Joao Neto+Rui Costa"}},
	})
}

// A meeting that names no city took place where the main meeting of the
// same visit did, unless its sentences name another country.
func TestMeetingsOfOneVisit(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the guest received the next day",
			"Swedish Foreign Minister Ingrid Dahl arrived in the capital, Tallinn, on Monday, where she met her Estonian counterpart Kaja Tamm. On Tuesday, President Alar Karis received Dahl.", "2023-03-08",
			[]string{"meeting 2023-03-06 Tallinn: Ingrid Dahl+Kaja Tamm", "meeting 2023-03-07 Tallinn: Alar Karis+Ingrid Dahl"}},
		{"another host official of the same visit",
			"Algerian President Karim Mansouri yesterday received Turkish Foreign Minister Ali Demir in Algiers. Demir also met with the Algerian Prime Minister Nabil Haddad.", "2020-01-08",
			[]string{"meeting 2020-01-07 Algiers: Ali Demir+Karim Mansouri", "meeting 2020-01-07 Algiers: Ali Demir+Nabil Haddad"}},
		{"the next stop of a tour is not the first",
			"Chilean Foreign Minister Andrea Soto held talks with Peruvian Prime Minister Luis Quispe in Lima on Monday. On Wednesday, Soto held talks with Bolivian President Carlos Mamani.", "2023-11-09",
			[]string{"meeting 2023-11-06 Lima: Andrea Soto+Luis Quispe", "meeting 2023-11-08 : Andrea Soto+Carlos Mamani"}},
	})
}

// One who met leaders of several countries is of none of theirs: the
// country of an untitled host is the document's other country.
func TestHostOfSeveralMeetings(t *testing.T) {
	f := one(t, "Prime Minister Lemma Tadesse held talks with Kenyan President Otieno Kamau in Addis Ababa on Monday. "+
		"Tadesse also met Sudanese Prime Minister Omar Bashir. Sudan and Kenya back the peace plan for Sudan, and Ethiopia hosts the talks.", "2020-02-11")
	o, ok := officeOf(f, "Lemma Tadesse")
	if !ok || o.Country != "Ethiopia" {
		t.Errorf("office of Tadesse = %+v (found %v), want Prime Minister of Ethiopia", o, ok)
	}
	var pairs []string
	for _, p := range f.Partners {
		pairs = append(pairs, p.A+"-"+p.B)
	}
	sort.Strings(pairs)
	if got, want := strings.Join(pairs, ","), "Ethiopia-Kenya,Ethiopia-Sudan"; got != want {
		t.Errorf("partners = %s, want %s", got, want)
	}
}

// A meeting held at a venue that is not a city of the table: a small
// place, a seat of government or a palace.
func TestMeetingVenues(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a palace of the host, who received the guest",
			"Portuguese President Ana Ferreira received Swedish Prime Minister Jonas Berg at the Presidential Palace on Tuesday.", "2022-06-09",
			[]string{"meeting 2022-06-07 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"the host's palace as a common noun, agency wire",
			"Ugandan President Moses Okello received Kenyan President Otieno Kamau at the presidential palace on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 Kampala: Moses Okello+Otieno Kamau"}},
		{"the host's seat as a common noun, passive readout",
			"Kenyan President Otieno Kamau was received by President Moses Okello of Uganda at the state house on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 Kampala: Moses Okello+Otieno Kamau"}},
		{"the capital of the host, who received the guest, agency wire",
			"Ugandan President Moses Okello received Kenyan President Otieno Kamau in the capital on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 Kampala: Moses Okello+Otieno Kamau"}},
		{"the nation's capital of the host, passive readout",
			"Kenyan President Otieno Kamau was received by President Moses Okello of Uganda in the nation's capital on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 Kampala: Moses Okello+Otieno Kamau"}},
		{"the capital with no host names no city",
			"Kenyan President Otieno Kamau met Ugandan President Moses Okello in the capital on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 : Moses Okello+Otieno Kamau"}},
		{"the capital of a region is no national capital",
			"Ugandan President Moses Okello received Kenyan President Otieno Kamau in the capital of the Western Region on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 : Moses Okello+Otieno Kamau"}},
		{"a palace the table places, named like a town abroad, presidency release",
			"Federal President Klaus Weber received the President of Ghana, Kofi Mensah, at Bellevue Palace on Wednesday.", "2023-06-15",
			[]string{"meeting 2023-06-14 Berlin: Klaus Weber+Kofi Mensah"}},
		{"a palace the table places, named like a town abroad, agency wire",
			"Ghanaian President Kofi Mensah held talks with German President Klaus Weber in Bellevue Palace on Wednesday.", "2023-06-15",
			[]string{"meeting 2023-06-14 Berlin: Klaus Weber+Kofi Mensah"}},
		{"a seat under its Italian name, presidency release",
			"The President of the Republic, Sergio Mattei, received at the Quirinale Palace the King of Jordan, Abdullah Hussein, on Wednesday.", "2023-06-15",
			[]string{"meeting 2023-06-14 Rome: Abdullah Hussein+Sergio Mattei"}},
		{"a seat under its Italian name, agency wire",
			"Jordan's King Abdullah Hussein held talks with Italian President Sergio Mattei at Palazzo del Quirinale on Wednesday.", "2023-06-15",
			[]string{"meeting 2023-06-14 Rome: Abdullah Hussein+Sergio Mattei"}},
		{"a palace in lower case alone names nothing",
			"Ugandan President Moses Okello met Kenyan President Otieno Kamau at the palace on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 : Moses Okello+Otieno Kamau"}},
		{"a named palace of the host",
			"Indonesian President Budi Santoso hosted Singaporean Prime Minister Lawrence Teo for lunch and talks at Merdeka Palace on Wednesday.", "2024-11-07",
			[]string{"meeting 2024-11-06 Jakarta: Budi Santoso+Lawrence Teo"}},
		{"a seat of government named by its country",
			"Zimbabwean President Tendai Moyo met Zambian President Bwalya Mulenga at the Zambian State House yesterday.", "2023-02-03",
			[]string{"meeting 2023-02-02 Lusaka: Bwalya Mulenga+Tendai Moyo"}},
		{"a palace and its city after a comma",
			"The Crown Prince of Brunei, Prince Hassan Bolkiah, paid a courtesy call on Bahraini Prime Minister Khalid bin Ali Al Khalifa at Gudaibiya Palace, Manama.", "2008-04-14",
			[]string{"meeting 2008-04-14 Manama: Hassan Bolkiah+Khalid bin Ali Al Khalifa"}},
		{"a seat of government and its city after a space",
			"President Tendai Moyo hosted President Bwalya Mulenga of Zambia at State House Harare on Monday.", "2023-02-08",
			[]string{"meeting 2023-02-06 Harare: Bwalya Mulenga+Tendai Moyo"}},
		{"a palace and its city after a space, agency wire",
			"Zambian President Bwalya Mulenga held talks with his host Tendai Moyo at Government House Harare on Monday.", "2023-02-08",
			[]string{"meeting 2023-02-06 Harare: Bwalya Mulenga+Tendai Moyo"}},
		{"a session chaired by two, passive, agency wire",
			"ACCRA, June 14 (Agency) - Ghana and Togo held the sixth session of their joint commission in Accra on Thursday. The session was chaired by Ghanaian Foreign Minister Abena Owusu and Togolese Foreign Minister Koffi Agbeko.", "2024-06-14",
			[]string{"meeting 2024-06-13 Accra: Abena Owusu+Koffi Agbeko"}},
		{"talks led by two, passive, ministry release",
			"The fourth round of political consultations between Ghana and Togo took place in Accra on Thursday. The talks were led by Deputy Foreign Minister Abena Owusu of Ghana and Deputy Foreign Minister Koffi Agbeko of Togo.", "2024-06-14",
			[]string{"meeting 2024-06-13 Accra: Abena Owusu+Koffi Agbeko"}},
		{"the seat of the dateline's country, another country named as much",
			"Nairobi, May 2, 2025\n\nPresident Daniel Otieno received the credentials of new ambassadors at the presidential office on Friday. He told Ambassador Ana Torres of Chile that Kenya valued its ties with Chile. Peru's Foreign Minister Luis Ortega also met Otieno later in the day.", "",
			[]string{"meeting 2025-05-02 Nairobi: Ana Torres+Daniel Otieno", "meeting 2025-05-02 Nairobi: Daniel Otieno+Luis Ortega"}},
		{"the seat of the dateline's country, agency wire",
			"LUSAKA, June 5 (Agency) - President Bwalya Mulenga received the Ambassador of Ghana, Kofi Mensah, at State House on Tuesday. Mulenga thanked Ghana and Nigeria for their support.", "2024-06-05",
			[]string{"meeting 2024-06-04 Lusaka: Bwalya Mulenga+Kofi Mensah"}},
		{"a seat of government and a town too small for the cities table",
			"President Tendai Moyo received President Bwalya Mulenga of Zambia at State House Kariba on Monday.", "2023-02-08",
			[]string{"meeting 2023-02-06 Kariba: Bwalya Mulenga+Tendai Moyo"}},
		{"a palace, a comma and a small town, agency wire",
			"Zambian President Bwalya Mulenga held talks with Tendai Moyo at Government House, Kariba on Monday.", "2023-02-08",
			[]string{"meeting 2023-02-06 Kariba: Bwalya Mulenga+Tendai Moyo"}},
		{"two who held a session of their commission met",
			"LIMA, June 3 (Agency) - Chilean Foreign Minister Ana Torres and Peruvian Foreign Minister Luis Ortega held the fifth session of the Chile-Peru Binational Commission in Lima on Monday.", "2024-06-05",
			[]string{"meeting 2024-06-03 Lima: Ana Torres+Luis Ortega"}},
		{"the co-chairs of the commission, named together, signed",
			"The 20th meeting of the joint commission of Chile and Peru took place in Lima on Monday. The co-chairs of the commission, Chilean Deputy Minister Ana Torres and Peruvian Deputy Minister Luis Ortega, signed the protocol.", "2024-06-05",
			[]string{"meeting 2024-06-03 Lima: Ana Torres+Luis Ortega"}},
		{"a metropolis's dateline, neither side of its country",
			"NEW YORK, Sept 20, 2023 (Agency) - French President Marc Duval met his Brazilian counterpart Rui Costa on Tuesday.", "",
			[]string{"meeting 2023-09-19 New York City: Marc Duval+Rui Costa"}},
		{"a metropolis's dateline in title case",
			"Istanbul, 20 September 2023 - Kenyan President Daniel Otieno held talks with Zambian President Bwalya Mulenga on Tuesday.", "",
			[]string{"meeting 2023-09-19 Istanbul: Bwalya Mulenga+Daniel Otieno"}},
		{"a small town near another",
			"Slovenian President Marko Novak and Croatian President Ivan Horvat met at Castle Brdo near Kranj on Monday.", "2023-06-06",
			[]string{"meeting 2023-06-05 Kranj: Ivan Horvat+Marko Novak"}},
		{"a small town as the venue",
			"Colombian President Carlos Ruiz met with his Peruvian counterpart Pedro Quispe at Villa de Leyva (165 kilometres north of Bogota) on Thursday.", "2022-01-14",
			[]string{"meeting 2022-01-13 Villa de Leyva: Carlos Ruiz+Pedro Quispe"}},
		{"a small town where talks were held",
			"Portuguese Prime Minister Rui Costa and Spanish Prime Minister Elena Ruiz held talks in Sintra, outside Lisbon, on Friday.", "2022-01-15",
			[]string{"meeting 2022-01-14 Sintra: Elena Ruiz+Rui Costa"}},
		{"an institution quoted is no venue",
			"Nepali Foreign Minister Ram Thapa held a meeting with Indian Foreign Minister Arjun Mehta today, according to the Ministry of Foreign Affairs.", "2022-03-29",
			[]string{"meeting 2022-03-29 : Arjun Mehta+Ram Thapa"}},
	})
}

// Participants are the principals who met: not those who attended, were
// absent, briefed the press on it, or welcomed a guest at the airport;
// and a meeting still to come is no meeting.
func TestMeetingParticipants(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"attendees listed after the meeting",
			"Muscat: Sultan Haitham bin Tariq received Palestinian President Omar Khalil this evening. The meeting was attended by Sayyid Fahd bin Mahmoud, Minister of the Royal Court, and Sheikh Salim bin Nasser, Minister of Foreign Affairs.", "2021-05-03",
			[]string{"meeting 2021-05-03 Muscat: Haitham bin Tariq+Omar Khalil"}},
		{"those present during a courtesy call",
			"The Crown Prince of Brunei, Prince Hassan Bolkiah, paid a courtesy call on Bahraini Prime Minister Khalid bin Ali Al Khalifa at Gudaibiya Palace, Manama. Present during the courtesy call were Sheikh Hamad bin Rashid and Sheikh Fawaz bin Nasser.", "2008-04-14",
			[]string{"meeting 2008-04-14 Manama: Hassan Bolkiah+Khalid bin Ali Al Khalifa"}},
		{"a minister said to be absent",
			"Jamaican Prime Minister Andrew Brown held talks with Trinidad and Tobago Prime Minister Keith Mohan in Port of Spain on Friday. Mohan apologised for the absence of Trade Minister Paula Singh at today's talks.", "2022-08-13",
			[]string{"meeting 2022-08-12 Port of Spain: Andrew Brown+Keith Mohan"}},
		{"a press secretary who briefed reporters",
			"Bangladeshi Prime Minister Nasreen Akter met Slovenian Ambassador Maja Novak in Dhaka on Tuesday. After the meeting, Press Secretary Ihsan Karim briefed reporters on the talks.", "2019-11-13",
			[]string{"meeting 2019-11-12 Dhaka: Maja Novak+Nasreen Akter"}},
		{"a delegation that came along with the guest",
			"President Ana Ferreira held bilateral discussions with Prime Minister Jonas Berg of Sweden and his delegation on Tuesday at State House in Lisbon.", "2023-09-13",
			[]string{"meeting 2023-09-12 Lisbon: Ana Ferreira+Jonas Berg"}},
		{"an airport welcome is no meeting",
			"Russian President Pavel Sokolov arrived in Ulaanbaatar on Monday. At the airport, he was welcomed by Mongolian Foreign Minister Bat Erdene and Russian Ambassador Ivan Petrov.", "2019-09-03",
			nil},
		{"a meeting still to come",
			"She will travel to Rome on Friday to meet Italian Prime Minister Marco Ricci. Paraguayan President Ana Benitez will also meet with Italian President Luca Bianchi. Benitez would be leaving on Nov. 26 for Madrid for a meeting with Spanish Prime Minister Jorge Diaz.", "2023-11-21",
			nil},
		{"talks set to be held",
			"Mongolian President Bat Erdene and Russian President Pavel Sokolov are set to hold official talks on Tuesday.", "2019-09-03",
			nil},
	})
}

// The city keeps its canonical name, and the document's own spelling where
// that differs, for answers.
func TestMeetingCityAsWritten(t *testing.T) {
	tests := []struct{ text, city, written string }{
		{"Russian President Pavel Sokolov met Belarusian President Ivan Zhuk in St. Petersburg on Monday.", "Saint Petersburg", "St. Petersburg"},
		{"Ukrainian President Taras Bondar received Polish President Adam Nowak in Kiev on Monday.", "Kyiv", "Kiev"},
		{"KIEV – Ukrainian President Taras Bondar received Polish President Adam Nowak on Monday.", "Kyiv", "Kiev"},
		{"Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas in Oslo on Tuesday.", "Oslo", ""},
		{"OSLO – Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas on Tuesday.", "Oslo", ""},
		{"Vietnamese Foreign Minister Bui Van Long met Korean Foreign Minister Kim Min-jun in Ha Noi on Monday.", "Hanoi", ""},
	}
	for _, tt := range tests {
		f := one(t, tt.text, "2024-03-07")
		if len(f.Meetings) != 1 {
			t.Errorf("%q: meetings %+v, want one", tt.text, f.Meetings)
			continue
		}
		if m := f.Meetings[0]; m.City != tt.city || m.CityAsWritten != tt.written {
			t.Errorf("%q: city %q written %q, want %q %q", tt.text, m.City, m.CityAsWritten, tt.city, tt.written)
		}
	}
}

// Telephone and video calls: a contact whose kind the paragraph tells,
// talks that were a call, one conversation per pair of a document.
func TestCalls(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"spoke with, a telephone conversation a sentence later",
			"Polish Prime Minister Jan Kowal spoke with his Italian counterpart, Marco Ricci on Wednesday. He said that the telephone conversation concerned energy security.", "2022-11-03",
			[]string{"call 2022-11-02 : Jan Kowal+Marco Ricci"}},
		{"spoke with, and nothing says how",
			"Polish Prime Minister Jan Kowal spoke with Italian Prime Minister Marco Ricci on Wednesday about energy security.", "2022-11-03",
			nil},
		{"talks that the next paragraph calls a phone conversation",
			"Swedish Prime Minister Jonas Berg held talks with Kenyan President Otieno Kamau on Monday.\n\nThe phone conversation lasted forty minutes, Berg's office said.", "2022-05-03",
			[]string{"call 2022-05-02 : Jonas Berg+Otieno Kamau"}},
		{"one conversation told twice",
			"Paraguayan President holds phone conversation with Milei\n\nParaguayan President Ana Benitez and Argentina's President-elect Javier Milei held a telephone conversation Monday.", "2023-11-21",
			[]string{"call 2023-11-20 : Ana Benitez+Javier Milei"}},
		{"a council held through video conference",
			"The Sixth Meeting of the Supreme Council was held in Tehran on Tuesday through video conference between Iranian President Ali Karimi and Turkish President Mehmet Kaya. Ways to reach the trade target agreed in the previous meeting of the two presidents were examined.", "2020-09-09",
			[]string{"call 2020-09-08 : Ali Karimi+Mehmet Kaya"}},
		{"the source a sentence ends on is no participant",
			"Swedish Prime Minister Jonas Berg met Kenyan President Otieno Kamau in Nairobi on Monday. Energy was among the issues agreed between the two leaders in this meeting, Erik Holm added.", "2022-05-03",
			[]string{"meeting 2022-05-02 Nairobi: Jonas Berg+Otieno Kamau"}},
	})
}

// An outlet names its own leaders without their country: at a seat of
// government, the one no title places is the host, unless the text says
// someone travelled; and a union the text mentions is no state's country.
func TestUntitledHostAtHome(t *testing.T) {
	f := one(t, "Prime Minister Nikos Pappas met on Monday with the Prime Minister of Romania Ion Popa at the Maximos Mansion. "+
		"This was their first meeting since Popa took office in Romania. They discussed cooperation within the EU, the EU budget and EU enlargement. "+
		"Greece thanked Romania for its help against the fires in Greece.", "2023-08-22")
	if got := meetingLines(f.Meetings); strings.Join(got, ";") != "meeting 2023-08-21 Athens: Ion Popa+Nikos Pappas" {
		t.Errorf("meetings = %q, want one in Athens", got)
	}
	if o, ok := officeOf(f, "Nikos Pappas"); !ok || o.Country != "Greece" {
		t.Errorf("office of Pappas = %+v (found %v), want Prime Minister of Greece", o, ok)
	}
	// the guest at a seat abroad: no guess
	f = one(t, "Prime Minister Andrew Brown was invited to the talks with US Vice President John Miller. "+
		"The meeting took place on Monday at the White House. Jamaica and the US are partners.", "2019-10-04")
	for _, m := range f.Meetings {
		if m.City == "Kingston" {
			t.Errorf("meeting %+v placed in the guest's capital", m)
		}
	}
}

// Reports of one meeting fill each other's gaps: one dates it, another
// places it; where the same pair met twice, an undated report takes no
// date.
func TestReportsCompleteEachOther(t *testing.T) {
	lines := func(fs []fact.Facts) []string {
		var out []string
		for _, f := range fs {
			for _, l := range meetingLines(f.Meetings) {
				out = append(out, f.Doc.Name+" "+l)
			}
		}
		return out
	}
	fs := extractDocs(t,
		fact.Document{Name: "a.txt", Date: "2023-05-03", Text: "Uzbek President Bakhtiyor Karimov held talks with German Chancellor Hans Weber on Tuesday."},
		fact.Document{Name: "b.txt", Text: "BERLIN – Uzbek President Bakhtiyor Karimov held talks with German Chancellor Hans Weber on Tuesday."})
	want := "a.txt meeting 2023-05-02 Berlin: Bakhtiyor Karimov+Hans Weber;b.txt meeting 2023-05-02 Berlin: Bakhtiyor Karimov+Hans Weber"
	if got := strings.Join(lines(fs), ";"); got != want {
		t.Errorf("meetings = %q, want %q", got, want)
	}
	fs = extractDocs(t,
		fact.Document{Name: "a.txt", Date: "2022-11-30", Text: "French President Marc Dubois held talks with Kazakh President Aidos Serikov in Paris on Tuesday."},
		fact.Document{Name: "b.txt", Date: "2024-11-06", Text: "French President Marc Dubois held talks with Kazakh President Aidos Serikov in Paris on Tuesday."},
		fact.Document{Name: "c.txt", Text: "PARIS – French President Marc Dubois held talks with Kazakh President Aidos Serikov."})
	for _, l := range lines(fs) {
		if strings.HasPrefix(l, "c.txt") && !strings.HasPrefix(l, "c.txt meeting  Paris") {
			t.Errorf("the undated report took a date of one of two meetings: %q", l)
		}
	}
}

// A meeting held before, mentioned in passing, is a meeting of its own
// where the sentence says where and when; it never lends the report's
// meeting its place or date.
func TestPastMeetings(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the two leaders last met",
			"Danish Prime Minister Mette Lund met Dutch Prime Minister Jan de Vries in Copenhagen on Friday. The two leaders last met in Rome in 2019.", "2024-05-11",
			[]string{"meeting 2019 Rome: Jan de Vries+Mette Lund", "meeting 2024-05-10 Copenhagen: Jan de Vries+Mette Lund"}},
		{"last year's visit, the host named in the sentence before",
			"Kazakh President Aidos Serikov held talks with French President Marc Dubois in Paris on Tuesday. Serikov recalled last year's visit by Dubois to Astana.", "2024-11-06",
			[]string{"meeting 2023 Astana: Aidos Serikov+Marc Dubois", "meeting 2024-11-05 Paris: Aidos Serikov+Marc Dubois"}},
		{"an earlier meeting with no place or date is none",
			"Iranian President Ali Karimi met Turkish President Mehmet Kaya in Tehran on Tuesday. They reviewed what was agreed at their previous meeting.", "2020-09-09",
			[]string{"meeting 2020-09-08 Tehran: Ali Karimi+Mehmet Kaya"}},
	})
}

// A venue the table names is in its city, whoever hosts.
func TestNamedSeats(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a guest's outlet at the White House",
			"Prime Minister Andrew Brown was invited to the talks with US Vice President John Miller. The meeting took place on Monday at the White House.", "2019-10-04",
			[]string{"meeting 2019-09-30 Washington: Andrew Brown+John Miller"}},
		{"at the Élysée Palace",
			"Kazakh President Aidos Serikov held talks with French President Marc Dubois at the Élysée Palace on Tuesday.", "2024-11-06",
			[]string{"meeting 2024-11-05 Paris: Aidos Serikov+Marc Dubois"}},
		{"an institution quoted is no venue",
			"Russian President Pavel Sokolov held talks with Belarusian President Ivan Zhuk on Tuesday, the Kremlin said.", "2024-11-06",
			[]string{"meeting 2024-11-05 : Ivan Zhuk+Pavel Sokolov"}},
	})
}

// The country of an untitled participant is the one the text pairs with
// his counterpart's, before the most named.
func TestUntitledParticipantPairedCountry(t *testing.T) {
	f := one(t, "Foreign Minister Ram Thapa held a meeting with Indian Foreign Minister Arjun Mehta on the sidelines of the regional summit. "+
		"They discussed Nepal-India ties. Sri Lanka hosted the summit, and Sri Lanka's president opened it with a call for unity in Sri Lanka.", "2022-03-29")
	if o, ok := officeOf(f, "Ram Thapa"); !ok || o.Country != "Nepal" {
		t.Errorf("office of Thapa = %+v (found %v), want Minister of Foreign Affairs of Nepal", o, ok)
	}
}

// An outlet names its own officials without their country: the country its
// source names is theirs, before the one the document names most.
func TestOutletHomeCountry(t *testing.T) {
	fs := extractDocs(t, fact.Document{Name: "a.txt", Date: "2023-06-30", Source: "Portuguese News Agency (wire)",
		Text: "Prime Minister Rui Costa held separate meetings with Spanish Prime Minister Elena Ruiz and French President Marc Dubois in Brussels on Thursday. " +
			"Belgium hosted the summit; Belgium's king opened it, and Belgium will chair the next. Portugal welcomed it."})
	f := fs[0]
	if f.Home != "Portugal" {
		t.Errorf("Home = %q, want Portugal", f.Home)
	}
	if o, ok := officeOf(f, "Rui Costa"); !ok || o.Country != "Portugal" {
		t.Errorf("office of Costa = %+v (found %v), want Prime Minister of Portugal", o, ok)
	}
}

// Participants' names are read whole: a surname joined to its particle by
// a hyphen, initials before a surname after a title or a courtesy title,
// a full name without a title after the verb of a meeting.
func TestParticipantNamesWhole(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a hyphenated particle after a title",
			"Kenyan President Daniel Otieno met Kuwaiti Emir Ahmed al-Sabah in Nairobi on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Ahmed al-Sabah+Daniel Otieno"}},
		{"a hyphenated particle, the host first",
			"Egyptian President Abdel Fattah el-Masri received Kenyan President Daniel Otieno at the Ittihadiya Palace in Cairo on Monday. El-Masri said ties were strong.", "2024-03-05",
			[]string{"meeting 2024-03-04 Cairo: Abdel Fattah el-Masri+Daniel Otieno"}},
		{"an initial after a title",
			"Kenyan President Daniel Otieno met Indian Foreign Minister S. Ramaswamy in Nairobi on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+S. Ramaswamy"}},
		{"an initial without its full stop after a title",
			"Kenyan President Daniel Otieno held talks with External Affairs Minister S Ramaswamy on Monday in Nairobi.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+S. Ramaswamy"}},
		{"an initial after a courtesy title",
			"Kenyan President Daniel Otieno met Mr S. Ramaswamy in Nairobi on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+S. Ramaswamy"}},
		{"an untitled name with a particle after met",
			"Kenyan President Daniel Otieno met Carlos Alberto da Costa in Brasilia on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Brasília: Carlos Alberto da Costa+Daniel Otieno"}},
		{"an untitled name after hosted",
			"Kenyan President Daniel Otieno received Letters of Credence from the new envoys. He hosted Maria Lopez Garcia for lunch in Nairobi.", "2024-03-05",
			[]string{"meeting 2024-03-05 Nairobi: Daniel Otieno+Maria Lopez Garcia"}},
	})
}

// Who took part: a spokesperson tells of the meeting; a companion listed
// after the guest came along; a virtual meeting is remote; pull-asides at
// one event are separate meetings, each where the event was.
func TestMeetingPartakers(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a spokesman's trailing attribution",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila in Lusaka on Monday, presidential spokesman Peter Banda said.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a press secretary's leading attribution",
			"Presidential Press Secretary Mary Njoroge said Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a companion after the guest",
			"Kenyan President Daniel Otieno received Zambian Vice-President Grace Mulenga, who is accompanied by Zambian Trade Minister Peter Chirwa, at State House in Nairobi on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Grace Mulenga"}},
		{"a virtual meeting",
			"Kenyan President Daniel Otieno held a virtual meeting with Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"call 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"met virtually",
			"The two leaders met virtually on Monday: Kenyan President Daniel Otieno and Zambian President Hakainde Mwila discussed trade.", "2024-03-05",
			[]string{"call 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"two pull-asides",
			"On the sidelines of the summit in Lusaka, Kenyan President Daniel Otieno held a pull-aside with Zambian President Hakainde Mwila. He later had a separate pull-aside with Malawian President Peter Chirwa.", "2024-03-05",
			[]string{"meeting 2024-03-05 Lusaka: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-05 Lusaka: Daniel Otieno+Peter Chirwa"}},
		{"a patronymic marker inside a name",
			"Kenyan President Daniel Otieno met Azerbaijani President Elnur Rashid oglu Mammadli in Baku on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Baku: Daniel Otieno+Elnur Rashid oglu Mammadli"}},
	})
}

// Where the talks were: a town after "the resort town of", a small place
// there; a guest met as "him"; the day of the talks, not of the arrival.
func TestMeetingTownsAndDays(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a city after the resort town of",
			"Zambian President Hakainde Mwila and Kenyan President Daniel Otieno held talks in the resort town of Livingstone on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Livingstone: Daniel Otieno+Hakainde Mwila"}},
		{"a small place after the lakeside town of",
			"Zambian President Hakainde Mwila and Kenyan President Daniel Otieno held talks in the lakeside town of Mpulungu on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Mpulungu: Daniel Otieno+Hakainde Mwila"}},
		{"the guest as him",
			"Kenyan President Daniel Otieno is on a state visit to Zambia. Zambian President Hakainde Mwila received him in Livingstone on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Livingstone: Daniel Otieno+Hakainde Mwila"}},
		{"the talks' day, not the arrival's",
			"Kenyan President Daniel Otieno arrived in Lusaka on Saturday for a three-day state visit.\n\nOn Monday, he held talks with Zambian President Hakainde Mwila.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"an arrival's day where no other is given",
			"Kenyan President Daniel Otieno arrived in Lusaka on Monday for talks with Zambian President Hakainde Mwila.", "2024-03-07",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	})
}

// A city dated as another event's is not where the meeting was: "in X
// last week", "held in X in January", "to be held in X in June".
func TestCityOfAnotherEvent(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a summit still to come",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. The talks focused on the regional summit to be held in Kigali in June.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"a session held before, the dateline stands",
			"KIGALI, March 4 - Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. The meeting prepared the commission session held in Harare in January.", "2024-03-05",
			[]string{"meeting 2024-03-04 Kigali: Daniel Otieno+Hakainde Mwila"}},
		{"a relative clause dated last week",
			"Kenyan President Daniel Otieno, who attended the forum in Kigali last week, met Zambian President Hakainde Mwila in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"earlier talks",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. The meeting follows the talks in Nairobi in May.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"the meeting's own month",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. The meeting in Lusaka in March was their first.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	})
}

// The city named only in an earlier sentence, where a participant went.
func TestCityOfTheJourney(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"arrived in, then talks",
			"Kenyan President Daniel Otieno arrived in Lusaka on Sunday.\n\nOn Monday, he held talks with Zambian President Hakainde Mwila. The two discussed trade.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"travelled to, then hosted",
			"Kenyan President Daniel Otieno travelled to Lusaka on Sunday, his first trip abroad this year.\n\nZambian President Hakainde Mwila hosted him for talks on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a trip still to come places nothing",
			"Kenyan President Daniel Otieno will travel to Kigali next week.\n\nOn Monday, he held talks with Zambian President Hakainde Mwila.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
	})
}

// A name written in full is its person's, though relatives share its
// surname: the ruler who received the guest, not a brother who attended.
func TestFullNamesAmongRelatives(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"brothers of one family name",
			"His Highness Sheikh Rashid bin Saif Al Mansoori, the Ruler, received Kenyan President Daniel Otieno at the palace in Abu Dhabi on Monday. The meeting was attended by Sheikh Omar bin Saif Al Mansoori, the Deputy Ruler, and Sheikh Hamad bin Saif Al Mansoori, Minister of Finance.", "2024-03-05",
			[]string{"meeting 2024-03-04 Abu Dhabi: Daniel Otieno+Rashid bin Saif Al Mansoori"}},
		{"a host named in full after his relatives",
			"Present during the courtesy call were Sheikh Ali bin Nasser Al Harbi, Deputy Prime Minister, and Sheikh Fahad bin Nasser Al Harbi, Adviser. Kenyan President Daniel Otieno paid a courtesy call on Sheikh Nasser bin Ali Al Harbi, Prime Minister, at the palace in Manama on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Manama: Daniel Otieno+Nasser bin Ali Al Harbi"}},
	})
}

// Leaders who witness a signing together met.
func TestWitnessedSigning(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"witnessed the signing",
			"Kenyan President Daniel Otieno and Zambian President Hakainde Mwila on Monday witnessed the signing of four agreements in Nairobi.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Hakainde Mwila"}},
		{"oversaw the signing ceremony",
			"In Lusaka on Tuesday, Zambian President Hakainde Mwila and Kenyan President Daniel Otieno oversaw the signing ceremony of three memoranda.", "2024-03-07",
			[]string{"meeting 2024-03-05 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	})
}

// Talks under other words: a tête-à-tête, a one-on-one, "sat down with",
// two people named together who discussed something.
func TestTalksUnderOtherWords(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a tête-à-tête",
			"Kenyan President Daniel Otieno and Zambian President Hakainde Mwila had a tête-à-tête in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a one-on-one",
			"Kenyan President Daniel Otieno and Zambian President Hakainde Mwila held a one-on-one in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a working lunch",
			"In Lusaka on Monday, Kenyan President Daniel Otieno had a working lunch with Zambian President Hakainde Mwila.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"sat down with",
			"Kenyan President Daniel Otieno sat down with Zambian President Hakainde Mwila in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"two named together discussed",
			"Kenyan President Daniel Otieno and Zambian President Hakainde Mwila discussed trade in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"two countries discussed: no one met",
			"Kenyan President Daniel Otieno said on Monday that Kenya and Zambia discussed trade last year, Foreign Minister Peter Kamau added.", "2024-03-05",
			nil},
	})
}

// A sentence that only speaks of the meeting may date an earlier event:
// a day weeks before the report is not the meeting's.
func TestContextDateOfAnotherEvent(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"an earlier summit's day",
			"Kenyan Prime Minister Peter Kamau met Zambian Prime Minister John Banda in Lusaka.\n\nThe meeting continued the work agreed at the summit on 29 January, when the presidents set new goals.", "2024-10-01",
			[]string{"meeting 2024-10-01 Lusaka: John Banda+Peter Kamau"}},
		{"the meeting's own day, the day before the report",
			"Kenyan Prime Minister Peter Kamau met Zambian Prime Minister John Banda in Lusaka.\n\nThe meeting on 30 September lasted two hours.", "2024-10-01",
			[]string{"meeting 2024-09-30 Lusaka: John Banda+Peter Kamau"}},
	})
}

// A small place hosts the talks in a dateline or as the subject of
// "hosted"; it is no person.
func TestSmallPlaceHosts(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a small place's dateline with its country",
			"MPULUNGU, Zambia, March 4 - Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Mpulungu: Daniel Otieno+Hakainde Mwila"}},
		{"a small place's dateline with an agency",
			"Mpulungu, March 4 (ZNA) - Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Mpulungu: Daniel Otieno+Hakainde Mwila"}},
		{"a small place hosted the talks",
			"Mpulungu hosted the talks between Kenyan President Daniel Otieno and Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Mpulungu: Daniel Otieno+Hakainde Mwila"}},
		{"the town of a small place hosted them",
			"The lakeside town of Mpulungu hosted Kenyan President Daniel Otieno and Zambian President Hakainde Mwila for talks on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Mpulungu: Daniel Otieno+Hakainde Mwila"}},
	})
}

// A sentence that tells of talks held and, in another clause, of a meeting
// still to come reports the talks held; the planned meeting's people,
// places and dates are not theirs.
func TestHeldDespitePlans(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the two will meet again",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila in Lusaka on Monday, and the two leaders will meet again in May.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a plan in a relative clause",
			"Kenyan President Daniel Otieno, who will visit Harare next week, held talks with Zambian President Hakainde Mwila in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"the planned meeting's city and guest",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila on Monday and invited him to visit Nairobi, where Ugandan President John Okello will also meet them.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"only a plan",
			"Zambian President Hakainde Mwila is expected to meet Kenyan President Daniel Otieno on Friday, officials who met on Monday said.", "2024-03-05",
			nil},
		{"a briefing, then a plan",
			"Kenyan Foreign Minister Peter Kamau, who met the press on Monday, said President Daniel Otieno will visit Zambian President Hakainde Mwila next week.", "2024-03-05",
			nil},
	})
}

// In a sentence that dates both, the day of the talks is not the arrival's.
func TestArrivalDayInTheSentence(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"an arrival in a relative clause",
			"During his visit, Kenyan President Daniel Otieno, who arrived on Sunday, met Zambian President Hakainde Mwila in Lusaka on Tuesday to discuss trade.", "2024-03-07",
			[]string{"meeting 2024-03-05 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"an arrival after the talks",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Tuesday after arriving on Sunday.", "2024-03-07",
			[]string{"meeting 2024-03-05 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"travelled the day before the talks",
			"Kenyan Foreign Minister Alice Wanjiru travelled to Kampala on Sunday for talks. She was received by Ugandan President Joseph Okello on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Joseph Okello"}},
		{"flew in, the talks dated apart",
			"Kenyan Foreign Minister Alice Wanjiru flew to Kampala on Sunday for a working visit. On Monday she held talks with Ugandan Foreign Minister Peter Mugisha.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Peter Mugisha"}},
		{"travelled on the day of the talks",
			"Kenyan Foreign Minister Alice Wanjiru travelled to Kampala on Monday, where she held talks with Ugandan Foreign Minister Peter Mugisha.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Peter Mugisha"}},
	})
}

// Court releases name a person by style alone once introduced with it:
// "His Royal Highness then proceeded to ..." is the prince introduced so.
func TestStyleAlone(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a second courtesy call by the styled guest",
			"The official visit of His Royal Highness Prince Haji Omar Bakar, the Crown Prince, to Kenya continued on Monday with a courtesy call on President Daniel Otieno at State House in Nairobi.\n\nHis Royal Highness then proceeded to Mombasa for a courtesy call on His Excellency Governor Ali Hassan Juma.", "2024-03-05",
			[]string{"meeting 2024-03-05 Mombasa: Ali Hassan Juma+Omar Bakar", "meeting 2024-03-05 Nairobi: Daniel Otieno+Omar Bakar"}},
		{"a style two people bear names neither",
			"His Excellency President Daniel Otieno received His Excellency Ambassador Ali Hassan Juma in Nairobi on Monday. His Excellency welcomed the envoy.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Ali Hassan Juma+Daniel Otieno"}},
	})
}

// A host who receives another guest receives them where the first was
// received, though the guest is of a third country.
func TestHostReceivesAnotherGuest(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a named host",
			"Zambian President Hakainde Mwila received Kenyan President Daniel Otieno at State House in Lusaka on Monday. Mwila also received Ugandan President John Okello on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-04 Lusaka: Hakainde Mwila+John Okello"}},
		{"a styled host",
			"His Majesty Sultan Omar Bakar received Kenyan President Daniel Otieno at the palace in Bandar Seri Begawan on Monday.\n\nHis Majesty also received Ugandan President John Okello on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Bandar Seri Begawan: Daniel Otieno+Omar Bakar", "meeting 2024-03-04 Bandar Seri Begawan: John Okello+Omar Bakar"}},
		{"the guest goes on to a third country",
			"Zambian President Hakainde Mwila received Kenyan President Daniel Otieno at State House in Lusaka on Monday. On Wednesday, Otieno held talks with Ugandan President John Okello.", "2024-03-07",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-06 : Daniel Otieno+John Okello"}},
	})
}

// A leader receives callers at their office, in the capital; a regional
// leader's office is not the national capital.
func TestLeadersOffice(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a farewell call at her office",
			"Zambian Prime Minister Grace Mulenga on Tuesday urged more trade with Slovenia when the Slovenian Ambassador to Zambia, Ana Horvat, paid a farewell call on her at her office.", "2024-03-05",
			[]string{"meeting 2024-03-05 Lusaka: Ana Horvat+Grace Mulenga"}},
		{"an untitled leader's country from the envoy's",
			"Prime Minister Sheikh Rahima on Tuesday urged more trade when the Ambassador of Slovenia to Bangladesh, Ana Horvat, paid a farewell call on her at her office.", "2024-03-05",
			[]string{"meeting 2024-03-05 Dhaka: Ana Horvat+Rahima"}},
		{"a regional leader's office is at the region's seat, not the national capital",
			"The Australian High Commissioner, Tom Baker, called on Chief Minister Ravi Kumar of Kerala at his office on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Thiruvananthapuram: Ravi Kumar+Tom Baker"}},
	})
}

// An earlier visit of the same people, told in passing with where and
// when, is a meeting of its own.
func TestEarlierVisitInPassing(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the guest's earlier visit",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday. Mwila visited Nairobi in June 2023, when the two leaders signed a trade pact.", "2024-03-05",
			[]string{"meeting 2023-06 Nairobi: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"an agreement signed earlier is no meeting",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday. The meeting reviewed the pact signed in Nairobi in June 2023.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"someone else's visit",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday. The meeting followed the visit Ugandan President John Okello paid to Nairobi in June 2023.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"one of them alone visited a third country: no meeting of theirs",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday. Otieno had visited Paris in January.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"one of them alone, a city of his own country",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila in Lusaka on Monday. Earlier, Otieno visited Mombasa in January 2024 to open a port.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"one of them alone visited the other's country: theirs",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Nairobi on Monday. Otieno had visited Lusaka in January.", "2024-03-05",
			[]string{"meeting 2024-01 Lusaka: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-04 Nairobi: Daniel Otieno+Hakainde Mwila"}},
	})
}

// "proceeded to X Palace for a courtesy call": the palace's town is the
// venue of that call.
func TestProceededToAVenue(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a palace named for its town",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila at State House in Lusaka on Monday.\n\nFrom State House, Otieno then proceeded to Kabwe Palace for a courtesy call on Zambian Vice-President Grace Mulenga.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-05 Kabwe: Daniel Otieno+Grace Mulenga"}},
		{"according to names no venue",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila on Monday, according to the Foreign Ministry.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
	})
}

// A delegation named in the sentence's opening phrase came along; the
// sentence still tells who met.
func TestOpeningDelegationPhrase(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"one companion",
			"Accompanied by Trade Minister Peter Chirwa, Zambian Vice-President Grace Mulenga met Kenyan President Daniel Otieno in Nairobi on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Grace Mulenga"}},
		{"a list of companions",
			"Accompanied by Trade Minister Peter Chirwa, Finance Minister Ruth Banda and Energy Minister John Phiri, Zambian Vice-President Grace Mulenga held talks with Kenyan President Daniel Otieno in Nairobi on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Grace Mulenga"}},
	})
}

// A participant's given names may be written as initials, one or several,
// spaced or glued; all of them stay in the name.
func TestMeetingInitials(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"two spaced initials after an office, agency wire",
			"KATHMANDU, May 2 (Wire) – Indian Foreign Minister Arjun Mehta met Prime Minister K. P. Sharma Rana in Kathmandu today.", "2022-05-02",
			[]string{"meeting 2022-05-02 Kathmandu: Arjun Mehta+K. P. Sharma Rana"}},
		{"two spaced initials as subject, readout",
			"Prime Minister K. P. Sharma Rana held talks with Chinese Premier Li Wen in Beijing on Monday.", "2022-05-04",
			[]string{"meeting 2022-05-02 Beijing: K. P. Sharma Rana+Li Wen"}},
		{"glued initials after an office, agency wire",
			"KATHMANDU, May 2 (Wire) – Indian Foreign Minister Arjun Mehta met Prime Minister K.P. Sharma Rana in Kathmandu today.", "2022-05-02",
			[]string{"meeting 2022-05-02 Kathmandu: Arjun Mehta+K. P. Sharma Rana"}},
		{"glued initials as subject, readout",
			"S.M. Rahman Karim held talks with Chinese Premier Li Wen in Beijing on Monday.", "2022-05-04",
			[]string{"meeting 2022-05-02 Beijing: Li Wen+S. M. Rahman Karim"}},
		{"a dotted country is no initials",
			"Indian Foreign Minister Arjun Mehta met U.S. Secretary of State John Barrow and the U.N. envoy Maria Lind in Kathmandu today.", "2022-05-02",
			[]string{"meeting 2022-05-02 Kathmandu: Arjun Mehta+John Barrow", "meeting 2022-05-02 Kathmandu: Arjun Mehta+Maria Lind"}},
	})
}

// A lone surname set off by an appositive that names a country's office
// ("X, Zambia's foreign minister,") is the person the reporter introduces,
// even where the document gives no fuller name; an adverb opening the
// sentence, or a title not closed by a comma, introduces no one.
func TestMeetingSurnameAppositive(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a surname and a possessive office as subject, agency wire",
			"LUSAKA, March 4 (Wire) – Mulenga, Zambia's foreign minister, met Kenyan President Otieno Kamau in Lusaka today.", "2021-03-04",
			[]string{"meeting 2021-03-04 Lusaka: Mulenga+Otieno Kamau"}},
		{"a surname and an office with a demonym as object",
			"Ghanaian President Kofi Mensah met Okonjo, the Nigerian envoy, in Accra on Tuesday.", "2021-03-04",
			[]string{"meeting 2021-03-02 Accra: Kofi Mensah+Okonjo"}},
		{"an adverb opening the sentence is no surname",
			"Separately, Kenya's foreign minister, who arrived on Monday, met Ghanaian President Kofi Mensah in Accra on Tuesday.", "2021-03-04",
			nil},
	})
}

// Agency copy puts a comma between an untitled subject and its verb of
// talks: "X Y, met on Friday with Z" is a meeting of X and Z.
func TestMeetingCommaSubject(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a day between met and with",
			"Lars Eide, met on Friday with the Chilean Foreign Minister Ana Soto, in Oslo.", "2023-05-06",
			[]string{"meeting 2023-05-05 Oslo: Ana Soto+Lars Eide"}},
		{"here today between met and with, a possessive country before",
			"OSLO, May 5 (Wire) -- Norway's Foreign Lars Eide, met here today with Chilean Foreign Minister Ana Soto.", "2023-05-05",
			[]string{"meeting 2023-05-05 Oslo: Ana Soto+Lars Eide"}},
		{"met with at once",
			"Amina Odhiambo, met with Ugandan President Moses Okello at State House in Kampala.", "2023-05-05",
			[]string{"meeting 2023-05-05 Kampala: Amina Odhiambo+Moses Okello"}},
	})
}

// A visit of protocol to a country whose report names no city was paid to
// its capital, unless a dateline of that country says where.
func TestStateVisitCapital(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"talks during a state visit to a country",
			"During his state visit to Zambia, Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"the visit told in the sentence before the talks",
			"Kenyan President Daniel Otieno paid a state visit to Zambia this week. On Monday, he held talks with Zambian President Hakainde Mwila.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"the guest's home dateline is no venue",
			"NAIROBI, March 4 - Kenyan President Daniel Otieno, who is on an official visit to Zambia, held talks with Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a dateline of the host country stands",
			"NDOLA, March 4 - Kenyan President Daniel Otieno, who is on an official visit to Zambia, held talks with Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Ndola: Daniel Otieno+Hakainde Mwila"}},
		{"a visit still to come places nothing",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday and will pay a state visit to Malawi next month.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
	})
}

// "chaired by the two ministers, A of X and B of Y": the names after the
// pair's appositive chair the session and met there, each for the country
// named after the name.
func TestChairedByThePairAppositive(t *testing.T) {
	tests := []struct {
		name, text string
		meetings   []string
		chairs     []string
	}{
		{"co-chaired by the two ministers, names with their countries",
			"The Joint Commission met in Lusaka on Monday. The session was co-chaired by the two ministers, Bwalya Tembo of Zambia and Tendai Moyo of Zimbabwe.",
			[]string{"meeting 2024-03-04 Lusaka: Bwalya Tembo+Tendai Moyo"},
			[]string{"Bwalya Tembo|Zambia-Zimbabwe Joint Commission|Zambia", "Tendai Moyo|Zambia-Zimbabwe Joint Commission|Zimbabwe"}},
		{"chaired by both foreign ministers, in one sentence",
			"Talks of the Joint Commission opened in Lusaka on Monday, co-chaired by both foreign ministers, Bwalya Tembo of Zambia and Tendai Moyo of Zimbabwe.",
			[]string{"meeting 2024-03-04 Lusaka: Bwalya Tembo+Tendai Moyo"},
			[]string{"Bwalya Tembo|Zambia-Zimbabwe Joint Commission|Zambia", "Tendai Moyo|Zambia-Zimbabwe Joint Commission|Zimbabwe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, "2024-03-05")
			if got := meetingLines(f.Meetings); strings.Join(got, "\n") != strings.Join(tt.meetings, "\n") {
				t.Errorf("meetings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.meetings, "\n  "))
			}
			if got := coChairsOf(t, tt.text, "2024-03-05"); strings.Join(got, "\n") != strings.Join(tt.chairs, "\n") {
				t.Errorf("co-chairs:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.chairs, "\n  "))
			}
		})
	}
}

// "A and B, the X minister and his Y counterpart, met": an appositive of
// two offices after a pair of names gives A the first and B the second;
// both met.
func TestRespectiveOfficesOfAPair(t *testing.T) {
	tests := []struct {
		name, text string
		meetings   []string
		offices    map[string]string // person: "role|country"
	}{
		{"an office and his counterpart",
			"Pablo Soto and Rosa Quispe, the Chilean foreign minister and his Peruvian counterpart, met in Lima on Monday.",
			[]string{"meeting 2024-03-04 Lima: Pablo Soto+Rosa Quispe"},
			map[string]string{"Pablo Soto": "Minister of Foreign Affairs|Chile", "Rosa Quispe": "Minister of Foreign Affairs|Peru"}},
		{"a possessive office and her counterpart, respectively",
			"Pablo Soto and Rosa Quispe, Chile's foreign minister and her Peruvian counterpart respectively, held talks in Lima on Monday.",
			[]string{"meeting 2024-03-04 Lima: Pablo Soto+Rosa Quispe"},
			map[string]string{"Pablo Soto": "Minister of Foreign Affairs|Chile", "Rosa Quispe": "Minister of Foreign Affairs|Peru"}},
		{"two offices in full",
			"Pablo Soto and Rosa Quispe, the Chilean foreign minister and the Peruvian foreign minister, met in Lima on Monday.",
			[]string{"meeting 2024-03-04 Lima: Pablo Soto+Rosa Quispe"},
			map[string]string{"Pablo Soto": "Minister of Foreign Affairs|Chile", "Rosa Quispe": "Minister of Foreign Affairs|Peru"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, "2024-03-05")
			if got := meetingLines(f.Meetings); strings.Join(got, "\n") != strings.Join(tt.meetings, "\n") {
				t.Errorf("meetings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.meetings, "\n  "))
			}
			for who, want := range tt.offices {
				o, ok := officeOf(f, who)
				if got := o.Role + "|" + o.Country; !ok || got != want {
					t.Errorf("office of %s = %q (one: %v), want %q", who, got, ok, want)
				}
			}
		})
	}
}

// A meeting its report puts in a country ("is presently in X", "was
// visiting X") and in no city of it was held in that country's capital; a
// country of a visit to come or of another time places nothing.
func TestPresentCountryCapital(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a guest visiting a country",
			"Kenyan President Daniel Otieno, who was visiting Zambia for a regional forum, held talks with Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a guest presently in a country, the home dateline",
			"NAIROBI, March 4 - Kenyan President Daniel Otieno met Malawian President Peter Chirwa on Monday. The president is currently in Zambia for the regional summit.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Peter Chirwa"}},
		{"a trip still to come",
			"Kenyan President Daniel Otieno met Malawian President Peter Chirwa on Monday before he is to travel to Zambia.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Peter Chirwa"}},
		{"another time's stay",
			"Kenyan President Daniel Otieno met Malawian President Peter Chirwa on Monday. Both were in Zambia last week.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Peter Chirwa"}},
	})
}

// A summit or session still to be held, and an official who may take part
// in it, are no meeting of those the sentence names.
func TestEventStillToBeHeld(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"authorized to participate in a summit to be held",
			"President Ana Ruiz said she would help after the congress refused to authorize President Luis Andrade to participate in the regional summit, to be held in Lima.", "2024-03-05",
			nil},
		{"a summit that will take place",
			"President Ana Ruiz told President Luis Andrade's envoy that the summit will take place in Lima in June.", "2024-03-05",
			nil},
		{"met, ahead of a summit to be held",
			"President Ana Ruiz met President Luis Andrade in Quito on Monday, ahead of the regional summit to be held in Lima in June.", "2024-03-05",
			[]string{"meeting 2024-03-04 Quito: Ana Ruiz+Luis Andrade"}},
	})
}

// "On the sidelines of the summit, X met A and B separately": the phrase
// of talks before the subject does not hide who met whom; one meeting each.
func TestSeparateMeetingsAfterAnOpeningPhrase(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"met separately, after a phrase of the summit",
			"On the sidelines of the summit in Addis Ababa, Kenyan President Daniel Otieno met Zambian President Hakainde Mwila and Malawian President Peter Chirwa separately.", "2024-03-05",
			[]string{"meeting 2024-03-05 Addis Ababa: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-05 Addis Ababa: Daniel Otieno+Peter Chirwa"}},
		{"held separate talks, after a phrase of the summit",
			"At the summit in Addis Ababa on Monday, Kenyan President Daniel Otieno held separate talks with Zambian President Hakainde Mwila and Malawian President Peter Chirwa.", "2024-03-05",
			[]string{"meeting 2024-03-04 Addis Ababa: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-04 Addis Ababa: Daniel Otieno+Peter Chirwa"}},
		{"a joint meeting stays one",
			"At the summit in Addis Ababa on Monday, Kenyan President Daniel Otieno held a joint meeting with Zambian President Hakainde Mwila and Malawian President Peter Chirwa.", "2024-03-05",
			[]string{"meeting 2024-03-04 Addis Ababa: Daniel Otieno+Hakainde Mwila+Peter Chirwa"}},
	})
}

// A city a participant went on to after the meeting is not where it was:
// "he later flew to X", "before leaving for X".
func TestOnwardJourney(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"later flew to, in the sentence after",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. Otieno later flew to Kigali for the regional summit.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"before leaving for, the dateline stands",
			"LUSAKA, March 4 - Zambian President Hakainde Mwila received Kenyan President Daniel Otieno at State House on Monday before Otieno departed for Kigali.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"a journey to the meeting told before it",
			"Kenyan President Daniel Otieno then travelled to Ndola for talks with Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Ndola: Daniel Otieno+Hakainde Mwila"}},
	})
}

// A headline that calls the contact remote says how the talks its body
// tells ("held talks with") were held, unless the body puts them at a place.
func TestCallHeadline(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"phone talks in the headline, talks in the body",
			"Otieno, Mwila hold phone talks",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila on Monday. The two leaders discussed trade and regional security.",
			[]string{"call 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"a telephone headline, a discussion in the body",
			"Otieno and Mwila speak by telephone",
			"Kenyan President Daniel Otieno and Zambian President Hakainde Mwila discussed trade on Monday.",
			[]string{"call 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"a courtesy call in the headline is a visit",
			"Otieno pays courtesy call on Mwila",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila on Monday.",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"the body places the talks",
			"Otieno, Mwila hold phone talks",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila in Lusaka on Monday.",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extractDocs(t, fact.Document{Title: tt.title, Text: tt.text, Date: "2024-03-05"})[0]
			if got := meetingLines(f.Meetings); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("meetings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// A leader's official residence, written as a common noun after a
// possessive, is a seat in the capital; the office of leaders of two
// countries is the one of who received the other.
func TestResidenceAndReceiversOffice(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"at his official residence",
			"Zambian President Hakainde Mwila received Kenyan President Daniel Otieno at his official residence on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"at the Official Residence, received by",
			"Kenyan President Daniel Otieno was received by Zambian President Hakainde Mwila at the Official Residence on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"received in his office",
			"Zambian President Hakainde Mwila received Kenyan President Daniel Otieno in his office on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"talks in an office of no host",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila in the President's office on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
	})
}

// A meeting no sentence places takes the place its URL's slug names, of a
// country the text names; a slug word the text uses as a word is no place.
func TestSlugCity(t *testing.T) {
	tests := []struct {
		name, url, text string
		want            []string
	}{
		{"a small place at the end of the slug",
			"https://news.example.org/world/otieno-meets-zambian-president-in-siavonga-4471",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila at the lakeside lodge on Monday.",
			[]string{"meeting 2024-03-04 Siavonga: Daniel Otieno+Hakainde Mwila"}},
		{"a city in the middle of the slug",
			"https://news.example.org/2024/03/04/ndola-talks-otieno-mwila-trade.html",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila on Monday.",
			[]string{"meeting 2024-03-04 Ndola: Daniel Otieno+Hakainde Mwila"}},
		{"a city named in the text wins",
			"https://news.example.org/world/otieno-meets-zambian-president-in-siavonga",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday.",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"two places in the slug name neither",
			"https://news.example.org/world/otieno-mwila-lusaka-nairobi-ties-strong",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday.",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"a city of a country the text never names",
			"https://news.example.org/world/otieno-meets-zambian-president-after-kigali-summit",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday.",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"the slug's city is the text's next summit",
			"https://news.example.org/world/otieno-meets-mwila-ahead-of-summit-in-kigali",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday ahead of the regional summit, which will be held in Kigali next month. Rwanda is a neighbour.",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"the slug's city is where the leaders will travel",
			"https://news.example.org/world/otieno-meets-mwila-in-kigali",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. The two leaders will travel to Kigali in Rwanda for the regional summit.",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"the slug's city is where they met years ago",
			"https://news.example.org/world/otieno-meets-gasana-in-kigali",
			"Kenyan President Daniel Otieno met Rwandan President Paul Gasana on Monday. The two leaders first met in Kigali in 2019.",
			[]string{"meeting 2019 Kigali: Daniel Otieno+Paul Gasana", "meeting 2024-03-04 : Daniel Otieno+Paul Gasana"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extractDocs(t, fact.Document{URL: tt.url, Text: tt.text, Date: "2024-03-05"})[0]
			if got := meetingLines(f.Meetings); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("meetings:\n  %s\nwant:\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

// "The host welcomed the guest to Y": Y, a small place or a venue, is where
// the meeting was.
func TestWelcomedTo(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"welcomed to a small place",
			"Zambian President Hakainde Mwila welcomed Kenyan President Daniel Otieno to Siavonga on Monday for talks.", "2024-03-05",
			[]string{"meeting 2024-03-04 Siavonga: Daniel Otieno+Hakainde Mwila"}},
		{"welcomed to a seat, the guest as a counterpart",
			"Zambian President Hakainde Mwila on Monday welcomed his Kenyan counterpart Daniel Otieno to State House for talks.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	})
}

// An event a participant is still to host or chair is not the meeting, and
// its city is not the meeting's.
func TestEventStillToHost(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"due to host a summit",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. Mwila is due to host the regional summit in Kigali.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"will chair a session",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. Otieno will chair the bloc's next session in Kigali.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"the meeting's own city before the plan",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Lusaka on Monday, ahead of the summit Mwila is set to host in Kigali.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	})
}

// "in X's capital" names X's capital as "the X capital" does; "X's capital
// markets" names no city.
func TestPossessiveCapital(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"in a country's capital, over a home dateline",
			"NAIROBI, March 4 - Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Zambia's capital on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"in a country’s capital, a curly apostrophe",
			"Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila in Zambia’s capital on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"capital markets",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday to boost investment in Zambia's capital markets.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
	})
}

// A dateline of the guest's home over a host of another country who
// received the guest: the talks were in the host's capital.
func TestGuestHomeDateline(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"hosted, filed at the guest's home",
			"NAIROBI, March 4 - Zambian President Hakainde Mwila hosted Kenyan President Daniel Otieno on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"received by, filed at the guest's home",
			"NAIROBI, March 4 - Kenyan President Daniel Otieno was received by Zambian President Hakainde Mwila for talks on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"the host at home, the dateline stands",
			"NAIROBI, March 4 - Kenyan President Daniel Otieno received Zambian President Hakainde Mwila on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Hakainde Mwila"}},
	})
}

// A meeting sentence of former office holders only, with no time of its
// own, looks back to an earlier event; a former official who meets a
// serving one, or former leaders who met on a stated day, did meet.
func TestFormerLeadersLookBack(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"an accord the former leaders signed after talks",
			"Prime Minister Lena Falk received President Omar Diallo in Oslo on Monday. The pact is one of several accords which former presidents Anna Kowalska and Pedro Almeida signed after long negotiations.", "2024-03-05",
			[]string{"meeting 2024-03-04 Oslo: Lena Falk+Omar Diallo"}},
		{"the late leaders, in another phrasing",
			"Prime Minister Lena Falk received President Omar Diallo in Oslo on Monday. The treaty grew out of negotiations between the late President Karl Brenner and the late Premier Ivo Sand.", "2024-03-05",
			[]string{"meeting 2024-03-04 Oslo: Lena Falk+Omar Diallo"}},
		{"former presidents who met on a stated day met",
			"Former presidents Anna Kowalska and Pedro Almeida held talks in Geneva on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Geneva: Anna Kowalska+Pedro Almeida"}},
		{"a former official meeting a serving one met",
			"Former Prime Minister Anna Kowalska held talks with President Omar Diallo in Geneva.", "2024-03-05",
			[]string{"meeting 2024-03-05 Geneva: Anna Kowalska+Omar Diallo"}},
	})
}

// A country house or castle is named for the village it stands in ("Schloss
// X", "Château de X"), and a palace or residence near a city ("X Palace near
// City") is not in that city but at X: the name is the meeting's place,
// though no table holds so small a place.
func TestVenueNamedForItsPlace(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a German castle, its name after the head",
			"Chancellor Karl Brenner hosted French President Luc Moreau at Schloss Hollenbach on Tuesday.", "2024-03-06",
			[]string{"meeting 2024-03-05 Hollenbach: Karl Brenner+Luc Moreau"}},
		{"a French château of the village, in front of it",
			"French President Luc Moreau and Chancellor Karl Brenner spoke to reporters in front of the Château de Valmoire, the French government's country residence, on Tuesday after their talks.", "2024-03-06",
			[]string{"meeting 2024-03-05 Valmoire: Karl Brenner+Luc Moreau"}},
		{"a palace near a city",
			"Chancellor Karl Brenner met French President Luc Moreau at Hollenbach Palace near Berlin on Tuesday.", "2024-03-06",
			[]string{"meeting 2024-03-05 Hollenbach: Karl Brenner+Luc Moreau"}},
		{"a manor some kilometres from a city",
			"President Luc Moreau received Chancellor Karl Brenner at Valmoire Manor, 60 km south of Paris, on Tuesday.", "2024-03-06",
			[]string{"meeting 2024-03-05 Valmoire: Karl Brenner+Luc Moreau"}},
		{"a palace in a city is still the city's",
			"Chancellor Karl Brenner met French President Luc Moreau at Hollenbach Palace in Berlin on Tuesday.", "2024-03-06",
			[]string{"meeting 2024-03-05 Berlin: Karl Brenner+Luc Moreau"}},
		{"a hotel near a city names no place",
			"Chancellor Karl Brenner met French President Luc Moreau at the Grandview Hotel near Berlin on Tuesday.", "2024-03-06",
			[]string{"meeting 2024-03-05 : Karl Brenner+Luc Moreau"}},
	})
	// the country of the village: the appositive's, else the city's it is near
	for _, tt := range []struct{ text, want string }{
		{"Chancellor Karl Brenner and President Luc Moreau met at Schloss Hollenbach, the guest house of the German government, on Tuesday.", "Germany"},
		{"Chancellor Karl Brenner met President Luc Moreau at Valmoire Castle outside Paris on Tuesday.", "France"},
	} {
		f := one(t, tt.text, "2024-03-06")
		if len(f.Meetings) != 1 || f.Meetings[0].Country != tt.want {
			t.Errorf("%q: meetings %+v, want one in %s", tt.text, f.Meetings, tt.want)
		}
	}
}

// A visit made at someone's invitation is to the inviter's country ("on a
// state visit at the invitation of the Thai Prime Minister"), whose capital
// receives the guest where the report names no city.
func TestVisitAtTheInvitation(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the inviter's demonym",
			"Bilateral talks were held between President Anil Perera and Prime Minister Somchai Wongsa on Monday. President Perera is on a four-day state visit at the invitation of the Thai Prime Minister.", "2024-03-12",
			[]string{"meeting 2024-03-11 Bangkok: Anil Perera+Somchai Wongsa"}},
		{"the inviter named, with a country",
			"Prime Minister Somchai Wongsa of Thailand is on an official visit at the invitation of President Daniel Mwangi of Kenya. The two leaders held talks on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Somchai Wongsa"}},
		{"a visit to a country named stays the visit's",
			"President Anil Perera is on a state visit to Vietnam at the invitation of the Thai Prime Minister. He held talks with Prime Minister Tran Van Long on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Hanoi: Anil Perera+Tran Van Long"}},
	})
}

// A host who received a guest of another country, in a report that names
// no place, received the guest at home, in the host's capital; talks on the
// sidelines of an event abroad, or a plain "met", are not so placed.
func TestReceivedAtHome(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"received, no place named",
			"Kenyan President Daniel Mwangi received Ugandan President Joseph Okello on Monday and discussed trade.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Joseph Okello"}},
		{"hosted by, the guest first",
			"Ugandan President Joseph Okello was hosted by Kenyan President Daniel Mwangi on Monday for talks on trade.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Joseph Okello"}},
		{"received on the sidelines of an event",
			"Kenyan President Daniel Mwangi received Ugandan President Joseph Okello on the sidelines of the regional summit on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 : Daniel Mwangi+Joseph Okello"}},
		{"met names no host",
			"Kenyan President Daniel Mwangi met Ugandan President Joseph Okello on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 : Daniel Mwangi+Joseph Okello"}},
	})
}

// A second verb of talks joined to the first by a word of sequence tells of
// another meeting: "was received by A and later met B" is two meetings,
// though A and B serve one country; "met A and B" stays one.
func TestOneMeetingAfterAnother(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"received by one and later met another",
			"Kenyan Foreign Minister Alice Wanjiru was received by Ugandan President Joseph Okello in Kampala on Monday and later met Foreign Minister Peter Mugisha.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Joseph Okello", "meeting 2024-03-11 Kampala: Alice Wanjiru+Peter Mugisha"}},
		{"called on one before meeting another",
			"Kenyan Foreign Minister Alice Wanjiru called on Ugandan President Joseph Okello in Kampala on Monday before meeting Foreign Minister Peter Mugisha.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Joseph Okello", "meeting 2024-03-11 Kampala: Alice Wanjiru+Peter Mugisha"}},
		{"the guest as a pronoun, then a second meeting",
			"Kenyan Foreign Minister Alice Wanjiru travelled to Kampala on Sunday for talks. She was received by Ugandan President Joseph Okello on Monday and later met Foreign Minister Peter Mugisha.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Joseph Okello", "meeting 2024-03-11 Kampala: Alice Wanjiru+Peter Mugisha"}},
		{"two hosts of one country met together",
			"Kenyan Foreign Minister Alice Wanjiru met Ugandan President Joseph Okello and Foreign Minister Peter Mugisha in Kampala on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Alice Wanjiru+Joseph Okello+Peter Mugisha"}},
	})
}

// A name the text calls a town ("in the resort town of X", "at the
// Mediterranean village of X") is a place though no table holds it, or
// holds it under another spelling.
func TestTownNoTableHolds(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a resort town of two words",
			"The talks between President Omar Fathy of Egypt and President Daniel Mwangi of Kenya took place in the resort town of Ras Kanan on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Ras Kanan: Daniel Mwangi+Omar Fathy"}},
		{"a village, the host receiving",
			"Egyptian President Omar Fathy received Kenyan President Daniel Mwangi at the Mediterranean village of Kafr Sidi on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kafr Sidi: Daniel Mwangi+Omar Fathy"}},
		{"an island that is a country is no town",
			"Egyptian President Omar Fathy met Kenyan President Daniel Mwangi on Monday during a trip to the island of Cyprus.", "2024-03-12",
			[]string{"meeting 2024-03-11 : Daniel Mwangi+Omar Fathy"}},
	})
}

// Talks on the sidelines of an event their own sentences do not place were
// held where and when the sentence shortly before places the event.
func TestSidelinesOfAnEventPlacedBefore(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a fair its host opened",
			"Ugandan President Joseph Okello opened the regional trade fair in Kampala on Monday. On the sidelines of the fair, he held talks with Kenyan President Daniel Mwangi.", "2024-03-12",
			[]string{"meeting 2024-03-11 Kampala: Daniel Mwangi+Joseph Okello"}},
		{"a forum, the talks after it",
			"The investment forum was held in Mombasa on Monday with some 300 delegates. Kenyan President Daniel Mwangi met Ugandan President Joseph Okello at the margins of the forum.", "2024-03-12",
			[]string{"meeting 2024-03-11 Mombasa: Daniel Mwangi+Joseph Okello"}},
		{"the event's next session elsewhere is no place of the talks",
			"The forum will meet in Mombasa next year. Kenyan President Daniel Mwangi met Ugandan President Joseph Okello on the sidelines of the forum on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 : Daniel Mwangi+Joseph Okello"}},
	})
}

// A meeting placed nowhere else, with a region's head (the region of
// data/regions.tsv by the name, a regional office around them), was held
// at the region's seat; a city the sentence names wins.
func TestRegionalHeadAtHome(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the region before the title",
			"Japanese Ambassador Kenji Sato called on Gujarat Chief Minister Ravi Menon at his residence on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Gandhinagar: Kenji Sato+Ravi Menon"}},
		{"the region after the name, with State",
			"Governor Ade Balogun of Lagos State received the British High Commissioner, Jane Porter, on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Ikeja: Ade Balogun+Jane Porter"}},
		{"an appositive premier",
			"Ade Balogun, the Premier of Queensland, welcomed Japanese Ambassador Kenji Sato on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Brisbane: Ade Balogun+Kenji Sato"}},
		{"a city named wins",
			"Gujarat Chief Minister Ravi Menon met Japanese Prime Minister Sato Hiroshi in Tokyo on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Tokyo: Ravi Menon+Sato Hiroshi"}},
		{"a region named with no office of its head",
			"Japanese Ambassador Kenji Sato met businessman Ravi Menon of Gujarat Textiles on Monday.", "2024-03-12",
			nil},
	})
}

// Abroad at an event, a leader who "also met" or "later met" a third
// country's leader, with no city or time of the sentence's own, met there
// and then; "a pull-aside with A and with B" is two meetings.
func TestAlsoMetAbroad(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"she also met",
			"President Anna Berg of Sweden met Thai Prime Minister Somchai Wongsa on Monday in Rio de Janeiro. She also met Chilean President Luis Ortega.", "2024-03-12",
			[]string{"meeting 2024-03-11 Rio de Janeiro: Anna Berg+Luis Ortega", "meeting 2024-03-11 Rio de Janeiro: Anna Berg+Somchai Wongsa"}},
		{"the surname later met",
			"President Anna Berg of Sweden met Thai Prime Minister Somchai Wongsa in Rio de Janeiro on Monday. Berg later met Chilean President Luis Ortega.", "2024-03-12",
			[]string{"meeting 2024-03-11 Rio de Janeiro: Anna Berg+Luis Ortega", "meeting 2024-03-11 Rio de Janeiro: Anna Berg+Somchai Wongsa"}},
		{"a host at home meets a third country's leader on another visit",
			"Brazilian President Paulo Costa received Swedish President Anna Berg in Brasilia on Monday. Costa also met Chilean President Luis Ortega.", "2024-03-12",
			[]string{"meeting 2024-03-11 Brasília: Anna Berg+Paulo Costa", "meeting 2024-03-12 : Luis Ortega+Paulo Costa"}},
		{"pull-asides with one and with another",
			"On the sidelines of the G20 summit in Rio de Janeiro, President Anna Berg held a pull-aside with Prime Minister Somchai Wongsa and with President Luis Ortega on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Rio de Janeiro: Anna Berg+Luis Ortega", "meeting 2024-03-11 Rio de Janeiro: Anna Berg+Somchai Wongsa"}},
	})
}

// A two-person meeting placed nowhere else that tells its guest (the one
// called "visiting", the one said to be on a visit, or the one who calls
// on the other) was held in the host's capital.
func TestHostByTheGuest(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the visiting one met the host",
			"Visiting Ugandan President Joseph Okello met Kenyan President Daniel Mwangi on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Joseph Okello"}},
		{"the host met the visiting one",
			"Kenyan President Daniel Mwangi met visiting Ugandan President Joseph Okello on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Joseph Okello"}},
		{"a courtesy call on the host",
			"Ugandan President Joseph Okello paid a courtesy call on Kenyan President Daniel Mwangi on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Joseph Okello"}},
		{"the guest arrived for a visit",
			"Kenyan President Daniel Mwangi held talks with his Ugandan counterpart Joseph Okello, who arrived for a two-day visit on Monday.", "2024-03-12",
			[]string{"meeting 2024-03-11 Nairobi: Daniel Mwangi+Joseph Okello"}},
		{"a visit named of neither leaves the meeting unplaced",
			"Kenyan President Daniel Mwangi met Ugandan President Joseph Okello on Monday at the start of the visiting season.", "2024-03-12",
			[]string{"meeting 2024-03-11 : Daniel Mwangi+Joseph Okello"}},
	})
}

// A town no table holds, written with its country ("in X, Country"), is
// where the meeting was.
func TestTownWithItsCountry(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"held talks in a town, its country after a comma",
			"Kenyan President Daniel Otieno and Zambian President Hakainde Mwila held talks in Kasoma Springs, Tanzania, on Monday on the sidelines of the regional summit.", "2024-03-05",
			[]string{"meeting 2024-03-04 Kasoma Springs: Daniel Otieno+Hakainde Mwila"}},
		{"met at a town, then the day",
			"Chilean Foreign Minister Ana Torres met Norwegian Foreign Minister Lars Berg at Vallbrekke, Norway, on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Vallbrekke: Ana Torres+Lars Berg"}},
	})
}

// A date set off at the head of a sentence dates everything the sentence
// says: the city of "In May, the commission met in X" is another event's.
func TestOpeningDateOfAnotherEvent(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"an earlier session in a city, the date first",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday on the sidelines of the regional summit in Rwanda. In January, the joint commission meeting and a business forum were held in Nairobi.", "2024-03-05",
			[]string{"meeting 2024-03-04 Kigali: Daniel Otieno+Hakainde Mwila"}},
		{"an earlier round in a city, a day and month first",
			"Chilean Foreign Minister Ana Torres met Norwegian Foreign Minister Lars Berg on Monday at the summit in Germany. On 12 January, the first round of consultations was held in Santiago.", "2024-03-05",
			[]string{"meeting 2024-03-04 Berlin: Ana Torres+Lars Berg"}},
	})
}

// A visit someone is to pay is still to come: its city is not the
// meeting's.
func TestVisitToBePaid(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"expected to pay a working visit",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila on Monday. At a press conference with Mwila, Otieno said he expected to pay a working visit to Lusaka in the next 20 days.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"would pay an official visit",
			"Chilean Foreign Minister Ana Torres held talks with Norwegian Foreign Minister Lars Berg on Monday. During the talks with Berg, Torres said she would pay an official visit to Bergen in the coming weeks.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Ana Torres+Lars Berg"}},
		{"plans to pay a return visit",
			"Chilean Foreign Minister Ana Torres met Norwegian Foreign Minister Lars Berg on Monday. In their meeting, Berg said he plans to pay a return visit to Valparaiso soon.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Ana Torres+Lars Berg"}},
	})
}

// Two officials who chair a session together met, however the text says
// it: "A and B chaired the session", "A and B presided over the meeting".
func TestPairChairedASession(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"presidents of two countries chaired the first session",
			"Presidents of Kenya and Zambia Daniel Otieno and Hakainde Mwila chaired the first session of the Supreme Interstate Council in Lusaka on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"two titled leaders presided over the session",
			"Chilean President Ana Torres and Norwegian Prime Minister Lars Berg presided over the plenary session of the joint council in Oslo on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Oslo: Ana Torres+Lars Berg"}},
		{"one leader chairing a session meets nobody",
			"Chilean President Ana Torres chaired the plenary session of the national security council in Santiago on Monday.", "2024-03-05",
			nil},
	})
}

// "The meeting participants also included X, Y" lists who else was in the
// room after the principals are named: not a meeting of their own, and not
// principals of the meeting.
func TestParticipantsAlsoIncluded(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the meeting participants also included",
			"Chilean Deputy Prime Minister Ana Torres and Peruvian Deputy Prime Minister Luis Ortega co-chaired a meeting of the joint group in Santiago on Monday. The meeting participants also included State Secretary Juan Perez, Ambassador of Chile to Peru Pedro Gomez, and representatives of ministries.", "2024-03-05",
			[]string{"meeting 2024-03-04 Santiago: Ana Torres+Luis Ortega"}},
		{"attendees included",
			"Kenyan President Daniel Otieno met Zambian President Hakainde Mwila in Nairobi on Monday. Attendees included Foreign Minister Grace Wanjiru and Zambian Foreign Minister Peter Banda.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Hakainde Mwila"}},
	})
}

// A city inferred as the capital of the country a meeting was in gives
// way to the city another report of the same meeting writes in that
// country; a city written in another country does not replace it.
func TestInferredCapitalGivesWay(t *testing.T) {
	summit := fact.Document{Name: "a.txt", Date: "2024-07-06",
		Text: "Today, July 6, Kenyan President Daniel Otieno held a meeting with Zambian President Hakainde Mwila on the sidelines of the regional summit in Tanzania."}
	town := fact.Document{Name: "b.txt", Date: "2024-07-06",
		Text: "This morning, Zambian President Hakainde Mwila and Kenyan President Daniel Otieno held bilateral talks in Kasoma Springs, Tanzania, at the regional summit."}
	elsewhere := fact.Document{Name: "c.txt", Date: "2024-07-06",
		Text: "This morning, Zambian President Hakainde Mwila and Kenyan President Daniel Otieno held bilateral talks in Kasoma Springs, Malawi, at the regional summit."}
	tests := []struct {
		name string
		docs []fact.Document
		want string
	}{
		{"alone, the capital", []fact.Document{summit}, "meeting 2024-07-06 Dodoma: Daniel Otieno+Hakainde Mwila"},
		{"another report's town of the country", []fact.Document{summit, town}, "meeting 2024-07-06 Kasoma Springs: Daniel Otieno+Hakainde Mwila"},
		{"a town of another country", []fact.Document{summit, elsewhere}, "meeting 2024-07-06 Dodoma: Daniel Otieno+Hakainde Mwila"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := extractDocs(t, tt.docs...)[0]
			if got := meetingLines(f.Meetings); len(got) != 1 || got[0] != tt.want {
				t.Errorf("meetings of the first report: %q, want %q", got, tt.want)
			}
		})
	}
}

// The one contact a report tells of, placed nowhere, is a call when a later
// paragraph refers to it as "the phone call"; a call dated otherwise, or
// one held before, is another contact.
func TestCallNamedLater(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"the phone call two paragraphs later",
			"Chilean President Ana Torres held talks with Peruvian President Luis Ortega on Monday.\n\nThe two leaders discussed trade and energy.\n\nDuring the phone call, Torres invited Ortega to visit Santiago.", "2024-03-05",
			[]string{"call 2024-03-04 : Ana Torres+Luis Ortega"}},
		{"the video conference at the end of the readout",
			"Kenyan President Daniel Otieno discussed the border with Zambian President Hakainde Mwila on Monday.\n\nThey agreed on new crossings.\n\nThe video conference lasted an hour.", "2024-03-05",
			[]string{"call 2024-03-04 : Daniel Otieno+Hakainde Mwila"}},
		{"a call on another day is another contact",
			"Chilean President Ana Torres held talks with Peruvian President Luis Ortega on Monday.\n\nThe two leaders discussed trade.\n\nThe phone call on February 2 had prepared the talks.", "2024-03-05",
			[]string{"meeting 2024-03-04 : Ana Torres+Luis Ortega"}},
		{"talks placed in a city stay a meeting",
			"Chilean President Ana Torres held talks with Peruvian President Luis Ortega in Lima on Monday.\n\nThe two leaders discussed trade.\n\nThe phone call had prepared the talks.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lima: Ana Torres+Luis Ortega"}},
	})
}

// "The sides welcomed the signing of X" welcomes a thing, not a guest; and
// people a sentence names only by what they did "during the visit" were at
// the meeting reported, not at one of their own. "During the visit, X also
// met Y" is still a meeting of its own.
func TestWhatHappenedDuringTheVisit(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a declaration signed during the visit by two ministers",
			"Chilean President Ana Torres held talks with Norwegian Prime Minister Lars Berg in Oslo on Wednesday.\n\nThe sides welcomed the signing of the Declaration on Deepening Cooperation during the visit, which was signed by Foreign Ministers Pedro Soto and Ingrid Dahl.", "2023-05-04",
			[]string{"meeting 2023-05-03 Oslo: Ana Torres+Ingrid Dahl+Lars Berg+Pedro Soto"}},
		{"agreements the ministers signed in the course of the talks",
			"Kenyan President Daniel Otieno received Zambian President Hakainde Mwila at State House in Nairobi on Monday.\n\nIn the course of the talks, Trade Ministers Grace Wanjiru and Peter Mulenga signed three agreements.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Grace Wanjiru+Hakainde Mwila+Peter Mulenga"}},
		{"the host also met another guest during the visit",
			"Kenyan President Daniel Otieno received Zambian President Hakainde Mwila at State House in Nairobi on Monday.\n\nDuring the visit, Mwila also met Kenyan Vice President Grace Wanjiru.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Hakainde Mwila", "meeting 2024-03-04 Nairobi: Grace Wanjiru+Hakainde Mwila"}},
		{"the sides welcomed the progress: no guest welcomed",
			"Chilean President Ana Torres held talks with Norwegian Prime Minister Lars Berg in Oslo on Wednesday.\n\nThe ministers Pedro Soto and Ingrid Dahl welcomed the progress in trade.", "2023-05-04",
			[]string{"meeting 2023-05-03 Oslo: Ana Torres+Lars Berg"}},
	})
}

// "his meeting with the British defence secretary": a description of an
// office after a word of meeting is its holder the document names, however
// the office is spelt.
func TestDescribedGuest(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"meeting with a description of an office spelt otherwise",
			"U.K. Defense Secretary Tom Hale arrived in Kyiv on Thursday. President Olena Kovalenko called her meeting with the British defence secretary substantial.", "2023-09-28",
			[]string{"meeting 2023-09-28 Kyiv: Olena Kovalenko+Tom Hale"}},
		{"received the described minister",
			"Chilean Foreign Minister Ana Torres arrived in Oslo on Monday. Norwegian Prime Minister Lars Berg received the Chilean foreign minister at his office.", "2024-03-05",
			[]string{"meeting 2024-03-05 Oslo: Ana Torres+Lars Berg"}},
	})
}

// A time right after the city that is the day the meeting is dated by is
// the meeting's own ("met Y in X last Friday"); one of another day still
// dates another event.
func TestOwnTimeAfterTheCity(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"last Friday, the meeting's day",
			"Chilean President Ana Torres met Peruvian President Luis Ortega in Lima last Friday.", "2024-03-06",
			[]string{"meeting 2024-03-01 Lima: Ana Torres+Luis Ortega"}},
		{"a range of days after the city",
			"Chilean President Ana Torres met Peruvian President Luis Ortega in Lima on March 4-5.", "2024-03-06",
			[]string{"meeting 2024-03-04 Lima: Ana Torres+Luis Ortega"}},
		{"a forum in another city last Friday",
			"Chilean President Ana Torres met Peruvian President Luis Ortega on Tuesday. Torres had attended a forum in Quito last Friday.", "2024-03-06",
			[]string{"meeting 2024-03-05 : Ana Torres+Luis Ortega"}},
	})
}

// A city taken from the dateline (where the report was filed) gives way,
// at the corpus merge, to the city another report of the same meeting
// writes in that country.
func TestDatelineCityGivesWay(t *testing.T) {
	filed := fact.Document{Name: "a.txt", Date: "2024-07-06",
		Text: "NAIROBI, July 6 (Agency) – Kenyan President Daniel Otieno held talks with Zambian President Hakainde Mwila on Saturday."}
	written := fact.Document{Name: "b.txt", Date: "2024-07-06",
		Text: "Kenyan President Daniel Otieno and Zambian President Hakainde Mwila held talks in Mombasa on Saturday."}
	for _, tc := range []struct {
		name string
		docs []fact.Document
		want string
	}{
		{"alone, the dateline's city", []fact.Document{filed}, "meeting 2024-07-06 Nairobi: Daniel Otieno+Hakainde Mwila"},
		{"with a report that writes the city", []fact.Document{filed, written}, "meeting 2024-07-06 Mombasa: Daniel Otieno+Hakainde Mwila"},
	} {
		f := extractDocs(t, tc.docs...)[0]
		if got := meetingLines(f.Meetings); len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// "arrived in the Peruvian capital" names the city the traveller reached,
// where the talks after the journey were.
func TestTravelToTheCapital(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"arrived in the capital, described by its country",
			"Chilean President Ana Torres arrived in the Peruvian capital on Sunday.\n\nOn Monday she held talks with President Luis Ortega of Peru.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lima: Ana Torres+Luis Ortega"}},
		{"flew to the capital",
			"Kenyan President Daniel Otieno flew to the Zambian capital on Sunday.\n\nHe held talks with President Hakainde Mwila of Zambia on Monday.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lusaka: Daniel Otieno+Hakainde Mwila"}},
	})
}

// Wires explain who is quoted with an editor's title in brackets before
// the name: "(Kazakh President) X thanked (French President) Y".
func TestEditorsTitleInBrackets(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"two bracketed titles in a quoted statement",
			"The leaders of Chile and Norway met at the presidential palace in Oslo on Tuesday.\n\n\"During the meeting, (Chilean President) Ana Torres thanked (Norwegian Prime Minister) Lars Berg for the invitation,\" said a statement by the Chilean presidency.", "2022-11-29",
			[]string{"meeting 2022-11-29 Oslo: Ana Torres+Lars Berg"}},
		{"one bracketed title, the other person titled plainly",
			"\"(Kenyan President) Daniel Otieno received Zambian President Hakainde Mwila at State House in Nairobi on Monday,\" the statement said.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Daniel Otieno+Hakainde Mwila"}},
	})
}

// An event's name ends where a time starts ("the UN General Assembly on
// Tuesday").
func TestOccasionEndsAtATime(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"French President Marc Duval met Brazilian President Rui Costa on the margins of the UN General Assembly on Tuesday.", "UN General Assembly"},
		{"Kenyan President Daniel Otieno met Zambian President Bwalya Mulenga at the African Union Summit in February.", "African Union Summit"},
	} {
		f := one(t, tc.text, "2023-09-20")
		if len(f.Meetings) != 1 || f.Meetings[0].Occasion != tc.want {
			t.Errorf("%q: meetings %+v, want one at %q", tc.text, f.Meetings, tc.want)
		}
	}
}

// The event of a meeting held before or still to come is not the
// occasion of the meeting reported.
func TestOccasionOfAnotherMeeting(t *testing.T) {
	for _, text := range []string{
		"ACCRA, 3 May 2024 - Ghanaian President Kwame Mensah met Ivorian President Alassane Kone in Accra on Friday. The two leaders will meet again at the ECOWAS Summit in Abuja next month.",
		"President Daniel Otieno received Zambian President Hakainde Mwila in Nairobi on Monday. The two leaders had last met at the African Union Summit in Addis Ababa in February.",
	} {
		f := one(t, text, "2024-05-03")
		if len(f.Meetings) == 0 {
			t.Fatalf("%q: no meeting", text)
		}
		for _, m := range f.Meetings {
			if m.Occasion != "" {
				t.Errorf("%q: meeting %+v has the occasion of another meeting", text, m)
			}
		}
	}
}

// "The two leaders agreed to X" after the report of one of several
// meetings: the parties are the sides of the meeting reported just before.
func TestCommitmentOfTheMeetingBefore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Hiroshima, May 18, 2023 - Prime Minister Kenji Mori held a bilateral meeting with Italian Prime Minister Giulia Conti. The two leaders agreed to upgrade relations to a strategic partnership.\n\nEarlier in the day, Mori met Canadian Prime Minister Jean Roy.",
			"Italy,Japan"},
		{"ADDIS ABABA, Feb 10 (Agency) - Prime Minister Abel Tesfaye held talks with the leaders of Djibouti and Kenya. Tesfaye discussed with Djiboutian President Omar Farah the joint railway. The two leaders agreed to improve port services.\n\nTesfaye also met Kenyan President Daniel Otieno.",
			"Djibouti,Ethiopia"},
	} {
		f := extractDocs(t, fact.Document{Text: tc.text})[0]
		wantOneCommitmentOf(t, tc.text, f, tc.want)
	}
}

// A host no title places, in a report of their own government or press,
// receives the guest at home: the capital of the outlet's country.
func TestReceivedAtHomeByTheOutletsOfficial(t *testing.T) {
	for _, tc := range []struct {
		doc  fact.Document
		want string
	}{
		{fact.Document{Text: "Foreign Minister Ana Torres received her Peruvian counterpart Luis Ortega on Monday. The ministers agreed to open a new border crossing.",
			Date: "2024-03-05", Source: "Ministry of Foreign Affairs of Chile", URL: "https://minrel.gob.cl/news/1"}, "Santiago"},
		{fact.Document{Text: "Prime Minister Daniel Otieno hosted Zambian President Bwalya Mulenga for talks on Friday. Kenya and Zambia agreed to expand trade.",
			Date: "2024-03-09", Source: "The Standard (Kenya)"}, "Nairobi"},
	} {
		f := extractDocs(t, tc.doc)[0]
		if len(f.Meetings) != 1 || f.Meetings[0].City != tc.want {
			t.Errorf("%q: meetings %+v, want one in %s", tc.doc.Text, f.Meetings, tc.want)
		}
	}
}

// A message received is no meeting with its sender, and a meeting
// postponed or called off was not held.
func TestMessagesAndMeetingsNotHeld(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a congratulatory message received",
			"LIMA, May 3 (Agency) - Chilean President Ana Torres received a congratulatory message from Peruvian President Luis Ortega on Friday.", "2024-05-03",
			nil},
		{"a letter delivered by an envoy: the envoy met the recipient",
			"LIMA, May 3 (Agency) - Chilean President Ana Torres received a written message from Peruvian President Luis Ortega, delivered by Peruvian Foreign Minister Rosa Pinto, in Santiago on Friday.", "2024-05-03",
			[]string{"meeting 2024-05-03 Santiago: Ana Torres+Rosa Pinto"}},
		{"a meeting postponed",
			"LIMA, May 3 (Agency) - The meeting between Chilean President Ana Torres and Peruvian President Luis Ortega in Lima was postponed.", "2024-05-03",
			nil},
		{"a visit called off",
			"LIMA, May 3 (Agency) - Chilean President Ana Torres called off her visit to Lima, where she was to hold talks with Peruvian President Luis Ortega.", "2024-05-03",
			nil},
	})
}

// A sentence that reports a meeting of other people is no context of the
// report's first meeting: its city is that meeting's.
func TestOtherPeoplesMeetingIsNoContext(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a dateline's meeting, then another pair in another city",
			"NAIROBI, May 3 (Agency) - President Daniel Otieno received Zambian President Bwalya Mulenga on Tuesday.\n\nSeparately, Ghanaian Foreign Minister Kofi Mensah met Nigerian Foreign Minister Ade Bello in Abuja on Wednesday.", "2024-05-03",
			[]string{"meeting 2024-04-30 Nairobi: Bwalya Mulenga+Daniel Otieno", "meeting 2024-05-01 Abuja: Ade Bello+Kofi Mensah"}},
		{"the same visit tells the main meeting's place",
			"SYDNEY (Agency) - Prime Minister Jeremiah Kalo held talks with Australian Deputy Prime Minister Richard Dunn on Tuesday.\n\nDunn is on a one-day visit to Honiara, during which he also met the finance minister, Peter Tanu.", "2024-05-21",
			[]string{"meeting 2024-05-21 Honiara: Jeremiah Kalo+Richard Dunn", "meeting 2024-05-21 Honiara: Peter Tanu+Richard Dunn"}},
	})
}

// A city of another leg of a journey or of an earlier event is not the
// meeting's: an aside on a participant ("who attended the summit in X last
// week"), "after visiting X", "before flying to X".
func TestOtherLegsOfAJourney(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"an earlier summit in an aside on the participant",
			"Kenyan President Daniel Otieno, who attended the climate summit in Rome last week, met Zambian President Bwalya Mulenga in Paris on Friday.", "2024-05-03",
			[]string{"meeting 2024-05-03 Paris: Bwalya Mulenga+Daniel Otieno"}},
		{"an earlier visit in an aside, agency wire",
			"LIMA, May 3 (Agency) - Chilean President Ana Torres, whose tour of Asia ended last week, held talks with Peruvian President Luis Ortega in Tacna on Friday.", "2024-05-03",
			[]string{"meeting 2024-05-03 Tacna: Ana Torres+Luis Ortega"}},
		{"a city visited before the talks",
			"Kenyan President Daniel Otieno met Zambian President Bwalya Mulenga on Friday, a day after visiting Rome.", "2024-05-03",
			[]string{"meeting 2024-05-03 : Bwalya Mulenga+Daniel Otieno"}},
		{"a city flown to after the talks",
			"Kenyan President Daniel Otieno met Zambian President Bwalya Mulenga on Friday before flying to Rome for the climate summit.", "2024-05-03",
			[]string{"meeting 2024-05-03 : Bwalya Mulenga+Daniel Otieno"}},
		{"a city after attending an event there",
			"Zambian President Bwalya Mulenga held talks with Kenyan President Daniel Otieno on Friday after attending a trade fair in Kampala.", "2024-05-03",
			[]string{"meeting 2024-05-03 : Bwalya Mulenga+Daniel Otieno"}},
	})
}

// Talks said to be held, naming nobody, then the heads of the two sides:
// those heads met, where and when the talks were held; one head alone, or
// the members of a delegation, make no meeting.
func TestHeadsOfTheSides(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"each side's head in the passive",
			"LIMA, March 4, 2024 – Chile and Peru held political consultations in Lima on Monday. The Chilean delegation was headed by Foreign Minister Ana Torres, while the Peruvian side was led by Deputy Foreign Minister Luis Ortega.", "2024-03-05",
			[]string{"meeting 2024-03-04 Lima: Ana Torres+Luis Ortega"}},
		{"consultations took place, one side represented, the other elliptic",
			"The third round of strategic consultations between Kenya and Zambia took place in Nairobi on Monday. The Kenyan side was represented by Foreign Minister Grace Wanjiru and the Zambian side by Deputy Foreign Minister Peter Mwale.", "2024-03-05",
			[]string{"meeting 2024-03-04 Nairobi: Grace Wanjiru+Peter Mwale"}},
		{"one head active, the other passive",
			"CAIRO, 14 June 2023 - Egypt and Sudan held talks in Cairo on Wednesday. Egyptian Foreign Minister Omar Fahmy led his country's delegation, and Sudan's delegation was led by Foreign Minister Ali Osman.", "2023-06-15",
			[]string{"meeting 2023-06-14 Cairo: Ali Osman+Omar Fahmy"}},
		{"one head alone",
			"Chile and Peru held political consultations in Lima on Monday. The Chilean delegation was headed by Foreign Minister Ana Torres.", "2024-03-05",
			nil},
		{"a head and the members of the delegation",
			"Chile and Peru held political consultations in Lima on Monday. The Chilean delegation was headed by Foreign Minister Ana Torres and included Ambassador Luis Ortega and Trade Director Rosa Pinto.", "2024-03-05",
			nil},
		{"heads named long after the talks",
			"Chile and Peru held political consultations in Lima on Monday. Trade grew by a tenth last year. Mining was discussed. Fishing was discussed too. The Chilean delegation was headed by Foreign Minister Ana Torres, while the Peruvian side was led by Deputy Foreign Minister Luis Ortega.", "2024-03-05",
			nil},
	})
}

// A dateline that writes its place's country ("DAVOS, Switzerland, Jan 18
// –") places a small town of that country, and rules out a namesake
// town of a country the text never names ("in Bali" is no Indian town).
func TestDatelineWritesTheCountry(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a resort town with its country",
			"DAVOS, Switzerland, Jan 18, 2024 - Polish President Jan Kowal met Ukrainian President Ivan Petrenko on Thursday.", "2024-01-18",
			[]string{"meeting 2024-01-18 Davos: Ivan Petrenko+Jan Kowal"}},
		{"a small town with its country, agency style",
			"NUSA DUA, Indonesia, Nov. 15 (Agency) — Chinese President Li Wen met Kenyan President Daniel Otieno on Monday.", "2022-11-15",
			[]string{"meeting 2022-11-14 Nusa Dua: Daniel Otieno+Li Wen"}},
		{"a namesake town of a country nobody names",
			"NUSA DUA, Indonesia, Nov 15, 2022 — Chinese President Li Wen met Kenyan President Daniel Otieno on the sidelines of the G20 summit in Bali on Monday.", "2022-11-15",
			[]string{"meeting 2022-11-14 Nusa Dua: Daniel Otieno+Li Wen"}},
		{"a town without its country stays unknown",
			"DAVOS, Jan 18, 2024 - Polish President Jan Kowal met Ukrainian President Ivan Petrenko on Thursday.", "2024-01-18",
			[]string{"meeting 2024-01-18 : Ivan Petrenko+Jan Kowal"}},
		{"a capital abroad is still the meeting's",
			"NAIROBI, Kenya, March 4, 2024 - Kenyan President Daniel Otieno met Chinese President Li Wen in Beijing on Monday.", "2024-03-04",
			[]string{"meeting 2024-03-04 Beijing: Daniel Otieno+Li Wen"}},
	})
}

// A small place of the dateline's country is the meeting's, though the
// text names the country only by the dateline's city; and a residence
// named like a courtesy title and one word ("at Seri Perdana") is where
// they met, not a third person there.
func TestSmallPlaceOfTheDatelinesCountry(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"in the seat of government, dateline in the capital",
			"KUALA LUMPUR, 3 July 2024 (Agency) -- Prime Minister Anwar Hassan received the Vice President of Indonesia, Budi Santoso, in Putrajaya today.", "2024-07-03",
			[]string{"meeting 2024-07-03 Putrajaya: Anwar Hassan+Budi Santoso"}},
		{"at a residence with a courtesy word in its name",
			"KUALA LUMPUR, 3 July 2024 (Agency) -- Prime Minister Datuk Seri Anwar Hassan received a courtesy call from the Vice President of Indonesia, Budi Santoso, at Seri Perdana in Putrajaya today.", "2024-07-03",
			[]string{"meeting 2024-07-03 Putrajaya: Anwar Hassan+Budi Santoso"}},
		{"at the residence, then the place",
			"Kuala Lumpur, 3 July 2024 – Prime Minister Anwar Hassan welcomed Indonesian Vice President Budi Santoso at Sri Perdana, his official residence in Putrajaya, on Wednesday.", "2024-07-03",
			[]string{"meeting 2024-07-03 Putrajaya: Anwar Hassan+Budi Santoso"}},
	})
}

// A further meeting of the same visit that tells no day of its own was
// held on the day the main meeting's sentence tells, not on the
// dateline's.
func TestFurtherMeetingOnTheMainDay(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a second pull-aside",
			"JAKARTA, Sept 7, 2023 — President Daniel Otieno had a pull-aside with Australian Prime Minister Tom Walker at the ASEAN summit on Wednesday. He also held a brief pull-aside with Japanese Prime Minister Kenji Tanaka.", "2023-09-07",
			[]string{"meeting 2023-09-06 Jakarta: Daniel Otieno+Kenji Tanaka", "meeting 2023-09-06 Jakarta: Daniel Otieno+Tom Walker"}},
		{"later in the day",
			"NEW DELHI, Sept 10, 2023 — On the sidelines of the G20 Summit, Prime Minister Ravi Sharma held a bilateral meeting with Brazilian President Luiz Costa on Saturday. Later in the day, Sharma met Canadian Prime Minister Jean Tremblay.", "2023-09-10",
			[]string{"meeting 2023-09-09 New Delhi: Jean Tremblay+Ravi Sharma", "meeting 2023-09-09 New Delhi: Luiz Costa+Ravi Sharma"}},
		{"a day of its own stays",
			"NEW DELHI, Sept 10, 2023 — On the sidelines of the G20 Summit, Prime Minister Ravi Sharma held a bilateral meeting with Brazilian President Luiz Costa on Saturday. On Sunday, Sharma met Canadian Prime Minister Jean Tremblay.", "2023-09-10",
			[]string{"meeting 2023-09-09 New Delhi: Luiz Costa+Ravi Sharma", "meeting 2023-09-10 New Delhi: Jean Tremblay+Ravi Sharma"}},
	})
}

// Talks on the sidelines of an event are where the event is: a sentence
// after them may place it by a city said to host it, told as a plan or
// not; a city that hosts another edition, at a time of its own, does not.
func TestSidelinesEventHostedAfter(t *testing.T) {
	runMeetingCases(t, []meetingCase{
		{"a quoted welcome to the city that will host the council",
			"Prime Minister Ivan Sorokin met Prime Minister Petr Novak on 1 October 2024. The meeting was held on the sidelines of the Eurasian Economic Council meeting. \"I am delighted to see you in Yerevan, which will host a meeting of the Eurasian Economic Council,\" Sorokin said.", "2024-10-01",
			[]string{"meeting 2024-10-01 Yerevan: Ivan Sorokin+Petr Novak"}},
		{"the city that hosts the summit this year",
			"President Daniel Otieno held talks with President Hakainde Mwila on Sunday, 10 March 2024, on the sidelines of the Regional Trade Summit. Lusaka, which hosts the summit this year, has welcomed 12 heads of state.", "2024-03-11",
			[]string{"meeting 2024-03-10 Lusaka: Daniel Otieno+Hakainde Mwila"}},
		{"the host of the next edition",
			"President Daniel Otieno held talks with President Hakainde Mwila on Sunday, 10 March 2024, on the sidelines of the Regional Trade Summit. Kigali, which will host the summit next year, sent a minister.", "2024-03-11",
			[]string{"meeting 2024-03-10 : Daniel Otieno+Hakainde Mwila"}},
	})
}
