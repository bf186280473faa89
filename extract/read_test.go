package extract

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// readAll reads one named stream and returns its documents and error.
func readAll(t *testing.T, name, content string) ([]Document, error) {
	t.Helper()
	var docs []Document
	err := ReadFile(context.Background(), name, strings.NewReader(content), func(d Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, err
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		content string
		want    Document
	}{
		{"plain text", "a.txt", "The envoy arrived.\n",
			Document{Name: "a.txt", Path: "a.txt", Line: 1, Text: "The envoy arrived.\n"}},
		{"front matter", "dir/b.md", "---\ntitle: \"Talks in the capital\"\ndate: 2024-05-27\nsource: Example Agency\nurl: https://example.org/a\nlanguage: en\nextra: ignored\n---\nBody here.\n",
			Document{Name: "b.md", Path: "dir/b.md", Line: 9, Title: "Talks in the capital", Date: "2024-05-27", Source: "Example Agency", URL: "https://example.org/a", Language: "en", Text: "Body here.\n"}},
		{"front matter with CRLF", "c.txt", "---\r\ntitle: T\r\n---\r\nBody.\r\n",
			Document{Name: "c.txt", Path: "c.txt", Line: 4, Title: "T", Text: "Body.\r\n"}},
		{"byte order mark", "d.txt", "\uFEFF---\ntitle: T\n---\nBody.",
			Document{Name: "d.txt", Path: "d.txt", Line: 4, Title: "T", Text: "Body."}},
		{"empty front matter and dots fence", "e.txt", "---\n...\nBody.",
			Document{Name: "e.txt", Path: "e.txt", Line: 3, Text: "Body."}},
		{"null values", "f.txt", "---\ntitle:\ndate: ~\n---\nBody.",
			Document{Name: "f.txt", Path: "f.txt", Line: 5, Text: "Body."}},
		{"long date form", "g.txt", "---\ndate: May 27, 2024\n---\nBody.",
			Document{Name: "g.txt", Path: "g.txt", Line: 4, Date: "2024-05-27", Text: "Body."}},
		{"month precision", "h.txt", "---\ndate: \"2024-05\"\n---\nBody.",
			Document{Name: "h.txt", Path: "h.txt", Line: 4, Date: "2024-05", Text: "Body."}},
		{"dashes later are body", "i.txt", "Body.\n---\ntitle: no\n---\n",
			Document{Name: "i.txt", Path: "i.txt", Line: 1, Text: "Body.\n---\ntitle: no\n---\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readAll(t, tt.file, tt.content)
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != 1 {
				t.Fatalf("got %d documents", len(docs))
			}
			got := docs[0]
			sum := sha256.Sum256([]byte(tt.content))
			if got.Hash != hex.EncodeToString(sum[:]) {
				t.Errorf("hash %s is not the sha256 of the raw bytes", got.Hash)
			}
			got.Hash = ""
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestReadBadInput(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		content string
		line    int
		msg     string
	}{
		{"NUL byte", "a.txt", "Text\nmore\x00binary", 2, "binary file"},
		{"control characters", "a.txt", strings.Repeat("\x01\x02\x03abc", 50), 1, "binary file"},
		{"invalid UTF-8", "a.txt", "Line one.\nLine two.\nBad \xff byte.\n", 3, "invalid UTF-8 at column 5"},
		{"empty file", "a.txt", "", 1, "empty document"},
		{"only spaces", "a.txt", " \n\t\n", 1, "empty document"},
		{"empty body after front matter", "a.txt", "---\ntitle: T\n---\n\n", 4, "empty document"},
		{"unclosed front matter", "a.txt", "---\ntitle: T\nBody.\n", 1, "no closing ---"},
		{"YAML syntax error", "a.txt", "---\ntitle: T\n bad: x\n---\nBody.", 3, "front matter: mapping values are not allowed"},
		{"title is a number", "a.txt", "---\ndate: 2024-01-02\ntitle: 1984\n---\nBody.", 3, "title \"1984\" is not a string"},
		{"title is a list", "a.txt", "---\ntitle:\n  - a\n  - b\n---\nBody.", 3, "title must be a single value"},
		{"date unparseable", "a.txt", "---\ntitle: T\ndate: next Tuesday\n---\nBody.", 3, "date \"next Tuesday\" is not a date"},
		{"front matter not a mapping", "a.txt", "---\n- a\n- b\n---\nBody.", 2, "not a mapping"},
		{"JSONL not an object", "a.jsonl", "{\"text\": \"ok\"}\n[1, 2]\n", 2, "not a JSON object"},
		{"JSONL missing text", "a.jsonl", "\n\n{\"title\": \"T\"}\n", 3, "missing \"text\""},
		{"JSONL text not a string", "a.jsonl", "{\"text\": 5}\n", 1, "\"text\" must be a string"},
		{"JSONL invalid JSON", "a.jsonl", "{\"text\": \"a\",}\n", 1, "invalid JSON"},
		{"JSONL empty text", "a.jsonl", "{\"text\": \"  \"}\n", 1, "empty document"},
		{"JSONL bad date", "a.jsonl", "{\"text\": \"a\", \"date\": \"soon\"}\n", 1, "is not a date"},
		{"JSONL invalid UTF-8", "a.jsonl", "{\"text\": \"a\xffb\"}\n", 1, "invalid UTF-8 at column 12"},
		{"JSONL binary", "a.jsonl", "\x00\x01\x02\n{\"text\": \"a\"}\n", 1, "binary file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readAll(t, tt.file, tt.content)
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v (%T) is not an *InputError", err, err)
			}
			if ie.File != tt.file || ie.Line != tt.line || !strings.Contains(ie.Msg, tt.msg) {
				t.Errorf("got %q (line %d), want %s:%d containing %q", ie.Error(), ie.Line, tt.file, tt.line, tt.msg)
			}
			if !strings.HasPrefix(ie.Error(), tt.file+":") {
				t.Errorf("error %q does not start with the file name", ie.Error())
			}
			if strings.HasSuffix(tt.file, ".txt") && len(docs) != 0 {
				t.Errorf("bad document was passed on: %+v", docs)
			}
		})
	}
}

func TestReadJSONL(t *testing.T) {
	content := "{\"text\": \"First body.\", \"title\": \"One\", \"date\": \"2024-05-27\"}\r\n" +
		"\n" +
		"{\"text\": \"Second body.\", \"id\": 42, \"date\": 2023}\n" +
		"not json\n" +
		"{\"text\": \"Third body.\", \"name\": \"third\", \"source\": \"Agency\", \"url\": \"https://example.org\", \"language\": \"en\"}"
	docs, err := readAll(t, "corpus/feed.jsonl", content)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Line != 4 {
		t.Fatalf("want one input error on line 4, got %v", err)
	}
	type got struct{ Name, Text, Title, Date, Source, URL, Language string }
	var gots []got
	var lines []int
	for _, d := range docs {
		gots = append(gots, got{d.Name, d.Text, d.Title, d.Date, d.Source, d.URL, d.Language})
		lines = append(lines, d.Line)
		if d.Path != "corpus/feed.jsonl" {
			t.Errorf("path %q", d.Path)
		}
	}
	want := []got{
		{"feed.jsonl#1", "First body.", "One", "2024-05-27", "", "", ""},
		{"42", "Second body.", "", "2023", "", "", ""},
		{"third", "Third body.", "", "", "Agency", "https://example.org", "en"},
	}
	if !reflect.DeepEqual(gots, want) {
		t.Errorf("got  %+v\nwant %+v", gots, want)
	}
	if !reflect.DeepEqual(lines, []int{1, 3, 5}) {
		t.Errorf("lines %v, want [1 3 5]", lines)
	}
	sum := sha256.Sum256([]byte(`{"text": "First body.", "title": "One", "date": "2024-05-27"}`))
	if docs[0].Hash != hex.EncodeToString(sum[:]) {
		t.Errorf("hash of record 1 is not the sha256 of its line")
	}
}

func TestReadStdinSniffing(t *testing.T) {
	tests := []struct {
		name, content string
		wantNames     []string
	}{
		{"JSON lines", "  \n{\"text\": \"a\"}\n{\"text\": \"b\"}\n", []string{"stdin#2", "stdin#3"}},
		{"text", "Plain text {not json}.\n", []string{"stdin"}},
		{"text with front matter", "---\ntitle: T\n---\nBody.\n", []string{"stdin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := readAll(t, "-", tt.content)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, d := range docs {
				names = append(names, d.Name)
				if d.Path != "-" {
					t.Errorf("path %q, want -", d.Path)
				}
			}
			if !reflect.DeepEqual(names, tt.wantNames) {
				t.Errorf("names %q, want %q", names, tt.wantNames)
			}
		})
	}
	_, err := readAll(t, "-", "\xff\xfe")
	var ie *InputError
	if !errors.As(err, &ie) || ie.File != "stdin" {
		t.Errorf("bad stdin: %v, want an input error naming stdin", err)
	}
}

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestReadDirectory(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"a.txt":              "A.",
		"b.md":               "---\ntitle: B\n---\nB.",
		"c.markdown":         "C.",
		"d.jsonl":            "{\"text\": \"D1.\"}\n{\"text\": \"D2.\"}\n",
		"E.TXT":              "E.",
		".hidden.txt":        "hidden",
		".git/config.txt":    "hidden dir",
		"notes.csv":          "a,b",
		"sub/f.txt":          "F.",
		"sub/deeper/g.md":    "G.",
		"sub/bad.txt":        "bin\x00ary",
		"sub/also-bad.jsonl": "{\"text\": 1}\n",
	})
	var names []string
	err := Read(context.Background(), root, func(d Document) error {
		names = append(names, d.Name)
		return nil
	})
	want := []string{"E.TXT", "a.txt", "b.md", "c.markdown", "d.jsonl#1", "d.jsonl#2", "g.md", "f.txt"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("documents %q, want %q", names, want)
	}
	if err == nil {
		t.Fatal("want the bad files reported")
	}
	var files []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var ie *InputError
		if !errors.As(e, &ie) {
			t.Fatalf("unexpected error %v", e)
		}
		files = append(files, filepath.Base(ie.File))
	}
	if !reflect.DeepEqual(files, []string{"also-bad.jsonl", "bad.txt"}) {
		t.Errorf("bad files %q", files)
	}

	// A file named explicitly is read whatever its extension.
	names = nil
	if err := Read(context.Background(), filepath.Join(root, "notes.csv"), func(d Document) error {
		names = append(names, d.Name)
		return nil
	}); err != nil || !reflect.DeepEqual(names, []string{"notes.csv"}) {
		t.Errorf("explicit file: %q, %v", names, err)
	}

	if err := Read(context.Background(), filepath.Join(root, "missing"), func(Document) error { return nil }); err == nil {
		t.Error("a missing path must be an error")
	}
}

