package serve

// The timeline of a country pair: meetings and calls where officials of
// both took part, commitments both are party to, commissions both chair a
// side of, and the sentences that call them partners, in date order.

import (
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// event is one line of a timeline.
type event struct {
	Date     string     `json:"date"` // ISO date, month or year; "" when no document dates it
	Kind     string     `json:"kind"` // Meeting, Call, Commitment, CoChair, Partnership
	Node     nodeRef    `json:"node"`
	People   []nodeRef  `json:"people,omitempty"`
	Place    *nodeRef   `json:"place,omitempty"`
	Docs     []string   `json:"docs"`
	Evidence []evidence `json:"evidence"`
}

type timeline struct {
	A         nodeRef `json:"a"`
	B         nodeRef `json:"b"`
	Events    []event `json:"events"`
	Truncated bool    `json:"truncated"`
}

// peopleOf are the people who act for country c or hold one of its offices.
func (rd *reader) peopleOf(c quad.Value) (map[quad.Value]bool, error) {
	out := map[quad.Value]bool{}
	ps, err := rd.subjects(predActsFor, c)
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		out[p] = true
	}
	offices, err := rd.subjects(predOf, c)
	if err != nil {
		return nil, err
	}
	for _, o := range offices {
		holders, err := rd.subjects(predHolds, o)
		if err != nil {
			return nil, err
		}
		for _, p := range holders {
			out[p] = true
		}
	}
	return out, nil
}

// meetingsOf maps each meeting or call the people attended to who of them
// attended it.
func (rd *reader) meetingsOf(people map[quad.Value]bool) (map[quad.Value][]quad.Value, error) {
	out := map[quad.Value][]quad.Value{}
	for p := range people {
		ms, err := rd.objects(p, predAttended)
		if err != nil {
			return nil, err
		}
		for _, m := range ms {
			out[m] = append(out[m], p)
		}
	}
	return out, nil
}

// withParty are the nodes of class that have c as dg:party (or dg:side).
func (rd *reader) withParty(pred string, c quad.Value) (map[quad.Value]bool, error) {
	out := map[quad.Value]bool{}
	ns, err := rd.subjects(pred, c)
	for _, n := range ns {
		out[n] = true
	}
	return out, err
}

// timeline builds the pair's events.
func (rd *reader) timeline(a, b string) (timeline, error) {
	ra, err := rd.ref(a)
	if err != nil {
		return timeline{}, err
	}
	rb, err := rd.ref(b)
	if err != nil {
		return timeline{}, err
	}
	t := timeline{A: ra, B: rb, Events: []event{}}
	va, vb := quad.IRI(a), quad.IRI(b)

	pa, err := rd.peopleOf(va)
	if err != nil {
		return t, err
	}
	pb, err := rd.peopleOf(vb)
	if err != nil {
		return t, err
	}
	ma, err := rd.meetingsOf(pa)
	if err != nil {
		return t, err
	}
	mb, err := rd.meetingsOf(pb)
	if err != nil {
		return t, err
	}
	for m, whoA := range ma {
		whoB, ok := mb[m]
		if !ok {
			continue
		}
		ev, err := rd.event(m)
		if err != nil {
			return t, err
		}
		seen := map[quad.Value]bool{}
		for _, p := range append(append([]quad.Value{}, whoA...), whoB...) {
			if seen[p] {
				continue
			}
			seen[p] = true
			r, err := rd.ref(iriString(p))
			if err != nil {
				return t, err
			}
			ev.People = append(ev.People, r)
		}
		sort.Slice(ev.People, func(i, j int) bool { return ev.People[i].Name < ev.People[j].Name })
		if ev.Date, err = rd.bestDate(m, predDate); err != nil {
			return t, err
		}
		places, err := rd.objects(m, predHeldIn)
		if err != nil {
			return t, err
		}
		if len(places) == 0 {
			places, err = rd.objects(m, predInCountry)
			if err != nil {
				return t, err
			}
		}
		if len(places) > 0 {
			p, err := rd.ref(iriString(places[0]))
			if err != nil {
				return t, err
			}
			ev.Place = &p
		}
		t.Events = append(t.Events, ev)
	}
	// Commitments and partnerships name both countries as parties; a
	// commission has a co-chair for each side.
	for _, spec := range []struct{ pred string }{{predParty}} {
		na, err := rd.withParty(spec.pred, va)
		if err != nil {
			return t, err
		}
		nb, err := rd.withParty(spec.pred, vb)
		if err != nil {
			return t, err
		}
		for n := range na {
			if !nb[n] {
				continue
			}
			ev, err := rd.event(n)
			if err != nil {
				return t, err
			}
			if ev.Date, err = rd.madeAtDate(n); err != nil {
				return t, err
			}
			t.Events = append(t.Events, ev)
		}
	}
	if err := rd.commissions(va, vb, &t); err != nil {
		return t, err
	}
	sort.SliceStable(t.Events, func(i, j int) bool {
		di, dj := t.Events[i].Date, t.Events[j].Date
		if (di == "") != (dj == "") {
			return dj == "" // undated last
		}
		if di != dj {
			return di < dj
		}
		if ki, kj := eventOrder(t.Events[i].Kind), eventOrder(t.Events[j].Kind); ki != kj {
			return ki < kj
		}
		return t.Events[i].Node.Name < t.Events[j].Node.Name
	})
	t.Truncated = rd.short
	return t, nil
}

