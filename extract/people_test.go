package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/extract/segment"
	"github.com/diplograph/diplograph/fact"
)

// personCase is an invented document and what must (and must not) be read
// from it about people and their offices.
type personCase struct {
	name string
	doc  fact.Document
	// roles: "person|role|country" that must be found; an empty country
	// accepts any
	roles []string
	// persons: names that must be persons of the document, exactly so
	persons []string
	// not: names that must be no person of the document (nor hold an office)
	not []string
	// notRoles: "person|role|country" that must not be found (country "" = any)
	notRoles []string
}

func runPersonCases(t *testing.T, cases []personCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.doc
			if d.Date == "" {
				d.Date = "2024-03-07"
			}
			f := extractDocs(t, d)[0]
			var got, people []string
			for _, o := range f.Offices {
				got = append(got, o.Person+"|"+o.Role+"|"+o.Country)
			}
			for _, p := range f.People {
				people = append(people, p.Name)
			}
			match := func(want string) bool {
				parts := strings.Split(want, "|")
				for _, o := range f.Offices {
					if o.Person == parts[0] && o.Role == parts[1] && (parts[2] == "" || o.Country == parts[2]) {
						return true
					}
				}
				return false
			}
			for _, want := range tt.roles {
				if !match(want) {
					t.Errorf("missing office %q; got %q", want, got)
				}
			}
			for _, bad := range tt.notRoles {
				if match(bad) {
					t.Errorf("office %q should not be found; got %q", bad, got)
				}
			}
			for _, p := range tt.persons {
				if !slices.Contains(people, p) {
					t.Errorf("missing person %q; people %q", p, people)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(people, n) {
					t.Errorf("%q taken for a person; people %q", n, people)
				}
				for _, o := range f.Offices {
					if o.Person == n {
						t.Errorf("%q given an office: %q", n, got)
					}
				}
			}
		})
	}
}

func textDoc(s string) fact.Document { return fact.Document{Text: s} }

// Royal-court and agency releases list "Name, Title, Name, Title": each
// title belongs to the name before it, names keep their particles ("bin",
// "al") and lose their courtesy titles.
func TestAppositiveTitleLists(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a list of attendees in a court release",
			doc: textDoc("The talks were attended by Sheikh Ahmed bin Ali Al Mansoori, Minister of the Presidential Court, " +
				"Sheikh Hamad bin Ali Al Mansoori, Deputy Chairman of the Executive Council, and Lieutenant General " +
				"Saeed bin Ali Al Mansoori, Minister of Interior."),
			roles: []string{"Ahmed bin Ali Al Mansoori|Minister of the Presidential Court|",
				"Hamad bin Ali Al Mansoori|Deputy Chairman of the Executive Council|",
				"Saeed bin Ali Al Mansoori|Minister of Interior|"},
			notRoles: []string{"Saeed bin Ali Al Mansoori|Deputy Chairman of the Executive Council|",
				"Hamad bin Ali Al Mansoori|Minister of Interior|"},
			not: []string{"Court", "Ali Al Mansoori"}},
		{name: "a list separated by semicolons, with an agency's wording",
			doc: textDoc("MANAMA, May 4 (Agency) – Present during the meeting were Sheikh Rashid bin Ali Al Khalifa, Deputy Prime Minister of Bahrain; " +
				"Sheikh Nasser bin Hamad Al Khalifa, Adviser to the Prime Minister; and Mr Yusuf Al Sayed, Director of Protocol."),
			roles: []string{"Rashid bin Ali Al Khalifa|Deputy Prime Minister|Bahrain",
				"Nasser bin Hamad Al Khalifa|Adviser to the Prime Minister|"},
			not: []string{"Ali Al Khalifa", "Hamad Al Khalifa"}},
		{name: "a title after a name with an honorific and a particle",
			doc:     textDoc("On 11 May, Prime Minister Somchai Wong will meet H.E. Mr. Anwar bin Hassan, Prime Minister of Malaysia, in Putrajaya."),
			roles:   []string{"Anwar bin Hassan|Prime Minister|Malaysia"},
			persons: []string{"Anwar bin Hassan"}},
	})
}

// Courtesy titles, styles and ranks stand before a name and are no part of
// it; a style ("Prince") or a rank ("Major General") is no office.
func TestCourtesyTitlesAndRanks(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a royal style before a minister's name",
			doc:      textDoc("RABAT, June 3 – Foreign Minister Karim Alaoui held talks on Thursday with his Saudi counterpart, H.H. Prince Fahd bin Saad Al-Saud."),
			roles:    []string{"Fahd bin Saad Al-Saud|Minister of Foreign Affairs|Saudi Arabia"},
			notRoles: []string{"Fahd bin Saad Al-Saud|Prince|"},
			persons:  []string{"Fahd bin Saad Al-Saud"}},
		{name: "ranks and their abbreviations in a delegation list",
			doc:     textDoc("The Prime Minister was accompanied by Chief of Defence Staff, Lt. Gen. Roy Campbell, and Maj Gen Omar Saleh, Head of the General Intelligence Service."),
			roles:   []string{"Roy Campbell|Chief of Defence Staff|"},
			persons: []string{"Roy Campbell", "Omar Saleh"},
			not:     []string{"Gen Omar Saleh", "Maj Gen Omar Saleh", "Lt"}},
		{name: "a rank before a courtesy title and a name",
			doc:      textDoc("Lieutenant General His Highness Sheikh Saeed bin Ali Al Mansoori, Minister of Interior, received the delegation."),
			roles:    []string{"Saeed bin Ali Al Mansoori|Minister of Interior|"},
			notRoles: []string{"Saeed bin Ali Al Mansoori|Lieutenant General|"}},
		{name: "courtesy titles of several traditions",
			doc:     textDoc("The Honourable Peter Mwale, Honorable Grace Mulenga, Cardinal Pietro Romano, Sayyid Talal bin Nasser al Said and Adv. Petrus Nghipondoka were present."),
			persons: []string{"Peter Mwale", "Grace Mulenga", "Pietro Romano", "Talal bin Nasser al Said", "Petrus Nghipondoka"},
			not:     []string{"Honourable Peter Mwale", "Cardinal Pietro Romano", "Sayyid Talal bin Nasser al Said"}},
		{name: "a given name spelt like a title, before a father's name",
			doc:      textDoc("The meeting was attended by Gen Sultan bin Hamad al Harthy, Minister of the Royal Office, and Khalid bin Omar al Busaidi, Minister of the Royal Court."),
			roles:    []string{"Sultan bin Hamad al Harthy|Minister of the Royal Office|", "Khalid bin Omar al Busaidi|Minister of the Royal Court|"},
			persons:  []string{"Sultan bin Hamad al Harthy"},
			notRoles: []string{"Khalid bin Omar al Busaidi|Minister of the Royal Office|"}},
		{name: "two offices of a crown prince joined by and",
			doc:   textDoc("He called on His Highness Salim bin Rashid Al Qasimi, the Crown Prince and Deputy Supreme Commander of the Armed Forces."),
			roles: []string{"Salim bin Rashid Al Qasimi|Crown Prince|"},
			not:   []string{"Supreme Commander"}},
	})
}

// A title set off from its holder's name by a comma, written in lower case
// in a list, or after the name in a relative clause.
func TestTitlesSetOffByCommas(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a demonym and a title, then a comma",
			doc:   textDoc("Prime Minister Abebe Girma also discussed with Djiboutian President, Ali Hassan Omar, the port project."),
			roles: []string{"Ali Hassan Omar|President|Djibouti"}},
		{name: "a counterpart set off by commas",
			doc:   textDoc("Foreign Minister Ana Lima held talks with her Angolan counterpart, Joao Neto, in Luanda on Monday."),
			roles: []string{"Joao Neto|Minister of Foreign Affairs|Angola"}},
		{name: "envoys listed with semicolons",
			doc:   textDoc("They are the Ambassador of Japan, Mr Kenji Sato; the Canadian High Commissioner, Ms Anne Roy; and the Ambassador of Mexico, Mr Luis Ortega."),
			roles: []string{"Kenji Sato|Ambassador|Japan", "Anne Roy|High Commissioner|Canada", "Luis Ortega|Ambassador|Mexico"}},
		{name: "lower-case titles in a government release",
			doc: textDoc("GEORGETOWN, Guyana – The President was joined by prime minister, Brigadier (Ret'd), Paul Grant; vice president Dr Ravi Persaud; " +
				"and minister of foreign affairs, Hugh Mohan."),
			roles: []string{"Paul Grant|Prime Minister|", "Ravi Persaud|Vice President|", "Hugh Mohan|Minister of Foreign Affairs|"},
			not:   []string{"Ret'd"}},
		{name: "a courtesy title and post-nominal letters around the name",
			doc: textDoc("The Prime Minister was accompanied by the Minister of Finance, Honourable Nigel Brown MP, and Parliamentary Secretary Senator Ruth Hall. " +
				"They honoured the Honourable Tavita Leota KBE, father of the current Prime Minister."),
			roles:   []string{"Nigel Brown|Minister of Finance|", "Ruth Hall|Parliamentary Secretary|"},
			persons: []string{"Tavita Leota"},
			not:     []string{"Tavita Leota KBE"}},
		{name: "a title and a comma, the name closed by a preposition",
			doc:   textDoc("Prime Minister Abebe Girma on Monday held talks with Gabonese President, Ali Moussa Ndong in the capital Libreville."),
			roles: []string{"Ali Moussa Ndong|President|Gabon"}},
		{name: "a title and a comma, the name closed by a verb",
			doc:   textDoc("Premier Abebe Girma and Namibian President, Petrus Haufiku held talks on the railway."),
			roles: []string{"Petrus Haufiku|President|Namibia"}},
		{name: "a portfolio that goes on past a comma is no name",
			doc:      textDoc("The Minister of Foreign Affairs, Trade and Industry of Fiji met President Mele Tonga in Suva."),
			not:      []string{"Trade and Industry"},
			notRoles: []string{"Trade|Minister of Foreign Affairs|"}},
	})
}

