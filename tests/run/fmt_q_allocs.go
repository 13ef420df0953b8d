// fmt %q allocates as Go's fmtQ: strconv.AppendQuote into the 68-byte intbuf
// makes room for a longer string and grows where escapes overflow; %#q's
// backquoted concatenation allocates past 32 bytes.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var out string

func main() {
	debug.SetGCPercent(-1)
	cases := []string{"short", strings.Repeat("a", 60), strings.Repeat("a", 66), strings.Repeat("a", 67),
		strings.Repeat("a", 69), strings.Repeat("a", 100), strings.Repeat("\n", 40), strings.Repeat("\n", 80),
		strings.Repeat("é", 50), strings.Repeat("\x01", 300), strings.Repeat("b", 30), strings.Repeat("b", 31),
		strings.Repeat("\x7f", 1000)}
	for _, s := range cases {
		for _, f := range []string{"%q", "%+q", "%#q", "%x"} {
			out = fmt.Sprintf(f, s) // warm
			b := mallocs()
			out = fmt.Sprintf(f, s)
			fmt.Print(mallocs()-b, " ")
		}
		fmt.Println(len(s), len(out))
	}
}
