package data

import "embed"

// Questions holds the vocabulary of plain-English questions (questions/*.tsv: the words that
// say what is asked, the shape of the answer, time, commitment statuses, fillers and the
// questions to decline), read by package question.
//
//go:embed questions/*.tsv
var Questions embed.FS
