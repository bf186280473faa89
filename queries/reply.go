package queries

import "github.com/diplograph/diplograph/question"

// JSON is the value `ask --json` prints and the HTTP API returns as a
// reply's answers (see `ask --help`): for a list, the array of its rows'
// JSON (the gold format's fields for the scored questions); for several
// sections, an object of arrays by section name; a count or yes/no is
// {"question", "count", ("answer",) "rows"}; a profile is an object of its
// sections with the person's or country's name under its kind; a search,
// its hits.
func (r Reply) JSON() any {
	q := r.Query
	rows := func(s Section) []any {
		out := make([]any, 0, len(s.Rows))
		for _, row := range s.Rows {
			out = append(out, row.JSON(r.Evidence))
		}
		return out
	}
	switch {
	case q.Topic == question.TopicSearch:
		out := make([]any, 0, len(r.Hits))
		for _, h := range r.Hits {
			facts := h.Facts
			if facts == nil {
				facts = []string{}
			}
			out = append(out, map[string]any{"doc": h.Doc, "line": h.Line, "sentence": h.Text, "facts": facts, "score": h.Score})
		}
		return out
	case q.Topic == question.TopicProfile && len(q.Parties) == 1:
		out := map[string]any{string(q.Parties[0].Kind): q.Parties[0].Name}
		for _, s := range r.Sections {
			out[s.Name] = rows(s)
		}
		return out
	}
	var body any
	if len(r.Sections) == 1 {
		body = rows(r.Sections[0])
	} else {
		m := map[string]any{}
		for _, s := range r.Sections {
			m[s.Name] = rows(s)
		}
		body = m
	}
	switch {
	case r.Yes != nil:
		ans := "no"
		if *r.Yes {
			ans = "yes"
		}
		return map[string]any{"question": q.Question, "count": r.Count, "answer": ans, "rows": body}
	case q.Shape == question.ShapeCount:
		return map[string]any{"question": q.Question, "count": r.Count, "rows": body}
	}
	return body
}
