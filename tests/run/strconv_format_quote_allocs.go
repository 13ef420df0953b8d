// strconv.FormatFloat, Quote, QuoteToASCII and QuoteRune allocate as Go's:
// a fresh buffer, its growth, then the string (one byte: none).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

func main() {
	debug.SetGCPercent(-1)
	var m1, m2 runtime.MemStats
	for _, v := range []float64{0, 1, 1.5, 123456.789, 1e300, -2.5e-300} {
		for _, p := range []int{-1, 3, 40} {
			runtime.ReadMemStats(&m1)
			s := strconv.FormatFloat(v, 'g', p, 64)
			runtime.ReadMemStats(&m2)
			fmt.Println(s, m2.Mallocs-m1.Mallocs)
		}
	}
	for _, q := range []string{"", "a", "hello\n", "héllo\x00", "long string with many characters in it to grow"} {
		runtime.ReadMemStats(&m1)
		s := strconv.Quote(q)
		t := strconv.QuoteToASCII(q)
		runtime.ReadMemStats(&m2)
		fmt.Println(s, t, m2.Mallocs-m1.Mallocs)
	}
	for _, r := range []rune{'a', 'é', '\n', 0x10FFFF + 1, -1} {
		runtime.ReadMemStats(&m1)
		s := strconv.QuoteRune(r)
		runtime.ReadMemStats(&m2)
		fmt.Println(s, m2.Mallocs-m1.Mallocs)
	}
}
