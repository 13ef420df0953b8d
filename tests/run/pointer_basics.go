package main

import "fmt"

type Point struct{ X, Y int }

func swap(a, b *int) { *a, *b = *b, *a }

func scale(p *Point, k int) {
	p.X *= k
	p.Y *= k
}

func newInt(v int) *int { return &v }

func main() {
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	p := Point{3, 4}
	scale(&p, 10)
	fmt.Println(p)
	px := &p.X
	*px = 7
	fmt.Println(p, *px)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e *= 100
	fmt.Println(arr)
	s := []int{5, 6, 7}
	se := &s[2]
	s[2] = 70
	fmt.Println(*se)
	s = append(s, 8) // realloc: se points into the old array
	s[2] = 700
	fmt.Println(*se, s[2])
	ip := newInt(5)
	jp := newInt(5)
	fmt.Println(*ip == *jp, ip == jp)
	q := new(Point)
	q.Y = 9
	fmt.Println(*q, q.X)
	pp := &q
	(*pp).X = 1
	fmt.Println(*q)
	var np *Point
	fmt.Println(np == nil)
	ptrs := map[string]*int{}
	for i, k := range []string{"a", "b", "c"} {
		v := i * 11
		ptrs[k] = &v
	}
	*ptrs["b"] += 1
	fmt.Println(*ptrs["a"], *ptrs["b"], *ptrs["c"])
	structs := []*Point{{1, 1}, {2, 2}}
	for _, sp := range structs {
		sp.X += 10
	}
	fmt.Println(*structs[0], *structs[1])
	n := 0
	inc := func(p *int) { *p++ }
	for i := 0; i < 5; i++ {
		inc(&n)
	}
	fmt.Println(n)
	ap := &[2]string{"x", "y"}
	for i := range ap {
		ap[i] += "!"
	}
	fmt.Println(*ap, len(ap))
}
