package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// commitmentsOf lists a text's commitments as "status|text|due".
func commitmentsOf(t *testing.T, text, date string) []string {
	t.Helper()
	f := one(t, text, date)
	var got []string
	for _, c := range f.Commitments {
		got = append(got, c.Status+"|"+c.Text+"|"+c.Due)
	}
	return got
}

// The forms the genre states commitments in, each in two outlets'
// phrasings; the text stored is what was committed to.
func TestCommitmentShapes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"the sides decided to (readout)",
			"The sides decided to set up a joint working group on energy.",
			[]string{"agreed|set up a joint working group on energy|"}},
		{"the sides decided to (agency wire)",
			"ACCRA, May 2 (Agency) – Ghana and Togo have decided to reopen the border crossing at Aflao, officials said.",
			[]string{"agreed|reopen the border crossing at Aflao|"}},
		{"agreed today to (readout)",
			"The two leaders agreed today to build a new rail link between the two capitals.",
			[]string{"agreed|build a new rail link between the two capitals|"}},
		{"agreed on a weekday to (agency wire)",
			"LIMA, May 3 (Agency) – Chile and Peru agreed on Monday to reopen the border crossing at Tacna.",
			[]string{"agreed|reopen the border crossing at Tacna|"}},
		{"agreed to hold the next session in a city in a year",
			"The two ministers agreed to hold the next session of the joint commission in Accra in 2025.",
			[]string{"agreed|hold the next session of the joint commission in Accra in 2025|2025"}},
		{"agreeing that a thing will be done (news agency)",
			"Both sides praised the partnership, agreeing that visits of all levels will be facilitated to strengthen trust.",
			[]string{"agreed|visits of all levels will be facilitated to strengthen trust|"}},
		{"agreed that a thing would be done (readout)",
			"The ministers agreed that a joint working group on fisheries would be established.",
			[]string{"agreed|joint working group on fisheries would be established|"}},
		{"a hope of a nameable action stays a proposal",
			"I hope that we will complete our talks on the new port this year.",
			[]string{"proposed|complete our talks on the new port this year|2024"}},
		{"readiness that names an action stays a pledge",
			"Chile is ready to expand cooperation in energy and transport.",
			[]string{"pledged|expand cooperation in energy and transport|"}},
		{"plans were agreed to",
			"Plans were agreed to expand the port of Beira and to build a new rail link.",
			[]string{"agreed|expand the port of Beira and to build a new rail link|"}},
		{"two countries as the subject of will",
			"Chile and Peru will expand trade and investment in agriculture.",
			[]string{"agreed|expand trade and investment in agriculture|"}},
		{"one country as the subject of will is its pledge",
			"Japan will provide training for 200 Vietnamese nurses next year.",
			[]string{"pledged|provide training for 200 Vietnamese nurses next year|2025"}},
		{"would fund, reported",
			"Norway would fund a new fisheries laboratory in Valparaiso, the statement said.",
			[]string{"pledged|fund a new fisheries laboratory in Valparaiso|"}},
		{"undertook to",
			"Canada undertook to train 50 customs officers for Guatemala.",
			[]string{"pledged|train 50 customs officers for Guatemala|"}},
		{"vowed to",
			"The Prime Minister vowed to support Ghana's bid for the council seat.",
			[]string{"pledged|support Ghana's bid for the council seat|"}},
		// a pledge of a state: to remain in it, or of support without "to"
		{"vowed to remain",
			"The President vowed to remain engaged in the peace talks between the two neighbours.",
			[]string{"pledged|remain engaged in the peace talks between the two neighbours|"}},
		{"pledged to stay",
			"Ghana pledged to stay a reliable supplier of cocoa to Belgium.",
			[]string{"pledged|stay a reliable supplier of cocoa to Belgium|"}},
		{"pledged continued support",
			"Japan pledged continued support for the health sector of Vietnam.",
			[]string{"pledged|continued support for the health sector of Vietnam|"}},
		{"vowed its full backing",
			"Canada vowed its full and unwavering backing to the electoral commission of Haiti.",
			[]string{"pledged|its full and unwavering backing to the electoral commission of Haiti|"}},
		// the pledge as a noun, and the participle of a pledge
		{"a pledge to, after a soft commitment",
			"Both leaders came away with a commitment to deepen cooperation across key sectors and a pledge to boost resilience.",
			[]string{"pledged|boost resilience|"}},
		{"a pledge to, alone",
			"The envoys left Accra with a pledge to double cocoa shipments to Antwerp.",
			[]string{"pledged|double cocoa shipments to Antwerp|"}},
		{"pledging to",
			"Both member states opened the session, pledging to build on their trade links in fisheries.",
			[]string{"pledged|build on their trade links in fisheries|"}},
		{"vowing to",
			"The minister toured the new container terminal, vowing to expand grain shipments through Mombasa.",
			[]string{"pledged|expand grain shipments through Mombasa|"}},
		{"am ready to",
			"I am ready to discuss a much larger port partnership with Chile, the minister said.",
			[]string{"pledged|discuss a much larger port partnership with Chile|"}},
		// a need, an interest or a readiness the sides state together
		{"expressed keen interest to",
			"Peru and Chile expressed keen interest to take their trade in copper to new heights.",
			[]string{"agreed|take their trade in copper to new heights|"}},
		{"shared the need to",
			"The two ministers shared the need to cooperate on fighting piracy in the gulf.",
			[]string{"agreed|cooperate on fighting piracy in the gulf|"}},
		{"confirmed to (readout summary)",
			"The ministers confirmed to enhance coordination on maritime security.",
			[]string{"agreed|enhance coordination on maritime security|"}},
		{"confirmed to, after the talks' topics",
			"They discussed the floods in the south, and confirmed to work out a joint plan for disaster relief.",
			[]string{"agreed|work out a joint plan for disaster relief|"}},
		// carrying out a document signed before is a plan, no new signature
		{"agreed to act on the implementation of a treaty signed before",
			"They agreed to take firm follow-up action for the implementation of the Transit Treaty that was signed in March 2021.",
			[]string{"agreed|take firm follow-up action for the implementation of the Transit Treaty that was signed in March 2021|"}},
		{"a commitment to implementing a roadmap signed before",
			"Both leaders reaffirmed their commitment to implementing the energy roadmap signed in 2022.",
			[]string{"pledged|implementing the energy roadmap signed in 2022|"}},
		{"a month gone by, with its year, is no due date",
			"The ministers decided to speed up the implementation of the accord signed in February 2024.",
			[]string{"agreed|speed up the implementation of the accord signed in February 2024|"}},
		// a pledge made before a state visit: the visit dates it and is no part of it
		{"vowed to, ahead of a state visit",
			"The Prime Minister vowed to deepen energy ties with Vietnam ahead of his state visit to Hanoi.",
			[]string{"pledged|deepen energy ties with Vietnam|"}},
		{"pledged to, on the eve of a state visit",
			"The Emir pledged to build a new terminal at the port of Mombasa on the eve of a state visit to Nairobi.",
			[]string{"pledged|build a new terminal at the port of Mombasa|"}},
		{"a headline's pledge of more, before a state visit",
			"Ghana pledges more cocoa for Belgium before state visit",
			[]string{"pledged|more cocoa for Belgium|"}},
		{"promised fresh",
			"The minister promised fresh investment in the railway to the coast.",
			[]string{"pledged|fresh investment in the railway to the coast|"}},
		{"a state visit scheduled, in the clause before the pledge",
			"Ahead of a state visit that is scheduled for next week, the King vowed to expand cocoa imports from Ghana.",
			[]string{"pledged|expand cocoa imports from Ghana|"}},
		{"a weekday between the vow and its object dates no due",
			"Kenya's President vowed on Sunday to boost tea exports to Egypt ahead of a state visit to Cairo.",
			[]string{"pledged|boost tea exports to Egypt|"}},
		// a request named as the object of a pledge is no proposal of its own
		{"undertook to consider the request",
			"The Indian side undertook to consider the request for additional rice exports.",
			[]string{"pledged|consider the request for additional rice exports|"}},
		{"pledged to answer a request",
			"Brazil pledged to study the formal request from Bolivia for a new gas pipeline.",
			[]string{"pledged|study the formal request from Bolivia for a new gas pipeline|"}},
		// a call on others to act
		{"called on the private sectors to",
			"The ministers called on the private sectors of both countries to explore joint ventures in textiles.",
			[]string{"proposed|private sectors of both countries to explore joint ventures in textiles|"}},
		{"called upon businesses to",
			"The President called upon investors from Qatar to fund new solar farms.",
			[]string{"proposed|investors from Qatar to fund new solar farms|"}},
		// a year named by a part of it is the year due
		{"in the first half of a year",
			"The two sides agreed to convene the third session of the commission in Hanoi in the first half of 2025.",
			[]string{"agreed|convene the third session of the commission in Hanoi in the first half of 2025|2025"}},
		{"in early a year",
			"The ministers decided to launch the shipping line in early 2026.",
			[]string{"agreed|launch the shipping line in early 2026|2026"}},
		// more forms of a plan both sides agree
		{"agreed that their agents will",
			"We agreed that our ministers will draw up a roadmap for energy cooperation.",
			[]string{"agreed|our ministers will draw up a roadmap for energy cooperation|"}},
		{"agreed that a commission would",
			"The presidents agreed that the joint trade commission would meet twice a year in Lusaka.",
			[]string{"agreed|joint trade commission would meet twice a year in Lusaka|"}},
		{"reached consensus on",
			"The two sides reached consensus on building a cross-border economic zone.",
			[]string{"agreed|building a cross-border economic zone|"}},
		{"reached an understanding to",
			"The two sides reached an understanding to speed up talks on a free trade deal.",
			[]string{"agreed|speed up talks on a free trade deal|"}},
		{"agreed in principle to",
			"The sides agreed in principle to create a joint investment fund.",
			[]string{"agreed|create a joint investment fund|"}},
		{"welcomed the decision to",
			"Both leaders welcomed the decision to open a direct flight between the two capitals.",
			[]string{"agreed|open a direct flight between the two capitals|"}},
		{"hailed their joint decision on",
			"The ministers hailed their joint decision on lifting visa fees for students.",
			[]string{"agreed|lifting visa fees for students|"}},
		{"two countries plan to",
			"The two countries plan to double bilateral trade by 2028.",
			[]string{"agreed|double bilateral trade by 2028|2028"}},
		{"with plans to, a noun, stays a proposal",
			"Ghana and Togo discussed trade, with plans to raise it to $3 billion a year.",
			[]string{"proposed|raise it to $3 billion a year|"}},
		{"one country plans to",
			"Ghana plans to open an embassy in Seoul next year.",
			[]string{"pledged|open an embassy in Seoul next year|2025"}},
		// a document concluded is signed
		{"concluded an agreement",
			"The two leaders concluded an agreement on the avoidance of double taxation.",
			[]string{"signed|agreement on the avoidance of double taxation|"}},
		{"concluded three accords",
			"The ministers concluded three accords on fisheries, tourism and customs.",
			[]string{"signed|three accords on fisheries, tourism and customs|"}},
		// readiness by other words, and support assured
		{"is prepared to",
			"Russia is prepared to supply wheat and fertiliser to Kenya.",
			[]string{"pledged|supply wheat and fertiliser to Kenya|"}},
		{"are willing to",
			"Japanese firms are willing to help Vietnam modernise its ports.",
			[]string{"pledged|help Vietnam modernise its ports|"}},
		{"assured of continued support",
			"The Prime Minister assured his counterpart of Japan's continued support for reforms in Ukraine.",
			[]string{"pledged|Japan's continued support for reforms in Ukraine|"}},
		{"assured of full backing",
			"The Emir assured the President of full backing for the new port.",
			[]string{"pledged|full backing for the new port|"}},
		// a second predicate of the subject after "and" ends the text
		{"welcomed the signing of X and noted Y",
			"The leaders welcomed the signing of the Maritime Security Agreement in May and noted work towards its ratification.",
			[]string{"signed|Maritime Security Agreement in May|"}},
		{"agreed to X and discussed Y",
			"The ministers agreed to open a consulate in Kumasi and discussed the situation in the Sahel.",
			[]string{"agreed|open a consulate in Kumasi|"}},
		{"a headline's country to help another",
			"Japan to help Vietnam build a metro line in Hanoi",
			[]string{"pledged|help Vietnam build a metro line in Hanoi|"}},
		{"an invitation accepted is agreed",
			"The Prime Minister extended an invitation to his Slovak counterpart to visit Krakow, which was accepted.",
			[]string{"agreed|invitation to his Slovak counterpart to visit Krakow|"}},
		{"an invitation accepted, said the other way round",
			"President Rahim Chowdhury accepted the invitation to visit Kathmandu in March.",
			[]string{"agreed|invitation to visit Kathmandu in March|2025-03"}},
		{"an invitation is proposed",
			"President Ana Ferreira invited President Rosa Quispe to visit Chile next year.",
			[]string{"proposed|invited President Rosa Quispe to visit Chile next year|2025"}},
		{"the next session agreed, not just scheduled",
			"The sides agreed to convene the next session of the joint commission in October in Accra.",
			[]string{"agreed|convene the next session of the joint commission in October in Accra|2024-10"}},
		{"the next meeting to be held",
			"The 7th meeting of the commission will be held in Windhoek in 2026.",
			[]string{"agreed|7th meeting of the commission will be held in Windhoek in 2026|2026"}},
		{"the signing of agreements named in a prepositional phrase",
			"With the signing of three agreements on health, customs and tourism, the two governments opened a new chapter.",
			[]string{"signed|three agreements on health, customs and tourism|"}},
		{"the signing welcomed",
			"The leaders welcomed the signing of the Economic Partnership Agreement in March.",
			[]string{"signed|Economic Partnership Agreement in March|"}},
		{"an enumerated memorandum by its subject",
			"The first MoU was on the creation of a joint veterinary laboratory.",
			[]string{"signed|creation of a joint veterinary laboratory|"}},
		{"a signature in a reporting frame: the object only",
			"Prime Minister Andrew Clarke confirmed that Belize and Barbados signed a Memorandum of Understanding on customs cooperation on Monday.",
			[]string{"signed|Memorandum of Understanding on customs cooperation on Monday|"}},
		{"documents signed, by their subject, to the end of their clause",
			"Three Memorandums of Understanding were signed between Ghana and Togo on fisheries and transport, as both sides sought closer ties.",
			[]string{"signed|Three Memorandums of Understanding were signed between Ghana and Togo on fisheries and transport|"}},
		{"a signature whose object ends at a participle clause",
			"After the talks, the two ministers inked two accords in the fields of mining, water and housing, aimed at closer ties.",
			[]string{"signed|two accords in the fields of mining, water and housing|"}},
		{"called for an action",
			"The two leaders called for donors to fund a new school programme.",
			[]string{"proposed|donors to fund a new school programme|"}},
		{"a numbered readout",
			"2. The Prime Ministers agreed to deepen cooperation in renewable energy.",
			[]string{"agreed|deepen cooperation in renewable energy|"}},
		{"will continue to support",
			"She will continue to support Haiti in holding elections, the minister said.",
			[]string{"pledged|support Haiti in holding elections|"}},
		{"asked a country to",
			"President Otieno Kamau asked Bolivia to make use of the port of Arica.",
			[]string{"proposed|Bolivia to make use of the port of Arica|"}},
		{"a commitment to act",
			"Both leaders reaffirmed their commitment to deepen cooperation in fisheries.",
			[]string{"pledged|deepen cooperation in fisheries|"}},
		{"a deal signed by former leaders is history",
			"The pact is one of several accords which former presidents Ana Costa and Rui Alves signed in the 1990s.",
			[]string{"done|several accords which former presidents Ana Costa and Rui Alves signed in the 1990s|"}},
		// the noun phrase before a relative pronoun, over its comma and its
		// words in lower case, is what was signed
		{"a treaty named before ', which was signed'",
			"The minister stressed the value of the Treaty of Friendship between Chile and Peru, which was signed on Monday.",
			[]string{"signed|Treaty of Friendship between Chile and Peru, which was signed on Monday|"}},
		{"a plan in lower case before 'which is to be signed'",
			"The ministers approved the 2025-2027 joint action plan which is expected to be signed at the next summit.",
			[]string{"agreed|2025-2027 joint action plan which is expected to be signed at the next summit|"}},
		{"a phrase after 'as' before ', which ... signed'",
			"The port deal is one of what Lima describes as the new trade accords, which former leaders Ana Costa and Rui Alves signed.",
			[]string{"done|new trade accords, which former leaders Ana Costa and Rui Alves signed|"}},
		{"a phrase after a verb before ', which ... signed'",
			"The port deal is one of what Lima calls the expanded trade accords, which former leaders Ana Costa and Rui Alves signed.",
			[]string{"done|expanded trade accords, which former leaders Ana Costa and Rui Alves signed|"}},
		{"a signing still to come is a plan, not a signature",
			"Nine agreements will be signed during the visit.",
			[]string{"agreed|Nine agreements will be signed during the visit|"}},
		{"a treaty in force by its name",
			"The leaders welcomed the drills held under the Chile-Peru Visiting Forces Agreement (VFA) that entered into force last month.",
			[]string{"done|Chile-Peru Visiting Forces Agreement (VFA) that entered into force last month|"}},
		{"the presidents instructed their governments (readout)",
			"The presidents instructed their governments to work out a roadmap for industrial cooperation.",
			[]string{"agreed|their governments to work out a roadmap for industrial cooperation|"}},
		{"the heads of state tasked the ministries",
			"The heads of state tasked the foreign ministries to prepare a new treaty by 2026.",
			[]string{"agreed|foreign ministries to prepare a new treaty by 2026|2026"}},
		{"agreements were reached",
			"Agreements were reached on the supply of grain and on a new air route.",
			[]string{"agreed|supply of grain and on a new air route|"}},
		{"the sides confirmed the need to continue a project",
			"The sides confirmed the need to continue joint patrols on the river.",
			[]string{"agreed|continue joint patrols on the river|"}},
		{"a need stressed for an action is a proposal",
			"The minister stressed the need to expand direct flights between the capitals.",
			[]string{"proposed|expand direct flights between the capitals|"}},
		{"the possibility of an act discussed is a proposal",
			"The ministers discussed the possibility of establishing direct flights between Cusco and Antofagasta.",
			[]string{"proposed|establishing direct flights between Cusco and Antofagasta|"}},
		{"the feasibility of an act explored is a proposal",
			"The two sides explored the feasibility of building a rail link to the port of Arica.",
			[]string{"proposed|building a rail link to the port of Arica|"}},
		{"the importance of events named and timed was emphasized",
			"The importance of holding the regional forum in the city of Tarija by the end of this year was emphasized.",
			[]string{"proposed|holding the regional forum in the city of Tarija by the end of this year|2024"}},
		{"the need stressed of cooperation in a named place",
			"The minister stressed the need to expand cooperation projects in the port of Beira.",
			[]string{"proposed|expand cooperation projects in the port of Beira|"}},
		{"the importance of an action was emphasized (passive readout)",
			"The importance of opening a joint customs post was emphasized.",
			[]string{"proposed|opening a joint customs post|"}},
		{"a speaker's interest in an action is a pledge (transcript)",
			"We are very interested in expanding supplies of agricultural products to your market.",
			[]string{"pledged|expanding supplies of agricultural products to your market|"}},
		{"a speaker's wish to act, not to thank",
			"We would like to increase the number of flights between our countries.",
			[]string{"pledged|increase the number of flights between our countries|"}},
		{"we must act",
			"We must step up cooperation in the energy sector.",
			[]string{"proposed|step up cooperation in the energy sector|"}},
		{"direct flights resumed between two countries are done",
			"Chile and Bolivia resumed direct flights between Santiago and La Paz.",
			[]string{"done|resumed direct flights between Santiago and La Paz|"}},
		{"two parties consented",
			"Both ministers consented to the implementation of the defence cooperation agreement.",
			[]string{"agreed|implementation of the defence cooperation agreement|"}},
		{"money pledged",
			"Japan pledged $500 million for the new railway line.",
			[]string{"pledged|$500 million for the new railway line|"}},
		{"an initiative the two leaders announced (joint statement)",
			"To mark the jubilee, the Prime Ministers announced a joint scholarship for young engineers of both countries.",
			[]string{"agreed|joint scholarship for young engineers of both countries|"}},
		{"an initiative one government announced",
			"Canada announced a new scholarship programme for Ecuadorian students.",
			[]string{"pledged|new scholarship programme for Ecuadorian students|"}},
		// a thing to be done, in the passive future
		{"a thing will be built (agency wire)",
			"A new one-stop border post will be built at Namanga, the ministers said.",
			[]string{"agreed|new one-stop border post will be built at Namanga|"}},
		{"things will be opened (readout)",
			"Two more visa centres will also be opened in Cusco and Arequipa next year.",
			[]string{"agreed|Two more visa centres will also be opened in Cusco and Arequipa next year|2025"}},
		// one party's plan reported with "would" or "is expected to"
		{"a country would extend a railway",
			"The minister said Kenya would extend the railway line to the Ugandan border by 2027.",
			[]string{"pledged|extend the railway line to the Ugandan border by 2027|2027"}},
		{"a country is expected to supply",
			"Under the deal, Uganda is expected to supply 50,000 tonnes of sugar to Kenya.",
			[]string{"pledged|supply 50,000 tonnes of sugar to Kenya|"}},
		// readiness of a named party, said in the passive or the active
		{"the readiness of a government to support was expressed",
			"The readiness of the Government of Norway to support Estonia's bid for the council seat was expressed.",
			[]string{"pledged|support Estonia's bid for the council seat was expressed|"}},
		{"expressed the readiness of a government to support",
			"The minister expressed the readiness of the Chilean government to further support Peru's accession to the OECD.",
			[]string{"pledged|support Peru's accession to the OECD|"}},
		// an agreement on X reached, with the subject before the verb
		{"an agreement on X was reached",
			"An agreement on opening a direct air route between the capitals was reached during the talks.",
			[]string{"agreed|opening a direct air route between the capitals|"}},
		{"an agreement to X has been reached",
			"An agreement to lift the ban on poultry imports has been reached, the ministry said.",
			[]string{"agreed|lift the ban on poultry imports|"}},
		// what the leaders welcomed the start of
		{"welcomed the adoption of a programme",
			"The presidents welcomed the adoption of the programme of economic cooperation until 2030.",
			[]string{"agreed|programme of economic cooperation until 2030|2030"}},
		{"welcomed the launch of a fund",
			"The Prime Ministers welcomed the launch of a joint fund for start-ups.",
			[]string{"agreed|joint fund for start-ups|"}},
		{"welcomed the imminent launch of negotiations",
			"They welcomed the imminent launch of negotiations toward a Chile-Peru free trade agreement.",
			[]string{"agreed|negotiations toward a Chile-Peru free trade agreement|"}},
		{"welcomed progress towards projects",
			"The leaders welcomed progress towards new port projects in the northern provinces.",
			[]string{"agreed|new port projects in the northern provinces|"}},
		// aid already given
		{"a country has provided support",
			"Norway has provided emergency support of $5 million to Estonia's border guards.",
			[]string{"done|emergency support of $5 million to Estonia's border guards|"}},
		{"a government had delivered equipment",
			"The Japanese government had already delivered ten patrol boats to the Philippines.",
			[]string{"done|ten patrol boats to the Philippines|"}},
		// a signing to come, an adverb between
		{"the two sides will also sign",
			"The two sides will also sign a renewed treaty on friendly relations during the visit.",
			[]string{"agreed|sign a renewed treaty on friendly relations during the visit|"}},
		{"a country will soon sign",
			"Ghana will soon sign the protocol on free movement, the minister said.",
			[]string{"pledged|sign the protocol on free movement|"}},
		// agreed in the passive, the subject being what was agreed
		{"X was agreed between the two presidents",
			"Expansion of cooperation in energy and tourism was agreed between the two presidents at the meeting.",
			[]string{"agreed|Expansion of cooperation in energy and tourism was agreed between the two presidents at the meeting|"}},
		{"the issues agreed by both leaders",
			"The points agreed by both leaders include a new air link and a joint customs post.",
			[]string{"agreed|points agreed by both leaders include a new air link and a joint customs post|"}},
		// to begin work on a plan is no talk about the talk
		{"agreed to begin works to hold a first meeting",
			"They agreed to begin works to hold the first meeting of the political dialogue mechanism in 2025.",
			[]string{"agreed|begin works to hold the first meeting of the political dialogue mechanism in 2025|2025"}},
		{"decided to start preparing a treaty",
			"The ministers decided to start preparing a new treaty on legal assistance.",
			[]string{"agreed|start preparing a new treaty on legal assistance|"}},
		// an invitation to come
		{"a country will be inviting",
			"Jamaica will be inviting Barbadian schools to take part in its athletics championships.",
			[]string{"proposed|Barbadian schools to take part in its athletics championships|"}},
		{"a two countries are expected to consider and sign",
			"The two countries are expected to consider and sign new agreements on health and defence.",
			[]string{"agreed|consider and sign new agreements on health and defence|"}},
		// the headline's present tense
		{"a headline: two countries sign documents",
			"Kenya, Uganda sign four MoUs on trade and energy",
			[]string{"signed|four MoUs on trade and energy|"}},
		{"a headline: two countries ink deals",
			"Chile and Peru ink deals on mining and water",
			[]string{"signed|deals on mining and water|"}},
		{"a headline: one country signs a deal",
			"Kenya signs deal with Ghana on cocoa processing",
			[]string{"signed|deal with Ghana on cocoa processing|"}},
		{"a headline: two countries to jointly act",
			"Ghana, Togo to jointly patrol the Gulf of Guinea",
			[]string{"pledged|patrol the Gulf of Guinea|"}},
		{"a headline: money pledged in the present",
			"Norway pledges $20 million for Sahel schools",
			[]string{"pledged|$20 million for Sahel schools|"}},
		// a thing to open, named as the subject
		{"a branch will open",
			"This year, a branch of the University of Valparaiso will open in Lima.",
			[]string{"agreed|branch of the University of Valparaiso will open in Lima|2024"}},
		{"direct flights will resume",
			"Direct flights between Nairobi and Kampala will resume in March.",
			[]string{"agreed|Direct flights between Nairobi and Kampala will resume in March|2025-03"}},
		// a visit one expects to pay
		{"he expected to pay a working visit",
			"Vidal said he expected to pay a working visit to Lima in the next month.",
			[]string{"pledged|pay a working visit to Lima in the next month|"}},
		{"she intends to make an official visit",
			"The minister intends to make an official visit to Accra in May.",
			[]string{"pledged|make an official visit to Accra in May|2025-05"}},
		// a thing done between two cities' countries
		{"flights between two cities resumed",
			"Trade has grown, and direct flights between Nairobi and Kigali resumed on June 3.",
			[]string{"done|Trade has grown, and direct flights between Nairobi and Kigali resumed on June 3|"}},
		// an opening announced
		{"announced the opening of schools",
			"The President also announced the opening of three technical schools in Ghana in 2025.",
			[]string{"pledged|three technical schools in Ghana in 2025|2025"}},
		{"announced plans to open a consulate",
			"Chile announced plans to open a consulate general in Mendoza.",
			[]string{"pledged|open a consulate general in Mendoza|"}},
		// a proposal under consideration, or put forward
		{"the parties are considering the establishment of",
			"The parties are currently considering the establishment of a joint research centre on glaciers.",
			[]string{"proposed|establishment of a joint research centre on glaciers|"}},
		{"the sides are exploring",
			"The two sides are exploring the creation of a free trade zone at the border.",
			[]string{"proposed|creation of a free trade zone at the border|"}},
		{"an initiative has been put forward for",
			"An initiative has been put forward for the holding of a joint business forum in Mombasa.",
			[]string{"proposed|holding of a joint business forum in Mombasa|"}},
		{"put forward a proposal to",
			"The Ghanaian side put forward a proposal to build a joint fish processing plant.",
			[]string{"proposed|build a joint fish processing plant|"}},
		// a speaker's side already at work on an action
		{"we are working on setting up",
			"We are working on setting up a direct shipping line to your ports.",
			[]string{"pledged|setting up a direct shipping line to your ports|"}},
		{"we are redoubling our efforts",
			"We are redoubling our efforts in the construction of the northern bypass.",
			[]string{"pledged|redoubling our efforts in the construction of the northern bypass|"}},
		// ties raised to a partnership: done
		{"cooperation elevated to a strategic partnership",
			"The leaders noted that Chilean-Peruvian cooperation has grown fast, elevated to a strategic partnership in 2019.",
			[]string{"done|Chilean-Peruvian cooperation has grown fast, elevated to a strategic partnership in 2019|"}},
		{"the two countries raised relations to a comprehensive partnership",
			"Kenya and Ghana raised their relations to a comprehensive strategic partnership last year.",
			[]string{"done|Kenya and Ghana raised their relations to a comprehensive strategic partnership last year|"}},
		// a hope for an upcoming visit or session: agreed
		{"expressed hope that the upcoming visit",
			"The minister expressed hope that the upcoming visit of President Rosa Quispe to Santiago in May will open a new chapter.",
			[]string{"agreed|upcoming visit of President Rosa Quispe to Santiago in May will open a new chapter|2025-05"}},
		{"hoped that the next session",
			"He hoped that the next session of the joint commission in Lima would review the trade plan.",
			[]string{"agreed|next session of the joint commission in Lima would review the trade plan|"}},
		// several commitments in one sentence, one after another
		{"signed X and agreed to Y",
			"The two presidents signed an agreement on energy cooperation and agreed to build a new bridge over the river.",
			[]string{"signed|agreement on energy cooperation|", "agreed|build a new bridge over the river|"}},
		{"signed X; they also decided to Y",
			"The ministers signed a memorandum on fisheries; they also decided to open a joint trade office in Accra.",
			[]string{"signed|memorandum on fisheries|", "agreed|open a joint trade office in Accra|"}},
		{"one party pledged X, while the other vowed Y",
			"Kenya pledged to supply power to the border towns, while Uganda vowed to upgrade the highway to Kampala.",
			[]string{"pledged|supply power to the border towns|", "pledged|upgrade the highway to Kampala|"}},
		// a list after an intro: each item is a commitment of the intro's status
		{"agreed on the following, numbered items",
			"Following the talks, the two sides agreed on the following:\n1. To establish a joint working group on energy.\n2. Visa exemption for holders of diplomatic passports.\nThe talks ended at noon.\n3. The weather was fine.",
			[]string{"agreed|establish a joint working group on energy|", "agreed|Visa exemption for holders of diplomatic passports|"}},
		{"signed the following documents, bulleted items",
			"The two presidents also signed the following documents:\n- Agreement on the avoidance of double taxation;\n- Protocol on consular matters.",
			[]string{"signed|Agreement on the avoidance of double taxation|", "signed|Protocol on consular matters|"}},
		// a task given "with" a gerund, as with "to"
		{"tasked the ministers with (readout)",
			"The leaders tasked their trade ministers with drafting a roadmap on digital commerce.",
			[]string{"agreed|their trade ministers with drafting a roadmap on digital commerce|"}},
		{"charged the commission with (agency wire)",
			"The presidents charged the joint commission with preparing a new fisheries accord.",
			[]string{"agreed|joint commission with preparing a new fisheries accord|"}},
		// a signing noted with satisfaction is a signing
		{"noted with satisfaction the signing of",
			"The sides noted with satisfaction the signing of a protocol on veterinary checks.",
			[]string{"signed|protocol on veterinary checks|"}},
		{"noted with appreciation the signing of",
			"Both ministers noted with appreciation the signing of three agreements on customs and transport.",
			[]string{"signed|three agreements on customs and transport|"}},
		// the agreement to do a thing, welcomed, is a plan agreed
		{"welcomed the agreement to",
			"Both leaders welcomed the agreement to set up a joint business council.",
			[]string{"agreed|set up a joint business council|"}},
		{"hailed the agreement to",
			"The ministers hailed the agreement to reopen the consulate in Mombasa.",
			[]string{"agreed|reopen the consulate in Mombasa|"}},
		// a party's request, considered, is the other side's pledge to consider it
		{"would consider a country's request",
			"The minister said Japan would consider Ghana's request for additional rice aid.",
			[]string{"pledged|consider Ghana's request for additional rice aid|"}},
		{"would consider the request",
			"Norway would consider the request for more scholarships, the envoy said.",
			[]string{"pledged|consider the request for more scholarships|"}},
		// assistance offered with no "to" before it
		{"offered technical assistance",
			"Japan offered technical assistance to modernise the railways of Kenya.",
			[]string{"pledged|technical assistance to modernise the railways of Kenya|"}},
		{"offers its support",
			"Canada offers its full support for the electoral reform in Haiti.",
			[]string{"pledged|its full support for the electoral reform in Haiti|"}},
		// agreed with the other side on a thing
		{"agreed with a country on",
			"Kenya agreed with Japan on the launch of direct flights between the capitals.",
			[]string{"agreed|launch of direct flights between the capitals|"}},
		{"agreed with his counterpart to",
			"The minister agreed with his counterpart to reopen the border post at Malaba.",
			[]string{"agreed|reopen the border post at Malaba|"}},
		// a proposal named as a noun
		{"raised his proposal to",
			"The Prime Minister raised his proposal to enlarge the national police force.",
			[]string{"proposed|enlarge the national police force|"}},
		{"presented their joint proposal to",
			"The two ministers presented their joint proposal to create a regional seed bank.",
			[]string{"proposed|create a regional seed bank|"}},
		// a list opened with no colon, or by a bare verb and a colon
		{"agreed as follows, no colon",
			"The ministers agreed as follows\n(i) To open a trade office in Lima.\n(ii) To train customs officers together.",
			[]string{"agreed|open a trade office in Lima|", "agreed|train customs officers together|"}},
		{"further agreed, a bare verb and a colon",
			"The two countries further agreed:\n- to set up a business council;\n- to simplify visa rules for investors.",
			[]string{"agreed|set up a business council|", "agreed|simplify visa rules for investors|"}},
		// a numbered paragraph after a sub-list of letters is the next
		// paragraph of a readout, no item of the sub-list
		{"numbered paragraphs around a lettered list",
			"5. The leaders welcomed the signing of the following documents:\n(a) Memorandum on digital trade;\n(b) Exchange of notes on water supply.\n6. The leaders praised the warm hospitality of the hosts.",
			[]string{"signed|Memorandum on digital trade|", "signed|Exchange of notes on water supply|"}},
		{"bulleted items then a numbered paragraph",
			"2. The sides signed the following:\n- Protocol on fisheries;\n3. The sides reviewed the state of the region.",
			[]string{"signed|Protocol on fisheries|"}},
		// a resolve, or a view shared, to act
		{"affirmed their resolve to",
			"The two leaders affirmed their resolve to elevate bilateral relations to a strategic partnership.",
			[]string{"agreed|elevate bilateral relations to a strategic partnership|"}},
		{"shared the view to",
			"The two sides shared the view to hold the next policy dialogue in Nairobi in 2025.",
			[]string{"agreed|hold the next policy dialogue in Nairobi in 2025|2025"}},
		// what a joint statement says the sides will do
		{"the joint statement said ... would",
			"The joint statement said the two countries would cooperate on maritime security.",
			[]string{"agreed|cooperate on maritime security|"}},
		{"the joint declaration states that ... will",
			"Their joint declaration states that both sides will establish a fund for young researchers.",
			[]string{"agreed|establish a fund for young researchers|"}},
		{"a joint statement's frame is no part of the text",
			"In their joint statement, the leaders committed to a partnership on green hydrogen.",
			[]string{"agreed|the leaders committed to a partnership on green hydrogen|"}},
		// a clause of its own subject ends the text: after "as", after the
		// comma of a leading condition, after ", and" with an auxiliary
		{"signed X as the two republics moved to",
			"Chile and Peru yesterday signed three accords on fisheries as the two republics moved to deepen their ties.",
			[]string{"signed|three accords on fisheries|"}},
		{"agreed to X as a minister called on",
			"Ghana and Togo agreed to reopen the border at Aflao as Prime Minister Kofi Mensah called on President Ama Dogbe at the palace.",
			[]string{"agreed|reopen the border at Aflao|"}},
		{"if the MoUs signed are implemented, ...",
			"If the agreements signed between Chile and Peru during the visit are implemented, trade will grow fast.",
			[]string{"signed|agreements signed between Chile and Peru during the visit are implemented|"}},
		{"when the deals signed take effect, ...",
			"When the deals signed in Lima take effect, exports will double.",
			[]string{"signed|deals signed in Lima take effect|"}},
		{"provided support, and is in further talks",
			"Japan has provided flood relief of $5 million, and is in talks on more.",
			[]string{"done|flood relief of $5 million|"}},
		{"signed a deal and will",
			"Norway signed a grant agreement on clean water and will open an embassy in Dodoma.",
			[]string{"signed|grant agreement on clean water|", "pledged|open an embassy in Dodoma|"}},
		// the day a decision followed is no due date
		{"following a call on a day, decided to",
			"Following our phone call on May 20, we decided to send doctors to the flooded region.",
			[]string{"agreed|send doctors to the flooded region|"}},
		{"after the talks on a day, agreed to",
			"After their talks on 15 May, the ministers agreed to reopen the rail link.",
			[]string{"agreed|reopen the rail link|"}},
		// the side a signatory signed for is no part of what was signed
		{"signed X on behalf of a country",
			"Trade Minister Ana Lopez signed the accord on fisheries on behalf of Chile.",
			[]string{"signed|accord on fisheries|"}},
		{"inked X for the government of a country",
			"The envoy inked a protocol on air services for the government of Peru.",
			[]string{"signed|protocol on air services|"}},
		// "he" of a reported clause is the one who reports it
		{"the president affirmed that he will",
			"The Chilean president also affirmed that he will mediate between the two neighbours.",
			[]string{"pledged|mediate between the two neighbours|"}},
		{"the minister said that she will",
			"The Kenyan minister said that she will soon open a trade office in Kampala.",
			[]string{"pledged|open a trade office in Kampala|"}},
		// due dates said in other words
		{"within a number of years",
			"The two sides agreed to double trade within three years.",
			[]string{"agreed|double trade within three years|2027"}},
		{"over the next years, in digits",
			"Kenya and Uganda aim to build 400 km of railway over the next 5 years.",
			[]string{"pledged|build 400 km of railway over the next 5 years|2029"}},
		{"by the end of the year",
			"Chile and Peru agreed to open the new border post by the end of the year.",
			[]string{"agreed|open the new border post by the end of the year|2024"}},
		{"by end-year and by mid-year",
			"The ministers agreed to sign the treaty by end-2026 and to ratify it by mid-2027.",
			[]string{"agreed|sign the treaty by end-2026 and to ratify it by mid-2027|2026"}},
		// forms of a speaker's turn: what the countries should do, an
		// invitation in the present, a party keen to act
		{"our countries should",
			"Our countries should jointly develop the fisheries sector.",
			[]string{"proposed|jointly develop the fisheries sector|"}},
		{"the two sides must",
			"The two sides must expand cooperation in renewable energy, the minister said.",
			[]string{"proposed|expand cooperation in renewable energy|"}},
		{"I invite you to visit",
			"I invite you to visit Nairobi again in 2025.",
			[]string{"proposed|invite you to visit Nairobi again in 2025|2025"}},
		{"invites the minister to attend",
			"Ghana invites the minister of Togo to attend the trade fair in Accra.",
			[]string{"proposed|invites the minister of Togo to attend the trade fair in Accra|"}},
		{"a country keen to",
			"Kenya is keen to attract Norwegian investment in geothermal energy.",
			[]string{"pledged|attract Norwegian investment in geothermal energy|"}},
		{"two countries eager to",
			"Chile and Peru are eager to start joint patrols on the coast.",
			[]string{"agreed|start joint patrols on the coast|"}},
		{"your proposal to",
			"We support your proposal to adopt a common visa for tourists.",
			[]string{"proposed|adopt a common visa for tourists|"}},
		// meeting again in a named place or time is a plan, not talk about the talk
		{"agreed to meet again in a city next year",
			"The Prime Ministers agreed to meet again in Tallinn next year.",
			[]string{"agreed|meet again in Tallinn next year|2025"}},
		{"decided to meet again in a month",
			"The ministers decided to meet again in Nairobi in October.",
			[]string{"agreed|meet again in Nairobi in October|2024-10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := commitmentsOf(t, tt.text, "2024-06-01")
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("commitments:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// Sentences that speak of commitments without making one.
func TestNotCommitments(t *testing.T) {
	for _, text := range []string{
		"The signing ceremony followed the plenary session of the commission.",
		"Next month we will mark the 25th anniversary of the signing of the Treaty of Good Neighbourliness.",
		"He reaffirmed Portugal's commitment to Angola and its people.",
		"The President reiterated Chile's commitment to regional integration.",
		"The Prime Minister underscored the need for closer contacts between the two peoples.",
		"She called for a more united Africa.",
		"The new Prime Minister launched a reshuffled government on Monday after the election.",
		"President Ana Ferreira and President Rosa Quispe attended the signing ceremony in the palace.",
		"The visit prepared the 9th session, which will see new agreements being signed.",
		"We agreed to hold this meeting a year ago, and here we are.",
		"Our friendship will continue in future, she said.",
		"The minister listed five points that were agreed upon from the results of the talks.",
		"We would like to thank our hosts for the warm welcome.",
		"The ministry announced the results of the talks on Monday.",
		"Before the talks, the Crown Prince consented to visit the bridge linking Denmark with Sweden.",
		"The need for closer ties between the peoples was emphasized.",
		// a sentence that leads to the items after its colon
		"The joint statement said:",
		"The joint declaration adopted by the two presidents reads as follows:",
		// documents signed that the sentence does not name
		"The relevant documents were signed today.",
		"Following the talks, the corresponding agreements have been signed.",
		// a need or an importance stressed, or a possibility discussed, of
		// cooperation in general
		"The two ministers discussed the possibility of deepening economic cooperation between the two countries through new agreements.",
		"The importance of continuing the political dialogue was emphasized.",
		"The necessity of holding cultural events aimed at bringing the two peoples closer together was highlighted.",
		"The minister stressed the need to explore avenues of furthering cooperation in the area of solar energy.",
		"The commission established in 1995 met for the 20th time.",
		// soft wishes and calendars are no commitments
		"I hope that we will jointly work on all projects of the union and enhance our integration.",
		"I hope we can further strengthen our good relations.",
		"The Government of Peru is ready to develop full-scale and mutually beneficial cooperation in all directions, the minister noted.",

		"Its 12th meeting is scheduled to take place in Lima shortly, in the autumn.",
		"The next session of the commission is scheduled for October in Accra.",
		"Let us meet again soon.",
		// good will that names no action
		"They said the two countries had agreed to work together for the benefit of the people.",
		"The two leaders agreed to keep in touch and to strengthen their close cooperation.",
		"Both ministers committed to working together to tackle regional and global challenges.",
		"After the talks, the Presidents of Chile and Peru made a joint statement to the media.",
		"The exhibition will open on Monday in Lima.",
		"I suggest we begin our talks.",
		"Let us start.",
		"The visit is further expected to enhance trade within the region.",
		"We are working on it together.",
		"The minister expressed hope that relations will develop further.",
		"The parties are considering all options.",
		"The spokesman confirmed to reporters that the talks had ended.",
		"The talks concluded the first day of the visit.",
		"Ghana is prepared to strengthen mutually beneficial cooperation with the Republic of Togo in all areas.",
		// a view shared, no plan
		"The President agreed with Canada's position on the detention of the two men.",
		"The minister agreed with the views of the delegation on the matter.",
		"Our friendship has never been closer, and it will continue to grow stronger!",
		"Ties between the two nations will continue to flourish.",
		// a signature of a document named elsewhere
		"The health minister signed the MoU on behalf of Ghana, while her counterpart signed for Togo.",
		"Their deputies signed the agreement on behalf of the two governments.",
		"The minister said that he and his staff will mediate between the families.",
		"I would like to draw your attention to the rise in trade.",
		"The minister was keen to stress the warmth of the talks.",
		// a call made before, cited as proof of a stance
		"This, the minister said, was shown by Ghana's recent call for the lifting of the embargo on Cuba.",
		"Their repeated calls for debt relief were recalled at the dinner.",
		// readiness reported in the past tense that names no action of the talks
		"He added that Peru was ready to make the two nations true friends.",
	} {
		t.Run(text, func(t *testing.T) {
			if got := commitmentsOf(t, text, "2024-06-01"); len(got) != 0 {
				t.Errorf("commitments = %q, want none", got)
			}
		})
	}
}

// The parties of a commitment made at a meeting are the meeting's sides,
// unless the sentence names its parties as its subject.
func TestCommitmentParties(t *testing.T) {
	text := "Chilean President Andres Mejia met his Argentine counterpart Rosa Quispe in Santiago on Thursday. " +
		"The two presidents agreed to support Uruguay's bid to host the regional summit. " +
		"Chile will also open a consulate in Mendoza."
	f := one(t, text, "2024-06-01")
	want := map[string]string{
		"support Uruguay's bid to host the regional summit": "Argentina,Chile",
		"open a consulate in Mendoza":                       "Chile",
	}
	if len(f.Commitments) != len(want) {
		t.Fatalf("commitments = %+v, want %d", f.Commitments, len(want))
	}
	for _, c := range f.Commitments {
		p := append([]string(nil), c.Parties...)
		if len(p) == 2 && p[0] > p[1] {
			p[0], p[1] = p[1], p[0]
		}
		if w, ok := want[c.Text]; !ok || strings.Join(p, ",") != w {
			t.Errorf("commitment %q parties %q, want %q", c.Text, c.Parties, w)
		}
	}
	if f.Commitments[1].Status != fact.StatusPledged {
		t.Errorf("one country's plan is its pledge: %+v", f.Commitments[1])
	}
}

// The words two reports of one commitment share, whatever verb and status
// each gives it (fact.SameCommitment compares them).
func TestCommitmentWords(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text      string
		want, not []string
	}{
		{"signed the Programme of Economic Cooperation until 2030",
			[]string{"2030", "economic", "programme", "until"}, []string{"the", "of", "signed", "cooperation"}},
		{"agreed to draft a new programme of economic cooperation until 2030",
			[]string{"2030", "draft", "economic", "programme"}, []string{"agreed", "new", "a"}},
		{"the parties will strengthen cooperation on visa-free travel for their countries",
			[]string{"travel", "visa-free"}, []string{"party", "partie", "country", "countrie", "will"}},
	}
	for _, tt := range tests {
		got := x.lex.commitmentWords(tt.text)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%q: words %v lack %q", tt.text, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("%q: words %v hold the plain word %q", tt.text, got, w)
			}
		}
	}
	a := fact.Commitment{Parties: []string{"Chile", "Norway"}, Words: x.lex.commitmentWords(tests[0].text)}
	b := fact.Commitment{Parties: []string{"Chile"}, Words: x.lex.commitmentWords(tests[1].text)}
	if _, ok := fact.SameCommitment(a, b); !ok {
		t.Errorf("a programme proposed and then signed is not one commitment: %v / %v", a.Words, b.Words)
	}
}

