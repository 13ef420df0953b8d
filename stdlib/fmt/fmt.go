// Package fmt: formatted I/O with Go 1.19's verbs and output (gosub's
// standard library).  The formatting itself is native (vm/rt_fmt.c);
// writers other than os.Stdout/os.Stderr get the text through Write.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method,
// which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method.  gosub
// declares it so such programs compile, but does not call Format: values
// print with the default formats.
type Formatter interface {
	Format(f State, verb rune)
}

// Print formats using the default formats and writes to standard output.
// Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error)

// Println formats using the default formats and writes to standard
// output, with spaces between operands and a newline at the end.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard
// output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats using the default formats and returns the string.
func Sprint(a ...any) string

// Sprintln is Println returning the string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, a ...any) string

func fprint(fd int, a []any) (n int, err error)
func fprintln(fd int, a []any) (n int, err error)
func fprintf(fd int, format string, a []any) (n int, err error)

// errorf formats like Sprintf and also returns the %w operand.
func errorf(format string, a []any) (string, error)

// Fprint formats using the default formats and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return fprint(int(f.Fd()), a)
	}
	return w.Write([]byte(Sprint(a...)))
}

// Fprintln formats like Println and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return fprintln(int(f.Fd()), a)
	}
	return w.Write([]byte(Sprintln(a...)))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	if f, ok := w.(*os.File); ok {
		return fprintf(int(f.Fd()), format, a)
	}
	return w.Write([]byte(Sprintf(format, a...)))
}

// Append formats using the default formats, appends the result to the
// byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	return append(b, Sprint(a...)...)
}

// Appendf formats according to a format specifier and appends the result.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, Sprintf(format, a...)...)
}

// Appendln formats like Println and appends the result.
func Appendln(b []byte, a ...any) []byte {
	return append(b, Sprintln(a...)...)
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

// Errorf formats according to a format specifier and returns the string
// as an error.  With a %w verb the error's Unwrap returns its operand.
func Errorf(format string, a ...any) error {
	s, w := errorf(format, a)
	if w == nil {
		return errors.New(s)
	}
	return &wrapError{s, w}
}
