// Package corpus writes synthetic corpora of the genre for benchmarks: reports
// of meetings between invented officials of real countries, with the facts
// diplograph extracts (offices, meetings, figures, co-chairs, partners,
// commitments) and the repetition real news has — a quarter of the documents
// re-report an earlier meeting, often with the other side's figure. The texts
// are written from templates of this package; no sample document is used.
package corpus

import (
	"bufio"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/data"
)

// Options say what to generate.
type Options struct {
	Bytes    int64   // stop once the documents written reach this many bytes
	Seed     int64   // the same seed gives the same corpus
	ReReport float64 // share of documents that re-report an earlier meeting (0.25 if zero)
	JSONL    bool    // one corpus.jsonl instead of one .txt file per document
}

// Stats say what was generated.
type Stats struct {
	Documents int
	Bytes     int64
	Meetings  int // distinct meetings reported
	ReReports int // documents that report an earlier meeting again
}

// country is what the templates need of a country.
type country struct {
	name, demonym, capital string
	cities                 []string
}

// official is an invented office holder.
type official struct {
	name, title string
	country     *country
}

// meeting is an event the corpus reports, once or several times.
type meeting struct {
	a, b       *official
	city       string
	year       int
	month, day int
	trade      float64 // the figure a's side states
	growth     int
	sector     string
	commission string
	chairA     *official
	chairB     *official
}

type generator struct {
	rng       *rand.Rand
	countries []*country
	officials map[*country][]*official
	meetings  []*meeting
	seq       int
}

// Generate writes a corpus into dir (created if needed).
func Generate(dir string, o Options) (Stats, error) {
	if o.ReReport == 0 {
		o.ReReport = 0.25
	}
	g, err := newGenerator(o.Seed)
	if err != nil {
		return Stats{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Stats{}, fmt.Errorf("creating corpus directory %s: %w", dir, err)
	}
	var st Stats
	var jw *bufio.Writer
	if o.JSONL {
		f, err := os.Create(filepath.Join(dir, "corpus.jsonl"))
		if err != nil {
			return st, fmt.Errorf("creating corpus file: %w", err)
		}
		defer f.Close()
		jw = bufio.NewWriterSize(f, 1<<20)
	}
	for st.Bytes < o.Bytes {
		var m *meeting
		again := len(g.meetings) > 0 && g.rng.Float64() < o.ReReport
		if again {
			m = g.meetings[g.rng.Intn(len(g.meetings))]
			st.ReReports++
		} else {
			m = g.newMeeting()
			st.Meetings++
		}
		d := g.document(m, again)
		st.Documents++
		if o.JSONL {
			line := fmt.Sprintf("{\"title\":%s,\"date\":%q,\"source\":%q,\"text\":%s}\n",
				strconv.Quote(d.title), d.date, d.source, strconv.Quote(d.body))
			if _, err := jw.WriteString(line); err != nil {
				return st, fmt.Errorf("writing corpus.jsonl: %w", err)
			}
			st.Bytes += int64(len(line))
			continue
		}
		text := "---\ntitle: " + yamlQuote(d.title) + "\ndate: " + d.date + "\nsource: " + d.source + "\n---\n" + d.body
		name := filepath.Join(dir, fmt.Sprintf("doc%06d.txt", st.Documents))
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			return st, fmt.Errorf("writing %s: %w", name, err)
		}
		st.Bytes += int64(len(text))
	}
	if jw != nil {
		if err := jw.Flush(); err != nil {
			return st, fmt.Errorf("writing corpus.jsonl: %w", err)
		}
	}
	return st, nil
}

func yamlQuote(s string) string { return strconv.Quote(s) }