// A capital as the whole subject speaks for its government; a capital
// that is a place in the clause is no party.
func TestCapitalAsParty(t *testing.T) {
	cases := []struct {
		name, text, commitment, parties string
	}{
		{"one capital after 'said that'",
			"The Kenyan trade minister said that Nairobi will build a railway line to the coast with Uganda.",
			"build a railway line to the coast with Uganda", "Kenya"},
		{"two capitals joined by 'and'",
			"The envoy said that Nairobi and Kampala will also cooperate on customs controls at the border.",
			"cooperate on customs controls at the border", "Kenya,Uganda"},
		{"one capital right after 'said', no 'that'",
			"The minister said Nairobi would build a railway line to the coast.",
			"build a railway line to the coast", "Kenya"},
		{"one capital after 'told reporters', no 'that'",
			"The envoy told reporters Kampala would open a consulate in Mombasa next year.",
			"open a consulate in Mombasa next year", "Uganda"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			f := one(t, tt.text, "2024-06-01")
			found := false
			for _, c := range f.Commitments {
				if !strings.HasPrefix(c.Text, tt.commitment) {
					continue
				}
				found = true
				p := append([]string(nil), c.Parties...)
				slices.Sort(p)
				if strings.Join(p, ",") != tt.parties {
					t.Errorf("commitment %q parties %q, want %q", c.Text, c.Parties, tt.parties)
				}
			}
			if !found {
				t.Errorf("no commitment %q in %+v", tt.commitment, f.Commitments)
			}
		})
	}
	// a capital among other words is where, not who
	for _, text := range []string{
		"In Nairobi, officials will cooperate with Uganda on customs controls.",
		"The minister said in Nairobi officials would cooperate with Uganda on customs controls.",
	} {
		f := one(t, text, "2024-06-01")
		for _, c := range f.Commitments {
			if slices.Contains(c.Parties, "Kenya") && !slices.Contains(c.Parties, "Uganda") {
				t.Errorf("%q: a place taken for a party: %+v", text, c)
			}
		}
	}
}

