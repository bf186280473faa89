package main

import (
	"bytes"
	"context"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"os"
	"time"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/queries"
)

// Kept answers: every write of a store (build, load, forget) renders the
// answer of each named question asked alone as `ask NAME --json`, from the
// read model it has just made, and keeps it beside the model (graph's
// answers.go); ask then prints those bytes instead of decoding, assembling
// and encoding every record of the question's classes, which on a million
// quads is most of its time. Only that exact form is kept: any other flag
// or wording computes the answer as before. The bytes are those the
// computing path prints, made by the same code from the same records, and
// only the build that made them prints them (programID).

// programID identifies this build of the program: the Go build ID the
// linker writes into the executable, a hash of everything linked into it.
// Answers kept by one build are printed by no other, whose code may print
// them otherwise (a changed field, a changed order), and another build's
// next write keeps its own. "" when it cannot be read (an executable that
// is not ELF, or that lacks the note): then no answer is kept or printed.
func programID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := elf.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	sec := f.Section(".note.go.buildid")
	if sec == nil {
		return ""
	}
	b, err := sec.Data()
	// an ELF note: name size, description size, type, the name "Go" padded
	// to 4 bytes, then the build ID
	if err != nil || len(b) < 16 || string(b[12:16]) != "Go\x00\x00" {
		return ""
	}
	n := int(f.ByteOrder.Uint32(b[4:8]))
	if n <= 0 || 16+n > len(b) {
		return ""
	}
	return string(b[16 : 16+n])
}

// keptKey names the kept answer of a named question asked alone.
func keptKey(name string) string { return "ask " + name + " --json" }

// keptAnswerOf says which kept answer, if any, prints exactly what ask
// would: a named question by its own name, as JSON, with no flag that
// changes the answer (nor -v, whose log says how the question was read).
func keptAnswerOf(o *askOptions) (string, bool) {
	if o.List || o.Explain || o.Gizmo || o.Undated || o.Evidence || !o.JSON || o.root.Verbose {
		return "", false
	}
	q, err := queries.Lookup(o.Question)
	if err != nil || q.Name != o.Question {
		return "", false
	}
	return keptKey(q.Name), true
}

// writeKeptAnswer prints the store's kept answer to the question when it
// has a current one; done is false when it has none (compute it).
func writeKeptAnswer(ctx context.Context, store *graph.Store, o *askOptions) (done bool, err error) {
	key, ok := keptAnswerOf(o)
	if !ok {
		return false, nil
	}
	return store.KeptAnswer(ctx, programID(), key, func(b []byte) error {
		stdout, stderr, err := decodeKept(b)
		if err != nil {
			return fmt.Errorf("printing the kept answer of %s: %w", o.Question, err)
		}
		if _, err := o.root.Stdout.Write(stdout); err != nil {
			return err
		}
		if len(stderr) > 0 {
			o.root.Stderr.Write(stderr)
		}
		return nil
	})
}

// keepAnswers is the graph.AnswerFunc of the command line's stores: each
// named question answered from the read model being made, as
// writeKeptAnswer prints it. A question the model alone cannot answer is
// left out (ask computes it).
func keepAnswers(ctx context.Context, m *graph.ModelRecords) (map[string][]byte, error) {
	out := map[string][]byte{}
	for _, q := range queries.List() {
		o := &askOptions{root: &rootOptions{}, Question: q.Name, JSON: true}
		parser, err := newQuestionParser(ctx, m, o.Question)
		if err != nil {
			return nil, fmt.Errorf("keeping the answer of %s: %w", q.Name, err)
		}
		pq, err := parser.Parse(o.Question, time.Now().UTC())
		if err != nil {
			return nil, fmt.Errorf("keeping the answer of %s: %w", q.Name, err)
		}
		reply, err := queries.Run(ctx, m, pq, queries.RunOptions{})
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("keeping the answer of %s: %w", q.Name, err)
			}
			continue
		}
		var stdout, stderr bytes.Buffer
		if err := writeReply(o, reply, &stdout, &stderr); err != nil {
			return nil, fmt.Errorf("keeping the answer of %s: %w", q.Name, err)
		}
		out[keptKey(q.Name)] = encodeKept(stdout.Bytes(), stderr.Bytes())
	}
	return out, nil
}

// encodeKept packs what ask prints on stdout and on stderr into one value:
// the length of the first, then both.
func encodeKept(stdout, stderr []byte) []byte {
	b := binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64+len(stdout)+len(stderr)), uint64(len(stdout)))
	return append(append(b, stdout...), stderr...)
}

func decodeKept(b []byte) (stdout, stderr []byte, err error) {
	n, w := binary.Uvarint(b)
	if w <= 0 || uint64(len(b)-w) < n {
		return nil, nil, fmt.Errorf("a kept answer of %d bytes is malformed", len(b))
	}
	return b[w : w+int(n)], b[w+int(n):], nil
}
