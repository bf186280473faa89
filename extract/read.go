package extract

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/diplograph/diplograph/data"
)

// MaxDocumentSize caps one document (a text file, or one JSONL readRecord) so
// that a stray multi-gigabyte file cannot exhaust memory; the extractor's
// later stages hold a whole document at once.
const MaxDocumentSize = 16 << 20

// InputError is a document that could not be read. The build goes on with
// the other documents and reports all of these at the end.
type InputError struct {
	File string // path as given, "stdin" for standard input
	Line int    // 1-based line, 0 when the problem is not tied to a line
	Msg  string
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// readStdinName is how standard input appears in document names and errors.
const readStdinName = "stdin"

// Read streams the documents at path to fn: a file, a directory
// (recursively; .txt, .md, .markdown, .jsonl files; hidden files and others
// skipped), or "-" for stdin (format sniffed: JSONL if the first non-space
// byte is '{', else text).
//
// Bad documents do not stop the walk: each becomes an *InputError, and Read
// returns them joined (errors.Join) after every good document has been
// passed to fn. An error from fn, a cancelled ctx or an unreadable path
// argument stops Read at once and is returned first.
func Read(ctx context.Context, path string, fn func(Document) error) error {
	return ReadReporting(ctx, path, fn, nil)
}

// SkippedFile is a file a directory walk leaves out, and why.
type SkippedFile struct {
	Path   string
	Reason string
}

// readSkipReason says why a file met in a directory walk is not read.
func readSkipReason(name string) string {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case "":
		return "no file extension: diplograph reads .txt, .md, .markdown and .jsonl (rename it if it is text)"
	case ".html", ".htm", ".xhtml":
		return "HTML is not read: save the article as text (.txt or .md) first"
	case ".pdf", ".doc", ".docx", ".odt", ".rtf":
		return strings.TrimPrefix(ext, ".") + " files are not read: convert them to text (.txt) first"
	}
	return ext + " files are not documents diplograph reads (.txt, .md, .markdown, .jsonl)"
}

// ReadReporting is Read that also tells skipped about every file of a
// walked directory it leaves out (hidden files apart), with the reason;
// skipped may be nil.
func ReadReporting(ctx context.Context, path string, fn func(Document) error, skipped func(SkippedFile)) error {
	if skipped == nil {
		skipped = func(SkippedFile) {}
	}
	if path == "-" {
		bad, err := readStream(ctx, readStdinName, "-", os.Stdin, readFormatSniff, fn)
		return errors.Join(append([]error{err}, bad...)...)
	}
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("reading documents: %w", err)
	}
	if !info.IsDir() {
		bad, err := readPath(ctx, path, fn)
		return errors.Join(append([]error{err}, bad...)...)
	}
	var bad []error
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable subdirectory is bad input, not a reason to
			// abandon the documents beside it.
			bad = append(bad, &InputError{File: p, Msg: err.Error()})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
			skipped(SkippedFile{Path: p, Reason: "not a regular file"})
			return nil
		}
		if !readIsDocument(p) {
			skipped(SkippedFile{Path: p, Reason: readSkipReason(p)})
			return nil
		}
		b, err := readPath(ctx, p, fn)
		bad = append(bad, b...)
		return err
	})
	return errors.Join(append([]error{err}, bad...)...)
}

// readIsDocument says whether a file met while walking a directory is one
// Read should take; explicit file arguments are read whatever their name.
func readIsDocument(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".jsonl":
		return true
	}
	return false
}

func readPath(ctx context.Context, path string, fn func(Document) error) ([]error, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return []error{&InputError{File: path, Msg: err.Error()}}, nil
	}
	defer f.Close()
	return readStream(ctx, path, path, f, readFormatOf(path), fn)
}

// ReadFile reads the documents of one named stream: name is used in
// document names and errors, and its extension decides the format (.jsonl
// is JSON Lines, anything else is text, "-" is sniffed). The error joins the
// *InputError of every bad document after any error that stopped reading.
func ReadFile(ctx context.Context, name string, r io.Reader, fn func(Document) error) error {
	format := readFormatOf(name)
	display, path := name, name
	if name == "-" {
		format, display = readFormatSniff, readStdinName
	}
	bad, err := readStream(ctx, display, path, r, format, fn)
	return errors.Join(append([]error{err}, bad...)...)
}

type readFormat int

const (
	readFormatText readFormat = iota
	readFormatJSONL
	readFormatSniff
)

func readFormatOf(name string) readFormat {
	if name == "-" {
		return readFormatSniff
	}
	if strings.EqualFold(filepath.Ext(name), ".jsonl") {
		return readFormatJSONL
	}
	return readFormatText
}

