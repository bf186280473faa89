// Package fulltext holds a full-text index of the evidence sentences facts
// were read from, kept beside the store, so that "gas pipeline" finds the
// sentences that speak of one, ranked, with the facts that came from each.
//
// The index is a bleve (scorch) index in a directory of its own. Each
// sentence is one index document whose id is its document key and sentence
// id; a document's sentences are replaced or removed together in one batch,
// so the index holds, for every document, exactly the sentences of its last
// write.
//
// Where the index lives (Path): beside a bolt file, in the directory
// FILE.search/; for a server store (PostgreSQL, CockroachDB), in a directory
// the user names or, by default, under the user's cache directory in
// diplograph/search/ and a name derived from the connection string without
// its password; for an in-memory store, in memory.
//
// Text is analysed as English: Unicode words, accents folded, possessives
// dropped, lower case, English stop words removed, Snowball stems, so that
// "pipelines" finds "pipeline" and "Ødegaard" finds "Odegaard".
package fulltext

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/diplograph/diplograph/fact"
)

// Sentence is one evidence sentence as the index holds it.
type Sentence struct {
	Doc   string   // the document's key (its base file name)
	ID    string   // the sentence's id, unique within the document (its IRI in the graph)
	Line  int      // 1-based line in the source file, or 0
	Text  string   // the sentence
	Facts []string // ids (IRIs) of the facts read from it
}

// Hit is a sentence that matched a search.
type Hit struct {
	Sentence
	Score   float64
	Matches []Span // byte ranges of Text where the query's words matched, in order
}

// Span is a byte range [Start, End) of a Hit's Text.
type Span struct{ Start, End int }

// Index is an open full-text index. It is safe for concurrent use.
type Index struct {
	idx      bleve.Index
	readOnly bool
	analyzer analysis.Analyzer

	// On disk, a batch returns once it is searchable, and is written out
	// in the background while build goes on; Close waits for every batch
	// to be on disk.
	durable   bool
	persisted sync.WaitGroup
	mu        sync.Mutex
	lastErr   error
}

const (
	analyzerName = "evidence"
	fieldText    = "text"
	fieldDoc     = "doc"
	fieldID      = "sid"
	fieldLine    = "line"
	fieldFacts   = "facts"
	// stampKey holds what the index was last brought in step with (see SetStamp).
	stampKey = "diplograph.stamp"
	// manifestPrefix + a document key holds the ids of the document's
	// sentences, newline-separated, so a rewrite finds what to delete
	// without searching.
	manifestPrefix = "diplograph.doc:"
	// idSep joins a document key and a sentence id into an index document
	// id; neither contains it.
	idSep = "\x1f"
)

// foldName is the token filter that folds words as the rest of diplograph
// does (fact.Fold: accents dropped, ı, ø, ß... spelt out), so the index
// and the graph agree on which names are the same. Folding words one by
// one, after the tokenizer, keeps their offsets in the text true.
const foldName = "diplograph_fold"

type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, t := range in {
		if f := fact.Fold(string(t.Term)); f != string(t.Term) {
			t.Term = []byte(f)
		}
	}
	return in
}

func init() {
	// bleve finds analysis parts by name in its registry, as Cayley finds
	// quad formats: registering is how an index mapping can name it.
	err := registry.RegisterTokenFilter(foldName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return foldFilter{}, nil
	})
	if err != nil {
		panic(err)
	}
}

// newMapping is the index mapping: the sentence text analysed as English,
// the document key, sentence id and fact ids as exact keywords, all stored
// so a hit can be shown without the store.
func newMapping() (mapping.IndexMapping, error) {
	m := bleve.NewIndexMapping()
	err := m.AddCustomAnalyzer(analyzerName, map[string]interface{}{
		"type":      custom.Name,
		"tokenizer": unicode.Name,
		"token_filters": []string{
			en.PossessiveName,
			lowercase.Name,
			foldName,
			en.StopName,
			en.SnowballStemmerName,
		},
	})
	if err != nil {
		return nil, fmt.Errorf("defining the evidence analyzer: %w", err)
	}
	// Only the text is searched, so no field goes into a composite "_all"
	// field, and only the document key keeps doc values (Docs counts by it).
	text := bleve.NewTextFieldMapping()
	text.Analyzer = analyzerName
	text.Store = true
	text.IncludeInAll = false
	text.DocValues = false
	text.IncludeTermVectors = true // positions, for phrases
	keyword := func(docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = docValues
		return f
	}
	line := bleve.NewNumericFieldMapping()
	line.Index = false
	line.Store = true
	line.IncludeInAll = false
	line.DocValues = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldDoc, keyword(true))
	doc.AddFieldMappingsAt(fieldID, keyword(false))
	doc.AddFieldMappingsAt(fieldFacts, keyword(false))
	doc.AddFieldMappingsAt(fieldLine, line)
	m.DefaultMapping = doc
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	m.DefaultAnalyzer = analyzerName
	m.DefaultField = fieldText
	return m, nil
}

