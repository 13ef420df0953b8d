// Seed 1: pointer escape.  createDemo returns a pointer to the struct it
// allocates with new, so the struct outlives the frame: -m reports
// "new(Demo) escapes to heap" and "leaking param: name".
package main

import "fmt"

type Demo struct {
	name string
}

func createDemo(name string) *Demo {
	d := new(Demo)
	d.name = name
	return d
}

func main() {
	fmt.Println(createDemo("demo"))
}
