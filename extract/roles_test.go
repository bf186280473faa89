package extract

import (
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// The head of a republic of a federation ("Head of Republic of X") is an
// office, written as the text names it, and in a list of titles its body's
// name does not run on into the next person's title.
func TestHeadOfRepublic(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "without the article, in a list of a delegation",
			doc: textDoc("MOSCOW, May 3 – The Russian delegation includes Head of Republic of Tuva Pavel Kornilov, " +
				"Ambassador of Russia to Chile Ivan Sorokin and several business leaders."),
			roles:    []string{"Pavel Kornilov|Head of Republic of Tuva|", "Ivan Sorokin|Ambassador to Chile|Russia"},
			notRoles: []string{"Ivan Sorokin|Head of Republic of Tuva|"}},
		{name: "with the article, after the name",
			doc:   textDoc("KAZAN, June 9 – Timur Galeev, Head of the Republic of Tatarstan, received the visiting Turkish delegation."),
			roles: []string{"Timur Galeev|Head of the Republic of Tatarstan|"}},
	})
}

// A verb that puts its subject in an office ("was sworn in as", "became",
// "was confirmed as") gives the office after it to the name before it.
func TestOfficeByPredicate(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "sworn in, the office with its country",
			doc:   textDoc("SANTIAGO, March 11 – Marta Quiroga was sworn in as President of Chile in a ceremony at the Congress."),
			roles: []string{"Marta Quiroga|President|Chile"}},
		{name: "became the new, a possessive country",
			doc:      textDoc("OSLO, May 2 – Eirik Dahl said on Friday that Tomas Lund became Norway's new Prime Minister after the vote in parliament."),
			roles:    []string{"Tomas Lund|Prime Minister|Norway"},
			notRoles: []string{"Eirik Dahl|Prime Minister|"}},
		{name: "who has served as, since a year: a current office",
			doc:   textDoc("LIMA, July 4 – Rosa Villanueva, who has served as finance minister of Peru since 2021, said exports grew."),
			roles: []string{"Rosa Villanueva|Minister of Finance|Peru"}},
		{name: "who served as, until a year: an office of the past",
			doc:      textDoc("LIMA, July 4 – Rosa Villanueva, who served as finance minister of Peru until 2020, said exports grew."),
			notRoles: []string{"Rosa Villanueva|Minister of Finance|"}},
		{name: "confirmed as, in a relative clause, in lower case",
			doc:   textDoc("LIMA, July 4 – Rosa Villanueva, who was confirmed as finance minister of Peru last week, said exports grew."),
			roles: []string{"Rosa Villanueva|Minister of Finance|Peru"}},
	})
}

// A time after a title ("on Friday", "in May") ends it: it is no part of
// the office.
func TestTimeEndsTitle(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a weekday after the country of the office",
			doc:      textDoc("SANTIAGO, March 11 – Marta Quiroga was sworn in as President of Chile on Friday."),
			roles:    []string{"Marta Quiroga|President|Chile"},
			notRoles: []string{"Marta Quiroga|President of Chile on|"}},
		{name: "a month after an office with a portfolio",
			doc:      textDoc("ROME, June 2 – Paolo Conti, who became Minister of Culture in May, opened the exhibition."),
			roles:    []string{"Paolo Conti|Minister of Culture|"},
			notRoles: []string{"Paolo Conti|Minister of Culture in|"}},
	})
}

// "Japan's new leader, X": a description of a country's head before a
// name gives the name the office for that country, the one the sentence
// names where the description stands for several; a country's possessive
// before an office and an epithet does the same.
func TestCountryDescriptor(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a leader, the office named later in the sentence",
			doc:   textDoc("TOKYO, May 3 – Norway's new leader, Tomas Lund, formed his cabinet on Tuesday after being confirmed as prime minister by parliament."),
			roles: []string{"Tomas Lund|Prime Minister|Norway"}},
		{name: "a leader without the comma, the office before it",
			doc:   textDoc("BERLIN, June 9 – Sworn in as president on Monday, Peru's incoming leader Rosa Villanueva flew to Brasilia."),
			roles: []string{"Rosa Villanueva|President|Peru"}},
		{name: "a leader and no office: nothing is guessed",
			doc:      textDoc("ROME, July 1 – Chile's new leader, Marta Quiroga, thanked the voters."),
			notRoles: []string{"Marta Quiroga|Prime Minister|", "Marta Quiroga|President|"}},
		{name: "a description of one office",
			doc:   textDoc("PARIS, April 4 – Kenya's top diplomat, Peter Otieno, arrived in Paris for two days of talks."),
			roles: []string{"Peter Otieno|Minister of Foreign Affairs|Kenya"}},
		{name: "an outgoing office in lower case",
			doc:   textDoc("OSLO, May 2 – Denmark's outgoing prime minister, Lars Holm, met the King."),
			roles: []string{"Lars Holm|Prime Minister|Denmark"}},
		{name: "an incoming office in capitals",
			doc:   textDoc("OSLO, May 2 – The talks were the first for Finland's incoming Foreign Minister, Aino Virtanen."),
			roles: []string{"Aino Virtanen|Minister of Foreign Affairs|Finland"}},
	})
}

