// trace.go — an extern call allocates nothing and the tracer records
// nothing for it: tests/ffi/trace-check runs this with N = 1 and N = 1000
// calls per loop under --trace-alloc and requires the same events.  The
// array passed to a //go:noescape function stays on the stack; the one
// passed to a function that may keep it moves to the heap once, at its
// declaration, whatever the number of calls.
package main

import (
	"fmt"
	"os"
	"strconv"
)

//extern memset
//go:noescape
func memsetNoescape(p *byte, c int32, n uintptr) *byte

//extern memset
func memset(p *byte, c int32, n uintptr) *byte

//extern abs
func abs(x int32) int32

//extern getpid
func getpid() int32

func main() {
	n := 1000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var onStack [8]byte
	var onHeap [8]byte
	sum := int32(0)
	for i := 0; i < n; i++ {
		memsetNoescape(&onStack[0], int32('a'+i%26), 8)
		memset(&onHeap[0], int32('A'+i%26), 8)
		sum += abs(int32(-i))
		if getpid() <= 0 {
			sum = -1
		}
	}
	fmt.Println(string(onStack[:1]), string(onHeap[:1]), sum >= 0)
}
