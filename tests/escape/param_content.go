// "leaking param content": what a parameter points to leaks, the parameter
// itself does not.
package main

var global *int
var globalS string

type Box struct {
	p *int
	s string
}

func leakContent(pp **int) { // ERROR "leaking param content: pp$"
	global = *pp
}

func leakField(b *Box) { // ERROR "leaking param content: b$"
	global = b.p
}

func leakSliceElem(s []*int) { // ERROR "leaking param content: s$"
	global = s[0]
}

func leakStringField(b *Box) { // ERROR "leaking param content: b$"
	globalS = b.s
}

func noLeakValue(b *Box) int { // ERROR "b does not escape$"
	return *b.p
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	px := &x
	leakContent(&px)
	b := &Box{p: &x, s: "s"} // ERROR "&Box{...} does not escape$"
	leakField(b)
	leakSliceElem([]*int{&x}) // ERROR "\[\]\*int{...} does not escape$"
	leakStringField(b)
	println(noLeakValue(b))
}
