package main

import "os"

func main() {
	a := 1
	b := "two"
	var c []int
	for i := 0; i < 2; i++ {
		d := i
	}
}
