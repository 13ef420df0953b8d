package main

// A non-escaping &T{...} in a loop reuses one frame object: whatever the
// literal does not set must read as zero on every iteration, even after
// the previous iteration wrote to it.

import "fmt"

type In struct{ x, y int }

type Outer struct {
	a, b In
	c    [2]int
}

type Padded struct {
	a int8
	b int64
}

type Full struct{ x, y, z int }

func main() {
	sum := 0
	for i := 0; i < 4; i++ {
		p := &[4]int{2: i}
		q := &In{x: i}
		r := &Outer{In{i, i}, In{}, [2]int{i}}
		s := &Padded{1, int64(i)}
		t := &Full{i, i + 1, i + 2}
		u := &[3]int{i, i, i}
		fmt.Println(*p, *q, *r, *s == Padded{1, int64(i)}, *t, *u)
		p[0], p[3] = 99, 98
		q.y = 97
		r.b.x, r.c[1] = 96, 95
		sum += t.x + u[1]
		t.x, u[1] = -1, -1
	}
	fmt.Println(sum)
}

type KeyedOuter struct {
	a int
	b In
}

func init() {
	// keyed fields in another order, a nested literal that leaves a field
	// unset: the object must still be zeroed first
	for i := 0; i < 3; i++ {
		p := &KeyedOuter{b: In{x: i}, a: 5}
		fmt.Println(*p)
		p.b.y = 99
	}
}