// Where a name begins and ends: initials glued to a surname, a nickname in
// quotes, a weekday or a headline verb after the name, a name in capitals
// in a transcript label, a given name spelt like a country, a title glued
// inside a hyphenated surname.
func TestNameBoundaries(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "initials glued to the surname, agency style",
			doc:     textDoc("ULAANBAATAR, May 2 (Agency) – President of Mongolia Ts.Oyunbileg received Minister of Foreign Affairs D.Ganbold and Ambassador of Russia I.K.Petrov."),
			roles:   []string{"Ts. Oyunbileg|President|Mongolia", "D. Ganbold|Minister of Foreign Affairs|", "I.K. Petrov|Ambassador|Russia"},
			persons: []string{"Ts. Oyunbileg", "D. Ganbold", "I.K. Petrov"},
			not:     []string{"Ts", "I.K", "D.Ganbold"}},
		{name: "initials glued to the surname, in running text",
			doc:     textDoc("Speaker of Parliament G.Zandan met Prime Minister L.Erdene on Monday. Kh.Bat said the talks went well."),
			persons: []string{"G. Zandan", "L. Erdene", "Kh. Bat"},
			not:     []string{"Kh"}},
		{name: "a nickname in quotes inside the name",
			doc:     textDoc(`Senator Maria "Mia" Santos Cruz said the bill would pass. President Ramon ‘Monching’ Reyes Jr. met the envoys.`),
			persons: []string{"Maria Santos Cruz"},
			roles:   []string{"Ramon Reyes Jr|President|"},
			not:     []string{"Maria", "Ramon", "Mia"}},
		{name: "a weekday after the name",
			doc:      textDoc("Colombian President Juan Gomez Friday met with his Peruvian counterpart Pedro Ruiz Ortega at the border."),
			roles:    []string{"Juan Gomez|President|Colombia", "Pedro Ruiz Ortega|President|Peru"},
			notRoles: []string{"Pedro Ruiz Ortega|President Juan Gomez Friday|"}},
		{name: "a headline verb after the name",
			doc: fact.Document{Title: "Prime Minister Holt Invited to Meeting with Vice President Kane",
				Text: "Prime Minister Holt was invited to meet with US Vice President Kane in Washington."},
			persons: []string{"Holt"},
			not:     []string{"Holt Invited"}},
		{name: "a name in capitals in a transcript label",
			doc:   fact.Document{Text: "JOHN SMITH, PRIME MINISTER OF NEW ZEALAND: Welcome to Wellington, Prime Minister Fifita.\n\nTEVITA FIFITA, PRIME MINISTER OF TONGA: Thank you.\n"},
			roles: []string{"John Smith|Prime Minister|New Zealand", "Tevita Fifita|Prime Minister|Tonga"},
			not:   []string{"JOHN SMITH"}},
		{name: "a given name spelt like a country; a counterpart of the subject",
			doc: textDoc("President Tomas Ayala received the envoys. Ayala will also meet with his Italian counterpart, Sergio Conti, " +
				"and with Prime Minister Georgia Russo."),
			roles:    []string{"Georgia Russo|Prime Minister|", "Sergio Conti|President|Italy"},
			notRoles: []string{"Sergio Conti|Prime Minister Georgia|", "Russo|Prime Minister Georgia|", "Sergio Conti|Prime Minister|"}},
		{name: "a counterpart whose surname is also a city",
			doc: textDoc("SANTIAGO, May 3 (Agency) - Chilean Foreign Minister Laura Pizarro met her Argentine counterpart Diego Mendoza on Monday. " +
				"Mendoza said trade had grown."),
			roles:   []string{"Diego Mendoza|Minister of Foreign Affairs|Argentina"},
			persons: []string{"Diego Mendoza"}},
		{name: "a counterpart set off by a comma, whose surname is also a city",
			doc:     textDoc("President Ana Ruiz held talks with her Colombian counterpart, Jorge Florencia, in Quito, and then met with counterpart Pablo Salta."),
			roles:   []string{"Jorge Florencia|President|Colombia"},
			persons: []string{"Jorge Florencia", "Pablo Salta"}},
		{name: "a diplomat's rank after the office held, before the name",
			doc: textDoc("LUSAKA, June 2 (Agency) - Permanent Secretary for Foreign Affairs Ambassador Grace Moyo opened the session. " +
				"Also present was Permanent Secretary in the Ministry of Trade Ambassador Peter Banda."),
			roles: []string{"Grace Moyo|Permanent Secretary for Foreign Affairs|", "Peter Banda|Permanent Secretary in the Ministry of Trade|"},
			notRoles: []string{"Grace Moyo|Ambassador|", "Grace Moyo|Permanent Secretary for Foreign Affairs Ambassador|",
				"Peter Banda|Permanent Secretary in the Ministry of Trade Ambassador|"}},
		{name: "a portfolio word in lower case inside the title, then the rank",
			doc: textDoc("HARARE, June 2 (Agency) - Addressing the session, Permanent Secretary for Foreign Affairs and international Trade Ambassador Grace Moyo said ties were strong. " +
				"Director-General for Foreign Affairs and international Cooperation Ambassador Peter Banda also spoke."),
			roles:    []string{"Grace Moyo|Permanent Secretary for Foreign Affairs and International Trade|", "Peter Banda|Director-General for Foreign Affairs and International Cooperation|"},
			notRoles: []string{"Grace Moyo|Ambassador|", "Peter Banda|Ambassador|"}},
		{name: "a rank alone before the name is the office",
			doc:   textDoc("Kenyan Ambassador Grace Moyo presented her credentials."),
			roles: []string{"Grace Moyo|Ambassador|Kenya"}},
		{name: "a title inside a hyphenated surname",
			doc:      textDoc("Iranian Foreign Minister Reza Amir-Kazemi held a joint press conference with his Turkish counterpart Ahmet Kaya in Tehran."),
			roles:    []string{"Reza Amir-Kazemi|Minister of Foreign Affairs|Iran", "Ahmet Kaya|Minister of Foreign Affairs|Turkey"},
			notRoles: []string{"Ahmet Kaya|Foreign Minister Reza Amir-Kazemi|"}},
		{name: "particles before the surname in a list of two titles",
			doc:   textDoc("The President of the European Commission Greta von der Heide and the President of the European Council Paul Marten will attend the dinner."),
			roles: []string{"Greta von der Heide|President of the European Commission|European Union", "Paul Marten|President of the European Council|"}},
	})
}

// A title in lower case set off by commas may close the name of its place
// or body with a common noun ("in the Eastern region"); a verb after a
// name is no part of a title.
func TestLowerCaseAppositiveTitles(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a ruler's representative in a region",
			doc:   textDoc("The council was attended by Sheikh Hamad bin Saeed Al Qasimi, representative of the ruler in the Eastern region, and other officials."),
			roles: []string{"Hamad bin Saeed Al Qasimi|Representative of the Ruler in the Eastern Region|"}},
		{name: "a ruler's representative in a city, and a ruler in capitals",
			doc: textDoc("Sheikh Sultan bin Saeed Al Qasimi, Ruler of Sharjah, received Sheikh Omar bin Saeed Al Qasimi, " +
				"representative of the ruler in Khor Kalba city, with his sons."),
			roles: []string{"Sultan bin Saeed Al Qasimi|Ruler of Sharjah|", "Omar bin Saeed Al Qasimi|Representative of the Ruler in Khor Kalba City|"}},
		{name: "a verb before a comma after a lower-case title and its holder",
			doc:      textDoc("The talks went well, prime minister Joseph Carter said, adding that trade would grow."),
			roles:    []string{"Joseph Carter|Prime Minister|"},
			notRoles: []string{"Joseph Carter|Prime Minister Said|"}},
	})
}

// A secretary or a member of a named party or state body holds an office
// named after the body; a member of a delegation holds none.
func TestBodySecretariesAndMembers(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "appositive titles after the names",
			doc: textDoc("Present were Jamal Odeh, Secretary of the Unity Party Central Committee, and Sheikh Omar bin Saeed Al Qasimi, " +
				"Member of the Sharjah Executive Council."),
			roles: []string{"Jamal Odeh|Secretary of the Unity Party Central Committee|",
				"Omar bin Saeed Al Qasimi|Member of the Sharjah Executive Council|"}},
		{name: "titles before the names, one in lower case",
			doc: textDoc("Secretary of Unity Party Central Committee Jamal Odeh met Sheikh Omar bin Saeed Al Qasimi, member of the Executive Council. " +
				"Rosa Lima, a member of the delegation, said the talks went well."),
			roles:    []string{"Jamal Odeh|Secretary of Unity Party Central Committee|", "Omar bin Saeed Al Qasimi|Member of the Executive Council|"},
			notRoles: []string{"Rosa Lima|Member|", "Rosa Lima|Member of the Delegation|", "Rosa Lima|Member of the|"}},
	})
}

// A counterpart holds the office of the person whose counterpart they are:
// for the country an adjective before "counterpart" or "of Z" after the
// name says, else for the country the context settles.
func TestCounterpartForms(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a counterpart with the country after the name",
			doc:   textDoc("LIMA, May 3 (Agency) - President Carlos Mendoza met with counterpart Tomas Reyes of Uruguay on Monday."),
			roles: []string{"Tomas Reyes|President|Uruguay", "Carlos Mendoza|President|Peru"}},
		{name: "a counterpart of a republic named with 'the'",
			doc:   textDoc("Foreign Minister Ana Ruiz held talks with her counterpart Pablo Soto of the Dominican Republic in Lima."),
			roles: []string{"Pablo Soto|Minister of Foreign Affairs|Dominican Republic"}},
		{name: "a counterpart with no country in the sentence",
			doc: textDoc("LIMA, May 3 (Agency) - President Carlos Mendoza met with his counterpart Tomas Reyes on Monday. " +
				"Peru and Uruguay signed a trade deal."),
			roles: []string{"Tomas Reyes|President|Uruguay"}},
	})
}

