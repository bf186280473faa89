package e2e

import (
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// sharedDir is the project's shared material: ../shared beside the clone
// unless DIPLOGRAPH_SHARED names it.
func sharedDir() string {
	if d := os.Getenv("DIPLOGRAPH_SHARED"); d != "" {
		return d
	}
	return filepath.Join(repoRoot(), "..", "shared")
}

// scored is one question's precision, recall and F1.
type scored struct{ p, r, f1 float64 }

var (
	scoreRowRe = regexp.MustCompile(`(?m)^(\w[\w-]*)\s.*?P=([0-9.]+)\s+R=([0-9.]+)\s+F1=([0-9.]+)`)
	macroRe    = regexp.MustCompile(`(?i)macro[- ]?F1\D*?([0-9]*\.[0-9]+|[01])\b`)
	numRe      = regexp.MustCompile(`[0-9]*\.[0-9]+|\b[01]\b`)
)

// TestEvalAgreesWithScorePy runs `diplograph eval` on the shared gold sets and
// checks its numbers against the reference scorer run on `ask --json` answers
// from a store built from the same documents.
func TestEvalAgreesWithScorePy(t *testing.T) {
	shared := sharedDir()
	if _, err := os.Stat(filepath.Join(shared, "gold", "score.py")); err != nil {
		t.Skipf("gold-based checks skipped: no shared gold at %s (%v); CI runs them with ../shared beside the clone", shared, err)
	}
	sets := []struct {
		name, gold, docs string
	}{
		{"seeds", filepath.Join(shared, "gold", "seeds.json"), filepath.Join(shared, "seeds")},
		{"dev", filepath.Join(shared, "dev", "gold.json"), filepath.Join(shared, "dev", "docs")},
		{"dev2", filepath.Join(shared, "dev2", "gold.json"), filepath.Join(shared, "dev2", "docs")},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.gold); err != nil {
				t.Fatalf("shared is there but its %s gold is not: %v", set.name, err)
			}
			res := run(t, t.TempDir(), "eval", "--gold", set.gold, set.docs)
			if res.code != 0 {
				t.Fatalf("want exit 0:\n%s", res)
			}
			m := macroRe.FindStringSubmatch(res.stdout)
			if m == nil {
				t.Fatalf("eval prints no macro-F1 line:\n%s", res.stdout)
			}
			macro, _ := strconv.ParseFloat(m[1], 64)
			t.Logf("eval on %s: macro-F1 %.3f", set.name, macro)
			ours := parseEval(t, res.stdout)

			s := newBoltStore(t)
			s.build(set.docs)
			answers := t.TempDir()
			for _, q := range []string{"meetings", "roles", "claims", "co-chairs", "partners", "commitments"} {
				out := s.ok("ask", q, "--json")
				if err := os.WriteFile(filepath.Join(answers, q+".json"), []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			ref, err := exec.Command("python3", filepath.Join(shared, "gold", "score.py"), set.gold, answers).CombinedOutput()
			if err != nil {
				t.Fatalf("score.py: %v\n%s", err, ref)
			}
			want := map[string]scored{}
			for _, row := range scoreRowRe.FindAllStringSubmatch(string(ref), -1) {
				want[row[1]] = scored{atof(row[2]), atof(row[3]), atof(row[4])}
			}
			if len(want) != 6 {
				t.Fatalf("score.py printed %d question rows, want 6:\n%s", len(want), ref)
			}
			for q, w := range want {
				got, ok := ours[q]
				if !ok {
					t.Errorf("eval prints no row for %s:\n%s", q, res.stdout)
					continue
				}
				// score.py rounds to two places.
				if !near(got.p, w.p, 0.006) || !near(got.r, w.r, 0.006) || !near(got.f1, w.f1, 0.006) {
					t.Errorf("%s: eval P=%.3f R=%.3f F1=%.3f, score.py P=%.2f R=%.2f F1=%.2f", q, got.p, got.r, got.f1, w.p, w.r, w.f1)
				}
			}
			if m := macroRe.FindStringSubmatch(string(ref)); m == nil || !near(macro, atof(m[1]), 0.0015) {
				t.Errorf("eval macro-F1 %.3f, score.py: %s", macro, ref)
			}
		})
	}
}

