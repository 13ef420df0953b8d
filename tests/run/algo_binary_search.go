package main

import (
	"fmt"
	"sort"
)

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(a) && a[lo] == x {
		return lo
	}
	return -1
}

func isqrt(n int) int {
	lo, hi := 0, n
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid <= n/mid {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	a := []int{}
	for i := 0; i < 40; i++ {
		a = append(a, i*i-10*i)
	}
	sort.Ints(a)
	fmt.Println(a[:12])
	for _, x := range []int{-25, -24, 0, 11, 456, 1170, 2000} {
		fmt.Println(x, search(a, x), sort.SearchInts(a, x))
	}
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999, 1 << 62} {
		fmt.Printf("isqrt(%d)=%d\n", n, isqrt(n))
	}
	i := sort.Search(100, func(i int) bool { return i*i*i >= 4000 })
	fmt.Println("first cube >= 4000:", i)
}
