package question

import (
	"bufio"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/data"
)

// Vocabulary is the language of questions, loaded from the tables in
// data/questions (see the header of each table for its columns). It is
// never modified after loading and is safe for concurrent use.
type Vocabulary struct {
	phrases  map[string][]*entry // by the key of the phrase's first word, longest first
	maxLen   int                 // words in the longest phrase
	vocab    map[string]bool     // every folded word of every phrase
	examples []string            // examples.tsv: questions of each form, with placeholders
}

// table is which file an entry comes from.
type table int

const (
	tableTopic table = iota
	tableShape
	tableTime
	tableStatus
	tableWord
	tableDecline
)

var tableFiles = [...]string{
	tableTopic:   "topics.tsv",
	tableShape:   "shapes.tsv",
	tableTime:    "time.tsv",
	tableStatus:  "status.tsv",
	tableWord:    "words.tsv",
	tableDecline: "declines.tsv",
}

// entry is one phrase of one table, with what it means there.
type entry struct {
	table  table
	words  []string
	where  string // "any" or "start"
	source string // file:line, for --explain and errors

	topic Topic // topics.tsv
	rank  int
	term  bool

	shape string // shapes.tsv: count, yesno, latest, first, newest, when, where, who, which, what

	time string // time.tsv: the meaning column ("month 3", "since", "rel-year -1", ...)

	statuses []string // status.tsv

	class string // words.tsv: and, or, with, place, filler

	reason string // declines.tsv
}

// Topics a question can ask about.
type Topic string

// The topics. Most are the named questions of the same name; contacts is
// meetings, calls and visits together.
const (
	TopicMeetings    Topic = "meetings"
	TopicCalls       Topic = "calls"
	TopicVisits      Topic = "visits"
	TopicContacts    Topic = "contacts"
	TopicRoles       Topic = "roles"
	TopicClaims      Topic = "claims"
	TopicCoChairs    Topic = "co-chairs"
	TopicPartners    Topic = "partners"
	TopicCommitments Topic = "commitments"
	TopicConflicts   Topic = "conflicts"
	TopicPeople      Topic = "people"
	TopicTimeline    Topic = "timeline"
	TopicProfile     Topic = "profile"
	TopicSearch      Topic = "search"
)

// Topics lists every topic.
func Topics() []Topic {
	return []Topic{TopicMeetings, TopicCalls, TopicVisits, TopicContacts, TopicRoles, TopicClaims, TopicCoChairs,
		TopicPartners, TopicCommitments, TopicConflicts, TopicPeople, TopicTimeline, TopicProfile, TopicSearch}
}

func knownTopic(s string) bool {
	for _, t := range Topics() {
		if string(t) == s {
			return true
		}
	}
	return false
}

// Statuses of commitments a question can ask for.
var statuses = map[string]bool{"signed": true, "agreed": true, "proposed": true, "pledged": true, "done": true}

var shapes = map[string]bool{"count": true, "yesno": true, "latest": true, "first": true, "newest": true,
	"when": true, "where": true, "who": true, "which": true, "what": true}

var wordClasses = map[string]bool{"and": true, "or": true, "with": true, "place": true, "filler": true}

// LoadVocabulary reads the tables of data/questions embedded in package data.
func LoadVocabulary() (*Vocabulary, error) {
	sub, err := fs.Sub(data.Questions, "questions")
	if err != nil {
		return nil, fmt.Errorf("opening the question tables: %w", err)
	}
	return LoadVocabularyFS(sub)
}

// LoadVocabularyFS reads the tables from fsys (topics.tsv, shapes.tsv,
// time.tsv, status.tsv, words.tsv, declines.tsv, examples.tsv at its root); tests use it
// with small hand-made tables.
func LoadVocabularyFS(fsys fs.FS) (*Vocabulary, error) {
	v := &Vocabulary{phrases: map[string][]*entry{}, vocab: map[string]bool{}}
	for t, name := range tableFiles {
		min := map[table]int{tableTopic: 5, tableShape: 3, tableTime: 2, tableStatus: 2, tableWord: 2, tableDecline: 3}[table(t)]
		err := readTable(fsys, name, min, func(line int, f []string) error {
			return v.add(table(t), fmt.Sprintf("%s:%d", name, line), f)
		})
		if err != nil {
			return nil, err
		}
	}
	err := readTable(fsys, "examples.tsv", 1, func(line int, f []string) error {
		if f[0] == "" {
			return fmt.Errorf("empty template")
		}
		v.examples = append(v.examples, f[0])
		return nil
	})
	if err != nil {
		return nil, err
	}
	for k := range v.phrases {
		es := v.phrases[k]
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
	}
	return v, nil
}

