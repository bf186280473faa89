package serve

import (
	"net/url"
	"testing"
)

// One request at a time, on loopback, over the demo store: the cost of a
// request without the queueing the load test adds.
func BenchmarkServeAsk(b *testing.B) {
	ts := startServer(b, Config{}, "")
	for _, q := range []string{"who co-chaired which commission", "meetings", "where was Mishustin",
		"did Mishustin meet Smailov in 2023", "timeline Russia and Kazakhstan", "person Smailov"} {
		path := "/api/v1/ask?evidence=1&q=" + url.QueryEscape(q)
		b.Run(q, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if r := ts.get(b, path); r.Status != 200 {
					b.Fatalf("%d %s", r.Status, r.Body)
				}
			}
		})
	}
}

func BenchmarkServeGizmo(b *testing.B) {
	ts := startServer(b, Config{}, "")
	q := `g.V("<dg:Person>").In("<rdf:type>").Tag("person").Out("<dg:name>").Tag("name").All()`
	for i := 0; i < b.N; i++ {
		if r := ts.post(b, "/api/v2/query?lang=gizmo", q); r.Status != 200 {
			b.Fatalf("%d %s", r.Status, r.Body)
		}
	}
}

func BenchmarkServeEntity(b *testing.B) {
	ts := startServer(b, Config{}, "")
	for i := 0; i < b.N; i++ {
		if r := ts.get(b, "/api/v1/entity/person:alikhan-smailov"); r.Status != 200 {
			b.Fatalf("%d %s", r.Status, r.Body)
		}
	}
}
