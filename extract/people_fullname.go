package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/segment"
	"github.com/diplograph/diplograph/extract/text"
)

// fullNamesOfSurnames finds, for a person the candidates name by the
// surname alone ("Haddadi added"), the full name the document writes
// elsewhere without a title or a verb that would have made it a candidate
// ("In a post, Karim Haddadi wrote"): a run of two to four name words
// ending in that surname, and no more. The reporter introduces a person
// once in full and then uses the surname; the run is taken only when the
// document writes one such full name for the surname (two would be two
// people of one family, which the surname cannot tell apart).
func (r *reader) fullNamesOfSurnames(doc *document, cands []candidate, titles [][]title) []candidate {
	lone := map[string]bool{}
	for _, c := range cands {
		if len(c.toks) == 1 {
			lone[nameFold(c.toks[0])] = true
		}
	}
	for _, c := range cands {
		if len(c.toks) >= 2 {
			for _, t := range c.toks {
				delete(lone, nameFold(t)) // a full name is known already
			}
		}
	}
	if len(lone) == 0 {
		return nil
	}
	found := map[string][]candidate{} // by the folded surname
	names := map[string]map[string]bool{}
	for _, st := range doc.sents {
		for j, w := range st.words {
			sur := nameFold(text.StripPossessive(w.Text))
			if !lone[sur] || !text.IsCap(w.Text) {
				continue
			}
			b := r.nameBack(st, j+1)
			if b >= j || r.nameRun(st, b) != j+1 || insideTitle(titles[st.idx], st.words[b].Start) {
				continue // no given name before it, or the name goes on ("X Y Street")
			}
			if n := r.fullWords(st.words[b : j+1]); n < 2 || n > 4 {
				continue
			}
			toks := nameTokens(st, b, j+1)
			if names[sur] == nil {
				names[sur] = map[string]bool{}
			}
			names[sur][text.FoldWord(strings.Join(toks, " "))] = true
			found[sur] = append(found[sur], candidate{sent: st.idx, s: st.words[b].Start, e: st.words[j].End, toks: toks})
		}
	}
	var out []candidate
	for _, sur := range slices.Sorted(maps.Keys(found)) { // in a fixed order: the order of candidates orders the persons
		if len(names[sur]) == 1 {
			out = append(out, found[sur]...)
		}
	}
	return out
}

// compoundSurnameOf is the one person named in full before (clusters: the
// longer names first) whose last words are the words of toks: a surname
// of two words the text uses alone after the full name ("Luis Herrera
// Montoya" ... "Herrera Montoya added"), or nil when no one or more than
// one person ends so. A surname that opens with a particle may stop short
// of the name's end ("Juan de la Cruz Ramirez" ... "De la Cruz said"). After
// a particle of descent the words are a father's name, another person ("X
// bin Zayed Al Y" is not "Zayed Al Y").
func compoundSurnameOf(clusters []*cluster, toks []string, particle map[string]bool) *cluster {
	want := strings.Join(toks, " ")
	var of *cluster
	for _, o := range clusters {
		n := len(o.tokens)
		found := false
		for at := n - len(toks); at >= 1 && !found; at-- {
			if at < n-len(toks) && !particle[strings.ToLower(toks[0])] {
				break // only a particle's surname stops short of the end
			}
			found = strings.EqualFold(strings.Join(o.tokens[at:at+len(toks)], " "), want) && !particle[strings.ToLower(o.tokens[at-1])]
		}
		if !found {
			continue
		}
		if of != nil && of != o {
			return nil
		}
		of = o
	}
	return of
}

// wrapWidth is the length in characters from which a line that a sentence
// goes on after is read as wrapped at a width, not ended by the writer.
const wrapWidth = 40

// unwrapLines is the sentence's text with each line break that only wraps
// it written as a space (same length, so spans still index the text): a
// name or a title cut at the end of a wrapped line ("Minister Anna\nX")
// is read whole. A break wraps the line before it when that line is long,
// or when the next line goes on in lower case; after a short line it may
// end a heading the sentence was joined to, and stays.
func unwrapLines(doc string, s segment.Sentence) string {
	if !strings.Contains(s.Text, "\n") {
		return s.Text
	}
	b := []byte(s.Text)
	for i := 0; i < len(b); i++ {
		if b[i] != '\n' {
			continue
		}
		at := s.Span.Start + i // the break's offset in the document
		ls := strings.LastIndexByte(doc[:at], '\n') + 1
		line := strings.TrimRight(doc[ls:at], "\r")
		next, _ := utf8.DecodeRune(b[i+1:])
		if utf8.RuneCountInString(strings.TrimSpace(line)) < wrapWidth && !unicode.IsLower(next) {
			continue
		}
		b[i] = ' '
		if i > 0 && b[i-1] == '\r' {
			b[i-1] = ' '
		}
	}
	return string(b)
}

