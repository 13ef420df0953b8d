// --max-heap (runtime_max_heap.flags) stops a program whose heap would grow
// past the limit with Go's out-of-memory fatal error, exit status 2: first
// "runtime: out of memory: cannot allocate N-byte block (M in use)", then
// "fatal error: out of memory" and the goroutine's traceback.  (Go has no
// such flag; the message is the one its allocator prints when the OS
// refuses memory.)  Expected output written by hand.
package main

import "fmt"

func main() {
	small := make([]byte, 1<<20)
	fmt.Println("1 MiB ok", len(small))
	big := make([]byte, 64<<20)
	fmt.Println("unreachable", len(big))
}
