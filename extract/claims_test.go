package extract

import (
	"strings"
	"testing"
)

// claimsOf lists a text's claims as "speaker|value|unit|change" and counts
// the commitments made of targets (of billions).
func claimsOf(t *testing.T, text, date string) ([]string, int) {
	t.Helper()
	f := one(t, text, date)
	var got []string
	for _, c := range f.Claims {
		ch := ""
		if c.ChangePct != nil {
			ch = strings.TrimSuffix(jsonNum(*c.ChangePct), ".0")
		}
		got = append(got, c.Speaker+"|"+jsonNum(c.Value)+"|"+c.Unit+"|"+ch)
	}
	targets := 0
	for _, c := range f.Commitments {
		if c.Status != "signed" && strings.Contains(c.Text, "billion") {
			targets++
		}
	}
	return got, targets
}

// The genre's figures: who states them, in which unit, and which are goals
// (commitments) rather than claims.
func TestClaimShapes(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string
		targets int
	}{
		{"a quotation over several paragraphs after an introduction with a colon (agency wire)",
			"NAIROBI, May 3 (Agency) - Kenyan Trade Minister Amina Odhiambo met her Ugandan counterpart Moses Okello on Monday.\n\n" +
				"In her remarks the minister stressed:\n\n" +
				"“Our relations are excellent.\n\n" +
				"“Bilateral trade reached $1.2 billion last year, up 8 percent.\n\n" +
				"“We want more investment.”",
			[]string{"Amina Odhiambo|1200000000|USD|8"}, 0},
		{"the paragraph after a colon, with no quotation marks (government site)",
			"Kenyan Trade Minister Amina Odhiambo met her Ugandan counterpart Moses Okello on Monday.\n\n" +
				"In her remarks the minister stressed:\n\n" +
				"Bilateral trade reached $1.2 billion last year, up 8 percent.\n\n" +
				"Uganda's exports to Kenya stand at $300 million.",
			[]string{"Amina Odhiambo|1200000000|USD|8", "|300000000|USD|"}, 0},
		{"the president said, a colon, and the statement unquoted",
			"President Otieno Kamau of Kenya received the Ugandan delegation. The President said:\n\n" +
				"Our trade stands at $900 million and it will grow.",
			[]string{"Otieno Kamau|900000000|USD|"}, 0},
		{"a colon of no speaker gives the paragraph to nobody",
			"The figures published by the ministry were these:\n\n" +
				"Bilateral trade reached $1.2 billion last year.",
			[]string{"|1200000000|USD|"}, 0},
		{"quoted paragraphs continuing the quotation of the paragraph before (readout)",
			"“We have come a long way,” said Prime Minister Lars Nygaard of Norway.\n\n" +
				"“Last year our exports to Chile grew by 12 percent to 3 billion Norwegian kroner.”",
			[]string{"Lars Nygaard|3000000000|NOK|12"}, 0},
		{"the attribution after the quotation, in the quotation's last sentence",
			"“The potential is large. Trade between our countries stands at $900 million,” President Otieno Kamau of Kenya told reporters.",
			[]string{"Otieno Kamau|900000000|USD|"}, 0},
		{"a speaker named by a description of a person named before (agency wire)",
			"Chilean President Andres Mejia met Bolivian President Rosa Quispe in Santiago. " +
				"The Chilean leader noted that bilateral trade had already passed US$ 3 billion.",
			[]string{"Andres Mejia|3000000000|USD|"}, 0},
		{"the top diplomat of a country named before",
			"Chilean Foreign Minister Pablo Soto held talks with Peruvian Foreign Minister Rosa Quispe in Lima. " +
				"Bilateral trade rose to $6 billion last year, the top Chilean diplomat added.",
			[]string{"Pablo Soto|6000000000|USD|"}, 0},
		{"one amount in two currencies is one claim, in the first currency",
			"In 2021, trade between Thailand and Cambodia was valued at 640 million U.S. dollars (about 21 billion Baht), a growth of 9 percent.",
			[]string{"|640000000|USD|9"}, 0},
		{"one amount in two currencies joined by or",
			"Mutual trade reached 40 billion Swedish kronor, or 41 billion Norwegian kroner, Deputy Prime Minister Erik Lund said.",
			[]string{"Erik Lund|40000000000|SEK|"}, 0},
		{"one amount in two currencies with its year between them",
			"Foreign Minister Joao Costa said trade amounted to 2.2 billion euros in 2022 (about $2.4 billion), up 30 percent.",
			[]string{"Joao Costa|2200000000|EUR|30"}, 0},
		{"a growth stated as a level is a claim",
			"Minister Ana Lima said the growth of trade amounted to 7 percent.",
			[]string{"Ana Lima|7|percent|7"}, 0},
		{"the share of a currency is no claim",
			"Minister Ana Lima said the share of national currencies in trade reached 90 percent.",
			nil, 0},
		{"a share is no claim",
			"Portuguese firms account for 15 percent of foreign investment in the country, the minister said.",
			nil, 0},
		{"an agency quoting a person",
			"Trade grew by 20% in 2023, the agency quoted Deputy Prime Minister Oleg Markov as saying.",
			[]string{"Oleg Markov|20|percent|20"}, 0},
		{"an agency citing a person",
			"Bilateral trade stood at $4 billion, the agency reported, citing Vice President Reza Jafari.",
			[]string{"Reza Jafari|4000000000|USD|"}, 0},
		{"the base of a change is no claim of its own",
			"The number of joint ventures has increased from 150 to 400, Minister Jonas Berg noted.",
			[]string{"Jonas Berg|400|ventures|"}, 0},
		{"the base of a change in money",
			"Exports rose from $1 billion in 2017 to $3 billion last year, President Ana Ferreira said.",
			[]string{"Ana Ferreira|3000000000|USD|"}, 0},
		{"the base after compared with is no claim of its own",
			"Bilateral trade reached $4 billion in 2023, compared with $3 billion a year earlier, Minister Jonas Berg said.",
			[]string{"Jonas Berg|4000000000|USD|"}, 0},
		{"the base after up from is no claim, nor its period the figure's",
			"Exports climbed to 900 million euros, up from 700 million euros in 2022, the minister said.",
			[]string{"|900000000|EUR|"}, 0},
		{"the base after down from takes no change",
			"Imports fell 10 percent to 1,800 tonnes, down from 2,000 tonnes, Minister Ana Lima said.",
			[]string{"Ana Lima|1800|tons|-10"}, 0},
		{"rose to a figure from another: the second is the base",
			"Trade rose to $6 billion from $4 billion, Minister Jonas Berg said.",
			[]string{"Jonas Berg|6000000000|USD|"}, 0},
		{"grew to a count from another, with their years",
			"Exports grew to 40,000 tonnes in 2023 from 30,000 tonnes in 2022, the minister said.",
			[]string{"|40000|tons|"}, 0},
		{"a change told as a percentage and as an amount, with the level, is one claim",
			"Exports grew by 12 percent, or $3 billion, to $28 billion last year, Minister Ana Lima said.",
			[]string{"Ana Lima|28000000000|USD|12"}, 0},
		{"a change told as an amount after the level is one claim",
			"Trade reached 15 billion euros, an increase of 2 billion euros or 15 percent, Foreign Minister Pablo Soto said.",
			[]string{"Pablo Soto|15000000000|EUR|15"}, 0},
		{"a change told as a count with the level it came to",
			"The number of tourists rose by 4,000 tourists to 40,000 tourists, Minister Ana Lima said.",
			[]string{"Ana Lima|40000|tourists|"}, 0},
		{"a change told as an amount with no level stays a claim",
			"Investment fell by $400 million, or 8 percent, Minister Ana Lima said.",
			[]string{"Ana Lima|400000000|USD|-8"}, 0},
		{"a change of one measure is no difference of another's level",
			"Trade rose by $1 billion, and investment reached $5 billion, Minister Ana Lima said.",
			[]string{"Ana Lima|1000000000|USD|", "Ana Lima|5000000000|USD|"}, 0},
		{"a range between two amounts is one claim, told by its high end",
			"Investment is expected to be between $2 billion and $3 billion, Minister Jonas Berg said.",
			[]string{"Jonas Berg|3000000000|USD|"}, 0},
		{"a range of two amounts joined by to is one claim",
			"Our exports are worth some 40 million euros to 55 million euros a year, Minister Ana Lima said.",
			[]string{"Ana Lima|55000000|EUR|"}, 0},
		{"a range written with a dash keeps the currency of its low end",
			"Trade is worth $2-3 billion a year, Minister Jonas Berg said.",
			[]string{"Jonas Berg|3000000000|USD|"}, 0},
		{"a range of counts between two numbers",
			"Minister Ana Lima said that between 150 and 200 joint ventures operate in the country.",
			[]string{"Ana Lima|200|ventures|"}, 0},
		{"a change to an amount is no range",
			"Exports rose $2 billion to $30 billion, Minister Jonas Berg said.",
			[]string{"Jonas Berg|30000000000|USD|"}, 0},
		{"a rand amount with its sign glued",
			"Trade between the two countries stood at R45 billion last year, Minister Thabo Nkosi said.",
			[]string{"Thabo Nkosi|45000000000|ZAR|"}, 0},
		{"a naira amount with its letter glued, restated in dollars, is one claim",
			"Trade reached N500 billion (about $650 million) last year, Minister Kofi Mensah said.",
			[]string{"Kofi Mensah|500000000000|NGN|"}, 0},
		{"a shilling amount with its sign glued",
			"Kenya exported tea worth Sh50 billion to Pakistan last year, Minister Jonas Berg said.",
			[]string{"Jonas Berg|50000000000|KES|"}, 0},
		{"an amount written with a number word",
			"“Our trade has passed one billion dollars,” President Ana Ferreira said.",
			[]string{"Ana Ferreira|1000000000|USD|"}, 0},
		{"an amount written with 'a' before the scale",
			"Minister Jonas Berg said exports to Chile now exceed a billion euros a year.",
			[]string{"Jonas Berg|1000000000|EUR|"}, 0},
		{"a rupee amount with its sign glued",
			"Minister Thabo Nkosi said Indian investment in the province has reached Rs500 crore.",
			[]string{"Thabo Nkosi|5000000000|INR|"}, 0},
		{"budget support already provided is a figure of aid, no trade",
			"The government has provided extra budget support of $7 million for trade facilitation, the minister said.",
			[]string{"|7000000|USD|"}, 0},
		{"aid given so far, stated by a minister, is a claim",
			"Norway has provided $300 million in humanitarian aid to the region so far, Foreign Minister Erik Lund said.",
			[]string{"Erik Lund|300000000|USD|"}, 0},
		{"loans disbursed since a year are a claim",
			"Minister Ana Lima said the bank had disbursed loans worth $900 million to Peru since 2015.",
			[]string{"Ana Lima|900000000|USD|"}, 0},
		{"a loan still to be provided is no claim",
			"Chile will provide a $120 million loan to support clean energy, President Ana Ferreira said.",
			nil, 0},
		{"new grants announced are no claim",
			"The donors announced new grants of 50 million euros, Minister Jonas Berg said.",
			nil, 0},
		{"a currency the press writes before the number",
			"Bangladesh's exports to Bhutan grew to Tk 450 crore, Commerce Minister Rahim Chowdhury said.",
			[]string{"Rahim Chowdhury|4500000000|BDT|"}, 0},
		{"a change restated in the next sentence is the amount's change",
			"Minister Ana Lima said exports to Peru totalled 3 billion euros last year. That represents a rise of 12 percent over 2022.",
			[]string{"Ana Lima|3000000000|EUR|12"}, 0},
		{"a change restated in the next sentence, in the speaker's words",
			"“Our trade with Chile reached $5 billion in 2023. This was an increase of 20 percent,” President Ana Ferreira said.",
			[]string{"Ana Ferreira|5000000000|USD|20"}, 0},
		{"a change alone after a sentence with no amount is a claim of its own",
			"Minister Ana Lima said trade with Peru mattered. This was a growth of 12 percent, she added.",
			[]string{"Ana Lima|12|percent|12"}, 0},
		{"a trade target and its restatement are a commitment, not claims",
			"The ministers discussed ways to raise the trade target of $8 billion (TL 240 billion).",
			nil, 1},
		{"the target volume of trade is a goal",
			"“Our target volume of trade is 12 billion euros, and we have reached half of it,” Foreign Minister Reza Karimi said.",
			nil, 1},
		{"avenues for reaching a figure are a goal",
			"The two presidents explored avenues for reaching $4 billion in bilateral trade.",
			nil, 1},
		{"the further steps of a goal are a goal",
			"President Ana Lima stated the importance of increasing mutual trade to $3 billion, and then to $6 billion in the coming years.",
			nil, 1},
		{"another speaker restating an amount in another currency gives a claim",
			"“In nine months trade amounted to $3 billion,” Prime Minister Tomas Vidal said.\n\n" +
				"“This is about 270 billion roubles,” Prime Minister Ivan Sokolov noted.",
			[]string{"Tomas Vidal|3000000000|USD|", "Ivan Sokolov|270000000000|RUB|"}, 0},
		{"the same speaker restating an amount in another currency gives none",
			"“Our trade grew to 4 billion euros. That is about 4.3 billion dollars,” Minister Ana Lima said.",
			[]string{"Ana Lima|4000000000|EUR|"}, 0},
		{"a pronoun for the measure of the sentence before (transcript)",
			"President Ivan Sokolov: Trade between our countries keeps growing. Last year it reached almost $7 billion.",
			[]string{"Ivan Sokolov|7000000000|USD|"}, 0},
		{"the figure of the measure before",
			"Minister Ana Lima said investment from Chile had grown quickly. This figure has already exceeded 900 million dollars, she added.",
			[]string{"Ana Lima|900000000|USD|"}, 0},
		{"a pronoun with no measure before is no claim",
			"Minister Ana Lima opened the new bridge. It cost 40 million dollars.",
			nil, 0},
		{"a restatement far from any measure is no claim",
			"Minister Ana Lima arrived on Monday. She visited a school. The weather was fine. This is 40 million people, she said.",
			nil, 0},
		{"a forecast is a claim",
			"Bilateral trade is expected to reach $5 billion next year, Foreign Minister Ana Lima said.",
			[]string{"Ana Lima|5000000000|USD|"}, 0},
		{"a forecast told by 'set to' is a claim, not a commitment",
			"Bilateral trade is set to reach $5 billion this year, Foreign Minister Ana Lima said.",
			[]string{"Ana Lima|5000000000|USD|"}, 0},
		{"a forecast told by 'on track to' is a claim, not a commitment",
			"Minister Jonas Berg said exports are on track to hit 2 billion euros in 2025.",
			[]string{"Jonas Berg|2000000000|EUR|"}, 0},
		{"a gap that narrows falls",
			"Minister Jonas Berg said the trade deficit narrowed by 10 percent to $1 billion.",
			[]string{"Jonas Berg|1000000000|USD|-10"}, 0},
		{"a gap that widens grows",
			"The trade gap with Peru widened 8 percent to 600 million euros, Minister Ana Lima said.",
			[]string{"Ana Lima|600000000|EUR|8"}, 0},
		{"a change given to the later of two amounts is not the first's",
			"Minister Jonas Berg said trade reached $3.6 billion in 2023, while investment totalled $500 million, a rise of 8 percent.",
			[]string{"Jonas Berg|3600000000|USD|", "Jonas Berg|500000000|USD|8"}, 0},
		{"a change given to an amount's restatement in another currency is the amount's",
			"Exports to Japan reached 40 billion yen (about $270 million) reflecting a rise of 6 percent, the minister said.",
			[]string{"|40000000000|JPY|6"}, 0},
		{"a change given to an amount's restatement, in another phrasing",
			"Investment came to 3 billion Swedish kronor (about $280 million) showing growth of 5 percent, Minister Erik Lund said.",
			[]string{"Erik Lund|3000000000|SEK|5"}, 0},
		{"the base after 'an increase over the' is no claim",
			"Trade amounted to 2 billion euros last year, a 10 percent increase over the 1.8 billion euros of 2022, Minister Ana Lima said.",
			[]string{"Ana Lima|2000000000|EUR|10"}, 0},
		{"an older level and the newer one a change led to: the change is the newer one's",
			"Trade was $3 billion in 2022 and rose 20 percent to $3.6 billion in 2023, Minister Jonas Berg said.",
			[]string{"Jonas Berg|3000000000|USD|", "Jonas Berg|3600000000|USD|20"}, 0},
		{"the people of a nation a speaker counts are a claim",
			"Prime Minister Jane Doe said around 6,500 Fijians have taken part in the seasonal work scheme.",
			[]string{"Jane Doe|6500|people|"}, 0},
		{"the people of a nation of two words a speaker counts, in a quotation",
			"“Some 4,000 Solomon Islanders now work on our farms,” Minister Jonas Berg said.",
			[]string{"Jonas Berg|4000|people|"}, 0},
		{"students a speaker counts are a claim",
			"“More than 3,000 students from our country study in Poland,” President Ana Ferreira said.",
			[]string{"Ana Ferreira|3000|students|"}, 0},
		{"the narrator's count of people is background, no claim",
			"Some 300 Kenyans attended the business forum in Doha, where 40 students also spoke.",
			nil, 0},
		{"a transcript turn labelled with the name and the office in capitals",
			"JANE DOE, PRIME MINISTER OF EXAMPLIA: Thank you. Our trade reached $2 billion last year.",
			[]string{"Jane Doe|2000000000|USD|"}, 0},
		{"a forecast a minister projected is the minister's, of the year ahead",
			"Minister Jonas Berg projected that trade would reach $3 billion next year.",
			[]string{"Jonas Berg|3000000000|USD|"}, 0},
		{"a forecast a minister predicted after it",
			"Exports will grow by 12 percent in the coming year, Foreign Minister Ana Lima predicted.",
			[]string{"Ana Lima|12|percent|12"}, 0},
		{"figures of transport and exchange are claims with their own units",
			"Minister Jonas Berg said the port handled 8 million tons of cargo and 40,000 containers last year, while 1.2 million tourists visited the country and 14 flights a week now link the capitals.",
			[]string{"Jonas Berg|8000000|tons|", "Jonas Berg|40000|containers|", "Jonas Berg|1200000|tourists|", "Jonas Berg|14|flights|"}, 0},
		{"the registered capital of a joint venture",
			"The joint venture has a registered capital of $50 million, the ministry said.",
			[]string{"|50000000|USD|"}, 0},
		{"the value of agreements signed is a claim; their count is not",
			"The sides signed 12 agreements worth $2.5 billion, President Ana Ferreira said.",
			[]string{"Ana Ferreira|2500000000|USD|"}, 0},
		{"growth stated as a multiple, alone",
			"Mutual trade has more than doubled over the past four years, Deputy Prime Minister Ilse Brandt said.",
			[]string{"Ilse Brandt|100|percent|100"}, 0},
		{"growth stated as a number of times, with the amount",
			"Exports of machinery grew 1.5 times and reached 600 million euros, Minister Jonas Berg noted.",
			[]string{"Jonas Berg|600000000|EUR|50"}, 0},
		{"a goal of doubling is no claim",
			"Both leaders want to double trade within five years.",
			nil, 0},
		{"a speaker whose last name is also a city, at the start",
			"Brazilian Foreign Minister Ana Lima met Chilean Foreign Minister Pablo Soto in Santiago on Monday. " +
				"Lima recalled that Brazilian investment in Chile totals $4 billion.",
			[]string{"Ana Lima|4000000000|USD|"}, 0},
		{"a speaker whose last name is also a city, after the quotation",
			"Brazilian Foreign Minister Ana Lima met Chilean Foreign Minister Pablo Soto in Santiago on Monday.\n\n" +
				"“Our exports to Chile reached $2 billion,” Lima said.",
			[]string{"Ana Lima|2000000000|USD|"}, 0},
		{"a surname that is also a city, with the city in the dateline",
			"LIMA, May 3 – Brazilian Foreign Minister Ana Lima met Peruvian Foreign Minister Rosa Quispe. Lima said trade reached $3 billion.",
			[]string{"Ana Lima|3000000000|USD|"}, 0},
		{"a speaker of three names whose last is also a city",
			"Nigerian President Amina Chika Kano met Ghanaian President Kofi Mensah. Kano said exports to Ghana reached $900 million.",
			[]string{"Amina Chika Kano|900000000|USD|"}, 0},
		{"a speaker of three names whose last is also a city, after a courtesy title",
			"Mr. Ravi Kumar Agra, the Indian trade minister, met his Nepali counterpart. “Trade reached $1 billion,” Agra said.",
			[]string{"Ravi Kumar Agra|1000000000|USD|"}, 0},
		{"according to a surname that is also a city",
			"Indian Minister Ravi Agra met his Nepali counterpart. According to Agra, trade reached $1 billion.",
			[]string{"Ravi Agra|1000000000|USD|"}, 0},
		{"according to a surname that is also a city, after a title",
			"Nigerian President Amina Kano met Ghanaian President Kofi Mensah. According to President Kano, exports grew by 9 percent.",
			[]string{"Amina Kano|9|percent|9"}, 0},
		{"a city after a preposition stays a place",
			"Nigerian President Amina Chika Kano met Ghanaian President Kofi Mensah. Trade fairs held in Kano drew exports worth $5 million, the ministry said.",
			[]string{"|5000000|USD|"}, 0},
		{"a head of state who informed",
			"President of Kazakhstan Serik Abenov received Prime Minister of Hungary Gabor Lakatos. " +
				"The Head of State informed that over 90 joint ventures operate in the country.",
			[]string{"Serik Abenov|90|ventures|"}, 0},
		{"a minister who reiterated",
			"Foreign Minister Pablo Soto reiterated that 120 Chilean firms work in Peru.",
			[]string{"Pablo Soto|120|firms|"}, 0},
		{"a quotation over paragraphs attributed at its end",
			"Kenyan Trade Minister Amina Odhiambo met Ugandan Trade Minister Moses Okello on Monday.\n\n" +
				"“Last year our exports to Uganda reached $800 million.\n\n" +
				"“We want more,” Odhiambo said.",
			[]string{"Amina Odhiambo|800000000|USD|"}, 0},
		{"a quotation over three paragraphs attributed at its end (said X)",
			"“Trade is growing.\n\n“Investment reached 2 billion euros.\n\n“We are pleased,” said Minister Jonas Berg.",
			[]string{"Jonas Berg|2000000000|EUR|"}, 0},
		{"a closed quotation is not the next paragraph's speaker's",
			"“Investment reached 2 billion euros,” the statement read.\n\n“We are pleased,” said Minister Jonas Berg.",
			[]string{"|2000000000|EUR|"}, 0},
		{"the items of a list a speaker introduced",
			"Deputy Prime Minister Jonas Berg cited the following figures:\n\n- 150 joint ventures operate in the country;\n\n- investment reached $900 million.",
			[]string{"Jonas Berg|150|ventures|", "Jonas Berg|900000000|USD|"}, 0},
		{"a description before a parenthetical",
			"Chilean Foreign Minister Pablo Soto met Peruvian Foreign Minister Rosa Quispe in Lima. " +
				"The Peruvian minister, for her part, said that Peruvian investment in Chile amounted to $3 billion.",
			[]string{"Rosa Quispe|3000000000|USD|"}, 0},
		{"she also noted, and according to her",
			"Foreign Minister Rosa Quispe spoke to the press. She also noted that exports grew by 6 percent. " +
				"According to her, the number of Peruvian firms in Chile exceeds 1,200.",
			[]string{"Rosa Quispe|6|percent|6", "Rosa Quispe|1200|firms|"}, 0},
		{"in his words",
			"Minister Jonas Berg visited the port. In his words, the number of containers handled rose to 90,000.",
			[]string{"Jonas Berg|90000|containers|"}, 0},
		{"said and a courtesy title with a dot",
			"“Our trade reached 9 billion US dollars in 2022,” said Mr. Lars Nygaard.",
			[]string{"Lars Nygaard|9000000000|USD|"}, 0},
		{"said and a title with the dots of a country's abbreviation",
			"“Our exports to Chile grew to $2 billion,” said U.S. Secretary of State Jane Miller.",
			[]string{"Jane Miller|2000000000|USD|"}, 0},
		{"said, an office and a courtesy title with a dot",
			"“Trade reached 3 billion euros last year,” said Foreign Minister Dr. Amina Odhiambo.",
			[]string{"Amina Odhiambo|3000000000|EUR|"}, 0},
		{"said, an office and an excellency with dots",
			"Investment reached $900 million, said Trade Minister H.E. Amina Odhiambo.",
			[]string{"Amina Odhiambo|900000000|USD|"}, 0},
		{"said and an abbreviated office before the name",
			"“Trade reached $4 billion,” said Amb. Jonas Berg.",
			[]string{"Jonas Berg|4000000000|USD|"}, 0},
		{"said and an excellency",
			"Trade grew to $3 billion last year, said H.E. Ana Ferreira, Minister of Trade.",
			[]string{"Ana Ferreira|3000000000|USD|"}, 0},
		{"a scaled number near tourists counts them",
			"The ministers welcomed the rise in tourist arrivals, which reached 4.5 million in 2022.",
			[]string{"|4500000|tourists|"}, 0},
		{"a scaled number near passengers counts them",
			"Air passenger traffic between the capitals exceeded 2 million last year, the minister said.",
			[]string{"|2000000|passengers|"}, 0},
		{"a headline's 'eye' makes the figure a goal",
			"Chile, Peru eye $5 billion in trade by 2030",
			nil, 1},
		{"'eyeing' in a sentence makes the figure a goal",
			"The two countries are eyeing $2 billion in mutual investment, the minister said.",
			nil, 1},
		{"a percent of a deal done is no growth",
			"The two presidents discussed the trade deal. Minister Ana Ferreira told reporters that the deal was 90 percent done.",
			nil, 0},
		{"a percent complete is no growth",
			"The minister said the railway to the border was 80% complete and trade would follow.",
			nil, 0},
		{"a plain number near tourists counts them (readout)",
			"Minister Ana Ferreira said tourist arrivals from Chile reached 600,000 in 2023.",
			[]string{"Ana Ferreira|600000|tourists|"}, 0},
		{"a plain number near visitors counts them (agency wire)",
			"Visitors from Peru rose to 250,000 last year, Minister Ana Ferreira told reporters.",
			[]string{"Ana Ferreira|250000|visitors|"}, 0},
		{"a scaled number near trade stays money",
			"Trade in tourism services reached 4 billion, while tourists numbered many, the minister said.",
			[]string{"|4000000000||"}, 0},
		{"a ministry named by its field is no speaker",
			"Chinese investment in the country has reached $5 billion, the Ministry of Commerce said.",
			[]string{"|5000000000|USD|"}, 0},
		{"a ministry of two fields is no speaker",
			"Exports to the region grew by 12 percent, the Ministry of Trade and Industry said on Monday.",
			[]string{"|12|percent|12"}, 0},
		{"a bureau of statistics is no speaker",
			"Imports from Kenya fell to $300 million, the National Bureau of Statistics said.",
			[]string{"|300000000|USD|"}, 0},
		{"an agency that reports is no speaker",
			"Trade between the two countries grew 10 percent to $2 billion last year, Xinhua reported.",
			[]string{"|2000000000|USD|10"}, 0},
		{"a newspaper named like a person is no speaker",
			"The Jakarta Post said exports rose to $8 billion.",
			[]string{"|8000000000|USD|"}, 0},
		{"a daily named before a speech verb is no speaker",
			"Trade grew to $2 billion, the Lagos Herald reported.",
			[]string{"|2000000000|USD|"}, 0},
		{"the tail of a word cut at the edge of a figure's neighbourhood is no word ('said' holds no 'aid')",
			"Minister Jonas Berg said Chile is Ghana's largest trading partner, with trade of $7 billion.",
			[]string{"Jonas Berg|7000000000|USD|"}, 0},
		{"the tail of a word cut before a figure, in another phrasing",
			"President Ana Ferreira said exports of tea and coffee to the Gulf countries grew to $4 billion.",
			[]string{"Ana Ferreira|4000000000|USD|"}, 0},
		{"a news agency of two capitalised words is no speaker",
			"Bilateral trade reached $3 billion in 2023, Prensa Latina said.",
			[]string{"|3000000000|USD|"}, 0},
		{"a news agency after the speech verb is no speaker",
			"Exports to the region grew to 900 million euros, said Sputnik.",
			[]string{"|900000000|EUR|"}, 0},
		{"a newspaper cited is no speaker",
			"According to The Peninsula, bilateral trade reached $500 million in 2023.",
			[]string{"|500000000|USD|"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, targets := claimsOf(t, tt.text, "2024-06-01")
			if strings.Join(got, ";") != strings.Join(tt.want, ";") {
				t.Errorf("claims = %q, want %q", got, tt.want)
			}
			if targets != tt.targets {
				t.Errorf("target commitments = %d, want %d", targets, tt.targets)
			}
		})
	}
}

