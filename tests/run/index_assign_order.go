// Slice element loads and stores (LDX/STX): Go's order of evaluation and
// bounds checks in single, compound and parallel assignments.
package main

import "fmt"

func f(s string) int { fmt.Println("call", s); return 1 }

type pair struct{ i, j int }

func try(name string, fn func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	fn()
}

func main() {
	a := []int{10, 20, 30}
	try("store", func() { i := 5; a[i] = f("rhs") })
	try("load", func() { i := -1; fmt.Println(a[i]) })
	i := 0
	i, a[i] = 2, 99 // a[0] is assigned: the index is evaluated first
	fmt.Println(i, a)
	p := pair{1, 2}
	p.i, a[p.i] = 0, 77
	fmt.Println(p, a)
	a[0], a[2] = a[2], a[0]
	fmt.Println(a)
	try("parallel", func() { a[1], a[7] = f("x"), f("y") })
	fmt.Println(a)
	a[1] += 5
	a[2]++
	a[0] -= 1000
	fmt.Println(a)
	b := []bool{false, true}
	b[0], b[1] = b[1], b[0]
	bs := []byte("hey")
	bs[0] ^= 0x20
	fmt.Println(b, string(bs))
	fl := []float64{1.5, 2.5}
	fl[1] *= fl[0]
	fmt.Println(fl)
	var ps []*pair
	ps = append(ps, &p)
	ps[0].j = 42
	fmt.Println(p)
	try("nil", func() { var z []int; z[0] = 1 })
	x := 7
	x = x*3 + x
	y := -x
	y = y % 5
	u := uint8(200)
	u = u*2 + 1
	fmt.Println(x, y, u, u>>3, u&^0x0f, int8(u)/3, int8(u)%3, uint(x)%4)
}
