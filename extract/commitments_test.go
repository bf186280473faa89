package extract

import (
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
		{"agreed to hold the next session in a city in a year",
			"The two ministers agreed to hold the next session of the joint commission in Accra in 2025.",
			[]string{"agreed|hold the next session of the joint commission in Accra in 2025|2025"}},
		{"plans were agreed to",
			"Plans were agreed to expand the port of Mombasa and to build a new rail link.",
			[]string{"agreed|expand the port of Mombasa and to build a new rail link|"}},
		{"two countries as the subject of will",
			"Kenya and Rwanda will expand trade and investment in agriculture.",
			[]string{"agreed|expand trade and investment in agriculture|"}},
		{"one country as the subject of will is its pledge",
			"Japan will provide training for 200 Vietnamese nurses next year.",
			[]string{"pledged|provide training for 200 Vietnamese nurses next year|2025"}},
		{"would fund, reported",
			"Norway would fund a new fisheries laboratory in Valparaiso, the statement said.",
			[]string{"pledged|fund a new fisheries laboratory in Valparaiso|"}},
		{"undertook to",
			"Australia undertook to train 200 police officers for the Solomon Islands.",
			[]string{"pledged|train 200 police officers for the Solomon Islands|"}},
		{"vowed to",
			"The Prime Minister vowed to support Fiji's bid for the council seat.",
			[]string{"pledged|support Fiji's bid for the council seat|"}},
		{"a headline's country to help another",
			"Japan to help Vietnam build a metro line in Hanoi",
			[]string{"pledged|help Vietnam build a metro line in Hanoi|"}},
		{"an invitation accepted is agreed",
			"The Prime Minister extended an invitation to his Slovak counterpart to visit Warsaw, which was accepted.",
			[]string{"agreed|invitation to his Slovak counterpart to visit Warsaw|"}},
		{"an invitation accepted, said the other way round",
			"President Rahim Chowdhury accepted the invitation to visit Kathmandu in March.",
			[]string{"agreed|invitation to visit Kathmandu in March|2025-03"}},
		{"an invitation is proposed",
			"President Ana Ferreira invited President Rosa Quispe to visit Chile next year.",
			[]string{"proposed|invited President Rosa Quispe to visit Chile next year|2025"}},
		{"the next session scheduled",
			"The next session of the joint commission is scheduled for October in Accra.",
			[]string{"agreed|next session of the joint commission is scheduled for October in Accra|2024-10"}},
		{"the next meeting to be held",
			"The 19th meeting of the commission will be held in Harare in 2025.",
			[]string{"agreed|19th meeting of the commission will be held in Harare in 2025|2025"}},
		{"the signing of agreements named in a prepositional phrase",
			"With the signing of three agreements on health, customs and tourism, the two governments opened a new chapter.",
			[]string{"signed|three agreements on health, customs and tourism|"}},
		{"the signing welcomed",
			"The leaders welcomed the signing of the Economic Partnership Agreement in March.",
			[]string{"signed|Economic Partnership Agreement in March|"}},
		{"an enumerated memorandum by its subject",
			"The first MoU was on the establishment of a one-stop border post at the falls.",
			[]string{"signed|establishment of a one-stop border post at the falls|"}},
		{"a signature in a reporting frame: the object only",
			"Prime Minister Andrew Clarke confirmed that Jamaica and Barbados signed a Memorandum of Understanding on enhanced cooperation in trade today.",
			[]string{"signed|Memorandum of Understanding on enhanced cooperation in trade today|"}},
		{"documents signed, by their subject, to the end of their clause",
			"Four Memorandums of Understanding were signed between Ghana and Togo on education, tourism and agriculture, as the two countries moved to deepen relations.",
			[]string{"signed|Four Memorandums of Understanding were signed between Ghana and Togo on education, tourism and agriculture|"}},
		{"a signature whose object ends at a participle clause",
			"Following these talks, the two ministers inked four cooperation agreements in the fields of industry, tourism and energy, aimed at strengthening ties.",
			[]string{"signed|four cooperation agreements in the fields of industry, tourism and energy|"}},
		{"called for an action",
			"The two leaders called for the international community to disburse funds for the refugees.",
			[]string{"proposed|international community to disburse funds for the refugees|"}},
		{"a numbered readout",
			"2. The Prime Ministers agreed to deepen cooperation in renewable energy.",
			[]string{"agreed|deepen cooperation in renewable energy|"}},
		{"will continue to support",
			"He will continue to support Lebanon to form a government, the minister said.",
			[]string{"pledged|support Lebanon to form a government|"}},
		{"asked a country to",
			"President Otieno Kamau asked Rwanda to make use of the port of Mombasa.",
			[]string{"proposed|Rwanda to make use of the port of Mombasa|"}},
		{"a commitment to act",
			"Both leaders reaffirmed their commitment to deepen cooperation across key sectors.",
			[]string{"pledged|deepen cooperation across key sectors|"}},
		{"a deal signed by former leaders is history",
			"The accord is one of the deals which former leaders Ana Costa and Rui Alves signed after years of negotiations.",
			[]string{"done|deals which former leaders Ana Costa and Rui Alves signed after years of negotiations|"}},
		{"a signing still to come is a plan, not a signature",
			"Six agreements will be signed in different areas of cooperation.",
			[]string{"agreed|Six agreements will be signed in different areas of cooperation|"}},
		{"a treaty in force by its name",
			"The leaders welcomed the joint exercises held under the Japan-Australia Reciprocal Access Agreement (RAA) that entered into force last month.",
			[]string{"done|Japan-Australia Reciprocal Access Agreement (RAA) that entered into force last month|"}},
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
			"The sides confirmed the need to continue humanitarian projects in the border region.",
			[]string{"agreed|continue humanitarian projects in the border region|"}},
		{"a need stressed for an action is a proposal",
			"The minister stressed the need to expand direct flights between the capitals.",
			[]string{"proposed|expand direct flights between the capitals|"}},
		{"the importance of an action was emphasized (passive readout)",
			"The importance of launching a new portfolio of investment projects was emphasized.",
			[]string{"proposed|launching a new portfolio of investment projects|"}},
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
			"Uzbekistan and Hungary resumed direct flights between Tashkent and Budapest.",
			[]string{"done|resumed direct flights between Tashkent and Budapest|"}},
		{"two parties consented",
			"Both ministers consented to the implementation of the defence cooperation agreement.",
			[]string{"agreed|implementation of the defence cooperation agreement|"}},
		{"money pledged",
			"Japan pledged $500 million for the new railway line.",
			[]string{"pledged|$500 million for the new railway line|"}},
		{"an initiative the two leaders announced (joint statement)",
			"To mark the anniversary, the Prime Ministers announced a special fellowship for young diplomats of both countries.",
			[]string{"agreed|special fellowship for young diplomats of both countries|"}},
		{"an initiative one government announced",
			"Canada announced a new scholarship programme for Ecuadorian students.",
			[]string{"pledged|new scholarship programme for Ecuadorian students|"}},
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
		"The signing ceremony followed a two-day meeting of the Joint Permanent Commission.",
		"In August we will also mark the 60th anniversary of the signing of the Treaty of Friendship between our two governments.",
		"He reaffirmed Spain's commitment to Palestine, its present and its future.",
		"The President reiterated Kenya's commitment to regional integration.",
		"The Prime Minister underscored the need for more institutional arrangements between the two countries.",
		"He called for a more united Latin America.",
		"The new Prime Minister launched a new Cabinet on Tuesday after being confirmed by parliament.",
		"President Ana Ferreira and President Rosa Quispe oversaw the signing ceremony at State House.",
		"The talks set the tone for the 18th session, which will see more agreements being signed in various areas.",
		"We agreed to hold this meeting long ago, but this is our first meeting since the elections.",
		"The Franco-German friendship will continue in future, he said.",
		"Jokowi revealed six things that were agreed upon from the results of this meeting.",
		"We would like to thank our hosts for the warm welcome.",
		"The ministry announced the results of the talks on Monday.",
		"Prior to the talks, the Crown Prince consented to visit the causeway linking Bahrain with Saudi Arabia.",
		"The need for closer ties between the peoples was emphasized.",
		"The commission established in 1995 met for the 20th time.",
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
	text := "Colombian President Andres Mejia met his Peruvian counterpart Rosa Quispe in Bogota on Thursday. " +
		"The two presidents agreed to support Ecuador's entry into the Pacific Alliance. " +
		"Colombia will also open a consulate in Iquitos."
	f := one(t, text, "2024-06-01")
	want := map[string]string{
		"support Ecuador's entry into the Pacific Alliance": "Colombia,Peru",
		"open a consulate in Iquitos":                       "Colombia",
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
