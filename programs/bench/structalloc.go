// structalloc: small structs built in a hot loop that do not escape: with
// escape analysis they live in the frame, without it every &Vec3{} is a heap
// allocation.  structalloc_escape.go does the same work with structs that
// escape.  (//go:noinline keeps native Go from folding the helpers into the
// loop, so that it measures the same calls gosub makes.)
package main

import "fmt"

type Vec3 struct {
	x, y, z int
}

//go:noinline
func addInto(out, a, b *Vec3) {
	out.x = a.x + b.x
	out.y = a.y + b.y
	out.z = a.z + b.z
}

//go:noinline
func dot(a, b *Vec3) int {
	return a.x*b.x + a.y*b.y + a.z*b.z
}

func main() {
	sum := 0
	for i := 0; i < 25000000; i++ {
		a := &Vec3{i, i + 1, i + 2}
		b := &Vec3{i & 7, i & 15, i & 31}
		c := &Vec3{}
		addInto(c, a, b)
		sum += dot(c, b)
		sum &= 0xffffffff
	}
	fmt.Println(sum)
}
