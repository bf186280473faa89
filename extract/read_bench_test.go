package extract

import (
	"strings"
	"testing"
)

// BenchmarkNotEnglish is the language guess on a report of invented
// sentences, as the reading goroutine makes it for every document.
func BenchmarkNotEnglish(b *testing.B) {
	ld, err := NewLanguageDetector()
	if err != nil {
		b.Fatal(err)
	}
	d := Document{Name: "x.txt", Text: strings.Repeat("Prime Minister Anna Berg of Freedonia met the Foreign Minister of Ruritania in Capitol City on Tuesday, and the two sides said that trade had grown. ", 20)}
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		ld.NotEnglish(d)
	}
}
