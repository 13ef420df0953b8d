package main

import "fmt"

type Tree struct {
	root *node
	size int
}

type node struct {
	key         int
	left, right *node
}

func (t *Tree) Insert(k int) bool {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).key:
			p = &(*p).left
		case k > (*p).key:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &node{key: k}
	t.size++
	return true
}

func (t *Tree) Delete(k int) bool {
	var ok bool
	t.root, ok = del(t.root, k)
	if ok {
		t.size--
	}
	return ok
}

func del(n *node, k int) (*node, bool) {
	if n == nil {
		return nil, false
	}
	var ok bool
	switch {
	case k < n.key:
		n.left, ok = del(n.left, k)
	case k > n.key:
		n.right, ok = del(n.right, k)
	default:
		if n.left == nil {
			return n.right, true
		}
		if n.right == nil {
			return n.left, true
		}
		m := n.right
		for m.left != nil {
			m = m.left
		}
		n.key = m.key
		n.right, _ = del(n.right, m.key)
		return n, true
	}
	return n, ok
}

func (t *Tree) InOrder(visit func(int)) {
	var walk func(*node)
	walk = func(n *node) {
		if n != nil {
			walk(n.left)
			visit(n.key)
			walk(n.right)
		}
	}
	walk(t.root)
}

func (t *Tree) Keys() []int {
	var ks []int
	t.InOrder(func(k int) { ks = append(ks, k) })
	return ks
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.left), height(n.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var t Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 10} {
		fmt.Print(t.Insert(k), " ")
	}
	fmt.Println()
	fmt.Println(t.Keys(), t.size, height(t.root))
	for _, k := range []int{20, 30, 50, 99} {
		fmt.Print(t.Delete(k), " ")
	}
	fmt.Println()
	fmt.Println(t.Keys(), t.size, t.root.key, height(t.root))
	sum := 0
	t.InOrder(func(k int) { sum += k })
	fmt.Println(sum)
	var big Tree
	for i := 0; i < 1000; i++ {
		big.Insert((i * 37) % 1000)
	}
	fmt.Println(big.size, height(big.root), big.Keys()[:5])
}
