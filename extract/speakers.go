package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/text"
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
		who := r.attribution(st, ms, lastSubject, p)
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
		if out[i].speaker != "" {
			continue
		}
		if !st.Quoted && len(st.Quotes) == 0 && !listItem(st) {
			// "The minister said:" and a paragraph of what she said, with
			// no quotation marks: the paragraph right after the colon
			if k := lastOfParagraphBefore(doc, i); k >= 0 && introducesQuote(doc.sents[k]) && attributed[k] != "" && doc.sents[k].turn < 0 {
				out[i].speaker = attributed[k]
			}
			continue
		}
		// a quotation spanning several sentences: its attribution is in
		// another sentence of the same paragraph, the next one first
		if j := next[i]; j >= 0 {
			out[i].speaker = attributed[j]
		} else if j := prev[i]; j >= 0 {
			out[i].speaker = attributed[j]
		} else if k := lastOfParagraphBefore(doc, i); k >= 0 && out[k].speaker != "" && doc.sents[k].turn < 0 &&
			(doc.sents[k].Quoted || len(doc.sents[k].Quotes) > 0 || introducesQuote(doc.sents[k]) || listItem(doc.sents[k]) && listItem(st)) {
			// a quotation over several paragraphs ("In her remarks the
			// minister stressed:" and the quoted paragraphs after it), or
			// the items of a list a speaker introduced ("X cited these
			// figures:")
			out[i].speaker = out[k].speaker
		}
	}
	// a quotation over several paragraphs whose attribution comes at its
	// end (“... ¶ “...,” X said.): a paragraph that leaves the quotation
	// open is the speaker's of the quoted paragraph after it
	for i := len(doc.sents) - 1; i >= 0; i-- {
		st := doc.sents[i]
		if st.turn >= 0 || out[i].speaker != "" || !st.Quoted && len(st.Quotes) == 0 {
			continue
		}
		last := i
		for last+1 < len(doc.sents) && doc.sents[last+1].Para == st.Para {
			last++
		}
		n := last + 1
		if n < len(doc.sents) && doc.sents[n].Para == st.Para+1 && doc.sents[n].Quoted && doc.sents[n].turn < 0 && leavesQuoteOpen(doc.sents[last]) {
			out[i].speaker = out[n].speaker
		}
	}
	return out
}

// leavesQuoteOpen reports a sentence whose quotation runs to its end with
// no closing mark: the quotation goes on in the next paragraph.
func leavesQuoteOpen(st *sentence) bool {
	if len(st.Quotes) == 0 || st.Quotes[len(st.Quotes)-1].End != st.Span.End {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(st.Text, " .!?"))
	return !strings.ContainsRune(`”"»’'`, r)
}

// listItem reports a sentence that is an item of a list ("- 180 joint
// ventures operate", "• trade grew by 25%").
func listItem(st *sentence) bool {
	t := strings.TrimSpace(st.Text)
	r, n := utf8.DecodeRuneInString(t)
	return n > 0 && n < len(t) && strings.ContainsRune("-–•·*▪", r) && t[n] == ' '
}

// lastOfParagraphBefore is the last sentence of the paragraph before
// sentence i's, or -1.
func lastOfParagraphBefore(doc *document, i int) int {
	para := doc.sents[i].Para
	for k := i - 1; k >= 0; k-- {
		if doc.sents[k].Para != para {
			if doc.sents[k].Para == para-1 {
				return k
			}
			return -1
		}
	}
	return -1
}

// introducesQuote reports a sentence that ends in a colon: what follows
// is its speaker's ("The minister stressed:").
func introducesQuote(st *sentence) bool {
	return strings.HasSuffix(strings.TrimSpace(st.Text), ":")
}

// attribution finds the person a speech verb in the sentence points to.
func (r *reader) attribution(st *sentence, ms []personMention, lastSubject string, p *people) string {
	if st.matches(r.lex.pronounAttribution) {
		return lastSubject // "According to him, ...", "In her words, ..."
	}
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
		// "the Kenyan leader recalled", "the top Chilean diplomat added"
		if who := r.described(st, p, i, lastSubject); who != "" {
			return who
		}
		// "he said", "she also noted"
		h := i - 1
		for h >= 0 && r.lex.speechAdverb[st.words[h].Fold] {
			h--
		}
		if h >= 0 && (st.words[h].Fold == "he" || st.words[h].Fold == "she") {
			return lastSubject
		}
		// "said Berg", "said Hungarian Prime Minister X", "said Mr. X"
		if p := mentionAfter(st, ms, r.pastHonorifics(st, i+1, w.End), 60); p != "" {
			return p
		}
	}
	return ""
}

