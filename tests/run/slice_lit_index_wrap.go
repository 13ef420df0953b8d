// A slice literal whose last index is MaxInt64: the next index wraps, and
// Go 1.19 gives the literal length 0 (go/types' own arithmetic); elements
// are still evaluated.  Was signed overflow in the checker (UBSan) and a
// negative length.
package main

import (
	"fmt"
	"math"
)

func f() float64 { fmt.Println("f"); return 2 }

func main() {
	s := []float64{math.MaxInt: 64, f()}
	fmt.Println(len(s), cap(s))
	t := []float64{math.MaxInt: f()}
	fmt.Println(len(t))
	u := []int{5: 1, 2, 1: 3}
	fmt.Println(len(u), u)
}
