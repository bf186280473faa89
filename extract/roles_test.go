package extract

import "testing"

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