// The civil servant who heads a ministry is its Secretary, written with or
// without "of the" before the ministry.
func TestMinistrySecretaries(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a bare Secretary before a ministry, the name after a comma",
			doc:   textDoc("The Pakistani side included Secretary Ministry of Economic Affairs, Dr Faisal Qureshi, and other officials."),
			roles: []string{"Faisal Qureshi|Secretary of the Ministry of Economic Affairs|"}},
		{name: "the Secretary of the Ministry, the name right after",
			doc:   textDoc("Secretary of the Ministry of Commerce Imran Butt briefed the delegates in Lahore."),
			roles: []string{"Imran Butt|Secretary of the Ministry of Commerce|"}},
	})
}

// An outlet that says its country in brackets reports its own officials
// abroad, even where the text names only the country they visit.
func TestOutletNamedInBrackets(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a crown prince on a visit, the host's crown prince named too",
			doc: fact.Document{Source: "islands.example (Tonga news service)",
				Text: "The official visit of His Royal Highness Prince Ata Fifita, the Crown Prince, to the Kingdom of Bahrain continued on Monday with a call on " +
					"Sheikh Hamad bin Ali Al Khalifa, Prime Minister of Bahrain, in Manama. Later he met Sheikh Nasser bin Hamad Al Khalifa, the Crown Prince. " +
					"The causeway links the Kingdom of Bahrain with the Kingdom of Saudi Arabia."},
			roles:    []string{"Ata Fifita|Crown Prince|Tonga"},
			notRoles: []string{"Ata Fifita|Crown Prince|Saudi Arabia", "Ata Fifita|Crown Prince|Bahrain"}},
		{name: "a minister on a visit, in another wording",
			doc: fact.Document{Source: "Daily Courier (Malawi)",
				Text: "Foreign Minister Grace Banda held talks with Zambian President Peter Mwale at State House in Lusaka on Tuesday. " +
					"Mwale said Zambia and Tanzania would finish the railway."},
			roles: []string{"Grace Banda|Minister of Foreign Affairs|Malawi", "Peter Mwale|President|Zambia"}},
	})
}

// For whom an official acts when the title names no country: the person a
// delegation accompanies, the country signed for, the other side of "his X
// counterpart", the outlet's own country, a description in the text.
func TestCountryOfAnOffice(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a delegation inherits the country of the person it accompanies",
			doc: textDoc("HELSINKI, May 6 – Swedish President Karl Nilsson arrived in Helsinki on Monday for talks with Finnish President Aino Virtanen. " +
				"Nilsson is accompanied by Foreign Minister Tomas Berg, Energy Minister Lina Holm and Presidential Aide Erik Lund."),
			roles: []string{"Tomas Berg|Minister of Foreign Affairs|Sweden", "Lina Holm|Minister of Energy|Sweden", "Erik Lund|Presidential Aide|Sweden"}},
		{name: "a delegation of appositive titles after a bare title",
			doc: textDoc("ANKARA – Pakistani Prime Minister Omar Khan held talks with Turkish President Mehmet Aydin in Ankara. " +
				"The Prime Minister was accompanied by Minister of Commerce Ali Raza, Minister of Information Sara Malik and SAPM Bilal Ahmed."),
			roles: []string{"Ali Raza|Minister of Commerce|Pakistan", "Sara Malik|Minister of Information|Pakistan", "Bilal Ahmed|Special Assistant to the Prime Minister|Pakistan"}},
		{name: "the country signed for binds the signer",
			doc: textDoc("Zimbabwe and Zambia signed four agreements in Lusaka. Industry Minister Farai Moyo signed the MoU on behalf of Zimbabwe, " +
				"while Zambian Trade Minister Bwalya Mulenga signed for his country. Zambia was represented by its Tourism Minister Chanda Phiri."),
			roles: []string{"Farai Moyo|Minister of Industry|Zimbabwe", "Bwalya Mulenga|Minister of Trade|Zambia", "Chanda Phiri|Minister of Tourism|Zambia"}},
		{name: "signed on behalf of a country by a minister",
			doc:   textDoc("Uganda and Kenya signed a transport accord. It was signed on behalf of Kenya by Transport Minister Jane Wanjiru and on behalf of Uganda by Works Minister Paul Okello."),
			roles: []string{"Jane Wanjiru|Minister of Transport|Kenya"}},
		{name: "his counterpart's country is not his",
			doc: textDoc("Zimbabwe and Zambia yesterday signed four agreements. President Tendai Dube and his Zambian counterpart President Bwalya Mwale " +
				"oversaw the signing ceremony at State House in Lusaka."),
			roles: []string{"Tendai Dube|President|Zimbabwe", "Bwalya Mwale|President|Zambia"}},
		{name: "the outlet's own country, from its dateline",
			doc: textDoc("KATHMANDU, March 29 (RSS) – Foreign Minister Hari Adhikari held talks with his Indian counterpart Suresh Menon in Colombo today. " +
				"The Minister is in Sri Lanka for a regional meeting. The ministers also discussed Prime Minister Ram Thapa's visit to India next week."),
			roles: []string{"Hari Adhikari|Minister of Foreign Affairs|Nepal", "Suresh Menon|Minister of Foreign Affairs|India", "Ram Thapa|Prime Minister|Nepal"}},
		{name: "the outlet's own country, from its source and address",
			doc: fact.Document{Source: "Daily Courier (Pakistan)", URL: "https://www.example.com.pk/news/2022/11/pm-visit",
				Text: "Prime Minister Bilal Siddiqui was hosted by President Mehmet Aydin at the palace in Istanbul on Friday. " +
					"Pakistan and Turkey agreed to expand trade."},
			roles: []string{"Bilal Siddiqui|Prime Minister|Pakistan", "Mehmet Aydin|President|Turkey"}},
		{name: "a government site's address",
			doc: fact.Document{URL: "https://www.pm.gov.example.gy/news/visit",
				Text: "GEORGETOWN – President Ravi Persaud was joined by prime minister, Brigadier (Ret'd), Paul Grant; and minister of foreign affairs, Hugh Mohan. " +
					"The Amir of the State of Qatar, His Highness Sheikh Tamim bin Khalid Al Thani, was accompanied by his minister of state, HE Saad bin Ali Al Kuwari."},
			roles: []string{"Paul Grant|Prime Minister|Guyana", "Hugh Mohan|Minister of Foreign Affairs|Guyana", "Ravi Persaud|President|Guyana"}},
		{name: "abbreviations with full stops name countries",
			doc:   textDoc("KYIV – U.K. Defence Secretary John Smith also visited Kyiv on Thursday, as did U.S. Secretary of State Mary Jones."),
			roles: []string{"John Smith|Secretary of Defence|United Kingdom", "Mary Jones|Secretary of State|United States"}},
		{name: "a description names the country of the one holder",
			doc: textDoc("Prime Minister Nikos Karras met the Prime Minister of Romania Ion Popescu in Athens on Monday. " +
				"The Greek Prime Minister thanked his guest for Romania's help."),
			roles: []string{"Nikos Karras|Prime Minister|Greece", "Ion Popescu|Prime Minister|Romania"}},
		{name: "a description of an office with one holder",
			doc: textDoc("Head of State Aidos Serikov received the French foreign minister. Earlier, the French minister met with " +
				"Deputy Prime Minister – Minister of Foreign Affairs Timur Bekov. The Kazakh Foreign Minister said trade had grown."),
			roles: []string{"Timur Bekov|Minister of Foreign Affairs|Kazakhstan"}},
		{name: "a head of state may be of any office",
			doc: fact.Document{URL: "https://www.example.gov.gy/news/visit",
				Text: "President Ravi Persaud held talks with the Amir of the State of Qatar, His Highness Sheikh Tamim bin Khalid Al Thani. " +
					"The head of state of Qatar is on a one-day state visit to Guyana."},
			roles:    []string{"Ravi Persaud|President|Guyana", "Tamim bin Khalid Al Thani|Emir|Qatar"},
			notRoles: []string{"Ravi Persaud|President|Qatar"}},
		{name: "a bare President of a country whose President the text names is of the country his sentence names",
			doc: textDoc("Mexico City, May 4 -- The president of Chile, Tomas Reyes, held a meeting with his Mexican counterpart, Juan Ortega, on Wednesday. " +
				"Reyes said he hoped the Peruvian Congress would let President Luis Vargas travel to the summit."),
			roles: []string{"Luis Vargas|President|Peru", "Juan Ortega|President|Mexico", "Tomas Reyes|President|Chile"}},
		{name: "a bare President beside a free country in another phrasing",
			doc: textDoc("Lima, June 2 -- Peruvian President Ana Flores received her Bolivian counterpart Marco Quispe at the palace. " +
				"Flores added that President Diego Rocha would host the next summit of the Andean bloc in Ecuador."),
			roles:    []string{"Diego Rocha|President|Ecuador", "Ana Flores|President|Peru"},
			notRoles: []string{"Diego Rocha|President|Peru", "Diego Rocha|President|Bolivia"}},
		{name: "two bare Prime Ministers of a home outlet are not both its own",
			doc: fact.Document{Source: "Government of the Republic of Vanuatu", URL: "https://www.gov.vu/en/news/1",
				Text: "Remarks by Prime Minister Kalo at the bilateral meeting. Prime Minister, welcome to Port Vila. Relations between Australia and Vanuatu are strong. " +
					"Reply by Prime Minister Harris."},
			roles: []string{"Kalo|Prime Minister|Vanuatu", "Harris|Prime Minister|Australia"}},
		{name: "two bare Presidents of a home outlet, the guest named second",
			doc: fact.Document{Source: "Ghana News Agency (Ghana)",
				Text: "President Kofi Mensah hosted President Amadou Diallo at the Jubilee House on Monday. Ghana and Senegal agreed to expand trade."},
			roles:    []string{"Kofi Mensah|President|Ghana", "Amadou Diallo|President|Senegal"},
			notRoles: []string{"Amadou Diallo|President|Ghana"}},
		{name: "the ministers of the two countries after a dash, in the order the document names the countries",
			doc: textDoc("BERLIN - President Ali Karimov of Uzbekistan held talks with Chancellor Hans Weber of Germany. " +
				"The memorandum was initialled by the Foreign Ministers of both countries — Timur Rashidov and Greta Hoffmann."),
			roles: []string{"Timur Rashidov|Minister of Foreign Affairs|Uzbekistan", "Greta Hoffmann|Minister of Foreign Affairs|Germany"}},
		{name: "the ministers of the two countries after a comma, the host named second",
			doc: textDoc("ROME - Kenya and Italy signed a new accord on Monday. " +
				"The agreement was signed by the foreign ministers of the two countries, Jane Wanjiku and Marco Rossi."),
			roles: []string{"Jane Wanjiku|Minister of Foreign Affairs|Kenya", "Marco Rossi|Minister of Foreign Affairs|Italy"}},
		{name: "one who met the host's official is the guest, where the outlet is not known",
			doc: textDoc("Deputy Prime Minister for Reintegration Ion Rusu met Deputy Prime Minister of Ukraine Olena Kovalenko in Odesa on Monday. " +
				"Moldova and Ukraine agreed to reopen two border crossings."),
			roles:    []string{"Ion Rusu|Deputy Prime Minister for Reintegration|Moldova", "Olena Kovalenko|Deputy Prime Minister|Ukraine"},
			notRoles: []string{"Ion Rusu|Deputy Prime Minister for Reintegration|Ukraine"}},
		{name: "the guest of a host's minister, another phrasing",
			doc: textDoc("Trade Minister Ana Lopes held talks in Nairobi with the Minister of Trade of Kenya, Peter Otieno, on Friday. " +
				"Portugal and Kenya signed two agreements."),
			roles: []string{"Ana Lopes|Minister of Trade|Portugal", "Peter Otieno|Minister of Trade|Kenya"}},
		{name: "three leaders of three countries in one sentence",
			doc:   textDoc("President Ana Silva of Brazil met President Jorge Paz of Argentina and Prime Minister Luis Vega of Peru in Lima on Friday."),
			roles: []string{"Ana Silva|President|Brazil", "Jorge Paz|President|Argentina", "Luis Vega|Prime Minister|Peru"}},
	})
}

