package main

import "fmt"

func modify(s []int) {
	s[0] = 100
}

func grow(s []int) []int {
	s = append(s, 99)
	s[0] = -1
	return s
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	fmt.Println(b, len(b), cap(b))
	b[0] = 20
	fmt.Println(a)
	b = append(b, 30) // overwrites a[3]
	fmt.Println(a, b)
	c := a[1:3:3] // 3-index slice: cap limited
	fmt.Println(c, len(c), cap(c))
	c = append(c, 40) // reallocates
	c[0] = 0
	fmt.Println(a, c)
	modify(a)
	fmt.Println(a[0])
	d := make([]int, 2, 10)
	e := grow(d)
	fmt.Println(d, e, len(d), len(e))
	f := make([]int, 2)
	g := grow(f)
	fmt.Println(f, g)
	n := copy(a, []int{7, 8})
	fmt.Println(n, a)
	n = copy(a[3:], a)
	fmt.Println(n, a)
	n = copy(a, a[2:])
	fmt.Println(n, a)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, bs, string(bs))
	full := a[:]
	fmt.Println(len(full), cap(a[2:]), cap(a[:0]), a[5:], a[:0])
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s1 := arr[2:4]
	s1[1] = 33
	fmt.Println(arr, s1, cap(s1))
	s2 := arr[:2:4]
	fmt.Println(s2, len(s2), cap(s2), s2[:4])
	var nilS []int
	fmt.Println(nilS[:], nilS[0:0] == nil, len(nilS[:0]))
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil)
	st := []string{"a", "b", "c", "d"}
	st = append(st[:1], st[2:]...)
	fmt.Println(st, len(st), cap(st))
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
}
