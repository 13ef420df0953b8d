// Named non-struct types: conversions between them and to interfaces.
package main

import "fmt"

type Celsius float64
type Names []string
type Lookup map[string]int

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) } // ERROR "... argument does not escape$" "float64\(c\) escapes to heap$"
func (n Names) First() string    { return n[0] }                             // ERROR "leaking param: n to result ~r0 level=1$"

func show(c Celsius) string {
	var s fmt.Stringer = c // ERROR "c does not escape$"
	return s.String()      // ERROR "devirtualizing s.String to Celsius$"
}

func asNames(s []string) Names { // ERROR "leaking param: s to result ~r0 level=0$"
	return Names(s)
}

func lookup(l Lookup, k string) int { // ERROR "k does not escape$" "l does not escape$"
	return l[k]
}

func main() {
	fmt.Println(show(21.5), asNames([]string{"a"}).First(), lookup(Lookup{"k": 1}, "k")) // ERROR "... argument does not escape$" "Lookup{...} does not escape$" "Names.First\(.autotmp_[0-9]+\) escapes to heap$" "\[\]string{...} does not escape$" "lookup\(Lookup{...}, .k.\) escapes to heap$" "show\(21.5\) escapes to heap$"
}
