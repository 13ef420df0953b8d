// strconv's Append functions allocate what Go 1.19's do: nothing when dst
// has room, else dst's growth only (no intermediate string), with Go's
// capacities: quoting first makes room for len(s)+2 more bytes, then grows
// as the text is appended piece by piece; a float's digit run is one piece.
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"strconv"
)

var ms runtime.MemStats

func mallocs() uint64 {
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

// dst shapes {len, cap}: nil, small ones, the 256 boundary of append's
// growth, and one with room for everything
var shapes = [][2]int{{0, 0}, {0, 1}, {0, 3}, {0, 4}, {4, 4}, {3, 8}, {20, 20}, {250, 256}, {2, 4096}}

// try appends with f to every shape and prints the text once, then per
// shape mallocs/len/cap; a result that is not dst's bytes followed by the
// text is printed in full
func try(name string, f func([]byte) []byte) {
	text := string(f(nil))
	line := fmt.Sprintf("%s %q", name, text)
	for _, sh := range shapes {
		var dst []byte
		if sh[1] > 0 {
			dst = make([]byte, sh[0], sh[1])
			for i := range dst {
				dst[i] = byte('a' + i%26)
			}
		}
		m0 := mallocs()
		r := f(dst)
		m := mallocs() - m0
		line += fmt.Sprintf(" %d/%d/%d", m, len(r), cap(r))
		if string(r) != string(dst)+text {
			line += fmt.Sprintf("(BAD %q)", r)
		}
	}
	fmt.Println(line)
}

var strs = []string{
	"", "a", "hello, world", `"quoted" \back\`, "tab\there\nnew\x00\x07\x7f",
	"héllo wörld ☺ 日本語", "\xff\xfe bad \xc0\x80 utf8 \xed\xa0\x80", "\u00a0\u2028\U0001F600\U000E0100\u0300",
	"\u200b\ufeff\U0010ffff", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\x01\x02\x03\x04\x05\x06\x07\x08\x09",
}

var runes = []rune{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0xa0, 0xe9, 0x263a, 0xfffd, 0xfeff, 0xd800,
	0x1f600, 0xe0100, 0x10ffff, 0x10ffff + 1, -1, 0x2028}

var floats = []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, 1.0 / 3, 2.5, 123456789, 1e21, 1e-7,
	1e23, 1e300, -1e-300, 5e-324, 5e-322, math.MaxFloat64, math.NaN(), math.Inf(1), math.Inf(-1)}

func main() {
	debug.SetGCPercent(-1) // no collection cycle (and its own allocations) inside a measurement
	for _, s := range strs {
		s := s
		try("Quote", func(d []byte) []byte { return strconv.AppendQuote(d, s) })
		try("QuoteToASCII", func(d []byte) []byte { return strconv.AppendQuoteToASCII(d, s) })
	}
	long := ""
	for i := 0; i < 40; i++ {
		long += "☺\x01x"
	}
	try("Quote long", func(d []byte) []byte { return strconv.AppendQuote(d, long) })
	try("QuoteToASCII long", func(d []byte) []byte { return strconv.AppendQuoteToASCII(d, long) })
	for _, r := range runes {
		r := r
		try("QuoteRune", func(d []byte) []byte { return strconv.AppendQuoteRune(d, r) })
		try("QuoteRuneToASCII", func(d []byte) []byte { return strconv.AppendQuoteRuneToASCII(d, r) })
	}
	try("Bool", func(d []byte) []byte { return strconv.AppendBool(d, true) })
	try("Bool", func(d []byte) []byte { return strconv.AppendBool(d, false) })
	for _, v := range floats {
		for _, f := range []byte("eEfgGbxX") {
			for _, prec := range []int{-1, 0, 3, 17, 40} {
				for _, bits := range []int{64, 32} {
					if bits == 32 && prec != -1 && prec != 3 {
						continue
					}
					v, f, prec, bits := v, f, prec, bits
					name := fmt.Sprintf("Float %c %d %d", f, prec, bits)
					try(name, func(d []byte) []byte { return strconv.AppendFloat(d, v, f, prec, bits) })
				}
			}
		}
	}
	// long digit runs: one append piece in Go's %e and %f
	for _, c := range []struct {
		v    float64
		f    byte
		prec int
	}{{1e300, 'f', 2}, {1e300, 'f', -1}, {1.0 / 3, 'e', 700}, {5e-324, 'e', 760}, {5e-324, 'f', 1100},
		{math.MaxFloat64, 'f', 0}, {math.MaxFloat64, 'g', 400}, {0.1, 'f', 60}, {123.456, 'g', 200},
		{-2.5, 'z', -1}, {-2.5, 0, 3}} {
		c := c
		name := fmt.Sprintf("Float %q %d", c.f, c.prec)
		try(name, func(d []byte) []byte { return strconv.AppendFloat(d, c.v, c.f, c.prec, 64) })
	}
	defer func() { fmt.Println(recover()) }()
	strconv.AppendFloat(nil, 1, 'g', -1, 16)
}
