// Mutually recursive functions share one analysis; a leak in one of them is
// seen by the other.
package main

var sink *int

func even(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		sink = p
		return false
	}
	return even(p, n-1)
}

func ping(a *int, n int) *int { // ERROR "leaking param: a$"
	if n == 0 {
		return a
	}
	return pong(a, n-1)
}

func pong(b *int, n int) *int { // ERROR "leaking param: b$"
	return ping(b, n)
}

func pureA(p *int, n int) int { // ERROR "p does not escape$"
	if n <= 0 {
		return *p
	}
	return pureB(p, n-1)
}

func pureB(p *int, n int) int { // ERROR "p does not escape$"
	return pureA(p, n-1) + 1
}

func main() {
	x, y, z := 1, 2, 3 // ERROR "moved to heap: x$" "moved to heap: y$"
	println(even(&x, 4), *ping(&y, 3), pureA(&z, 5))
}
