// Copying through pointers: *dst = *src makes src's content flow into
// whatever dst points to.
package main

type S struct {
	p *int
	n int
}

var gs *S

func copyInto(dst, src *S) { // ERROR "dst does not escape$" "leaking param content: src$"
	*dst = *src
}

func copyToGlobal(src *S) { // ERROR "leaking param content: src$"
	*gs = *src
}

func copyScalar(dst, src *S) { // ERROR "dst does not escape$" "src does not escape$"
	dst.n = src.n
}

func main() {
	x := 1         // ERROR "moved to heap: x$"
	a := &S{p: &x} // ERROR "&S{...} does not escape$"
	b := &S{}      // ERROR "&S{} does not escape$"
	copyInto(b, a)
	gs = &S{}               // ERROR "&S{} escapes to heap$"
	y := 2                  // ERROR "moved to heap: y$"
	copyToGlobal(&S{p: &y}) // ERROR "&S{...} does not escape$"
	copyScalar(b, a)
	println(*b.p, *gs.p, b.n)
}
