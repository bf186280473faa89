package e2e

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad/nquads"

	"github.com/diplograph/diplograph/internal/malformed"
)

// caseBound is how long one malformed input may keep the binary busy; a
// run still going then is a hang. It is a hang guard, not a speed test:
// the slowest case (10,000 titled names) takes 20 to 45 s here.
const caseBound = 3 * time.Minute

// crashRE is what a Go crash prints: a panic, a fatal runtime error, a
// signal, or a goroutine dump.
var crashRE = regexp.MustCompile(`(?m)^(panic: |fatal error: |\[signal |goroutine \d+ \[)|SIGSEGV|out of memory`)

// outcome is what became of one case.
type outcome int

const (
	clearError outcome = iota
	correctReading
	hang
	crash
	storeChanged
	unclearError // exit 1 without naming the input, or an unexpected exit status
	wrongReading // stored, but not what the case allows
	wrongOutcome // refused what must be read, or read what must be refused
	setupFailed  // the test could not prepare or read back the case
)

var outcomeNames = [...]string{"clear errors", "correct readings", "hangs", "crashes", "store changed", "unclear errors", "wrong readings", "wrong outcomes", "setup failures"}

// caseWorkers is how many cases run at once; each is one process at a time.
const caseWorkers = 2

// TestMalformedInputAtVolume feeds a few hundred generated hostile inputs
// (internal/malformed) to the real binary, each against a copy of a store
// built from the demo corpus, and checks for each: a clear error or a
// correct reading, no crash, no hang, and the store's other content
// unchanged (N-Quads export before and after).
func TestMalformedInputAtVolume(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base.db")
	if res := run(t, dir, "build", demoDir(), "--db", "bolt", "--dbpath", base); res.code != 0 {
		t.Fatalf("building the base store:\n%s", res)
	}
	baseline, ok := exportLines(t, dir, base)
	if !ok {
		t.Fatal("exporting the base store failed")
	}
	baseLabels := map[string]bool{}
	for _, l := range baseline {
		baseLabels[lineLabel(l)] = true
	}

	cases := malformed.All(1)
	counts := make([]int, len(outcomeNames))
	type tally struct{ cases, errors, readings int }
	families := map[string]*tally{}
	var order []string
	start := time.Now()
	type done struct {
		o      outcome
		detail string
		took   time.Duration
	}
	results := make([]done, len(cases))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < caseWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				began := time.Now()
				o, detail := runMalformed(t, dir, base, baseline, baseLabels, cases[i])
				results[i] = done{o, detail, time.Since(began)}
			}
		}()
	}
	for i := range cases {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, c := range cases {
		o, detail, took := results[i].o, results[i].detail, results[i].took
		counts[o]++
		fam := c.Name[:strings.IndexByte(c.Name, '/')]
		if families[fam] == nil {
			families[fam] = &tally{}
			order = append(order, fam)
		}
		f := families[fam]
		f.cases++
		switch o {
		case clearError:
			f.errors++
		case correctReading:
			f.readings++
		default:
			t.Errorf("%s (%s, want %s): %s: %s", c.Name, c.File, c.Want, outcomeNames[o], detail)
		}
		if took > 10*time.Second {
			t.Logf("%s took %s (%s)", c.Name, took.Round(100*time.Millisecond), c.Note)
		}
	}
	for _, fam := range order {
		f := families[fam]
		t.Logf("  %-16s %3d cases: %3d clear errors, %3d correct readings", fam, f.cases, f.errors, f.readings)
	}
	var parts []string
	for i, n := range counts {
		if i < 5 || n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", outcomeNames[i], n))
		}
	}
	t.Logf("malformed inputs: %d cases in %s: %s", len(cases), time.Since(start).Round(time.Second), strings.Join(parts, ", "))
}

