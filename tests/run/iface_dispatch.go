package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func NewSquare(s float64) Square     { return Square{Rect{s, s}} }
func (s Square) String() string      { return fmt.Sprintf("Square(%g)", s.W) }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func total(shapes ...Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Rect{1, 1}, &Circle{0.5}}
	for _, s := range shapes {
		fmt.Printf("%-14T area=%7.3f perim=%7.3f\n", s, s.Area(), s.Perimeter())
	}
	a, p := total(shapes...)
	fmt.Printf("total %.4f %.4f\n", a, p)
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Print(s, " ")
	}
	fmt.Println()
	var s Shape
	fmt.Println(s == nil)
	s = NewSquare(3)
	fmt.Println(s, s.Area())
	if st, ok := s.(fmt.Stringer); ok {
		fmt.Println("stringer:", st.String())
	}
	_, ok := s.(*Circle)
	fmt.Println(ok)
}