func TestReadStops(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\": \"C1\"}\n{\"text\": \"C2\"}\n"})
	stop := errors.New("stop")
	n := 0
	err := Read(context.Background(), root, func(Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("fn error: got %v after %d documents, want stop after 1", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	err = Read(ctx, root, func(Document) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 0 {
		t.Errorf("cancelled: got %v after %d documents", err, n)
	}
}

func TestReadTooLarge(t *testing.T) {
	big := strings.Repeat("word ", MaxDocumentSize/5+1)
	_, err := readAll(t, "big.txt", big)
	var ie *InputError
	if !errors.As(err, &ie) || !strings.Contains(ie.Msg, "larger than") {
		t.Errorf("big text: %v", err)
	}
	docs, err := readAll(t, "big.jsonl", "{\"text\": \""+big+"\"}\n{\"text\": \"small\"}\n")
	if !errors.As(err, &ie) || ie.Line != 1 || !strings.Contains(ie.Msg, "larger than") {
		t.Errorf("big record: %v", err)
	}
	if len(docs) != 1 || docs[0].Text != "small" || docs[0].Line != 2 {
		t.Errorf("the record after the big one was not read: %+v", docs)
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-05-27", "2024-05-27"},
		{"2024-5-7", "2024-05-07"},
		{"2024/05/27", "2024-05-27"},
		{"27.05.2024", "2024-05-27"},
		{"2024-05-27T10:30:00Z", "2024-05-27"},
		{"2024-05-27T10:30:00+03:00", "2024-05-27"},
		{"2024-05-27 10:30:00", "2024-05-27"},
		{"Mon, 27 May 2024 10:30:00 GMT", "2024-05-27"},
		{"May 27, 2024", "2024-05-27"},
		{"27 May 2024", "2024-05-27"},
		{"Aug. 19, 2021", "2021-08-19"},
		{"Sept. 9, 2023", "2023-09-09"},
		{"Monday, May 27, 2024", "2024-05-27"},
		{"May 2024", "2024-05"},
		{"2024-05", "2024-05"},
		{"2024", "2024"},
		{" 2024 ", "2024"},
	}
	for _, tt := range tests {
		got, err := NormalizeDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "05/06/2024", "2024-13-01", "32 May 2024"} {
		if got, err := NormalizeDate(bad); err == nil {
			t.Errorf("NormalizeDate(%q) = %q, want an error", bad, got)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add("---\ntitle: T\ndate: 2024-01-02\n---\nBody.", false)
	f.Add("{\"text\": \"a\", \"date\": 2020}\n{\"id\": 1}", true)
	f.Add("\xef\xbb\xbf---\n:\n---", false)
	f.Add("---\n&a [*a]\n---\nx", false)
	f.Fuzz(func(t *testing.T, content string, jsonl bool) {
		name := "f.txt"
		if jsonl {
			name = "f.jsonl"
		}
		_ = ReadFile(context.Background(), name, strings.NewReader(content), func(d Document) error {
			if strings.TrimSpace(d.Text) == "" || !utf8.ValidString(d.Text) {
				t.Fatalf("document with empty or invalid text: %q", d.Text)
			}
			if !jsonl && !strings.HasSuffix(content, d.Text) {
				t.Fatalf("body %q is not the end of the file", d.Text)
			}
			return nil
		})
	})
}
