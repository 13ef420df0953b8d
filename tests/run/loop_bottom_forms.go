package main

// Loop bottoms of every shape codegen fuses (add + compare-and-branch):
// zero-trip loops, continue, break, steps in registers and constants,
// count-downs, range over slices and arrays, and nested loops.

import "fmt"

func main() {
	n, step := 10, 3
	s := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		s += i
	}
	fmt.Println("odd sum", s)
	for i := 0; i <= n; i += step {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 5; i < 5; i++ {
		fmt.Println("never")
	}
	for i := 7; i <= 6; i += step {
		fmt.Println("never")
	}
	for i := 9; i >= 0; i -= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < 100; i++ {
		if i == 4 {
			fmt.Println("break at", i)
			break
		}
	}
	xs := []int{4, 5, 6}
	for i := range xs {
		xs[i] *= 2
	}
	var arr [4]string
	for i := range arr {
		arr[i] = fmt.Sprint(i * i)
	}
	for i := range []int{} {
		fmt.Println("never", i)
	}
	fmt.Println(xs, arr)
	c := 0
	for i := 0; i < 20; i++ {
		for j := i; j < 20; j += i + 1 {
			c += j
		}
	}
	fmt.Println("nested", c)
	var i8 int8
	k := 0
	for i8 = 120; i8 > 0; i8++ {
		k++
	}
	fmt.Println("int8 wrap", k, i8)
	big := 1 << 62
	k = 0
	for x := big; x < big+5; x++ {
		k++
	}
	fmt.Println("big", k)
	i := 0
	for ; i < 3; i++ {
	}
	fmt.Println("after", i)
}

func init() {
	// two-variable post statements; a condition that computes
	p := []int{1, 2, 3, 4, 5, 6}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	fmt.Println(p)
	n := 0
	for i, j := 0, 10; j >= i; i, j = i+2, j-1 {
		n++
	}
	fmt.Println("ge", n)
	x := 0
	for ; (x+1)+2 < 10; x++ {
	}
	fmt.Println("computed", x)
}
