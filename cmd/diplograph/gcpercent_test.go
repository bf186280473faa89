package main

import (
	"os"
	"runtime/debug"
	"testing"
)

func TestShortRunGC(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	t.Run("raises and restores", func(t *testing.T) {
		t.Setenv("GOGC", "") // restored when the test ends
		os.Unsetenv("GOGC")
		debug.SetGCPercent(100)
		restore := shortRunGC()
		if got := debug.SetGCPercent(shortRunGCPercent); got != shortRunGCPercent {
			t.Errorf("during the run the target is %d, want %d", got, shortRunGCPercent)
		}
		restore()
		if got := debug.SetGCPercent(100); got != 100 {
			t.Errorf("after the run the target is %d, want the previous 100", got)
		}
	})
	t.Run("the user's GOGC stands", func(t *testing.T) {
		t.Setenv("GOGC", "123")
		debug.SetGCPercent(123)
		restore := shortRunGC()
		if got := debug.SetGCPercent(123); got != 123 {
			t.Errorf("with GOGC set the target became %d, want the user's 123", got)
		}
		restore()
	})
}
