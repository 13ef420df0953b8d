package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // non-nil interface even when p is nil!
}

func correct(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type T struct{ n int }

func (t *T) Get() int {
	if t == nil {
		return -1
	}
	return t.n
}

type Getter interface{ Get() int }

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1 == (*MyErr)(nil))
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := correct(true)
	fmt.Println(e3, e3 == nil)
	var t *T
	var g Getter = t
	fmt.Println(g != nil, g.Get(), t.Get())
	g = &T{5}
	fmt.Println(g.Get())
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	p1, p2 := &T{1}, &T{1}
	a, b = p1, p2
	fmt.Println(a == b, a == interface{}(p1))
	type K struct{ s string }
	a, b = K{"k"}, K{"k"}
	fmt.Println(a == b, a != b)
	err1 := errors.New("same")
	err2 := errors.New("same")
	fmt.Println(err1 == err2, err1.Error() == err2.Error(), err1 == err1)
	var s fmt.Stringer
	var i interface{} = s
	fmt.Println(i == nil)
}
