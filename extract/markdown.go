package extract

import (
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/fact"
)

// isMarkdown reports whether a document was written in Markdown.
func isMarkdown(d fact.Document) bool {
	switch strings.ToLower(filepath.Ext(strings.SplitN(d.Name, "#", 2)[0])) {
	case ".md", ".markdown":
		return true
	}
	return false
}

// blankMarkdown returns text with Markdown's markup replaced by spaces, byte
// for byte, so that every span of the result indexes the original: headings'
// and list items' markers, emphasis, inline code, and a link's brackets and
// address (its words stay).
func blankMarkdown(text string) string {
	b := []byte(text)
	lineStart := true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c == '\n' {
			lineStart = true
			continue
		}
		if lineStart {
			lineStart = false
			j := i
			for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
				j++
			}
			k := j
			for k < len(b) && b[k] == '#' {
				k++
			}
			if k > j && k < len(b) && b[k] == ' ' { // "## Heading"
				blank(b, j, k)
			} else if j+1 < len(b) && (b[j] == '-' || b[j] == '*' || b[j] == '+' || b[j] == '>') && b[j+1] == ' ' { // "- item", "> quote"
				blank(b, j, j+1)
			}
			i = j - 1
			continue
		}
		switch c {
		case '*', '`':
			b[i] = ' '
		case '_':
			// emphasis, not a snake_case word
			if i == 0 || i+1 == len(b) || !isWordByte(b[i-1]) || !isWordByte(b[i+1]) {
				b[i] = ' '
			}
		case '!':
			if i+1 < len(b) && b[i+1] == '[' {
				b[i] = ' '
			}
		case '[':
			// "[words](address)": keep the words
			close := strings.IndexByte(string(b[i:]), ']')
			if close < 0 || strings.ContainsRune(string(b[i:i+close]), '\n') {
				continue
			}
			end := i + close
			if end+1 < len(b) && b[end+1] == '(' {
				paren := strings.IndexByte(string(b[end+1:]), ')')
				if paren > 0 && !strings.ContainsRune(string(b[end+1:end+1+paren]), '\n') {
					b[i] = ' '
					blank(b, end, end+2+paren)
				}
			}
		}
	}
	return string(b)
}

func blank(b []byte, from, to int) {
	for k := from; k < to && k < len(b); k++ {
		b[k] = ' '
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
