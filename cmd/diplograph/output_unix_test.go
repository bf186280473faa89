//go:build unix

package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An output that is not a regular file (a pipe, /dev/null) is written in
// place: renaming a temporary file over it would replace the device.
func TestWriteOutputKeepsSpecialFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "out.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		b, _ := io.ReadAll(f)
		f.Close()
		got <- b
	}()
	if err := writeOutput(io.Discard, fifo, nil, func(w io.Writer) error {
		_, err := io.WriteString(w, "<a> <b> <c> .\n")
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if b := <-got; !bytes.Equal(b, []byte("<a> <b> <c> .\n")) {
		t.Errorf("read %q from the pipe", b)
	}
	fi, err := os.Lstat(fifo)
	if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: %v %v", fi.Mode(), err)
	}
}

func TestWriteOutputRefusesDirectory(t *testing.T) {
	dir := t.TempDir()
	err := writeOutput(io.Discard, dir, nil, func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("err = %v, want a clear error about the directory", err)
	}
}
