// mylib.go — a user's own C library (programs/ffi/mylib.c), built by the
// Makefile into build/libmylib.so and loaded with
//
//	gosub run --ffi-lib=build/libmylib.so programs/ffi/mylib.go
//
// Shows arrays passed as &s[0] with their length, a Go struct written by C
// through a pointer (same layout in both languages), a pointer returned
// into a Go slice, and results of every width.
package main

import "fmt"

// C: struct Point { int32_t x, y; double w; }
type Point struct {
	X, Y int32
	W    float64
}

//extern my_sum
//go:noescape
func mySum(p *int64, n int) int64

//extern my_mean
//go:noescape
func myMean(p *float64, n int) float64

//extern my_scale
func myScale(p *Point, k int32)

//extern my_max_elem
func myMaxElem(p *int64, n int) *int64

//extern my_reverse
func myReverse(p *int32, n int)

//extern my_neg8
func myNeg8(x int8) int8

//extern my_add_u8
func myAddU8(a, b uint8) uint8

//extern my_sub16
func mySub16(a, b int16) int16

//extern my_not32
func myNot32(x uint32) uint32

//extern my_halff
func myHalf(x float32) float32

//extern my_is_even
func myIsEven(x int64) bool

//extern my_max_u64
func myMaxU64() uint64

//extern my_align_up
func myAlignUp(x, a uintptr) uintptr

func main() {
	xs := []int64{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println("sum:", mySum(&xs[0], len(xs)))
	fs := []float64{1.5, 2.5, 4}
	fmt.Println("mean:", myMean(&fs[0], len(fs)))

	p := Point{X: 2, Y: -3, W: 0.5}
	myScale(&p, 4)
	fmt.Printf("scaled: %+v\n", p)

	q := myMaxElem(&xs[0], len(xs))
	fmt.Println("max:", *q, q == &xs[5])
	*q = 0
	fmt.Println("after *q = 0:", xs)

	ys := []int32{1, 2, 3, 4, 5}
	myReverse(&ys[0], len(ys))
	fmt.Println("reversed:", ys)

	fmt.Println("int8:", myNeg8(5), myNeg8(-128), int64(myNeg8(1)))
	fmt.Println("uint8:", myAddU8(200, 100), myAddU8(255, 0))
	fmt.Println("int16:", mySub16(-32768, 1), mySub16(1, 2))
	fmt.Println("uint32:", myNot32(0), myNot32(0xffff0000))
	fmt.Println("float32:", myHalf(3), myHalf(0.1))
	fmt.Println("bool:", myIsEven(10), myIsEven(-3))
	fmt.Println("uint64:", myMaxU64())
	fmt.Println("uintptr:", myAlignUp(13, 8), myAlignUp(16, 8))
}