// "Kenyan-born": a demonym joined to a word of origin gives the office no
// country.
func TestOriginDemonym(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "before the title",
			doc:      textDoc("OTTAWA, May 3 – Canadian Trade Minister Sara Lind and Kenyan-born Senator Peter Otieno met the delegation."),
			roles:    []string{"Peter Otieno|Senator|Canada"},
			notRoles: []string{"Peter Otieno|Senator|Kenya"}},
		{name: "in an appositive after the name",
			doc:      textDoc("LONDON, May 3 – Peter Otieno, the Kenyan-born health minister, met the delegation."),
			roles:    []string{"Peter Otieno|Minister of Health|"},
			notRoles: []string{"Peter Otieno|Minister of Health|Kenya"}},
		{name: "educated abroad",
			doc:      textDoc("ACCRA, May 3 – The French-educated Minister of Finance, Kwame Mensah, presented the budget."),
			roles:    []string{"Kwame Mensah|Minister of Finance|"},
			notRoles: []string{"Kwame Mensah|Minister of Finance|France"}},
	})
}

// "X, who heads the Ministry of Y" / "who leads the Z Agency": X holds the
// head office of the body named in capitals after the verb.
func TestHeadVerb(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a ministry, its country a demonym",
			doc:   textDoc("NAIROBI, May 3 – Peter Otieno, who heads the Kenyan Ministry of Trade and Industry, met the visitors."),
			roles: []string{"Peter Otieno|Minister of Trade and Industry|Kenya"}},
		{name: "an agency, its country after it",
			doc:   textDoc("NAIROBI, May 3 – The talks included Amina Njeri, who leads the National Planning Agency of Tanzania, and two governors."),
			roles: []string{"Amina Njeri|Head of the National Planning Agency|Tanzania"}},
		{name: "a delegation in lower case is no office",
			doc:      textDoc("NAIROBI, May 3 – Amina Njeri, who leads the visiting delegation, met the press."),
			notRoles: []string{"Amina Njeri|Head of the Visiting Delegation|"}},
	})
}

// A title in lower case goes on over the unit of a body named after the
// body's possessive, and an office of a president's staff without a
// country is of the country of the one President the document names.
func TestPresidentsStaff(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "the name before, the president of the guest's country",
			doc: textDoc("BEIJING, May 3 – Chinese Premier Wang Lei received Russian President Ivan Sokolov. The talks were also attended by " +
				"Oleg Petrov, deputy head of the presidential administration's office for cross-border cooperation."),
			roles: []string{"Oleg Petrov|Deputy Head of the Presidential Administration's Office for Cross-border Cooperation|Russia"}},
		{name: "the name after, the president named after his country",
			doc: textDoc("HANOI, June 3 – Prime Minister Tran Van Minh met President Ana Pereira of Brazil. " +
				"Also present was the head of the presidential administration's department for foreign policy, Carlos Mendes."),
			roles: []string{"Carlos Mendes|Head of the Presidential Administration's Department for Foreign Policy|Brazil"}},
		{name: "two presidents: the staff office is not settled by the rule",
			doc: textDoc("HANOI, June 3 – President Nguyen Van An of Vietnam met President Ana Pereira of Brazil. " +
				"Also present was Carlos Mendes, an adviser to the president, who spoke on Tuesday."),
			notRoles: []string{"Carlos Mendes|Adviser to the President|Brazil"}},
	})
}

// A title in lower case goes on from "within", "with" or "responsible"
// over a body and a portfolio to a comma and its holder's name.
func TestLongLowerTitle(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "in a list separated by semicolons",
			doc: textDoc("ACCRA, May 3 – The President came with vice president Dr Rajan Paul; senior minister within the office of the president " +
				"with responsibility for finance, Dr Tomas Lund; and several officials."),
			roles: []string{"Tomas Lund|Senior Minister within the Office of the President with Responsibility for Finance|"}},
		{name: "closed by a comma",
			doc:   textDoc("ACCRA, May 3 – Talks were held with the minister responsible for regional integration and trade, Amina Njeri, on Monday."),
			roles: []string{"Amina Njeri|Minister Responsible for Regional Integration and Trade|"}},
		{name: "a verb in the words: no title",
			doc:      textDoc("ACCRA, May 3 – The minister with whom he spoke said the plan was late, Amina Njeri added."),
			notRoles: []string{"Amina Njeri|Minister|"}},
	})
}