// readStream returns the input errors of bad documents separately from the
// error that stopped it, so that directory walks can go on after the former.
func readStream(ctx context.Context, display, path string, r io.Reader, f readFormat, fn func(Document) error) ([]error, error) {
	src := r
	if f == readFormatSniff || f == readFormatJSONL {
		// a text file is read whole: only a stream that may hold JSON
		// Lines needs the buffer (a large one per document adds up)
		br := bufio.NewReaderSize(r, 64<<10)
		if f == readFormatSniff {
			f = readSniff(br)
		}
		if f == readFormatJSONL {
			return readJSONL(ctx, display, path, br, fn)
		}
		src = br
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(io.LimitReader(src, MaxDocumentSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", display, err)
	}
	if len(raw) > MaxDocumentSize {
		return []error{&InputError{File: display, Msg: fmt.Sprintf("document larger than the %d MiB limit", MaxDocumentSize>>20)}}, nil
	}
	doc, ierr := readText(display, raw)
	if ierr != nil {
		return []error{ierr}, nil
	}
	doc.Path = path
	if err := fn(doc); err != nil {
		return nil, err
	}
	return nil, nil
}

// readSniff looks at the first non-space byte without consuming it.
func readSniff(br *bufio.Reader) readFormat {
	for n := 1; n <= br.Size(); n *= 2 {
		b, err := br.Peek(n)
		if i := bytes.IndexFunc(b, func(r rune) bool { return !readIsSpace(r) && r != '\uFEFF' }); i >= 0 {
			if b[i] == '{' {
				return readFormatJSONL
			}
			return readFormatText
		}
		if err != nil {
			break
		}
	}
	return readFormatText
}

func readIsSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// readBOM is dropped from the start of a document: editors add it, and it
// is not text.
const readBOM = "\uFEFF"

// readText turns the raw bytes of a .txt/.md document into a Document.
func readText(name string, raw []byte) (Document, *InputError) {
	sum := sha256.Sum256(raw)
	doc := Document{Name: filepath.Base(name), Hash: hex.EncodeToString(sum[:]), Line: 1}
	b := bytes.TrimPrefix(raw, []byte(readBOM))
	if line, ok := readBinaryLine(b); ok {
		return doc, &InputError{File: name, Line: line, Msg: "binary file"}
	}
	if line, col, ok := readInvalidUTF8(b); ok {
		return doc, &InputError{File: name, Line: line, Msg: fmt.Sprintf("invalid UTF-8 at column %d", col)}
	}
	body, bodyLine, ierr := readFrontMatter(name, b, &doc)
	if ierr != nil {
		return doc, ierr
	}
	doc.Text = dropInvisible(string(body))
	if strings.TrimSpace(doc.Text) == "" {
		return doc, &InputError{File: name, Line: bodyLine, Msg: "empty document"}
	}
	doc.Line = bodyLine
	return doc, nil
}

// readBinaryLine reports a file as binary if it has a NUL byte or if more than
// a tenth of its first 8 KiB are control characters other than layout.
func readBinaryLine(b []byte) (int, bool) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return 1 + bytes.Count(b[:i], []byte{'\n'}), true
	}
	head := b[:min(len(b), 8<<10)]
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' || c == 0x7F {
			ctl++
		}
	}
	if len(head) > 0 && ctl*10 > len(head) {
		return 1, true
	}
	return 0, false
}

// readInvalidUTF8 finds the first invalid byte and gives its 1-based line and
// byte column.
func readInvalidUTF8(b []byte) (line, col int, bad bool) {
	if utf8.Valid(b) {
		return 0, 0, false
	}
	line, lineStart := 1, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return line, i - lineStart + 1, true
		}
		if r == '\n' {
			line++
			lineStart = i + 1
		}
		i += n
	}
	return 0, 0, false
}

// readFrontMatter strips and parses a leading "---" YAML block into doc and
// returns the body with the file line it starts at.
func readFrontMatter(name string, b []byte, doc *Document) ([]byte, int, *InputError) {
	first, rest, ok := readCutLine(b)
	if !ok || !readIsFence(first, "---") {
		return b, 1, nil
	}
	yamlStart := len(b) - len(rest)
	line := 2
	for p := rest; len(p) > 0; line++ {
		l, next, _ := readCutLine(p)
		if readIsFence(l, "---") || readIsFence(l, "...") {
			block := b[yamlStart : len(b)-len(p)]
			if ierr := readParseFrontMatter(name, block, doc); ierr != nil {
				return nil, 0, ierr
			}
			return next, line + 1, nil
		}
		p = next
	}
	return nil, 0, &InputError{File: name, Line: 1, Msg: "front matter: no closing --- line"}
}