func newGenerator(seed int64) (*generator, error) {
	g := &generator{rng: rand.New(rand.NewSource(seed)), officials: map[*country][]*official{}}
	capitals := map[string]string{}
	b, err := fs.ReadFile(data.FS, "countries.tsv")
	if err != nil {
		return nil, fmt.Errorf("reading countries.tsv: %w", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 6 || f[4] == "" || f[5] == "" {
			continue
		}
		dem, _, _ := strings.Cut(f[4], "|")
		c := &country{name: f[0], demonym: dem, capital: f[5]}
		capitals[f[0]] = f[5]
		g.countries = append(g.countries, c)
	}
	cb, err := fs.ReadFile(data.FS, "cities.tsv")
	if err != nil {
		return nil, fmt.Errorf("reading cities.tsv: %w", err)
	}
	byName := map[string]*country{}
	for _, c := range g.countries {
		byName[c.name] = c
	}
	for _, line := range strings.Split(string(cb), "\n") {
		f := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(f) < 2 {
			continue
		}
		if c := byName[f[1]]; c != nil && f[0] != c.capital && isPlain(f[0]) {
			c.cities = append(c.cities, f[0])
		}
	}
	// keep the countries whose capital is written in plain letters
	kept := g.countries[:0]
	for _, c := range g.countries {
		if isPlain(c.capital) && isPlain(c.demonym) {
			kept = append(kept, c)
		}
	}
	g.countries = kept
	return g, nil
}

// isPlain: ASCII letters, spaces and hyphens only, so templates read naturally.
func isPlain(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ' || r == '-') {
			return false
		}
	}
	return s != ""
}

var (
	givenNames = []string{"Anton", "Berit", "Carlos", "Dalia", "Emil", "Farida", "Gustav", "Hana", "Ivo", "Jana",
		"Kamil", "Lena", "Marek", "Nadia", "Oskar", "Petra", "Rafael", "Sabina", "Tobias", "Ulla", "Viktor",
		"Wanda", "Yusuf", "Zora", "Amir", "Bianca", "Cyril", "Dora", "Elias", "Flora", "Goran", "Helga"}
	surnameStart = []string{"Vel", "Mar", "Tor", "Lind", "Kas", "Bren", "Sor", "Dal", "Fen", "Gar", "Hol", "Ister",
		"Jor", "Kel", "Lom", "Nor", "Ost", "Pell", "Quin", "Rav", "Sten", "Tal", "Ulm", "Var", "Wes", "Zan"}
	surnameEnd = []string{"drin", "ovik", "berg", "ström", "elli", "anov", "quist", "ado", "mund", "essa", "ling",
		"aro", "vetz", "ander", "oni", "ussen", "ova", "eski", "haug", "ardi"}
	titles  = []string{"President", "Prime Minister", "Foreign Minister", "Deputy Prime Minister"}
	sectors = []string{"energy", "agriculture", "transport", "digital technologies", "healthcare", "education",
		"tourism", "mining", "water management", "logistics", "textiles", "pharmaceuticals"}
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	agencies = []string{"Northwind Wire", "Meridian News", "Harbour Press", "Continental Report"}
)

func (g *generator) pick(xs []string) string { return xs[g.rng.Intn(len(xs))] }

// officialsOf gives each country a few office holders, made on first use.
func (g *generator) officialsOf(c *country) []*official {
	if os := g.officials[c]; os != nil {
		return os
	}
	var os []*official
	for _, t := range titles {
		name := g.pick(givenNames) + " " + g.pick(surnameStart) + g.pick(surnameEnd)
		os = append(os, &official{name: name, title: t, country: c})
	}
	g.officials[c] = os
	return os
}

func (g *generator) newMeeting() *meeting {
	ca := g.countries[g.rng.Intn(len(g.countries))]
	cb := ca
	for cb == ca {
		cb = g.countries[g.rng.Intn(len(g.countries))]
	}
	k := g.rng.Intn(3) // presidents, prime ministers or foreign ministers meet
	a, b := g.officialsOf(ca)[k], g.officialsOf(cb)[k]
	m := &meeting{a: a, b: b, city: ca.capital, year: 2019 + g.rng.Intn(6), month: 1 + g.rng.Intn(12),
		day: 1 + g.rng.Intn(28), trade: float64(1+g.rng.Intn(400)) / 10, growth: 1 + g.rng.Intn(30),
		sector: g.pick(sectors)}
	if len(ca.cities) > 0 && g.rng.Intn(3) == 0 {
		m.city = g.pick(ca.cities)
	}
	if g.rng.Intn(2) == 0 {
		m.commission = "Intergovernmental Commission on " + strings.ToUpper(m.sector[:1]) + m.sector[1:] + " Cooperation"
		m.chairA, m.chairB = g.officialsOf(ca)[3], g.officialsOf(cb)[3]
	}
	g.meetings = append(g.meetings, m)
	return m
}

