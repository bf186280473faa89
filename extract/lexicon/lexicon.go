// Package lexicon holds the extractor's knowledge of the English language
// and of the genre, loaded from tables: word classes (data/lexicon/*.tsv:
// trigger words, meeting and speech verbs, honorifics, name particles,
// count nouns, scale and approximation words, month names, ...) and
// patterns (data/patterns/*.tsv: regular expressions with what a match
// means, such as a commitment's status). The rules in package extract and
// its stage packages are generic; a linguist adds a word or a pattern by
// adding a row, without writing Go.
//
// Every table is UTF-8 and tab-separated, one entry a line; lines starting
// with # are comments and the first ones document the columns. Every row
// carries a note saying why it is there. Errors name the file and line.
package lexicon

import (
	"bufio"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/data"
)

// Entry is one row of a word table: a word (or a phrase of words separated
// by single spaces) of a class, with an optional value.
type Entry struct {
	Word  string
	Value string // what the word stands for, where the class has values ("" otherwise)
	Note  string // why the entry is there
	Pos   string // file:line it was read from
}

// Pattern is one row of a pattern table: a regular expression (RE2 syntax)
// of a rule, with an optional value saying what a match means.
type Pattern struct {
	Re    *Regexp
	Expr  string
	Value string
	Note  string
	Pos   string
}

// Lexicon is the loaded tables. It is never modified after loading and is
// safe for concurrent use.
type Lexicon struct {
	words    map[string][]Entry   // class -> entries in table order
	patterns map[string][]Pattern // rule -> patterns in table order
	// scanner finds the required literals of every pattern in one pass
	scanner *Scanner
}

// Load reads the tables embedded in package data.
func Load() (*Lexicon, error) { return LoadFS(data.FS) }

// LoadFS reads lexicon/*.tsv and patterns/*.tsv from fsys. Every class and
// rule the extractor uses must have at least one entry, and every entry
// must belong to a class or rule it knows (see Classes and Rules).
func LoadFS(fsys fs.FS) (*Lexicon, error) {
	l := &Lexicon{words: map[string][]Entry{}, patterns: map[string][]Pattern{}}
	words, err := fs.Glob(fsys, "lexicon/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range words {
		err := readTable(fsys, name, 2, func(pos string, f []string) error {
			if _, ok := Classes[f[0]]; !ok {
				return fmt.Errorf("unknown word class %q (the classes are listed in extract/lexicon.Classes)", f[0])
			}
			if f[1] == "" {
				return fmt.Errorf("class %s: empty word", f[0])
			}
			e := Entry{Word: f[1], Pos: pos}
			if len(f) > 2 {
				e.Value = f[2]
			}
			if len(f) > 3 {
				e.Note = f[3]
			}
			l.words[f[0]] = append(l.words[f[0]], e)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	patterns, err := fs.Glob(fsys, "patterns/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range patterns {
		err := readTable(fsys, name, 2, func(pos string, f []string) error {
			if _, ok := Rules[f[0]]; !ok {
				return fmt.Errorf("unknown pattern rule %q (the rules are listed in extract/lexicon.Rules)", f[0])
			}
			re, err := Compile(f[1])
			if err != nil {
				return fmt.Errorf("rule %s: %w", f[0], err)
			}
			p := Pattern{Re: re, Expr: f[1], Pos: pos}
			if len(f) > 2 {
				p.Value = f[2]
			}
			if len(f) > 3 {
				p.Note = f[3]
			}
			l.patterns[f[0]] = append(l.patterns[f[0]], p)
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	var missing []string
	for c := range Classes {
		if len(l.words[c]) == 0 {
			missing = append(missing, "class "+c)
		}
	}
	for r := range Rules {
		if len(l.patterns[r]) == 0 {
			missing = append(missing, "rule "+r)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("lexicon tables have no entries for %s", strings.Join(missing, ", "))
	}
	var all []*Regexp
	for _, rule := range slices.Sorted(maps.Keys(l.patterns)) {
		for _, p := range l.patterns[rule] {
			all = append(all, p.Re)
		}
	}
	l.scanner = ownScanner(all)
	return l, nil
}

// Scan finds in a lowered text (strings.ToLower) the required literals of
// every pattern of the lexicon at once, for Regexp.MayScanned: a sentence
// scanned once answers all the prefilters the rules ask of it.
func (l *Lexicon) Scan(lower string) Hits {
	if l.scanner == nil {
		return Hits{}
	}
	return l.scanner.Scan(lower)
}

// Entries lists the entries of a class in table order.
func (l *Lexicon) Entries(class string) []Entry { return l.words[class] }

// Set is the words of a class as written.
func (l *Lexicon) Set(class string) map[string]bool {
	m := make(map[string]bool, len(l.words[class]))
	for _, e := range l.words[class] {
		m[e.Word] = true
	}
	return m
}

// Values maps the words of a class to their values.
func (l *Lexicon) Values(class string) map[string]string {
	m := make(map[string]string, len(l.words[class]))
	for _, e := range l.words[class] {
		if _, ok := m[e.Word]; !ok {
			m[e.Word] = e.Value
		}
	}
	return m
}

// Words lists the words of a class in table order.
func (l *Lexicon) Words(class string) []string {
	out := make([]string, 0, len(l.words[class]))
	for _, e := range l.words[class] {
		if !slices.Contains(out, e.Word) {
			out = append(out, e.Word)
		}
	}
	return out
}

// Patterns lists the patterns of a rule in table order.
func (l *Lexicon) Patterns(rule string) []Pattern { return l.patterns[rule] }

// Pattern is the one pattern of a rule that has a single pattern.
func (l *Lexicon) Pattern(rule string) *Regexp {
	ps := l.patterns[rule]
	if len(ps) == 0 {
		return nil
	}
	return ps[0].Re
}

// readTable calls row for every non-comment line of a TSV file, with fields
// trimmed, after checking that the line has at least min fields. Errors
// name the file and line.
func readTable(fsys fs.FS, name string, min int, row func(pos string, f []string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	base := path.Join("data", name)
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < min {
			return fmt.Errorf("%s:%d: want at least %d tab-separated fields, got %d", base, n, min, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		pos := fmt.Sprintf("%s:%d", base, n)
		if err := row(pos, f); err != nil {
			return fmt.Errorf("%s: %w", pos, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", base, err)
	}
	return nil
}
