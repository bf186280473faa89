// Package segment cuts a document body into sentences, transcript turns and
// its dateline, in time linear in the body's length. Spans index the body, so
// every later stage can point back into the document.
package segment

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/extract/lexicon"
	"github.com/diplograph/diplograph/fact"
)

// Document and Span are the fact package's.
type (
	Document = fact.Document
	Span     = fact.Span
)

// Sentence is one sentence of a document body.
type Sentence struct {
	Span    Span   // Text == Document.Text[Span.Start:Span.End]
	Text    string // trimmed of surrounding space; may hold line breaks of wrapped text
	Line    int    // 1-based file line the sentence starts on
	Para    int    // 0-based paragraph index in the document
	Speaker string // transcript speaker label of the turn the sentence is in, "" if none
	Quoted  bool   // the sentence starts inside quotation marks (reported speech)
	Quotes  []Span // quoted stretches inside the sentence, quote marks included
}

// Turn is one transcript turn: a line starting "Label: text" and what
// follows it up to the next such line.
type Turn struct {
	Speaker string // the full label before the colon, titles included
	Label   Span   // the label's span
	Span    Span   // from the label to the end of the turn's last text
}

// Segments is a document body cut into the pieces the later stages need.
// The dateline and the speaker labels are not part of any sentence.
type Segments struct {
	Sentences        []Sentence
	Turns            []Turn
	Dateline         string // raw place of the dateline ("CITY" in "CITY, May 5 (Agency) –"), or ""
	DatelineSpan     Span
	DatelineDate     string // raw date text of the dateline ("May 5"), or ""
	DatelineDateSpan Span
}

// para is a stretch of body text the splitter works on: lines joined when
// one continues the sentence of the previous one.
type para struct {
	start, end int
	last       int // 0-based index into lines of its last line
	label      bool
}

type line struct {
	start, end int // content, without "\r\n"
}

// Segmenter cuts document bodies into sentences, turns and datelines with
// the words of its vocabulary (data/lexicon/segment.tsv and the month names
// of data/lexicon/dates.tsv). It is never changed after New and is safe for
// concurrent use.
type Segmenter struct {
	// labelStop: "Word: text" at the start of a line that is not someone speaking
	labelStop map[string]bool
	// connectors may appear in lower case inside a speaker label ("President
	// of the Republic", "Maria Clara da Costa")
	connectors map[string]bool
	// titleAbbr: abbreviations that end in a period without ending the
	// sentence; titles come before a name, so never end one
	titleAbbr map[string]bool
	// numberAbbr precede a number ("No. 5", "Aug. 19", "p. 12")
	numberAbbr map[string]bool
	// unitAbbr follow a number ("$5 bln. rubles"); they end a sentence only
	// when an ordinary capitalised word follows
	unitAbbr map[string]bool
	// starters are the words that, after a dotted abbreviation such as
	// "U.S." or "p.m.", show that a new sentence began
	starters map[string]bool
	// dateRE matches the date forms datelines use: "May 27", "May 27, 2024",
	// "May 27/2024", "27 May 2024", "27th May, 2024", "2024-05-27", "27.05.2024"
	dateRE *regexp.Regexp
	// weekdays (lower case) may stand before a dateline's date as a piece
	// of its own ("City, Monday, 5 May 2025")
	weekdays map[string]bool
	// isPlace, when set, knows the names of cities and countries: a
	// "Place: text" opening the body is then a dateline, not a speaker
	isPlace func(name string) bool
}

// KnowingPlaces returns a copy of sg that asks isPlace whether a label
// opening the body ("Capital: The president received ...") names a place,
// and takes such a label for a dateline rather than a speaker.
func (sg *Segmenter) KnowingPlaces(isPlace func(name string) bool) *Segmenter {
	c := *sg
	c.isPlace = isPlace
	return &c
}

