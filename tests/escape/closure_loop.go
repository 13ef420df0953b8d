// Closures created in a loop and collected in a slice.
package main

func makeAll(n int) []func() int {
	var fs []func() int
	for i := 0; i < n; i++ {
		j := i
		fs = append(fs, func() int { return j * j }) // ERROR "func literal escapes to heap$"
	}
	return fs
}

func sumInLoop(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		f := func(v int) int { return v + i } // ERROR "func literal does not escape$"
		t += f(i)
	}
	return t
}

func main() {
	s := 0
	for _, f := range makeAll(4) {
		s += f()
	}
	println(s, sumInLoop(5))
}
