// More of gc's order inside a statement, found by tools/difftest's
// order-dependent statements (t_orderdep): map literals, && and ||,
// go and defer arguments, and boxing into interfaces.
package main

import "fmt"

type P struct{ a, b int }

func (p *P) bump() int { p.a += 5; return p.a }

var g = 1
var gp = P{1, 2}
var s = "s"

func incg() int            { g += 10; return g }
func sfx(t string) string  { s += t; return s }
func tr(v int) int         { fmt.Print("[", v, "]"); return v }
func div(a, b int) int     { return a / b }

// A map literal with non-constant entries is made where it stands, its
// constant entries first; then each other entry is a statement m[k] = v.
func mapLiterals() {
	x := 1
	incx := func() int { x += 3; return x }
	fmt.Println(map[int]int{x: tr(0), incx(): tr(1)}, P{incx(), x})
	x = 1
	fmt.Println(map[int]int{x: 1, 2: 20}, map[int]int{2: 20, x + 1: 1})
	func() {
		defer func() { fmt.Println("recovered:", recover(), gp) }()
		z := 0
		fmt.Println(map[int]int{x: div(1, z)}, P{b: gp.bump()})
	}()
	gp = P{1, 2}
}

// a && b and a || b are evaluated into a temporary where they stand
func andOr() {
	g = 1
	fmt.Println(g < 100 && tr(g) > 0, tr(2), incg())
	g = 1
	fmt.Println(sfx("a") < sfx("b") || tr(len(s)) < 0, tr(7))
	s = "s"
}

// go and defer: the function, the receiver and each argument are a
// statement of their own (gc's escape analysis copies each into a
// temporary), with the calls inside each evaluated first.
func goDefer() {
	done := make(chan bool)
	x := 1
	incx := func() int { x += 3; return x }
	go func(a, b int, t string) {
		fmt.Println("go", a, b, t)
		done <- true
	}(x, incx(), fmt.Sprint(x)+s+sfx("c"))
	<-done
	s = "s"
	func() {
		defer fmt.Println("deferred", x, incx(), x+incx())
		defer gp.bump()
	}()
	fmt.Println(gp)
	gp = P{1, 2}
}

// Boxing a value the runtime takes by address copies it first when it is
// not addressable, or is a local variable: such a value is read where it
// stands, a global or a field reached through memory after the calls.
func boxing() {
	x := 1
	incx := func() int { x += 3; return x }
	lp := P{1, 2}
	arr := [2]int{1, 2}
	fmt.Println([2]int{x, 0}, P{x, 0}, x < 2, int8(x), x, incx())
	fmt.Println(lp, lp.bump(), gp, gp.bump())
	fmt.Println(arr, func() int { arr[0] = 9; return 0 }(), arr[0])
	ps := []P{{1, 2}}
	q := &lp
	fmt.Println(ps[0], *q, q.bump(), ps[0].bump())
	gp = P{1, 2}
}

// v1, v2 = f() and the comma-ok forms assign f's results to temporaries
// first: the left side's calls run before f, its indexes and pointers are
// read and checked after f.
func tuples() {
	g = 0
	two := func() (int, int) { g++; return 7, 8 }
	a := []int{0, 0, 0}
	i := 5
	seti := func() (int, int) { i = 1; return 3, 4 }
	a[i], g = seti()
	fmt.Println(a, g)
	func() {
		defer func() { fmt.Println("recovered:", recover(), g) }()
		var arr [3]int
		var z int
		arr[i+4], z = two()
		fmt.Println(arr, z)
	}()
	m := map[int]int{1: 10}
	oks := []bool{false, false}
	a[tr(0)], oks[i] = m[i]
	fmt.Println(a, oks)
}

func main() {
	tuples()
	mapLiterals()
	andOr()
	goDefer()
	boxing()
}
