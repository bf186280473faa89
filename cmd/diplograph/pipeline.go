package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/fact"
	"github.com/diplograph/diplograph/graph"
)

// extraction is what reading and extracting a set of paths produced.
type extraction struct {
	Reports []fact.Report // one per good document, sorted by document name
	Bad     []error       // documents skipped, each naming its file (and line)
	// Skipped are files of a walked directory that are not documents.
	Skipped []extract.SkippedFile
	// NotEnglish names the documents read that are not in English, and why
	// that is thought ("path: front matter says language: es").
	NotEnglish []string
	// Unchanged counts documents the store holds already, read by the same
	// extractor from the same bytes: not extracted again (unchangedSkipper).
	Unchanged int
}

// errUnchanged is what an unchangedSkipper returns for a document the store
// holds as it is.
var errUnchanged = errors.New("unchanged since it was stored")

// progress tells how long work goes: on a terminal a single status line,
// redrawn at most five times a second once the work has run for a couple
// of seconds (short runs print nothing); elsewhere (a log, CI) one plain
// line a minute.
type progress struct {
	what     string // "" while extracting; "writing" while writing
	w        io.Writer
	terminal bool
	read     atomic.Int64 // documents read (writing: documents to write)
	done     atomic.Int64 // documents extracted (writing: written)
	bytes    atomic.Int64 // bytes of text read
	stop     chan struct{}
	wg       sync.WaitGroup
}

const (
	progressDelay    = 2 * time.Second
	progressInterval = 200 * time.Millisecond
	progressLogEvery = time.Minute
)

func startProgress(w io.Writer, terminal bool) *progress { return startProgressOf(w, terminal, "") }

// startProgressOf tells the progress of a phase other than extraction.
func startProgressOf(w io.Writer, terminal bool, what string) *progress {
	p := &progress{w: w, what: what, terminal: terminal, stop: make(chan struct{})}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		start := time.Now()
		every := progressLogEvery
		if terminal {
			every = progressInterval
		}
		tick := time.NewTicker(every)
		defer tick.Stop()
		drawn := false
		for {
			select {
			case <-p.stop:
				if drawn {
					fmt.Fprint(p.w, "\r\033[K")
				}
				return
			case <-tick.C:
				if time.Since(start) < progressDelay {
					continue
				}
				if p.terminal {
					drawn = true
					fmt.Fprintf(p.w, "\r\033[K%s", p.line(time.Since(start)))
				} else {
					fmt.Fprintf(p.w, "progress: %s\n", p.line(time.Since(start)))
				}
			}
		}
	}()
	return p
}

// line says where the work is: documents, throughput, and for writing
// (whose total is known) the time left.
func (p *progress) line(elapsed time.Duration) string {
	read, done := p.read.Load(), p.done.Load()
	el := elapsed.Round(time.Second)
	if p.what != "" {
		eta := ""
		if done > 0 && read > done {
			left := time.Duration(float64(elapsed) * float64(read-done) / float64(done))
			eta = fmt.Sprintf(", about %s left", left.Round(time.Second))
		}
		return fmt.Sprintf("%s: %d of %d documents that change (%s%s)", p.what, done, read, el, eta)
	}
	mbps := float64(p.bytes.Load()) / (1 << 20) / max(elapsed.Seconds(), 0.001)
	return fmt.Sprintf("read %d documents, extracted %d, %.2f MB/s (%s)", read, done, mbps, el)
}

func (p *progress) finish() {
	close(p.stop)
	p.wg.Wait()
}