func (v *Vocabulary) add(t table, source string, f []string) error {
	e := entry{table: t, where: "any", source: source}
	switch t {
	case tableTopic:
		if !knownTopic(f[1]) {
			return fmt.Errorf("unknown topic %q (known: %v)", f[1], Topics())
		}
		e.topic = Topic(f[1])
		rank, err := strconv.Atoi(f[2])
		if err != nil || rank < 1 {
			return fmt.Errorf("rank %q is not a whole number from 1", f[2])
		}
		e.rank = rank
		switch f[3] {
		case "yes":
			e.term = true
		case "no":
		default:
			return fmt.Errorf("term %q: want yes or no", f[3])
		}
		e.where = f[4]
	case tableShape:
		if !shapes[f[1]] {
			return fmt.Errorf("unknown shape %q", f[1])
		}
		e.shape = f[1]
		e.where = f[2]
	case tableTime:
		if err := checkTime(f[1]); err != nil {
			return err
		}
		e.time = f[1]
	case tableStatus:
		for _, s := range splitList(f[1]) {
			if !statuses[s] {
				return fmt.Errorf("unknown status %q (known: signed, agreed, proposed, pledged, done)", s)
			}
			e.statuses = append(e.statuses, s)
		}
		if len(e.statuses) == 0 {
			return fmt.Errorf("no status")
		}
	case tableWord:
		if !wordClasses[f[1]] {
			return fmt.Errorf("unknown class %q (known: and, or, with, place, filler)", f[1])
		}
		e.class = f[1]
	case tableDecline:
		e.where = f[1]
		e.reason = f[2]
		if e.reason == "" {
			return fmt.Errorf("no reason given")
		}
	}
	if e.where != "any" && e.where != "start" {
		return fmt.Errorf("where %q: want any or start", e.where)
	}
	phrases := splitList(f[0])
	if len(phrases) == 0 {
		return fmt.Errorf("no phrase")
	}
	for _, p := range phrases {
		ws := words(p)
		if len(ws) == 0 {
			return fmt.Errorf("phrase %q has no words", p)
		}
		pe := e
		pe.words = ws
		for _, old := range v.phrases[ws[0]] {
			if old.table == t && key(old.words) == key(ws) {
				return fmt.Errorf("phrase %q is already in %s", p, old.source)
			}
		}
		v.phrases[ws[0]] = append(v.phrases[ws[0]], &pe)
		v.maxLen = max(v.maxLen, len(ws))
		for _, w := range ws {
			v.vocab[w] = true
		}
	}
	return nil
}

// checkTime validates the meaning column of time.tsv.
func checkTime(m string) error {
	f := strings.Fields(m)
	if len(f) == 0 {
		return fmt.Errorf("no meaning")
	}
	num := func(lo, hi int) error {
		if len(f) != 2 {
			return fmt.Errorf("meaning %q: want %s N", m, f[0])
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || n < lo || n > hi {
			return fmt.Errorf("meaning %q: N must be a whole number from %d to %d", m, lo, hi)
		}
		return nil
	}
	switch f[0] {
	case "month":
		return num(1, 12)
	case "rel-year", "rel-month":
		return num(-100, 100)
	case "number":
		return num(1, 100)
	case "unit":
		if len(f) != 2 || (f[1] != "year" && f[1] != "month" && f[1] != "week" && f[1] != "day") {
			return fmt.Errorf("meaning %q: want unit year|month|week|day", m)
		}
		return nil
	case "in", "since", "after", "before", "until", "between", "past", "to":
		if len(f) != 1 {
			return fmt.Errorf("meaning %q takes no argument", m)
		}
		return nil
	}
	return fmt.Errorf("unknown meaning %q", m)
}

// match is the phrases of the vocabulary found at one position of a question.
type match struct {
	at, n   int // first token and number of tokens
	entries []*entry
}

// matchAt returns the longest phrases of any table that start at token i
// (all of them when several tables have a phrase of that length: "signed"
// is a topic word and a status), skipping tokens used[i] is set for.
func (v *Vocabulary) matchAt(ts []token, used []bool, i int) match {
	best := match{at: i}
	for _, e := range v.phrases[ts[i].fold] {
		n := len(e.words)
		if n < best.n {
			break // sorted longest first
		}
		if i+n > len(ts) || (e.where == "start" && i != 0) {
			continue
		}
		ok := true
		for k, w := range e.words {
			if used[i+k] || ts[i+k].fold != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n > best.n {
			best = match{at: i, n: n}
		}
		best.entries = append(best.entries, e)
	}
	return best
}

// entriesAt is matchAt's entries of one table.
func (m match) of(t table) []*entry {
	var out []*entry
	for _, e := range m.entries {
		if e.table == t {
			out = append(out, e)
		}
	}
	return out
}

// isWord says whether a folded word is part of any phrase of the
// vocabulary (so it is not taken for a name on its own).
func (v *Vocabulary) isWord(w string) bool { return v.vocab[w] }

// timeMeaning returns the time.tsv meanings of the phrases of length n at
// token i, for the time parser.
func (v *Vocabulary) timeAt(ts []token, used []bool, i int) (string, int) {
	for _, e := range v.phrases[ts[i].fold] {
		if e.table != tableTime || i+len(e.words) > len(ts) {
			continue
		}
		ok := true
		for k, w := range e.words {
			if used[i+k] || ts[i+k].fold != w {
				ok = false
				break
			}
		}
		if ok {
			return e.time, len(e.words)
		}
	}
	return "", 0
}

// readTable calls row for every non-comment line of a TSV file, fields
// trimmed, after checking that the line has at least min fields. Errors
// name the file and line.
func readTable(fsys fs.FS, name string, min int, row func(line int, f []string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("opening the question table %s: %w", name, err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < min {
			return fmt.Errorf("%s:%d: want at least %d tab-separated fields, got %d", name, n, min, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := row(n, f); err != nil {
			return fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