// unglueVerbs splits a verb that a missing space glued to the name before
// it ("Prime Minister Anna Xsaid on Monday") off the name, when the rest
// of the word is one the document writes alone elsewhere (the reporter
// names the person again): the name is then read without the verb. The
// split words keep their offsets in the text; the gap between them is
// empty, so no name runs across it.
func (r *reader) unglueVerbs(doc *document) {
	// the words written alone are gathered when a word first ends in a
	// verb (before any split): most documents have no such word, and the
	// set of all their words would be made for nothing
	var words map[string]bool
	alone := func(fold string) bool {
		if words == nil {
			words = map[string]bool{}
			for _, st := range doc.sents {
				for _, w := range st.words {
					words[w.Fold] = true
				}
			}
		}
		return words[fold]
	}
	for _, st := range doc.sents {
		// the words are copied only from the first split on: most
		// sentences have none
		var out []text.Word
		split := false
		for i, w := range st.words {
			stem, verb := r.gluedVerb(w.Text, alone)
			if verb == "" {
				if split {
					out = append(out, w)
				}
				continue
			}
			if !split {
				out = make([]text.Word, i, len(st.words)+1)
				copy(out, st.words[:i])
			}
			k := w.Start + len(stem)
			out = append(out, text.Word{Start: w.Start, End: k, Text: stem, Fold: text.FoldWord(stem)},
				text.Word{Start: k, End: w.End, Text: verb, Fold: verb})
			split = true
		}
		if split {
			st.words = out
			st.covered = coverage(st.words, st.gaz)
		}
	}
}

// gluedVerb: the capitalised word is a name of three letters or more
// followed without a space by a glued verb, and the name stands alone in
// the document; the two parts, or "", "".
func (r *reader) gluedVerb(w string, alone func(fold string) bool) (string, string) {
	if !text.IsCap(w) {
		return "", ""
	}
	for v := range r.lex.gluedVerb {
		stem, ok := strings.CutSuffix(w, v)
		if !ok || utf8.RuneCountInString(stem) < 3 || !alone(text.FoldWord(stem)) || r.lex.notName[stem] {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(stem); !unicode.IsLower(last) {
			continue
		}
		return stem, v
	}
	return "", ""
}

// firstOfPair: in "X Y and Z W signed" the subject is a pair of persons,
// and the full name before "and" (word i) is the first of them, though no
// verb follows it. Only a name of two words or more is taken: one word
// before "and" may be an organisation's.
func (r *reader) firstOfPair(st *sentence, titles []title, i int) []candidate {
	if i == 0 || !text.OnlySpace(st.gap(i-1, i)) {
		return nil
	}
	b := r.nameBack(st, i)
	if b >= i || r.nameRun(st, b) != i || r.fullWords(st.words[b:i]) < 2 || insideTitle(titles, st.words[b].Start) {
		return nil
	}
	return []candidate{{sent: st.idx, s: st.words[b].Start, e: st.words[i-1].End, toks: nameTokens(st, b, i)}}
}

// nicknames maps the folded nickname a full name holds in quotes
// ('Ramon "Monching" Reyes') to the person of that name (full: clusters
// by their folded full names), so the nickname alone names the person; a
// nickname two people hold names neither.
func nicknames(doc *document, cands []candidate, full map[string]*cluster) map[string]*cluster {
	nick := map[string]*cluster{}
	taken := map[string]bool{}
	for _, c := range cands {
		if c.sent < 0 || len(c.toks) < 2 || c.sent >= len(doc.sents) {
			continue
		}
		cl := full[text.FoldWord(strings.Join(c.toks, " "))]
		if cl == nil {
			continue
		}
		st := doc.sents[c.sent]
		first := wordIndexAt(st, c.s)
		for k := first + 1; k < len(st.words) && st.words[k].End <= c.e; k++ {
			if !quoted(st, first, k) {
				continue
			}
			f := st.words[k].Fold
			if o, ok := nick[f]; ok && o != cl {
				taken[f] = true
			}
			nick[f] = cl
		}
	}
	for f := range taken {
		delete(nick, f)
	}
	return nick
}
