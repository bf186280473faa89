// Package malformed generates hostile and broken inputs for every reader
// of diplograph: documents (.txt, .md with front matter), JSON Lines,
// N-Quads and questions. The end-to-end suite feeds each case to the
// real binary; the fuzz targets start from them.
//
// Every case is deterministic for a seed. The people in the documents are
// invented; the countries and cities are real, as in the package tests.
package malformed

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// Want is what the binary must do with a case.
type Want int

const (
	// Either: a clear error or a correct reading; never a crash or a hang.
	Either Want = iota
	// Refuse: a clear error naming the file (and line where there is one).
	Refuse
	// Read: stored, exit status 0.
	Read
)

func (w Want) String() string {
	return [...]string{"either", "refuse", "read"}[w]
}

// Case is one input.
type Case struct {
	Name string // unique, "family/n"
	// File is the file name given to the binary; its extension picks the
	// reader (.txt, .md, .jsonl, .nq). A question has no file.
	File     string
	Data     []byte
	Question string // for ask; Data is then empty
	Want     Want
	// Forbid lists texts no quad stored from the case may contain (an
	// impossible date, an infinite figure), as they appear in an N-Quads
	// export.
	Forbid []string
	// Require lists texts some quad stored from the case must contain,
	// as they appear in an N-Quads export.
	Require []string
	// Note says why a case has the size or shape it has.
	Note string
}

// IsNQuads says whether the case goes to `load` rather than `build`.
func (c Case) IsNQuads() bool { return strings.HasSuffix(c.File, ".nq") }

// IsQuestion says whether the case goes to `ask`.
func (c Case) IsQuestion() bool { return c.File == "" }

// gen carries the random source and numbers cases within a family.
type gen struct {
	r     *rand.Rand
	cases []Case
	n     map[string]int
}

func (g *gen) add(family string, c Case) {
	g.n[family]++
	c.Name = fmt.Sprintf("%s/%d", family, g.n[family])
	if c.File != "" {
		// A file name of its own per case, so that its document IRIs are new.
		ext := c.File[strings.LastIndexByte(c.File, '.'):]
		c.File = strings.NewReplacer("/", "-").Replace(c.Name) + ext
	}
	g.cases = append(g.cases, c)
}

// All returns every case for seed: a few hundred, of every family.
func All(seed uint64) []Case {
	var out []Case
	for _, f := range []func(uint64) []Case{Documents, FrontMatter, JSONL, NQuads, Questions} {
		out = append(out, f(seed)...)
	}
	return out
}

func newGen(seed uint64, salt uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, salt)), n: map[string]int{}}
}

// Invented officials of real countries, and sentences about them that the
// extractor reads as a meeting, a claim and a commitment.
var (
	firstNames = []string{"Aino", "Tomas", "Maren", "Ilkka", "Sigrun", "Pavel", "Odile", "Ruben", "Nadia", "Emeka", "Lior", "Keiko"}
	lastNames  = []string{"Virtanen", "Lindqvist", "Haugen", "Korhonen", "Dahl", "Novotny", "Marchetti", "Okafor", "Brandt", "Sorensen", "Hale", "Mori"}
	titles     = []string{"President", "Prime Minister", "Foreign Minister", "Chancellor", "Minister of Trade", "Deputy Prime Minister"}
	countries  = [][2]string{{"Finnish", "Finland"}, {"Swedish", "Sweden"}, {"Norwegian", "Norway"}, {"German", "Germany"}, {"Italian", "Italy"}, {"Japanese", "Japan"}}
	cities     = []string{"Helsinki", "Stockholm", "Oslo", "Bergen", "Rome", "Tokyo"}
)

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// syllables make invented names: inventedName(i) differs for every i below
// len(syllables)^4, and reads as a first and a last name.
var syllables = []string{"ka", "lo", "mi", "ra", "ve", "tu", "no", "si", "da", "pe", "len", "mar", "tor", "vin", "sel", "ber"}

