// panic's argument leaks to the heap (it is converted to an interface).
package main

import (
	"errors"
	"fmt"
)

type Bad struct{ code int }

func panicInt(n int) {
	panic(n) // ERROR "n escapes to heap$"
}

func panicStruct(c int) {
	panic(Bad{c}) // ERROR "Bad{...} escapes to heap$"
}

func panicPtr(b *Bad) { // ERROR "leaking param: b$"
	panic(b)
}

func panicErr() {
	panic(errors.New("bad"))
}

func panicFmt(n int) {
	panic(fmt.Sprintf("bad %d", n)) // ERROR "... argument does not escape$" "fmt.Sprintf\(.bad %d., ... argument...\) escapes to heap$" "n escapes to heap$"
}

func try(f func()) (r interface{}) { // ERROR "f does not escape$"
	defer func() { r = recover() }() // ERROR "func literal does not escape$"
	f()
	return nil
}

func main() {
	fmt.Println(try(func() { panicInt(1) }), try(func() { panicStruct(2) }), try(func() { panicPtr(&Bad{3}) }), try(panicErr), try(func() { panicFmt(4) })) // ERROR "&Bad{...} escapes to heap$" "... argument does not escape$" "func literal does not escape$"
}
