// Where Go 1.19 reports the implicit interface conversion of an argument:
// a bare variable gets the position of the closest preceding argument that is
// a literal, call or operator expression, or the call's "(" if there is none
// (so a multi-line call reports it on the line of the "(").  Selectors (p.x)
// and other expressions are reported at their own position (for p.x, the dot).
package main

import "fmt"

var gv = 5

type P struct{ x int }

func f() int { return 1 }

func main() {
	a, b := 1, 2
	p := P{3}
	fmt.Println(a, b)      // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$"
	fmt.Println(f(), a)    // ERROR "... argument does not escape$" "a escapes to heap$" "f\(\) escapes to heap$"
	fmt.Println(a, f(), b) // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$" "f\(\) escapes to heap$"
	fmt.Println("lit", a)  // ERROR "... argument does not escape$" ".lit. escapes to heap$" "a escapes to heap$"
	fmt.Println(a+1, b)    // ERROR "... argument does not escape$" "a \+ 1 escapes to heap$" "b escapes to heap$"
	fmt.Println(gv)        // ERROR "... argument does not escape$" "gv escapes to heap$"
	fmt.Println(p.x, a)    // ERROR "... argument does not escape$" "a escapes to heap$" "p.x escapes to heap$"
	var s fmt.Stringer
	fmt.Println(s, a) // ERROR "... argument does not escape$" "a escapes to heap$"
	fmt.Println(      // ERROR "... argument does not escape$" "a escapes to heap$" "b escapes to heap$"
		a,
		b,
	)
	fmt.Println( // ERROR "... argument does not escape$"
		f(), // ERROR "a escapes to heap$" "f\(\) escapes to heap$"
		a,
	)
}