// Words that describe a holder ("new", "Kenyan-born") stand between a name
// and the title after it, and are no part of the name.
func TestHolderEpithet(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "the new office",
			doc:   textDoc("LONDON, May 3 – Peter Otieno, the new Minister of Health, met the delegation."),
			roles: []string{"Peter Otieno|Minister of Health|"}},
		{name: "an origin before the name",
			doc:     textDoc("LONDON, May 3 – Kenyan-born Peter Otieno, the newly elected Minister of Health, met the delegation."),
			roles:   []string{"Peter Otieno|Minister of Health|"},
			persons: []string{"Peter Otieno"}},
	})
}

// "The foreign ministers of A, B and C, X, Y and Z": the countries of a
// list after a plural title go to the names in order.
func TestCountryListOfPluralTitle(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "in lower case, names closed by a comma",
			doc: textDoc("LIMA, May 3 – The foreign ministers of Chile, Peru and Colombia, Marta Quiroga, Rosa Villanueva and Juan Rojas, signed the declaration."),
			roles: []string{"Marta Quiroga|Minister of Foreign Affairs|Chile", "Rosa Villanueva|Minister of Foreign Affairs|Peru",
				"Juan Rojas|Minister of Foreign Affairs|Colombia"},
			notRoles: []string{"Juan Rojas|Minister of Foreign Affairs|Chile"}},
		{name: "in capitals, four countries",
			doc: textDoc("OSLO, May 3 – The Prime Ministers of Norway, Denmark, Sweden and Finland, Tomas Lund, Lars Holm, Erik Berg and Aino Virtanen met in Oslo."),
			roles: []string{"Tomas Lund|Prime Minister|Norway", "Lars Holm|Prime Minister|Denmark",
				"Erik Berg|Prime Minister|Sweden", "Aino Virtanen|Prime Minister|Finland"}},
	})
}

// "her counterpart from Chile, X", "his counterpart of Chile X": the
// counterpart holds the same office for the country after "from" or "of".
func TestCounterpartFrom(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "from, with a comma",
			doc:   textDoc("LIMA, May 3 – Rosa Villanueva, Peru's foreign minister, held talks with her counterpart from Chile, Marta Quiroga."),
			roles: []string{"Marta Quiroga|Minister of Foreign Affairs|Chile", "Rosa Villanueva|Minister of Foreign Affairs|Peru"}},
		{name: "of, without a comma",
			doc:   textDoc("LIMA, May 3 – Peruvian President Rosa Villanueva received her counterpart of Chile Marta Quiroga at the palace."),
			roles: []string{"Marta Quiroga|President|Chile"}},
		{name: "from a country named with the article",
			doc:   textDoc("LIMA, May 3 – Peruvian President Rosa Villanueva received her counterpart from the Philippines, Jose Bautista, at the palace."),
			roles: []string{"Jose Bautista|President|Philippines"}},
	})
}

