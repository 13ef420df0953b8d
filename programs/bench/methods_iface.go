// methods_iface: method calls through an interface over a slice of values of
// three concrete types.
package main

import "fmt"

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ a, b, c int }

func (r *Rect) Area() int        { return r.w * r.h }
func (r *Rect) Perimeter() int   { return 2 * (r.w + r.h) }
func (q *Square) Area() int      { return q.s * q.s }
func (q *Square) Perimeter() int { return 4 * q.s }
func (t *Tri) Area() int         { return t.a * t.b / 2 }
func (t *Tri) Perimeter() int    { return t.a + t.b + t.c }

func main() {
	shapes := make([]Shape, 0, 300)
	for i := 0; i < 100; i++ {
		shapes = append(shapes, &Rect{i, i + 1}, &Square{i}, &Tri{i, i + 2, i + 3})
	}
	total := 0
	for r := 0; r < 150000; r++ {
		for _, s := range shapes {
			total += s.Area() - s.Perimeter()
		}
		total &= 0xfffffff
	}
	fmt.Println(total)
}
