package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildSummaryAndIdempotence(t *testing.T) {
	e := newEnv(t, "bolt")
	docs := e.docs()
	out := e.ok("build", docs)
	if e.stderr.Len() != 0 {
		t.Errorf("build wrote to stderr off a terminal (progress must stay off):\n%s", e.stderr.String())
	}
	for _, want := range []string{"documents  2 written, 0 skipped", "in graph   meetings 1, people 3", "reported   meetings 2", "claims 2", "co-chairs 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	e.ok("build", "--json", docs)
	var sum buildSummary
	if err := json.Unmarshal(e.stdout.Bytes(), &sum); err != nil {
		t.Fatalf("build --json: %v\n%s", err, e.stdout.String())
	}
	if sum.Documents != 2 || sum.Added != 0 || sum.Removed != 0 || sum.Quads == 0 {
		t.Errorf("rebuilding the same documents changed the store: %+v", sum)
	}
}

func TestBuildSkipsBadDocumentsAndKeepsTheRest(t *testing.T) {
	tests := []struct {
		name, file, content, want string
	}{
		{"binary", "blob.txt", "\x00\x01\x02binary\x00", "blob.txt"},
		{"invalid UTF-8", "latin.txt", "Talks in Oslo\nca\xe9 \xff\n", "latin.txt:2"},
		{"empty", "empty.txt", "", "empty.txt"},
		{"front matter", "bad.md", "---\ntitle: [unclosed\n---\nText.\n", "bad.md"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, "bolt")
			docs := e.docs()
			e.write(tt.file, tt.content)
			if code := e.run("build", docs); code != 1 {
				t.Fatalf("exit %d, want 1\n%s", code, e.stderr.String())
			}
			if !strings.Contains(e.stderr.String(), tt.want) {
				t.Errorf("stderr does not name %s:\n%s", tt.want, e.stderr.String())
			}
			if !strings.Contains(e.stdout.String(), "documents  2 written, 1 skipped") {
				t.Errorf("good documents not written:\n%s", e.stdout.String())
			}
			if got := e.askJSON("meetings"); len(got) != 1 {
				t.Errorf("want the good documents' meeting stored, got %v", got)
			}
		})
	}
}

func TestBuildFromStdin(t *testing.T) {
	e := newEnv(t, "memstore")
	e.stdin = `{"text": "The ministers met.", "title": "One"}` + "\n"
	out := e.ok("build", "-")
	if !strings.Contains(out, "documents  1 written") {
		t.Errorf("stdin JSONL not built:\n%s", out)
	}
}

// Files of other types in a directory are listed with the reason, and a
// document not in English is warned about by name and counted; neither
// makes the build fail.
func TestBuildListsOtherFilesAndForeignDocuments(t *testing.T) {
	e := newEnv(t, "bolt")
	docs := e.docs()
	e.write("page.html", "<html><body>Talks</body></html>")
	e.write("report.pdf", "%PDF-1.4")
	e.write("nota.md", "---\nlanguage: es\n---\nLos ministros se reunieron en Oslo.\n")
	out := e.ok("build", docs)
	for _, want := range []string{"page.html: HTML is not read", "report.pdf: pdf files are not read", "not in English", "nota.md", "language: es"} {
		if !strings.Contains(e.stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, e.stderr.String())
		}
	}
	if !strings.Contains(out, "documents  3 written, 0 skipped, 1 not in English; 2 other files left out") {
		t.Errorf("summary:\n%s", out)
	}
	e.ok("build", "--json", docs)
	var sum buildSummary
	if err := json.Unmarshal(e.stdout.Bytes(), &sum); err != nil || sum.NotEnglish != 1 || sum.OtherFiles != 2 || sum.InGraph["meetings"] != 1 {
		t.Errorf("build --json: %+v %v", sum, err)
	}
}

// Two documents of one run with the same file name (in two folders) would
// leave it to chance which one the store keeps: the first read is kept,
// the other is skipped with both paths named, and the run goes on.
func TestBuildSkipsASecondDocumentOfTheSameName(t *testing.T) {
	e := newEnv(t, "bolt")
	docs := e.docs()
	e.write("more/visit-a.txt", "Prime Minister Ingrid Solvang of Norway received Foreign Minister Tomás Aravena of Chile in Bergen.\n")
	if code := e.run("build", docs); code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, e.stderr.String())
	}
	for _, want := range []string{filepath.Join("more", "visit-a.txt"), "same name", "rename one"} {
		if !strings.Contains(e.stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, e.stderr.String())
		}
	}
	if !strings.Contains(e.stdout.String(), "documents  2 written, 1 skipped") {
		t.Errorf("want the first of the two and the other document written:\n%s", e.stdout.String())
	}
}
