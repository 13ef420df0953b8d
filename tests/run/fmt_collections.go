package main

import (
	"errors"
	"fmt"
)

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	fmt.Println(m)
	fmt.Printf("%v %d %#v\n", m, m, m)
	mi := map[int]string{10: "ten", -1: "minus", 3: "three"}
	fmt.Println(mi, len(mi))
	mf := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(mf)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	var nm map[string]int
	fmt.Println(nm, nm == nil, len(nm))
	fmt.Printf("%#v %#v\n", nm, map[string]int{})
	var ns []int
	fmt.Println(ns, ns == nil, []int{})
	fmt.Printf("%#v %#v %#v\n", ns, []int{}, []string{"a"})
	nested := map[string][]int{"odd": {1, 3, 5}, "even": {2, 4}}
	fmt.Println(nested)
	mm := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": nil}
	fmt.Println(mm)
	var ip *int
	var e error
	var i interface{}
	var f func()
	var ch chan int
	fmt.Println(ip, e, i, f == nil, ch)
	fmt.Printf("%v %v %v\n", ip, e, i)
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"a"})
	fmt.Printf("%x %X\n", []int{10, 255}, [2]uint8{171, 205})
	fmt.Printf("%5d|%-4d|%03d\n", []int{1, 22}, []int{3}, [2]int{7, 8})
	err := errors.New("boom")
	fmt.Println(err, []error{err, nil})
	fmt.Printf("%v %s %q\n", err, err, err)
	ifs := []interface{}{1, "a", 2.5, nil, true, []int{1}, map[string]int{"k": 1}}
	fmt.Println(ifs)
	fmt.Printf("%v\n%#v\n", ifs, ifs)
	fmt.Println([][]string{{"a", "b"}, {}, nil, {"c"}})
	fmt.Println([]*int{nil, nil})
	fmt.Println(map[[2]int]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"})
	type K struct {
		A string
		B int
	}
	fmt.Println(map[K]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
}
