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
