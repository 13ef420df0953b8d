// Recursion that stops just under the default 8 MiB limit.
//
// fill keeps an [8191]int array (65528 bytes) in its frame.  `gosub disasm`
// reports: main.fill frame=65624 bytes, a call uses 65672 (frame + 48-byte
// header); main.main's frame is 16 bytes and runtime.main's 8, so the k-th
// nested fill frame ends 120 + k*65672 bytes above the stack's base.
// 120 + 127*65672 = 8340464 <= 8388608 (48144 bytes to spare): depth 127
// fits; under_limit's twin over_limit goes one frame deeper.
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
	fmt.Println("max depth", 127)
	fmt.Println("reached", fill(1, 127))
}
