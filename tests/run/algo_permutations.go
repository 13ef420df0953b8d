package main

import (
	"fmt"
	"strings"
)

func permute(a []rune, k int, out *[]string) {
	if k == len(a) {
		*out = append(*out, string(a))
		return
	}
	for i := k; i < len(a); i++ {
		a[k], a[i] = a[i], a[k]
		permute(a, k+1, out)
		a[k], a[i] = a[i], a[k]
	}
}

// nextPerm rearranges a into the next lexicographic permutation.
func nextPerm(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func subsets(items []string) [][]string {
	var res [][]string
	for mask := 0; mask < 1<<len(items); mask++ {
		var s []string
		for i, it := range items {
			if mask&(1<<i) != 0 {
				s = append(s, it)
			}
		}
		res = append(res, s)
	}
	return res
}

func main() {
	var out []string
	permute([]rune("abc"), 0, &out)
	fmt.Println(out)
	a := []int{1, 2, 2, 3}
	n := 1
	fmt.Println(a)
	for nextPerm(a) {
		fmt.Println(a)
		n++
	}
	fmt.Println("distinct:", n)
	for _, s := range subsets([]string{"x", "y", "z"}) {
		fmt.Printf("{%s} ", strings.Join(s, ","))
	}
	fmt.Println()
}
