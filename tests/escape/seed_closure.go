// Seed claim 3: a closure returned from its creator keeps the captured
// counter alive, so both go to the heap.
package main

import "fmt"

func Increase() func() int {
	n := 0              // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func main() {
	in := Increase()
	fmt.Println(in()) // ERROR "... argument does not escape$" "in\(\) escapes to heap$"
	fmt.Println(in()) // ERROR "... argument does not escape$" "in\(\) escapes to heap$"
}
