package main

import "fmt"

type T struct {
	s []int
}

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}
