//go:build unix

package stopsignal

import (
	"context"
	"os"
	"syscall"
	"testing"
	"time"
)

// A SIGTERM that arrives before Context is called (as one does while the
// program's other packages are still being initialised) still cancels the
// context, and one arriving after stop does not kill the process.
func TestSignalBeforeContextCancelsIt(t *testing.T) {
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // delivered before anyone listens
	ctx, stop := Context(context.Background())
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
		t.Fatal("a SIGTERM caught before Context did not cancel its context")
	}
	stop()
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select { // caught (the process is still here), and taken out for the next test
	case <-caught:
	case <-time.After(10 * time.Second):
		t.Fatal("a SIGTERM after stop was not caught")
	}
}

func TestContextWithoutSignal(t *testing.T) {
	ctx, stop := Context(context.Background())
	select {
	case <-ctx.Done():
		t.Fatal("cancelled with no signal")
	case <-time.After(20 * time.Millisecond):
	}
	stop()
	if ctx.Err() == nil {
		t.Error("stop did not cancel the context")
	}
}
