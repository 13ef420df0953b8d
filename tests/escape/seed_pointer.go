// Seed claim 1: a struct created with new, filled from a string parameter and
// returned, lives on the heap; the parameter leaks into it.
package main

import "fmt"

type Demo struct {
	name string
}

func createDemo(name string) *Demo { // ERROR "leaking param: name$"
	d := new(Demo) // ERROR "new\(Demo\) escapes to heap$"
	d.name = name
	return d
}

func main() {
	demo := createDemo("demo")
	fmt.Println(demo) // ERROR "... argument does not escape$"
}
