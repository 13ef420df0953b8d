// Method expressions for methods promoted through embedded fields: value
// and pointer receivers, embedded pointers, embedded interfaces, with
// arguments and results.
package main

import (
	"fmt"
	"strings"
)

type Inner struct{ s string }

func (i Inner) M() string                { return i.s }
func (i *Inner) Set(s string)            { i.s = s }
func (i Inner) Join(sep string, n int) (string, int) {
	return strings.Repeat(i.s+sep, n), n * len(i.s)
}

type ByPtr struct {
	id int
	*Inner
}

type ByVal struct {
	pad [3]int
	Inner
}

type Deep struct {
	tag string
	ByVal
}

type Named interface{ Name() string }

type dog struct{ n string }

func (d dog) Name() string { return "dog " + d.n }

type Holder struct {
	x int
	Named
}

func main() {
	h := (*ByPtr).M
	fmt.Println(h(&ByPtr{1, &Inner{"hello"}}))
	h2 := ByPtr.M
	fmt.Println(h2(ByPtr{2, &Inner{"hi"}}))
	set := ByPtr.Set
	bp := ByPtr{3, &Inner{"old"}}
	set(bp, "new")
	fmt.Println(bp.s)

	v := ByVal{Inner: Inner{"val"}}
	fmt.Println(ByVal.M(v), (*ByVal).M(&v))
	(*ByVal).Set(&v, "changed")
	fmt.Println(v.s)
	j := ByVal.Join
	s, n := j(v, "-", 2)
	fmt.Println(s, n)

	d := Deep{"t", ByVal{Inner: Inner{"deep"}}}
	fmt.Println(Deep.M(d), (*Deep).M(&d))
	(*Deep).Set(&d, "deeper")
	s, n = (*Deep).Join(&d, "+", 3)
	fmt.Println(s, n)

	hn := Holder.Name
	fmt.Println(hn(Holder{1, dog{"rex"}}))
	fmt.Println((*Holder).Name(&Holder{2, dog{"fido"}}))

	fs := []func(ByVal) string{ByVal.M, func(b ByVal) string { return "lit " + b.s }}
	for _, f := range fs {
		fmt.Println(f(v))
	}
	mv := bp.M
	bp.Inner = &Inner{"rebound"}
	fmt.Println(mv(), bp.M())
}
