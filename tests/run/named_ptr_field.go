// Field selection through a defined pointer type (type NP *node): x.f is
// (*x).f, for reads, writes, nested selectors and compound assignment.
package main

import "fmt"

type node struct {
	val  int
	name string
	next *node
	pt   struct{ x, y int }
}

type NP *node

type list struct {
	head NP
	n    int
}

func push(l *list, v int) {
	var nn NP = &node{val: v, name: fmt.Sprint("n", v)}
	nn.next = l.head
	l.head = nn
	l.n++
}

func main() {
	l := &list{}
	for i := 1; i <= 4; i++ {
		push(l, i*i)
	}
	for p := l.head; p != nil; p = p.next {
		fmt.Print(p.val, ":", p.name, " ")
	}
	fmt.Println(l.n)
	var h NP = l.head
	h.val += 100
	h.pt.x = 7
	h.next.pt.y = h.pt.x * 2
	fmt.Println(h.val, h.pt, h.next.pt, (*h).next.val)
	pp := &h.pt
	pp.y = 9
	fmt.Println(h.pt)
}
