// x = s[i] and x = p.f load straight into x's register: the load reads
// its operands (x among them) before it writes x.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

func main() {
	var head *node
	for i := 0; i < 5; i++ {
		head = &node{i, head}
	}
	p := head
	sum := 0
	for p != nil {
		sum += p.v
		p = p.next
	}
	a := []int{3, 0, 4, 1, 2}
	x, seen := 0, []int{}
	for i := 0; i < 6; i++ {
		x = a[x]
		seen = append(seen, x)
	}
	m := map[string]string{"a": "b", "b": "c", "c": "a"}
	k := "a"
	for i := 0; i < 4; i++ {
		k = m[k]
	}
	bs := []byte("hello")
	var c byte
	n := 3
	c = bs[n]
	arr := [4]int{10, 20, 30, 40}
	j := 2
	j = arr[j]
	q := &node{v: 7}
	q.v = q.v * 2
	v := q.v
	fmt.Println(sum, seen, k, c, j, v)
	v = q.next.v + 0*v
	fmt.Println(v)
}
