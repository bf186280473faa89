// Command growth measures how diplograph's work grows with the corpus: it
// generates corpora of several sizes (package bench/corpus), runs the real
// binary on each — extract, build, load, every named question — and prints
// wall time, throughput and peak memory per size, so that super-linear
// growth is visible at a glance. With -base it runs a second binary on the
// same corpora in the same run and prints the ratios; with -cayley it also
// times Cayley's own `cayley load` on the same N-Quads as a reference.
//
//	go run ./bench/growth -sizes 1,10 -bin bin/diplograph
//	go run ./bench/growth -sizes 1,10,50 -bin bin/diplograph -base /tmp/old/diplograph -cayley
//	go run ./bench/growth -sizes 10 -generate /tmp/corpus10   # only write a corpus
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/diplograph/diplograph/bench/corpus"
)

type options struct {
	sizes    []int // MB
	bin      string
	base     string
	cayley   bool
	work     string
	keep     bool
	repeat   int
	question []string
	timeout  time.Duration
}

func main() {
	var o options
	var sizes, questions string
	flag.StringVar(&sizes, "sizes", "1,10", "corpus sizes in MB, comma separated")
	flag.StringVar(&o.bin, "bin", "bin/diplograph", "the diplograph binary to measure")
	flag.StringVar(&o.base, "base", "", "a second diplograph binary to compare with (ratios bin/base)")
	flag.BoolVar(&o.cayley, "cayley", false, "also time `cayley load` of the same N-Quads (built from the module cache)")
	flag.StringVar(&o.work, "work", "", "working directory (default: a new temporary directory)")
	flag.BoolVar(&o.keep, "keep", false, "keep the working directory")
	flag.IntVar(&o.repeat, "repeat", 3, "runs of each question; the median is reported")
	flag.StringVar(&questions, "questions", "meetings,roles,claims,co-chairs,partners,commitments,conflicts,people", "named questions to time")
	flag.DurationVar(&o.timeout, "timeout", 20*time.Minute, "give up on one step after this long")
	generate := flag.String("generate", "", "only write a corpus of the first size into this directory, and stop")
	flag.Parse()
	for _, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "growth: bad size %q\n", s)
			os.Exit(2)
		}
		o.sizes = append(o.sizes, n)
	}
	o.question = strings.Split(questions, ",")
	if *generate != "" {
		st, err := corpus.Generate(*generate, corpus.Options{Bytes: int64(o.sizes[0]) << 20, Seed: int64(o.sizes[0])})
		if err != nil {
			fmt.Fprintln(os.Stderr, "growth:", err)
			os.Exit(1)
		}
		fmt.Printf("%d documents (%d re-reports of %d meetings), %d bytes in %s\n", st.Documents, st.ReReports, st.Meetings, st.Bytes, *generate)
		return
	}
	if err := run(context.Background(), o, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "growth:", err)
		os.Exit(1)
	}
}

// measure is one process run.
type measure struct {
	wall   time.Duration
	cpu    time.Duration // user + system
	maxRSS int64         // bytes
	err    error
}

func (m measure) String() string {
	if m.err != nil {
		return "failed"
	}
	return fmt.Sprintf("%s (%.0f MB)", round(m.wall), float64(m.maxRSS)/(1<<20))
}

func round(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return d.Round(time.Second).String()
	case d >= time.Second:
		return d.Round(100 * time.Millisecond).String()
	default:
		return d.Round(time.Millisecond).String()
	}
}

func runCmd(ctx context.Context, timeout time.Duration, env []string, name string, args ...string) measure {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = append(os.Environ(), env...)
	// the output is thrown away rather than kept: an answer of 50 MB held
	// here would count in every later child's peak memory (countLines)
	var errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &errb
	start := time.Now()
	err := cmd.Run()
	m := measure{wall: time.Since(start)}
	if st := cmd.ProcessState; st != nil {
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			m.maxRSS = ru.Maxrss * 1024
		}
		m.cpu = st.UserTime() + st.SystemTime()
	}
	if err != nil {
		m.err = fmt.Errorf("%s %s: %w\n%s", name, strings.Join(args, " "), err, tail(errb.Bytes()))
	}
	return m
}

func tail(b []byte) string {
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return string(b)
}

// result holds one binary's measures at one size.
type result struct {
	extract, extract1, build, load, cayley measure
	quads                                  int
	questions                              map[string]measure
}

func run(ctx context.Context, o options, w io.Writer) error {
	if o.work == "" {
		dir, err := os.MkdirTemp("", "diplograph-growth-")
		if err != nil {
			return err
		}
		o.work = dir
	}
	if !o.keep {
		defer os.RemoveAll(o.work)
	}
	bins := []string{o.bin}
	if o.base != "" {
		bins = append(bins, o.base)
	}
	for i, b := range bins {
		abs, err := filepath.Abs(b)
		if err != nil {
			return err
		}
		bins[i] = abs
	}
	cayleyBin := ""
	if o.cayley {
		var err error
		if cayleyBin, err = buildCayley(ctx, o); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "# growth: %s", bins[0])
	if len(bins) > 1 {
		fmt.Fprintf(w, " vs %s", bins[1])
	}
	fmt.Fprintf(w, " (work in %s)\n\n", o.work)
	all := map[int][]result{}
	var stats = map[int]corpus.Stats{}
	for _, size := range o.sizes {
		dir := filepath.Join(o.work, fmt.Sprintf("corpus-%dmb", size))
		st, err := corpus.Generate(dir, corpus.Options{Bytes: int64(size) << 20, Seed: int64(size)})
		if err != nil {
			return err
		}
		stats[size] = st
		for bi, bin := range bins {
			r := measureBinary(ctx, o, bin, dir, filepath.Join(o.work, fmt.Sprintf("b%d-%dmb", bi, size)), cayleyBin != "" && bi == 0)
			all[size] = append(all[size], r)
			fmt.Fprintf(os.Stderr, "growth: %d MB with %s done\n", size, filepath.Base(bin))
		}
	}
	report(w, o, bins, stats, all)
	return nil
}

