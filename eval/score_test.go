package eval

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// cases are hand-made gold/answer pairs; want.txt in each is what the
// reference score.py printed for them (re-checked by TestAgreesWithScorePy
// where Python and the shared scorer are present).
func cases() []struct{ dir, covers string } {
	return []struct{ dir, covers string }{
		{"people", "last name, accents folded, subset names, narrator only matches narrator, office aliases, country aliases, deputy kept apart"},
		{"meetings", "city aliases, date prefix, dates one day apart, two days apart, empty date, half of the participants, no participants"},
		{"claims", "value within 1 %, numeric strings, period-acc and change-acc"},
		{"texts", "commitments on half the content words and status-acc, co-chairs with generic words dropped, partners unordered and as objects, missing and invalid answer files, {results: [...]} answers"},
		{"aliases", "Türkiye, UAE, Republic of Korea, Viet Nam, Lao PDR, Islamic Republic of Iran, Delhi, Tshwane; external affairs = foreign affairs; chairwoman and chairperson = chairman (whole words only), amir = emir; a dotless ı is not an i"},
	}
}

func TestScoreMatchesRecordedScorePy(t *testing.T) {
	for _, c := range cases() {
		t.Run(c.dir, func(t *testing.T) {
			dir := filepath.Join("testdata", "cases", c.dir)
			gold, err := LoadGold(filepath.Join(dir, "gold.json"))
			if err != nil {
				t.Fatal(err)
			}
			answers, notes := LoadAnswers(filepath.Join(dir, "answers"))
			res := Score(gold, answers)
			res.Notes = notes
			var b strings.Builder
			if err := res.Write(&b); err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join(dir, "want.txt"))
			if err != nil {
				t.Fatal(err)
			}
			if b.String() != string(want) {
				t.Errorf("covers: %s\n got:\n%s\nwant (score.py):\n%s", c.covers, b.String(), want)
			}
		})
	}
}

// TestAgreesWithScorePy re-runs the reference scorer on the same cases so
// the recorded outputs cannot drift from it. It needs the Debian Python and
// the shared materials beside the repository; a fresh clone without them
// relies on the recorded outputs above.
func TestAgreesWithScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "shared", "gold", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("no ../shared/gold/score.py beside the repository")
	}
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	for _, c := range cases() {
		dir := filepath.Join("testdata", "cases", c.dir)
		out, err := exec.Command("/usr/bin/python3", script, filepath.Join(dir, "gold.json"), filepath.Join(dir, "answers")).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: score.py: %v\n%s", c.dir, err, out)
		}
		want, _ := os.ReadFile(filepath.Join(dir, "want.txt"))
		if string(out) != string(want) {
			t.Errorf("%s: score.py now prints\n%s\nbut want.txt records\n%s", c.dir, out, want)
		}
	}
}

func TestMatchingRules(t *testing.T) {
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"last name", PersonEq("Ingrid Solvang", "Ms I. Solvang"), true},
		{"accents", PersonEq("Tomás Aravena", "Tomas ARAVENA"), true},
		{"subset", PersonEq("Mateo Luz da Costa", "Luz"), true},
		{"different people", PersonEq("Hana Kowal", "Hana Nowak"), false},
		{"narrator", PersonEq("", ""), true},
		{"narrator vs person", PersonEq("", "Luz"), false},
		{"date prefix", DateEq("2021-03", "2021-03-04"), true},
		{"date one day", DateEq("2021-03-04", "2021-03-05"), true},
		{"date two days", DateEq("2021-03-04", "2021-03-06"), false},
		{"empty date", DateEq("", ""), false},
		{"value 1%", ValueEq(1.2e9, 1.21e9), true},
		{"value 2.5%", ValueEq(1.2e9, 1.23e9), false},
		{"value string", ValueEq("3e8", 3e8), true},
		{"value null", ValueEq(nil, 0.0), false},
		{"co-chair generic words", match("co_chairs",
			map[string]interface{}{"person": "Lars Hovden", "commission": "Intergovernmental Commission on Fisheries and Aquaculture"},
			map[string]interface{}{"person": "Hovden", "commission": "Joint Commission on Fisheries"}), true},
		{"co-chair only generic words in common", match("co_chairs",
			map[string]interface{}{"person": "Hana Kowal", "commission": "Commission on Mining Cooperation"},
			map[string]interface{}{"person": "Hana Kowal", "commission": "Intergovernmental Commission"}), false},
		{"partners unordered", match("partners", []interface{}{"Norway", "Chile"}, []interface{}{"Chile", "Norway"}), true},
		{"partners alias", match("partners", []interface{}{"Russia", "Kazakhstan"}, []interface{}{"Kazakhstan", "Russian Federation"}), true},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