// A description of an office with one holder per country ("the Russian
// President") that nobody of the document holds stands for the one person
// just named who holds no office.
func TestDescribedHolder(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "the description in the next sentence",
			doc: textDoc("Ivan Petrov held talks with Prime Minister of Mongolia Bat Erdene. " +
				"The Russian President then asked the Prime Minister to come to Moscow next year."),
			roles: []string{"Ivan Petrov|President|Russia", "Bat Erdene|Prime Minister|Mongolia"}},
		{name: "another office and phrasing",
			doc: textDoc("Maria Gomez held talks with Foreign Minister Ana Ruiz of Chile in Lima on Monday. " +
				"The Peruvian Prime Minister said the talks had gone well."),
			roles: []string{"Maria Gomez|Prime Minister|Peru"}},
		{name: "two people it may stand for",
			doc: textDoc("Mr Luis Perez and Mr Pablo Diaz met Foreign Minister Ana Ruiz of Chile in Lima. " +
				"The Peruvian Prime Minister said the talks had gone well."),
			notRoles: []string{"Luis Perez|Prime Minister|", "Pablo Diaz|Prime Minister|"}},
		{name: "an office someone holds is not described again",
			doc: textDoc("Prime Minister Omar Haddad met Mr Karim Nasser in Amman. " +
				"The Jordanian Prime Minister said relations were strong."),
			notRoles: []string{"Karim Nasser|Prime Minister|"}},
	})
}

// Particles stay in a name: "bint", an article joined by a hyphen
// ("al-Harbi"), and a surname with its particle capitalised at a
// sentence's start is the person named in full before.
func TestNameParticles(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "bint and a capitalised particle at a sentence's start",
			doc:     textDoc("Minister of State Fatima bint Saeed Al Mansoori met the envoy. Al Mansoori said ties were strong."),
			roles:   []string{"Fatima bint Saeed Al Mansoori|Minister of State|"},
			persons: []string{"Fatima bint Saeed Al Mansoori"},
			not:     []string{"Fatima", "Al Mansoori"}},
		{name: "an article joined by a hyphen, and da",
			doc: textDoc("Foreign Minister Khalid al-Harbi met President Luiz da Costa in Brasilia. " +
				"Da Costa said the talks went well, and Al-Harbi agreed."),
			roles:   []string{"Khalid al-Harbi|Minister of Foreign Affairs|", "Luiz da Costa|President|"},
			persons: []string{"Khalid al-Harbi", "Luiz da Costa"},
			not:     []string{"Khalid", "Da Costa"}},
	})
}

// A wire agency's dateline names its bureau, not whose report it is; a
// joint release from one side's feed still names the other side's leader
// without a country.
func TestOutletCountryLimits(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "an agency bureau's dateline",
			doc: textDoc("SYDNEY (Reuters) – Fiji's newly elected Prime Minister Josefa Tora said on Tuesday his country was ready to deepen ties with Australia, " +
				"as Australia's Deputy Prime Minister Mark Reid visited Suva."),
			roles:    []string{"Josefa Tora|Prime Minister|Fiji", "Mark Reid|Deputy Prime Minister|Australia"},
			notRoles: []string{"Josefa Tora|Prime Minister|Australia"}},
		{name: "a joint statement carried by the guest's feed",
			doc: fact.Document{Source: "Government of Samoa news feed",
				Text: "SAMOA, June 14 – Prime Minister Kate Morris met Hon. Malia Leota, Prime Minister of Samoa, in Wellington on 14 June 2022. " +
					"The two Prime Ministers discussed climate change and the partnership between Samoa and New Zealand."},
			roles:    []string{"Malia Leota|Prime Minister|Samoa", "Kate Morris|Prime Minister|New Zealand"},
			notRoles: []string{"Kate Morris|Prime Minister|Samoa"}},
		{name: "a country has one prime minister at a time",
			doc: fact.Document{Source: "Government of Samoa news feed",
				Text: "SAMOA, June 14 – Prime Minister Kate Morris was honoured to welcome Hon. Malia Leota, Prime Minister of Samoa, to Wellington. " +
					"The partnership between Samoa and New Zealand is strong, said Prime Minister Morris."},
			notRoles: []string{"Kate Morris|Prime Minister|Samoa"}},
	})
}

