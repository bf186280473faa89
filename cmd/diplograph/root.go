package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/clog"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/diplograph/diplograph/graph"
)

// Environment variables that choose the store when no flag does.
const (
	envDB     = "DIPLOGRAPH_DB"
	envDBPath = "DIPLOGRAPH_DBPATH"
)

// rootOptions are the global flags and the process's streams, passed to
// every command so that commands run in tests without a terminal.
type rootOptions struct {
	DB        string
	DBPath    string
	Verbose   bool
	Wait      time.Duration // how long to wait for another process's lock on the store
	DBTimeout time.Duration // bound on connecting to and each statement of a SQL server
	Profile   string        // directory for Go profiles of the run (--profile)

	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// IsTerminal says whether progress may be drawn on Stderr.
	IsTerminal func() bool
	// Columns is the width tables are fitted to: the terminal's on
	// Stdout, else $COLUMNS, else 0 (no limit: a pipe gets every cell whole).
	Columns func() int
	// Extractor makes the extraction stage; tests hand in canned facts.
	Extractor func() (extractor, error)
}

func newRootOptions(stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) *rootOptions {
	o := &rootOptions{
		DB:     getenv(envDB),
		DBPath: getenv(envDBPath),
		Stdin:  stdin, Stdout: stdout, Stderr: stderr,
		Extractor: newExtractor,
		IsTerminal: func() bool {
			f, ok := stderr.(*os.File)
			return ok && term.IsTerminal(int(f.Fd()))
		},
		Columns: func() int {
			if f, ok := stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
					return w
				}
			}
			if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
				return n
			}
			return 0
		},
	}
	if o.DB == "" {
		o.DB = graph.BackendBolt
	}
	if o.DBPath == "" {
		o.DBPath = graph.DefaultPath
	}
	return o
}

// width is the width to fit tables to; 0 means no limit.
func (o *rootOptions) width() int {
	if o.Columns == nil {
		return 0
	}
	return o.Columns()
}

// logger logs debug records with -v, warnings otherwise.
func (o *rootOptions) logger() *slog.Logger {
	level := slog.LevelWarn
	if o.Verbose {
		level = slog.LevelDebug
	}
	return slog.New(slog.NewTextHandler(o.Stderr, &slog.HandlerOptions{Level: level}))
}

// config is the store the global flags select.
func (o *rootOptions) config() graph.Config {
	wait := o.Wait
	if wait == 0 {
		wait = -1 // --wait 0: do not wait at all
	}
	return graph.Config{
		Backend: o.DB, Path: o.DBPath,
		Wait:       wait,
		SQLTimeout: o.DBTimeout,
		Waiting:    func(msg string) { fmt.Fprintln(o.Stderr, "diplograph:", msg) },
	}
}

// openStore opens the selected store for writing; build and load create it.
func (o *rootOptions) openStore(ctx context.Context, create bool) (*graph.Store, error) {
	cfg := o.config()
	// each write keeps the answers ask prints most (keptanswers.go)
	cfg.Answers, cfg.AnswersBy = keepAnswers, programID()
	// graph.Open's errors already name the backend and the path.
	return graph.Open(ctx, cfg, create)
}

// openReader opens the selected store read-only, for commands that only
// read it: on bolt they share the file with each other and wait (--wait)
// only for a writer. queryMemory is the budget for each query (0: none).
func (o *rootOptions) openReader(ctx context.Context, queryMemory int64) (*graph.Store, error) {
	cfg := o.config()
	cfg.ReadOnly = true
	cfg.QueryMemory = queryMemory
	if queryMemory == 0 {
		cfg.QueryMemory = -1
	}
	return graph.Open(ctx, cfg, false)
}

// usageError is a mistake on the command line (exit status 2).
type usageError struct {
	command string
	err     error
}

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usagef(cmd *cobra.Command, format string, args ...interface{}) error {
	return &usageError{command: cmd.CommandPath(), err: fmt.Errorf(format, args...)}
}

// helpCommand is what to type for help on the command a usage error is
// about: "diplograph" for the root, "diplograph ask" for ask.
func (e *usageError) helpCommand() string {
	if e.command == "diplograph" || strings.HasPrefix(e.command, "diplograph ") {
		return e.command
	}
	return "diplograph " + e.command
}

