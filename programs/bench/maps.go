// maps: map[int]int insertion, lookup and deletion.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	x := uint32(12345)
	sum := 0
	for i := 0; i < 1000000; i++ {
		x = x*1103515245 + 12345
		k := int(x>>8) % 100000
		m[k] += i
		if v, ok := m[k^1]; ok {
			sum += v & 1023
		}
		if i%3 == 0 {
			delete(m, (k*7)%100000)
		}
	}
	fmt.Println(len(m), sum)
}