// An office is named as the text names it: "and" inside a portfolio does
// not cut it, a portfolio keeps its words, order and spelling; an e-mail
// header or a section heading before a colon is nobody speaking.
func TestOfficeNames(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "and inside a portfolio",
			doc: textDoc("Industry and Commerce Minister Tendai Moyo met the Minister of Fisheries and Ocean Resources Peter Kaimoto. " +
				"Deputy Prime Minister for European Integration Ana Petrova also attended."),
			roles: []string{"Tendai Moyo|Minister of Industry and Commerce|", "Peter Kaimoto|Minister of Fisheries and Ocean Resources|",
				"Ana Petrova|Deputy Prime Minister for European Integration|"},
			notRoles: []string{"Tendai Moyo|Minister of Commerce|"}},
		{name: "an office in a body, after at",
			doc: textDoc("The Emir's delegation included the minister of state at the ministry of energy, HE Dr Nasser bin Omar Al-Marri, and two advisers. " +
				"Present was the Crown Prince and Senior Minister at the Prime Minister's Office, Prince Abdul Hakim."),
			roles: []string{"Nasser bin Omar Al-Marri|Minister of State at the Ministry of Energy|", "Abdul Hakim|Senior Minister at the Prime Minister's Office|",
				"Abdul Hakim|Crown Prince|"}},
		{name: "an office in a body, after at, capitalised",
			doc: textDoc("Also present was the Minister of State at the Ministry of Economy, Dr Omar Haddad. " +
				"Ambassador Anna Smith at the State House greeted the guests. Major General Aung Kyaw, Minister of Defence, met the minister of state at the ministry of trade"),
			roles:    []string{"Omar Haddad|Minister of State at the Ministry of Economy|", "Anna Smith|Ambassador|", "Aung Kyaw|Minister of Defence|"},
			notRoles: []string{"Anna Smith|Ambassador at the State House|"}},
		{name: "a lower-case portfolio with and, then a name and more words",
			doc: textDoc("At the dinner the President sat beside the minister of trade and regional integration, Rosa Mendes and two envoys. " +
				"He was also joined by the minister of tourism and culture, Ana Lopes and other officials."),
			roles: []string{"Rosa Mendes|Minister of Trade and Regional Integration|", "Ana Lopes|Minister of Tourism and Culture|"}},
		{name: "a portfolio group with a word in lower case after a demonym",
			doc:   textDoc("DAKAR - The Minister of Foreign Affairs, Cooperation and Senegalese abroad, Awa Diop, received the envoys of three countries."),
			roles: []string{"Awa Diop|Minister of Foreign Affairs|"}},
		{name: "a portfolio group with words in lower case, another phrasing",
			doc:   textDoc("Minister of Foreign Affairs, Regional Integration and Burkinabe living abroad, Issa Kone, received the envoys on Monday."),
			roles: []string{"Issa Kone|Minister of Foreign Affairs|"}},
		{name: "the office's initials in brackets before the name",
			doc:   textDoc("The ministry's Principal Information Officer (PIO) Md Rafiq Islam said in a statement that the talks went well."),
			roles: []string{"Md Rafiq Islam|Principal Information Officer|"}},
		{name: "the office's initials in brackets, another office",
			doc:   textDoc("National Security Adviser (NSA) Ajay Rao met the envoy in the capital on Monday."),
			roles: []string{"Ajay Rao|National Security Adviser|"}},
		{name: "an appointed ambassador after the name",
			doc:      textDoc("Dr Omar Saleh, appointed Ambassador of Jordan to the Gulf states, and other officials attended."),
			roles:    []string{"Omar Saleh|Ambassador|Jordan"},
			notRoles: []string{"Omar Saleh|Appointed Ambassador|"}},
		{name: "an ambassador's posting stays in the office, its country is not theirs",
			doc: textDoc("He was welcomed by Ambassador of the Republic of Chile to the Kingdom of Spain Pablo Rojas. " +
				"The Canadian High Commissioner to India, Anne Leblanc, also attended."),
			roles: []string{"Pablo Rojas|Ambassador to the Kingdom of Spain|Chile", "Anne Leblanc|High Commissioner to India|Canada"}},
		{name: "a newly appointed ambassador after the name",
			doc:   textDoc("Ms Lina Haddad, newly appointed Ambassador of Jordan to Kenya, presented her letters of credence."),
			roles: []string{"Lina Haddad|Ambassador to Kenya|Jordan"}},
		{name: "the holder after a co-chair's words in lower case",
			doc: textDoc("Deputy Prime Minister for European Integration, co-chair of the joint economic commission Marta Novak opened the session. " +
				"Minister of Energy, co-chair of the intergovernmental commission Ivan Petrov also attended."),
			roles: []string{"Marta Novak|Deputy Prime Minister for European Integration|", "Ivan Petrov|Minister of Energy|"}},
		{name: "the holder after a co-chair's words and the side, no body's words as a name",
			doc: textDoc("Also present was the Deputy Prime Minister of Georgia and Minister for the Occupied Territories, " +
				"co-head of the panel for the Georgian side Nino Beridze."),
			roles:   []string{"Nino Beridze|Deputy Prime Minister|Georgia"},
			not:     []string{"Occupied Territories"},
			persons: []string{"Nino Beridze"}},
		{name: "a list of fields before Minister is its portfolio",
			doc: textDoc("Sport, Youth and Community Development Minister Ruth Moyo and her Malawian counterpart Grace Mulenga, " +
				"who is the Gender Minister, opened the fair. Lands, Agriculture, Water and Rural Development Minister Peter Dube also attended."),
			roles: []string{"Ruth Moyo|Minister of Sport, Youth and Community Development|",
				"Peter Dube|Minister of Lands, Agriculture, Water and Rural Development|", "Grace Mulenga|Minister of Gender|Malawi"},
			notRoles: []string{"Grace Mulenga|Minister of Sport, Youth and Community Development|", "Ruth Moyo|Minister|"}},
		{name: "a list of fields before Minister, another phrasing, and no list",
			doc: textDoc("The Youth, Sport, Arts and Recreation Minister Tino Dube attended. Speaking on Monday, Finance Minister John Otieno said growth was strong. " +
				"In Harare, Agriculture Minister Paul Sibanda said the harvest was good."),
			roles: []string{"Tino Dube|Minister of Youth, Sport, Arts and Recreation|", "John Otieno|Minister of Finance|", "Paul Sibanda|Minister of Agriculture|"}},
		{name: "offices the reference scorer does not equate stay as written",
			doc: textDoc("Vice Foreign Minister Zhou Lin met Foreign Secretary Amna Baloch in Islamabad. " +
				"Vice Minister of Commerce Wang Tao and Vice Chairman Li Ming also attended."),
			roles: []string{"Zhou Lin|Vice Minister of Foreign Affairs|", "Amna Baloch|Foreign Secretary|",
				"Wang Tao|Vice Minister of Commerce|", "Li Ming|Vice Chairman|"},
			notRoles: []string{"Zhou Lin|Deputy Minister of Foreign Affairs|", "Amna Baloch|Minister of Foreign Affairs|"}},
		{name: "a chief executive as written",
			doc:   textDoc("Chief Executive John Lam of Hong Kong met the delegation. The fund's Chief Executive Officer Maria Santos also spoke."),
			roles: []string{"John Lam|Chief Executive|", "Maria Santos|Chief Executive Officer|"}},
		{name: "an aide to a head of government is no head of government",
			doc: textDoc("Special Assistant to the Pakistani Prime Minister Ali Raza attended the talks. " +
				"Adviser to the PM Omar Latif and Adviser to the Kenyan President Grace Achieng also attended."),
			roles: []string{"Ali Raza|Special Assistant to the Prime Minister|Pakistan", "Omar Latif|Adviser to the Prime Minister|",
				"Grace Achieng|Adviser to the President|Kenya"},
			notRoles: []string{"Ali Raza|Prime Minister|", "Omar Latif|Prime Minister|", "Grace Achieng|President|"}},
		{name: "the head of government an office serves is written out without its country",
			doc:   textDoc("Spokesperson for the Press Office of the Czech PM Jana Horakova told reporters the visit would go ahead."),
			roles: []string{"Jana Horakova|Spokesperson for the Press Office of the Prime Minister|Czech Republic"}},
		{name: "a portfolio keeps its words and spelling",
			doc:   textDoc("Home Affairs Minister Ruth Nandi and Defense Minister Paul Okoth received the Home Minister of India, Raj Kumar."),
			roles: []string{"Ruth Nandi|Minister of Home Affairs|", "Paul Okoth|Minister of Defense|", "Raj Kumar|Minister of Home Affairs|India"}},
		{name: "initials of organisations in running text",
			doc: textDoc("At the meeting, the Slovenian envoy said she had met FBCCI leaders here, the official told UNB. " +
				"Mr. OKADA said the chamber would send a delegation."),
			persons: []string{"Okada"},
			not:     []string{"Fbcci", "FBCCI", "Unb", "UNB"}},
		{name: "the words of a title's body are no person",
			doc: textDoc("The Chairman of the Milli Majlis Leyla Hasanli received the delegation. The Chairman of the Oliy Majlis said it would ratify the treaty. " +
				"The Minister of Tourism and Antiquities Omar Haddad spoke."),
			roles: []string{"Leyla Hasanli|Chairman of the Milli Majlis|", "Omar Haddad|Minister of Tourism and Antiquities|"},
			not:   []string{"Milli Majlis Leyla Hasanli", "Oliy Majlis", "Antiquities Omar Haddad"}},
		{name: "offices of unions, parliaments and states",
			doc: textDoc("He met State Secretary of the Union State Ivan Mezin. EU Commissioner for Trade Anna Berg, High Representative Jan Kowal " +
				"and Vice Speaker of the Mazhilis Asel Nurova attended."),
			roles: []string{"Ivan Mezin|State Secretary of the Union State|Union State", "Anna Berg|Commissioner for Trade|European Union",
				"Jan Kowal|High Representative|", "Asel Nurova|Vice Speaker of the Mazhilis|"}},
		{name: "headers and headings before a colon",
			doc: textDoc("Fwd: Pool Report #5\n\nKey Highlights: the two leaders met for an hour at 10:30 GMT+2.\n\n" +
				"President Carla Dias met Prime Minister Ivo Silva in Lisbon."),
			not: []string{"Fwd", "Key Highlights", "GMT"}},
		{name: "a page's update note and bodies in the plural",
			doc: textDoc("Details added (first published: 15:01)\n\nPresident Carla Dias met Prime Minister Ivo Silva in Lisbon. " +
				"The two Commissions stressed the need for trade, and both Ministries agreed."),
			not: []string{"Details", "Commissions", "Ministries"}},
	})
}

// The alias of a person is the family name, which some traditions write
// first.
func TestFamilyNameAliases(t *testing.T) {
	tests := []struct{ text, person, alias string }{
		{"Chinese Foreign Minister Wang Wei met Kenyan Foreign Minister Amina Odhiambo in Beijing. Wang said ties were strong.", "Wang Wei", "wang"},
		{"South Korean President Park Min-jun held talks with Japanese Prime Minister Kenji Sato. Park welcomed the guest.", "Park Min-jun", "park"},
		{"President Lee Jae Hoon received the delegation in Seoul.", "Lee Jae Hoon", "lee"},
		{"Deputy Prime Minister Nguyen Van Long met the Thai foreign minister.", "Nguyen Van Long", "nguyen"},
		{"Hungarian government spokesman Szabó Gábor told reporters the talks went well.", "Szabó Gábor", "szabo"},
		// Western order: a family name that is also a Western given name
		{"Former envoy Kim Brody and President Kim Hall spoke.", "Kim Hall", "hall"},
		{"Japanese Prime Minister Kenji Sato met the envoy.", "Kenji Sato", "sato"},
		// a family-first name whose given name the tables do not know: the
		// word the document uses alone is the family name
		{"Hungarian Foreign Minister Nagy Zsombor met the envoy in Budapest. Nagy said the talks went well.", "Nagy Zsombor", "nagy"},
		{"Trade Minister Kondo Haruki arrived in Hanoi on Monday. The talks with Kondo focused on rice exports.", "Kondo Haruki", "kondo"},
		{"The envoy Kondo Haruki arrived on Monday. Haruki said he was pleased.", "Kondo Haruki", "haruki"},
		// a Japanese given name last: the official order, whatever the family name
		{"Japanese Foreign Minister Morita Kenta met the envoy in Tokyo.", "Morita Kenta", "morita"},
		{"The Japanese delegation was led by Deputy Minister Kuroda Yoshinori on Monday.", "Kuroda Yoshinori", "kuroda"},
		{"Japanese Prime Minister Kenta Morita met the envoy in Tokyo.", "Kenta Morita", "morita"},
		// an English given name before a Chinese name, family name first
		{"Hong Kong's Chief Executive Peter Chan Tai-man met the envoy. Chan said ties were strong.", "Peter Chan Tai-man", "chan"},
		{"Secretary for Trade Mary Wong Mei-ling met the envoy in Hong Kong.", "Mary Wong Mei-ling", "wong"},
		// a regnal number is no family name
		{"His Majesty King Faisal II received the envoy.", "Faisal II", "faisal"},
	}
	for _, tt := range tests {
		f := one(t, tt.text, "2024-03-07")
		found := false
		for _, p := range f.People {
			if p.Name == tt.person {
				found = true
				if !slices.Contains(p.Aliases, tt.alias) {
					t.Errorf("%s: aliases %q, want %q", tt.person, p.Aliases, tt.alias)
				}
			}
		}
		if !found {
			t.Errorf("no person %q in %+v", tt.person, f.People)
		}
	}
}

