// Nested closures: inner literals capture through outer ones.
package main

func outer() func() func() int {
	n := 0                     // ERROR "moved to heap: n$"
	return func() func() int { // ERROR "func literal escapes to heap$"
		m := 10             // ERROR "moved to heap: m$"
		return func() int { // ERROR "func literal escapes to heap$"
			n++
			m++
			return n + m
		}
	}
}

func nestedLocal() int {
	a := 1
	f := func() int { // ERROR "func literal does not escape$"
		g := func() int { return a + 1 } // ERROR "func literal does not escape$"
		return g()
	}
	return f()
}

func main() {
	f := outer()
	g := f()
	println(g(), g(), nestedLocal())
}
