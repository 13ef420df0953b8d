// Storing into fields of heap objects makes the stored value escape;
// storing into fields of stack objects does not.
package main

type Node struct {
	val  *int
	next *Node
}

var root *Node

func attach(n *Node, v *int) { // ERROR "leaking param: v$" "n does not escape$"
	n.val = v
}

func linkLocal() int {
	a, b := 1, 2
	n1 := &Node{val: &a}           // ERROR "&Node{...} does not escape$"
	n2 := &Node{val: &b, next: n1} // ERROR "&Node{...} does not escape$"
	return *n2.next.val + *n2.val
}

func linkGlobal() {
	x := 5       // ERROR "moved to heap: x$"
	n := &Node{} // ERROR "&Node{} escapes to heap$"
	n.val = &x
	root = n
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		v := i                            // ERROR "moved to heap: v$"
		head = &Node{val: &v, next: head} // ERROR "&Node{...} escapes to heap$"
	}
	return head
}

func main() {
	y := 3       // ERROR "moved to heap: y$"
	n := &Node{} // ERROR "&Node{} does not escape$"
	attach(n, &y)
	linkGlobal()
	println(*n.val, linkLocal(), *root.val, *build(3).val)
}
