// Boxing into an interface without an allocation where Go 1.19 makes
// none: constants (read-only data), bools and one-byte integers, 2/4/8-byte
// values below 256, empty strings and nil slices (staticuint64s, zeroVal);
// every other escaping conversion allocates, as runtime.MemStats shows.
package main

import (
	"fmt"
	"runtime"
)

type S struct{ a, b int }
type E struct{}
type W struct{ v int }
type one struct{ s string }
type R rune

var sink interface{}

func main() {
	var m1, m2 runtime.MemStats
	n := 300
	str := "abc"
	sl := []int{1}
	var nilsl []int
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = "x:"
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`"x:"`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = 7
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`7`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = 300
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`300`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = 3.5
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`3.5`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = true
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`true`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = S{1, 2}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`S{1, 2}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = S{n, 2}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`S{n, 2}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = n % 200
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`n % 200`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = int64(n)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`int64(n)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = uint8(n)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`uint8(n)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = int8(-n)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`int8(-n)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = int32(n)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`int32(n)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = int16(n%100)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`int16(n%100)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = int16(-1)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`int16(-1)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = float64(n)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`float64(n)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = float32(n-300)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`float32(n-300)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = str
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`str`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = str[:0]
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`str[:0]`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = sl
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`sl`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = nilsl
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`nilsl`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = [2]int{1, 2}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`[2]int{1, 2}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = E{}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`E{}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = uint64(n-300)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`uint64(n-300)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = n > 3
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`n > 3`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = W{n - 299}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`W{n - 299}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = W{n}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`W{n}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = one{str[:0]}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`one{str[:0]}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = one{str}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`one{str}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = [1][]int{nilsl}
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`[1][]int{nilsl}`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = R(n - 250)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`R(n - 250)`, m2.Mallocs-m1.Mallocs)
	runtime.ReadMemStats(&m1)
	for i := 0; i < 100; i++ {
		sink = R(n)
	}
	runtime.ReadMemStats(&m2)
	fmt.Println(`R(n)`, m2.Mallocs-m1.Mallocs)
}
