package extract

import (
	"strings"
)

// findOccasion finds the larger event a meeting took place at, once per
// document: the meetings and co-chairs stages both read it.
func (v *vocabulary) findOccasion(doc *document) string {
	var candidates []*sentence
	for _, st := range doc.sents {
		if containsAny(st.lower, v.eventWords) && !anyMatch(v.otherMeeting, st) && !anyMatch(v.pastMeeting, st) {
			// not "they last met at the X summit", "will meet again at
			// the Y summit": another meeting's event
			candidates = append(candidates, st)
		}
	}
	for _, st := range candidates {
		// every name kept holds a head word, and a name is a piece of
		// the sentence ending before a space, a bracket or its end: a
		// sentence without a head word cannot give one, and the occasion
		// pattern, which starts with common words, is the costly part
		if !st.matches(v.occasionHead) {
			continue
		}
		for _, m := range v.occasion.FindAllStringSubmatch(st.Text, -1) {
			name := v.cutTime(strings.TrimSpace(m[1]))
			name = strings.TrimSpace(strings.TrimRight(name, "( "))
			for _, suf := range []string{" and", " of", " the", " for", " on", " to", " meeting", " session"} {
				name = strings.TrimSuffix(name, suf)
			}
			if v.occasionHead.MatchString(name) && len(strings.Fields(name)) >= 2 {
				return name
			}
		}
	}
	for _, st := range candidates {
		if !v.occasionLower.MayLower(st.lower) {
			continue
		}
		if m := v.occasionLower.FindStringSubmatch(st.Text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// cutTime cuts an event's name where a time starts ("UN General Assembly
// on Tuesday", "the Summit in May"): a weekday or a month after a
// connector is no word of the name.
func (v *vocabulary) cutTime(name string) string {
	f := strings.Fields(name)
	for i := 1; i+1 < len(f); i++ {
		low := strings.ToLower(f[i])
		next := strings.ToLower(strings.Trim(f[i+1], ",.;"))
		if v.timeLead[low] && (v.weekday[next] || v.month[next]) {
			return strings.Join(f[:i], " ")
		}
	}
	return name
}
