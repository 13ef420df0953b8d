// Loop depth: an address taken inside a loop and stored in a variable
// declared outside it must outlive the iteration, so it moves to the heap.
package main

func keepLast(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		v := i * 2 // ERROR "moved to heap: v$"
		p = &v
	}
	if p == nil {
		return -1
	}
	return *p
}

func perIteration(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		v := i
		q := &v
		t += *q
	}
	return t
}

func collect(n int) []*int {
	var out []*int
	for i := 0; i < n; i++ {
		w := i // ERROR "moved to heap: w$"
		out = append(out, &w)
	}
	return out
}

func newInLoop(n int) int {
	var last *[4]int
	for i := 0; i < n; i++ {
		last = new([4]int) // ERROR "new\(\[4\]int\) escapes to heap$"
	}
	return len(last)
}

func newInLoopLocal(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		a := new([4]int) // ERROR "new\(\[4\]int\) does not escape$"
		a[0] = i
		t += a[0]
	}
	return t
}

func main() {
	println(keepLast(3), perIteration(4), len(collect(2)), newInLoop(2), newInLoopLocal(3))
}
