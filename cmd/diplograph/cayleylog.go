package main

import (
	"fmt"
	"log/slog"
	"os"
	"regexp"

	"github.com/cayleygraph/cayley/clog"
)

// cayleyLog sends Cayley's own log lines to our logger at debug level
// (-v): they repeat errors diplograph reports itself ("Couldn't open
// database at ..."), print notices on every PostgreSQL build ("cannot init;
// database already exists"), and quote the connection string, password
// included.
type cayleyLog struct{ log *slog.Logger }

var passwordRE = regexp.MustCompile(`(password=)\S+|(://[^:/@\s]*:)[^@\s]*@`)

func (c cayleyLog) emit(level, format string, args ...interface{}) {
	msg := passwordRE.ReplaceAllString(fmt.Sprintf(format, args...), "$1$2***")
	c.log.Debug("cayley " + level + ": " + msg)
}

func (c cayleyLog) Infof(format string, args ...interface{})    { c.emit("info", format, args...) }
func (c cayleyLog) Warningf(format string, args ...interface{}) { c.emit("warning", format, args...) }
func (c cayleyLog) Errorf(format string, args ...interface{})   { c.emit("error", format, args...) }

// Fatalf is what Cayley calls when it cannot go on; it exits as Cayley's
// own logger would, but says why first whatever the log level.
func (c cayleyLog) Fatalf(format string, args ...interface{}) {
	c.log.Error("cayley: " + passwordRE.ReplaceAllString(fmt.Sprintf(format, args...), "$1$2***"))
	os.Exit(exitError)
}
func (c cayleyLog) V(level int) bool { return false }
func (c cayleyLog) SetV(level int)   {}

var _ clog.Logger = cayleyLog{}