// pastHonorifics is the end of the courtesy titles from word k on ("Mr.",
// "H.E."), so that their dots do not part a speech verb from the name
// after them, or off where there are none.
func (r *reader) pastHonorifics(st *sentence, k, off int) int {
	for ; k < len(st.words) && r.isHonorific(st, k); k++ {
		off = st.words[k].End
		if off < len(st.Text) && st.Text[off] == '.' {
			off++
		}
	}
	return off
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
// and no punctuation away. A full stop inside a sentence ends no clause: it
// is an abbreviation's ("said U.S. Secretary of State X", "said Foreign
// Minister Dr. X").
func mentionAfter(st *sentence, ms []personMention, off, within int) string {
	first := sort.Search(len(ms), func(k int) bool { return ms[k].s >= off })
	for _, p := range ms[first:] {
		if p.s >= off {
			if p.s-off <= within && !strings.ContainsAny(st.Text[off:p.s], ",;:\"“”()") {
				return p.name
			}
			return ""
		}
	}
	return ""
}

// described is the person a description right before the speech verb at
// word k stands for ("the Kenyan leader said", "the top Chilean diplomat
// added"): the one person of that country holding one of the offices the
// description names, the likeliest office first.
func (r *reader) described(st *sentence, p *people, k int, lastSubject string) string {
	j := k - 1
	for j >= 0 && r.lex.speechAdverb[st.words[j].Fold] {
		j--
	}
	// "the Azerbaijani minister, for his part, said": past a short
	// parenthetical between commas
	if j >= 0 && j+1 < len(st.words) && strings.Contains(st.gap(j, j+1), ",") {
		for q := j; q > 0 && q > j-5; q-- {
			if strings.Contains(st.gap(q-1, q), ",") {
				j = q - 1
				break
			}
		}
	}
	for _, d := range r.lex.descriptors {
		// "the minister stressed": the person last spoken of, if the
		// description fits them, else the one person it fits
		if n := len(d.words); j-n >= 0 && st.words[j-n].Fold == "the" && foldsAre(st.words[j-n+1:j+1], d.words) {
			if cl := p.byName[lastSubject]; cl != nil && holds(cl, d.offices) {
				return lastSubject
			}
			if who := p.holderOf("", d.offices); who != "" {
				return who
			}
		}
		// the description's words, with the country among or before them
		for span := len(d.words) + 1; span <= len(d.words)+2 && j-span+1 >= 0; span++ {
			country := ""
			// room on the stack: this is tried for every descriptor
			// before every speech verb
			var room [8]string
			rest := room[:0]
			for q := j - span + 1; q <= j; q++ {
				if c := countryOf(st.match(q)); c != "" {
					if country != "" && country != c {
						country = "-"
					}
					if country == "" {
						country = c
					}
					continue
				}
				rest = append(rest, st.words[q].Fold)
			}
			if country == "" || country == "-" || !slices.Equal(rest, d.words) {
				continue
			}
			if who := p.holderOf(country, d.offices); who != "" {
				return who
			}
			if who := p.onlyOf(country); who != "" {
				return who // no office known: the one person of that country
			}
		}
	}
	return ""
}

// foldsAre reports whether the words' folded forms are ws.
func foldsAre(words []text.Word, ws []string) bool {
	if len(words) != len(ws) {
		return false
	}
	for i, w := range words {
		if w.Fold != ws[i] {
			return false
		}
	}
	return true
}

// holds reports whether a person holds one of offices.
func holds(cl *cluster, offices []string) bool {
	for _, ro := range cl.roles {
		for _, o := range offices {
			if officeIs(ro.Role, o) {
				return true
			}
		}
	}
	return false
}

// holderOf is the one person of a country ("" for any) who holds one of
// offices, the earlier office in the list winning; "" when none does or two
// tie.
func (p *people) holderOf(country string, offices []string) string {
	best, rank, tie := "", len(offices), false
	for _, cl := range p.list {
		for _, ro := range cl.roles {
			c := ro.Country
			if c == "" {
				c = p.country[cl]
			}
			if country != "" && c != country {
				continue
			}
			for k, o := range offices {
				if k > rank || !officeIs(ro.Role, o) {
					continue
				}
				switch {
				case k < rank:
					best, rank, tie = cl.name, k, false
				case best != cl.name:
					tie = true
				}
			}
		}
	}
	if tie {
		return ""
	}
	return best
}

// officeIs reports whether role is the office a description names ("*Minister":
// any office holding the word).
func officeIs(role, office string) bool {
	if w, ok := strings.CutPrefix(office, "*"); ok {
		return strings.Contains(role, w)
	}
	return role == office
}

// onlyOf is the one person of a country the document names, or "".
func (p *people) onlyOf(country string) string {
	who := ""
	for _, cl := range p.list {
		if p.country[cl] == country {
			if who != "" {
				return ""
			}
			who = cl.name
		}
	}
	return who
}
