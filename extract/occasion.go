package extract

import (
	"regexp"
	"strings"
)

var occasionRE = regexp.MustCompile(`(?:on the sidelines of|on the margins of|on the eve of|during|to attend|for|at|after|a meeting of|participated in a meeting of)\s+(?:the\s+|this\s+|a\s+)?((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*|of|and|the|for|on|\(|\)|[A-Z0-9]+)(?:\s+(?:[A-Z][\w’'()-]*|of|and|the|for|on|to|[A-Z0-9()]+))*)`)

// occasionLowerRE finds an event whose head word is not capitalised: "on the
// margins of the BRICS ministerial meeting".
var occasionLowerRE = regexp.MustCompile(`(?:on the sidelines of|on the margins of|during|to attend|at)\s+(?:the\s+|a\s+)?((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*\s+)+(?:[a-z’'-]+\s+){0,2}(?:meeting|summit|session|conference|forum|council|talks))\b`)

var occasionHead = regexp.MustCompile(`(Council|Summit|Forum|Exhibition|Conference|Session|Assembly|Meeting|Congress|Expo|Games|Week|Dialogue)\b`)

// eventWords: a sentence naming an event holds one of these.
var eventWords = []string{"council", "summit", "forum", "exhibition", "conference", "session", "assembly",
	"meeting", "congress", "expo", "games", "week", "dialogue", "talks"}

// findOccasion finds the larger event a meeting took place at, once per
// document: the meetings and co-chairs stages both read it.
func findOccasion(doc *document) string {
	var candidates []*sentence
	for _, st := range doc.sents {
		if containsAny(strings.ToLower(st.Text), eventWords) {
			candidates = append(candidates, st)
		}
	}
	for _, st := range candidates {
		for _, m := range occasionRE.FindAllStringSubmatch(st.Text, -1) {
			name := strings.TrimSpace(m[1])
			name = strings.TrimSpace(strings.TrimRight(name, "( "))
			for _, suf := range []string{" and", " of", " the", " for", " on", " to", " meeting", " session"} {
				name = strings.TrimSuffix(name, suf)
			}
			if occasionHead.MatchString(name) && len(strings.Fields(name)) >= 2 {
				return name
			}
		}
	}
	for _, st := range candidates {
		if m := occasionLowerRE.FindStringSubmatch(st.Text); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}
