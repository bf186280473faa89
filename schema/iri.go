package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// slugFold lowers s and strips combining marks so that spellings that differ
// only in accents or case ("Erdoğan", "ERDOGAN") land on the same entity.
//
// It is not fact.Fold, on purpose: an IRI is an identity kept in stores
// already built, so what it folds is frozen. fact.Fold is the comparison form
// and may learn more (it already maps ø, ł, ß... that Unicode does not
// decompose, and keeps Hangul decomposed); were slugs to follow it, nodes
// written before would be orphaned by the next build.
func slugFold(s string) string {
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
	for _, r := range slugFold(s) {
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

// NormText lowers, folds and collapses whitespace and trailing punctuation so
// that trivially different renderings of the same text compare equal. It
// keys offices, claims and commitments, so it folds as Slug does.
func NormText(s string) string {
	s = strings.Join(strings.Fields(slugFold(s)), " ")
	return strings.TrimRight(s, ".;:, ")
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

// FormatFloat renders a value the same way for hashing on every platform.
func FormatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

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

// CityKey is the identity of a city as the same-meeting rule compares it:
// the city part of its IRI (the country part is unknown in some reports).
func CityKey(city string) string { return Slug(city) }

// CityKeyOfIRI is CityKey read back from a city IRI.
func CityKeyOfIRI(iri string) string { return iri[strings.LastIndex(iri, ":")+1:] }

// CommissionIRI is the node of a commission.
func CommissionIRI(name string) string { return EntityPrefix + "commission:" + Slug(name) }

// SentenceIRI is the node of an evidence sentence.
func SentenceIRI(docName string, start, end int) string {
	return EntityPrefix + "sentence:" + DocKey(docName) + ":" + strconv.Itoa(start) + "-" + strconv.Itoa(end)
}

// OfficeIRI identifies an office by person, role and country; the date it was
// observed is an attribute, so observations from several documents gather.
func OfficeIRI(person, role, country string) string {
	return EntityPrefix + "office:" + shortHash(Slug(person), NormText(role), Slug(country))
}

// ClaimIRI identifies a claim by speaker, value, unit and period: the same
// figure repeated by several documents is one claim with several labels.
func ClaimIRI(speaker string, value float64, unit, period string) string {
	sp := ""
	if strings.TrimSpace(speaker) != "" {
		sp = Slug(speaker)
	}
	return EntityPrefix + "claim:" + shortHash(sp, FormatFloat(value), NormText(unit), strings.TrimSpace(period))
}

// CommitmentIRI identifies a commitment by its parties (in any order) and
// its normalised text.
func CommitmentIRI(parties []string, text string) string {
	ps := make([]string, 0, len(parties))
	for _, p := range parties {
		ps = append(ps, Slug(p))
	}
	sort.Strings(ps)
	return EntityPrefix + "commitment:" + shortHash(strings.Join(ps, ","), NormText(text))
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

// MeetingIRI is the id of a meeting no earlier report matched. The
// document key is part of it because two meetings are only merged by the
// same-meeting rule, never by accident of equal fields.
func MeetingIRI(kind string, participants []string, city, date, docName string) string {
	ps := make([]string, 0, len(participants))
	for _, p := range participants {
		ps = append(ps, Slug(p))
	}
	sort.Strings(ps)
	cs := ""
	if city != "" {
		cs = Slug(city)
	}
	k := MeetingKind(kind)
	return EntityPrefix + k + ":" + shortHash(k, strings.Join(ps, ","), cs, date, DocKey(docName))
}

// MeetingKind maps a fact's Kind to the IRI kind: "call" or "meeting".
func MeetingKind(kind string) string {
	if strings.EqualFold(strings.TrimSpace(kind), "call") {
		return "call"
	}
	return "meeting"
}

// VisitIRI identifies a visit by visitor, host country and the month of
// its date, so that the documents reporting one visit share its node
// whether they give the day or only the month ("2023-05-02", "2023-05"); a
// visitor seldom goes to one country twice in a month. A visit no document
// dates stays with the document that reports it: the same visitor goes to
// the same country many times.
func VisitIRI(visitor, host, date, docName string) string {
	date = strings.TrimSpace(date)
	if len(date) > len("2006-01") {
		date = date[:len("2006-01")]
	}
	doc := ""
	if date == "" {
		doc = DocKey(docName)
	}
	return EntityPrefix + "visit:" + shortHash(Slug(visitor), Slug(host), date, doc)
}
