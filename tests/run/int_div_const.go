// Integer division and remainder by constants (immediate forms; powers of
// two by shifts): Go's truncation toward zero, at the edges of each type.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []int64{0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1023, -1023, 1024, -1025,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1, math.MaxInt64 - 1}
	for _, x := range xs {
		fmt.Println(x, x/1, x%1, x/2, x%2, x/4, x%4, x/8, x%8, x/3, x%3, x/1024, x%1024,
			x/(1<<30), x%(1<<30), x/7, x%7)
		u := uint64(x)
		fmt.Println(u/2, u%2, u/16, u%16, u/10, u%10, u/(1<<31-1), u%(1<<31-1))
		i8 := int8(x)
		u8 := uint8(x)
		i32 := int32(x)
		fmt.Println(i8/2, i8%2, i8/4, i8%4, u8/4, u8%4, i32/8, i32%8, i32/5, i32%5)
	}
	s := 0
	for i := -50; i < 50; i++ {
		s += i/2 + i%2*3 + i/16*5 + i%16*7
	}
	fmt.Println(s)
}
