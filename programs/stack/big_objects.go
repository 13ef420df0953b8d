// Large stack-allocated objects near the limit: each level holds a
// non-escaping make([]int, 8000) (64000 bytes, below the 64 KiB boundary,
// so it lives in the frame) and a 4000-byte array whose address is taken.
// 110 levels use about 7.5 MB of the 8 MiB stack.
package main

import "fmt"

func sum(p *[500]int) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

func level(n int) int {
	buf := make([]int, 8000)
	var small [500]int
	for i := range buf {
		buf[i] = n
	}
	small[n%500] = n
	if n == 0 {
		return buf[7999] + sum(&small)
	}
	return level(n-1) + buf[n] + sum(&small)
}

func main() {
	fmt.Println(level(110))
}
