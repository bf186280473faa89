package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
)

// profiling writes Go profiles of one run into a directory (--profile DIR):
// cpu.pprof while the command runs, then heap, block and mutex profiles as
// it ends. Read them with `go tool pprof bin/diplograph DIR/cpu.pprof`.
type profiling struct {
	dir string
	cpu *os.File
}

// startProfiling starts the CPU profile and the block and mutex sampling.
func startProfiling(dir string) (*profiling, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("making the profile directory: %w", err)
	}
	f, err := os.Create(filepath.Join(dir, "cpu.pprof"))
	if err != nil {
		return nil, fmt.Errorf("creating the CPU profile: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("starting the CPU profile: %w", err)
	}
	// one sample per 10µs blocked, one in 5 mutex contentions: enough to
	// see where two cores wait on each other, cheap enough to leave on
	runtime.SetBlockProfileRate(10_000)
	runtime.SetMutexProfileFraction(5)
	return &profiling{dir: dir, cpu: f}, nil
}

// stop ends the CPU profile and writes the others.
func (p *profiling) stop() error {
	pprof.StopCPUProfile()
	err := p.cpu.Close()
	runtime.GC() // the heap profile shows what is live at the end
	for _, name := range []string{"heap", "allocs", "block", "mutex"} {
		f, cerr := os.Create(filepath.Join(p.dir, name+".pprof"))
		if cerr != nil {
			err = cerr
			continue
		}
		if werr := pprof.Lookup(name).WriteTo(f, 0); werr != nil {
			err = werr
		}
		f.Close()
	}
	if err != nil {
		return fmt.Errorf("writing profiles into %s: %w", p.dir, err)
	}
	return nil
}
