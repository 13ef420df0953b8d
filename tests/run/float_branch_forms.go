// Fused float64 compare-and-branch (NaN: every ordered comparison is false,
// != is true) and float64 arithmetic with a constant operand.
package main

import (
	"fmt"
	"math"
)

func classify(a, b float64) string {
	s := ""
	if a < b {
		s += "<"
	}
	if a <= b {
		s += "<="
	}
	if a > b {
		s += ">"
	}
	if a >= b {
		s += ">="
	}
	if a == b {
		s += "=="
	}
	if a != b {
		s += "!="
	}
	if !(a < b) {
		s += " !<"
	}
	if !(a >= b) {
		s += " !>="
	}
	return s
}

func main() {
	nan := math.NaN()
	vals := []float64{-1, 0, math.Copysign(0, -1), 2.5, nan, math.Inf(1)}
	for _, a := range vals {
		for _, b := range vals {
			fmt.Println(a, b, classify(a, b))
		}
	}
	n := 0
	for x := 0.0; x < 10; x += 0.75 {
		n++
	}
	for x := 10.0; !(x <= 1); x /= 2 {
		n++
	}
	fmt.Println(n)
	for _, x := range vals {
		fmt.Println(x+1.5, x-1.5, 1.5-x, 2*x, x*2, x/4, 4/x, 1/(x+1))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(math.Inf(1)), math.Sqrt(math.Copysign(0, -1)))
	i := 0
	for ; ; i++ {
		if float64(i)*1.5 > 7 {
			break
		}
	}
	fmt.Println(i)
	for _, x := range vals {
		s := ""
		if x < 2.5 {
			s += "a"
		}
		if 2.5 < x {
			s += "b"
		}
		if !(x >= 0) {
			s += "c"
		}
		if !(0 > x) {
			s += "d"
		}
		if x == 0 {
			s += "e"
		}
		if x != 0 {
			s += "f"
		}
		if !(x <= -1) {
			s += "g"
		}
		if -1 >= x {
			s += "h"
		}
		fmt.Println(x, s)
	}
}