// buildCayley builds Cayley's own command in a throwaway module beside the
// corpora (nothing of it is kept in the repository): the same v0.7.7 and
// quad v1.2.5 diplograph uses, without cgo (sqlite is the one backend that
// needs it, and it is not measured).
func buildCayley(ctx context.Context, o options) (string, error) {
	src := filepath.Join(o.work, "cayley-src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return "", err
	}
	mod := "module cayleybuild\n\ngo 1.26\n\nrequire (\n\tgithub.com/cayleygraph/cayley v0.7.7\n\tgithub.com/cayleygraph/quad v1.2.5\n)\n"
	if err := os.WriteFile(filepath.Join(src, "go.mod"), []byte(mod), 0o644); err != nil {
		return "", err
	}
	bin := filepath.Join(o.work, "cayley")
	cmd := exec.CommandContext(ctx, "go", "build", "-mod=mod", "-o", bin, "github.com/cayleygraph/cayley/cmd/cayley")
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building cayley v0.7.7 from the module proxy: %w\n%s", err, tail(out))
	}
	return bin, nil
}

func measureBinary(ctx context.Context, o options, bin, corpusDir, work string, cayley bool) result {
	r := result{questions: map[string]measure{}}
	if err := os.MkdirAll(work, 0o755); err != nil {
		r.extract.err = err
		return r
	}
	nq := filepath.Join(work, "out.nq")
	r.extract = runCmd(ctx, o.timeout, nil, bin, "extract", corpusDir, "-o", nq)
	r.extract1 = runCmd(ctx, o.timeout, []string{"GOMAXPROCS=1"}, bin, "extract", corpusDir, "-o", filepath.Join(work, "out1.nq"))
	if n, err := countLines(nq); err == nil {
		r.quads = n
	}
	db := filepath.Join(work, "build.db")
	r.build = runCmd(ctx, o.timeout, nil, bin, "build", corpusDir, "--db", "bolt", "--dbpath", db)
	r.load = runCmd(ctx, o.timeout, nil, bin, "load", nq, "--db", "bolt", "--dbpath", filepath.Join(work, "load.db"))
	if cayley {
		cdb := filepath.Join(work, "cayley.db")
		r.cayley = runCmd(ctx, o.timeout, nil, filepath.Join(filepath.Dir(work), "cayley"), "load", "--init", "-d", "bolt", "-a", cdb, "-i", nq)
	}
	for _, q := range o.question {
		var runs []measure
		for i := 0; i < o.repeat; i++ {
			m := runCmd(ctx, o.timeout, nil, bin, "ask", q, "--json", "--db", "bolt", "--dbpath", db)
			runs = append(runs, m)
			if m.err != nil {
				break
			}
		}
		sort.Slice(runs, func(i, j int) bool { return runs[i].wall < runs[j].wall })
		r.questions[q] = runs[len(runs)/2]
	}
	return r
}

// countLines counts the lines of a file a buffer at a time. The file is
// not read whole on purpose: a child started by os/exec on Linux reports
// in its rusage at least the peak memory of this process (the kernel
// carries the old address space's high-water mark across exec, and the
// child starts in this process's), so reading the N-Quads of a 50 MB
// corpus (600 MB) made every question after it report 685 MB.
func countLines(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	buf := make([]byte, 1<<20)
	n := 0
	for {
		k, err := f.Read(buf)
		n += bytes.Count(buf[:k], []byte("\n"))
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

func mbps(size int, m measure) string {
	if m.err != nil || m.wall == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f MB/s", float64(size)/m.wall.Seconds())
}

func ratio(a, b measure) string {
	if a.err != nil || b.err != nil || a.wall == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f×", b.wall.Seconds()/a.wall.Seconds())
}

func report(w io.Writer, o options, bins []string, stats map[int]corpus.Stats, all map[int][]result) {
	fmt.Fprintln(w, "| size | docs | quads | step | time (peak memory) | throughput | cpu |"+cond(len(bins) > 1, " base | base/new |", ""))
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|"+cond(len(bins) > 1, "---|---|", ""))
	for _, size := range o.sizes {
		rs := all[size]
		r := rs[0]
		row := func(step string, get func(result) measure, tp bool) {
			m := get(r)
			t := "-"
			if tp {
				t = mbps(size, m)
			}
			line := fmt.Sprintf("| %d MB | %d | %d | %s | %s | %s | %s |", size, stats[size].Documents, r.quads, step, m, t, round(m.cpu))
			if len(rs) > 1 {
				b := get(rs[1])
				line += fmt.Sprintf(" %s | %s |", b, ratio(m, b))
			}
			fmt.Fprintln(w, line)
			if m.err != nil {
				fmt.Fprintf(os.Stderr, "growth: %s at %d MB: %v\n", step, size, m.err)
			}
		}
		row("extract", func(r result) measure { return r.extract }, true)
		row("extract, GOMAXPROCS=1", func(r result) measure { return r.extract1 }, true)
		row("build (bolt)", func(r result) measure { return r.build }, true)
		row("load (bolt)", func(r result) measure { return r.load }, false)
		if o.cayley {
			row("cayley load (bolt)", func(r result) measure { return r.cayley }, false)
		}
		for _, q := range o.question {
			row("ask "+q, func(r result) measure { return r.questions[q] }, false)
		}
	}
}

func cond(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}
