// Package termtext makes text from documents and stores safe and readable on
// a terminal: control characters escaped rather than obeyed, display widths
// measured the way a terminal draws them, and tables fitted to a width.
//
// Anything a document says can reach a terminal through an answer, an
// evidence sentence or an error message. A raw ESC or CSI there is an
// instruction to the terminal (clear the screen, set the window title,
// write the clipboard), so every byte diplograph prints for people goes
// through Line, Text or a Table; JSON output goes through EscapeJSON.
package termtext

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// unsafe reports the runes a terminal may act on instead of drawing: C0
// controls, DEL, C1 controls (U+0080..U+009F, which some terminals take as
// 8-bit CSI/OSC), and the bidirectional overrides and isolates that reorder
// what is drawn around them.
func unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// escape writes the visible form of an unsafe rune: \x1b for ASCII
// controls, \u009b above.
func escape(b *strings.Builder, r rune) {
	if r < 0x80 {
		fmt.Fprintf(b, `\x%02x`, r)
		return
	}
	fmt.Fprintf(b, `\u%04x`, r)
}

// Text makes multi-line text safe to print: newlines and tabs are kept,
// every other control character is shown escaped, and invalid UTF-8 becomes
// U+FFFD.
func Text(s string) string {
	if isSafe(s, true) {
		return s
	}
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\r':
			// A bare CR returns the cursor and overdraws the line.
			escape(&b, r)
		case unsafe(r):
			escape(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Line makes text safe for one line of a table or message: runs of white
// space (newlines included) become one space, and control characters are
// shown escaped.
func Line(s string) string {
	if lineReady(s) {
		return s
	}
	s = strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
	if isSafe(s, false) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafe(r) {
			escape(&b, r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lineReady says Line would leave s as it is: valid UTF-8 with nothing
// unsafe, whose only spaces are single ASCII spaces between words, as
// nearly every cell is. It is one pass, bytes for ASCII and runes only
// beyond it (cells of a long answer are checked by the thousand).
func lineReady(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unsafe(r) {
			return false
		}
		i += n
	}
	return true
}

// lineWidth is Line(s) and its Width, measured in the pass that finds s
// ready as it is (nearly every cell): a table's cells are read once, not
// twice.
func lineWidth(s string) (string, int) {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
				l := Line(s)
				return l, Width(l)
			}
			w++
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || unsafe(r) {
			l := Line(s)
			return l, Width(l)
		}
		w += RuneWidth(r)
		i += n
	}
	return s, w
}

func isSafe(s string, layout bool) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unsafe(r) && !(layout && (r == '\n' || r == '\t')) {
			return false
		}
	}
	return true
}

// EscapeJSON escapes, inside JSON text, the characters encoding/json leaves
// raw that a terminal may act on: DEL, the C1 controls and the bidi
// controls. JSON allows them raw only inside strings, where \uXXXX means the
// same, so the document decodes to exactly the same values.
func EscapeJSON(b []byte) []byte {
	if !bytes.ContainsFunc(b, func(r rune) bool { return r >= 0x7f && unsafe(r) }) {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r >= 0x7f && unsafe(r) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[:n]...)
		}
		b = b[n:]
	}
	return out
}

// RuneWidth is the number of terminal cells r takes: 2 for East Asian wide
// and full-width characters, 0 for combining marks and zero-width
// characters, 1 otherwise.
func RuneWidth(r rune) int {
	switch {
	case r < utf8.RuneSelf:
		return 1 // ASCII: neither combining nor wide (the lookups below say 1 too)
	case r == 0x200b || r == 0x200c || r == 0x200d || r == 0xfeff:
		return 0
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// Width is the number of terminal cells s takes on one line.
func Width(s string) int {
	n := 0
	for n < len(s) && s[n] < utf8.RuneSelf {
		n++ // one cell per ASCII byte, the commonest case, without decoding
	}
	if n == len(s) {
		return n
	}
	for _, r := range s[n:] {
		n += RuneWidth(r)
	}
	return n
}

// ellipsis marks text cut to fit.
const ellipsis = "…"

// Truncate cuts s to at most w cells, ending it with an ellipsis when
// something was cut.
func Truncate(s string, w int) string {
	if Width(s) <= w {
		return s
	}
	if w <= 0 {
		return ""
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := RuneWidth(r)
		if used+rw > w-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return strings.TrimRight(b.String(), " ") + ellipsis
}

// Wrap breaks s into lines of at most w cells, at spaces where it can and
// inside a word longer than a line where it must.
func Wrap(s string, w int) []string {
	if w <= 0 || Width(s) <= w {
		return []string{s}
	}
	var lines []string
	var cur strings.Builder
	curW := 0
	flush := func() {
		lines = append(lines, cur.String())
		cur.Reset()
		curW = 0
	}
	for _, word := range strings.Fields(s) {
		ww := Width(word)
		if curW > 0 && curW+1+ww <= w {
			cur.WriteByte(' ')
			cur.WriteString(word)
			curW += 1 + ww
			continue
		}
		if curW > 0 {
			flush()
		}
		for ww > w {
			// A word wider than the line: cut it at the width.
			var part strings.Builder
			pw := 0
			rest := word
			for i, r := range word {
				rw := RuneWidth(r)
				if pw+rw > w {
					rest = word[i:]
					break
				}
				part.WriteRune(r)
				pw += rw
			}
			lines = append(lines, part.String())
			word, ww = rest, Width(rest)
		}
		cur.WriteString(word)
		curW = ww
	}
	if curW > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}
