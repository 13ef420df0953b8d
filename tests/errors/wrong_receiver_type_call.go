package main

import "fmt"

type A struct{}
type B struct{}

func (A) Hello() string { return "A" }

func main() {
	f := A.Hello
	fmt.Println(f(B{}))
}
