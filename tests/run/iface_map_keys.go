package main

import (
	"fmt"
	"sort"
)

type Pt struct{ X, Y int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[Pt{1, 2}] = "point"
	m[true] = "bool"
	m[[2]int{1, 2}] = "array"
	m[1.5] = "float"
	fmt.Println(len(m), m[1], m[int64(1)], m[Pt{1, 2}], m[[2]int{1, 2}], m[Pt{2, 1}] == "")
	m[1] = "int one"
	delete(m, true)
	fmt.Println(len(m), m[1])
	var keys []string
	for k := range m {
		keys = append(keys, fmt.Sprintf("%T=%v", k, k))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m[[]int{1}] = "slice key"
	}()
	type Shape interface{}
	shapes := map[Shape]int{Pt{0, 0}: 1}
	shapes[Pt{0, 0}]++
	var s Shape = Pt{0, 0}
	shapes[s]++
	fmt.Println(shapes)
	var e1, e2 error
	em := map[error]int{e1: 1}
	em[e2]++
	fmt.Println(em[nil], len(em))
}