// Options say how to open an index.
type Options struct {
	// ReadOnly opens an existing index for searching only; several
	// processes may hold it so, while a writer waits.
	ReadOnly bool
	// Create makes the index when the directory does not exist (ignored
	// when ReadOnly).
	Create bool
}

// ErrNoIndex is returned by Open when there is no index at the path and
// Options.Create is not set.
var ErrNoIndex = errors.New("no search index")

// lockTimeout bounds the wait for another process's lock on the index, so
// a second writer fails with a message instead of hanging.
const lockTimeout = "10s"

// Open opens the index in directory dir, creating it if asked.
func Open(dir string, o Options) (*Index, error) {
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		if o.ReadOnly || !o.Create {
			return nil, fmt.Errorf("%w at %s", ErrNoIndex, dir)
		}
		if err := create(dir); err != nil {
			return nil, fmt.Errorf("creating the search index %s: %w", dir, err)
		}
	} else if err != nil {
		return nil, fmt.Errorf("opening the search index %s: %w", dir, err)
	}
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": o.ReadOnly, "bolt_timeout": lockTimeout, "unsafe_batch": true})
	if err != nil {
		return nil, fmt.Errorf("opening the search index %s: %w", dir, err)
	}
	return wrap(idx, o.ReadOnly, true)
}

// create makes an empty index in a directory beside dir, waits for it to
// be on disk (its mapping included) and renames it to dir: a process
// killed while bleve makes a new index leaves no directory at dir that
// cannot be opened (it stopped every later build), only an unfinished one
// beside it, removed by the next create.
func create(dir string) error {
	tmp := dir + ".new"
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	m, err := newMapping()
	if err != nil {
		return err
	}
	idx, err := bleve.NewUsing(tmp, m, bleve.Config.DefaultIndexType, bleve.Config.DefaultKVStore,
		map[string]interface{}{"bolt_timeout": lockTimeout, "unsafe_batch": false})
	if err != nil {
		return err
	}
	if err := idx.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}

func wrap(idx bleve.Index, readOnly, durable bool) (*Index, error) {
	a := idx.Mapping().AnalyzerNamed(analyzerName)
	if a == nil {
		idx.Close()
		return nil, fmt.Errorf("the search index has no %s analyzer: it was made by something else", analyzerName)
	}
	return &Index{idx: idx, readOnly: readOnly, durable: durable, analyzer: a}, nil
}

// OpenMemory makes an empty index held in memory (for the in-memory store
// and for tests).
func OpenMemory() (*Index, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewMemOnly(m)
	if err != nil {
		return nil, fmt.Errorf("creating an in-memory search index: %w", err)
	}
	return wrap(idx, false, false)
}

// Close waits for the writes to be on disk and closes the index.
func (x *Index) Close() error {
	err := x.Flush()
	if cerr := x.idx.Close(); err == nil {
		err = cerr
	}
	return err
}

// Flush waits until every write so far is on disk, and returns the first
// error writing one out met.
func (x *Index) Flush() error {
	x.persisted.Wait()
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.lastErr != nil {
		return fmt.Errorf("writing the search index to disk: %w", x.lastErr)
	}
	return nil
}

func docID(doc, sentence string) string { return doc + idSep + sentence }

// record is what one sentence is indexed as.
type record struct {
	Text  string   `json:"text"`
	Doc   string   `json:"doc"`
	ID    string   `json:"sid"`
	Line  int      `json:"line"`
	Facts []string `json:"facts"`
}

// Replace makes doc's sentences in the index exactly sentences (their Doc
// fields are set to doc): sentences of an earlier write that are gone are
// removed, in the same batch as the new ones are added.
func (x *Index) Replace(ctx context.Context, doc string, sentences []Sentence) error {
	return x.apply(ctx, []string{doc}, map[string][]Sentence{doc: sentences})
}

// ReplaceAll is Replace for several documents in one batch.
func (x *Index) ReplaceAll(ctx context.Context, docs map[string][]Sentence) error {
	keys := make([]string, 0, len(docs))
	for d := range docs {
		keys = append(keys, d)
	}
	sort.Strings(keys)
	return x.apply(ctx, keys, docs)
}

