package main

import "fmt"

type T struct {
	A int
	B string
}

type U struct {
	P *T
	S []*T
}

func newT(a int) *T { return &T{A: a, B: fmt.Sprint("b", a)} }

func main() {
	t := newT(1)
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	pp := &t
	fmt.Println(**pp, (*pp).B, (**pp).A)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr, len(arr), arr[1])
	fmt.Printf("%v %+v\n", arr, arr)
	sl := &[]string{"x", "y"}
	fmt.Println(sl, len(*sl), (*sl)[1])
	m := &map[string]int{"a": 1}
	fmt.Println(m)
	u := U{}
	fmt.Println(u, u.P == nil)
	fmt.Printf("%+v\n", u)
	x := 5
	px := &x
	*px += 10
	fmt.Println(x, *px, px != nil)
	var ip *int
	fmt.Println(ip)
	ppi := &ip
	*ppi = px
	fmt.Println(*ip, **ppi)
	s := &struct{ Z []int }{[]int{9}}
	fmt.Println(s)
	e := &struct{}{}
	fmt.Println(e)
	type W struct{ In T }
	fmt.Println(&W{T{2, "w"}})
}
