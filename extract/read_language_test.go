package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Invented reports, two phrasings per language, long enough to judge.
func TestNotEnglish(t *testing.T) {
	ld, err := NewLanguageDetector()
	if err != nil {
		t.Fatal(err)
	}
	rep := func(s string) string { return strings.Repeat(s+" ", 4) }
	tests := []struct {
		name, text, lang string
		want             bool
		wantLang         string
	}{
		{"English report", rep("Prime Minister Anna Berg of Freedonia met the Foreign Minister of Ruritania in Capitol City on Tuesday, and the two sides said that trade had grown."), "", false, ""},
		{"English transcript", rep("We have discussed the situation in the region with our colleagues, and I am sure that the agreements we signed today will be implemented in full."), "", false, ""},
		{"English with front matter", rep("Das ist egal."), "en-GB", false, ""},
		{"Spanish report", rep("El presidente de Ruritania se reunió con la ministra de Freedonia en la capital para hablar de las relaciones entre los dos países y del comercio."), "", true, "es"},
		{"Spanish statement", rep("Según el comunicado, las partes acordaron que la cooperación económica es una prioridad para sus gobiernos y que se firmará un nuevo acuerdo."), "", true, "es"},
		{"French report", rep("Le président de la Ruritanie a rencontré la ministre des affaires étrangères pour parler de la coopération et des échanges entre les deux pays."), "", true, "fr"},
		{"German report", rep("Der Präsident von Ruritanien hat sich mit der Außenministerin getroffen, um über die Zusammenarbeit und den Handel zwischen den beiden Ländern zu sprechen."), "", true, "de"},
		{"Russian report", rep("Президент Рурритании встретился с министром иностранных дел, и стороны обсудили торговлю и сотрудничество между двумя странами в этом году."), "", true, "ru"},
		{"front matter says so", "Short text.", "es", true, ""},
		{"too short to judge", "Der Präsident traf die Ministerin.", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			why, got := ld.NotEnglish(Document{Name: "x.txt", Text: tt.text, Language: tt.lang})
			if got != tt.want {
				t.Fatalf("NotEnglish = %v (%s), want %v", got, why, tt.want)
			}
			if tt.wantLang != "" && !strings.Contains(why, `"`+tt.wantLang+`"`) {
				t.Errorf("reason %q does not name %s", why, tt.wantLang)
			}
		})
	}
}

func TestReadReportingListsSkippedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := writeFile(dir, name, text); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", "Prime Minister Anna Berg met the Foreign Minister.\n")
	write("page.html", "<html></html>")
	write("report.pdf", "%PDF-1.4")
	write("README", "notes")
	write(".hidden.html", "x")
	var read []string
	skipped := map[string]string{}
	err := ReadReporting(t.Context(), dir, func(d Document) error { read = append(read, d.Name); return nil },
		func(s SkippedFile) { skipped[s.Path[len(dir)+1:]] = s.Reason })
	if err != nil {
		t.Fatal(err)
	}
	if len(read) != 1 || read[0] != "a.txt" {
		t.Errorf("read %v", read)
	}
	for name, want := range map[string]string{"page.html": "HTML", "report.pdf": "pdf", "README": "no file extension"} {
		if !strings.Contains(skipped[name], want) {
			t.Errorf("%s: reason %q, want one mentioning %q", name, skipped[name], want)
		}
	}
	if _, ok := skipped[".hidden.html"]; ok || len(skipped) != 3 {
		t.Errorf("skipped %v: hidden files are left out silently", skipped)
	}
}

func writeFile(dir, name, text string) error {
	return os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
}
