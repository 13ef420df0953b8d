// structalloc_escape: the work of structalloc.go, but the structs are made
// by functions that return them, so each one escapes to the heap (in gosub
// and, thanks to //go:noinline, in native Go too).
package main

import "fmt"

type Vec3 struct {
	x, y, z int
}

//go:noinline
func newVec(x, y, z int) *Vec3 {
	return &Vec3{x, y, z}
}

//go:noinline
func add(a, b *Vec3) *Vec3 {
	return &Vec3{a.x + b.x, a.y + b.y, a.z + b.z}
}

//go:noinline
func dot(a, b *Vec3) int {
	return a.x*b.x + a.y*b.y + a.z*b.z
}

func main() {
	sum := 0
	for i := 0; i < 3000000; i++ {
		a := newVec(i, i+1, i+2)
		b := newVec(i&7, i&15, i&31)
		c := add(a, b)
		sum += dot(c, b)
		sum &= 0xffffffff
	}
	fmt.Println(sum)
}
