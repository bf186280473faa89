package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	p := startProgressOf(io.Discard, false, "")
	defer p.finish()
	p.read.Store(40)
	p.done.Store(30)
	p.bytes.Store(4 << 20)
	if got, want := p.line(2*time.Second), "read 40 documents, extracted 30, 2.00 MB/s (2s)"; got != want {
		t.Errorf("extracting: %q, want %q", got, want)
	}
	w := startProgressOf(io.Discard, false, "writing")
	defer w.finish()
	w.read.Store(100)
	w.done.Store(25)
	got := w.line(10 * time.Second)
	if want := "writing: 25 of 100 documents that change (10s, about 30s left)"; got != want {
		t.Errorf("writing: %q, want %q", got, want)
	}
	w.done.Store(0)
	if got := w.line(time.Second); strings.Contains(got, "left") {
		t.Errorf("a time left before anything was written: %q", got)
	}
}
