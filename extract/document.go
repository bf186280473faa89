package extract

import "github.com/diplograph/diplograph/fact"

// Document is the unit Read yields and Extract reads: fact.Document.
type Document = fact.Document