// Offices and portfolios of ministers: a list of fields may run on into
// its holder's name; a comma inside an office's own name cuts no title;
// "in charge of" stays inside the title; minister delegates and the
// governor of a country's bank are offices.
func TestLongPortfolios(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a list of fields, the name right after",
			doc:   textDoc("ACCRA, May 3 – Minister of Lands, Natural Resources and Rural Development Kwame Mensah met the visitors."),
			roles: []string{"Kwame Mensah|Minister of Lands, Natural Resources and Rural Development|"},
			not:   []string{"Rural Development Kwame Mensah", "Natural Resources"}},
		{name: "a list of fields closed by a comma",
			doc:   textDoc("ACCRA, May 3 – Kwame Mensah, Minister of Science, Technology and Innovation, met the visitors."),
			roles: []string{"Kwame Mensah|Minister of Science, Technology and Innovation|"}},
		{name: "an office whose name holds a comma, after another office",
			doc:   textDoc("MOSCOW, May 3 – Ivan Petrov, Deputy Prime Minister, Minister of Digital Development, Communications and Mass Media, met the visitors."),
			roles: []string{"Ivan Petrov|Deputy Prime Minister|", "Ivan Petrov|Minister of Digital Development, Communications and Mass Media|"}},
		{name: "in charge of, after the name",
			doc:   textDoc("ACCRA, May 3 – Kwame Mensah, Minister of State in charge of Regional Integration, met the visitors."),
			roles: []string{"Kwame Mensah|Minister of State in charge of Regional Integration|"}},
		{name: "in charge of, before the name",
			doc:   textDoc("ACCRA, May 3 – Minister of State in charge of Regional Integration Kwame Mensah met the visitors."),
			roles: []string{"Kwame Mensah|Minister of State in charge of Regional Integration|"}},
		{name: "a minister delegate",
			doc:   textDoc("PARIS, May 3 – French Minister Delegate for Foreign Trade Paul Martin met the visitors."),
			roles: []string{"Paul Martin|Minister Delegate for Foreign Trade|France"}},
		{name: "the governor of a country's bank, before and after the name",
			doc:   textDoc("ACCRA, May 3 – Governor of the Bank of Ghana Kwame Mensah met Peter Otieno, Governor of the Bank of Kenya."),
			roles: []string{"Kwame Mensah|Governor of the Central Bank|Ghana", "Peter Otieno|Governor of the Central Bank|Kenya"}},
	})
}

// "the latter's Title X" and "the former's Title X" point back to the last
// two countries the sentence names: the office is of the second or of the
// first; "the former's" is no past office.
func TestBackReferenceCountry(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "the latter's, after two countries",
			doc: textDoc("SUVA (Agency) – Fiji's Prime Minister Sitiveni Naqa said the islands were ready to deepen ties with New Zealand, " +
				"as the latter's Foreign Minister Helen Ward visited on Monday."),
			roles:    []string{"Helen Ward|Minister of Foreign Affairs|New Zealand"},
			notRoles: []string{"Helen Ward|Minister of Foreign Affairs|Fiji"}},
		{name: "the former's, the first of the two",
			doc:      textDoc("Talks between Chile and Peru resumed on Monday, and the former's Foreign Minister Pablo Soto said progress was made."),
			roles:    []string{"Pablo Soto|Minister of Foreign Affairs|Chile"},
			notRoles: []string{"Pablo Soto|Minister of Foreign Affairs|Peru"}},
		{name: "one country before: no antecedent told",
			doc:      textDoc("Peru said on Monday that the latter's Foreign Minister Pablo Soto would visit."),
			roles:    []string{"Pablo Soto|Minister of Foreign Affairs|"},
			notRoles: []string{"Pablo Soto|Minister of Foreign Affairs|Peru"}},
	})
}

// A state a monarch heads has no President (data/monarchies.tsv): "President
// X" with no country in a report of a kingdom, or in one whose outlet and
// venue tell no country, is of the one republic the document names.
func TestPresidentOfARepublic(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a kingdom's dateline: the guest president is of the republic named",
			doc: textDoc("BANGKOK, May 3 – Thai Prime Minister Somchai Wongsa held talks with President Ana Ruiz in Bangkok on Friday. " +
				"The two leaders discussed trade between Thailand and Chile."),
			roles:    []string{"Ana Ruiz|President|Chile", "Somchai Wongsa|Prime Minister|Thailand"},
			notRoles: []string{"Ana Ruiz|President|Thailand"}},
		{name: "a phone call, no outlet's country: the republic, not the kingdom",
			doc: textDoc("Japanese Foreign Minister Kenji Sato spoke by phone with his Chilean counterpart Luis Mena on Monday. " +
				"Relations between Japan and Chile have grown closer since President Ana Ruiz took office."),
			roles:    []string{"Ana Ruiz|President|Chile"},
			notRoles: []string{"Ana Ruiz|President|Japan"}},
		{name: "a republic's dateline keeps its own president",
			doc:   textDoc("SANTIAGO, May 3 – President Ana Ruiz received Thai Prime Minister Somchai Wongsa in Santiago on Friday."),
			roles: []string{"Ana Ruiz|President|Chile", "Somchai Wongsa|Prime Minister|Thailand"}},
	})
}

