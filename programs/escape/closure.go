// Seed 3: closures.  The closure returned by Increase outlives it, so n is
// "moved to heap: n" and the "func literal escapes to heap".
package main

import "fmt"

func Increase() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	in := Increase()
	fmt.Println(in()) // 1
	fmt.Println(in()) // 2
}
