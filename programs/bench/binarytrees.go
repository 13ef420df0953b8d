// binarytrees: allocation-heavy; builds and walks many short-lived trees.
package main

import "fmt"

type Node struct {
	left, right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func main() {
	const minDepth = 4
	maxDepth := 15
	total := 0
	stretch := bottomUp(maxDepth + 1)
	total += stretch.check()
	longLived := bottomUp(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+minDepth)
		c := 0
		for i := 0; i < iters; i++ {
			c += bottomUp(d).check()
		}
		total += c
	}
	total += longLived.check()
	fmt.Println(total)
}