func inventedName(i int) string {
	n := len(syllables)
	word := func(a, b int) string {
		w := syllables[a%n] + syllables[b%n]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return word(i, i/n) + " " + word(i/(n*n), i/(n*n*n)+3)
}

func (g *gen) person() string { return g.pick(firstNames) + " " + g.pick(lastNames) }

// report is a short, well-formed report whose meeting the extractor finds;
// it returns the text and the city, which a correct reading stores.
func (g *gen) report() (text, city string) {
	a, b := countries[g.r.IntN(len(countries))], countries[g.r.IntN(len(countries))]
	city = g.pick(cities)
	p, q := g.person(), g.person()
	text = fmt.Sprintf("%s %s %s met %s %s %s in %s on %d May 2023.\n%s said that trade between the two countries reached $%d.%d billion in 2022.\nThe two leaders signed a memorandum on energy cooperation.\n",
		a[0], g.pick(titles), p, b[0], g.pick(titles), q, city, 1+g.r.IntN(28),
		strings.Fields(p)[1], 1+g.r.IntN(9), g.r.IntN(10))
	return text, city
}

// Texts that must never be stored from any document: the suite checks
// them on every reading, on top of a case's own Forbid.
var (
	// ZeroWidth are invisible characters that would split one name into two nodes.
	ZeroWidth = []string{"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
	// BidiControls reorder text on screen: a name holding one displays as another.
	BidiControls = []string{"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}
)

// Documents: random bytes, broken UTF-8, NULs, huge lines, absurd numbers,
// impossible dates, many names, invisible and bidi characters, CRLF, BOM,
// terminal escapes.
func Documents(seed uint64) []Case {
	g := newGen(seed, 1)
	// Random bytes of sizes from one byte to 64 KiB.
	for i := 0; i < 30; i++ {
		n := 1 << g.r.IntN(17)
		b := make([]byte, n)
		for j := range b {
			b[j] = byte(g.r.UintN(256))
		}
		g.add("random-bytes", Case{File: "x.txt", Data: b})
	}
	// Random printable ASCII and random runes: text, but no report.
	for i := 0; i < 10; i++ {
		var b strings.Builder
		for j := 0; j < 200+g.r.IntN(4000); j++ {
			if i%2 == 0 {
				b.WriteByte(byte(0x20 + g.r.IntN(0x5f)))
			} else {
				b.WriteRune(rune(0x20 + g.r.IntN(0x2fff)))
			}
		}
		g.add("random-text", Case{File: "x.txt", Data: []byte(b.String())})
	}
	// A report cut in the middle of a multibyte character.
	for i := 0; i < 15; i++ {
		text, _ := g.report()
		text = strings.Replace(text, "Helsinki", "Hélsinkï", 1) + "Übereinkunft über Zusammenarbeit — “ok”.\n"
		b := []byte(text)
		var cuts []int
		for j := 1; j < len(b); j++ {
			if !utf8.RuneStart(b[j]) && utf8.RuneStart(b[j-1]) {
				cuts = append(cuts, j)
			}
		}
		cut := cuts[g.r.IntN(len(cuts))]
		data := b[:cut]
		if i%3 == 1 {
			data = append(append([]byte{}, b[:cut]...), b[cut+1:]...) // a lone continuation byte inside
		}
		g.add("truncated-utf8", Case{File: "x.txt", Data: data})
	}
	// NUL bytes at the start, in the middle, at the end.
	for i := 0; i < 8; i++ {
		text, _ := g.report()
		at := []int{0, len(text) / 2, len(text)}[i%3]
		data := text[:at] + strings.Repeat("\x00", 1+g.r.IntN(3)) + text[at:]
		g.add("nul", Case{File: "x.txt", Data: []byte(data)})
	}
	// Huge lines. A sentence is kept to 48 KiB because extraction is still
	// quadratic in sentence length (512 KiB took 24 s); a line of many short
	// sentences can be long; past the 16 MiB document limit is an error.
	text, city := g.report()
	g.add("huge-line", Case{File: "x.txt", Data: []byte(text + strings.Repeat("word ", 48<<10/5) + ".\n"), Want: Read, Require: []string{city},
		Note: "one 48 KiB sentence: the size the current (quadratic) extractor handles in seconds"})
	g.add("huge-line", Case{File: "x.txt", Data: []byte(strings.Repeat("The talks went on. ", 1<<20/19) + "\n" + text), Want: Read, Require: []string{city},
		Note: "a 1 MiB line of short sentences"})
	g.add("huge-line", Case{File: "x.txt", Data: []byte(text + strings.Repeat("x", 64<<10) + "\n"), Want: Read, Require: []string{city},
		Note: "a 64 KiB word"})
	g.add("huge-line", Case{File: "x.txt", Data: bytes.Repeat([]byte("a "), 17<<20/2), Want: Refuse,
		Note: "past the 16 MiB document limit"})
	g.add("huge-line", Case{File: "x.md", Data: []byte("---\ntitle: " + strings.Repeat("t", 1<<20) + "\n---\n" + text), Want: Read, Require: []string{city}})
	// Absurd figures: the claim may be dropped, never stored as infinite,
	// not-a-number or negative-zero nonsense.
	for _, fig := range []string{"$1e308 billion", "$1e309", "$999999999999999999999999999999 trillion", "$-5 billion",
		"$NaN billion", "$Infinity", "$0.0000000000000000000000001 billion", "$1,000,000,000,000,000,000,000,000 trillion",
		"1e308 billion dollars", "$1.7976931348623157e308 billion", "€9999999999999999999999 billion", "$4..5 billion",
		"$4.5.6 billion", "$ billion", "$1e-400 billion"} {
		p := g.person()
		data := fmt.Sprintf("%s %s met Japanese %s %s in Tokyo on 3 March 2023.\n%s said that trade between the two countries reached %s in 2022.\n",
			countries[g.r.IntN(len(countries))][0], g.pick(titles), g.pick(titles), p, strings.Fields(p)[1], fig)
		g.add("absurd-number", Case{File: "x.txt", Data: []byte(data), Want: Read, Require: []string{"Tokyo"}})
	}
	// Impossible dates: the meeting may lose its date, never get a false one.
	for _, d := range []struct{ text, forbid string }{
		{"31.02.2023", "2023-02-31"}, {"30 February 2023", "2023-02-30"}, {"February 31, 2023", "2023-02-31"},
		{"31 April 2024", "2024-04-31"}, {"29 February 2023", "2023-02-29"}, {"12 May 99999", "99999"},
		{"1 January 10000", "10000-01-01"}, {"32 March 2023", "2023-03-32"}, {"0 June 2023", "2023-06-00"},
		{"2023-13-01", "2023-13"}, {"2023-00-10", "2023-00"}, {"00.00.0000", "0000-00"},
		{"31/02/2023", "2023-02-31"}, {"May 2023 BC", "-2023"}, {"12 May -44", "-044"},
	} {
		p, q := g.person(), g.person()
		data := fmt.Sprintf("Norwegian %s %s met Swedish %s %s in Oslo on %s.\n", g.pick(titles), p, g.pick(titles), q, d.text)
		// A stored date is a literal, so the forbidden form is looked for right after a quote.
		g.add("impossible-date", Case{File: "x.txt", Data: []byte(data), Want: Read, Require: []string{"Oslo"}, Forbid: []string{`"` + d.forbid}})
	}
	// 10,000 titled names in one document, two to a sentence; and many in
	// one sentence, where extraction is still quadratic in the number of
	// titled names (8,700 of them in a 128 KiB sentence took 13 s), so that
	// case holds 1,000 until the extractor is linear.
	{
		var b strings.Builder
		for i := 0; i < 5000; i++ {
			fmt.Fprintf(&b, "%s %s %s met %s %s %s.\n", countries[i%6][0], titles[i%6], inventedName(2*i), countries[(i+1)%6][0], titles[(i+3)%6], inventedName(2*i+1))
		}
		g.add("many-names", Case{File: "x.txt", Data: []byte(b.String()), Want: Read, Require: []string{inventedName(9999)},
			Note: "10,000 titled names in 5,000 sentences"})
		b.Reset()
		b.WriteString("The delegation included ")
		for i := 0; i < 1000; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s %s", titles[i%6], inventedName(i))
		}
		b.WriteString(".\n")
		g.add("many-names", Case{File: "x.txt", Data: []byte(b.String()), Want: Read,
			Note: "1,000 titled names in one sentence (10,000 waits for linear extraction)"})
	}
	// Invisible and right-to-left characters inside names and around them.
	for i, mark := range append(append([]string{}, ZeroWidth...), BidiControls...) {
		p, q := g.person(), g.person()
		f := strings.Fields(p)
		marked := f[0] + mark + " " + f[1]
		if i%2 == 1 {
			marked = f[0][:2] + mark + f[0][2:] + " " + f[1]
		}
		data := fmt.Sprintf("Finnish President %s met Swedish Prime Minister %s in Helsinki on 12 May 2023.\n", marked, q)
		// Read correctly, the marked name is one person's, whole.
		g.add("invisible", Case{File: "x.txt", Data: []byte(data), Want: Read, Require: []string{"Helsinki", `"` + p + `"`}})
	}
	for _, rtl := range []string{"الرئيس", "ראש הממשלה", "\u200fمحمد\u200f", "\u202eesrever\u202c"} {
		data := fmt.Sprintf("Finnish President Aino Virtanen met %s in Helsinki on 12 May 2023. %s\n", rtl, rtl)
		g.add("rtl", Case{File: "x.txt", Data: []byte(data), Want: Read, Require: []string{"Helsinki"}})
	}
	// Line endings and byte order marks.
	for i := 0; i < 4; i++ {
		text, city := g.report()
		variants := []string{
			strings.ReplaceAll(text, "\n", "\r\n"),
			"\ufeff" + text,
			"\ufeff" + strings.ReplaceAll(text, "\n", "\r\n"),
			strings.ReplaceAll(text, "\n", "\r"),
		}
		g.add("line-endings", Case{File: "x.txt", Data: []byte(variants[i]), Want: Read, Require: []string{city}})
		g.add("line-endings", Case{File: "x.md", Data: []byte(strings.ReplaceAll("---\ntitle: A report\ndate: 2023-05-12\n---\n"+text, "\n", "\r\n")), Want: Read, Require: []string{city, "A report"}})
	}
	// Terminal escapes in the text: clear screen, window title, clipboard
	// write, cursor moves, and a bell.
	for _, esc := range []string{"\x1b[2J\x1b[H", "\x1b]0;pwned\x07", "\x1b]52;c;ZWNobyBwd25lZA==\x07", "\x1b[31mred\x1b[0m", "\x1b[1000D\x1b[K", "\a\a\a", "\x9b2J", "\x1bP+q\x1b\\"} {
		text, _ := g.report()
		data := strings.Replace(text, " met ", " met"+esc+" ", 1)
		g.add("terminal-escape", Case{File: "x.txt", Data: []byte(data)})
	}
	// Empty and blank documents, and a report with nothing to extract.
	for _, s := range []string{"", " ", "\n\n\n", "\t \r\n", "\ufeff"} {
		g.add("empty", Case{File: "x.txt", Data: []byte(s), Want: Refuse})
	}
	g.add("no-facts", Case{File: "x.txt", Data: []byte("Nothing happened today.\n"), Want: Read})
	return g.cases
}

// FrontMatter: YAML bombs, deep nesting, wrong types, unclosed blocks.
func FrontMatter(seed uint64) []Case {
	g := newGen(seed, 2)
	body, city := g.report()
	md := func(yaml string) []byte { return []byte("---\n" + yaml + "---\n" + body) }
	// Billion laughs: aliases that expand to 9^9 nodes.
	var laughs strings.Builder
	laughs.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for i := 'b'; i <= 'i'; i++ {
		fmt.Fprintf(&laughs, "%c: &%c [*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	g.add("yaml-bomb", Case{File: "x.md", Data: md(laughs.String())})
	g.add("yaml-bomb", Case{File: "x.md", Data: md(laughs.String() + "title: *i\n")})
	g.add("yaml-bomb", Case{File: "x.md", Data: md("title: &t " + strings.Repeat("x", 1000) + "\nsource: *t\nother: [" + strings.Repeat("*t,", 100000) + "*t]\n")})
	// Deep nesting.
	for _, depth := range []int{100, 10000, 100000} {
		g.add("yaml-deep", Case{File: "x.md", Data: md("title: ok\nother: " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n")})
		g.add("yaml-deep", Case{File: "x.md", Data: md("other:" + strings.Repeat(" {a:", depth) + " 1" + strings.Repeat("}", depth) + "\n")})
	}
	var nested strings.Builder
	for i := 0; i < 3000; i++ {
		nested.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	g.add("yaml-deep", Case{File: "x.md", Data: md(nested.String())})
	// Wrong types and values.
	for _, y := range []string{
		"title: [a, b]\n", "title: {a: 1}\n", "title: 12\n", "date: [2023]\n", "date: 31.02.2023\n", "date: 99999-01-01\n",
		"date: 2023-13-45\n", "title: \"unterminated\n", "title: 'a\n", ": no key\n", "- a list\n- not a map\n",
		"title: a\ntitle: b\n", "\t title: tab indented\n", "title: !!binary aGVsbG8=\n", "title: !custom x\n",
		"date: !!timestamp 2023-02-31\n", "title: \x1b]0;pwned\x07\n", "title: \"\\x00\"\n", "url: [" + strings.Repeat("x,", 5000) + "x]\n",
	} {
		g.add("yaml-type", Case{File: "x.md", Data: md(y)})
	}
	// Front matter that never closes, or closes oddly.
	g.add("yaml-fence", Case{File: "x.md", Data: []byte("---\ntitle: open\n" + body), Want: Refuse})
	g.add("yaml-fence", Case{File: "x.md", Data: []byte("---\n---\n" + body), Want: Read, Require: []string{city}})
	g.add("yaml-fence", Case{File: "x.md", Data: []byte("---\ntitle: dots\n...\n" + body), Want: Read, Require: []string{city, "dots"}})
	g.add("yaml-fence", Case{File: "x.md", Data: []byte("---  \r\ntitle: crlf\r\n---\r\n" + body), Want: Read, Require: []string{city, "crlf"}})
	g.add("yaml-fence", Case{File: "x.md", Data: []byte("---\n" + strings.Repeat("k: v\n", 100000) + "---\n" + body)})
	// Impossible publication dates must be refused, never stored.
	for _, d := range []string{"31.02.2023", "2023-02-30", "99999", "0000-00-00", "2023-02-29"} {
		g.add("yaml-date", Case{File: "x.md", Data: md("date: \"" + d + "\"\n"), Want: Refuse})
	}
	return g.cases
}

// JSONL: broken lines among good ones, wrong types, escapes, huge records.
func JSONL(seed uint64) []Case {
	g := newGen(seed, 3)
	good := func() (string, string) {
		text, city := g.report()
		b := new(strings.Builder)
		fmt.Fprintf(b, `{"text": %q, "title": "Talks", "date": "2023-05-12"}`, text)
		return b.String(), city
	}
	for _, bad := range []string{
		`{"text": "unterminated`, `{"text": 12}`, `{"text": null}`, `{"title": "no text"}`, `[1, 2, 3]`, `"just a string"`,
		`{"text": "a"} trailing`, `{"text": "bad escape \q"}`, `{"text": "\ud800 lone surrogate"}`, `{"text": "nul \u0000 inside"}`,
		`{"text": "escape \u001b[2J in text"}`, `{"text": "x", "date": "31.02.2023"}`, `{"text": "x", "date": 99999}`,
		`{"text": "x", "date": {"y": 2023}}`, `{"text": ""}`, `{"text": "   "}`, `{,}`, `{"text": "a",}`, `{"text": "a" "b"}`,
		`{"text": "` + strings.Repeat("[", 10000) + `"}`, `{"a":` + strings.Repeat(`{"a":`, 10000) + `1` + strings.Repeat(`}`, 10001),
		`{"text": "x", "id": ` + strings.Repeat("9", 400) + `}`, `{"text": 1e999}`, "\x00\x01\x02", "\xff\xfe{}",
	} {
		line, city := good()
		lines := []string{line, bad, line}
		// The two good lines are one report twice; the bad one between must not stop them.
		g.add("jsonl-line", Case{File: "x.jsonl", Data: []byte(strings.Join(lines, "\n") + "\n"), Require: []string{city}})
	}
	for i := 0; i < 6; i++ {
		line, city := good()
		variants := []string{
			strings.ReplaceAll(line+"\n"+line+"\n", "\n", "\r\n"),
			"\ufeff" + line + "\n",
			"\n\n" + line + "\n\n",
			line,
			line + "\n" + line[:len(line)/2],
			line + "\n" + strings.Repeat(" ", 1000) + "\n",
		}
		g.add("jsonl-shape", Case{File: "x.jsonl", Data: []byte(variants[i]), Require: []string{city}})
	}
	// Records past the 16 MiB limit, and a large one inside it.
	line, city := good()
	g.add("jsonl-huge", Case{File: "x.jsonl", Data: []byte(`{"text": "` + strings.Repeat("a ", 17<<20/2) + `"}` + "\n" + line + "\n"), Require: []string{city},
		Note: "one record past the limit; the next line still loads"})
	g.add("jsonl-huge", Case{File: "x.jsonl", Data: []byte(`{"text": "` + strings.Repeat("The talks went on. ", 1<<20/19) + `"}` + "\n")})
	// Random mutations of a good line.
	for i := 0; i < 15; i++ {
		line, _ := good()
		b := []byte(line)
		for j := 0; j < 1+g.r.IntN(4); j++ {
			const junk = "{}[]\":,\\\x00\n"
			b[g.r.IntN(len(b))] = junk[g.r.IntN(len(junk))]
		}
		g.add("jsonl-mutated", Case{File: "x.jsonl", Data: append(b, '\n')})
	}
	return g.cases
}

// GoodNQuads is a small valid N-Quads file with a graph label of its own.
func GoodNQuads(label string) string {
	return fmt.Sprintf(`<urn:diplograph:person:nq-case> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://diplograph.dev/ns#Person> <%[1]s> .
<urn:diplograph:person:nq-case> <https://diplograph.dev/ns#name> "Loaded Person" <%[1]s> .
<urn:diplograph:person:nq-case> <https://diplograph.dev/ns#alias> "l\u00e9 \"p\"\n" <%[1]s> .
<urn:diplograph:claim:nq-case> <https://diplograph.dev/ns#value> "4.5e9"^^<http://www.w3.org/2001/XMLSchema#double> <%[1]s> .
`, label)
}

// BadStatements break RDF 1.1 N-Quads; rapper or serdi rejects each.
var BadStatements = []string{
	`<http://a/s> "p" <http://a/o> .`,
	`<http://a/s> _:p <http://a/o> .`,
	`"s" <http://a/p> <http://a/o> .`,
	`<http://a/s> <http://a/p> <http://a/o> "g" .`,
	`<s> <http://a/p> <http://a/o> .`,
	`<http://a/s> <http://a/p> <o> .`,
	`<http://a/s> <http://a/p> "x"^^<> .`,
	`<http://a/s> <http://a/p> "x"^^<int> .`,
	`<http://a/s> <http://a/p> "x"^^_:t .`,
	`<http://a/s> <http://a/p> "x\q" .`,
	`<http://a/s> <http://a/p> "x\u00" .`,
	`<http://a/s> <http://a/p> "x\U00110000" .`,
	`<http://a/s a> <http://a/p> <http://a/o> .`,
	`<http://a/s> <http://a/p> <http://a/o{}> .`,
	`<http://a/s> <http://a/p> <http://a/o|> .`,
	`<http://a/s> <http://a/p> <http://a/o\\> .`,
	`<http://a/s> <http://a/p> "x"@1en .`,
	`<http://a/s> <http://a/p> "x"@ .`,
	`<http://a/s> <http://a/p> "x"@en^^<http://a/t> .`,
	`<http://a/s> <http://a/p> 'x' .`,
	`<http://a/s> <http://a/p> 12 .`,
	`<http://a/s> <http://a/p> true .`,
	`<http://a/s> <http://a/p> <http://a/o>`,
	`<http://a/s> <http://a/p> <http://a/o> . junk`,
	`<http://a/s> <http://a/p> <http://a/o> <http://a/g> <http://a/h> .`,
	`_:b. <http://a/p> _:c .`,
	`_:-b <http://a/p> _:c .`,
	`<http://a/s> <http://a/p> "x .`,
	"<http://a/s> <http://a/p> \"\xff\" .",
	`<http://a/s> <http://a/p> .`,
	"<http://a/s> <http://a/p> \"a\nb\" .",
	`<1http://a/s> <http://a/p> <http://a/o> .`,
}

// NQuads: each bad statement after good lines (nothing of the file may be
// stored), random mutations of a good file, duplicates, odd line ends.
func NQuads(seed uint64) []Case {
	g := newGen(seed, 4)
	label := func() string { return fmt.Sprintf("urn:diplograph:doc:nq-%d", len(g.cases)+1) }
	for _, bad := range BadStatements {
		g.add("nquads-bad", Case{File: "x.nq", Data: []byte(GoodNQuads(label()) + bad + "\n"), Want: Refuse, Forbid: []string{"Loaded Person"}})
	}
	for i := 0; i < 30; i++ {
		b := []byte(GoodNQuads(label()))
		for j := 0; j < 1+g.r.IntN(3); j++ {
			switch g.r.IntN(3) {
			case 0:
				const junk = "<>\"_:.@^\\ \n#\x00"
				b[g.r.IntN(len(b))] = junk[g.r.IntN(len(junk))]
			case 1:
				b = b[:g.r.IntN(len(b))]
			case 2:
				at := g.r.IntN(len(b))
				b = append(b[:at:at], append([]byte(string(rune(g.r.IntN(0x3000)))), b[at:]...)...)
			}
		}
		g.add("nquads-mutated", Case{File: "x.nq", Data: b})
	}
	l := label()
	good := GoodNQuads(l)
	g.add("nquads-dup", Case{File: "x.nq", Data: []byte(good + good + `<urn:diplograph:x:nan> <https://diplograph.dev/ns#value> "NaN"^^<http://www.w3.org/2001/XMLSchema#double> <` + l + "> .\n" +
		`<urn:diplograph:x:nan> <https://diplograph.dev/ns#value> "NaN"^^<http://www.w3.org/2001/XMLSchema#double> <` + l + "> .\n"), Want: Read, Require: []string{"Loaded Person", "NaN"}})
	g.add("nquads-endings", Case{File: "x.nq", Data: []byte(strings.ReplaceAll(GoodNQuads(label()), "\n", "\r\n")), Want: Read, Require: []string{"Loaded Person"}})
	g.add("nquads-endings", Case{File: "x.nq", Data: []byte("\ufeff" + GoodNQuads(label())), Want: Read, Require: []string{"Loaded Person"}})
	g.add("nquads-endings", Case{File: "x.nq", Data: []byte("# only a comment\n\n"), Want: Read})
	g.add("nquads-huge", Case{File: "x.nq", Data: []byte(GoodNQuads(label()) + `<urn:x:s> <urn:x:p> "` + strings.Repeat("x", 17<<20) + `" <urn:x:g> .` + "\n"), Want: Refuse, Forbid: []string{"Loaded Person"}})
	g.add("nquads-random", Case{File: "x.nq", Data: func() []byte {
		b := make([]byte, 4096)
		for i := range b {
			b[i] = byte(g.r.UintN(256))
		}
		return b
	}(), Want: Refuse})
	return g.cases
}

// Questions: empty, huge, injection attempts, control characters. (No NUL:
// a command line cannot carry one; the fuzz target tries them.)
func Questions(seed uint64) []Case {
	g := newGen(seed, 5)
	for _, q := range []string{
		" ", "?", "who met", "meetings", "where was", "where was \"); g.V().All(); (\"", `who met "Aino"`,
		"what figures did ') + while(true){} + (' claim", "who met \x1b]0;pwned\x07", "who met " + strings.Repeat("x", 100000),
		strings.Repeat("who met whom ", 10000), "where was \u202eenatriV\u202c", "who met Vir\u200btanen", "which commitments did \U0001F600 sign",
		"where was Virtanen on 31.02.2023", "meetings in 99999", "\xff\xfe", "--help", "-v",
	} {
		g.add("question", Case{Question: q})
	}
	return g.cases
}
