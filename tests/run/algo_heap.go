package main

import "fmt"

type MinHeap struct{ a []int }

func (h *MinHeap) Push(v int) {
	h.a = append(h.a, v)
	i := len(h.a) - 1
	for i > 0 {
		p := (i - 1) / 2
		if h.a[p] <= h.a[i] {
			break
		}
		h.a[p], h.a[i] = h.a[i], h.a[p]
		i = p
	}
}

func (h *MinHeap) Pop() int {
	top := h.a[0]
	last := len(h.a) - 1
	h.a[0] = h.a[last]
	h.a = h.a[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.a) && h.a[l] < h.a[m] {
			m = l
		}
		if r < len(h.a) && h.a[r] < h.a[m] {
			m = r
		}
		if m == i {
			break
		}
		h.a[i], h.a[m] = h.a[m], h.a[i]
		i = m
	}
	return top
}

func (h *MinHeap) Len() int { return len(h.a) }

func heapSort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			l, m := 2*i+1, i
			if l < n && a[l] > a[m] {
				m = l
			}
			if l+1 < n && a[l+1] > a[m] {
				m = l + 1
			}
			if m == i {
				return
			}
			a[i], a[m] = a[m], a[i]
			i = m
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func main() {
	h := &MinHeap{}
	for _, v := range []int{42, 7, 19, 3, 99, -4, 7, 0, 15} {
		h.Push(v)
	}
	fmt.Println(h.a, h.Len())
	var out []int
	for h.Len() > 0 {
		out = append(out, h.Pop())
	}
	fmt.Println(out)
	a := []int{9, 8, 7, 1, 2, 3, 6, 5, 4, 0, 10, -1}
	heapSort(a)
	fmt.Println(a)
	// k smallest of a stream
	seed := uint32(7)
	k := &MinHeap{}
	for i := 0; i < 1000; i++ {
		seed = seed*1664525 + 1013904223
		k.Push(int(seed >> 20))
	}
	for i := 0; i < 5; i++ {
		fmt.Print(k.Pop(), " ")
	}
	fmt.Println(k.Len())
}
