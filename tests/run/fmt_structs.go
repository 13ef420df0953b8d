package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
}

type Node struct {
	Val  int
	Next *Node
}

type Inner struct {
	A []int
	M map[string]int
}

type Outer struct {
	Name  string
	In    Inner
	P     *Point
	Any   interface{}
	Err   error
	flags [2]bool
}

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %#v %T\n", p, p, p, p)
	fmt.Printf("%v %+v %T\n", &p, &p, &p)
	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	n := &Node{1, nil}
	fmt.Printf("%v %+v\n", n, n)
	o := Outer{Name: "o", In: Inner{A: []int{1, 2}, M: map[string]int{"z": 26, "a": 1}}}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%#v\n", o)
	var np *Point
	fmt.Println(np, np == nil)
	fmt.Printf("%v %+v %#v\n", np, np, np)
	ps := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v %+v %#v\n", ps, ps, ps)
	pps := []*Point{}
	fmt.Println(pps, len(pps))
	arr := [3]Point{}
	fmt.Printf("%v %#v\n", arr, arr)
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Printf("%v %+v %#v %T\n", anon, anon, anon, anon)
	type local struct{ ok bool }
	fmt.Printf("%v %#v %T\n", local{true}, local{}, local{})
	fmt.Println(struct{}{}, [0]int{}, []struct{}{{}, {}})
}
