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