// eventOrder puts, on one date, the meetings before what they produced.
func eventOrder(kind string) int {
	for i, k := range []string{"Meeting", "Call", "Commission", "Commitment", "Partnership"} {
		if k == kind {
			return i
		}
	}
	return 5
}

// commissions adds the commissions with a co-chair for each side.
func (rd *reader) commissions(va, vb quad.Value, t *timeline) error {
	byCommission := func(c quad.Value) (map[quad.Value][]quad.Value, error) {
		out := map[quad.Value][]quad.Value{}
		chairs, err := rd.subjects(predSide, c)
		if err != nil {
			return nil, err
		}
		for _, ch := range chairs {
			cs, err := rd.objects(ch, predCommission)
			if err != nil {
				return nil, err
			}
			for _, cm := range cs {
				out[cm] = append(out[cm], ch)
			}
		}
		return out, nil
	}
	ca, err := byCommission(va)
	if err != nil {
		return err
	}
	cb, err := byCommission(vb)
	if err != nil {
		return err
	}
	for cm, chairsA := range ca {
		chairsB, ok := cb[cm]
		if !ok {
			continue
		}
		ev, err := rd.event(cm)
		if err != nil {
			return err
		}
		labels := map[string]bool{}
		for _, ch := range append(append([]quad.Value{}, chairsA...), chairsB...) {
			r, err := rd.ref(iriString(ch))
			if err != nil {
				return err
			}
			if ev.Evidence, err = rd.evidenceOf(r, false, ev.Evidence); err != nil {
				return err
			}
			holders, err := rd.subjects("dg:chairing", ch)
			if err != nil {
				return err
			}
			for _, h := range holders {
				p, err := rd.ref(iriString(h))
				if err != nil {
					return err
				}
				ev.People = append(ev.People, p)
			}
			if err := rd.each(ch, nil, nil, func(q quad.Quad) bool {
				if l := iriString(q.Label); l != "" {
					labels[l] = true
				}
				return true
			}); err != nil {
				return err
			}
		}
		if ev.Docs, err = rd.docFiles(labels); err != nil {
			return err
		}
		if ev.Date, err = rd.publishedDate(labels); err != nil {
			return err
		}
		t.Events = append(t.Events, ev)
	}
	return nil
}

// event starts a timeline line for node n: its kind, name, evidence and
// reporting documents.
func (rd *reader) event(n quad.Value) (event, error) {
	r, err := rd.ref(iriString(n))
	if err != nil {
		return event{}, err
	}
	ev := event{Kind: r.Kind, Node: r, Docs: []string{}, Evidence: []evidence{}}
	if ev.Evidence, err = rd.evidenceOf(r, false, ev.Evidence); err != nil {
		return ev, err
	}
	labels := map[string]bool{}
	if err := rd.each(n, nil, nil, func(q quad.Quad) bool {
		if l := iriString(q.Label); l != "" {
			labels[l] = true
		}
		return true
	}); err != nil {
		return ev, err
	}
	ev.Docs, err = rd.docFiles(labels)
	return ev, err
}

// bestDate is the most precise of a node's dates ("2023-02-03" over
// "2023-02"); reports that disagree give the earliest of the most precise.
func (rd *reader) bestDate(n quad.Value, pred string) (string, error) {
	ds, err := rd.texts(n, pred)
	if err != nil {
		return "", err
	}
	best := ""
	for _, d := range ds {
		if len(d) > len(best) || len(d) == len(best) && d < best {
			best = d
		}
	}
	return best, nil
}

// madeAtDate dates a commitment by the meeting it was made at, else by the
// publication of the earliest document reporting it.
func (rd *reader) madeAtDate(n quad.Value) (string, error) {
	ms, err := rd.objects(n, predMadeAt)
	if err != nil {
		return "", err
	}
	for _, m := range ms {
		if d, err := rd.bestDate(m, predDate); err != nil || d != "" {
			return d, err
		}
	}
	labels := map[string]bool{}
	if err := rd.each(n, nil, nil, func(q quad.Quad) bool {
		if l := iriString(q.Label); l != "" {
			labels[l] = true
		}
		return true
	}); err != nil {
		return "", err
	}
	return rd.publishedDate(labels)
}

// publishedDate is the earliest publication date of the documents.
func (rd *reader) publishedDate(labels map[string]bool) (string, error) {
	best := ""
	for l := range labels {
		d, err := rd.doc(l)
		if err != nil {
			return "", err
		}
		if d.Published != "" && (best == "" || d.Published < best) {
			best = d.Published
		}
	}
	return best, nil
}

// byName finds nodes of a class (a "dg:" class; "" for any) whose name or
// alias is exactly name.
func (rd *reader) byName(name, class string) ([]string, error) {
	var out []string
	for _, pred := range []string{predName, predAlias} {
		subs, err := rd.subjects(pred, quad.String(strings.TrimSpace(name)))
		if err != nil {
			return nil, err
		}
		for _, s := range subs {
			id := iriString(s)
			if id == "" {
				continue
			}
			if class != "" {
				r, err := rd.ref(id)
				if err != nil {
					return nil, err
				}
				if "dg:"+r.Kind != class {
					continue
				}
			}
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return compactStrings(out), nil
}