// extractPaths reads every path and extracts the documents in parallel:
// one reader streams documents into a bounded channel, NumCPU workers
// extract them. A bad document is recorded and skipped; anything else
// (cancellation, an unreadable argument) stops the run.
func extractPaths(ctx context.Context, ex extractor, paths []string, stdin io.Reader, prog *progress) (extraction, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.NumCPU()
	docs := make(chan fact.Document, 2*workers)

	lang, err := extract.NewLanguageDetector()
	if err != nil {
		return extraction{}, err
	}
	var readErr error
	var bad []error
	var skipped []extract.SkippedFile
	var notEnglish []string
	go func() {
		defer close(docs)
		// a document is known by its name in the store (a later build
		// replaces it): two of one run with the same name would leave it
		// to chance which one the graph holds, so the first read is kept
		first := map[string]string{}
		send := func(d fact.Document) error {
			if p, dup := first[d.Name]; dup {
				bad = append(bad, fmt.Errorf("%s: %s has the same name %q, and a document is known by its name: rename one of them", docPosition(d), p, d.Name))
				return nil
			}
			first[d.Name] = docPosition(d)
			prog.read.Add(1)
			prog.bytes.Add(int64(len(d.Text)))
			if why, ok := lang.NotEnglish(d); ok {
				notEnglish = append(notEnglish, docPosition(d)+": "+why)
			}
			select {
			case docs <- d:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		for _, p := range paths {
			var err error
			if p == "-" && stdin != nil {
				err = extract.ReadFile(ctx, "-", stdin, send)
			} else {
				err = extract.ReadReporting(ctx, p, send, func(s extract.SkippedFile) { skipped = append(skipped, s) })
			}
			b, fatal := splitInputErrors(err)
			bad = append(bad, b...)
			if fatal != nil {
				readErr = fatal
				cancel()
				return
			}
		}
	}()

	var mu sync.Mutex
	var out extraction
	var extractErr error
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docs {
				f, err := ex.Extract(ctx, d)
				prog.done.Add(1)
				mu.Lock()
				switch {
				case err == nil:
					out.Reports = append(out.Reports, f)
				case errors.Is(err, errUnchanged):
					out.Unchanged++
				case ctx.Err() != nil:
					if extractErr == nil {
						extractErr = ctx.Err()
					}
				default:
					out.Bad = append(out.Bad, fmt.Errorf("%s: extracting: %w", docPosition(d), err))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	out.Bad = append(bad, out.Bad...)
	out.Skipped, out.NotEnglish = skipped, notEnglish
	sort.Slice(out.Reports, func(i, j int) bool { return out.Reports[i].Doc.Name < out.Reports[j].Doc.Name })
	if readErr != nil {
		return out, readErr
	}
	if extractErr != nil {
		return out, fmt.Errorf("extracting documents: %w", extractErr)
	}
	return out, nil
}

func docPosition(d fact.Document) string {
	if d.Line > 1 {
		return fmt.Sprintf("%s:%d", d.Path, d.Line)
	}
	return d.Path
}

// splitInputErrors separates the bad documents the reader reports (which
// the run skips) from an error that stops it.
func splitInputErrors(err error) (bad []error, fatal error) {
	if err == nil {
		return nil, nil
	}
	var list []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	} else {
		list = []error{err}
	}
	var others []error
	for _, e := range list {
		var ie *extract.InputError
		if errors.As(e, &ie) {
			bad = append(bad, e)
		} else {
			others = append(others, e)
		}
	}
	return bad, errors.Join(others...)
}

// extractFacts extracts the documents at paths and merges their facts, as
// build would store them; bad documents are in the extraction.
func extractFacts(ctx context.Context, root *rootOptions, paths []string) ([]fact.Facts, extraction, error) {
	return extractFactsWith(ctx, root, paths, nil)
}

// extractFactsWith is extractFacts with the extractor wrapped by wrap,
// when not nil.
func extractFactsWith(ctx context.Context, root *rootOptions, paths []string, wrap func(extractor) extractor) ([]fact.Facts, extraction, error) {
	ex, err := root.Extractor()
	if err != nil {
		return nil, extraction{}, err
	}
	if wrap != nil {
		ex = wrap(ex)
	}
	prog := startProgress(root.Stderr, root.IsTerminal())
	res, err := extractPaths(ctx, ex, paths, root.Stdin, prog)
	prog.finish()
	if err != nil {
		return nil, res, err
	}
	return ex.Merge(nil, res.Reports), res, nil
}

// memoryGraph extracts the documents at paths and loads their merged facts
// into a throwaway memstore: the quads build would store, without a store.
// The caller closes the store; bad documents are in the extraction.
func memoryGraph(ctx context.Context, root *rootOptions, paths []string) (*graph.Store, extraction, error) {
	facts, res, err := extractFacts(ctx, root, paths)
	if err != nil {
		return nil, res, err
	}
	mem, err := graph.Open(ctx, graph.Config{Backend: graph.BackendMemstore}, true)
	if err != nil {
		return nil, res, fmt.Errorf("opening a memory store: %w", err)
	}
	if err := storeFacts(ctx, mem, facts); err != nil {
		mem.Close()
		return nil, res, err
	}
	return mem, res, nil
}
