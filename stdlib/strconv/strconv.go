// Package strconv: conversions to and from string representations of
// basic data types (gosub's standard library, Go 1.19 API and errors).
// Formatting, quoting and the parsing loops are native (vm/rt_strconv.c,
// vm/rt_float.c); this file builds Go's *NumError values.
package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 64

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ...)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// status codes of the parsing natives
const (
	stOK = iota
	stSyntax
	stRange
	stBase
	stBitSize
	stRange2 // out of range, the unsigned digits alone too
)

func numError(fn, s string, st int, base, bitSize int) *NumError {
	switch st {
	case stSyntax:
		return &NumError{fn, s, ErrSyntax}
	case stRange2:
		// Go's ParseInt drops the range error of the ParseUint it calls
		// and makes its own: two allocations
		_ = rangeError(fn, s)
		return rangeError(fn, s)
	case stRange:
		return rangeError(fn, s)
	case stBase:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func rangeError(fn, s string) *NumError {
	return &NumError{fn, s, ErrRange}
}

//go:noescape
func parseUint(s string, base int, bitSize int) (uint64, int)

//go:noescape
func parseInt(s string, base int, bitSize int) (int64, int)

//go:noescape
func parseFloat(s string, bitSize int) (float64, int)

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is
// not permitted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, st := parseUint(s, base, bitSize)
	if st != stOK {
		return v, numError("ParseUint", s, st, base, bitSize)
	}
	return v, nil
}

// ParseInt interprets a string s in the given base (0, 2 to 36) and bit
// size (0 to 64) and returns the corresponding value i.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, st := parseInt(s, base, bitSize)
	if st != stOK {
		return v, numError("ParseInt", s, st, base, bitSize)
	}
	return v, nil
}

// Atoi is equivalent to ParseInt(s, 10, 0), converted to type int.
func Atoi(s string) (int, error) {
	v, st := parseInt(s, 10, 0)
	if st != stOK {
		return int(v), numError("Atoi", s, st, 10, 0)
	}
	return int(v), nil
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, st := parseFloat(s, bitSize)
	if st != stOK {
		return v, numError("ParseFloat", s, st, 10, bitSize)
	}
	return v, nil
}

// ParseBool returns the boolean value represented by the string.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// FormatBool returns "true" or "false" according to the value of b.
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// FormatInt returns the string representation of i in the given base,
// for 2 <= base <= 36.
func FormatInt(i int64, base int) string

// FormatUint returns the string representation of i in the given base.
func FormatUint(i uint64, base int) string

// Itoa is equivalent to FormatInt(int64(i), 10).
func Itoa(i int) string

// FormatFloat converts the floating-point number f to a string, according
// to the format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x', 'X') and
// precision prec (-1: the fewest digits that read back exactly).  Like
// Go's, it appends to a fresh buffer of max(prec+4, 24) bytes and copies
// that into the string: two allocations, and more when the text outgrows
// the buffer.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	n := prec + 4
	if n < 24 {
		n = 24
	}
	return string(AppendFloat(make([]byte, 0, n), f, fmt, prec, bitSize))
}

// AppendInt appends the string form of the integer i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	var buf [72]byte
	u := uint64(i)
	if i < 0 {
		u = -u
	}
	n := formatBits(buf[:], u, base, i < 0)
	return append(dst, buf[n:]...)
}

// AppendUint appends the string form of the unsigned integer i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	var buf [72]byte
	n := formatBits(buf[:], i, base, false)
	return append(dst, buf[n:]...)
}

// formatBits writes the digits of u (negated when neg) in base at the end
// of buf and returns where they start: the Append functions then allocate
// nothing but dst's growth, as Go's.
//
//go:noescape
func formatBits(buf []byte, u uint64, base int, neg bool) int

// The Append functions below allocate what Go's do: nothing when dst has
// room, else dst's growth at the same points and to the same capacities.
// Their natives (appendFloat, appendQuoted, appendQuotedRune) write the
// text into dst's spare capacity, or, when a piece of it would not fit,
// return need: the length Go's strconv asks append for where dst grows.
// grow makes that growth and the native is called again.