// Offices of royal courts and of a monarch's command: "Deputy Supreme
// Commander of the X Armed Forces" after "Crown Prince and", "Supreme
// Commander of the Armed Forces", "chief of the Amiri Diwan" in lower case.
func TestCourtAndCommandOffices(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a second office after the heir's title",
			doc:   textDoc("The visitor then called on Sheikh Hamad bin Ali Al Mansoori, the Crown Prince and Deputy Supreme Commander of the Kuwait Armed Forces, at the palace."),
			roles: []string{"Hamad bin Ali Al Mansoori|Crown Prince|Kuwait", "Hamad bin Ali Al Mansoori|Deputy Supreme Commander of the Kuwait Armed Forces|Kuwait"}},
		{name: "the monarch's command after his name",
			doc:   textDoc("King Hamad Al Salem, Supreme Commander of the Armed Forces, received the envoy in Manama."),
			roles: []string{"Hamad Al Salem|Supreme Commander of the Armed Forces|"}},
		{name: "the head of an emir's court, in lower case",
			doc:   textDoc("The Emir was accompanied by his chief of the Amiri Diwan, Sheikh Ali bin Saad Al Thani, and other officials."),
			roles: []string{"Ali bin Saad Al Thani|Chief of the Amiri Diwan|"}},
	})
}

// One who met only the host's officials, in a report of no known outlet,
// is the guest: of the dateline's country where it is not the host's, else
// of the one other country the document names most; with none named, the
// meeting was at home. Military chiefs are offices too.
func TestGuestOfTheHostsOfficial(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a wire's dateline names the guest's capital",
			doc:   textDoc("Santiago, 29 September /AGENCY/ - Deputy Prime Minister for Energy Ana Torres today met Deputy Prime Minister of Peru Luis Ortega. The meeting took place in Lima."),
			roles: []string{"Ana Torres|Deputy Prime Minister for Energy|Chile", "Luis Ortega|Deputy Prime Minister|Peru"}},
		{name: "no dateline: the other country the text names",
			doc:   textDoc("Minister of Energy Ana Torres today met Foreign Minister of Peru Luis Ortega in Lima. Chile and Peru signed a deal on energy."),
			roles: []string{"Ana Torres|Minister of Energy|Chile", "Luis Ortega|Minister of Foreign Affairs|Peru"}},
		{name: "one who met only the host's president, no other country named: at home",
			doc:   textDoc("Kenyan President Daniel Otieno met Lt. Gen. Paul Kiprop, the army commander, in Nairobi on Monday."),
			roles: []string{"Paul Kiprop|Commander of the Army|Kenya"}},
		{name: "one who met the guest is the host's",
			doc:   textDoc("Minister of Energy Ana Torres today met Foreign Minister of Chile Luis Ortega in Lima. Chile and Peru signed a deal on energy."),
			roles: []string{"Ana Torres|Minister of Energy|Peru", "Luis Ortega|Minister of Foreign Affairs|Chile"}},
	})
}

// "A hosted his counterpart from Z, President B": B is of Z, and A is not,
// whatever a guess from the rest of the document says.
func TestCounterpartFromACountry(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "the appositive title after 'counterpart from Z'",
			doc:   textDoc("President Daniel Otieno hosted his counterpart from Zambia, President Hakainde Mwila, at State House Nairobi on Monday."),
			roles: []string{"Daniel Otieno|President|Kenya", "Hakainde Mwila|President|Zambia"}},
		{name: "the appositive title after 'counterpart from the Z'",
			doc:   textDoc("Prime Minister Ana Torres received her counterpart from the Philippines, Prime Minister Luis Ortega, in Lima on Monday."),
			roles: []string{"Ana Torres|Prime Minister|Peru", "Luis Ortega|Prime Minister|Philippines"}},
		{name: "no other country known: the host is not of Z",
			doc:      textDoc("President Daniel Otieno hosted his counterpart from Zambia, President Hakainde Mwila, at the state house on Monday."),
			roles:    []string{"Hakainde Mwila|President|Zambia"},
			notRoles: []string{"Daniel Otieno|President|Zambia"}},
	})
}

// "the President of X, A B, the Prime Minister of Y, C D, paid a visit":
// the name between two titles is the first one's, the second's holder is
// the name after it.
func TestTwoTitlesInApposition(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "at the invitation of one, the other visited",
			doc:   textDoc("At the invitation of the President of the Republic of Chile, Ana Torres, the Prime Minister of Malaysia, Luis Ortega, paid an official visit to Chile."),
			roles: []string{"Ana Torres|President|Chile", "Luis Ortega|Prime Minister|Malaysia"}},
		{name: "two ministers in apposition as the subject",
			doc:   textDoc("The Minister of Foreign Affairs of Kenya, Grace Wanjiru, and the Minister of Trade of Zambia, Peter Mwale, met in Nairobi."),
			roles: []string{"Grace Wanjiru|Minister of Foreign Affairs|Kenya", "Peter Mwale|Minister of Trade|Zambia"}},
	})
}

