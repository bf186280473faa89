package fact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldName is the comparison form of one word of a person's name: Fold
// without a possessive "'s".
func FoldName(w string) string {
	return strings.TrimSuffix(Fold(w), "'s")
}

// NameIndex finds the entries a person's name may stand for by the words of
// their names, so that resolving a name never compares it with every entry.
// The extractor indexes the persons of one document with it, the corpus
// merge the names of all documents; V is what an entry is (a person of a
// document, a full name of the corpus). Entries are returned in the order
// they were added.
type NameIndex[V comparable] struct {
	byFirst   map[string][]V            // first word of a full name
	bySurname map[string][]V            // last word of a full name, and its other spellings
	byWord    map[string][]V            // any word of a full name
	single    map[string]V              // entries known by one word only
	byShape   map[shape][]shapeEntry[V] // surnames by initial and length, for typos
}

// shape buckets surnames that a typo or two could turn into each other.
type shape struct {
	initial rune
	length  int
}

type shapeEntry[V comparable] struct {
	v       V
	surname string
}

func shapeOf(f string) shape {
	r := []rune(f)
	if len(r) == 0 {
		return shape{}
	}
	return shape{r[0], len(r)}
}

// NewNameIndex returns an empty index.
func NewNameIndex[V comparable]() *NameIndex[V] {
	return &NameIndex[V]{byFirst: map[string][]V{}, bySurname: map[string][]V{}, byWord: map[string][]V{},
		single: map[string]V{}, byShape: map[shape][]shapeEntry[V]{}}
}

// Add indexes v under the words of its name. A name of one word makes v an
// entry known by that word alone (the first such entry keeps it); a name of
// two or more is indexed by its first word, its surname (the last word, see
// AddAt) and every word.
func (ix *NameIndex[V]) Add(name []string, v V) {
	ix.AddAt(name, len(name)-1, v)
}

// AddAt is Add for a name whose family name is word sur (0 for a name
// written family name first: "Wang Wei", "Park Min-jun").
func (ix *NameIndex[V]) AddAt(name []string, sur int, v V) {
	if len(name) == 0 {
		return
	}
	if sur < 0 || sur >= len(name) {
		sur = len(name) - 1
	}
	if len(name) < 2 {
		f := FoldName(name[0])
		if _, ok := ix.single[f]; !ok {
			ix.single[f] = v
		}
		return
	}
	first := FoldName(name[0])
	ix.byFirst[first] = append(ix.byFirst[first], v)
	family := FoldName(name[sur])
	ix.AddSurname(family, v)
	ix.byShape[shapeOf(family)] = append(ix.byShape[shapeOf(family)], shapeEntry[V]{v, family})
	seen := map[string]bool{}
	for _, t := range name {
		if f := FoldName(t); !seen[f] {
			seen[f] = true
			ix.byWord[f] = append(ix.byWord[f], v)
		}
	}
}

// AddSurname indexes another spelling (folded) of the surname of v, an entry
// with a full name.
func (ix *NameIndex[V]) AddSurname(form string, v V) {
	for _, o := range ix.bySurname[form] {
		if o == v {
			return
		}
	}
	ix.bySurname[form] = append(ix.bySurname[form], v)
}

// ByFirst lists the full-name entries whose first word is w.
func (ix *NameIndex[V]) ByFirst(w string) []V { return ix.byFirst[FoldName(w)] }

// BySurname lists the full-name entries whose surname (or a spelling of it) is w.
func (ix *NameIndex[V]) BySurname(w string) []V { return ix.bySurname[FoldName(w)] }

// ByWord lists the full-name entries with the word w in their name.
func (ix *NameIndex[V]) ByWord(w string) []V { return ix.byWord[FoldName(w)] }

// Single finds the entry known by the one word w.
func (ix *NameIndex[V]) Single(w string) (V, bool) {
	v, ok := ix.single[FoldName(w)]
	return v, ok
}

// Typo lists the full-name entries whose surname is w up to a typo (see
// CloseSpelling).
func (ix *NameIndex[V]) Typo(w string) []V {
	f := FoldName(w)
	var hits []V
	sh := shapeOf(f)
	for n := sh.length - 2; n <= sh.length+2; n++ {
		for _, e := range ix.byShape[shape{sh.initial, n}] {
			if CloseSpelling(e.surname, f) {
				hits = append(hits, e.v)
			}
		}
	}
	return hits
}

