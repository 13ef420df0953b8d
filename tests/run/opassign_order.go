// x op= y: Go makes the calls on the right before it reads x (so a call
// that changes x is seen), and reads x before the rest of the right (so a
// nil x panics before a bad index on the right does).
package main

import "fmt"

type T struct {
	n int
	s string
	f float64
}

var g = 5

func main() {
	s := []int{1, 2, 3}
	i := 1
	f := func() int { s[1] = 100; return 1 }
	s[i] += f()
	fmt.Println(s)
	x := 7
	p := &x
	h := func() int { *p = 50; return 2 }
	*p += h()
	fmt.Println(x)
	t := &T{s: "a", f: 1}
	k := func() string { t.s = "zz"; return "b" }
	t.s += k()
	t.f *= func() float64 { t.f = 4; return 0.5 }()
	fmt.Println(t.s, t.f)
	g += func() int { g = 10; return 1 }()
	fmt.Println(g)
	arr := [3]int{1, 2, 3}
	arr[2] += func() int { arr[2] = 9; return 1 }()
	fmt.Println(arr)
	ch := make(chan int, 1)
	ch <- 3
	t.n = 1
	t.n -= <-ch
	fmt.Println(t.n)
	defer func() { fmt.Println(recover()) }()
	var q *T
	a := []int{1}
	j := 5
	q.n += a[j]
}
