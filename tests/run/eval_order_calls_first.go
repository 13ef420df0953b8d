// Go's order inside a statement (gc's order pass): calls, receives,
// append/make/new/len/cap/copy, []byte/[]rune conversions, slice
// expressions and type assertions run first, left to right; variables,
// indexing, map reads and boxing into interfaces are read afterwards.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var x = 1
var g []int
var m = map[int]int{0: 100}
var s = "x"

func f() int     { x = 2; return 7 }
func h() int     { m[0] = 999; return 1 }
func k() string  { s = "y"; return "z" }
func grow() int  { g = append(g, 1, 2, 3); return 0 }
func id(v int) int { return v }

type T struct{ a, b int }

type P struct{ v int }

func (p *P) bump() int { p.v += 10; return p.v }

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func ret() (int, int) {
	x = 1
	return x, f()
}

func main() {
	debug.SetGCPercent(-1)
	declarations()
	fmt.Println(x, f())
	x = 1
	fmt.Println(x+f(), x)
	x = 1
	fmt.Println([]int{x, f()}, T{x, f()}, [2]int{x, f()})
	x = 1
	fmt.Println(x + id(f()))
	fmt.Println(m[0] + h())
	m[0] = 100
	s = "x"
	fmt.Println(s + k())
	s = "x"
	fmt.Println(s+k() == "yz")
	a := []int{10, 20, 30}
	i := 0
	idx := func() int { i = 2; return 7 }
	a[i] = idx()
	fmt.Println(a)
	i = 0
	j := i
	j, i = i, idx()
	fmt.Println(j, i)
	fmt.Println(ret())
	g = []int{1}
	fmt.Println(len(g), grow(), len(g))
	x = 1
	x += f()
	fmt.Println(x)
	x = 1
	if x < f() && x == 2 {
		fmt.Println("if sees", x)
	}
	x = 1
	switch x + f() {
	case 9:
		fmt.Println("switch 9")
	default:
		fmt.Println("switch other")
	}
	x = 1
	switch {
	case x == 1 && f() == 7 && x == 2:
		fmt.Println("case after f")
	}
	x = 1
	var y, z = x, f()
	fmt.Println(y, z)
	ch := make(chan int, 1)
	x = 1
	ch <- x + f()
	fmt.Println(<-ch)
	p := &P{1}
	fmt.Println(p.v, p.bump(), p.v)
	x = 1
	func() {
		defer func(a, b int) { fmt.Println("deferred", a, b) }(x, f())
	}()
	x = 1
	n := 0
	for x < f()+n {
		n++
		x = 1
		if n > 3 {
			break
		}
	}
	fmt.Println("for", n)
	str := "hello"
	var v interface{} = 5
	fmt.Println(str, v.(int)+f(), str[1:3])
	// the allocation a measurement sees: Go boxes str after mallocs() ran
	before := mallocs()
	fmt.Println(str, mallocs()-before)
	before = mallocs()
	fmt.Println(mallocs()-before, str)
	defer func() { fmt.Println("recovered:", recover()) }()
	var arr []int
	fmt.Println(arr[5] + f())
}

// := and = with several values hoist; var declarations and the arguments
// of go and defer are evaluated one after the other
func declarations() {
	x = 1
	y2, z2 := x, f()
	fmt.Println(y2, z2)
	x = 1
	var a, b int
	a, b = x, f()
	fmt.Println(a, b)
	x = 1
	func() {
		defer fmt.Println("d", x, f())
	}()
	x = 1
	var c, d = x, f()
	fmt.Println(c, d)
	x = 1
	var e, g int = x + 0, f()
	fmt.Println(e, g)
	x = 1
}
