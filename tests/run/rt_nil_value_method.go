// A value method called through an interface (or a method expression)
// holding a nil *T: Go's panicwrap error, not a nil dereference.
package main

import "fmt"

type T int

func (t T) F() int { return int(t) + 1 }

type Shape struct{ w, h int }

func (s Shape) Area() int { return s.w * s.h }

type I interface{ F() int }
type Areaer interface{ Area() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Printf("%s: %v (error: %v)\n", name, r, ok)
		if ok {
			_, rt := err.(interface{ RuntimeError() })
			fmt.Println("  runtime error:", rt)
		}
	}()
	f()
}

func main() {
	var t *T
	var i I = t
	try("iface", func() { i.F() })
	var s *Shape
	var a Areaer = s
	try("struct", func() { fmt.Println(a.Area()) })
	try("method expr", func() { fmt.Println((*Shape).Area(s)) })
	v := T(4)
	i = &v
	fmt.Println(i.F())
	a = &Shape{2, 3}
	fmt.Println(a.Area())
	i = t
	i.F()
}