// background sentences carry no facts; each takes the city, a sector, the
// first side's demonym and the second country, in that order.
var background = []string{
	"Officials noted that the talks in %[1]s continued a long tradition of dialogue, and that experts from both ministries would prepare proposals on %[2]s, on the training of specialists and on joint research before the end of the year.",
	"The delegations also reviewed the schedule of exhibitions and cultural events, the exchange of students between universities, and the work of the chambers of commerce in %[1]s.",
	"In the afternoon the guests toured a science park on the outskirts of %[1]s, where engineers presented several pilot projects in %[2]s and in the processing of raw materials.",
	"Analysts in the region have long pointed to the potential of %[3]s companies in %[2]s, although the volume of direct investment has so far remained modest compared with neighbouring markets.",
	"The conversation touched on regional security, climate change and food prices, on which both sides said their positions were close or identical.",
	"Representatives of business associations from %[4]s took part in a round table on the sidelines of the visit and discussed logistics routes, certification of goods and access to finance.",
	"Local media described the atmosphere of the talks as constructive and friendly, and noted the attention paid to %[2]s and to the development of transport corridors.",
	"The agenda also included consular issues, the simplification of visa procedures for business travellers and the opening of new direct flights between the capitals.",
	"Earlier in the day the guest laid a wreath at a memorial in the centre of %[1]s and met with representatives of the %[3]s community living in the country.",
}

type document struct {
	title, date, source, body string
}

// document writes one report of m; a re-report states the other side's
// figure, which conflicts with the first report's.
func (g *generator) document(m *meeting, again bool) document {
	g.seq++
	date := fmt.Sprintf("%04d-%02d-%02d", m.year, m.month, m.day)
	ca, cb := m.a.country, m.b.country
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...); b.WriteString("\n\n") }
	title := fmt.Sprintf("%s %s meets %s %s in %s", m.a.title, m.a.name, m.b.title, m.b.name, m.city)
	if again {
		title = fmt.Sprintf("%s and %s discuss %s cooperation", ca.name, cb.name, m.sector)
		p("%s, %s %d – %s %s of %s and %s %s of %s met in %s on %s %d, %d, the press service reported.",
			strings.ToUpper(m.city), months[m.month-1], m.day, m.a.title, m.a.name, ca.name, m.b.title, m.b.name, cb.name,
			m.city, months[m.month-1], m.day, m.year)
		p("According to %s %s, trade between the two countries reached $%.1f billion in %d, up %d percent from the year before.",
			m.b.title, m.b.name, m.trade*1.2, m.year-1, m.growth+3)
	} else {
		p("%s, %s %d (%s) – %s %s of %s held talks with %s %s of %s in %s on %d %s %d.",
			strings.ToUpper(m.city), months[m.month-1], m.day, g.pick(agencies), m.a.title, m.a.name, ca.name,
			m.b.title, m.b.name, cb.name, m.city, m.day, months[m.month-1], m.year)
		p("“Trade turnover between our countries reached $%.1f billion in %d, an increase of %d percent,” %s said.",
			m.trade, m.year-1, m.growth, m.a.name)
	}
	p("The two sides discussed cooperation in %s, %s and %s, and %s-%s relations in general.",
		m.sector, g.pick(sectors), g.pick(sectors), ca.demonym, cb.demonym)
	if m.commission != "" {
		p("The %s, co-chaired by %s %s and %s %s, will hold its next session in %s in %d.",
			m.commission, m.chairA.title, m.chairA.name, m.chairB.title, m.chairB.name, cb.capital, m.year+1)
	}
	switch g.rng.Intn(3) {
	case 0:
		p("The sides signed a memorandum of understanding on cooperation in %s.", m.sector)
	case 1:
		p("%s and %s agreed to establish a joint working group on %s.", ca.name, cb.name, m.sector)
	default:
		p("%s proposed to hold a business forum on %s in %s next year.", m.b.name, m.sector, cb.capital)
	}
	p("%s called %s a reliable partner and said the two countries would deepen their strategic partnership.",
		m.a.name, cb.name)
	// background paragraphs bring documents to a realistic length
	n := 3 + g.rng.Intn(5)
	for _, k := range g.rng.Perm(len(background))[:n] {
		p(background[k], m.city, g.pick(sectors), ca.demonym, cb.name)
	}
	return document{title: title, date: date, source: g.pick(agencies), body: b.String()}
}
