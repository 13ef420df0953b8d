// Recursive functions are analysed as one strongly connected component.
package main

type Tree struct {
	left, right *Tree
	val         int
}

func insert(t *Tree, v int) *Tree { // ERROR "leaking param: t$"
	if t == nil {
		return &Tree{val: v} // ERROR "&Tree{...} escapes to heap$"
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func sum(t *Tree) int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	return t.val + sum(t.left) + sum(t.right)
}

func depth(p *int, n int) int { // ERROR "p does not escape$"
	if n == 0 {
		return *p
	}
	return depth(p, n-1)
}

func last(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return last(p, n-1)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8} { // ERROR "\[\]int{...} does not escape$"
		root = insert(root, v)
	}
	x := 4
	println(sum(root), depth(&x, 3), *last(&x, 2))
}
