package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type List struct {
	v    int
	next *List
}

func build(n int) *List {
	if n == 0 {
		return nil
	}
	return &List{n, build(n - 1)}
}

func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	fmt.Println(sumTo(10000), sumTo(20000))
	fmt.Println(ackermann(2, 3), ackermann(3, 3), ackermann(3, 5))
	l := build(10000)
	fmt.Println(l.Len(), l.v, l.next.v)
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return depth(n-1) + 1
	}
	fmt.Println(depth(15000))
}
