package extract

import (
	"regexp"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract/gazetteer"
	"github.com/diplograph/diplograph/fact"
)

var (
	commissionRE = regexp.MustCompile(`(?i)\b((?:(?:mixed|joint|bilateral|intergovernmental|inter-governmental|governmental|permanent|high-level|[A-Z][a-z]+-[A-Z][a-z]+)\s+)*commission)\b((?:\s+(?:on|for)\s+[\w’'-]+(?:(?:\s+|,\s+)(?:and\s+)?[\w’'-]+)*?)?)(?:\s*(?:,|\.|;|$|\s+(?:co-chaired|chaired|headed|led|is|was|which|that|with|has|have|will|working|under|to|at|in)\b))`)
	chairVerbRE  = regexp.MustCompile(`(?i)\b(co-chaired|chaired|headed|led)\s+(?:on (?:our|the [\w-]+) (?:side|part)\s+)?by\b`)
	ourSideRE    = regexp.MustCompile(`(?i)\bon our (side|part)\b`)
	namedSideRE  = regexp.MustCompile(`(?i)\bon the ([\w-]+) (?:side|part)\b`)
)

// coChairs finds who chairs which commission, for which side.
func (d *docState) coChairs() {
	lastCommission := ""
	seen := map[string]bool{}
	add := func(person, commission, country, sideOf string, st *sentence) {
		k := person + "|" + strings.ToLower(commission)
		if seen[k] || person == "" || commission == "" {
			return
		}
		seen[k] = true
		if country == "" {
			d.open.CoChairs[len(d.facts.CoChairs)] = fact.Side{Of: sideOf}
		}
		d.facts.CoChairs = append(d.facts.CoChairs, CoChair{Person: person, Commission: commission,
			Country: country, Evidence: d.evidence(st)})
	}
	side := func(st *sentence, person string) (string, string) {
		if m := namedSideRE.FindStringSubmatch(st.Text); m != nil {
			if c, ok := d.x.gz.Country(m[1]); ok {
				return c.Name, ""
			}
		}
		if ourSideRE.MatchString(st.Text) && st.speaker != "" {
			if cl := d.clusterByName(st.speaker); cl != nil && d.country[cl] != "" {
				return d.country[cl], ""
			}
			return "", st.speaker
		}
		if cl := d.clusterByName(person); cl != nil {
			c, of := d.sideFor(cl)
			return c, of
		}
		return "", person
	}
	for _, st := range d.sents {
		// "Russian Co-Chair of the Mixed ... Commission ... X Y"
		for _, t := range st.titles {
			if t.coChair != "" && len(t.name) > 0 {
				name := d.nameOf(st, t.name[len(t.name)-1].s)
				if name == "" {
					continue
				}
				c, of := t.coSide, ""
				if c == "" {
					c, of = side(st, name)
				}
				add(name, titleCaseCommission(t.coChair), c, of, st)
				lastCommission = titleCaseCommission(t.coChair)
			}
		}
		commission := ""
		lower := strings.ToLower(st.Text)
		if !strings.Contains(lower, "commission") && !strings.Contains(lower, "chair") && !strings.Contains(lower, "headed") && !strings.Contains(lower, " led ") {
			continue
		}
		if m := commissionRE.FindStringSubmatch(st.Text); m != nil {
			commission = titleCaseCommission(strings.TrimSpace(m[1] + m[2]))
		}
		loc := chairVerbRE.FindStringIndex(st.Text)
		switch {
		case loc != nil && strings.Contains(strings.ToLower(st.Text[:loc[0]]), "meeting"):
			// "The meeting was co-chaired by A and B": they chair the
			// commission that met, or else the meeting itself
			name := lastCommission
			if name == "" {
				name = d.occasion()
			}
			if name == "" {
				name = d.doc.Title
			}
			for _, p := range st.people {
				if p.s >= loc[0] && name != "" {
					c, of := side(st, p.name)
					add(p.name, name, c, of, st)
				}
			}
		case loc != nil && commission != "":
			for _, p := range st.people {
				if p.s >= loc[0] {
					c, of := side(st, p.name)
					add(p.name, commission, c, of, st)
				}
			}
		case commission != "" && strings.Contains(lower, " with "):
			// "the commission on X is working separately, with Deputy Prime Minister Y"
			i := strings.Index(lower, " with ")
			for _, p := range st.people {
				if p.s > i {
					c, of := side(st, p.name)
					add(p.name, commission, c, of, st)
					break
				}
			}
		case commission == "" && strings.Contains(lower, "co-chair") && lastCommission != "":
			// "Thank you, Mr X, for becoming its co-chair, too."
			for _, p := range st.people {
				cl := d.clusterByName(p.name)
				c, of := "", p.name
				if cl != nil {
					c, of = d.sideFor(cl)
					if c == "" && of == "" {
						of = p.name
					}
				}
				add(p.name, lastCommission, c, of, st)
			}
		}
		if commission != "" {
			lastCommission = commission
		}
	}
}