// readCutLine splits off the first line (without its "\n" or "\r\n").
func readCutLine(b []byte) (line, rest []byte, found bool) {
	line, rest, found = bytes.Cut(b, []byte{'\n'})
	return bytes.TrimSuffix(line, []byte{'\r'}), rest, found
}

func readIsFence(line []byte, fence string) bool {
	return string(bytes.TrimRight(line, " \t")) == fence
}

var readYAMLLineRE = regexp.MustCompile(`line (\d+)`)

// readParseFrontMatter fills doc from the YAML block, which starts on file
// line 2; YAML line numbers are shifted to file lines.
func readParseFrontMatter(name string, block []byte, doc *Document) *InputError {
	var root yaml.Node
	if err := yaml.Unmarshal(block, &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if m := readYAMLLineRE.FindStringSubmatchIndex(msg); m != nil {
			n, _ := strconv.Atoi(msg[m[2]:m[3]])
			line = n + 1
			msg = strings.TrimPrefix(msg[:m[0]]+msg[m[1]:], ": ")
			msg = strings.TrimSpace(msg)
		}
		return &InputError{File: name, Line: line, Msg: "front matter: " + msg}
	}
	if len(root.Content) == 0 {
		return nil // an empty block is allowed
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return &InputError{File: name, Line: m.Line + 1, Msg: "front matter: not a mapping of keys to values"}
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		var dst *string
		switch strings.ToLower(k.Value) {
		case "title":
			dst = &doc.Title
		case "date":
			dst = &doc.Date
		case "source":
			dst = &doc.Source
		case "url":
			dst = &doc.URL
		case "language", "lang":
			dst = &doc.Language
		default:
			continue // other tools' keys are not ours to judge
		}
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			return &InputError{File: name, Line: v.Line + 1, Msg: fmt.Sprintf("front matter: %s must be a single value", k.Value)}
		}
		if v.Tag == "!!null" {
			continue
		}
		key := strings.ToLower(k.Value)
		if key == "title" && v.Tag != "!!str" {
			return &InputError{File: name, Line: v.Line + 1, Msg: fmt.Sprintf("front matter: title %q is not a string (quote it)", v.Value)}
		}
		val := strings.TrimSpace(v.Value)
		if key == "date" && val != "" {
			iso, err := NormalizeDate(val)
			if err != nil {
				return &InputError{File: name, Line: v.Line + 1, Msg: "front matter: " + err.Error()}
			}
			val = iso
		}
		*dst = val
	}
	return nil
}

// readDateLayouts are the publication-date forms accepted, each with the
// precision it carries. Slash forms other than year-first are left out on
// purpose: 05/06/2024 means different days on either side of the Atlantic.
var readDateLayouts = []struct {
	layout string
	out    string
}{
	{"2006-01-02", "2006-01-02"},
	{"2006-1-2", "2006-01-02"},
	{"2006/01/02", "2006-01-02"},
	{"2006/1/2", "2006-01-02"},
	{"2006.01.02", "2006-01-02"},
	{"02.01.2006", "2006-01-02"},
	{"2.1.2006", "2006-01-02"},
	{time.RFC3339, "2006-01-02"},
	{time.RFC3339Nano, "2006-01-02"},
	{"2006-01-02T15:04:05", "2006-01-02"},
	{"2006-01-02T15:04", "2006-01-02"},
	{"2006-01-02 15:04:05", "2006-01-02"},
	{"2006-01-02 15:04:05 -0700", "2006-01-02"},
	{"2006-01-02 15:04:05 -0700 MST", "2006-01-02"},
	{"2006-01-02 15:04", "2006-01-02"},
	{time.RFC1123, "2006-01-02"},
	{time.RFC1123Z, "2006-01-02"},
	{"Mon, 2 Jan 2006", "2006-01-02"},
	{"January 2, 2006", "2006-01-02"},
	{"January 2 2006", "2006-01-02"},
	{"Jan 2, 2006", "2006-01-02"},
	{"Jan 2 2006", "2006-01-02"},
	{"Jan. 2, 2006", "2006-01-02"},
	{"2 January 2006", "2006-01-02"},
	{"2 Jan 2006", "2006-01-02"},
	{"Monday, January 2, 2006", "2006-01-02"},
	{"Monday, 2 January 2006", "2006-01-02"},
	{"2006-01", "2006-01"},
	{"2006/01", "2006-01"},
	{"January 2006", "2006-01"},
	{"Jan 2006", "2006-01"},
	{"2006", "2006"},
}

