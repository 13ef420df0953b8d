// strconv.AppendInt/AppendUint format into a frame buffer: no allocation
// but dst's growth (Go's Mallocs), any base, the extremes, a bad base.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

func main() {
	var m1, m2 runtime.MemStats
	dst := make([]byte, 0, 4096)
	runtime.ReadMemStats(&m1)
	for i := -150; i < 150; i++ {
		dst = strconv.AppendInt(dst[:0], int64(i*12345), 10)
		dst = strconv.AppendUint(dst, uint64(i)*977, 16)
		dst = strconv.AppendInt(dst, int64(i), 2)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(string(dst), m2.Mallocs-m1.Mallocs)
	fmt.Println(string(strconv.AppendInt(nil, -9223372036854775808, 2)), string(strconv.AppendUint([]byte("x"), 18446744073709551615, 36)))
	defer func() { fmt.Println(recover()) }()
	strconv.AppendInt(nil, 5, 1)
}
