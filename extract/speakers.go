package extract

import (
	"regexp"
	"strings"
)

// speech is who says a sentence, and whom "he" or "she" in it most likely
// stands for.
type speech struct {
	speaker string // a person's name, or "" for the narrator
	// subject: the last subject of the sentences before it
	subject string
}

// assignSpeakers decides who says each sentence: the transcript turn's
// speaker, the person a speech verb attributes it to, the attribution of the
// quotation it belongs to, or the narrator.
func (r *reader) assignSpeakers(doc *document, p *people) []speech {
	var lastSubject string
	out := make([]speech, len(doc.sents))
	attributed := make([]string, len(doc.sents))
	for i, st := range doc.sents {
		if st.turn >= 0 {
			if cl := p.speakers[st.turn]; cl != nil {
				out[i].speaker = cl.name
			}
			continue
		}
		out[i].subject = lastSubject
		ms := p.mentions[i]
		who := r.attribution(st, ms, lastSubject)
		attributed[i] = who
		if len(ms) > 0 {
			lastSubject = ms[0].name
		}
		if who != "" {
			lastSubject = who
		}
	}
	for i, st := range doc.sents {
		if st.turn >= 0 {
			continue
		}
		out[i].speaker = attributed[i]
		if out[i].speaker != "" || !st.Quoted && len(st.Quotes) == 0 {
			continue
		}
		// a quotation spanning several sentences: its attribution is in
		// another sentence of the same paragraph
		for j := i + 1; j < len(doc.sents) && doc.sents[j].Para == st.Para; j++ {
			if attributed[j] != "" {
				out[i].speaker = attributed[j]
				break
			}
		}
		for j := i - 1; out[i].speaker == "" && j >= 0 && doc.sents[j].Para == st.Para; j-- {
			if attributed[j] != "" {
				out[i].speaker = attributed[j]
			}
		}
	}
	return out
}

// attribution finds the person a speech verb in the sentence points to.
func (r *reader) attribution(st *sentence, ms []personMention, lastSubject string) string {
	for i, w := range st.words {
		if !r.lex.speech[w.Fold] {
			continue
		}
		if w.Fold == "according" {
			if i+1 < len(st.words) && st.words[i+1].Fold == "to" {
				if p := mentionAfter(st, ms, st.words[i+1].End, 40); p != "" {
					return p
				}
			}
			continue
		}
		// "X said", "the Russian prime minister said", "X noted that"
		if p := mentionBefore(st, ms, w.Start, 12); p != "" {
			return p
		}
		if i > 0 && (st.words[i-1].Fold == "he" || st.words[i-1].Fold == "she") {
			return lastSubject
		}
		// "said Berg", "said Hungarian Prime Minister X"
		if p := mentionAfter(st, ms, w.End, 60); p != "" {
			return p
		}
	}
	return ""
}

func mentionBefore(st *sentence, ms []personMention, off, within int) string {
	for k := len(ms) - 1; k >= 0; k-- {
		p := ms[k]
		if p.e <= off {
			// "X, the foreign minister of Y, said": across an appositive
			if off-p.e <= within || appositiveRE.MatchString(st.Text[p.e:off]) {
				return p.name
			}
			return ""
		}
	}
	return ""
}

var appositiveRE = regexp.MustCompile(`^\s*,[^,.;:"“”]{1,80},\s*$`)

func mentionAfter(st *sentence, ms []personMention, off, within int) string {
	for _, p := range ms {
		if p.s >= off {
			if p.s-off <= within && !strings.ContainsAny(st.Text[off:p.s], ".,;:\"“”()") {
				return p.name
			}
			return ""
		}
	}
	return ""
}
