// Seed claim 4: fmt.Println's arguments are converted to interfaces whose
// content leaks; the variadic slice itself does not escape.
package main

import "fmt"

func in() int { return 41 }

func main() {
	fmt.Println(in())           // ERROR "... argument does not escape$" "in\(\) escapes to heap$"
	fmt.Println("constant", 42) // ERROR "... argument does not escape$" ".constant. escapes to heap$" "42 escapes to heap$"
	x := in() + 1
	fmt.Println(x, "and", x*2) // ERROR "... argument does not escape$" ".and. escapes to heap$" "x \* 2 escapes to heap$" "x escapes to heap$"
}
