// sort: sort.Ints over pseudo-random data (a 32-bit LCG), repeated.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 200000
	x := uint32(42)
	a := make([]int, n)
	check := 0
	for r := 0; r < 3; r++ {
		for i := range a {
			x = x*1664525 + 1013904223
			a[i] = int(x >> 4)
		}
		sort.Ints(a)
		for i := 0; i < n; i += 1000 {
			check = (check*31 + a[i]) % 1000000007
		}
	}
	fmt.Println(check, a[0], a[n-1])
}
