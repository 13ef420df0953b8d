// strconv parse errors allocate as Go 1.19's: ParseInt (and Atoi of a long
// string) out of range makes two errors when the digits overflow unsigned
// too (it drops ParseUint's), one otherwise; syntax errors one.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

var sink error

func main() {
	debug.SetGCPercent(-1)
	for _, s := range []string{"99999999999999999999", "-99999999999999999999", "12a", "", "300", "-129", "0x10", "1_000"} {
		b := mallocs()
		_, e1 := strconv.ParseInt(s, 10, 64)
		c1 := mallocs() - b
		b = mallocs()
		_, e2 := strconv.ParseInt(s, 0, 8)
		c2 := mallocs() - b
		b = mallocs()
		_, e3 := strconv.ParseUint(s, 10, 8)
		c3 := mallocs() - b
		b = mallocs()
		_, e4 := strconv.Atoi(s)
		c4 := mallocs() - b
		b = mallocs()
		_, e5 := strconv.ParseFloat(s, 64)
		c5 := mallocs() - b
		b = mallocs()
		_, e6 := strconv.ParseBool(s)
		c6 := mallocs() - b
		sink = e1
		fmt.Println(c1, c2, c3, c4, c5, c6, e1, e2, e3, e4, e5, e6)
	}
	b := mallocs()
	_, e := strconv.ParseInt("5", 1, 64)
	_, e7 := strconv.ParseInt("5", 10, 65)
	fmt.Println(mallocs()-b, e, e7)
}
