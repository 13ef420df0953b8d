package main

import (
	"fmt"
	"sort"
)

func filterInPlace(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func rotateLeft(s []int, k int) {
	if len(s) == 0 {
		return
	}
	k %= len(s)
	reverse(s[:k])
	reverse(s[k:])
	reverse(s)
}

func dedupe(s []string) []string {
	sort.Strings(s)
	j := 0
	for i := range s {
		if i == 0 || s[i] != s[j-1] {
			s[j] = s[i]
			j++
		}
	}
	return s[:j]
}

func chunk(s []int, n int) [][]int {
	var out [][]int
	for len(s) > n {
		out = append(out, s[:n:n])
		s = s[n:]
	}
	return append(out, s)
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	orig := s
	ev := filterInPlace(s, func(v int) bool { return v%2 == 0 })
	fmt.Println(ev, orig) // shares the backing array
	a := []int{1, 2, 3, 4, 5, 6, 7}
	rotateLeft(a, 3)
	fmt.Println(a)
	rotateLeft(a, 11)
	fmt.Println(a)
	fmt.Println(dedupe([]string{"b", "a", "c", "a", "b", "b", "d"}))
	c := chunk([]int{1, 2, 3, 4, 5, 6, 7, 8}, 3)
	fmt.Println(c, len(c), cap(c[0]))
	c[0] = append(c[0], 99) // cap limited: does not overwrite c[1]
	fmt.Println(c)
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack, cap(stack))
	idx := 2
	stack = append(stack[:idx], stack[idx+1:]...)
	fmt.Println(stack)
	clone := append([]int(nil), stack...)
	clone[0] = -1
	fmt.Println(stack[0], clone[0])
	var grid [][]bool
	for i := 0; i < 3; i++ {
		grid = append(grid, make([]bool, i+1))
	}
	grid[2][2] = true
	fmt.Println(grid)
	zeros := make([]float64, 3, 10)
	fmt.Println(zeros, len(zeros[:5]), zeros[:5][4])
}
