// Seed 4: interface arguments.  Passing a non-constant value to fmt.Println
// converts it to an interface whose content leaks: "in() escapes to heap",
// while the variadic slice itself ("... argument") does not escape.  (The
// value is 256 or more: Go boxes 0..255, like constants, without
// allocating, so a smaller one would escape without a heap allocation.)
package main

import "fmt"

func in() int {
	return 4242
}

func main() {
	fmt.Println(in())
}
