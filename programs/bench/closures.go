// closures: creating closures that capture variables and calling them
// through function values.  (//go:noinline keeps native Go from inlining
// the helpers away.)
package main

import "fmt"

//go:noinline
func makeAdder(k int) func(int) int {
	return func(v int) int { return v + k }
}

//go:noinline
func apply(f func(int) int, n int) int {
	return f(n)
}

func main() {
	total := 0
	counter := 0
	inc := func(d int) { counter += d }
	for i := 0; i < 3000000; i++ {
		add := makeAdder(i & 255)
		total += apply(add, i)
		total += apply(func(v int) int { return v ^ i }, 7)
		inc(i & 3)
		total &= 0xfffffff
	}
	fmt.Println(total, counter)
}