// commit is set at link time by `make build` (-X main.commit=...) for
// builds where the toolchain does not stamp the commit itself
// (-buildvcs=false, or a git worktree).
var commit string

// version describes the binary: the module version (a tag, or "(devel)"
// for a build from a checkout) and the commit it was built from, as the Go
// toolchain stamps them.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown: built without module information)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	rev := settings["vcs.revision"]
	if rev == "" {
		rev = commit
	}
	if rev != "" {
		hash, rest, _ := strings.Cut(rev, " ")
		if len(hash) > 12 {
			hash = hash[:12]
		}
		v += strings.TrimSpace(", commit " + hash + " " + rest)
		if t := settings["vcs.time"]; t != "" {
			v += " (" + t + ")"
		}
		if settings["vcs.modified"] == "true" {
			v += ", with uncommitted changes"
		}
	} else {
		v += ", commit unknown (not built from a git checkout)"
	}
	return v + ", " + info.GoVersion
}

// args wraps a cobra argument check so that its failure is a usage error.
func args(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, a []string) error {
		if err := check(cmd, a); err != nil {
			return &usageError{command: cmd.CommandPath(), err: err}
		}
		return nil
	}
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(o *rootOptions) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "diplograph",
		Short: "Build a knowledge graph of diplomatic meetings from documents and ask it questions",
		Long: `diplograph reads news reports and transcripts about meetings between government
officials, extracts meetings, offices, figures claimed, commission co-chairs, partner
countries and commitments, stores them as quads in a Cayley graph, and answers
named questions over it.`,
		Example: `  diplograph build data/demo
  diplograph ask "who co-chaired which commission"
  diplograph ask --list
  diplograph query 'g.V("<dg:Person>").In("<rdf:type>").Out("<dg:name>").All()'
  diplograph export --format graphml -o graph.graphml
  diplograph --db memstore eval --gold gold.json docs/
  diplograph serve                       # the web page and Cayley's HTTP API on 127.0.0.1:64210`,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       version(),
	}
	cmd.SetVersionTemplate("diplograph {{.Version}}\n")
	cmd.SetIn(o.Stdin)
	cmd.SetOut(o.Stdout)
	cmd.SetErr(o.Stderr)
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{command: c.CommandPath(), err: err}
	})
	pf := cmd.PersistentFlags()
	pf.StringVar(&o.DB, "db", o.DB, "store backend: "+strings.Join(graph.Backends(), ", ")+" (env "+envDB+")")
	pf.StringVar(&o.DBPath, "dbpath", o.DBPath, "bolt file or SQL connection string (env "+envDBPath+")")
	pf.BoolVarP(&o.Verbose, "verbose", "v", false, "log debug details to stderr")
	pf.DurationVar(&o.Wait, "wait", graph.DefaultWait, "how long to wait for a store another process is using (a build holds it while it runs; 0: fail at once)")
	pf.DurationVar(&o.DBTimeout, "db-timeout", graph.DefaultSQLTimeout, "give up on a PostgreSQL server that does not answer for this long (connecting, or one statement)")
	pf.StringVar(&o.Profile, "profile", "", "write CPU, heap, block and mutex profiles of the run into this directory (for go tool pprof)")
	var prof *profiling
	cmd.PersistentPostRunE = func(*cobra.Command, []string) error {
		if prof != nil {
			return prof.stop()
		}
		return nil
	}
	cmd.PersistentPreRunE = func(c *cobra.Command, _ []string) error {
		clog.SetLogger(cayleyLog{o.logger()})
		if o.Profile != "" {
			var err error
			if prof, err = startProfiling(o.Profile); err != nil {
				return err
			}
		}
		for _, b := range graph.Backends() {
			if o.DB == b {
				return nil
			}
		}
		return usagef(c, "unknown --db %q (want one of %s)", o.DB, strings.Join(graph.Backends(), ", "))
	}
	cmd.AddCommand(
		NewCmdBuild(o),
		NewCmdExtract(o),
		NewCmdLoad(o),
		NewCmdForget(o),
		NewCmdQuery(o),
		NewCmdAsk(o),
		NewCmdExport(o),
		NewCmdEval(o),
		NewCmdServe(o),
	)
	return cmd
}
