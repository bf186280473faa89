package serve

// A load test on loopback, bounded in count and in time: 50 clients send
// 5,000 requests, half questions in plain English or by name, half Gizmo
// queries, to `diplograph serve` running as a process of its own, so that
// its memory is its own. It reports p50/p99 latency and the server's
// memory; it asserts no errors and a bound on memory, never a time.
// `make loadtest` prints the figures.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const (
	loadClients  = 50
	loadRequests = 5000
	loadDeadline = 5 * time.Minute // the test stops by itself past this
	// loadMemoryBound is far above what the server needs (see the logged
	// figures) and far below what a leak of 5,000 requests would take.
	loadMemoryBound = 512 << 20
)

// procMemory reads a process's resident memory now and at its peak.
func procMemory(pid int) (rss, peak int64, err error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "VmRSS:":
			rss = n << 10
		case "VmHWM:":
			peak = n << 10
		}
	}
	return rss, peak, nil
}

type loadRequest struct {
	method, path, body string
}

func loadMix() []loadRequest {
	ask := func(q string) loadRequest {
		return loadRequest{"GET", "/api/v1/ask?evidence=1&q=" + url.QueryEscape(q), ""}
	}
	gizmo := func(q string) loadRequest { return loadRequest{"POST", "/api/v2/query?lang=gizmo", q} }
	return []loadRequest{
		ask("who co-chaired which commission"),
		gizmo(`g.V("<dg:Person>").In("<rdf:type>").Tag("person").Out("<dg:name>").Tag("name").All()`),
		ask("meetings"),
		gizmo(`g.V("<dg:Meeting>").In("<rdf:type>").Tag("meeting").Save("<dg:date>", "date").Out("<dg:held-in>").Save("<dg:name>", "city").All()`),
		ask("what figures did Smailov claim"),
		gizmo(`g.V("<urn:diplograph:country:russia>").In("<dg:acts-for>").Tag("p").Out("<dg:attended>").Out("<dg:held-in>").Out("<dg:name>").All()`),
		ask("where was Mishustin"),
		gizmo(`g.Emit(g.V("<dg:Claim>").In("<rdf:type>").Count())`),
		ask("conflicts"),
		gizmo(`g.V("<dg:Commission>").In("<rdf:type>").Tag("c").In("<dg:commission>").Out("<dg:side>").Out("<dg:name>").All()`),
		ask("which countries are partners"),
		gizmo(`g.V().Has("<dg:name>", "Kazakhstan").In("<dg:party>").Out("<dg:text>").All()`),
		ask("timeline Russia and Kazakhstan"),
		gizmo(`g.V("<dg:Office>").In("<rdf:type>").Tag("office").Save("<dg:role>", "role").Out("<dg:of>").Save("<dg:name>", "country").All()`),
		ask("person Smailov"),
		gizmo(`g.V("<dg:Commitment>").In("<rdf:type>").Has("<dg:status>", "signed").Out("<dg:text>").All()`),
		ask("did Mishustin meet Smailov in 2023"),
		gizmo(`g.V("<urn:diplograph:person:mikhail-mishustin>").Out("<dg:attended>").Out("<dg:date>").All()`),
		ask(`search "natural gas"`),
		gizmo(`g.V("<dg:Document>").In("<rdf:type>").Out("<dg:file>").All()`),
	}
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p * float64(len(sorted)-1))
	return sorted[i]
}

func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: 5,000 requests")
	}
	p := startProcess(t, "--dbpath", copyStoreWithIndex(t))
	pid := p.cmd.Process.Pid
	mix := loadMix()
	client := &http.Client{
		Timeout:   time.Minute,
		Transport: &http.Transport{MaxIdleConnsPerHost: loadClients, MaxConnsPerHost: loadClients},
	}
	send := func(ctx context.Context, r loadRequest) (time.Duration, error) {
		var body io.Reader
		if r.body != "" {
			body = strings.NewReader(r.body)
		}
		req, err := http.NewRequestWithContext(ctx, r.method, p.URL+r.path, body)
		if err != nil {
			return 0, err
		}
		start := time.Now()
		res, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		b, err := io.ReadAll(res.Body)
		res.Body.Close()
		d := time.Since(start)
		if err != nil {
			return d, err
		}
		if res.StatusCode != 200 || len(b) == 0 {
			return d, fmt.Errorf("%s %s: status %d: %.200s", r.method, r.path, res.StatusCode, b)
		}
		return d, nil
	}
	// Each request once, so the mix is known to be answerable.
	for _, r := range mix {
		if _, err := send(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	rss0, _, err := procMemory(pid)
	if err != nil {
		t.Fatalf("reading the server's memory: %v", err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), loadDeadline)
	defer cancel()
	var next atomic.Int64
	var mu sync.Mutex
	lat := make([]time.Duration, 0, loadRequests)
	byKind := map[string][]time.Duration{}
	var errs []error
	var wg sync.WaitGroup
	start := time.Now()
	for c := 0; c < loadClients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= loadRequests || ctx.Err() != nil {
					return
				}
				r := mix[i%int64(len(mix))]
				d, err := send(ctx, r)
				kind := "ask"
				if r.method == "POST" {
					kind = "gizmo"
				}
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				} else {
					lat = append(lat, d)
					byKind[kind] = append(byKind[kind], d)
				}
				mu.Unlock()
			}
		}()
	}
	// Sample the server's memory while the clients run.
	var maxRSS int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if rss, _, err := procMemory(pid); err == nil && rss > maxRSS {
					maxRSS = rss
				}
			}
		}
	}()
	wg.Wait()
	close(stop)
	<-sampled
	elapsed := time.Since(start)
	rss1, peak, _ := procMemory(pid)

	if ctx.Err() != nil {
		t.Fatalf("the load test ran past its %s bound: %d of %d requests done", loadDeadline, len(lat)+len(errs), loadRequests)
	}
	if len(errs) > 0 {
		t.Errorf("%d of %d requests failed; the first: %v", len(errs), loadRequests, errs[0])
	}
	if len(lat) != loadRequests-len(errs) {
		t.Errorf("%d latencies for %d requests", len(lat), loadRequests)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	mb := func(b int64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
	t.Logf("load: %d requests (%d clients, ask and Gizmo alternating) in %s: %.0f requests/s, %d errors",
		len(lat)+len(errs), loadClients, elapsed.Round(time.Millisecond), float64(len(lat))/elapsed.Seconds(), len(errs))
	t.Logf("load: latency p50 %s, p90 %s, p99 %s, max %s",
		percentile(lat, .50).Round(time.Microsecond), percentile(lat, .90).Round(time.Microsecond),
		percentile(lat, .99).Round(time.Microsecond), lat[len(lat)-1].Round(time.Microsecond))
	for _, k := range []string{"ask", "gizmo"} {
		l := byKind[k]
		sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
		t.Logf("load: %-5s %4d requests, p50 %s, p99 %s", k, len(l), percentile(l, .50).Round(time.Microsecond), percentile(l, .99).Round(time.Microsecond))
	}
	t.Logf("load: server memory (RSS) %s before, %s at most while loaded, %s after; peak of the process %s",
		mb(rss0), mb(maxRSS), mb(rss1), mb(peak))
	if peak > loadMemoryBound {
		t.Errorf("the server's peak memory %s is over the %s bound", mb(peak), mb(loadMemoryBound))
	}
}