// A goal a party commits to ("committed to lifting trade to $X by YYYY")
// is a commitment, due by its year, and no claim of a figure.
func TestTargetCommitment(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The two presidents committed to lifting trade to $5 billion by 2030.",
			"pledged|lifting trade to $5 billion by 2030|2030"},
		{"Ghana and Togo are committed to pushing bilateral trade to $2 billion by 2028.",
			"pledged|pushing bilateral trade to $2 billion by 2028|2028"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			f := one(t, tt.text, "2024-06-01")
			got := commitmentsOf(t, tt.text, "2024-06-01")
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("commitments:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
			if len(f.Claims) != 0 {
				t.Errorf("a goal taken for a claim: %+v", f.Claims)
			}
		})
	}
}

// A goal stated with no verb of commitment is the goal's own phrase, not
// the sentence that reports it.
func TestTargetText(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The ministers exchanged views on ways to raise bilateral trade to $4 billion.",
			"proposed|raise bilateral trade to $4 billion|"},
		{"Officials said the two sides explored avenues for reaching $2 billion in annual trade.",
			"proposed|reaching $2 billion in annual trade|"},
		{"Chile, Peru discuss ways of targeting $3bn trade",
			"proposed|targeting $3bn trade|"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := commitmentsOf(t, tt.text, "2024-06-01")
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("commitments:\n%s\nwant:\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

// The shape of a list item's marker: digits and letters each folded to
// one of their kind.
func TestMarkerKind(t *testing.T) {
	for _, tt := range []struct{ a, b string }{{"3.", "12."}, {"(a)", "(ii)"}, {"-", "- "}} {
		if markerKind(tt.a) != markerKind(tt.b) {
			t.Errorf("markerKind(%q) = %q, markerKind(%q) = %q: want the same", tt.a, markerKind(tt.a), tt.b, markerKind(tt.b))
		}
	}
	for _, tt := range []struct{ a, b string }{{"6.", "(a)"}, {"1.", "-"}, {"a.", "1."}} {
		if markerKind(tt.a) == markerKind(tt.b) {
			t.Errorf("markerKind(%q) = markerKind(%q) = %q: want them apart", tt.a, tt.b, markerKind(tt.a))
		}
	}
}

// A trigger's keys are words a sentence must hold for it to match: a
// letter the pattern may do without is no part of them.
func TestTriggerKeys(t *testing.T) {
	v := testExtractor(t).lex
	for _, tt := range []struct {
		expr string
		want []string
	}{
		{`(?i)\b(?:pledged?|vows)\s+to\b`, []string{"pledge", "vows"}},
		{`(?i)\bagrees*\s+on\b`, []string{"agree"}},
	} {
		got := v.literalWords(tt.expr)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("literalWords(%q) = %q, want %q among them", tt.expr, got, w)
			}
		}
		for _, w := range got {
			if w == "pledged" || w == "agrees" {
				t.Errorf("literalWords(%q) = %q: %q holds an optional letter", tt.expr, got, w)
			}
		}
	}
}