// "a delegation from X led by the Minister ..., Y": Y acts for X; and a
// month's name after a courtesy title is a given name.
func TestDelegationLedBy(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a delegation from a country led by a minister with a courtesy title",
			doc:   textDoc("Nairobi, 8 July 2024: President Daniel Otieno today received at State House a delegation from Zambia led by the Minister of Foreign Affairs, Hon. January Mwale."),
			roles: []string{"January Mwale|Minister of Foreign Affairs|Zambia", "Daniel Otieno|President|Kenya"}},
		{name: "a demonym's delegation headed by a minister",
			doc:   textDoc("NAIROBI, May 3 – President Daniel Otieno received a Zambian delegation headed by Trade Minister Mrs April Chisenga at State House."),
			roles: []string{"April Chisenga|Minister of Trade|Zambia", "Daniel Otieno|President|Kenya"}},
		{name: "a side represented by its head, the other side's head named after it",
			doc:   textDoc("NAIROBI, May 3 – Political consultations between Kenya and Zambia took place in Nairobi. The Kenyan side was represented by Foreign Minister Grace Wanjiru and the Zambian side by Deputy Foreign Minister Peter Mwale."),
			roles: []string{"Grace Wanjiru|Minister of Foreign Affairs|Kenya", "Peter Mwale|Deputy Minister of Foreign Affairs|Zambia"}},
		{name: "a delegation led by its head, the other delegation's head named after it",
			doc:   textDoc("LIMA, May 3 – Chile and Peru held talks in Lima. The Peruvian delegation was led by Trade Minister Luis Ortega, while the Chilean delegation by Deputy Trade Minister Ana Torres."),
			roles: []string{"Luis Ortega|Minister of Trade|Peru", "Ana Torres|Deputy Minister of Trade|Chile"}},
	})
}

// At a summit's sidelines the dateline's city is the summit's, not the
// outlet's: one whose title names no country stays without one.
func TestSummitGuestHasNoGuessedCountry(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "sidelines of a summit, agency style",
			doc:      textDoc("BRASILIA, July 5, 2025 - On the sidelines of the BRICS Summit, President Daniel Otieno held bilateral meetings with Prime Minister Arun Mehta of India and President Li Wen of China."),
			roles:    []string{"Arun Mehta|Prime Minister|India", "Li Wen|President|China"},
			notRoles: []string{"Daniel Otieno|President|Brazil"}},
		{name: "margins of an assembly, readout style",
			doc:      textDoc("Istanbul, 12 May 2025\n\nPrime Minister Ana Torres met President Luis Ortega of Chile on the margins of the Global Energy Forum."),
			roles:    []string{"Luis Ortega|President|Chile"},
			notRoles: []string{"Ana Torres|Prime Minister|Turkey"}},
	})
}

// "Minister A accompanied B": A came with B and is of B's side.
func TestAccompaniedIsOfTheLeadsSide(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "one minister accompanied the guest",
			doc:   textDoc("LIMA, May 3 – Chilean Foreign Minister Ana Torres held talks with Peruvian Foreign Minister Luis Ortega in Lima. Minister of Mining and Energy Jorge Vidal accompanied Torres."),
			roles: []string{"Jorge Vidal|Minister of Mining and Energy|Chile"}},
		{name: "two ministers accompanied the visiting minister",
			doc:   textDoc("LIMA, May 3 – Chilean Foreign Minister Ana Torres held talks with Peruvian Foreign Minister Luis Ortega in Lima. Trade Minister Jorge Vidal and Minister of State Rosa Pinto accompanied the visiting minister Torres."),
			roles: []string{"Jorge Vidal|Minister of Trade|Chile", "Rosa Pinto|Minister of State|Chile"}},
	})
}

// "I am pleased to welcome Prime Minister A to City": A is the guest, not
// of the country of the place A is welcomed to.
func TestWelcomedGuestIsNotOfThePlace(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "welcomed to the host's city in a transcript",
			doc:      textDoc("CHANCELLOR ANNA WEBER: I am pleased to welcome Prime Minister Jan Kowal to Berlin. Poland is our neighbour."),
			roles:    []string{"Jan Kowal|Prime Minister|Poland"},
			notRoles: []string{"Jan Kowal|Prime Minister|Germany"}},
		{name: "welcomed to the host's country in a readout",
			doc:      textDoc("President Daniel Otieno welcomed Prime Minister Luis Ortega to Kenya on Monday. The two leaders discussed trade between Kenya and Peru."),
			roles:    []string{"Daniel Otieno|President|Kenya", "Luis Ortega|Prime Minister|Peru"},
			notRoles: []string{"Luis Ortega|Prime Minister|Kenya"}},
	})
}

