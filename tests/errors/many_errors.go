package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	a := 1
	b := 2
	var c string = 3
	d := undefinedThing
	e := a + "x"
	f()
	var g int
	h := 1
	h := 2
	fmt.Println(c, d, e)
}