// The items after "The joint statement said:" are the commitments, each
// its own; the sentence that leads to them is none.
func TestCommitmentsAfterAColon(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The joint statement said:\n\n1. The two sides will establish a joint committee on fisheries.\n\n2. The two sides will hold the next round of consultations in Nairobi in 2025.",
			"agreed|establish a joint committee on fisheries|;agreed|hold the next round of consultations in Nairobi in 2025|2025"},
		{"The joint declaration adopted by the two presidents reads as follows:\n\nThe two sides will open a consulate in Mombasa.",
			"agreed|open a consulate in Mombasa|"},
		{"Both sides agreed to:\n(a) commence negotiations on an investment treaty;\n(b) establish a joint commission; and\n(c) explore direct flights between Nairobi and Lima.",
			"agreed|commence negotiations on an investment treaty|;agreed|establish a joint commission|;agreed|explore direct flights between Nairobi and Lima|"},
		{"The leaders committed to:\n\n1. expand the port of Mombasa; and\n\n2. train 500 nurses by 2026.",
			"pledged|expand the port of Mombasa|;pledged|train 500 nurses by 2026|2026"},
	} {
		if got := strings.Join(commitmentsOf(t, tc.text, "2024-03-05"), ";"); got != tc.want {
			t.Errorf("%q:\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}

// "between A and B" in what was committed names its two sides, whatever
// other countries the sentence names as subjects of the talks.
func TestCommitmentPartiesBetween(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"They discussed the situations in Ukraine, Sudan and Haiti, and confirmed to enhance coordination between Chile and Norway in response to these challenges.", "Chile,Norway"},
		{"Having reviewed the crises in Syria and Yemen, the ministers agreed to set up a hotline between Kenya and Ghana.", "Ghana,Kenya"},
	} {
		f := one(t, tc.text, "2024-06-01")
		wantOneCommitmentOf(t, tc.text, f, tc.want)
	}
}

// A goal figure told again in one document ("to reach $30 billion of
// trade", "targeting $30bn trade") is one commitment, in the words of its
// first telling (unless that is a headline's few words);
// another figure, or the same figure of another thing (trade, investment),
// is another goal.
func TestTargetToldTwice(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Chile and Peru agreed to raise bilateral trade to $10 billion by 2030. The presidents said the goal of $10 billion in trade was within reach.",
			[]string{"raise bilateral trade to $10 billion by 2030"}},
		{"Kenya and Ghana set a target of $2 billion in trade. Officials were tasked with targeting $2bn in trade and doubling investment to $500 million.",
			[]string{"target of $2 billion in trade"}},
		{"Chile and Peru agreed to raise bilateral trade to $10 billion by 2030. They also agreed to lift investment to $3 billion.",
			[]string{"raise bilateral trade to $10 billion by 2030", "lift investment to $3 billion"}},
		{"Chile and Peru agreed to raise bilateral trade to $5 billion. Chile also pledged to invest $5 billion in Peruvian ports.",
			[]string{"raise bilateral trade to $5 billion", "invest $5 billion in Peruvian ports"}},
	} {
		var got []string
		for _, c := range one(t, tc.text, "2024-06-01").Commitments {
			got = append(got, c.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// "We agreed today to X", said by one side's speaker at a joint press
// conference, is what both sides agreed; "we will" stays the speaker's.
func TestWeAgreedInATranscript(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Joint press conference, Lima, 3 May 2024\n\nPeruvian President Ana Torres and Chilean President Luis Ortega held talks in Lima today.\n\nPRESIDENT ANA TORRES: I am pleased to welcome President Ortega.\n\nPRESIDENT LUIS ORTEGA: Thank you. We agreed today to build a new border crossing at Tacna.",
			"Chile,Peru"},
		{"Press statements, Lima, 3 May 2024\n\nPeruvian President Ana Torres met President Luis Ortega of Chile in Lima this morning.\n\nPRESIDENT ANA TORRES: Peru and Chile are partners.\n\nPRESIDENT LUIS ORTEGA: We signed a treaty on the joint management of fisheries.",
			"Chile,Peru"},
	} {
		f := one(t, tc.text, "2024-05-03")
		wantOneCommitmentOf(t, tc.text, f, tc.want)
	}
}

// wantOneCommitmentOf checks that the facts of text hold one commitment,
// of the parties want (sorted, comma-separated).
func wantOneCommitmentOf(t *testing.T, text string, f fact.Facts, want string) {
	t.Helper()
	if len(f.Commitments) != 1 {
		t.Fatalf("%q: commitments %+v, want one", text, f.Commitments)
	}
	p := append([]string(nil), f.Commitments[0].Parties...)
	slices.Sort(p)
	if strings.Join(p, ",") != want {
		t.Errorf("%q: parties %q, want %s", text, f.Commitments[0].Parties, want)
	}
}

// A headline that says documents were signed ("Agreements signed", "MoUs
// inked") names none: the body's sentence is the commitment.
func TestHeadlineOfBareDocuments(t *testing.T) {
	for _, text := range []string{
		"Agreements signed\n\nNAIROBI, March 4 – Kenya and Zambia signed a memorandum of understanding on fisheries in Nairobi on Monday.",
		"MoUs inked\n\nLUSAKA, March 4 – Zambia and Kenya on Monday signed a memorandum of understanding on fisheries.",
	} {
		f := one(t, text, "2024-03-04")
		wantOneCommitmentOf(t, text, f, "Kenya,Zambia")
		if got := f.Commitments[0].Text; !strings.Contains(got, "fisheries") {
			t.Errorf("%q: commitment %q, want the memorandum on fisheries", text, got)
		}
	}
}
