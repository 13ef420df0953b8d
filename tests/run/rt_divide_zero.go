package main

import "fmt"

func avg(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total / len(xs)
}

func main() {
	fmt.Println(avg([]int{1, 2, 3, 4}))
	f := 1.0
	var z float64
	fmt.Println(f/z, -f/z) // floats do not panic
	fmt.Println(avg(nil))
}
