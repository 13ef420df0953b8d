// Pointers to pointers: dereference levels decide what leaks.
package main

var g **int
var g1 *int

func storePP(pp **int) { // ERROR "leaking param: pp$"
	g = pp
}

func storeDeref(pp **int) { // ERROR "leaking param content: pp$"
	g1 = *pp
}

func writeThrough(pp **int, p *int) { // ERROR "leaking param: p$" "pp does not escape$"
	*pp = p
}

func readTwice(ppp ***int) int { // ERROR "ppp does not escape$"
	return ***ppp
}

func retDeref2(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	px := &x
	storeDeref(&px)
	y := 2
	py := &y
	ppy := &py
	z := 3 // ERROR "moved to heap: z$"
	writeThrough(&px, &z)
	w := 4   // ERROR "moved to heap: w$"
	pw := &w // ERROR "moved to heap: pw$"
	storePP(&pw)
	println(readTwice(&ppy), *retDeref2(&ppy), *g1, **g)
}