// NormalizeDate turns a publication date in a common form into ISO 8601
// with the precision it was given at: YYYY-MM-DD, YYYY-MM or YYYY.
func NormalizeDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	// "Sept." is the one month abbreviation Go's layouts do not know.
	norm := strings.Replace(s, "Sept.", "Sep", 1)
	norm = strings.Replace(norm, "Sept ", "Sep ", 1)
	for _, l := range readDateLayouts {
		if t, err := time.Parse(l.layout, norm); err == nil {
			return t.Format(l.out), nil
		}
	}
	// Month abbreviations with a period ("Aug. 19, 2023").
	if t, err := time.Parse("Jan 2, 2006", strings.Replace(norm, ".", "", 1)); err == nil {
		return t.Format("2006-01-02"), nil
	}
	return "", fmt.Errorf("date %q is not a date (use YYYY-MM-DD)", s)
}

// readJSONL reads one document per line, a line at a time so that a large
// corpus file is never held in memory whole.
func readJSONL(ctx context.Context, display, path string, br *bufio.Reader, fn func(Document) error) ([]error, error) {
	var bad []error
	base := filepath.Base(display)
	for line := 1; ; line++ {
		if err := ctx.Err(); err != nil {
			return bad, err
		}
		raw, tooLong, err := readLine(br, MaxDocumentSize)
		if err != nil && err != io.EOF {
			return bad, fmt.Errorf("reading %s: %w", display, err)
		}
		if tooLong {
			bad = append(bad, &InputError{File: display, Line: line, Msg: fmt.Sprintf("record larger than the %d MiB limit", MaxDocumentSize>>20)})
		} else if len(bytes.TrimSpace(raw)) > 0 {
			doc, ierr := readParseRecord(display, base, line, raw)
			if ierr != nil {
				bad = append(bad, ierr)
				if ierr.Msg == "binary file" {
					return bad, nil // the rest is no more JSON than this
				}
			} else {
				doc.Path = path
				if err := fn(doc); err != nil {
					return bad, err
				}
			}
		}
		if err == io.EOF {
			return bad, nil
		}
	}
}

// readLine reads one line without its terminator, discarding (and flagging)
// lines longer than max instead of buffering them.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(line)+len(chunk) > max+2 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, false, err
		}
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte{'\n'}), []byte{'\r'})
		if !tooLong && len(line) > max {
			tooLong, line = true, nil
		}
		return line, tooLong, err
	}
}

// readRecord is a JSONL line; fields stay raw so that a wrong type is reported
// rather than silently zeroed.
type readRecord struct {
	Text     json.RawMessage `json:"text"`
	Title    json.RawMessage `json:"title"`
	Date     json.RawMessage `json:"date"`
	Source   json.RawMessage `json:"source"`
	URL      json.RawMessage `json:"url"`
	Language json.RawMessage `json:"language"`
	Name     json.RawMessage `json:"name"`
	ID       json.RawMessage `json:"id"`
}

func readParseRecord(display, base string, line int, raw []byte) (Document, *InputError) {
	sum := sha256.Sum256(raw)
	doc := Document{Name: fmt.Sprintf("%s#%d", base, line), Hash: hex.EncodeToString(sum[:]), Line: line}
	fail := func(format string, a ...any) (Document, *InputError) {
		return doc, &InputError{File: display, Line: line, Msg: fmt.Sprintf(format, a...)}
	}
	b := raw
	if line == 1 {
		b = bytes.TrimPrefix(b, []byte(readBOM))
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return fail("binary file")
	}
	if _, col, ok := readInvalidUTF8(b); ok {
		return fail("invalid UTF-8 at column %d", col)
	}
	if t := bytes.TrimSpace(b); len(t) == 0 || t[0] != '{' {
		return fail("not a JSON object")
	}
	var rec readRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return fail("invalid JSON: %v", err)
	}
	var err error
	str := func(key string, m json.RawMessage, dst *string) {
		if err != nil || len(m) == 0 || string(m) == "null" {
			return
		}
		if e := json.Unmarshal(m, dst); e != nil {
			err = fmt.Errorf("%q must be a string", key)
		}
	}
	var date string
	str("text", rec.Text, &doc.Text)
	str("title", rec.Title, &doc.Title)
	str("source", rec.Source, &doc.Source)
	str("url", rec.URL, &doc.URL)
	str("language", rec.Language, &doc.Language)
	if len(rec.Date) > 0 && rec.Date[0] != '"' && string(rec.Date) != "null" {
		date = string(rec.Date) // a bare year
	} else {
		str("date", rec.Date, &date)
	}
	if err != nil {
		return fail("%v", err)
	}
	if len(rec.Text) == 0 || string(rec.Text) == "null" {
		return fail(`missing "text"`)
	}
	doc.Text = dropInvisible(doc.Text)
	if strings.TrimSpace(doc.Text) == "" {
		return fail("empty document")
	}
	if date = strings.TrimSpace(date); date != "" {
		iso, derr := NormalizeDate(date)
		if derr != nil {
			return fail("%v", derr)
		}
		doc.Date = iso
	}
	for _, id := range []json.RawMessage{rec.Name, rec.ID} {
		if len(id) == 0 || string(id) == "null" {
			continue
		}
		var s string
		if json.Unmarshal(id, &s) != nil {
			s = string(id) // numeric ids are common
		}
		if s = strings.TrimSpace(s); s != "" {
			doc.Name = s
			break
		}
	}
	doc.Title = strings.TrimSpace(doc.Title)
	doc.Source = strings.TrimSpace(doc.Source)
	doc.URL = strings.TrimSpace(doc.URL)
	doc.Language = strings.TrimSpace(doc.Language)
	return doc, nil
}

