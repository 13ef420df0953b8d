// Structs passed and returned by value; pointer fields inside them.
package main

type Pair struct {
	a, b *int
}

func swap(p Pair) Pair { // ERROR "leaking param: p to result ~r0 level=0$"
	return Pair{p.b, p.a}
}

func first(p Pair) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p.a
}

func mk(x, y *int) Pair { // ERROR "leaking param: x to result ~r0 level=0$" "leaking param: y to result ~r0 level=0$"
	return Pair{x, y}
}

func sumPair(p Pair) int { // ERROR "p does not escape$"
	return *p.a + *p.b
}

func main() {
	x, y := 1, 2
	p := mk(&x, &y)
	q := swap(p)
	println(*first(q), sumPair(q))
}