// runMalformed runs one case against a fresh copy of the base store. It
// runs beside other cases, so it reports rather than stops the test.
func runMalformed(t *testing.T, dir, base string, baseline []string, baseLabels map[string]bool, c malformed.Case) (outcome, string) {
	cdir := filepath.Join(dir, "cases", strings.ReplaceAll(c.Name, "/", "-"))
	if err := os.MkdirAll(cdir, 0o755); err != nil {
		return setupFailed, err.Error()
	}
	defer os.RemoveAll(cdir)
	db := filepath.Join(cdir, "store.db")
	if data, err := os.ReadFile(base); err != nil {
		return setupFailed, err.Error()
	} else if err := os.WriteFile(db, data, 0o644); err != nil {
		return setupFailed, err.Error()
	}
	var args []string
	switch {
	case c.IsQuestion():
		args = []string{"ask", "--db", "bolt", "--dbpath", db, "--", c.Question}
	default:
		if err := os.WriteFile(filepath.Join(cdir, c.File), c.Data, 0o644); err != nil {
			return setupFailed, err.Error()
		}
		cmd := "build"
		if c.IsNQuads() {
			cmd = "load"
		}
		args = []string{cmd, c.File, "--db", "bolt", "--dbpath", db}
	}
	res, hung := runBounded(cdir, caseBound, args...)
	switch {
	case hung:
		return hang, fmt.Sprintf("still running after %s", caseBound)
	case res.code < 0 || crashRE.MatchString(res.stderr):
		return crash, res.String()
	}
	after, ok := exportLines(t, cdir, db)
	if !ok {
		return storeChanged, "the store no longer exports valid N-Quads after the case"
	}
	var others, mine []string
	for _, l := range after {
		if baseLabels[lineLabel(l)] {
			others = append(others, l)
		} else {
			mine = append(mine, l)
		}
	}
	if d := diffLines(baseline, others); d != "" {
		return storeChanged, d
	}
	if res.code != 0 && len(mine) > 0 && !strings.HasSuffix(c.File, ".jsonl") {
		return storeChanged, fmt.Sprintf("exit %d but %d quads of the case were stored:\n%s", res.code, len(mine), clip(strings.Join(mine, "\n")))
	}
	if d := checkReading(c, mine, res.code == 0); d != "" {
		return wrongReading, d + "\n" + res.String()
	}
	switch res.code {
	case 0:
		if c.Want == malformed.Refuse {
			return wrongOutcome, "read, but the case must be refused\n" + res.String()
		}
		return correctReading, ""
	case 1:
		if c.Want == malformed.Read {
			return wrongOutcome, "refused, but the case must be read\n" + res.String()
		}
		if !clearMessage(c, res.stderr) {
			return unclearError, res.String()
		}
		return clearError, ""
	default:
		return unclearError, "unexpected exit status\n" + res.String()
	}
}

// clearMessage says whether stderr names the input: the file (with its
// line for a document or a statement the reader can place), or, for a
// question, one diplograph: line that is not a Go error dump.
func clearMessage(c malformed.Case, stderr string) bool {
	if c.IsQuestion() {
		return strings.HasPrefix(stderr, "diplograph: ") && !strings.Contains(stderr, "goroutine")
	}
	if c.IsNQuads() {
		return regexp.MustCompile(regexp.QuoteMeta(c.File) + `(:\d+: malformed N-Quads: column \d+|:\d+: line longer| \(|: )`).MatchString(stderr)
	}
	return regexp.MustCompile(`(?m)^skipped: ` + regexp.QuoteMeta(c.File) + `(:\d+)?: \S`).MatchString(stderr)
}

var (
	dateLitRE   = regexp.MustCompile(`"([^"]*)"\^\^<http://www\.w3\.org/2001/XMLSchema#(date|gYearMonth|gYear)>`)
	doubleLitRE = regexp.MustCompile(`"([^"]*)"\^\^<http://www\.w3\.org/2001/XMLSchema#double>`)
	nameLitRE   = regexp.MustCompile(`<https://diplograph\.dev/ns#(name|alias)> "((?:[^"\\]|\\.)*)"`)
)

