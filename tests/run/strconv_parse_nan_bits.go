package main

import (
	"fmt"
	"math"
	"strconv"
)

// strconv.ParseFloat("nan", 64) is math.NaN() to the bit (0x7FF8000000000001);
// with bitSize 32 it went through float32, which drops the low payload bit.
func main() {
	for _, s := range []string{"nan", "NaN", "+nan", "-NaN", "inf", "-Inf", "+INF", "infinity", "-infinity"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, math.Float64bits(f), g, err2, math.Float64bits(g))
	}
	fmt.Println(math.Float64bits(math.NaN()))
}