// Remove removes every sentence of the given documents.
func (x *Index) Remove(ctx context.Context, docs ...string) error {
	return x.apply(ctx, docs, nil)
}

func (x *Index) apply(ctx context.Context, docs []string, add map[string][]Sentence) error {
	if x.readOnly {
		return errors.New("the search index is open read-only")
	}
	b := x.idx.NewBatch()
	for _, doc := range docs {
		if err := checkKey("document key", doc); err != nil {
			return err
		}
		old, err := x.ids(doc)
		if err != nil {
			return err
		}
		keep := map[string]bool{}
		var manifest []string
		for _, s := range add[doc] {
			if err := checkKey("sentence id", s.ID); err != nil {
				return fmt.Errorf("document %s: %w", doc, err)
			}
			if strings.Contains(s.ID, "\n") {
				return fmt.Errorf("document %s: sentence id %q contains a line break", doc, s.ID)
			}
			id := docID(doc, s.ID)
			if keep[id] {
				continue
			}
			keep[id] = true
			manifest = append(manifest, s.ID)
			facts := append([]string{}, s.Facts...)
			sort.Strings(facts)
			if err := b.Index(id, record{Text: s.Text, Doc: doc, ID: s.ID, Line: s.Line, Facts: facts}); err != nil {
				return fmt.Errorf("indexing sentence %s of %s: %w", s.ID, doc, err)
			}
		}
		for _, id := range old {
			if !keep[id] {
				b.Delete(id)
			}
		}
		if len(manifest) > 0 {
			b.SetInternal([]byte(manifestPrefix+doc), []byte(strings.Join(manifest, "\n")))
		} else if len(old) > 0 {
			b.DeleteInternal([]byte(manifestPrefix + doc))
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if b.Size() == 0 {
		return nil
	}
	if x.durable {
		x.persisted.Add(1)
		var once sync.Once
		b.SetPersistedCallback(func(err error) {
			once.Do(func() {
				if err != nil {
					x.mu.Lock()
					if x.lastErr == nil {
						x.lastErr = err
					}
					x.mu.Unlock()
				}
				x.persisted.Done()
			})
		})
	}
	if err := x.idx.Batch(b); err != nil {
		if x.durable {
			x.persisted.Done()
		}
		return fmt.Errorf("updating the search index: %w", err)
	}
	return nil
}

func checkKey(what, s string) error {
	if s == "" {
		return fmt.Errorf("empty %s", what)
	}
	if strings.Contains(s, idSep) {
		return fmt.Errorf("%s %q contains a unit separator", what, s)
	}
	return nil
}

// ids returns the index ids of doc's sentences, from its manifest.
func (x *Index) ids(doc string) ([]string, error) {
	b, err := x.idx.GetInternal([]byte(manifestPrefix + doc))
	if err != nil {
		return nil, fmt.Errorf("reading the indexed sentences of %s: %w", doc, err)
	}
	if len(b) == 0 {
		return nil, nil
	}
	var out []string
	for _, s := range strings.Split(string(b), "\n") {
		out = append(out, docID(doc, s))
	}
	return out, nil
}

// Docs returns the keys of the documents the index holds sentences of,
// sorted, with how many each has.
func (x *Index) Docs(ctx context.Context) (map[string]int, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	n, err := x.idx.DocCount()
	if err != nil {
		return nil, fmt.Errorf("counting indexed sentences: %w", err)
	}
	facet := bleve.NewFacetRequest(fieldDoc, int(n)+1)
	req.AddFacet("docs", facet)
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("listing indexed documents: %w", err)
	}
	out := map[string]int{}
	if f := res.Facets["docs"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			out[t.Term] = t.Count
		}
	}
	return out, nil
}

// Count returns how many sentences the index holds.
func (x *Index) Count() (int, error) {
	n, err := x.idx.DocCount()
	if err != nil {
		return 0, fmt.Errorf("counting indexed sentences: %w", err)
	}
	return int(n), nil
}

// SetStamp records what the index was last brought in step with (the
// store's generation, say), so a reader can tell a stale index.
func (x *Index) SetStamp(s string) error {
	if err := x.idx.SetInternal([]byte(stampKey), []byte(s)); err != nil {
		return fmt.Errorf("stamping the search index: %w", err)
	}
	return nil
}

// Stamp returns what SetStamp last recorded, or "".
func (x *Index) Stamp() (string, error) {
	b, err := x.idx.GetInternal([]byte(stampKey))
	if err != nil {
		return "", fmt.Errorf("reading the search index's stamp: %w", err)
	}
	return string(b), nil
}