// "co-head of the commission on behalf of Y A": the side belongs to the
// name the title stands before, not to the person named earlier.
func TestOnBehalfBeforeTheName(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "co-head on behalf of a country, then the name",
			doc:   textDoc("Santiago, 29 September /AGENCY/ - Deputy Prime Minister for Energy Ana Torres today met Deputy Prime Minister of Peru and Minister of Mining, co-head of the commission on behalf of Peru Luis Ortega. The meeting took place in Lima."),
			roles: []string{"Ana Torres|Deputy Prime Minister for Energy|Chile", "Luis Ortega|Deputy Prime Minister|Peru", "Luis Ortega|Minister of Mining|Peru"}},
		{name: "a signer named before on behalf of a country",
			doc:   textDoc("LIMA, May 3 – Trade Minister Ana Torres signed the agreement on behalf of Chile after talks with Peruvian Foreign Minister Luis Ortega."),
			roles: []string{"Ana Torres|Minister of Trade|Chile", "Luis Ortega|Minister of Foreign Affairs|Peru"}},
	})
}

// An office that serves the head of state or government ("Adviser to the
// President") is the holder's whole title, written before the name too; the
// head's office after "to the" is nobody's.
func TestOfficeToTheHead(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "senior adviser to the president, then the name",
			doc:      textDoc("NAIROBI, May 3 – Kenyan President Daniel Otieno met Zambian President Hakainde Mwila. Senior Adviser to the President John Mbeki attended the talks."),
			roles:    []string{"John Mbeki|Senior Adviser to the President|Kenya"},
			notRoles: []string{"John Mbeki|President|"}},
		{name: "assistant to the prime minister in a list",
			doc:      textDoc("NAIROBI, May 3 – Kenyan Prime Minister Daniel Otieno met Zambian President Hakainde Mwila. The delegation included Head of the Presidential Administration Oleg Petrenko, Assistant to the Prime Minister John Mbeki and Foreign Minister Ana Torres."),
			roles:    []string{"John Mbeki|Assistant to the Prime Minister|Kenya", "Oleg Petrenko|Head of the Presidential Administration|"},
			notRoles: []string{"John Mbeki|Prime Minister|", "Oleg Petrenko|Assistant|"}},
		{name: "chief of staff to the prime minister, appositive",
			doc:      textDoc("NAIROBI, May 3 – Kenyan Prime Minister Daniel Otieno met Zambian President Hakainde Mwila. Also present was the Chief of Staff to the Prime Minister, Ms. Grace Wanjiru."),
			roles:    []string{"Grace Wanjiru|Chief of Staff to the Prime Minister|Kenya"},
			notRoles: []string{"Grace Wanjiru|Prime Minister|"}},
		{name: "head of the prime minister's office before the name",
			doc:      textDoc("NAIROBI, May 3 – Kenyan Prime Minister Daniel Otieno met Zambian President Hakainde Mwila. Head of the Prime Minister's Office Peter Kamau attended."),
			roles:    []string{"Peter Kamau|Head of the Office of the Prime Minister|Kenya"},
			notRoles: []string{"Peter Kamau|Prime Minister|"}},
	})
}

// "County", "Oblast", "Prefecture" end a region's name inside a title: the
// word is the region's, not the holder's given name, nor a person.
func TestRegionWordsInTitles(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "governor of a county before the name",
			doc:   textDoc("NAIROBI, May 3 – Zambian President Hakainde Mwila met the Governor of Nakuru County Mary Phiri on Monday."),
			roles: []string{"Mary Phiri|Governor of Nakuru County|Kenya"},
			not:   []string{"County Mary Phiri"}},
		{name: "governor of a county after the name",
			doc:   textDoc("NAIROBI, May 3 – Zambian President Hakainde Mwila met Mary Phiri, Governor of Kisumu County, in Kisumu on Monday."),
			roles: []string{"Mary Phiri|Governor of Kisumu County|Kenya"},
			not:   []string{"County"}},
	})
}

// A local office names its place ("Mayor of City", "Governor of X State"):
// the place's country is the holder's, whoever the report is about; an
// ambassador in a city is not of the city's country.
func TestLocalOfficeCountry(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "mayor of a city of another country than the guest's",
			doc:   textDoc("Zambian President Hakainde Mwila met Mayor of Nairobi Mary Phiri on Monday."),
			roles: []string{"Mary Phiri|Mayor of Nairobi|Kenya"}},
		{name: "governor of a region of the tables",
			doc:   textDoc("Kenyan President Daniel Otieno met Governor of Lagos State Musa Adamu on Monday."),
			roles: []string{"Musa Adamu|Governor of Lagos State|Nigeria"}},
		{name: "an ambassador in a city",
			doc:   textDoc("Kenyan President Daniel Otieno met French Ambassador in Lusaka Pierre Dubois on Monday."),
			roles: []string{"Pierre Dubois|Ambassador in Lusaka|France"}},
	})
}

