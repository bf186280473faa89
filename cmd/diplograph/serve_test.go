package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseSize(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		bad  bool
	}{
		{"32MiB", 32 << 20, false},
		{"512KiB", 512 << 10, false},
		{"1GiB", 1 << 30, false},
		{"2MB", 2e6, false},
		{"1000", 1000, false},
		{" 4 KiB ", 4 << 10, false},
		{"10B", 10, false},
		{"", 0, true},
		{"lots", 0, true},
		{"-5MiB", 0, true},
		{"0", 0, true},
		{"1.5MiB", 0, true},
	} {
		got, err := parseSize(c.in)
		if (err != nil) != c.bad || got != c.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, error %v", c.in, got, err, c.want, c.bad)
		}
	}
}

func TestReadToken(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if tok, err := readToken(write("good", "  abcdefghijklmnopqrstuvwxyz0123\n")); err != nil || tok != "abcdefghijklmnopqrstuvwxyz0123" {
		t.Errorf("good token: %q, %v", tok, err)
	}
	for name, content := range map[string]string{"short": "abc\n", "spaces": "abcdefgh ijklmnopqrstuvwxyz\n", "empty": "\n"} {
		if _, err := readToken(write(name, content)); err == nil {
			t.Errorf("%s token accepted", name)
		}
	}
	if _, err := readToken(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "token file") {
		t.Errorf("missing file: %v", err)
	}
}
