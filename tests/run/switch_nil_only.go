// A switch on a func, map or slice value: allowed, with nil cases only.
package main

import "fmt"

func kind(f func(), m map[string]int, s []int) string {
	out := ""
	switch f {
	case nil:
		out += "nil-func "
	default:
		out += "func "
	}
	switch m {
	case nil:
		out += "nil-map "
	default:
		out += "map "
	}
	switch s {
	case nil:
		out += "nil-slice"
	default:
		out += "slice"
	}
	return out
}

func main() {
	fmt.Println(kind(nil, nil, nil))
	fmt.Println(kind(func() {}, map[string]int{}, []int{}))
	fmt.Println(kind(func() {}, nil, make([]int, 0)))
	switch f := func() {}; f {
	case nil:
		fmt.Println("f is nil")
	default:
		fmt.Println("f is set")
	}
}