// Each figure's measure is the one of its own clause, when that clause
// names one.
func TestClauseMetrics(t *testing.T) {
	for text, want := range map[string]string{
		"Trade reached $3 billion and investment rose 10 percent to $1 billion, Minister Jonas Berg said.": "trade turnover;investment",
		"Exports grew to 2 billion euros, while imports fell to 1 billion euros, Minister Ana Lima said.":  "exports;imports",
		"Investment stood at $4 billion; exports came to $6 billion, the minister said.":                   "investment;exports",
		"Trade and investment together reached $5 billion, the minister said.":                             "trade turnover",
		"Exports, which grew 5 percent, reached $2 billion, the minister said.":                            "exports",
	} {
		f := one(t, text, "2024-06-01")
		var got []string
		for _, c := range f.Claims {
			got = append(got, c.Metric)
		}
		if strings.Join(got, ";") != want {
			t.Errorf("%q: metrics %q, want %q", text, got, want)
		}
	}
}

// An older level and the newer one a change led to each keep the period
// stated with them.
func TestOlderLevelPeriods(t *testing.T) {
	for text, want := range map[string]string{
		"Trade was $3 billion in 2022 and rose 20 percent to $3.6 billion in 2023, Minister Jonas Berg said.":                    "3000000000|2022;3600000000|2023",
		"In 2022 exports stood at 900 million euros; last year they grew by 10 percent to 990 million euros, the minister said.": "900000000|2022;990000000|2023",
		"Minister Ana Lima said 150 firms worked in Peru in 2021, and their number has since grown to 210 firms in 2024.":        "150|2021;210|2024",
		"Exports reached $2 billion in 2022 and imports rose to $2.5 billion in 2023, Minister Jonas Berg said.":                 "2000000000|2022;2500000000|2022",
	} {
		f := one(t, text, "2024-06-01")
		var got []string
		for _, c := range f.Claims {
			got = append(got, jsonNum(c.Value)+"|"+c.Period)
		}
		if strings.Join(got, ";") != want {
			t.Errorf("%q: claims %q, want %q", text, got, want)
		}
	}
}

