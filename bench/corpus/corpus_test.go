package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerateIsDeterministicAndSized(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	sa, err := Generate(a, Options{Bytes: 200_000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	sb, err := Generate(b, Options{Bytes: 200_000, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if sa != sb {
		t.Fatalf("same seed, different corpora: %+v vs %+v", sa, sb)
	}
	if sa.Bytes < 200_000 || sa.Bytes > 220_000 {
		t.Errorf("bytes = %d, want about 200000", sa.Bytes)
	}
	if sa.ReReports == 0 || sa.ReReports > sa.Documents/2 {
		t.Errorf("re-reports = %d of %d documents, want about a quarter", sa.ReReports, sa.Documents)
	}
	x, _ := os.ReadFile(filepath.Join(a, "doc000001.txt"))
	y, _ := os.ReadFile(filepath.Join(b, "doc000001.txt"))
	if string(x) != string(y) || !strings.HasPrefix(string(x), "---\ntitle: ") {
		t.Errorf("first document differs or has no front matter:\n%s", x)
	}
}

func TestGenerateJSONL(t *testing.T) {
	dir := t.TempDir()
	st, err := Generate(dir, Options{Bytes: 50_000, Seed: 1, JSONL: true})
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "corpus.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != st.Documents {
		t.Errorf("%d lines for %d documents", n, st.Documents)
	}
}
