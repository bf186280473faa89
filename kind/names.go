package kind

import (
	"fmt"

	"github.com/diplograph/diplograph/schema"
)

// Name is a thing of the graph a question can name: a person, country,
// city or commission with the names it goes by, or a distinct role or
// occasion, and how much the graph says of it (Weight).
type Name struct {
	Class   string // its class IRI (schema.ClassPerson, ...)
	Name    string
	Aliases []string
	Weight  int
}

// Names reads the names of the records of EntitySets: a person, country,
// city or commission by its longest name, with its other names and aliases
// and as much weight as it has links; a role or an occasion once per
// distinct name (folded), weighing as many times as it recurs.
func Names(rs *Records) []Name {
	var out []Name
	for _, class := range []string{schema.ClassPerson, schema.ClassCountry, schema.ClassCity, schema.ClassCommission} {
		for _, r := range rs.Class(class) {
			name := r.Longest("name")
			if name == "" {
				continue
			}
			n := Name{Class: class, Name: name, Weight: len(r.Values("link"))}
			for _, a := range append(append([]string{}, r.Values("alias")...), r.Values("name")...) {
				if a != name {
					n.Aliases = append(n.Aliases, a)
				}
			}
			out = append(out, n)
		}
	}
	for _, class := range []string{schema.ClassOffice, schema.ClassMeeting} {
		seen := map[string]int{}
		for _, r := range rs.Class(class) {
			for _, v := range r.Values("name") {
				if i, ok := seen[Fold(v)]; ok {
					out[i].Weight++
					continue
				}
				seen[Fold(v)] = len(out)
				out = append(out, Name{Class: class, Name: v, Weight: 1})
			}
		}
	}
	return out
}

// EncodeNames writes names as a read model keeps them, so that a question
// in plain English reads the graph's names without decoding the records
// they were read from (DecodeNames).
func EncodeNames(ns []Name) []byte {
	var w modelWriter
	w.int(len(ns))
	for _, n := range ns {
		w.str(n.Class)
		w.str(n.Name)
		w.int(n.Weight)
		w.int(len(n.Aliases))
		for _, a := range n.Aliases {
			w.str(a)
		}
	}
	return w.b
}

// DecodeNames reads what EncodeNames wrote.
func DecodeNames(b []byte) ([]Name, error) {
	r := modelReader{s: string(b)}
	n := r.int()
	if r.err != nil || n > len(b) {
		return nil, fmt.Errorf("decoding names: %w", errModel)
	}
	out := make([]Name, n)
	for i := 0; i < n && r.err == nil; i++ {
		out[i] = Name{Class: r.str(), Name: r.str(), Weight: r.int()}
		k := r.int()
		if r.err != nil || k > len(r.s) {
			r.err = errModel
			break
		}
		if k > 0 {
			out[i].Aliases = make([]string, k)
			for j := range out[i].Aliases {
				out[i].Aliases[j] = r.str()
			}
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("decoding names: %w", r.err)
	}
	return out, nil
}