// AppendFloat appends the string form of the floating-point number f.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	n, need := appendFloat(dst, f, fmt, prec, bitSize)
	for need != 0 {
		dst = grow(dst, need)
		n, need = appendFloat(dst, f, fmt, prec, bitSize)
	}
	return dst[:n]
}

//go:noescape
func appendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) (n, need int)

// zeros fills grow's append: a piece is at most a float's 800 digits
var zeros [800]byte

// grow returns dst (same length) with the capacity append gives a slice of
// capacity cap(dst) that must hold need bytes.
func grow(dst []byte, need int) []byte {
	return append(dst[:cap(dst)], zeros[:need-cap(dst)]...)[:len(dst)]
}

// AppendBool appends "true" or "false", according to the value of b.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// flags of appendQuoted and appendQuotedRune (QUOTE_ASCII, QUOTE_GRAPHIC
// in vm/rt.h)
const (
	quoteASCII   = 1
	quoteGraphic = 2
)

// AppendQuote appends a double-quoted Go string literal representing s.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, 0)
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, quoteASCII)
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuotedWith(dst, s, quoteGraphic)
}

// appendQuotedWith: Go first gives dst room for s and two quotes when it
// has less than len(s) bytes free, then appends the quoted text.
func appendQuotedWith(dst []byte, s string, flags int) []byte {
	if cap(dst)-len(dst) < len(s) {
		room := make([]byte, len(dst), len(dst)+len(s)+2)
		copy(room, dst)
		dst = room
	}
	n, need := appendQuoted(dst, s, flags)
	for need != 0 {
		dst = grow(dst, need)
		n, need = appendQuoted(dst, s, flags)
	}
	return dst[:n]
}

//go:noescape
func appendQuoted(dst []byte, s string, flags int) (n, need int)

// AppendQuoteRune appends a single-quoted Go character literal.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, 0)
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, quoteASCII)
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRuneWith(dst, r, quoteGraphic)
}

func appendQuotedRuneWith(dst []byte, r rune, flags int) []byte {
	n, need := appendQuotedRune(dst, r, flags)
	for need != 0 {
		dst = grow(dst, need)
		n, need = appendQuotedRune(dst, r, flags)
	}
	return dst[:n]
}

//go:noescape
func appendQuotedRune(dst []byte, r rune, flags int) (n, need int)

// The Quote functions quote into a fresh buffer, as Go's do (3*len(s)/2
// bytes for a string, none for a rune), and copy it into the string.

// Quote returns a double-quoted Go string literal representing s.
func Quote(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, 0))
}

// QuoteToASCII is Quote with every non-ASCII character escaped.
func QuoteToASCII(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, quoteASCII))
}

// QuoteToGraphic is Quote leaving Unicode graphic characters unescaped.
func QuoteToGraphic(s string) string {
	return string(appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, quoteGraphic))
}

// QuoteRune returns a single-quoted Go character literal representing r.
func QuoteRune(r rune) string {
	return string(appendQuotedRuneWith(nil, r, 0))
}

// QuoteRuneToASCII is QuoteRune with non-ASCII characters escaped.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRuneWith(nil, r, quoteASCII))
}

// QuoteRuneToGraphic is QuoteRune leaving graphic characters unescaped.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRuneWith(nil, r, quoteGraphic))
}

// CanBackquote reports whether s can be represented unchanged as a
// single-line backquoted string.
//
//go:noescape
func CanBackquote(s string) bool

// IsPrint reports whether r is printable, as unicode.IsPrint.
func IsPrint(r rune) bool

// IsGraphic reports whether r is a Unicode graphic character.
func IsGraphic(r rune) bool

//go:noescape
func unquote(s string) (string, bool)

// Unquote interprets s as a single-quoted, double-quoted, or backquoted
// Go string literal, returning the string value that s quotes.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}