func (d *docState) nameOf(st *sentence, off int) string {
	for _, p := range st.people {
		if p.s <= off && off < p.e {
			return p.name
		}
	}
	return ""
}

func titleCaseCommission(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The ")
	ws := strings.Fields(s)
	for i, w := range ws {
		switch strings.ToLower(w) {
		case "on", "for", "and", "of", "the", "in":
			if i > 0 {
				ws[i] = strings.ToLower(w)
				continue
			}
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

type trigger struct {
	re     *regexp.Regexp
	status string
	whole  bool     // the commitment is the whole sentence (the trigger follows its object)
	keys   []string // lower-case words one of which the sentence must hold for re to match
}

// compileTriggers is called once per Extractor. Each pattern's literal
// words are kept so that most sentences are passed over without running it.
func compileTriggers() []trigger {
	t := func(expr, status string, whole bool) trigger {
		return trigger{re: regexp.MustCompile(`(?i)` + expr), status: status, whole: whole, keys: literalWords(expr)}
	}
	// Order matters: the first trigger found in a sentence sets its status.
	return []trigger{
		t(`\b(entered|enter|enters) into force\b`, StatusDone, true),
		t(`\b(dispatched|upgraded|delivered|handed over|launched|inaugurated)\b`, StatusDone, false),
		t(`\bsigned off on\b`, StatusSigned, true),
		t(`\b(witnessed|attended|oversaw|presided over) the (signing|exchange)\b|\bsigning ceremony\b`, StatusSigned, true),
		t(`\b(signed|inked|struck)\b`, StatusSigned, true),
		t(`\b(agreed (to|on)|agreement was reached (to|on)|concurred on|confirmed that both|reached an agreement (to|on))\b`, StatusAgreed, false),
		t(`\bjoint (declaration|statement|communiqu)`, StatusAgreed, true),
		t(`\b(suggest|suggests|suggested|propose|proposes|proposed|we need to|it is (crucial|important|necessary|essential) (to|for)|requested|request|should be concluded|plans to|calls? for|called for)\b`, StatusProposed, false),
		t(`\bI hope (that )?we (will|can)\b`, StatusProposed, false),
		t(`\b(we will continue|will continue (to )?\w+ing|we will deepen|we will strengthen|reiterated their commitment|commitment to|committed to|pledged?|intention to|is ready to|are ready to|working (with [\w\s]+ )?(to|on) reach\w*|aim to|vowed to|promised to)\b`, StatusPledged, false),
		// a signing still to come is a pledge unless an earlier trigger says more
		t(`\b(to|will|shall|would) sign\b`, StatusPledged, false),
		t(`\b(Treaty|Agreement|Memorandum|Convention|Accord|Protocol|Charter) (on|of|between|for)\b`, StatusSigned, true),
	}
}

// literalWords lists the alternatives' leading literal words of a trigger
// pattern, lower-cased: a sentence without any of them cannot match.
var letterRunRE = regexp.MustCompile(`[A-Za-z]{3,}`)

func literalWords(expr string) []string {
	common := map[string]bool{"the": true, "that": true, "and": true, "for": true, "with": true, "will": true,
		"would": true, "shall": true, "our": true, "are": true, "upon": true, "into": true, "both": true, "can": true}
	var out []string
	for _, w := range letterRunRE.FindAllString(expr, -1) {
		if w = strings.ToLower(w); !common[w] {
			out = appendUnique(out, w)
		}
	}
	return out
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

var trailingAttribution = regexp.MustCompile(`(?i)[,"”’]*\s*(,\s*)?(he|she|they|[A-Z][\w-]+(\s+[A-Z][\w-]+)?)\s+(said|added|noted|stressed)\.?\s*$`)

// commitments finds agreements signed, plans agreed, proposals, pledges and
// things done, and targets ("bring trade to $X by YYYY").
func (d *docState) commitments() {
	seen := map[string]bool{}
	for _, st := range d.sents {
		var hit *trigger
		at := -1
		lower := strings.ToLower(st.Text)
		for k := range d.x.triggers {
			tr := &d.x.triggers[k]
			if !containsAny(lower, tr.keys) {
				continue
			}
			if loc := tr.re.FindStringIndex(st.Text); loc != nil {
				hit, at = tr, loc[0]
				break
			}
		}
		target := false
		for _, f := range st.figures() {
			if f.Target {
				target = true
			}
		}
		if hit == nil && !target {
			continue
		}
		status := StatusPledged
		text := st.Text
		if hit != nil {
			status = hit.status
			if !hit.whole {
				text = st.Text[at:]
			}
		}
		if hit == nil && target {
			lower := strings.ToLower(st.Text)
			switch {
			case strings.Contains(lower, "agreed") || strings.Contains(lower, " aim ") || strings.Contains(lower, "both"):
				status = StatusAgreed
			case strings.Contains(lower, "plan"):
				status = StatusProposed
			}
		}
		text = cleanCommitment(text)
		if len(strings.Fields(text)) < 4 || procedural(text) || seen[text] {
			continue
		}
		seen[text] = true
		c := Commitment{Text: text, Status: status, Due: d.due(st.Text), Evidence: d.evidence(st)}
		c.Parties = d.parties(st)
		if len(c.Parties) == 0 && st.speaker != "" && weRE.MatchString(st.Text) {
			if cl := d.clusterByName(st.speaker); cl != nil && d.country[cl] != "" {
				c.Parties = []string{d.country[cl]}
			} else {
				d.open.Commitments[len(d.facts.Commitments)] = fact.Side{Of: st.speaker}
			}
		}
		d.facts.Commitments = append(d.facts.Commitments, c)
	}
}

// proceduralRE matches proposals about the conversation itself ("I suggest
// we proceed with the discussion", "we agreed to hold this meeting").
var proceduralRE = regexp.MustCompile(`(?i)^\S+(\s+\S+)?\s+(we\s+)?(proceed|move on|turn to|begin|start|hold this meeting|meet|give the floor|pass the floor)\b`)

func procedural(text string) bool { return proceduralRE.MatchString(text) }

var weRE = regexp.MustCompile(`(?i)\b(we|our|us)\b`)

func cleanCommitment(s string) string {
	s = strings.TrimSpace(s)
	s = trailingAttribution.ReplaceAllString(s, "")
	s = strings.Trim(s, " \"“”‘’'.,;:")
	return s
}

var dueRE = regexp.MustCompile(`(?i)\b(?:by|until|till|before|through)\s+(?:the end of\s+)?((?:19|20)\d\d)\b`)

func (d *docState) due(s string) string {
	if m := dueRE.FindStringSubmatch(s); m != nil {
		return m[1]
	}
	if strings.Contains(strings.ToLower(s), "this year") && len(d.ref) >= 4 {
		return d.ref[:4]
	}
	return ""
}

// parties are the countries a commitment sentence names (at most two).
func (d *docState) parties(st *sentence) []string {
	var out []string
	for _, g := range st.gaz {
		if c := partyCountry(&g); c != "" {
			out = appendUnique(out, c)
		}
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}

func partyCountry(g *gazetteer.Match) string {
	if g.Country == nil {
		return ""
	}
	switch g.Kind {
	case gazetteer.MatchCountry, gazetteer.MatchDemonym, gazetteer.MatchOrg, gazetteer.MatchInstitution:
		// a seat of government speaks for its country ("the Kremlin")
		if g.Country.Kind == gazetteer.KindCountry || g.Country.Kind == gazetteer.KindUnion {
			return g.Country.Name
		}
	}
	return ""
}

var cooperationRE = regexp.MustCompile(`(?i)\b(cooperat\w*|partner\w*|relations?|relationship|ties|trade|alliance|friendship|agreed|agreements?|bilateral|between)\b`)

// partners finds country pairs the document calls partners or whose
// cooperation it describes: "X-Y cooperation", or a sentence about
// cooperation that names exactly two countries.
func (d *docState) partners() {
	count := map[string]int{}
	seen := map[string]bool{}
	add := func(a, b string, st *sentence) {
		if a == b || a == "" || b == "" {
			return
		}
		if a > b {
			a, b = b, a
		}
		if seen[a+"|"+b] {
			return
		}
		seen[a+"|"+b] = true
		d.facts.Partners = append(d.facts.Partners, Partnership{A: a, B: b, Evidence: d.evidence(st)})
	}
	type pair struct {
		a, b string
		st   *sentence
	}
	var cooperating []pair
	for _, st := range d.sents {
		var cs []string
		for k := range st.gaz {
			g := &st.gaz[k]
			c := partyCountry(g)
			if c == "" {
				continue
			}
			count[c]++
			cs = appendUnique(cs, c)
			// compounds: "Estonian-Latvian", "Chile-Peru", "Sino-Indian"
			if k+1 < len(st.gaz) {
				n := &st.gaz[k+1]
				if gap := st.Text[g.End:n.Start]; gap == "-" || gap == "–" || gap == "—" {
					add(c, partyCountry(n), st)
				}
			}
		}
		if len(cs) == 2 && cooperationRE.MatchString(st.Text) && d.sameKind(cs[0], cs[1]) {
			cooperating = append(cooperating, pair{cs[0], cs[1], st})
		}
	}
	// A sentence about cooperation between two countries counts when both
	// are among those the document is about, not a third country it
	// mentions in passing ("relations with X remain tense").
	top := topCountries(count, 2)
	for _, p := range cooperating {
		if top[p.a] && top[p.b] {
			add(p.a, p.b, p.st)
		}
	}
	var cs []string
	for c := range count {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if count[cs[i]] != count[cs[j]] {
			return count[cs[i]] > count[cs[j]]
		}
		return cs[i] < cs[j]
	})
	d.facts.Countries = cs
}

// topCountries are the n most mentioned countries (ties included).
func topCountries(count map[string]int, n int) map[string]bool {
	var ns []int
	for _, c := range count {
		ns = append(ns, c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ns)))
	top := map[string]bool{}
	if len(ns) == 0 {
		return top
	}
	least := ns[min(n, len(ns))-1]
	for c, k := range count {
		if k >= least {
			top[c] = true
		}
	}
	return top
}

// sameKind: a country partners a country, a union a union.
func (d *docState) sameKind(a, b string) bool {
	ca, ok1 := d.x.gz.Country(a)
	cb, ok2 := d.x.gz.Country(b)
	return ok1 && ok2 && ca.Kind == cb.Kind
}

// people2facts lists the document's persons.
func (d *docState) people2facts() {
	for _, cl := range d.people {
		p := Person{Name: cl.name, Country: d.country[cl]}
		for f := range cl.forms {
			p.Aliases = append(p.Aliases, f)
		}
		sort.Strings(p.Aliases)
		d.facts.People = append(d.facts.People, p)
	}
}
