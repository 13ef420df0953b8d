package main

import "fmt"

func main() {
	var d int8 = 3
	x := int8(-128)
	fmt.Println(x/-1, x%-1) // wraps, no panic
	for d >= 0 {
		fmt.Println(100 % d)
		d--
	}
}
