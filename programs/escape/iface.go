// Seed 4: interface arguments.  Passing a non-constant value to fmt.Println
// converts it to an interface whose content leaks: "in() escapes to heap",
// while the variadic slice itself ("... argument") does not escape.
package main

import "fmt"

func in() int {
	return 42
}

func main() {
	fmt.Println(in())
}
