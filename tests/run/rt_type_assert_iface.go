package main

import "fmt"

type Named interface{ Name() string }
type T struct{}

func (T) String() string { return "T" }

func main() {
	var s fmt.Stringer = T{}
	fmt.Println(s)
	n := s.(Named)
	fmt.Println(n)
}
