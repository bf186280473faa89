package main

import (
	"context"
	"reflect"
	"strings"
	"unsafe"

	"github.com/diplograph/diplograph/fact"
)

// compactingExtractor drops the text of each report it extracts, for a
// run that only writes the facts out: the facts of the whole corpus are
// held until the merge, and a fact's strings are pieces of its document's
// text, which keep all of it alive. The pieces the facts hold are copied
// out of the text (once each in a document), so that the text goes.
type compactingExtractor struct{ extractor }

func (c compactingExtractor) Extract(ctx context.Context, d fact.Document) (fact.Report, error) {
	r, err := c.extractor.Extract(ctx, d)
	if err == nil {
		compactReport(&r)
	}
	return r, err
}

// compactReport drops r.Doc.Text and copies the strings of r that are
// pieces of it, the same pieces to the same copy. Every string field of
// the report is visited, whatever the fact types hold.
func compactReport(r *fact.Report) {
	text := r.Doc.Text
	r.Doc.Text = ""
	if text == "" {
		return
	}
	c := compactor{text: text, copies: map[string]string{}}
	c.visit(reflect.ValueOf(r).Elem())
}

type compactor struct {
	text   string
	copies map[string]string
}

// within reports whether s lies in the bytes of the text.
func (c *compactor) within(s string) bool {
	if s == "" {
		return false
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(c.text)))
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p >= start && p < start+uintptr(len(c.text))
}

func (c *compactor) copyOf(s string) string {
	if !c.within(s) {
		return s
	}
	if k, ok := c.copies[s]; ok {
		return k
	}
	k := strings.Clone(s)
	c.copies[s] = k
	return k
}

func (c *compactor) visit(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); v.CanSet() && c.within(s) {
			v.SetString(c.copyOf(s))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			c.visit(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			c.visit(v.Index(i))
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			c.visit(v.Elem())
		}
	case reflect.Map:
		if !v.CanSet() {
			return // an unexported field: left as it is, as its strings
		}
		// map values are not addressable: each is copied, visited and put
		// back
		iter := v.MapRange()
		for iter.Next() {
			val := reflect.New(iter.Value().Type()).Elem()
			val.Set(iter.Value())
			c.visit(val)
			v.SetMapIndex(iter.Key(), val)
		}
	}
}
