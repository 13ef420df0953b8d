package main

import (
	"fmt"
	"runtime/debug"
)

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	return depth(n+1) + pad[0]
}

func main() {
	// gosub's default limit is 8 MiB; Go's is 1 GB on 64-bit, so set it
	// explicitly and both report the same limit.
	debug.SetMaxStack(8 << 20)
	fmt.Println("recursing")
	fmt.Println(depth(0))
}