// dumpTables prints score.py's tables as JSON: the word lists, the alias
// groups and the (from, to) pairs of role_words, read from its source.
const dumpTables = `
import ast, importlib.util, json, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
words = []
for node in ast.walk(ast.parse(open(sys.argv[1]).read())):
    if isinstance(node, ast.FunctionDef) and node.name == "role_words":
        for f in ast.walk(node):
            if isinstance(f, ast.For):
                words = [list(p) for p in ast.literal_eval(f.iter)]
print(json.dumps({"stop": sorted(m.STOP), "generic": sorted(m.GENERIC),
    "place": [sorted(g) for g in m.ALIASES], "role": [sorted(g) for g in m.ROLE_ALIASES], "roleword": words}))
`

// TestTablesMatchScorePy checks data/scoring.tsv against the tables in
// score.py itself, so that a change to the reference scorer that is not
// copied here fails even where no test case exercises it.
func TestTablesMatchScorePy(t *testing.T) {
	script := filepath.Join("..", "..", "shared", "gold", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skip("no ../shared/gold/score.py beside the repository")
	}
	if _, err := os.Stat("/usr/bin/python3"); err != nil {
		t.Skip("no /usr/bin/python3")
	}
	out, err := exec.Command("/usr/bin/python3", "-c", dumpTables, script).Output()
	if err != nil {
		t.Fatalf("reading score.py's tables: %v", err)
	}
	var want struct {
		Stop, Generic []string
		Place, Role   [][]string
		Roleword      [][]string
	}
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("decoding score.py's tables: %v\n%s", err, out)
	}
	if len(want.Roleword) == 0 {
		t.Fatalf("found no role_words pairs in score.py; has the function changed shape?")
	}
	got := loadTables()
	keys := func(m map[string]bool) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	sorted := func(groups [][]string) [][]string {
		var out [][]string
		for _, g := range groups {
			c := append([]string(nil), g...)
			sort.Strings(c)
			out = append(out, c)
		}
		return out
	}
	var pairs [][]string
	for _, p := range got.roleWords {
		pairs = append(pairs, []string{p[0], p[1]})
	}
	for _, c := range []struct {
		name      string
		got, want interface{}
	}{
		{"stop", keys(got.stop), want.Stop},
		{"generic", keys(got.generic), want.Generic},
		{"place", sorted(got.place), want.Place},
		{"role", sorted(got.role), want.Role},
		{"roleword", pairs, want.Roleword},
	} {
		g, _ := json.Marshal(c.got)
		w, _ := json.Marshal(c.want)
		if string(g) != string(w) {
			t.Errorf("data/scoring.tsv %s rows differ from score.py:\n got %s\nwant %s", c.name, g, w)
		}
	}
}

// TestReplaceWord checks role_words' whole-word replacement on the edges
// Python's \b draws: hyphens, apostrophes and digits.
func TestReplaceWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"chairwoman", "chairman"},
		{"vice-chairwoman of the board", "vice-chairman of the board"},
		{"chairwoman's office", "chairman's office"},
		{"chairwomanship", "chairwomanship"},
		{"co_chairwoman", "co_chairwoman"},
		{"chairwoman2", "chairwoman2"},
		{"chairwoman chairwoman", "chairman chairman"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := replaceWord(tt.in, "chairwoman", "chairman"); got != tt.want {
			t.Errorf("replaceWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
