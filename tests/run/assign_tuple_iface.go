// Multi-value assignments: comma-ok forms at package level, values
// converted to interface targets (tuples, comma-ok, select receives,
// `return f()`), and the left side's operands evaluated before the call.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type T struct{ x int }

var m = map[string]int{"a": 1}
var va, oka = m["a"]
var vb, okb = m["b"]
var t = &T{42}
var i interface{} = t
var tt, okt = i.(*T)
var ia, ib interface{} = m["a"]

func two() (int, error) { return 7, errors.New("seven") }

func wrap() (interface{}, error) { return two() }

func wrapDefer() (v interface{}, err error) {
	defer func() { v = fmt.Sprint("deferred ", v) }()
	return two()
}

var trace string

func f() string { trace += "f"; return "abc" }
func g() *error  { trace += "g"; var x error; return &x }
func h() string  { trace += "h"; return "123" }
func pz2() (int, int) { return 2, 5 }
func pz() (*int, int) { trace += "p"; return nil, 42 }

func main() {
	fmt.Println(va, oka, vb, okb, tt.x, okt)
	fmt.Println(ia, ib)

	var a, b interface{} = two()
	fmt.Println(a, b)
	var x, ok interface{} = m["a"]
	fmt.Println(x, ok)
	var s fmt.Stringer
	var okb2 bool
	s, okb2 = i.(fmt.Stringer)
	fmt.Println(s, okb2)
	var e interface{}
	e, okb2 = interface{}(T{3}).(T)
	fmt.Println(e, okb2)
	fmt.Println(wrap())
	fmt.Println(wrapDefer())

	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	var r interface{}
	select {
	case r = <-ch:
	}
	fmt.Println(r)
	var rok interface{}
	select {
	case r, rok = <-ch:
	}
	fmt.Println(r, rok)

	mm := make(map[string]int)
	mm[f()], *g() = strconv.Atoi(h())
	fmt.Println(mm, trace)

	p := new(int)
	q := p
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		p, *p = pz()
	}()
	fmt.Println(p == nil, *q, trace)

	k := 0
	mk := map[int]int{0: 1}
	k, mk[k] = 1, 2
	fmt.Println(k, mk)
	sl := []int{0, 0, 0}
	j := 0
	j, sl[j] = pz2()
	fmt.Println(j, sl)
}
