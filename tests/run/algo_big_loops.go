package main

import "fmt"

func main() {
	// sieve up to 2,000,000
	const n = 2000000
	composite := make([]bool, n)
	count := 0
	sum := 0
	for i := 2; i < n; i++ {
		if !composite[i] {
			count++
			sum += i
			for j := i * i; j < n; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println(count, sum)
	// longest Collatz chain below 300000, with a cache
	cache := make([]int32, 300000)
	best, bestN := 0, 0
	for i := 1; i < len(cache); i++ {
		x, steps := i, 0
		for x != 1 && (x >= len(cache) || cache[x] == 0) {
			if x%2 == 0 {
				x /= 2
			} else {
				x = 3*x + 1
			}
			steps++
		}
		if x != 1 {
			steps += int(cache[x])
		}
		cache[i] = int32(steps)
		if steps > best {
			best, bestN = steps, i
		}
	}
	fmt.Println(bestN, best)
	// xorshift checksum
	var s uint64 = 88172645463325252
	var acc uint64
	for i := 0; i < 1000000; i++ {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		acc += s >> 32
	}
	fmt.Println(s, acc)
}