// An outlet named for its country ("The Tonga Herald") reports its own
// leader abroad without naming the country: the untitled one who met the
// host is of the outlet's country, not of another the text mentions.
func TestOutletNamedForItsCountry(t *testing.T) {
	for _, tc := range []struct{ source, text, want string }{
		{"The Tonga Herald", "\"A very productive meeting with Fiji PM Rabuka,\" Hon Lavaka said after the talks in Nadi. Kiribati and the Micronesian members will rejoin the forum.", "Fiji|Tonga"},
		{"Samoa Daily News", "Hon Tuilaepa met Australian Prime Minister Jane Cole in Canberra on Monday. The Micronesian and Melanesian members were absent.", "Australia|Samoa"},
	} {
		f := extractDocs(t, fact.Document{Name: "a.txt", Source: tc.source, Date: "2023-02-24", Text: tc.text})[0]
		var got []string
		for _, p := range f.Partners {
			got = append(got, p.A+"|"+p.B)
		}
		if strings.Join(got, ";") != tc.want {
			t.Errorf("%s: partners %q, want %s", tc.source, got, tc.want)
		}
	}
}

// Words of rank or scope before an office belong to the title: "Chief
// Spokesperson", "International Spokesperson", "Special Envoy".
func TestTitleQualifiers(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "international spokesperson, in lower case, before the name",
			doc:   textDoc("\"The two leaders met this morning,\" International spokesperson for the Cabinet Office of the Prime Minister Ivan Horvat said."),
			roles: []string{"Ivan Horvat|International Spokesperson for the Cabinet Office of the Prime Minister|"}},
		{name: "chief spokesperson after the name",
			doc:   textDoc("NAIROBI, May 3 – Grace Wanjiru, Chief Spokesperson of the Government of Kenya, said the talks went well."),
			roles: []string{"Grace Wanjiru|Chief Spokesperson of the Government|Kenya"}},
	})
}

// A member of a collegial executive is titled so ("Federal Councillor"):
// the title is an office, not a given name.
func TestCollegialExecutiveTitle(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "before the name, dateline of the capital",
			doc:   textDoc("BERN, 3 March 2024 - Swiss Federal Councillor Anna Weber met Ukrainian President Ivan Petrenko today."),
			roles: []string{"Anna Weber|Federal Councillor|Switzerland", "Ivan Petrenko|President|Ukraine"}},
		{name: "after the name, American spelling",
			doc:   textDoc("Anna Weber, the Swiss Federal Councilor for foreign affairs, received Ukrainian President Ivan Petrenko in Bern."),
			roles: []string{"Anna Weber|Federal Councillor|Switzerland"}},
	})
}

// A long portfolio with no comma before its holder: "in City" after the
// name is where, not part of the post, and the fields of a known portfolio
// after "and" are the title's, the name words after them the holder's.
func TestLongPortfolioThenHolder(t *testing.T) {
	runPersonCases(t, []personCase{
		{name: "a compound portfolio, a three-word name, then the city",
			doc:     textDoc("NAIROBI, March 4, 2024 — Kenyan Foreign Minister Grace Wanjiru met Ghana's Minister for Foreign Affairs and Regional Integration Abena Ama Owusu in Nairobi on Monday."),
			persons: []string{"Abena Ama Owusu", "Grace Wanjiru"},
			roles:   []string{"Abena Ama Owusu|Minister for Foreign Affairs and Regional Integration|Ghana"}},
		{name: "a two-word name, then the city and no day",
			doc:     textDoc("Zambia's Minister of Lands and Natural Resources Peter Mwale held talks in Lusaka with Kenyan Foreign Minister Grace Wanjiru. Zambian Minister of Agriculture and Rural Development Elijah Banda met her in Lusaka."),
			persons: []string{"Elijah Banda", "Grace Wanjiru", "Peter Mwale"}},
		{name: "an ambassador in a capital goes on to its holder",
			doc:   textDoc("Kenya's Ambassador in Beijing Peter Mwale met Chinese officials."),
			roles: []string{"Peter Mwale|Ambassador in Beijing|Kenya"}},
	})
}