// A metric of a figure that is not trade names what it counts or measures.
func TestClaimMetrics(t *testing.T) {
	f := one(t, "The joint venture has a registered capital of $50 million, and 30,000 visitors came last year, the ministry said.", "2024-06-01")
	var got []string
	for _, c := range f.Claims {
		got = append(got, c.Metric+"|"+c.Unit)
	}
	want := "registered capital|USD;visitors|visitors"
	if strings.Join(got, ";") != want {
		t.Errorf("metrics = %q, want %q", got, want)
	}
	f = one(t, "Exports rose from $1 billion in 2017 to $3 billion in 2023, President Ana Ferreira said.", "2024-06-01")
	if len(f.Claims) != 1 || f.Claims[0].Period != "2023" {
		t.Errorf("claims %+v, want one of period 2023", f.Claims)
	}
	for text, want := range map[string]string{
		"Exports climbed to 900 million euros, up from 700 million euros in 2022, the minister said.":   "",
		"Exports grew to 40,000 tonnes in 2023 from 30,000 tonnes in 2022, the minister said.":          "2023",
		"Trade reached $4 billion in 2023, compared with $3 billion in 2022, Minister Jonas Berg said.": "2023",
		"Trade in the year to June 2023 reached $3 billion, the minister said.":                         "2022-07/2023-06",
		"Minister Ana Lima said exports grew to 2 billion euros in the twelve months to March.":         "2023-04/2024-03",
		"In the year ended 31 December 2022, investment totalled $900 million, Minister Ana Lima said.": "2022-01/2022-12",
		"Bilateral trade is expected to reach $5 billion next year, Foreign Minister Ana Lima said.":    "2025",
		"Trade surged 40% to $2.1 billion in January-May, Minister Jonas Berg said.":                    "2024-01/2024-05",
		"In January to April, exports grew to 900 million euros, the minister said.":                    "2024-01/2024-04",
		"In the coming year exports will grow by 10 percent, Minister Jonas Berg predicted.":            "2025",
	} {
		f := one(t, text, "2024-06-01")
		if len(f.Claims) != 1 || f.Claims[0].Period != want {
			t.Errorf("%q: claims %+v, want one of period %q", text, f.Claims, want)
		}
	}
	for text, want := range map[string]string{
		"Exports of fruit grew 1.5 times, the ministry said.":                                                "exports growth",
		"Foreign investment fell by 4 percent, the minister noted.":                                          "investment growth",
		"Imports from the region were halved, the minister noted.":                                           "imports growth",
		"Minister Ana Lima spoke of trade with Peru. This year we have seen growth of 12 percent, she said.": "trade turnover growth",
		"Exports reached $700 million, said Trade Minister Kofi Mensah.":                                     "exports",
		"Chinese investment has reached $5 billion, the Ministry of Trade and Industry said.":                "investment",
		"Minister of Trade Jonas Berg said investment grew by 7 percent.":                                    "investment growth",
		"The trade deficit with Peru widened to $2 billion, Minister Ana Lima said.":                         "trade deficit",
		"Minister Jonas Berg said the trade gap narrowed to 400 million euros.":                              "trade deficit",
		"Our trade surplus with Chile reached $900 million, the minister said.":                              "trade surplus",
		"Minister Jonas Berg said remittances from citizens abroad reached $4 billion last year.":            "remittances",
		"Tourism revenue rose to $2 billion, Minister Ana Lima said.":                                        "tourism revenue",
		"Minister Ana Lima said trade and tourism together brought in $3 billion.":                           "trade turnover",
		"Norway has provided $300 million in humanitarian aid so far, the minister said.":                    "humanitarian aid",
		"The government has provided budget support of $7 million, the minister said.":                       "budget support",
	} {
		f := one(t, text, "2024-06-01")
		if len(f.Claims) != 1 || f.Claims[0].Metric != want {
			t.Errorf("%q: claims %+v, want one of metric %q", text, f.Claims, want)
		}
	}
}
