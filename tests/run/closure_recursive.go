package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))

	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 65} {
		root = insert(root, v)
	}
	var walk func(*Tree, int)
	var order []string
	walk = func(t *Tree, depth int) {
		if t == nil {
			return
		}
		walk(t.Left, depth+1)
		order = append(order, fmt.Sprintf("%d@%d", t.Val, depth))
		walk(t.Right, depth+1)
	}
	walk(root, 0)
	fmt.Println(strings.Join(order, " "))

	var height func(*Tree) int
	height = func(t *Tree) int {
		if t == nil {
			return 0
		}
		l, r := height(t.Left), height(t.Right)
		if l > r {
			return l + 1
		}
		return r + 1
	}
	fmt.Println("height", height(root))

	// mutual recursion through closures
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	var hanoi func(n int, from, to, via string) int
	moves := []string{}
	hanoi = func(n int, from, to, via string) int {
		if n == 0 {
			return 0
		}
		c := hanoi(n-1, from, via, to)
		moves = append(moves, from+to)
		return c + 1 + hanoi(n-1, via, to, from)
	}
	fmt.Println(hanoi(3, "A", "C", "B"), moves)
	fmt.Println(hanoi(16, "A", "C", "B"), len(moves))
}
