package serve

// Finding entities by name. The KV stores index quads by subject and by
// object, not by predicate, so "every name" is a scan; the index is built
// once from the class lists and kept until a write changes the graph.

import (
	"context"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
)

// indexBudget bounds the quads read to build the index.
const indexBudget = 5000000

type indexEntry struct {
	ref   nodeRef
	forms []string // folded names and aliases
}

type nameIndex struct {
	entries   []indexEntry
	truncated bool
	// byFirstWord holds the entities whose names namesIn finds in text
	// (people, countries, cities, commissions: no facts, no documents),
	// by the first word of the name, longest names first.
	byFirstWord map[string][]nodeRef
}

// namesIn finds the names of entities in a text ("A and B met in C"),
// each at most once, a longer name over a shorter one it contains.
func (idx *nameIndex) namesIn(text string) []nodeRef {
	var out []nodeRef
	seen := map[string]bool{}
	start := true
	for i, c := range text {
		if !start {
			start = !isWordRune(c)
			continue
		}
		if !isWordRune(c) {
			continue
		}
		start = false
		end := strings.IndexFunc(text[i:], func(r rune) bool { return !isWordRune(r) })
		word := text[i:]
		if end >= 0 {
			word = text[i : i+end]
		}
		for _, ref := range idx.byFirstWord[word] {
			if !strings.HasPrefix(text[i:], ref.Name) {
				continue
			}
			if rest := text[i+len(ref.Name):]; rest == "" || !isWordRune([]rune(rest)[0]) {
				if !seen[ref.Name] {
					seen[ref.Name] = true
					out = append(out, ref)
				}
				break
			}
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\''
}

// index returns the name index, building it if no request has since the
// last write.
func (s *Server) index(ctx context.Context) (*nameIndex, error) {
	s.idxMu.Lock()
	defer s.idxMu.Unlock()
	if s.idx != nil {
		return s.idx, nil
	}
	rd := newReader(ctx, s.b.handle().QuadStore)
	rd.budget = indexBudget
	idx := &nameIndex{byFirstWord: map[string][]nodeRef{}}
	for _, class := range searchClasses {
		kind := localName(class)
		nodes, err := rd.subjects(predType, quad.IRI(class))
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			id := iriString(n)
			if id == "" {
				continue
			}
			names, err := rd.texts(n, predName)
			if err != nil {
				return nil, err
			}
			aliases, err := rd.texts(n, predAlias)
			if err != nil {
				return nil, err
			}
			e := indexEntry{ref: nodeRef{ID: id, Kind: kind, Name: longest(names)}}
			if class == classDocument {
				if f, err := rd.text(n, predFile); err == nil && f != "" {
					names = append(names, f)
				} else if err != nil {
					return nil, err
				}
				if t, err := rd.text(n, predTitle); err == nil && t != "" {
					names = append(names, t)
					e.ref.Name = t
				} else if err != nil {
					return nil, err
				}
			}
			if e.ref.Name == "" {
				e.ref.Name = id
			}
			for _, f := range append(names, aliases...) {
				e.forms = append(e.forms, foldName(f))
			}
			idx.entries = append(idx.entries, e)
			rd.refs[id] = e.ref
			if !factKinds[kind] && !notInGraphView[kind] && len([]rune(e.ref.Name)) >= 3 {
				first := strings.FieldsFunc(e.ref.Name, func(r rune) bool { return !isWordRune(r) })
				if len(first) > 0 {
					idx.byFirstWord[first[0]] = append(idx.byFirstWord[first[0]], e.ref)
				}
			}
		}
	}
	for _, refs := range idx.byFirstWord {
		sort.SliceStable(refs, func(i, j int) bool { return len(refs[i].Name) > len(refs[j].Name) })
	}
	idx.truncated = rd.short
	if !idx.truncated {
		s.idx = idx
	}
	return idx, nil
}

// dropIndex forgets the name index; writes call it.
func (s *Server) dropIndex() {
	s.idxMu.Lock()
	s.idx = nil
	s.idxMu.Unlock()
}

// searchHit is one entity found.
type searchHit struct {
	nodeRef
	score int
}

// search finds up to limit entities whose names contain every word of q
// (folded); an empty q lists the kind. Exact names come first, then names
// starting with q, then names with a word starting with q.
func (idx *nameIndex) search(q, kind string, limit int) []nodeRef {
	fq := strings.Join(strings.Fields(foldName(q)), " ")
	words := strings.Fields(fq)
	kindRank := map[string]int{}
	for i, c := range searchClasses {
		kindRank[localName(c)] = i
	}
	var hits []searchHit
	for _, e := range idx.entries {
		if kind != "" && !strings.EqualFold(e.ref.Kind, kind) {
			continue
		}
		best := -1
		for _, f := range e.forms {
			sc := matchScore(f, fq, words)
			if sc >= 0 && (best < 0 || sc < best) {
				best = sc
			}
		}
		if best >= 0 {
			hits = append(hits, searchHit{e.ref, best})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.score != b.score {
			return a.score < b.score
		}
		if kindRank[a.Kind] != kindRank[b.Kind] {
			return kindRank[a.Kind] < kindRank[b.Kind]
		}
		return a.Name < b.Name
	})
	out := []nodeRef{}
	for i, h := range hits {
		if i >= limit {
			break
		}
		out = append(out, h.nodeRef)
	}
	return out
}

// matchScore ranks how form (folded) matches the query: 0 equal, 1 prefix,
// 2 a word starts with it, 3 contains every word; -1 no match.
func matchScore(form, q string, words []string) int {
	switch {
	case q == "":
		return 0
	case form == q:
		return 0
	case strings.HasPrefix(form, q):
		return 1
	case strings.Contains(" "+form, " "+q):
		return 2
	}
	for _, w := range words {
		if !strings.Contains(form, w) {
			return -1
		}
	}
	return 3
}