// checkReading checks the quads a case stored: its own Require and Forbid,
// and for documents what no reading may store: an impossible date, an
// infinite or NaN figure, an invisible or bidi control character in a name.
func checkReading(c malformed.Case, mine []string, exitOK bool) string {
	text := strings.Join(mine, "\n")
	var problems []string
	if exitOK || strings.HasSuffix(c.File, ".jsonl") {
		for _, r := range c.Require {
			if !strings.Contains(text, r) {
				problems = append(problems, fmt.Sprintf("nothing stored holds %q", r))
			}
		}
	}
	for _, f := range c.Forbid {
		if strings.Contains(text, f) {
			problems = append(problems, fmt.Sprintf("stored %q", f))
		}
	}
	if !c.IsNQuads() {
		for _, m := range dateLitRE.FindAllStringSubmatch(text, -1) {
			layout := map[string]string{"date": "2006-01-02", "gYearMonth": "2006-01", "gYear": "2006"}[m[2]]
			if _, err := time.Parse(layout, m[1]); err != nil {
				problems = append(problems, fmt.Sprintf("stored the impossible date %q", m[0]))
			}
		}
		for _, m := range doubleLitRE.FindAllStringSubmatch(text, -1) {
			if v := strings.ToLower(m[1]); strings.Contains(v, "inf") || strings.Contains(v, "nan") {
				problems = append(problems, fmt.Sprintf("stored the figure %q", m[0]))
			}
		}
		for _, m := range nameLitRE.FindAllStringSubmatch(text, -1) {
			name := unescapeNQuads(m[2])
			for _, ch := range append(append([]string{}, malformed.ZeroWidth...), malformed.BidiControls...) {
				if strings.Contains(name, ch) {
					problems = append(problems, fmt.Sprintf("stored a name with %U: %q", []rune(ch)[0], name))
				}
			}
		}
	}
	if len(problems) == 0 {
		return ""
	}
	return strings.Join(problems, "; ") + "\nstored:\n" + clip(text)
}

func unescapeNQuads(s string) string {
	q, err := nquads.Parse(`<urn:x> <urn:y> "` + s + `" .`)
	if err != nil {
		return s
	}
	return fmt.Sprint(q.Object.Native())
}

// exportLines exports the store at db as sorted N-Quads lines; it only
// logs, so cases running side by side may call it.
func exportLines(t *testing.T, dir, db string) ([]string, bool) {
	out := filepath.Join(dir, "export.nq")
	res, hung := runBounded(dir, caseBound, "export", "--format", "nquads", "-o", out, "--db", "bolt", "--dbpath", db)
	if hung || res.code != 0 {
		t.Logf("export failed:\n%s", res)
		return nil, false
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Logf("reading the export: %v", err)
		return nil, false
	}
	var lines []string
	for i, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		// A store that took an invalid statement exports one.
		if _, err := nquads.ParseRaw(line); err != nil {
			t.Logf("export line %d is not N-Quads (%v): %s", i+1, err, line)
			return nil, false
		}
		lines = append(lines, line)
	}
	sort.Strings(lines)
	return lines, true
}

// lineLabel is the graph label of an exported statement (the document it
// came from).
func lineLabel(line string) string {
	q, err := nquads.Parse(line)
	if err != nil || q.Label == nil {
		return ""
	}
	return q.Label.String()
}

// diffLines describes how two sorted sets of lines differ ("" if not).
func diffLines(want, got []string) string {
	w, g := map[string]bool{}, map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	for _, l := range got {
		g[l] = true
	}
	var lost, added []string
	for _, l := range want {
		if !g[l] {
			lost = append(lost, l)
		}
	}
	for _, l := range got {
		if !w[l] {
			added = append(added, l)
		}
	}
	if len(lost) == 0 && len(added) == 0 {
		return ""
	}
	return fmt.Sprintf("%d quads of other documents lost, %d added:\n-%s\n+%s", len(lost), len(added), clip(strings.Join(lost, "\n-")), clip(strings.Join(added, "\n+")))
}

// runBounded runs the binary in dir with args and reports a hang instead of
// failing the test, so that a suite can count hangs.
func runBounded(dir string, bound time.Duration, args ...string) (result, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), bound)
	defer cancel()
	cmd := exec.CommandContext(ctx, diplographBin, args...)
	cmd.Dir = dir
	cmd.Env = cleanEnv()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := result{args: args, stdout: stdout.String(), stderr: stderr.String()}
	if ctx.Err() != nil {
		return res, true
	}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.code = exit.ExitCode() // -1 when a signal ended it
	case err != nil:
		res.code, res.stderr = -1, res.stderr+"\nrunning the binary: "+err.Error()
	}
	return res, false
}

func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
