package kind

import "testing"

// The STATUS HISTORY cell lists a commitment's reports oldest first, and
// counts the middle ones when there are many, so that a commitment a corpus
// reports a thousand times does not make every row of the table as wide.
func TestHistoryCell(t *testing.T) {
	step := func(date, status string) CommitmentStep { return CommitmentStep{Date: date, Status: status, Doc: "d"} }
	tests := []struct {
		name    string
		history []CommitmentStep
		want    string
	}{
		{"none", nil, ""},
		{"one, undated", []CommitmentStep{step("", "agreed")}, "undated agreed"},
		{"four, all listed", []CommitmentStep{step("2020-01-02", "proposed"), step("2020-03", "agreed"), step("2021", "signed"), step("2022-05-06", "done")},
			"2020-01-02 proposed → 2020-03 agreed → 2021 signed → 2022-05-06 done"},
		{"six, the middle counted", []CommitmentStep{step("2020-01-02", "proposed"), step("2020-03", "agreed"), step("2021", "signed"),
			step("2021-06", "signed"), step("2022", "signed"), step("2022-05-06", "done")},
			"2020-01-02 proposed → 2020-03 agreed → 2021 signed → (2 more) → 2022-05-06 done"},
	}
	for _, tt := range tests {
		if got := historyCell(tt.history); got != tt.want {
			t.Errorf("%s: historyCell = %q, want %q", tt.name, got, tt.want)
		}
	}
}
