package queries

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/fulltext"
	"github.com/diplograph/diplograph/kind"
	"github.com/diplograph/diplograph/schema"
)

// SentenceReader is a store that reads the rows of Sentences' Gizmo script
// without running it (graph.Store.EachSentenceRow); ok false says to run it.
type SentenceReader interface {
	EachSentenceRow(ctx context.Context, docs []string, inDocument, text, line, evidence string, fn func(map[string]quad.Value)) (ok bool, err error)
}

// Sentences reads the evidence sentences of the given documents (by file
// name) from the store, with the facts read from each, as the search index
// holds them. A document the store does not hold has none.
func Sentences(ctx context.Context, q Querier, files []string) (map[string][]fulltext.Sentence, error) {
	out := map[string][]fulltext.Sentence{}
	if len(files) == 0 {
		return out, nil
	}
	var iris, docs []string
	byIRI := map[string]string{}
	for _, f := range files {
		iri := schema.DocIRI(f)
		docs = append(docs, iri)
		iris = append(iris, strconv.Quote("<"+iri+">"))
		byIRI[iri] = f
		out[f] = nil
	}
	type sent struct {
		text  string
		line  int
		facts map[string]bool
	}
	sents := map[string]map[string]*sent{}
	add := func(m map[string]quad.Value) {
		doc := byIRI[kind.ValueText(m["doc"])]
		sid := kind.ValueText(m["sentence"])
		if doc == "" || sid == "" {
			return
		}
		if sents[doc] == nil {
			sents[doc] = map[string]*sent{}
		}
		s := sents[doc][sid]
		if s == nil {
			line, _ := strconv.Atoi(kind.ValueText(m["line"]))
			s = &sent{text: kind.ValueText(m["text"]), line: line, facts: map[string]bool{}}
			sents[doc][sid] = s
		}
		s.facts[kind.ValueText(m["fact"])] = true
	}
	read := false
	if sr, ok := q.(SentenceReader); ok {
		var err error
		if read, err = sr.EachSentenceRow(ctx, docs, schema.PredInDocument, schema.PredText, schema.PredLine, schema.PredEvidence, add); err != nil {
			return nil, fmt.Errorf("reading the evidence sentences of %d documents: %w", len(files), err)
		}
	}
	if !read {
		script := fmt.Sprintf(`g.V(%s).Tag("doc").In(%q).Tag("sentence").Save(%q, "text").Save(%q, "line").In(%q).Tag("fact").All()`,
			strings.Join(iris, ", "), "<"+schema.PredInDocument+">", "<"+schema.PredText+">", "<"+schema.PredLine+">", "<"+schema.PredEvidence+">")
		res, err := q.Rows(ctx, script, -1)
		if err != nil {
			return nil, fmt.Errorf("reading the evidence sentences of %d documents: %w", len(files), err)
		}
		for _, m := range res {
			add(m)
		}
	}
	for doc, ss := range sents {
		var ids []string
		for id := range ss {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			s := ss[id]
			var facts []string
			for f := range s.facts {
				facts = append(facts, f)
			}
			sort.Strings(facts)
			out[doc] = append(out[doc], fulltext.Sentence{Doc: doc, ID: id, Line: s.line, Text: s.text, Facts: facts})
		}
	}
	return out, nil
}

// DocumentFiles lists the file names of every document in the store.
func DocumentFiles(ctx context.Context, q Querier) ([]string, error) {
	script := fmt.Sprintf(`g.V(%q).In(%q).Save(%q, "file").All()`, "<"+schema.ClassDocument+">", "<"+schema.PredType+">", "<"+schema.PredFile+">")
	res, err := q.Rows(ctx, script, -1)
	if err != nil {
		return nil, fmt.Errorf("listing the store's documents: %w", err)
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range res {
		if f := kind.ValueText(m["file"]); f != "" && !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out, nil
}