// parseEval reads eval's per-question rows: a line that starts with the
// question's name and holds its precision, recall and F1 in that order.
func parseEval(t *testing.T, out string) map[string]scored {
	t.Helper()
	rows := map[string]scored{}
	for _, line := range strings.Split(out, "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		q := strings.TrimSuffix(fields[0], ":")
		switch q {
		case "meetings", "roles", "claims", "co-chairs", "co_chairs", "partners", "commitments":
		default:
			continue
		}
		var nums []float64
		if m := scoreRowRe.FindStringSubmatch(line); m != nil {
			nums = []float64{atof(m[2]), atof(m[3]), atof(m[4])}
		} else {
			for _, n := range numRe.FindAllString(strings.TrimPrefix(strings.TrimSpace(line), fields[0]), -1) {
				nums = append(nums, atof(n))
			}
		}
		if len(nums) < 3 {
			t.Fatalf("eval row for %s has no P, R and F1: %q", q, line)
		}
		rows[strings.ReplaceAll(q, "-", "_")] = scored{nums[0], nums[1], nums[2]}
	}
	return rows
}

func atof(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// TestEvalDiffOnSharedSets runs `eval --diff` on the shared gold sets: its
// listing must account for exactly what the scores count as missed and
// extra, every sentence it quotes must be in the document it names, and the
// scores it ends with must be eval's own.
func TestEvalDiffOnSharedSets(t *testing.T) {
	shared := sharedDir()
	if _, err := os.Stat(filepath.Join(shared, "gold", "score.py")); err != nil {
		t.Skipf("gold-based checks skipped: no shared gold at %s (%v)", shared, err)
	}
	sets := []struct{ name, gold, docs string }{
		{"seeds", filepath.Join(shared, "gold", "seeds.json"), filepath.Join(shared, "seeds")},
		{"dev", filepath.Join(shared, "dev", "gold.json"), filepath.Join(shared, "dev", "docs")},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			dir := t.TempDir()
			plain := run(t, dir, "eval", "--gold", set.gold, set.docs)
			text := run(t, dir, "eval", "--diff", "--gold", set.gold, set.docs)
			if plain.code != 0 || text.code != 0 {
				t.Fatalf("want exit 0:\n%s\n%s", plain, text)
			}
			if !strings.HasSuffix(text.stdout, plain.stdout) {
				t.Errorf("eval --diff does not end with eval's scores:\n%s", text)
			}
			res := run(t, dir, "eval", "--diff", "--json", "--gold", set.gold, set.docs)
			if res.code != 0 {
				t.Fatalf("want exit 0:\n%s", res)
			}
			type evidence struct {
				Doc, Sentence string
				Located       bool
			}
			type entry struct {
				Question string
				Evidence []evidence
			}
			var v struct {
				Questions []struct {
					Question          string
					Gold, Sys         int
					Precision, Recall float64
				}
				Documents []struct {
					Doc    string
					Missed []entry
					Near   []struct {
						Gold, Got entry
						Withheld  bool
					}
					Extra []entry
				}
			}
			if err := json.Unmarshal([]byte(res.stdout), &v); err != nil {
				t.Fatalf("eval --diff --json: %v\n%s", err, res.stdout)
			}
			missed, extra := map[string]int{}, map[string]int{}
			var quoted []evidence
			for _, d := range v.Documents {
				for _, e := range d.Missed {
					missed[e.Question]++
					quoted = append(quoted, e.Evidence...)
				}
				for _, e := range d.Extra {
					extra[e.Question]++
					quoted = append(quoted, e.Evidence...)
				}
				for _, n := range d.Near {
					missed[n.Gold.Question]++
					if !n.Withheld {
						extra[n.Got.Question]++
					}
					quoted = append(quoted, n.Gold.Evidence...)
					quoted = append(quoted, n.Got.Evidence...)
				}
			}
			for _, q := range v.Questions {
				wantMissed := q.Gold - int(math.Round(q.Recall*float64(q.Gold)))
				wantExtra := q.Sys - int(math.Round(q.Precision*float64(q.Sys)))
				if missed[q.Question] != wantMissed || extra[q.Question] != wantExtra {
					t.Errorf("%s: the diff lists %d missed and %d extra, the scores count %d and %d",
						q.Question, missed[q.Question], extra[q.Question], wantMissed, wantExtra)
				}
			}
			squash := func(s string) string { return strings.Join(strings.Fields(s), " ") }
			texts := map[string]string{}
			for _, e := range quoted {
				if e.Sentence == "" {
					continue
				}
				if _, ok := texts[e.Doc]; !ok {
					b, err := os.ReadFile(filepath.Join(set.docs, e.Doc))
					if err != nil {
						t.Errorf("the diff quotes %s, which is not in %s: %v", e.Doc, set.docs, err)
						continue
					}
					texts[e.Doc] = squash(string(b))
				}
				if !strings.Contains(texts[e.Doc], squash(e.Sentence)) {
					t.Errorf("the diff quotes %q from %s, which does not say it", e.Sentence, e.Doc)
				}
			}
			t.Logf("%s: %d documents with differences, %d sentences quoted", set.name, len(v.Documents), len(quoted))
		})
	}
}
