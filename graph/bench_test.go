package graph

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/fact"
)

// syntheticDocs makes n documents over a small cast so that meetings merge
// and claims conflict as they do in a real corpus.
func syntheticDocs(n int) []fact.Facts {
	docs := make([]fact.Facts, n)
	for i := range docs {
		a, b := fmt.Sprintf("Person %d", i%17), fmt.Sprintf("Person %d", (i+5)%17)
		country := fmt.Sprintf("Country %d", i%7)
		f := fact.Facts{Doc: fact.Document{Name: fmt.Sprintf("doc%04d.txt", i), Title: fmt.Sprintf("Report %d", i),
			Date: fmt.Sprintf("2023-%02d-%02d", i%12+1, i%28+1), Hash: fmt.Sprintf("%064d", i)}}
		f.People = []fact.Person{{Name: a, Country: country}, {Name: b}}
		for j := 0; j < 5; j++ {
			e := ev(j*100, j*100+90, j+1, fmt.Sprintf("Sentence %d of report %d.", j, i))
			f.Offices = append(f.Offices, fact.Office{Person: a, Role: "Minister", Country: country, Evidence: e})
			f.Meetings = append(f.Meetings, fact.Meeting{Kind: "meeting", Participants: []string{a, b},
				City: fmt.Sprintf("City %d", (i+j)%11), Country: country, Date: fmt.Sprintf("2023-%02d-%02d", j+1, i%28+1), Evidence: e})
			f.Claims = append(f.Claims, fact.Claim{Speaker: a, Metric: "trade turnover", Value: float64(1000 + i*j),
				Unit: "USD", Period: fmt.Sprintf("%d", 2015+j), Evidence: e})
			f.Commitments = append(f.Commitments, fact.Commitment{Parties: []string{country, "Country X"},
				Text: fmt.Sprintf("plan %d", j), Status: fact.StatusAgreed, Evidence: e})
		}
		f.Partners = []fact.Partnership{{A: country, B: "Country X"}}
		f.CoChairs = []fact.CoChair{{Person: a, Commission: "Commission", Country: country}}
		docs[i] = f
	}
	return docs
}

func BenchmarkWrite(b *testing.B) {
	docs := syntheticDocs(200)
	for _, bk := range []string{BackendBolt, BackendMemstore} {
		b.Run(bk, func(b *testing.B) {
			ctx := context.Background()
			quads := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cfg := Config{Backend: bk}
				if bk == BackendBolt {
					cfg.Path = filepath.Join(b.TempDir(), "bench.db")
				}
				s, err := Open(ctx, cfg, true)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				st, err := s.Write(ctx, docs)
				if err != nil {
					b.Fatal(err)
				}
				quads = st.Quads
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkRewrite measures a second build of the same documents, which
// should find nothing to change.
func BenchmarkRewrite(b *testing.B) {
	ctx := context.Background()
	docs := syntheticDocs(200)
	s, err := Open(ctx, Config{Path: filepath.Join(b.TempDir(), "bench.db")}, true)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Write(ctx, docs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		st, err := s.Write(ctx, docs)
		if err != nil {
			b.Fatal(err)
		}
		if st.Added+st.Removed != 0 {
			b.Fatalf("rewrite changed %d quads", st.Added+st.Removed)
		}
	}
}

// BenchmarkLoadNQuads loads the N-Quads of synthetic documents into a new
// bolt store (the bulk writer) and a memstore (Cayley's writer).
func BenchmarkLoadNQuads(b *testing.B) {
	ctx := context.Background()
	var src bytes.Buffer
	if err := WriteNQuads(&src, Convert(syntheticDocs(100))); err != nil {
		b.Fatal(err)
	}
	for _, bk := range []string{BackendBolt, BackendMemstore} {
		b.Run(bk, func(b *testing.B) {
			quads := 0
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cfg := Config{Backend: bk}
				if bk == BackendBolt {
					cfg.Path = filepath.Join(b.TempDir(), "bench.db")
				}
				s, err := Open(ctx, cfg, true)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				n, err := s.LoadNQuads(ctx, bytes.NewReader(src.Bytes()), "bench.nq")
				if err != nil {
					b.Fatal(err)
				}
				quads = n
				b.StopTimer()
				s.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(quads)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

// BenchmarkFill writes a corpus of several batches into a new bolt file
// (committed without fsync, synced once at the end) and into one that
// holds a document already (synced every commit).
func BenchmarkFill(b *testing.B) {
	reports := manyBatches(b)
	for _, holding := range []bool{false, true} {
		name := "new"
		if holding {
			name = "holding"
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s, err := Open(ctx, Config{Path: filepath.Join(b.TempDir(), "fill.db")}, true)
				if err != nil {
					b.Fatal(err)
				}
				if holding {
					if _, err := s.Write(ctx, syntheticDocs(1)[:1]); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				if _, err := s.Update(ctx, reports, asMerged, WriteOptions{}); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				s.Close()
			}
		})
	}
}
