package main

import "fmt"

type Point struct{ X, Y int }
type Rect struct{ Min, Max Point }
type Tagged struct {
	Name string
	Tags [3]string
	P    *Point
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	r1 := Rect{a, c}
	r2 := Rect{Point{1, 2}, Point{2, 1}}
	fmt.Println(r1 == r2, r1.Max == c)
	p := &Point{5, 5}
	t1 := Tagged{"x", [3]string{"a"}, p}
	t2 := Tagged{"x", [3]string{"a"}, p}
	t3 := Tagged{"x", [3]string{"a"}, &Point{5, 5}}
	fmt.Println(t1 == t2, t1 == t3, *t1.P == *t3.P)
	var z Point
	fmt.Println(z == Point{}, z)
	seen := map[Point]int{}
	pts := []Point{{0, 0}, {1, 1}, {0, 0}, {2, 2}, {1, 1}, {0, 0}}
	for _, q := range pts {
		seen[q]++
	}
	fmt.Println(seen, len(seen))
	cp := a
	cp.X = 100
	fmt.Println(a, cp)
	pa := &a
	pa.Y = 50
	fmt.Println(a, *pa == a)
	arr := [2]Point{{1, 1}, {2, 2}}
	arr2 := arr
	arr2[0].X = 9
	fmt.Println(arr == arr2, arr, arr2)
	anon1 := struct{ A, B int }{1, 2}
	anon2 := struct{ A, B int }{1, 2}
	fmt.Println(anon1 == anon2)
	type Emb struct {
		Point
		Z int
	}
	e1 := Emb{Point{1, 2}, 3}
	e2 := Emb{Point: Point{1, 2}, Z: 3}
	fmt.Println(e1 == e2, e1.X, e2.Point.Y)
	var i1, i2 interface{} = e1, e2
	fmt.Println(i1 == i2)
}
