// Package-level initialisers that Go lays out as static data are never
// analysed, so -m says nothing about them (&P{}, composite literals, even
// with computed elements); interface conversions in package initialisation
// are never reported; map literals and calls are init code and reported.
package main

type P struct {
	a *int
	b interface{}
}

func mk() *int { return new(int) } // ERROR "new\(int\) escapes to heap$"
func num() int { return 3 }

var x1 = []*P{{a: mk()}, {b: num()}}
var x2 = &P{b: num()}
var x3 = []interface{}{num(), 4}
var x4 = map[string]*P{"a": &P{}} // ERROR "&P{} escapes to heap$" "map\[string\]\*P{...} escapes to heap$"
var x5 interface{} = num()
var x6 = P{b: 5}
var x7 = []int{num()}
var x8 = func() int { return 1 }
var gp = &P{}
var gv = 3
var gi interface{} = gv

func main() {
	println(len(x1), x2 != nil, len(x3), len(x4), x5 != nil, x6.b != nil, len(x7), x8(), gp != nil, gi != nil)
}
