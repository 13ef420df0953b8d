// loop: sieve of Eratosthenes over a []bool, repeated.
package main

import "fmt"

func sieve(n int) int {
	composite := make([]bool, n+1)
	count := 0
	for i := 2; i <= n; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return count
}

func main() {
	total := 0
	for r := 0; r < 20; r++ {
		total += sieve(2000000 + r)
	}
	fmt.Println(total)
}
