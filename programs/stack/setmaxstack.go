// runtime/debug.SetMaxStack lowers the limit for the running goroutine and
// new ones.  (Go's default limit is 1 GB on 64-bit; gosub's is 8 MiB, so
// the first value printed differs from Go's 1000000000 by design.)
package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	old := debug.SetMaxStack(1 << 20)
	fmt.Println("old limit", old)
	fmt.Println(depth(1000))
	fmt.Println(debug.SetMaxStack(1<<20) == 1<<20)
	depth(1 << 30)
}
