package fact

import "strings"

// MetricFamily groups the names of one measure, so that claims about it can
// be compared: a growth rate of trade and an amount of trade are about the
// same thing. The store's conflict links and `ask conflicts` both use it.
func MetricFamily(metric string) string {
	f := strings.Join(strings.Fields(Fold(metric)), " ")
	for _, suffix := range []string{" growth", " volume"} {
		f = strings.TrimSuffix(f, suffix)
	}
	if strings.Contains(f, "trade") || strings.Contains(f, "turnover") {
		return "trade"
	}
	return f
}
