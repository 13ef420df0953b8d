// fmt formats an integer in its printer's 68-byte buffer unless a width
// or precision could overflow it (3 + width + precision > 68): then Go
// 1.19 makes a buffer of that size, one more allocation per operand.
package main

import (
	"fmt"
	"runtime"
)

var sink string

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	formats := []string{"%5d", "%65d", "%66d", "%.66d", "%30.40x", "%-70d|", "%*d", "%100s"}
	for _, f := range formats {
		var s string
		if f == "%*d" {
			s = fmt.Sprintf(f, 80, 7)
		} else {
			s = fmt.Sprintf(f, 7)
		}
		before := mallocs()
		for i := 0; i < 100; i++ {
			if f == "%*d" {
				sink = fmt.Sprintf(f, 80, 7)
			} else {
				sink = fmt.Sprintf(f, 7)
			}
		}
		n := mallocs() - before
		fmt.Printf("%-8s %4d %3d %q\n", f, n, len(s), s[len(s)-3:])
	}
}