// Search finds the sentences matching text, best first, at most limit of
// them (limit <= 0: 20). Words are matched by stem, accents folded; a
// sentence with every word ranks above one with some, and the words in
// order (a phrase) rank higher still. Parts in double quotes must occur as
// phrases.
func (x *Index) Search(ctx context.Context, text string, limit int) ([]Hit, int, error) {
	if limit <= 0 {
		limit = 20
	}
	q, err := buildQuery(text)
	if err != nil {
		return nil, 0, err
	}
	req := bleve.NewSearchRequestOptions(q, limit, 0, false)
	req.Fields = []string{fieldText, fieldDoc, fieldID, fieldLine, fieldFacts}
	// Score, then document and sentence, so equal scores come in a stable order.
	req.SortBy([]string{"-_score", "_id"})
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, 0, fmt.Errorf("searching the evidence for %q: %w", text, err)
	}
	terms := x.terms(text)
	hits := make([]Hit, 0, len(res.Hits))
	for _, h := range res.Hits {
		hit := Hit{Score: h.Score}
		hit.Text, _ = h.Fields[fieldText].(string)
		hit.Doc, _ = h.Fields[fieldDoc].(string)
		hit.ID, _ = h.Fields[fieldID].(string)
		if f, ok := h.Fields[fieldLine].(float64); ok {
			hit.Line = int(f)
		}
		hit.Facts = strs(h.Fields[fieldFacts])
		hit.Matches = x.matches(hit.Text, terms)
		hits = append(hits, hit)
	}
	return hits, int(res.Total), nil
}

// ErrEmptyQuery is returned by Search for a query with no searchable word.
var ErrEmptyQuery = errors.New("nothing to search for")

// buildQuery: quoted parts are required phrases; the rest is scored as a
// phrase (boost 4), all words (boost 2) and any word (1), so any word
// matches but the closer a sentence is to the whole query the higher it
// ranks.
func buildQuery(text string) (query.Query, error) {
	phrases, rest := splitQuoted(text)
	var must []query.Query
	for _, p := range phrases {
		q := bleve.NewMatchPhraseQuery(p)
		q.SetField(fieldText)
		must = append(must, q)
	}
	var should []query.Query
	if strings.TrimSpace(rest) != "" {
		phrase := bleve.NewMatchPhraseQuery(rest)
		phrase.SetField(fieldText)
		phrase.SetBoost(4)
		all := bleve.NewMatchQuery(rest)
		all.SetField(fieldText)
		all.SetOperator(query.MatchQueryOperatorAnd)
		all.SetBoost(2)
		anyWord := bleve.NewMatchQuery(rest)
		anyWord.SetField(fieldText)
		should = append(should, phrase, all, anyWord)
	}
	if len(must) == 0 && len(should) == 0 {
		return nil, ErrEmptyQuery
	}
	b := bleve.NewBooleanQuery()
	if len(must) > 0 {
		b.AddMust(must...)
	}
	if len(should) > 0 {
		b.AddShould(should...)
		if len(must) == 0 {
			b.SetMinShould(1)
		}
	}
	return b, nil
}

// splitQuoted takes out the double-quoted parts of s (straight or curly
// quotes); an unclosed quote runs to the end.
func splitQuoted(s string) (phrases []string, rest string) {
	var b strings.Builder
	var cur strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '"' || r == '\u201c' || r == '\u201d':
			if in {
				if p := strings.TrimSpace(cur.String()); p != "" {
					phrases = append(phrases, p)
				}
				cur.Reset()
			}
			in = !in
			b.WriteByte(' ')
		case in:
			cur.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	if p := strings.TrimSpace(cur.String()); in && p != "" {
		phrases = append(phrases, p)
	}
	return phrases, b.String()
}

func strs(v interface{}) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// terms returns the analysed words of a query (stems, folded).
func (x *Index) terms(text string) map[string]bool {
	out := map[string]bool{}
	for _, t := range x.analyzer.Analyze([]byte(text)) {
		out[string(t.Term)] = true
	}
	return out
}

// matches finds where the query's words occur in a hit's text, by
// analysing it as the index did (cheaper than keeping term vectors for
// every sentence: only the shown hits are analysed).
func (x *Index) matches(text string, terms map[string]bool) []Span {
	var out []Span
	for _, t := range x.analyzer.Analyze([]byte(text)) {
		if terms[string(t.Term)] {
			out = append(out, Span{t.Start, t.End})
		}
	}
	return merge(out)
}

// merge sorts spans and joins overlapping ones.
func merge(spans []Span) []Span {
	if len(spans) < 2 {
		return spans
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}
