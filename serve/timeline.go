package serve

// The timeline of one or two parties (people, countries): the answer to
// the question "timeline A B", read and answered as `ask timeline A B`
// reads and answers it, so the page's timelines and the API's are the
// plain-English timeline.

import (
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
)

// party resolves a timeline side given as a node id or the name of a
// person, a country or a union.
func (s *Server) party(rd *reader, v string) (nodeRef, error) {
	v = strings.TrimSpace(v)
	ids, err := rd.byName(v, "")
	if err != nil {
		return nodeRef{}, err
	}
	if len(ids) == 0 {
		id, err := nodeID(v)
		if err != nil {
			return nodeRef{}, err
		}
		if rd.qs.ValueOf(quad.IRI(id)) == nil {
			return nodeRef{}, &clientError{http.StatusNotFound, fmt.Errorf("no person or country %q in the graph", v)}
		}
		ids = []string{id}
	}
	for _, id := range ids {
		ref, err := rd.ref(id)
		if err != nil {
			return nodeRef{}, err
		}
		if ref.Kind == localName(classPerson) || ref.Kind == localName(classCountry) {
			return ref, nil
		}
	}
	return nodeRef{}, &clientError{http.StatusNotFound, fmt.Errorf("%q is no person or country in the graph", v)}
}

// timeline is GET /api/v1/timeline?a=...&b=...: what a party did, or two
// did together, in date order; the answer of /api/v1/ask to "timeline A
// B", with the two parties resolved.
func (s *Server) timeline(w http.ResponseWriter, r *http.Request) {
	rd := newReader(r.Context(), s.b.handle().QuadStore)
	av, bv := r.URL.Query().Get("a"), r.URL.Query().Get("b")
	if strings.TrimSpace(av) == "" {
		s.fail(w, r, badRequest(errors.New("a timeline needs a= (a person or a country: a name or an id), and b= for what two did together")))
		return
	}
	a, err := s.party(rd, av)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	parties := []nodeRef{a}
	if strings.TrimSpace(bv) != "" {
		b, err := s.party(rd, bv)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		if b.ID == a.ID {
			s.fail(w, r, badRequest(errors.New("a timeline of two needs two different parties")))
			return
		}
		parties = append(parties, b)
	}
	o, limit, err := s.askParams(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var names []string
	for _, p := range parties {
		names = append(names, p.Name)
	}
	s.answer(w, r, timelineQuestion(names), o, limit)
}

// timelineQuestion is the question of the timeline of names, as a reader
// would type it.
func timelineQuestion(names []string) string {
	return "timeline " + strings.Join(names, " and ")
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
