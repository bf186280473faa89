package extract

import "testing"

func TestReadURLDate(t *testing.T) {
	tests := []struct{ url, want string }{
		// year/month/day in the path, as most news sites write it
		{"https://example-news.org/2021/06/18/leaders-meet/", "2021-06-18"},
		{"https://www.example-herald.com/politics/2021/6/8/what-the-leaders-said", "2021-06-08"},
		{"https://example-wire.net/world/2019/12/03", "2019-12-03"},
		// inside a slug
		{"https://portal.example.int/news/10th-ministerial-meeting-2020-03-03_en", "2020-03-03"},
		// year and month as one segment, the day before the slug
		{"https://gov.example.jp/diplomatic/202309/09talks.html", "2023-09-09"},
		// the day and a month name after the year
		{"http://example-sultanate.com/news_server/2008/14_apr_1.html", "2008-04-14"},
		// a timestamp in the query or as a path segment
		{"https://www.example-daily.com/view.php?ud=20241004050622", "2024-10-04"},
		{"https://example.com/article/20230915/summit", "2023-09-15"},
		// the month only
		{"https://example.org/2024/03/ministers-meet-in-capital", "2024-03"},
		// no date
		{"https://example-agency.com/world/1748933", ""},
		{"https://example.org/en/?p=12499&utm_source=rss", ""},
		{"https://example.org/2014-2018-action-plan/", ""},
		{"https://example.org/2021/13/40/", ""},
		{"https://example.org/2021/02/30/", ""},
		{"https://2021.example.org/06/18/", ""},
		{"", ""},
		{"not a url at all", ""},
	}
	for _, tt := range tests {
		if got := readURLDate(tt.url); got != tt.want {
			t.Errorf("readURLDate(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// A document without a front-matter date takes its URL's; a stated date
// always wins.
func TestReadDateFromURL(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"text, url only", "---\nurl: https://example-news.org/2021/06/18/leaders-meet/\n---\nThe two leaders met on Thursday.\n", "2021-06-18"},
		{"text, front matter wins", "---\ndate: 2021-06-20\nurl: https://example-news.org/2021/06/18/leaders-meet/\n---\nBody.\n", "2021-06-20"},
		{"jsonl, url only", `{"text": "Body.", "url": "https://example.com/view.php?ud=20241004050622"}` + "\n", "2024-10-04"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := "a.txt"
			if tt.content[0] == '{' {
				name = "a.jsonl"
			}
			docs, err := readAll(t, name, tt.content)
			if err != nil || len(docs) != 1 {
				t.Fatalf("read: %v, %d documents", err, len(docs))
			}
			if docs[0].Date != tt.want {
				t.Errorf("Date = %q, want %q", docs[0].Date, tt.want)
			}
		})
	}
}
