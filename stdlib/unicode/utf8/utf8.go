// Package utf8: UTF-8 encoding and decoding (gosub's standard library, Go
// 1.19 API).  Counting, decoding and validation are native
// (vm/rt_strings.c); invalid input decodes as (RuneError, 1).
package utf8

const (
	RuneError = '\uFFFD'     // the "error" Rune or "Unicode replacement character"
	RuneSelf  = 0x80         // characters below RuneSelf are represented as themselves in a single byte.
	MaxRune   = '\U0010FFFF' // Maximum valid Unicode code point.
	UTFMax    = 4            // maximum number of bytes of a UTF-8 encoded Unicode character.
)

const (
	surrogateMin = 0xD800
	surrogateMax = 0xDFFF
)

// RuneCountInString is like RuneCount but its input is a string.
//
//go:noescape
func RuneCountInString(s string) (n int)

// RuneCount returns the number of runes in p.
//
//go:noescape
func RuneCount(p []byte) int

// DecodeRuneInString unpacks the first UTF-8 encoding in s and returns the
// rune and its width in bytes.
//
//go:noescape
func DecodeRuneInString(s string) (rune, int)

// DecodeRune unpacks the first UTF-8 encoding in p.
//
//go:noescape
func DecodeRune(p []byte) (rune, int)

// DecodeLastRuneInString unpacks the last UTF-8 encoding in s.
//
//go:noescape
func DecodeLastRuneInString(s string) (rune, int)

// DecodeLastRune unpacks the last UTF-8 encoding in p.
//
//go:noescape
func DecodeLastRune(p []byte) (rune, int)

// ValidString reports whether s consists entirely of valid UTF-8.
//
//go:noescape
func ValidString(s string) bool

// Valid reports whether p consists entirely of valid UTF-8.
//
//go:noescape
func Valid(p []byte) bool

// EncodeRune writes into p (which must be large enough) the UTF-8
// encoding of the rune and returns the number of bytes written.
//
//go:noescape
func EncodeRune(p []byte, r rune) int

// AppendRune appends the UTF-8 encoding of r to the end of p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

// RuneLen returns the number of bytes required to encode the rune, or -1
// if the rune is not a valid value to encode in UTF-8.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case surrogateMin <= r && r <= surrogateMax:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// ValidRune reports whether r can be legally encoded as UTF-8.
func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}

// RuneStart reports whether the byte could be the first byte of an
// encoded, possibly invalid rune.
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRune reports whether the bytes in p begin with a full UTF-8
// encoding of a rune (an invalid encoding counts as full).
func FullRune(p []byte) bool {
	return FullRuneInString(string(p))
}

// FullRuneInString is like FullRune but its input is a string.
func FullRuneInString(s string) bool {
	n := len(s)
	if n == 0 {
		return false
	}
	c := s[0]
	var need int
	switch {
	case c < 0x80:
		return true
	case c < 0xC2:
		return true
	case c < 0xE0:
		need = 2
	case c < 0xF0:
		need = 3
	case c < 0xF5:
		need = 4
	default:
		return true
	}
	if n >= need {
		return true
	}
	// an invalid second or third byte already makes the encoding complete
	lo, hi := byte(0x80), byte(0xBF)
	switch c {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if n > 1 && (s[1] < lo || hi < s[1]) {
		return true
	}
	if n > 2 && (s[2] < 0x80 || 0xBF < s[2]) {
		return true
	}
	return false
}
