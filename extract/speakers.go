package extract

import (
	"regexp"
	"sort"
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
	// the nearest attributed sentence after and before each sentence of the
	// same paragraph, found in one pass each way so that a paragraph of many
	// quoted sentences costs no more than its length
	next, prev := make([]int, len(doc.sents)), make([]int, len(doc.sents))
	for i, n := len(doc.sents)-1, -1; i >= 0; i-- {
		if i+1 < len(doc.sents) && doc.sents[i+1].Para != doc.sents[i].Para {
			n = -1
		}
		next[i] = n
		if attributed[i] != "" {
			n = i
		}
	}
	for i, p := 0, -1; i < len(doc.sents); i++ {
		if i > 0 && doc.sents[i-1].Para != doc.sents[i].Para {
			p = -1
		}
		prev[i] = p
		if attributed[i] != "" {
			p = i
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
		// another sentence of the same paragraph, the next one first
		if j := next[i]; j >= 0 {
			out[i].speaker = attributed[j]
		} else if j := prev[i]; j >= 0 {
			out[i].speaker = attributed[j]
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

// mentionBefore is the person mentioned last before off, within a few
// bytes or across an appositive. Mentions are sorted by start, so the search
// starts at the last one that starts before off.
func mentionBefore(st *sentence, ms []personMention, off, within int) string {
	last := sort.Search(len(ms), func(k int) bool { return ms[k].s >= off })
	for k := last - 1; k >= 0; k-- {
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

// mentionAfter is the person mentioned first after off, within a few bytes
// and no punctuation away.
func mentionAfter(st *sentence, ms []personMention, off, within int) string {
	first := sort.Search(len(ms), func(k int) bool { return ms[k].s >= off })
	for _, p := range ms[first:] {
		if p.s >= off {
			if p.s-off <= within && !strings.ContainsAny(st.Text[off:p.s], ".,;:\"“”()") {
				return p.name
			}
			return ""
		}
	}
	return ""
}
