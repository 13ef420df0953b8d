package main

import "fmt"

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] <= b[j] {
			out = append(out, a[i])
			i++
		} else {
			out = append(out, b[j])
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

func psort(xs []int, depth int) []int {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	if depth <= 0 {
		return merge(psort(xs[:mid], 0), psort(xs[mid:], 0))
	}
	lc := make(chan []int)
	go func() { lc <- psort(xs[:mid], depth-1) }()
	r := psort(xs[mid:], depth-1)
	return merge(<-lc, r)
}

func main() {
	xs := make([]int, 500)
	seed := uint32(7)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed>>16) % 1000
	}
	s := psort(xs, 4)
	ok := len(s) == len(xs)
	for i := 1; i < len(s); i++ {
		ok = ok && s[i-1] <= s[i]
	}
	fmt.Println(ok, s[:8], s[len(s)-4:])
}
