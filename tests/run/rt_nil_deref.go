package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func length(n *Node) int {
	c := 0
	for ; n != nil; n = n.Next {
		c++
	}
	return c
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(length(list))
	third := list.Next.Next
	fmt.Println(third.Val)
	fmt.Println(third.Next.Val)
}
