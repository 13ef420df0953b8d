// m[k]++ and m[k]-- on maps of 8-byte integers (one instruction in
// gosub) next to the narrower and float ones that take the general path:
// insertion of the zero value, wrap-around, struct and string keys, and
// the nil map's panic.
package main

import (
	"fmt"
	"math"
)

type point struct{ x, y int }

func main() {
	words := map[string]int{}
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		words[w]++
	}
	words["c"]--
	words["d"]--
	fmt.Println(words)

	u := map[int]uint64{1: math.MaxUint64}
	u[1]++
	u[2]--
	fmt.Println(u)

	i64 := map[point]int64{{1, 2}: math.MaxInt64}
	i64[point{1, 2}]++
	i64[point{3, 4}]--
	fmt.Println(i64)

	small := map[string]int8{"x": 127}
	small["x"]++
	small["y"]--
	fmt.Println(small)

	f := map[string]float64{}
	f["pi"]++
	f["pi"]++
	fmt.Println(f)

	var uptr = map[uintptr]uintptr{}
	uptr[7]--
	fmt.Println(uptr[7] == math.MaxUint64)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilmap map[string]int
	nilmap["x"]++
}
