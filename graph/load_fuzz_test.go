package graph

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/diplograph/diplograph/internal/malformed"
)

// FuzzParseNQuads: any input is refused with its file and line, or read
// into quads that our own N-Quads writer writes back into the same quads.
func FuzzParseNQuads(f *testing.F) {
	for _, c := range malformed.NQuads(1) {
		if len(c.Data) <= 64<<10 {
			f.Add(c.Data)
		}
	}
	for _, s := range append(append([]string{}, goodStatements...), malformed.BadStatements...) {
		f.Add([]byte(s + "\n"))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx := context.Background()
		qs, err := ParseNQuads(ctx, bytes.NewReader(data), "fuzz.nq")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.nq:") && !strings.HasPrefix(err.Error(), "reading fuzz.nq:") {
				t.Fatalf("error without the file and line: %v", err)
			}
			return
		}
		var out bytes.Buffer
		if err := WriteNQuads(&out, qs); err != nil {
			t.Fatalf("writing accepted quads: %v", err)
		}
		back, err := ParseNQuads(ctx, bytes.NewReader(out.Bytes()), "again.nq")
		if err != nil {
			t.Fatalf("our writer made invalid N-Quads of accepted input: %v\n%s", err, out.String())
		}
		// The writer spells blank node labels in ASCII; a label is local
		// to the file, so that renaming is allowed.
		if got, want := keys(back), keys(asciiBNodes(qs)); got != want {
			t.Fatalf("write and read again changed the quads:\n%s\nwant\n%s", got, want)
		}
	})
}

// keys lists the quads' identities, sorted, one a line.
func keys(qs []quad.Quad) string {
	var ks []string
	for _, q := range qs {
		ks = append(ks, strings.ReplaceAll(quadKey(q), "\x00", " | "))
	}
	sort.Strings(ks)
	return strings.Join(ks, "\n")
}

func asciiBNodes(qs []quad.Quad) []quad.Quad {
	out := make([]quad.Quad, len(qs))
	for i, q := range qs {
		for _, d := range []quad.Direction{quad.Subject, quad.Object, quad.Label} {
			if b, ok := q.Get(d).(quad.BNode); ok {
				q.Set(d, quad.BNode(ntBNode(string(b))))
			}
		}
		out[i] = q
	}
	return out
}
