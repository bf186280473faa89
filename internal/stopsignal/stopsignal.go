// Package stopsignal catches the signals that ask a command to stop
// (interrupt and SIGTERM) from the moment the program's packages are
// initialised, long before main runs: until a program catches SIGTERM, the
// signal's default action ends the process at once, with no output and no
// clean close of the store. A program imports it first and turns what it
// caught into a context with Context.
//
// Go initialises packages in the order of their import paths, each after
// the packages it imports, so a package that needs only os/signal is
// initialised among the first, before the graph, search and web packages
// whose initialisation takes most of the start-up time.
package stopsignal

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// signals are the signals caught.
var signals = []os.Signal{os.Interrupt, syscall.SIGTERM}

// caught is the one piece of package state, and it has to be: an init
// function can hand nothing to main but through a package variable. It
// holds the first signal until Context reads it; later ones are dropped
// (the first has already asked the command to stop).
var caught = make(chan os.Signal, 1)

func init() { signal.Notify(caught, signals...) }

// Context returns a context that is cancelled when one of the signals
// arrives, or has arrived since the program started. The signals stay
// caught after stop (which only releases the context's resources), so
// that one arriving while the program exits does not kill it with the
// default action.
func Context(parent context.Context) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		select {
		case <-caught:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}
