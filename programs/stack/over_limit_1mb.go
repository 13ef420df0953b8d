// Recursion one frame past --stack-limit=1MB (over_limit_1mb.flags).
//
// fill keeps an [8191]int array (65528 bytes) in its frame.  `gosub disasm`
// reports: main.fill frame=65624 bytes, a call uses 65672 (frame + 48-byte
// header); main.main's frame is 16 bytes and runtime.main's 8, so the k-th
// nested fill frame ends 120 + k*65672 bytes above the stack's base.
// 120 + 16*65672 = 1050872 > 1048576 (2296 bytes short): the 16th call
// overflows.
package main

import "fmt"

func fill(depth, max int) int {
	var a [8191]int
	a[depth%8191] = depth
	if depth == max {
		return a[depth%8191]
	}
	return fill(depth+1, max) + a[depth%8191] - depth
}

func main() {
	fmt.Println("max depth", 16)
	fmt.Println("reached", fill(1, 16))
}
