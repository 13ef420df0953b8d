// fmt.Println and friends: the variadic slice does not escape, each
// non-constant, non-pointer argument is converted to an interface that does.
package main

import (
	"fmt"
	"os"
)

type P struct{ x, y int }

func main() {
	i := 3
	s := "str"
	f := 2.5
	p := P{1, 2}
	pp := &P{3, 4}                    // ERROR "&P{...} escapes to heap$"
	fmt.Println(i, s, f)              // ERROR "... argument does not escape$" "f escapes to heap$" "i escapes to heap$" "s escapes to heap$"
	fmt.Println(p, pp)                // ERROR "... argument does not escape$" "p escapes to heap$"
	fmt.Printf("%d %s\n", i, s)       // ERROR "... argument does not escape$" "i escapes to heap$" "s escapes to heap$"
	str := fmt.Sprintf("%v-%v", i, p) // ERROR "... argument does not escape$" "i escapes to heap$" "p escapes to heap$"
	fmt.Fprintln(os.Stdout, str)      // ERROR "... argument does not escape$" "str escapes to heap$"
	fmt.Print(i+1, "\n")              // ERROR "... argument does not escape$" ".\\n. escapes to heap$" "i \+ 1 escapes to heap$"
	fmt.Println()
	fmt.Println(p.x, pp.y) // ERROR "... argument does not escape$" "p.x escapes to heap$" "pp.y escapes to heap$"
}