// readStopwords are the function-word lists of data/stopwords.tsv by
// language.
func readStopwords() (map[string]map[string]bool, error) {
	b, err := data.FS.ReadFile("stopwords.tsv")
	if err != nil {
		return nil, fmt.Errorf("reading stopwords.tsv: %w", err)
	}
	out := map[string]map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, words, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		set := map[string]bool{}
		for _, w := range strings.Split(words, "|") {
			set[strings.TrimSpace(w)] = true
		}
		out[lang] = set
	}
	return out, nil
}

// readLanguageWords is how many words a text needs before its language is
// judged: a headline or a table is too short to say.
const readLanguageWords = 40

// readEnglishShare is the least share of English function words an English
// text has. Running English prose has 30-50 %; other languages written in
// Latin script share a few short words ("a", "in", "no") and stay near 5 %;
// tables and lists in English fall to about 14 %.
const readEnglishShare = 0.10

// LanguageDetector tells documents diplograph cannot read (not in English)
// from those it can.
type LanguageDetector struct {
	words map[string]map[string]bool
	// langs are the languages of words, sorted, and of maps a word to the
	// indexes in langs of those whose lists hold it: one lookup a word of
	// a document, not one for each list
	langs []string
	of    map[string][]int
}

// NewLanguageDetector loads the function-word lists.
func NewLanguageDetector() (*LanguageDetector, error) {
	w, err := readStopwords()
	if err != nil {
		return nil, err
	}
	if len(w["en"]) == 0 {
		return nil, fmt.Errorf("stopwords.tsv has no English list")
	}
	ld := &LanguageDetector{words: w, langs: slices.Sorted(maps.Keys(w)), of: map[string][]int{}}
	for i, lang := range ld.langs {
		for word := range w[lang] {
			ld.of[word] = append(ld.of[word], i)
		}
	}
	return ld, nil
}

// NotEnglish says whether a document is not in English and how that was
// known: its front matter's language, or its words (with the language they
// fit best, when one of the lists does). ok is false for English documents
// and for texts too short to judge.
func (ld *LanguageDetector) NotEnglish(d Document) (why string, ok bool) {
	if lang := strings.ToLower(strings.TrimSpace(d.Language)); lang != "" {
		base, _, _ := strings.Cut(strings.ReplaceAll(lang, "_", "-"), "-")
		if base == "en" || base == "english" {
			return "", false
		}
		return "front matter says language: " + d.Language, true
	}
	// the words are counted as they are split, without a slice of them:
	// every document is read here, in the one reading goroutine
	n := 0
	counts := make([]int, len(ld.langs))
	for w := range strings.FieldsFuncSeq(strings.ToLower(d.Text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
		n++
		for _, i := range ld.of[w] {
			counts[i]++
		}
	}
	if n < readLanguageWords {
		return "", false
	}
	hits := map[string]int{}
	for i, c := range counts {
		if c > 0 {
			hits[ld.langs[i]] = c
		}
	}
	share := func(lang string) float64 { return float64(hits[lang]) / float64(n) }
	if share("en") >= readEnglishShare {
		return "", false
	}
	best := ""
	for lang := range ld.words {
		if lang != "en" && share(lang) > share("en") && (best == "" || share(lang) > share(best) || share(lang) == share(best) && lang < best) {
			best = lang
		}
	}
	why = fmt.Sprintf("only %.0f%% of its words are common English words", 100*share("en"))
	if best != "" {
		why += fmt.Sprintf("; it reads like language %q", best)
	}
	return why, true
}
