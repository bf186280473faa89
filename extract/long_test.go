package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// longSentence is one sentence of about n bytes with no full stop: names,
// titles, places, figures and speech verbs over and over, the worst a
// hostile or broken document can do to every stage.
func longSentence(n int) string {
	parts := []string{
		"Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas in Oslo",
		"and Rojas said that trade grew by 12% to $2.5 billion in the first half of 2023",
		"while Halvorsen, the prime minister of Norway, noted that the Joint Commission on Fisheries, co-chaired by Deputy Prime Minister Siri Moe,",
		"agreed to sign a memorandum on 14 March with Peru and Kenya",
		"as Mr Lindqvist and Dr Kowalczyk, according to Halvorsen, visited Lima, Bergen, Nairobi",
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(parts[i%len(parts)])
		b.WriteString(", ")
	}
	b.WriteString("Halvorsen said.")
	return b.String()
}

// manyNames is one sentence of about n bytes naming ever new titled people
// ("Minister Bako Dilu, President Fema Goni, ...") who say and meet things:
// every person is new, so no index can stay small.
func manyNames(n int) string {
	syl := []string{"ba", "ko", "di", "lu", "fe", "ma", "go", "ni", "ra", "te", "su", "vo"}
	titles := []string{"Minister", "President", "Ambassador", "Governor"}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		name := func(k int) string {
			w := strings.ToUpper(syl[k%12][:1]) + syl[k%12][1:] + syl[(k/12)%12] + syl[(k/144)%12]
			return w
		}
		fmt.Fprintf(&b, "%s %s %s met %s %s said, ", titles[i%4], name(i), name(i+7), name(i/3), name(i/5+11))
	}
	b.WriteString("they said.")
	return b.String()
}

// manySentences is a document of about n bytes of short sentences naming
// ever new people, which shows extraction linear in a document's length.
func manySentences(n int) string {
	return strings.ReplaceAll(manyNames(n), " said, ", " said. ")
}

// BenchmarkLongSentence shows extraction linear in the length of a sentence
// and of a document: the time per byte stays the same from 64 KB to 1 MB.
func BenchmarkLongSentence(b *testing.B) {
	x := testExtractor(b)
	for _, n := range []int{64 << 10, 256 << 10, 1 << 20} {
		for _, kind := range []struct {
			name string
			text func(int) string
		}{{"repeated", longSentence}, {"names", manyNames}, {"sentences", manySentences}} {
			doc := fact.Document{Name: "long.txt", Text: kind.text(n), Date: "2024-01-01"}
			b.Run(fmt.Sprintf("%s/%dKB", kind.name, n>>10), func(b *testing.B) {
				b.SetBytes(int64(len(doc.Text)))
				for b.Loop() {
					if _, err := x.Extract(context.Background(), doc); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

func TestSizeLimit(t *testing.T) {
	gz, _ := testTables()
	lex, _ := testLexicon()
	x, err := New(gz, lex, Options{MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	_, err = x.Extract(context.Background(), fact.Document{Name: "big.txt", Text: longSentence(5000)})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "big.txt") || !strings.Contains(err.Error(), "4 KiB") ||
		!strings.Contains(err.Error(), "1000 bytes") {
		t.Errorf("Extract = %v, want ErrTooLarge naming big.txt, its size and the limit", err)
	}
	if _, err := x.Extract(context.Background(), fact.Document{Name: "small.txt", Text: longSentence(500)}); err != nil {
		t.Errorf("a document under the limit: %v", err)
	}
}

// A cancelled context stops a document between stages and inside the loops
// over its sentences, not after it.
func TestCancelInsideADocument(t *testing.T) {
	x := testExtractor(t)
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString("Norwegian Prime Minister Ingrid Halvorsen met Chilean President Mateo Rojas in Oslo. ")
	}
	doc := fact.Document{Name: "many.txt", Text: b.String()}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := x.Extract(ctx, doc); !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "many.txt") {
		t.Errorf("Extract with a cancelled context = %v, want context.Canceled naming the document", err)
	}
	// the loops over sentences look at ctx themselves
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	if _, err := x.annotate(ctx2, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("annotate with a cancelled context = %v, want context.Canceled", err)
	}
	annotated, err := x.annotate(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := x.findPeople(ctx2, annotated); !errors.Is(err, context.Canceled) {
		t.Errorf("findPeople with a cancelled context = %v, want context.Canceled", err)
	}
}
