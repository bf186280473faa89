//go:build unix

package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
)

// A bolt file that another diplograph holds open for writing carries an
// exclusive flock. The test takes the same lock itself, so the binary under
// test meets exactly what a second running diplograph would leave: it must fail
// fast with a message rather than wait forever (bolt's default).
func TestLockedStoreFailsFast(t *testing.T) {
	s := newBoltStore(t)
	s.build(demoDir())

	file := s.path
	if info, err := os.Stat(s.path); err == nil && info.IsDir() {
		// Cayley's own bolt layout keeps the data in DIR/indexes.bolt.
		file = filepath.Join(s.path, "indexes.bolt")
	}
	f, err := os.OpenFile(file, os.O_RDWR, 0)
	if err != nil {
		t.Fatalf("opening the store file to lock it: %v", err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatalf("locking %s: %v", file, err)
	}

	for _, args := range [][]string{{"ask", "meetings"}, {"build", demoDir()}} {
		res := s.run(append(args, "--wait", "1s")...)
		if res.code == 0 {
			t.Errorf("a store locked by another process was used anyway:\n%s", res)
			continue
		}
		if !regexp.MustCompile(`(?i)lock|in use|another process`).MatchString(res.stderr) {
			t.Errorf("the error does not say the store is locked or in use:\n%s", res)
		}
	}

	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_UN); err != nil {
		t.Fatal(err)
	}
	// Once the other process lets go, the store answers again, facts intact.
	if len(s.askJSON("meetings")) == 0 {
		t.Error("no meetings after the lock was released")
	}
}