// Resolve finds the one entry a single word names: an entry known by that
// word alone, the first entry with that surname or spelling of it, the only
// entry with that word in its name, or the only entry whose surname it is
// up to a typo.
func (ix *NameIndex[V]) Resolve(w string) (V, bool) {
	if v, ok := ix.Single(w); ok {
		return v, true
	}
	if vs := ix.BySurname(w); len(vs) > 0 {
		return vs[0], true
	}
	if vs := ix.ByWord(w); len(vs) == 1 {
		return vs[0], true
	}
	if hits := ix.Typo(w); len(hits) == 1 {
		return hits[0], true
	}
	var none V
	return none, false
}

// SameFullName reports two full names of one person: the same given name,
// and surnames equal or a typo apart (and the same father's name where
// both give one, see otherFather).
func SameFullName(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || otherFather(a, b) {
		return false
	}
	sa, sb := FoldName(a[len(a)-1]), FoldName(b[len(b)-1])
	if FoldName(a[0]) != FoldName(b[0]) {
		// "I.K. Name" and "Ivan Name": initials of the given names
		return sa == sb && sameInitials(a[:len(a)-1], b[:len(b)-1])
	}
	return sa == sb || CloseSpelling(sa, sb)
}

// sameInitials: one of two given names is written in initials ("S.",
// "I.K.") and the initials of the one agree with those of the other as far
// as both go ("I.K." and "Ivan"; not "S." and "Ivan").
func sameInitials(a, b []string) bool {
	ia, abbrA := initialsOf(a)
	ib, abbrB := initialsOf(b)
	if !abbrA && !abbrB || len(ia) == 0 || len(ib) == 0 {
		return false
	}
	n := min(len(ia), len(ib))
	return ia[:n] == ib[:n]
}

// initialsOf is the first letters of the words of a given name, a group
// of initials ("I.K.") giving each of its letters, and whether any word
// was written as initials.
func initialsOf(given []string) (string, bool) {
	var b strings.Builder
	abbr := false
	for _, w := range given {
		if strings.HasSuffix(w, ".") {
			abbr = true
			for _, g := range strings.Split(strings.TrimSuffix(w, "."), ".") {
				if r, _ := utf8.DecodeRuneInString(g); r != utf8.RuneError {
					b.WriteRune(unicode.ToLower(r))
				}
			}
			continue
		}
		if r, _ := utf8.DecodeRuneInString(Fold(w)); r != utf8.RuneError {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String(), abbr
}

// SameSurnameClose reports two full names of one person written with given
// names a letter or two apart ("Sergey" / "Sergei", "Ecaterina" / "Ekaterina")
// and the same surname.
func SameSurnameClose(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || FoldName(a[len(a)-1]) != FoldName(b[len(b)-1]) || otherFather(a, b) {
		return false
	}
	fa, fb := FoldName(a[0]), FoldName(b[0])
	return fa == fb || len(fa) >= 4 && len(fb) >= 4 && EditDistance(fa, fb) <= 2 && fa[:1] == fb[:1]
}

// NameExtends reports two full names of one person where one writes the
// other and goes on: every word of the shorter (two or more) at the head
// of the longer, which adds one or two words, a second surname or a suffix
// ("Pablo Herrera" / "Pablo Herrera Quispe").
func NameExtends(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 || len(b)-len(a) < 1 || len(b)-len(a) > 2 || otherFather(a, b) {
		return false
	}
	for i, w := range a {
		if FoldName(w) != FoldName(b[i]) {
			return false
		}
	}
	return true
}

// CloseSpelling allows one typo in a surname of five or more letters, two in
// one of nine or more.
func CloseSpelling(a, b string) bool {
	n := min(len([]rune(a)), len([]rune(b)))
	if n < 5 {
		return false
	}
	limit := 1
	if n >= 9 {
		limit = 2
	}
	return EditDistance(a, b) <= limit
}

// EditDistance is the Levenshtein distance between two short strings.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// otherFather reports two names whose patronymics differ: where both names
// have a lower-case particle after the given name ("bin", "ibn", "ould"),
// the word after it is the father's name, and a family name ("Al X") is
// shared by many, so "A bin B Al X" and "A bin C Al X" are two people.
// Particles are told by their case, as the press writes them, so no list
// of them is needed here.
func otherFather(a, b []string) bool {
	fa, fb := fatherOf(a), fatherOf(b)
	return fa != "" && fb != "" && fa != fb
}

func fatherOf(name []string) string {
	for i := 1; i+1 < len(name); i++ {
		r, _ := utf8.DecodeRuneInString(name[i])
		if unicode.IsLower(r) {
			return FoldName(name[i+1])
		}
	}
	return ""
}