// New returns a segmenter that reads the words of lex.
func New(lex *lexicon.Lexicon) *Segmenter {
	var months []string
	for _, m := range lex.Words("month") {
		months = append(months, regexp.QuoteMeta(strings.ToUpper(m[:1])+m[1:]))
	}
	// longest first, so that "Sept" is tried before "Sep"
	sort.SliceStable(months, func(i, j int) bool { return len(months[i]) > len(months[j]) })
	monthsRE := `(?:` + strings.Join(months, "|") + `)\.?`
	return &Segmenter{
		labelStop:  lex.Set("label-stop"),
		connectors: lex.Set("label-connector"),
		titleAbbr:  lex.Set("title-abbr"),
		numberAbbr: lex.Set("number-abbr"),
		unitAbbr:   lex.Set("unit-abbr"),
		starters:   lex.Set("sentence-starter"),
		weekdays:   lex.Set("weekday"),
		dateRE: regexp.MustCompile(`^(?:` + monthsRE + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4}|/\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+` + monthsRE +
			`(?:,?\s+\d{4})?|` + monthsRE + `\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$`),
	}
}

// Segment splits a document body into sentences, transcript turns and
// its dateline. It runs in time linear in the length of the body.
func (sg *Segmenter) Segment(doc Document) Segments {
	text := doc.Text
	lines := splitLines(text)
	wrapped := hardWrapped(text, lines)

	var seg Segments
	var paras []para
	var turnStarts []int // index into paras of the first paragraph of each turn
	for i, l := range lines {
		s := skipSpace(text, l.start, l.end)
		if s == l.end {
			continue
		}
		if end, ok := sg.speakerLabel(text[s:l.end]); ok && !headlineLabel(text[s:l.end], end) {
			label := Span{Start: s, End: s + end}
			if len(seg.Turns) == 0 && len(paras) <= 2 && seg.Dateline == "" && sg.isPlace != nil && sg.isPlace(text[label.Start:label.End]) {
				// "Capital: The president received ..." opens a report
				// filed there; no one speaks
				seg.Dateline, seg.DatelineSpan = text[label.Start:label.End], label
				paras = append(paras, para{start: skipSpace(text, label.End+1, l.end), end: l.end, last: i})
				continue
			}
			seg.Turns = append(seg.Turns, Turn{Speaker: text[label.Start:label.End], Label: label, Span: Span{Start: s, End: l.end}})
			turnStarts = append(turnStarts, len(paras))
			rest := skipSpace(text, label.End+1, l.end)
			paras = append(paras, para{start: rest, end: l.end, last: i, label: true})
			continue
		}
		if n := len(paras); n > 0 && paras[n-1].last == i-1 && paras[n-1].end > paras[n-1].start &&
			joins(text, s, l.end, wrapped) {
			paras[n-1].end, paras[n-1].last = l.end, i
			continue
		}
		paras = append(paras, para{start: s, end: l.end, last: i})
	}

	skip := sg.findDateline(text, paras, &seg)

	lineStarts := make([]int, len(lines))
	for i, l := range lines {
		lineStarts[i] = l.start
	}
	turn := -1
	pi := 0 // paragraphs that gave sentences, so indexes have no gaps
	for k, p := range paras {
		for turn+1 < len(turnStarts) && turnStarts[turn+1] <= k {
			turn++
		}
		if k == skip.para && skip.whole {
			continue
		}
		start := p.start
		if k == skip.para {
			start = skip.from
		}
		if start >= p.end {
			continue
		}
		speaker := ""
		if turn >= 0 {
			speaker = seg.Turns[turn].Speaker
			seg.Turns[turn].Span.End = p.end
		}
		quotes := findQuotes(text, start, p.end)
		qi := 0
		for _, sp := range sg.splitSentences(text, start, p.end) {
			sp = trimSpan(text, sp)
			if sp.End <= sp.Start {
				continue
			}
			s := Sentence{
				Span:    sp,
				Text:    text[sp.Start:sp.End],
				Line:    doc.Line + sort.SearchInts(lineStarts, sp.Start+1) - 1,
				Para:    pi,
				Speaker: speaker,
			}
			// Quotes and sentences are both in order and do not overlap
			// among themselves, so one pass over each suffices.
			for qi < len(quotes) && quotes[qi].End <= sp.Start {
				qi++
			}
			for k := qi; k < len(quotes) && quotes[k].Start < sp.End; k++ {
				q := quotes[k]
				if q.Start <= sp.Start {
					s.Quoted = true
				}
				s.Quotes = append(s.Quotes, Span{Start: max(q.Start, sp.Start), End: min(q.End, sp.End)})
			}
			seg.Sentences = append(seg.Sentences, s)
		}
		pi++
	}
	return seg
}

func splitLines(text string) []line {
	var lines []line
	for start := 0; start <= len(text); {
		i := strings.IndexByte(text[start:], '\n')
		end := len(text)
		next := len(text) + 1
		if i >= 0 {
			end, next = start+i, start+i+1
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		lines = append(lines, line{start, e})
		start = next
	}
	return lines
}

// hardWrapped tells text wrapped at a fixed width (every line short, most
// lines long-ish, paragraphs of several lines), where a line break is not
// the end of a sentence.
func hardWrapped(text string, lines []line) bool {
	long, nonBlank, run, maxRun := 0, 0, 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(text[l.start:l.end])
		if strings.TrimSpace(text[l.start:l.end]) == "" {
			run = 0
			continue
		}
		if n > 100 {
			return false
		}
		nonBlank++
		run++
		maxRun = max(maxRun, run)
		if n >= 50 {
			long++
		}
	}
	return maxRun >= 3 && long >= 3 && long*2 >= nonBlank
}

// joins says whether the line starting at s continues the paragraph of the
// previous line rather than starting a new one. A line without final
// punctuation is a headline or list item of its own unless the text is
// hard-wrapped or the next line plainly continues it in lower case.
func joins(text string, s, end int, wrapped bool) bool {
	if listItem(text[s:end]) {
		return false
	}
	if wrapped {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[s:end])
	return unicode.IsLower(r)
}

var listItemRE = regexp.MustCompile(`^(?:\d{1,3}[.)]|[-*•‣▪–]|\([a-z0-9ivx]{1,4}\))\s`)

func listItem(line string) bool { return listItemRE.MatchString(line) }

func skipSpace(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

func trimSpan(text string, sp Span) Span {
	sp.Start = skipSpace(text, sp.Start, sp.End)
	for sp.End > sp.Start {
		r, n := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= n
	}
	return sp
}

// speakerLabel recognises "Label: " at the start of a line and returns the
// length of the label.
func (sg *Segmenter) speakerLabel(line string) (int, bool) {
	colon := strings.IndexByte(line, ':')
	if colon <= 0 || colon > 160 {
		return 0, false
	}
	if colon+1 < len(line) && line[colon+1] != ' ' && line[colon+1] != '\t' {
		return 0, false
	}
	label := line[:colon]
	if strings.TrimRight(label, " \t") != label || strings.ContainsAny(label, "0123456789;()[]/|\"“”«»–—!?&@#*_=+<>") {
		return 0, false
	}
	if name, title, ok := strings.Cut(label, ","); ok && !sg.nameAndTitle(name, title) {
		return 0, false
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 14 {
		return 0, false
	}
	if sg.labelStop[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
		return 0, false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			continue
		}
		if i == 0 || i == len(words)-1 || !sg.connectors[w] {
			return 0, false
		}
	}
	return colon, true
}

// nameAndTitle reports a label of a transcript that writes its speaker's
// name and office in capitals, parted by a comma ("JANE DOE, PRIME MINISTER
// OF EXAMPLIA"): two words or more on either side of one comma, no letter in
// lower case, and no place before the comma ("PORT CITY, EXAMPLIA" files a
// report there). A comma in any other label is a dateline's or a
// sentence's.
func (sg *Segmenter) nameAndTitle(name, title string) bool {
	if strings.Contains(title, ",") || len(strings.Fields(name)) < 2 || len(strings.Fields(title)) < 2 {
		return false
	}
	if strings.IndexFunc(name+title, unicode.IsLower) >= 0 {
		return false
	}
	return sg.isPlace == nil || !sg.isPlace(strings.TrimSpace(name))
}

// headlineLabel tells a headline written "Name: what was said" ("Fidan:
// Iranian president to visit Turkey soon") from a speaker's turn: a label
// of one word before a line of several words that no punctuation ends.
// Turns end their sentences; headlines do not.
func headlineLabel(line string, colon int) bool {
	if strings.ContainsAny(strings.TrimSpace(line[:colon]), " \t") {
		return false
	}
	rest := strings.TrimSpace(line[colon+1:])
	if len(strings.Fields(rest)) < 4 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	return !strings.ContainsRune(".!?:;…\"”’)»", r)
}

// splitSentences cuts [start, end) of text at sentence boundaries. Each
// position is looked at once, and the look-behind for the word before a
// period is bounded, so the whole is linear.
func (sg *Segmenter) splitSentences(text string, start, end int) []Span {
	var out []Span
	sent := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !terminator(r) {
			i += n
			continue
		}
		j := i + n
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !terminator(r2) {
				break
			}
			j += n2
		}
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !closer(r2) {
				break
			}
			j += n2
		}
		if j >= end {
			break
		}
		if r2, _ := utf8.DecodeRuneInString(text[j:end]); !unicode.IsSpace(r2) {
			if gluedBoundary(text, sent, i, j, end) {
				// "...economic activities.The minister": a space lost
				// after the full stop
				out = append(out, Span{Start: sent, End: j})
				sent = j
			}
			i = j // "12.5", "U.S.", "www.example.org"
			continue
		}
		k := skipSpace(text, j, end)
		if k >= end {
			break
		}
		if sg.boundary(text, sent, i, j, k, end) {
			out = append(out, Span{Start: sent, End: j})
			sent = k
		}
		i = k
	}
	if sent < end {
		out = append(out, Span{Start: sent, End: end})
	}
	return out
}

// gluedBoundary reports a full stop at text[i] with no space after it that
// still ends a sentence: a word of three or more lower-case letters before
// it, and a capitalised word of lower-case letters right after
// ("activities.The"). Addresses ("www.example.org", "News.Az") and
// abbreviations ("U.S.") have no such words on both sides.
func gluedBoundary(text string, sent, i, j, end int) bool {
	if text[i] != '.' || j != i+1 {
		return false
	}
	n := 0
	for k := i; k > sent; {
		r, size := utf8.DecodeLastRuneInString(text[sent:k])
		if !unicode.IsLetter(r) {
			if unicode.IsSpace(r) || opener(r) {
				break
			}
			return false // "www.example.org", "1.5"
		}
		if !unicode.IsLower(r) {
			return false // "News.Az": a capitalised word is a name or an address
		}
		n++
		k -= size
	}
	if n < 3 {
		return false
	}
	r, size := utf8.DecodeRuneInString(text[j:end])
	if !unicode.IsUpper(r) {
		return false
	}
	lower := 0
	for k := j + size; k < end; {
		r, size := utf8.DecodeRuneInString(text[k:end])
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsLower(r) {
			return false // "example.COM", "iPhone.XS"
		}
		lower++
		k += size
	}
	return lower >= 1 && (j+size+lower >= end || !strings.HasPrefix(text[j+size+lower:min(end, j+size+lower+1)], "."))
}

func terminator(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

func closer(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»', '›':
		return true
	}
	return false
}

func opener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«', '‹', '„':
		return true
	}
	return false
}

// boundary decides whether the terminator run text[i:j] (closing quotes
// included) ends the sentence that began at sent; k is where the next
// non-space text starts.
func (sg *Segmenter) boundary(text string, sent, i, j, k, end int) bool {
	next, _ := utf8.DecodeRuneInString(text[k:end])
	if unicode.IsLower(next) {
		return false
	}
	if text[i] != '.' || (i+1 < end && text[i+1] == '.') {
		return true // "?", "!", ellipsis
	}
	if strings.ContainsAny(text[i+1:j], "!?…") {
		return true
	}
	// The word before the period, bounded so that a long run without
	// spaces costs no more than a constant.
	ws := i
	for ws > sent && i-ws < 40 {
		r, n := utf8.DecodeLastRuneInString(text[sent:ws])
		if unicode.IsSpace(r) || opener(r) {
			break
		}
		ws -= n
	}
	w := text[ws:i]
	if w == "" {
		return true
	}
	lw := strings.ToLower(w)
	nextWord := wordAt(text, k, end)
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) && !unicode.IsDigit(next) {
		// an initial: "J. Smith", also a letter that in lower case is an
		// abbreviation ("K. P. Name" is no page)
		return false
	}
	switch {
	case sg.titleAbbr[lw]:
		return false
	case sg.numberAbbr[lw]:
		return !unicode.IsDigit(next)
	case sg.unitAbbr[lw]:
		return capitalised(nextWord)
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return false // an initial: "J. Smith"
		}
	}
	if dottedAbbr(afterDash(w)) {
		return sg.starters[nextWord] // also a compound's last part: "Philippines-U.S. Joint Commission"
	}
	if ws == sent && digits(w) && lineStart(text, sent) >= 0 {
		return false // a list number "1." at the start of a line
	}
	return true
}

// lineStart returns the start of the line containing i, looking back
// over spaces only so it stays constant-time.
func lineStart(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 || text[i-1] == '\n' {
		return i
	}
	return -1
}

func digits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// afterDash is the part of w after its last hyphen or dash, or w.
func afterDash(w string) string {
	if k := strings.LastIndexAny(w, "-–—"); k >= 0 {
		_, n := utf8.DecodeRuneInString(w[k:])
		return w[k+n:]
	}
	return w
}

// dottedAbbr matches "U.S", "a.m", "e.g": single letters joined by dots
// (the final period has been cut off).
func dottedAbbr(w string) bool {
	parts := strings.Split(w, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
		r, _ := utf8.DecodeRuneInString(p)
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func wordAt(text string, k, end int) string {
	e := k
	for e < end && e-k < 40 {
		r, n := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		e += n
	}
	return text[k:e]
}

// capitalised is "The" but not "US" or "USD".
func capitalised(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[n:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// findQuotes returns the quoted stretches of [start, end), quote marks
// included. Straight quotes are told apart by what is beside them; a
// closing mark with no opening one quotes from the paragraph start (a
// dropped opening quote is common in copied news), and an unclosed one
// runs to the paragraph end (the convention for quotes over paragraphs).
func findQuotes(text string, start, end int) []Span {
	var out []Span
	open := -1
	from := start
	var closer rune
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch r {
		case '“':
			if open >= 0 && closer == '“' {
				// German „…“ closes with the mark English opens with.
				out = append(out, Span{Start: open, End: i + n})
				open, from = -1, i+n
			} else if open < 0 {
				open, closer = i, '”'
			}
		case '„', '«':
			if open < 0 {
				open, closer = i, '“'
				if r == '«' {
					closer = '»'
				}
			}
		case '”', '»':
			if open >= 0 && (closer == r || closer == '“' && r == '”') {
				out = append(out, Span{Start: open, End: i + n})
				open, from = -1, i+n
			} else if open < 0 {
				out = append(out, Span{Start: from, End: i + n})
				from = i + n
			}
		case '"':
			prev, _ := utf8.DecodeLastRuneInString(text[start:i])
			nxt, _ := utf8.DecodeRuneInString(text[i+n : end])
			closing := i > start && !unicode.IsSpace(prev) && !opener(prev) &&
				(i+n >= end || unicode.IsSpace(nxt) || unicode.IsPunct(nxt))
			switch {
			case open >= 0 && closer == '"':
				out = append(out, Span{Start: open, End: i + n})
				open, from = -1, i+n
			case open < 0 && closing:
				out = append(out, Span{Start: from, End: i + n})
				from = i + n
			case open < 0:
				open, closer = i, '"'
			}
		}
		i += n
	}
	if open >= 0 {
		out = append(out, Span{Start: open, End: end})
	}
	return out
}

// datelineSkip is where the dateline sits, so that it is left out of sentences.
type datelineSkip struct {
	para  int  // index of the paragraph holding it, -1 for none
	whole bool // the paragraph is nothing but the dateline
	from  int  // where the paragraph's text resumes after an inline dateline
}

// agencyRE is the "/AGENCY/." that ends some wire datelines.
var agencyRE = regexp.MustCompile(`^\s*/[^/\s][^/\n]{0,30}/\.?\s+`)

// dashRE is the dash that ends most datelines: spaced, or glued to the
// parenthesis of an agency ("(Agency)-- ").
var dashRE = regexp.MustCompile(`\s+(?:–|—|--|-)\s+|\)(?:–|—|--)\s+`)

// openEndRE ends a dateline that has no dash: the colon after its date
// ("City, 8 July 2024: text") or the agency's closing parenthesis before
// the text ("City, Feb 10 (AGENCY) Text"). What it closes must still read
// as a place, a date and an agency.
var openEndRE = regexp.MustCompile(`^[^:()\n]{3,60}(?::\s+|\([^()\n]{2,30}\)\s+)`)

// syndicationRE is a feed's tag before the dateline of the story it
// carries: "(FEED- Example News Agency (ENA)) CITY, May 5 (ENA) -- ".
var syndicationRE = regexp.MustCompile(`^\([A-Z][A-Za-z]*-\s[^()\n]{0,60}(?:\([^()\n]{0,20}\))?\)\s+`)

// agencyParenRE is "AGENCY (PLACE, DATE)": the place and date inside the
// agency's parenthesis.
var agencyParenRE = regexp.MustCompile(`^(\S+)\s*\(([^()]+)\)$`)

// clockRE is the time some sites put before a dateline line ("08:38 | ").
var clockRE = regexp.MustCompile(`^\d{1,2}:\d{2}\s*\|\s*`)

// timeOfDayRE is a time of day some wires put in the dateline ("14:05 GMT+7",
// "9.30 a.m. EST", "16:00 hrs"): no place, no date, skipped.
var timeOfDayRE = regexp.MustCompile(`^\d{1,2}[:.]\d{2}(?:\s*(?:a\.?m\.?|p\.?m\.?|hrs|h))?(?:\s*(?:GMT|UTC)(?:\s*[+−-]\s*\d{1,2}(?::\d{2})?)?|\s+[A-Z]{2,4})?$`)

// findDateline looks at the first few paragraphs for an inline dateline
// ("CITY, May 5 (Agency) – text") or a line that is only a date and a place.
// A place already known (a "Place:" label opening the body) is kept.
func (sg *Segmenter) findDateline(text string, paras []para, seg *Segments) datelineSkip {
	skip := datelineSkip{para: -1}
	for k, p := range paras {
		if k >= 6 || p.start > 4096 || p.label {
			break
		}
		place, date, from, ok := sg.inlineDateline(text, p.start, p.end)
		if !ok {
			date, from, ok = sg.agencyDateDateline(text, p.start, p.end)
		}
		if ok {
			if place.End > place.Start && seg.Dateline == "" {
				seg.Dateline, seg.DatelineSpan = text[place.Start:place.End], place
			}
			if date.End > date.Start && seg.DatelineDate == "" {
				seg.DatelineDate, seg.DatelineDateSpan = text[date.Start:date.End], date
			}
			if skip.para < 0 {
				skip = datelineSkip{para: k, from: from}
			}
			return skip
		}
		if seg.DatelineDate != "" {
			continue
		}
		if place, date, ok := sg.standaloneDateline(text, p.start, p.end); ok {
			seg.DatelineDate, seg.DatelineDateSpan = text[date.Start:date.End], date
			skip = datelineSkip{para: k, whole: true}
			if place.End > place.Start {
				if seg.Dateline == "" {
					seg.Dateline, seg.DatelineSpan = text[place.Start:place.End], place
				}
				return skip
			}
		}
	}
	return skip
}

// inlineDateline parses "PLACE[, DATE][, AGENCY | (AGENCY)] – ",
// "PLACE[, DATE]. /AGENCY/. " or "AGENCY (PLACE, DATE) – " at the start of
// [start, end), after a feed's tag if one comes first.
func (sg *Segmenter) inlineDateline(text string, start, end int) (place, date Span, from int, ok bool) {
	if m := syndicationRE.FindStringIndex(text[start:min(end, start+120)]); m != nil {
		start += m[1]
	}
	head := text[start:min(end, start+120)]
	if nl := strings.IndexByte(head, '\n'); nl >= 0 {
		head = head[:nl]
	}
	var prefix string
	slashAgency := false
	openEnd := false // no dash ends it: a date must be in it
	if m := dashRE.FindStringIndex(head); m != nil {
		cut := m[0]
		if head[cut] == ')' {
			cut++ // the parenthesis belongs to the agency
		}
		prefix, from = head[:cut], start+m[1]
	} else if slash := strings.Index(head, " /"); slash > 0 && agencyRE.MatchString(head[slash:]) {
		m := agencyRE.FindStringIndex(head[slash:])
		prefix, from = strings.TrimSuffix(head[:slash], "."), start+slash+m[1]
		slashAgency = true
	} else if m := openEndRE.FindStringIndex(head); m != nil && m[1] < len(head) && unicode.IsUpper([]rune(head[m[1]:])[0]) {
		cut := strings.TrimRight(head[:m[1]], " ")
		prefix, from = strings.TrimSuffix(cut, ":"), start+m[1]
		openEnd = true
	}
	if prefix == "" || from >= end {
		return place, date, 0, false
	}
	lo, hi := start, start+len(prefix)
	if m := agencyParenRE.FindStringSubmatchIndex(prefix); m != nil && sg.agency(prefix[m[2]:m[3]]) &&
		strings.Contains(prefix[m[4]:m[5]], ",") && !sg.dateRE.MatchString(strings.TrimSpace(prefix[m[4]:m[5]])) {
		// "AGENCY (PLACE, DATE)": read what the parenthesis holds
		lo, hi = start+m[4], start+m[5]
	}
	if t := strings.TrimRight(text[lo:hi], " "); strings.HasSuffix(t, ")") {
		// "CITY, D.C. (March 3, 2024) –": the date in brackets after the place
		if o := strings.LastIndexByte(t, '('); o > 0 {
			if in := trimSpan(text, Span{Start: lo + o + 1, End: lo + len(t) - 1}); sg.dateRE.MatchString(text[in.Start:in.End]) {
				date, hi = in, lo+o
			}
		}
	}
	pieces := commaPieces(text, lo, hi)
	if len(pieces) == 0 {
		return place, date, 0, false
	}
	// "CITY (Agency)" and "May 5 (Agency)": the parenthesis is a piece
	// of its own.
	var split []Span
	for _, p := range pieces {
		s := text[p.Start:p.End]
		if o := strings.LastIndexByte(s, '('); o > 0 && strings.HasSuffix(s, ")") {
			split = append(split, trimSpan(text, Span{Start: p.Start, End: p.Start + o}), Span{Start: p.Start + o, End: p.End})
			continue
		}
		// "May 5 /AGENCY/ – ": the slashed agency before the dash too
		if o := strings.LastIndex(s, " /"); o > 0 && len(s) > o+3 && strings.HasSuffix(s, "/") {
			split = append(split, trimSpan(text, Span{Start: p.Start, End: p.Start + o}), Span{Start: p.Start + o + 1, End: p.End})
			continue
		}
		split = append(split, p)
	}
	place = split[0]
	rest := split[1:]
	pl := text[place.Start:place.End]
	allCaps := capsPlace(pl)
	if !allCaps && (!sg.titlePlace(pl) || len(rest) == 0 && !slashAgency) {
		return place, date, 0, false
	}
	for i := 0; i < len(rest); i++ {
		r := rest[i]
		s := text[r.Start:r.End]
		switch {
		case date.End == 0 && i+1 < len(rest) && sg.dateRE.MatchString(strings.TrimSuffix(text[r.Start:rest[i+1].End], ".")):
			// "May 5, 2019": the date runs over a comma
			date = Span{Start: r.Start, End: rest[i+1].End}
			if strings.HasSuffix(text[date.Start:date.End], ".") {
				date.End--
			}
			i++
		case date.End == 0 && sg.dateRE.MatchString(strings.TrimSuffix(s, ".")):
			date = r
			if strings.HasSuffix(s, ".") && !sg.dateRE.MatchString(s) {
				date.End--
			}
		case sg.agency(s):
		case timeOfDayRE.MatchString(s), date.End == 0 && sg.weekdays[strings.ToLower(s)]:
			// "CITY, 12 May 2024, 14:05 GMT+7 –", "CITY, Monday, May 5 –"
		default:
			return place, date, 0, false
		}
	}
	if openEnd && date.End == 0 {
		return place, date, 0, false // "National Security Adviser (NSA) X met": no date, no dateline
	}
	return place, date, from, true
}

// agencyDateDateline parses "AGENCY May 5/2019 " opening a paragraph: an
// agency's name in capitals and a date with its year, then the text, with
// no dash between (an ellipsis or a full stop may end the date).
func (sg *Segmenter) agencyDateDateline(text string, start, end int) (date Span, from int, ok bool) {
	head := text[start:min(end, start+60)]
	sp := strings.IndexByte(head, ' ')
	if sp < 2 || sp > 8 || !capsPlace(head[:sp]) || strings.ContainsAny(head[:sp], " -.") {
		return date, 0, false
	}
	// the longest run of up to four words after the agency that is a
	// dated dateline date
	words := strings.Fields(head[sp:])
	for n := min(4, len(words)); n >= 2; n-- {
		cand := strings.Join(words[:n], " ")
		trimmed := strings.TrimRight(cand, ".…")
		if !yearEnd(trimmed) || !sg.dateRE.MatchString(trimmed) {
			continue
		}
		i := strings.Index(text[start+sp:end], words[0])
		if i < 0 {
			return date, 0, false
		}
		ds := start + sp + i
		date = Span{Start: ds, End: ds + len(trimmed)}
		if text[date.Start:date.End] != trimmed {
			return Span{}, 0, false // spaced otherwise than written: leave it
		}
		from = ds + len(cand)
		from = skipSpace(text, from, end)
		r, _ := utf8.DecodeRuneInString(text[from:end])
		if from >= end || !unicode.IsUpper(r) {
			return Span{}, 0, false
		}
		return date, from, true
	}
	return date, 0, false
}

// yearEnd: the date ends in a four-digit year ("May 5/2019", "5 May 2019").
func yearEnd(s string) bool {
	if len(s) < 4 {
		return false
	}
	for _, r := range s[len(s)-4:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// standaloneDateline parses a short line holding a date and maybe a place:
// "May 27, 2024, Place" or "Place, 27 May 2024" or just "September 9, 2023";
// a clock before it ("08:38 | ") and a country after the place ("Place
// (Country)") are left out.
func (sg *Segmenter) standaloneDateline(text string, start, end int) (place, date Span, ok bool) {
	if end-start > 80 || strings.IndexByte(text[start:end], '\n') >= 0 {
		return place, date, false
	}
	if m := clockRE.FindStringIndex(text[start:end]); m != nil {
		start += m[1]
	}
	pieces := commaPieces(text, start, end)
	if n := len(pieces); n > 0 && strings.HasSuffix(text[pieces[n-1].Start:pieces[n-1].End], ".") {
		pieces[n-1].End-- // "Nov. 15."
	}
	// A date may span two pieces ("May 27" + "2024").
	for n := len(pieces); n >= 1; n-- {
		for _, atStart := range []bool{true, false} {
			lo, hi := 0, n
			if !atStart {
				lo, hi = len(pieces)-n, len(pieces)
			}
			d := Span{Start: pieces[lo].Start, End: pieces[hi-1].End}
			if !sg.dateRE.MatchString(text[d.Start:d.End]) {
				continue
			}
			before := pieces[:lo]
			if n := len(before); n > 0 && sg.weekdays[strings.ToLower(text[before[n-1].Start:before[n-1].End])] {
				before = before[:n-1]
			}
			others := append(append([]Span(nil), before...), pieces[hi:]...)
			if len(others) == 2 && sg.countryPiece(text[others[1].Start:others[1].End]) {
				others = others[:1] // "City, Country, Monday, 5 May 2025": the city is the place
			}
			if len(others) > 1 {
				continue
			}
			if len(others) == 1 {
				o := others[0]
				if s := text[o.Start:o.End]; strings.HasSuffix(s, ")") {
					if p := strings.LastIndexByte(s, '('); p > 0 {
						o = trimSpan(text, Span{Start: o.Start, End: o.Start + p})
					}
				}
				if !sg.titlePlace(text[o.Start:o.End]) && !capsPlace(text[o.Start:o.End]) {
					continue
				}
				place = o
			}
			return place, d, true
		}
	}
	return place, date, false
}

// countryPiece: the words after a dateline's city can name its country:
// a place the tables know, or without tables a place in title case.
func (sg *Segmenter) countryPiece(s string) bool {
	if sg.isPlace != nil {
		return sg.isPlace(s)
	}
	return sg.titlePlace(s)
}

// commaPieces cuts [start, end) at commas into trimmed spans.
func commaPieces(text string, start, end int) []Span {
	var out []Span
	for s := start; s <= end; {
		c := strings.IndexByte(text[s:end], ',')
		e := end
		if c >= 0 {
			e = s + c
		}
		if sp := trimSpan(text, Span{Start: s, End: e}); sp.End > sp.Start {
			out = append(out, sp)
		}
		s = e + 1
	}
	return out
}

// capsPlace is "PORT-TOWN", "NEW CITY", "ST. ANYWHERE".
func capsPlace(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '.' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 2 && len(strings.Fields(s)) <= 4
}

// titlePlace is "Capital", "New City", "Port of Spain".
func (sg *Segmenter) titlePlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !sg.connectors[w]) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '-' && c != '.' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

// agency is "(Wire)", "Example News", "AGENCY".
func (sg *Segmenter) agency(s string) bool {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") || strings.HasPrefix(s, "/") && strings.HasSuffix(s, "/") && len(s) > 2 {
		s = s[1 : len(s)-1]
	}
	return sg.titlePlace(s) || capsPlace(s)
}
