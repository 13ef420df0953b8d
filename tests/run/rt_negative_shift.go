package main

import "fmt"

func shl(x, n int) int { return x << n }

func main() {
	for n := 3; n >= -1; n-- {
		fmt.Println(n, shl(1, n))
	}
}
