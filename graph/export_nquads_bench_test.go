package graph

import (
	"bytes"
	"context"
	"testing"
)

// BenchmarkNQuads measures writing the N-Quads of extracted facts: through
// a throwaway memory store and Export (store), and straight from the facts
// as extract does (facts). Both write the same bytes.
func BenchmarkNQuads(b *testing.B) {
	docs := syntheticDocs(1000)
	ctx := context.Background()
	b.Run("store", func(b *testing.B) {
		var size int
		for i := 0; i < b.N; i++ {
			s, err := Open(ctx, Config{Backend: BackendMemstore}, true)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.Write(ctx, docs); err != nil {
				b.Fatal(err)
			}
			var out bytes.Buffer
			if err := Export(ctx, s, FormatNQuads, &out); err != nil {
				b.Fatal(err)
			}
			size = out.Len()
			s.Close()
		}
		b.SetBytes(int64(size))
	})
	b.Run("facts", func(b *testing.B) {
		var size int
		for i := 0; i < b.N; i++ {
			var c countingWriter
			if _, err := WriteFactsNQuads(ctx, &c, docs); err != nil {
				b.Fatal(err)
			}
			size = c.n
		}
		b.SetBytes(int64(size))
	})
}

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}
