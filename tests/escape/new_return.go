// new(T) and &T{} returned from a function escape; kept local they do not.
package main

type Point struct{ X, Y int }

func newPoint() *Point {
	return new(Point) // ERROR "new\(Point\) escapes to heap$"
}

func newPointLit(x, y int) *Point {
	return &Point{X: x, Y: y} // ERROR "&Point{...} escapes to heap$"
}

func localNew() int {
	p := new(Point) // ERROR "new\(Point\) does not escape$"
	p.X = 3
	return p.X + p.Y
}

func localLit() int {
	p := &Point{1, 2} // ERROR "&Point{...} does not escape$"
	return p.X * p.Y
}

func main() {
	a := newPoint()
	b := newPointLit(3, 4)
	println(a.X+b.Y, localNew(), localLit())
}
