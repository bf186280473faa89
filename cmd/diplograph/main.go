// Command diplograph builds a knowledge graph of diplomatic meetings from
// documents and answers questions over it.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/diplograph/diplograph/internal/stopsignal"
	"github.com/diplograph/diplograph/termtext"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// main stops cleanly on an interrupt or SIGTERM at any moment: package
// stopsignal catches them from the program's first package initialisations
// (long before main, and before flags are parsed or a store is opened), and
// they stay caught until the process exits, so that one arriving as the
// command ends cannot kill it with the signal's default action either.
func main() {
	ctx, stop := stopsignal.Context(context.Background())
	code := run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}

// run executes the command line and maps its outcome to an exit code.
func run(ctx context.Context, args []string) int {
	return execute(ctx, newRootOptions(os.Stdin, os.Stdout, os.Stderr, os.Getenv), args)
}

func execute(ctx context.Context, o *rootOptions, args []string) int {
	cmd := NewCmdRoot(o)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	// Errors quote documents, names and paths: keep them from driving the
	// terminal.
	fmt.Fprintln(o.Stderr, "diplograph:", termtext.Text(err.Error()))
	var u *usageError
	switch {
	case errors.As(err, &u):
		fmt.Fprintf(o.Stderr, "Run '%s --help' for usage.\n", u.helpCommand())
		return exitUsage
	case strings.HasPrefix(err.Error(), "unknown command"):
		// cobra reports an unknown subcommand with a plain error.
		return exitUsage
	}
	return exitError
}
