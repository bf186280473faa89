package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"github.com/diplograph/diplograph/graph"
)

// protected is a file an output must never replace: the open store, or one
// of the documents being read.
type protected struct {
	path string
	what string // "the store (--dbpath)", "an input document"
}

// writeOutput writes to the named file, or to stdout when name is "" or
// "-".
//
// What it will and will not do to an existing file, deliberately:
//   - It refuses to write over a protected file (the open store, an input)
//     and over any bolt database, found by its magic number: an export
//     written over a store destroys the store.
//   - A symlink is followed, as the shell's '>' follows it: the link stays
//     and its target is replaced. A dangling symlink is refused rather than
//     guessed at.
//   - A regular file is written beside its target and renamed over it, so a
//     failed export leaves the old file whole; the new file keeps the old
//     one's permission bits (and owner, where the process may set it). A
//     new file is made 0644.
//   - Anything else (/dev/null, a named pipe, a terminal) is written in
//     place, never replaced.
func writeOutput(stdout io.Writer, name string, guard []protected, fn func(io.Writer) error) error {
	if name == "" || name == "-" {
		return fn(stdout)
	}
	target, err := outputTarget(name)
	if err != nil {
		return err
	}
	fi, err := os.Stat(target)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if exists {
		if fi.IsDir() {
			return fmt.Errorf("writing %s: it is a directory", name)
		}
		for _, p := range guard {
			if pfi, err := os.Stat(p.path); err == nil && os.SameFile(fi, pfi) {
				return fmt.Errorf("refusing to write over %s: it is %s; choose another output file", name, p.what)
			}
		}
		if fi.Mode().IsRegular() && isBoltFile(target) {
			return fmt.Errorf("refusing to write over %s: it is a bolt database (a diplograph store?); choose another output file", name)
		}
		if !fi.Mode().IsRegular() {
			return writeInPlace(name, target, fn)
		}
	}
	mode := fs.FileMode(0o644)
	if exists {
		mode = fi.Mode().Perm()
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), ".diplograph-*")
	if err != nil {
		return fmt.Errorf("creating %s: %w", name, err)
	}
	defer os.Remove(tmp.Name())
	if err := fn(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	// CreateTemp makes the file 0600; the output gets the mode it had, or
	// that of an ordinary file.
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if exists {
		keepOwner(tmp, fi)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// outputTarget is the file name stands for: itself, or the end of its chain
// of symlinks. A dangling link is an error.
func outputTarget(name string) (string, error) {
	li, err := os.Lstat(name)
	if err != nil || li.Mode()&fs.ModeSymlink == 0 {
		return name, nil
	}
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		link, _ := os.Readlink(name)
		return "", fmt.Errorf("writing %s: it is a symlink to %s, which does not exist (or is a loop); refusing to guess where to write", name, link)
	}
	return target, nil
}

func writeInPlace(name, target string, fn func(io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("opening %s: %w", name, err)
	}
	if err := fn(f); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

// keepOwner gives the new file the old one's owner and group where the
// process may (root, or the owner keeping its own group); elsewhere the
// file is the writer's, as any new file would be.
func keepOwner(f *os.File, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		_ = f.Chown(int(st.Uid), int(st.Gid))
	}
}

// boltMagic is the magic number in the meta page at the start of every
// bolt (and bbolt) file, after the 16-byte page header.
const boltMagic = 0xED0CDAED

// isBoltFile says whether the file at path starts with a bolt meta page.
// Bolt writes the number in the machine's byte order; both are checked.
func isBoltFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 20)
	if _, err := io.ReadFull(f, head); err != nil {
		return false
	}
	m := head[16:20]
	return binary.LittleEndian.Uint32(m) == boltMagic || binary.BigEndian.Uint32(m) == boltMagic
}

// storeGuard protects the store the global flags name, when it is a file.
func storeGuard(root *rootOptions) []protected {
	if root.DB != graph.BackendBolt {
		return nil
	}
	return []protected{{path: root.DBPath, what: "the store (--dbpath)"}}
}

// inputGuard protects the files given as inputs.
func inputGuard(paths []string) []protected {
	var out []protected
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			out = append(out, protected{path: p, what: "an input document"})
		}
	}
	return out
}