// A title after the name, in a relative clause or after an article and a
// possessive; initials before a surname in running text.
func TestTitlesAfterTheName(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "relative clauses",
			doc: textDoc("Latvian Foreign Minister Andris Ozols met his Estonian counterpart in Riga. Ozols, who also serves as deputy chair of the Cabinet of Ministers, " +
				"praised the talks. Mark Reid, who is also defence minister, arrived in Suva on Tuesday."),
			roles: []string{"Andris Ozols|Deputy Prime Minister|Latvia", "Mark Reid|Minister of Defence|"}},
		{name: "an article and a possessive before the title",
			doc:   textDoc("During the visit he also met Tom Kerr, the new government's finance minister, and Ana Lopes, the country's trade minister."),
			roles: []string{"Tom Kerr|Minister of Finance|", "Ana Lopes|Minister of Trade|"}},
		{name: "a surname before the title, named in full elsewhere",
			doc: textDoc("The previous leader Manu Tavita signed the pact in 2022. On Tuesday the minister also met Tavita, the new government's finance minister. " +
				"In Apia he met Lagi, the country's trade minister."),
			roles: []string{"Manu Tavita|Minister of Finance|"},
			not:   []string{"Lagi"}},
		{name: "initials before a surname",
			doc:     textDoc("Trade grew by a fifth, said K. Menon. The official M. Rao met the delegation on Monday."),
			persons: []string{"K. Menon", "M. Rao"},
			not:     []string{"Menon", "Rao"}},
	})
}

// A plural title lists its holders; where it names as many countries, they
// go to the names in the order given.
func TestPluralTitles(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "countries and names in order",
			doc:      textDoc("The Foreign Ministers of Uzbekistan and Germany, Aziz Karimov and Greta Hahn, signed the action plan in Tashkent."),
			roles:    []string{"Aziz Karimov|Minister of Foreign Affairs|Uzbekistan", "Greta Hahn|Minister of Foreign Affairs|Germany"},
			notRoles: []string{"Greta Hahn|Minister of Foreign Affairs|Uzbekistan", "Aziz Karimov|Foreign Ministers of Uzbekistan and Germany|"}},
		{name: "a plural title before surnames",
			doc: textDoc("Prime Minister Kate Morris welcomed Samoan Prime Minister Malia Leota in Wellington. " +
				"In their first meeting, Prime Ministers Morris and Leota discussed climate change."),
			roles:   []string{"Kate Morris|Prime Minister|", "Malia Leota|Prime Minister|Samoa"},
			persons: []string{"Kate Morris", "Malia Leota"},
			not:     []string{"Leota Morris", "Morris"}},
		{name: "a lower-case plural title of the minister-of form before a comma",
			doc:   textDoc("The ministers of foreign affairs, Amina Odhiambo and Moses Okello, met in Kampala."),
			roles: []string{"Amina Odhiambo|Minister of Foreign Affairs|", "Moses Okello|Minister of Foreign Affairs|"}},
		{name: "a lower-case plural title with a portfolio word before it",
			doc:   textDoc("The heads of the ministries, the trade ministers, Kofi Mensah and Afi Agbeko, signed the plan."),
			roles: []string{"Kofi Mensah|Minister of Trade|", "Afi Agbeko|Minister of Trade|"}},
		{name: "the last word of a body's subject before a comma and a verb is no person",
			doc: textDoc("The Joint Committee on Trade and Investment, co-chaired by Trade Minister Kofi Mensah and Trade Minister Afi Agbeko, met in Lome. " +
				"The Joint Council on Energy and Mining, chaired by two ministers, met in Accra."),
			persons: []string{"Kofi Mensah", "Afi Agbeko"},
			not:     []string{"Investment", "Mining"}},
		{name: "presidents with a list of full names",
			doc:   textDoc("Presidents Ana Silva, Jorge Paz and Luis Vega met in Lima on Friday."),
			roles: []string{"Ana Silva|President|", "Jorge Paz|President|", "Luis Vega|President|"}},
	})
}

// More of how titles and names pair: an introductory phrase before a comma
// holds another person's title; an appositive led by a courtesy title may
// stay open; initials name the person the full given name does; a
// portfolio the tables do not know is still a portfolio.
func TestTitlePairing(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "an introductory phrase before a comma",
			doc: textDoc("President Kwame Mensah received the envoys. In his interaction with the South Korean Ambassador, President Mensah said Korea had helped Ghana. " +
				"Welcoming the Bhutanese prime minister, President Rahim Chowdhury said ties were strong."),
			roles:    []string{"Kwame Mensah|President|"},
			notRoles: []string{"Kwame Mensah|Ambassador|", "Kwame Mensah|President|South Korea", "Rahim Chowdhury|Prime Minister|", "Rahim Chowdhury|President|Bhutan"}},
		{name: "an appositive led by a courtesy title, left open",
			doc:   textDoc("Prime Minister Hon. John Tovua and the visiting Australian Deputy Prime Minister, Hon. Mark Reid held talks in Honiara today."),
			roles: []string{"Mark Reid|Deputy Prime Minister|Australia"}},
		{name: "initials and the full given name are one person",
			doc: textDoc("ULAANBAATAR – He was welcomed by Ambassador of Russia to Mongolia I.K.Petrov. Ambassador Ivan Petrov said the visit was historic. " +
				"The delegation included CEO of the Russian Export Fund Pavel A. Sokolov."),
			persons: []string{"Ivan Petrov", "Pavel A. Sokolov"},
			not:     []string{"I.K. Petrov", "A. Sokolov"},
			roles:   []string{"Pavel A. Sokolov|CEO of the Russian Export Fund|"}},
		{name: "a portfolio the tables do not know",
			doc: textDoc("Women's Affairs Minister Ruth Nyoni and her Zambian counterpart Grace Mwale, who is the Gender Minister, signed the fourth MoU. " +
				"Zambia's Cultural Heritage Minister Ruth Chanda attended."),
			roles: []string{"Grace Mwale|Minister of Gender|Zambia", "Ruth Chanda|Minister of Cultural Heritage|Zambia"}},
	})
}

// Agency and court releases: a portfolio with commas, a state's courtesy
// word, a generational suffix before the title's comma, a lower-case
// portfolio before a comma, capitalised patronymics, a pronoun's
// counterpart, a number word in a headline.
func TestReleaseStyles(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a portfolio with commas",
			doc:   textDoc("Minister of Foreign Affairs, African Cooperation and Moroccans Abroad, Karim Alaoui, held talks in Rabat on Wednesday."),
			roles: []string{"Karim Alaoui|Minister of Foreign Affairs|"}},
		{name: "a courtesy word in a state's name, after a suffix",
			doc:   textDoc("His Highness Sheikh Khalid bin Saif Al Mansoori received His Excellency Tomas Remeliik Jr., President of the friendly Republic of Palau."),
			roles: []string{"Tomas Remeliik Jr|President|Palau"}},
		{name: "a lower-case portfolio and capitalised patronymics",
			doc:     textDoc("The Amir was accompanied by the minister of state for energy affairs, HE Saad bin Ali Al Kuwari; and HE Sheikh Fahad Bin Jassim Bin Hamad Al Thani."),
			roles:   []string{"Saad bin Ali Al Kuwari|Minister of State for Energy Affairs|"},
			persons: []string{"Fahad Bin Jassim Bin Hamad Al Thani"}},
		{name: "a counterpart of the person a pronoun stands for",
			doc: textDoc("HAVANA – Russian Foreign Minister Sergey Petrov’s visit confirms the ties, Cuban President Miguel Soto said. " +
				"The Russian foreign minister was in Cuba on a working visit. Earlier, he held talks with his Cuban counterpart, Bruno Ortiz Pena."),
			roles: []string{"Bruno Ortiz Pena|Minister of Foreign Affairs|Cuba"}},
		{name: "a number word opening a headline",
			doc: fact.Document{Title: "Five MoUs signed between Sri Lanka and the Philippines",
				Text: "Five Memorandums of Understanding were signed between Sri Lanka and the Philippines, President Ana Perera said."},
			not: []string{"Five MoUs"}},
	})
}

