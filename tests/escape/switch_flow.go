// Flows through switch and if statements merge.
package main

var g *int

func pick(k int, a, b, c *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b$" "leaking param: c to result ~r0 level=0$"
	switch k {
	case 0:
		return a
	case 1:
		g = b
	}
	return c
}

func cond(x bool) *int {
	v := 1 // ERROR "moved to heap: v$"
	w := 2
	if x {
		return &v
	}
	_ = &w
	return nil
}

func main() {
	a, b, c := 1, 2, 3 // ERROR "moved to heap: b$"
	println(*pick(0, &a, &b, &c), cond(false) == nil)
}
