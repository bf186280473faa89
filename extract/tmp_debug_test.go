package extract

import "testing"

func TestTmpDebug(t *testing.T) {
	for _, txt := range []string{
		"HANOI - Prime Minister Tran Van Hung held talks with Lao Prime Minister Somsak Vongsa in Hanoi on Monday. Hung said the two countries were close. PM Hung also met the Lao delegation.",
		"SEOUL - Foreign Minister Park Jin-woo spoke with Japan's Foreign Minister Kenji Sato on Friday. Park congratulated Sato on his appointment.",
		"BEIJING - Chinese Foreign Minister Zhou Jian met Kuwait's Foreign Minister Ahmed Al-Sabah. Zhou said relations were good.",
		"Minister for Foreign Affairs of Japan Mr. TANAKA Hiroshi met Secretary of State John Miller. Minister Tanaka thanked Secretary Miller.",
		"Hungarian Foreign Minister Szabó Gábor met his Polish counterpart Jan Nowak in Warsaw. Szabó said the talks were useful.",
		"External Affairs Minister S. Ramesh met Foreign Minister Ali Khan in Colombo. Ramesh said that the talks were useful. Dr. S. Ramesh later left.",
		"Sheikh Abdullah bin Zayed Al Nahyan met Saudi Foreign Minister Prince Faisal bin Ahmed Al Saud. Sheikh Abdullah said the talks were good. Prince Faisal agreed.",
		"Dutch Prime Minister Jan van der Berg met German Chancellor Olaf von Stein. Van der Berg said the talks were good. Von Stein agreed.",
	} {
		f := extractDocs(t, textDoc(txt))[0]
		t.Log("----", txt[:40])
		for _, p := range f.People { t.Log("  P", p.Name, p.Aliases) }
		for _, o := range f.Offices { t.Log("  O", o.Person, "|", o.Role, "|", o.Country) }
	}
}
