// Parameters that flow to a result: level=0 for the pointer itself, level=1
// for what it points to.
package main

type Node struct {
	val  int
	next *Node
}

func identity(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func second(a, b *int) *int { // ERROR "a does not escape$" "leaking param: b to result ~r0 level=0$"
	return b
}

func choose(c bool, a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	if c {
		return a
	}
	return b
}

func nextOf(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=1$"
	return n.next
}

func deref(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func fieldAddr(n *Node) *int { // ERROR "leaking param: n to result ~r0 level=0$"
	return &n.val
}

func twoResults(a, b *int) (*int, *int) { // ERROR "leaking param: a to result ~r1 level=0$" "leaking param: b to result ~r0 level=0$"
	return b, a
}

func main() {
	x, y := 1, 2
	p := identity(&x)
	q := second(&x, &y)
	r := choose(true, &x, &y)
	n2 := &Node{val: 2}           // ERROR "&Node{...} does not escape$"
	n1 := &Node{val: 1, next: n2} // ERROR "&Node{...} does not escape$"
	m := nextOf(n1)
	pp := &x
	d := deref(&pp)
	f := fieldAddr(n1)
	s, t := twoResults(&x, &y)
	println(*p, *q, *r, m.val, *d, *f, *s, *t)
}
