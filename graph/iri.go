package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold lowers s and strips diacritics so that spellings that differ only in
// accents or case ("Erdoğan", "ERDOGAN") land on the same entity.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// Slug folds s and keeps only letters and digits, joined by single dashes.
// Letters of any script are kept so that non-Latin names stay distinct; the
// result is always safe inside an IRI.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		// Names made only of punctuation still need a stable, distinct key.
		return "x" + shortHash(s)
	}
	return b.String()
}

// shortHash is the first 16 hex digits of sha256 over the parts, each
// terminated by a zero byte so that ("ab","c") and ("a","bc") differ.
func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// DocKey is the key of a document: the slug of its base file name.
func DocKey(name string) string { return Slug(path.Base(strings.ReplaceAll(name, `\`, "/"))) }

// Entity IRIs. They depend only on the identifying fields so that the same
// entity read from any document lands on the same node.

// DocIRI is the node of a document; it is also the label of every quad the
// document contributed.
func DocIRI(name string) string { return EntityPrefix + "doc:" + DocKey(name) }

// PersonIRI is the node of a person by display name.
func PersonIRI(name string) string { return EntityPrefix + "person:" + Slug(name) }

// CountryIRI is the node of a country or organisation.
func CountryIRI(name string) string { return EntityPrefix + "country:" + Slug(name) }

// unknownCountry stands in for the country part of a city IRI when the text
// names the city but no country.
const unknownCountry = "unknown"

// CityIRI is the node of a city; the country is part of the key because city
// names repeat across countries.
func CityIRI(country, city string) string {
	c := unknownCountry
	if strings.TrimSpace(country) != "" {
		c = Slug(country)
	}
	return EntityPrefix + "city:" + c + ":" + Slug(city)
}

// CommissionIRI is the node of a commission.
func CommissionIRI(name string) string { return EntityPrefix + "commission:" + Slug(name) }

// SentenceIRI is the node of an evidence sentence.
func SentenceIRI(docName string, start, end int) string {
	return EntityPrefix + "sentence:" + DocKey(docName) + ":" + itoa(start) + "-" + itoa(end)
}

// OfficeIRI identifies an office by person, role and country; the date it was
// observed is an attribute, so observations from several documents gather.
func OfficeIRI(person, role, country string) string {
	return EntityPrefix + "office:" + shortHash(Slug(person), normText(role), Slug(country))
}

// ClaimIRI identifies a claim by speaker, value, unit and period: the same
// figure repeated by several documents is one claim with several labels.
func ClaimIRI(speaker string, value float64, unit, period string) string {
	sp := ""
	if strings.TrimSpace(speaker) != "" {
		sp = Slug(speaker)
	}
	return EntityPrefix + "claim:" + shortHash(sp, formatFloat(value), normText(unit), strings.TrimSpace(period))
}

// CommitmentIRI identifies a commitment by its parties (in any order) and
// its normalised text.
func CommitmentIRI(parties []string, text string) string {
	ps := make([]string, 0, len(parties))
	for _, p := range parties {
		ps = append(ps, Slug(p))
	}
	sort.Strings(ps)
	return EntityPrefix + "commitment:" + shortHash(strings.Join(ps, ","), normText(text))
}

// CoChairIRI identifies a person chairing a commission for a side.
func CoChairIRI(person, commission, side string) string {
	return EntityPrefix + "co-chair:" + shortHash(Slug(person), Slug(commission), Slug(side))
}

// PartnershipIRI identifies an unordered pair of countries.
func PartnershipIRI(a, b string) string {
	x, y := Slug(a), Slug(b)
	if y < x {
		x, y = y, x
	}
	return EntityPrefix + "partnership:" + shortHash(x, y)
}

// newMeetingIRI is the id of a meeting no earlier report matched. The
// document key is part of it because two meetings are only merged by the
// compatibility rules, never by accident of equal fields.
func newMeetingIRI(kind string, participants []string, city, date, docName string) string {
	ps := make([]string, 0, len(participants))
	for _, p := range participants {
		ps = append(ps, Slug(p))
	}
	sort.Strings(ps)
	cs := ""
	if city != "" {
		cs = Slug(city)
	}
	return EntityPrefix + meetingKind(kind) + ":" + shortHash(meetingKind(kind), strings.Join(ps, ","), cs, date, DocKey(docName))
}

// meetingKind maps a fact's Kind to the IRI kind: "call" or "meeting".
func meetingKind(kind string) string {
	if strings.EqualFold(strings.TrimSpace(kind), "call") {
		return "call"
	}
	return "meeting"
}

// normText lowers, folds and collapses whitespace and trailing punctuation so
// that trivially different renderings of the same text compare equal.
func normText(s string) string {
	s = strings.Join(strings.Fields(Fold(s)), " ")
	return strings.TrimRight(s, ".;:, ")
}