// Governments join several fields into one ministry's name, by "and"
// before "Minister" or by a comma-separated list after it: the office is
// the whole list; a list of names after a title is no portfolio.
func TestJoinedPortfolios(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "two fields joined by and before the office",
			doc: textDoc("Home Affairs and Cultural Heritage Minister Tom Reedy signed for his side, and Trade & Gender Minister Ama Osei " +
				"spoke after him."),
			roles:    []string{"Tom Reedy|Minister of Home Affairs and Cultural Heritage|", "Ama Osei|Minister of Trade and Gender|"},
			notRoles: []string{"Tom Reedy|Minister|", "Tom Reedy|Minister of Cultural Heritage|", "Ama Osei|Minister of Gender|"}},
		{name: "a list of fields after the office, set off by a comma or a dash",
			doc: textDoc("The delegation included Hon. Ana Kalulu, Minister of Home Affairs, Immigration, Safety and Security; " +
				"Hon. Carl Berger – Minister of Agriculture, Water & Land Reform; and Hon. Mary Moyo, Minister of Women's Affairs, " +
				"Community, Small and Medium Enterprises Development."),
			roles: []string{"Ana Kalulu|Minister of Home Affairs, Immigration, Safety and Security|",
				"Carl Berger|Minister of Agriculture, Water and Land Reform|",
				"Mary Moyo|Minister of Women's Affairs, Community, Small and Medium Enterprises Development|"},
			notRoles: []string{"Ana Kalulu|Minister of Home Affairs|", "Mary Moyo|Minister of Women's Affairs|"}},
		{name: "names after a title are no fields",
			doc: textDoc("The talks were joined by the Minister of Finance, Ana Diaz and Tom Berg, the trade envoy. " +
				"Minister of Foreign Affairs, African Cooperation and Nationals Abroad, Karim Alami, spoke first."),
			roles:    []string{"Karim Alami|Minister of Foreign Affairs|"},
			notRoles: []string{"Ana Diaz|Minister of Finance, Ana Diaz and Tom Berg|"},
			not:      []string{"Diaz and Tom Berg"}},
	})
}

// Heads of intelligence services and government information officers
// stand in delegation lists and as the source of a readout, before or
// after their names.
func TestIntelligenceAndInformationOffices(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "after the name, in an attendance list",
			doc: textDoc("The meeting was attended by Hassan Darwish, Minister of Civil Affairs, Maj Gen Karim Fawzi, " +
				"Head of the General Intelligence Service and Dr Samir Haddad, Minister of Health."),
			roles: []string{"Karim Fawzi|Head of the General Intelligence Service|", "Hassan Darwish|Minister of Civil Affairs|"}},
		{name: "after the name, the next person with a courtesy title and no office",
			doc: textDoc("Present were Maj Gen Karim Fawzi, Head of the General Intelligence Service and Dr Samir Haddad, " +
				"appointed envoy to the kingdom."),
			roles:    []string{"Karim Fawzi|Head of the General Intelligence Service|"},
			notRoles: []string{"Karim Fawzi|Head of the General Intelligence Service and|"}},
		{name: "before the name, as the source of a readout",
			doc: textDoc("Principal Information Officer Md Rafiq Hossain told reporters the talks were fruitful. " +
				"Head of General Intelligence Omar Nasser also attended."),
			roles: []string{"Md Rafiq Hossain|Principal Information Officer|", "Omar Nasser|Head of General Intelligence|"}},
	})
}

// A legislature's own name, written untranslated after "of the", is a
// body's name, never a person's; a name after it in the title is its
// holder's, all of it.
func TestLegislatureNames(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a body's name of two foreign words, no holder named",
			doc: textDoc("The Chairman of the Mejlis Halk Maslahaty welcomed the guests on Monday. " +
				"Later the Speaker of the Milli Majlis said the visit went well."),
			not: []string{"Halk Maslahaty", "Maslahaty", "Milli Majlis", "Majlis"}},
		{name: "a holder of three words after a one-word body",
			doc:      textDoc("Chairman of the Sejm Jan Piotr Wisniak received the Latvian envoy in Warsaw on Tuesday."),
			persons:  []string{"Jan Piotr Wisniak"},
			not:      []string{"Piotr Wisniak"},
			notRoles: []string{"Piotr Wisniak|Chairman of the Sejm Jan|"}},
		{name: "a holder after a two-word body, set in a sentence of talks",
			doc:     textDoc("The envoy held talks with Speaker of the Lok Sabha Ravi Kumar Menon in New Delhi."),
			persons: []string{"Ravi Kumar Menon"},
			not:     []string{"Lok Sabha", "Sabha Ravi Kumar Menon"}},
	})
}

// A person the document names in full once, without a title or a verb
// that marks a name, and later by the surname alone is one person, under
// the full name; two full names with that surname leave it alone.
func TestFullNameOfALoneSurname(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a full name before a wrote, the surname before added",
			doc: textDoc("In a post on Tuesday, Karim Haddadi wrote that the meeting went well. " +
				"Haddadi added that the talks would go on in May."),
			persons: []string{"Karim Haddadi"}, not: []string{"Haddadi"}},
		{name: "a full name in a list of signatories, the surname said later",
			doc: textDoc("The accord bears the signatures of Lena Marsh and Tomas Ekholm of the two delegations. " +
				"Ekholm said after the ceremony that both sides were pleased."),
			persons: []string{"Tomas Ekholm"}, not: []string{"Ekholm"}},
		{name: "two full names of one family: the surname joins neither",
			doc: textDoc("The accord bears the signatures of Lena Ekholm and Tomas Ekholm of the two delegations. " +
				"Ekholm said after the ceremony that both sides were pleased."),
			not: []string{"Tomas Ekholm", "Lena Ekholm"}},
		{name: "a name that goes on into a place's name is no full name",
			doc: textDoc("The delegates walked along Karim Haddadi Avenue in the morning. " +
				"Haddadi added that the talks would go on."),
			not: []string{"Karim Haddadi"}},
	})
}

// A surname of two words ("Herrera Montoya") used alone after the full
// name is the same person; after a particle of descent the words are the
// father's name, another person.
func TestCompoundSurnameAlone(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a two-word surname after a quotation",
			doc:     textDoc("“It went well,” said Foreign Minister Luis Herrera Montoya on Monday. Herrera Montoya added that trade grew."),
			persons: []string{"Luis Herrera Montoya"}, not: []string{"Herrera Montoya"}},
		{name: "a two-word surname before a verb, the full name with a title",
			doc:     textDoc("Minister of Trade Carmen Ortiz Beltran met the envoy in Lima. Later Ortiz Beltran said exports rose by a third."),
			persons: []string{"Carmen Ortiz Beltran"}, not: []string{"Ortiz Beltran"}},
		{name: "a surname opening with particles, used short of the name's end",
			doc:     textDoc("Minister of Health Juan Carlos de la Cruz Ramirez met the envoy. De la Cruz said ties were strong."),
			persons: []string{"Juan Carlos de la Cruz Ramirez"}, not: []string{"De la Cruz"}},
		{name: "the same, after a quotation",
			doc:     textDoc("“We agreed,” said Foreign Minister Ana Sofia van der Berg Smit on Friday. Van der Berg added that talks go on."),
			persons: []string{"Ana Sofia van der Berg Smit"}, not: []string{"Van der Berg"}},
		{name: "a father's name after bin is another person",
			doc: textDoc("Minister of Energy Saeed bin Rashid Al Falasi opened the plant on Monday. " +
				"The plant was planned when Sheikh Rashid Al Falasi said it was needed."),
			persons: []string{"Saeed bin Rashid Al Falasi", "Rashid Al Falasi"}},
	})
}

// In text wrapped at a width a line break inside a sentence is a space: a
// name or a title cut at the end of a line is read whole.
func TestNamesCutByWrapping(t *testing.T) {
	wrapped := func(lines ...string) fact.Document { return textDoc(strings.Join(lines, "\n") + "\n") }
	runPersonCases(t, []personCase{
		{name: "a given name ends one line, the surname begins the next",
			doc: wrapped("OSLO, April 2 - The two trade ministers held a long round of talks on Monday in",
				"the capital, where the Norwegian Minister of Trade Ingrid",
				"Solberg-Lunde received her Danish counterpart Mads Kjaer for a working lunch and",
				"a press conference at the ministry, the ministry said in a statement that evening.",
				"The two sides agreed to widen the ferry links between their two countries, and",
				"Kjaer said the talks had been useful for both of the governments and their people."),
			persons: []string{"Ingrid Solberg-Lunde", "Mads Kjaer"}, not: []string{"Ingrid"}},
		{name: "names cut after their given names, titles before them",
			doc: wrapped("Officials from both countries met in Lisbon on Thursday for the second round of",
				"the talks on fisheries, which were opened by the Portuguese Prime Minister Rui",
				"Tavares Neto and closed two hours later by the visiting Minister of State Clara",
				"Bento Vaz, who told reporters that the next round would be held in Praia soon."),
			persons: []string{"Rui Tavares Neto", "Clara Bento Vaz"},
			roles:   []string{"Rui Tavares Neto|Prime Minister|Portugal"}},
	})
}

// A line break after a short line may end a heading the sentence was
// joined to: it stays; after a long line, or before lower case, it wraps.
func TestUnwrapLines(t *testing.T) {
	for _, tt := range []struct{ doc, want string }{
		{"Talks\nThe minister met the envoy.", "Talks\nThe minister met the envoy."},
		{"The minister met the envoy of the republic on a visit to the\ncapital on Monday.",
			"The minister met the envoy of the republic on a visit to the capital on Monday."},
		{"The minister met\nthe envoy.", "The minister met the envoy."},
		{"The minister met the envoy of the republic on a visit to the\r\nCapital Region.",
			"The minister met the envoy of the republic on a visit to the  Capital Region."},
	} {
		s := segment.Sentence{Span: fact.Span{Start: 0, End: len(tt.doc)}, Text: tt.doc}
		if got := unwrapLines(tt.doc, s); got != tt.want || len(got) != len(tt.doc) {
			t.Errorf("unwrapLines(%q) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

// A nickname in quotes inside a name is no part of it, and the surname
// after its closing quote is: the name runs on past the quote.
func TestNicknameInsideAName(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "curly quotes, a name before a verb",
			doc:     textDoc("The deal was one that Budi “Bubu” Santoso signed after years of talks."),
			persons: []string{"Budi Santoso"}, not: []string{"Santoso"}},
		{name: "straight quotes, a name after and",
			doc:     textDoc("The accord was drafted by the envoys, and Marco \"Il Capo\" Bellini signed it in Rome on Friday."),
			persons: []string{"Marco Bellini"}, not: []string{"Bellini"}},
	})
}

// A courtesy title that is also a family name written first ("Tan" of the
// Malaysian "Tan Sri") is a title only before another title.
func TestHonorificThatIsAFamilyName(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "the family name before a verb",
			doc:     textDoc("The accord was one that Tan Wei Ming signed after years of talks."),
			persons: []string{"Tan Wei Ming"}, not: []string{"Wei Ming"}},
		{name: "the family name after a title",
			doc:     textDoc("Foreign Minister Tan Mei Ling received the envoy in Singapore on Monday."),
			persons: []string{"Tan Mei Ling"}, roles: []string{"Tan Mei Ling|Minister of Foreign Affairs|"}},
		{name: "the title before another title",
			doc:     textDoc("The envoy called on Tan Sri Azman Hashim in Kuala Lumpur, and Azman said ties were strong."),
			persons: []string{"Azman Hashim"}, not: []string{"Tan Sri Azman Hashim", "Sri Azman Hashim"}},
	})
}

