package main

import "fmt"

func partition(a []int, lo, hi int) int {
	pivot := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if a[j] < pivot {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	return i
}

func quicksort(a []int, lo, hi int) {
	if lo < hi {
		p := partition(a, lo, hi)
		quicksort(a, lo, p-1)
		quicksort(a, p+1, hi)
	}
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l := mergeSort(a[:mid])
	r := mergeSort(a[mid:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	out = append(out, r[j:]...)
	return out
}

func main() {
	// a linear congruential generator gives reproducible input
	x := uint32(12345)
	a := make([]int, 50)
	for i := range a {
		x = x*1103515245 + 12345
		a[i] = int(x>>16) % 1000
	}
	b := make([]int, len(a))
	copy(b, a)
	quicksort(a, 0, len(a)-1)
	fmt.Println(a)
	m := mergeSort(b)
	fmt.Println(m)
	same := true
	for i := range a {
		if a[i] != m[i] {
			same = false
		}
	}
	fmt.Println("same:", same, "len:", len(m))
}
