// Unnamed results are ~r0, ~r1, ...; a parameter may leak to several.
package main

func split(p *int) (int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return *p, p
}

func both(p *int) (*int, *int) { // ERROR "leaking param: p to result ~r0 level=0$" "leaking param: p to result ~r1 level=0$"
	return p, p
}

func thirdOf(a, b, c *int) (*int, *int, *int) { // ERROR "b does not escape$" "leaking param: a to result ~r2 level=0$" "leaking param: c to result ~r0 level=0$" "leaking param: c to result ~r1 level=0$"
	return c, c, a
}

func withErr(p *int) (*int, error) { // ERROR "leaking param: p to result ~r0 level=0$"
	return p, nil
}

func main() {
	x, y, z := 1, 2, 3
	v, p := split(&x)
	q, r := both(&y)
	s, t, u := thirdOf(&x, &y, &z)
	w, _ := withErr(&z)
	println(v, *p, *q, *r, *s, *t, *u, *w)
}
