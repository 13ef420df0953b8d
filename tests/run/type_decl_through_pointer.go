package main

// A defined type may name a type still being declared when the reference
// comes through a pointer (type T2 T1 inside T1's *T2), also along chains.

import "fmt"

type T1 struct {
	Next *T2
	v    int
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

type L struct {
	kids []K
	name string
}

type K L

func (k K) Name() string { return "k:" + k.name }

func main() {
	a := T1{Next: &T2{v: 2}, v: 1}
	fmt.Println(a.v, a.Next.v, a.Next.Next == nil)
	var t3 T3
	t3.Next = &T4{}
	fmt.Println(t3.Next.Next == nil)
	l := L{kids: []K{{name: "x"}}, name: "root"}
	fmt.Println(l.kids[0].Name(), len(l.kids))
	fmt.Printf("%T %T\n", a.Next, t3.Next)
}

// several types waiting for the same one, some through another
type X struct {
	a *A
	c *C
	b *B
	d *D
}

type A X
type B A
type C X
type D B

func init() {
	var x X
	x.a, x.c, x.b, x.d = &A{}, &C{}, &B{}, &D{}
	fmt.Printf("%T %T %T %T\n", x.a, x.b, x.c, x.d)
}
