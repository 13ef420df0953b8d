// p.f op= v through a nil pointer panics as Go does, also when v itself
// reads a field through another nil pointer.
package main

import "fmt"

type T struct {
	a, b float64
	n    int
}

func main() {
	var p, q *T
	r := &T{a: 1, b: 2}
	r.n += 2
	r.a -= r.b * 3
	fmt.Println(r.a, r.n)
	defer func() {
		fmt.Println("recovered:", recover())
		p.b += q.a * 2
	}()
	r.a += p.a * 2
}