// A verb a missing space glued to a name is split off it when the rest is
// a name the document writes alone; a name that merely ends so stays.
func TestVerbGluedToAName(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a speech verb glued to a titled name",
			doc: textDoc("Prime Minister Anna Kowalskisaid on Monday that the talks went well. " +
				"Kowalski later met the envoy at the ministry."),
			persons: []string{"Anna Kowalski"}, not: []string{"Anna Kowalskisaid", "Kowalskisaid"},
			roles: []string{"Anna Kowalski|Prime Minister|"}},
		{name: "a verb of meeting glued to a name after a title",
			doc: textDoc("On Friday Foreign Minister Omar Haddadmet his Jordanian counterpart in Amman. " +
				"Haddad said the two sides agreed on water."),
			persons: []string{"Omar Haddad"}, not: []string{"Omar Haddadmet"}},
		{name: "a name that ends like a verb, its rest never alone",
			doc:     textDoc("Foreign Minister Karim Boussaid met the envoy in Rabat on Monday."),
			persons: []string{"Karim Boussaid"}},
	})
}

// "X Y and Z W signed": both names of the pair are persons, the first too
// though no verb follows it; one word before "and" may be a body's.
func TestFirstNameOfAPair(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a pair before a verb of signing",
			doc:     textDoc("The pact was one that former leaders Lim Wei Ming and Budi Santoso signed after years of talks."),
			persons: []string{"Budi Santoso", "Lim Wei Ming"}},
		{name: "a pair before a verb of talks",
			doc:     textDoc("Yesterday Karl Weber and Petra Lindqvist discussed the pipeline in Berlin."),
			persons: []string{"Karl Weber", "Petra Lindqvist"}},
		{name: "one word before and",
			doc:     textDoc("Siemens and Petra Lindqvist discussed the pipeline in Berlin on Monday."),
			persons: []string{"Petra Lindqvist"}, not: []string{"Siemens"}},
	})
}

// A nickname a full name holds in quotes names the person when used alone.
func TestNicknameAlone(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "curly quotes, the nickname before said",
			doc:     textDoc("President Budi “Bubu” Santoso met Prime Minister Karl Weber in Jakarta. Bubu said the talks went well."),
			persons: []string{"Budi Santoso"}, not: []string{"Bubu"}},
		{name: "straight quotes, the nickname before told",
			doc:     textDoc("Foreign Minister Ramon \"Monching\" Reyes received the envoy in Manila. Later Monching told reporters the visit was useful."),
			persons: []string{"Ramon Reyes"}, not: []string{"Monching"}},
	})
}

// A surname that is also a city's name is the name's, after given names
// (and particles) that follow an office or a courtesy title, however many.
func TestCitySurnamesInLongNames(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a city surname after two given names and an office",
			doc:     textDoc("President Ivo Horak met Foreign Minister Maria Luisa Pereira in Luanda on Monday."),
			persons: []string{"Maria Luisa Pereira"}, roles: []string{"Maria Luisa Pereira|Minister of Foreign Affairs|"}},
		{name: "two city words after a particle and a courtesy title",
			doc:     textDoc("The envoy called on Mr Paulo Henrique dos Santos Pereira in Maputo on Tuesday."),
			persons: []string{"Paulo Henrique dos Santos Pereira"}},
		{name: "a city after a preposition stays a place",
			doc:     textDoc("Foreign Minister Maria Luisa Lopes met the envoy in Pereira on Monday."),
			persons: []string{"Maria Luisa Lopes"}, not: []string{"Maria Luisa Lopes Pereira"}},
	})
}

// One word after "of" that ends a titled name ("Governor X Y of Gujarat
// received") names the holder's region or body, not a second person, though
// a verb follows it.
func TestOneWordAfterOfIsNoPerson(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a governor of a state, then a verb of talks",
			doc:     textDoc("Governor Ravi Menon of Karnavati received Japanese Ambassador Kenji Sato on Monday."),
			persons: []string{"Kenji Sato", "Ravi Menon"}, not: []string{"Karnavati"}},
		{name: "the state of a chief minister, then a verb of speech",
			doc:     textDoc("Chief Minister Anita Rao of the state of Vindhara said the talks went well."),
			persons: []string{"Anita Rao"}, not: []string{"Vindhara"}},
	})
}

// A surname that is also a city names a person when a title set off by a
// comma follows the name ("Ade Bello, Minister of Trade, met"); a city so
// followed after a preposition stays a place.
func TestCitySurnameBeforeAnAppositiveTitle(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "an office after the comma",
			doc:     textDoc("Ade Pereira, Minister of Trade of Nigeria, met British Foreign Minister Jane Porter on Monday."),
			persons: []string{"Ade Pereira", "Jane Porter"}},
		{name: "the office after the article",
			doc:     textDoc("Ade Pereira, the Governor of the central state, received British High Commissioner Jane Porter on Monday."),
			persons: []string{"Ade Pereira", "Jane Porter"}},
		{name: "a place after a preposition",
			doc:     textDoc("The talks held in Pereira, Minister of Trade Ana Soto said, went well."),
			persons: []string{"Ana Soto"}},
	})
}

// After a body's name the tables do not know, the words a particle of
// descent joins ("bin", "Al") are all the holder's name.
func TestNameOfDescentAfterABody(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "chairman of a council, a name of four words",
			doc:     textDoc("Chairman of the State Council Khalid bin Hilal Al Mawali met Qatari Emir Tamim Al Rashid in Muscat on Monday."),
			persons: []string{"Khalid bin Hilal Al Mawali"},
			not:     []string{"Al Mawali"}},
		{name: "deputy chairman of an executive council",
			doc:     textDoc("Deputy Chairman of the Executive Council Hazim bin Rashid Al Nuaimi received Kenyan President Daniel Otieno in Abu Dhabi on Monday."),
			persons: []string{"Hazim bin Rashid Al Nuaimi"},
			not:     []string{"Al Nuaimi"}},
	})
}

// A function word that is also a family name ("To") is a name word between
// an office and one more name word; in a headline's capitals it stays a
// function word.
func TestFunctionWordAsFamilyName(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "after an office",
			doc:   textDoc("HANOI, 12 September 2024 - General Secretary To Lam received Lao Prime Minister Sonexay Vongsa in Hanoi."),
			roles: []string{"To Lam|General Secretary|Vietnam"}},
		{name: "after a demonym and an office",
			doc:   textDoc("Vietnamese President To Lam said the two countries would deepen ties."),
			roles: []string{"To Lam|President|Vietnam"}},
		{name: "a headline's capitals",
			doc: textDoc("Kenyan Minister To Visit Zambia Next Week\n\nThe minister will travel on Monday."),
			not: []string{"To Visit", "To Visit Zambia"}},
	})
}

// No name follows "the": after "Chairman of the", capitalised words name
// the body, and the holder is the name after the comma.
func TestBodyAfterTheThenHolder(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a body in another language, then the holder",
			doc:     textDoc("CARACAS, June 1, 2024 - Venezuelan Foreign Minister Ana Torres met the Chairman of the Consejo Nacional Electoral, Luis Ortega, in Caracas on Saturday."),
			persons: []string{"Ana Torres", "Luis Ortega"},
			not:     []string{"Nacional Electoral"}},
		{name: "a body of three words, the holder closing the sentence",
			doc:     textDoc("The minister received the President of the Tribunal Supremo Electoral, Rosa Pinto."),
			persons: []string{"Rosa Pinto"},
			not:     []string{"Supremo Electoral"}},
		{name: "a holder right after the body still holds it",
			doc:     textDoc("Chairman of the Board Ivan Petrov met the minister on Monday."),
			persons: []string{"Ivan Petrov"}},
	})
}

// A transcript's label for someone unnamed ("JOURNALIST:", "MODERATOR:")
// is a turn of nobody the document names.
func TestAnonymousSpeakerLabels(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a journalist's question",
			doc:     textDoc("Joint press conference\n\nLima, 3 May 2024\n\nPRESIDENT ANA TORRES: I welcome President Luis Ortega of Chile to Lima.\n\nJOURNALIST: President, on trade?\n\nPRESIDENT LUIS ORTEGA: Trade is growing."),
			persons: []string{"Ana Torres", "Luis Ortega"},
			not:     []string{"Journalist", "JOURNALIST"}},
		{name: "a moderator and an audience member",
			doc:     textDoc("Panel\n\nMODERATOR: Welcome, Minister Ana Torres.\n\nMINISTER ANA TORRES: Thank you.\n\nAUDIENCE MEMBER: What about fisheries?"),
			persons: []string{"Ana Torres"},
			not:     []string{"Moderator", "Audience Member"}},
	})
}
