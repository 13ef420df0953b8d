package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	return primes
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func factor(n int) []int {
	var fs []int
	for d := 2; d*d <= n; d++ {
		for n%d == 0 {
			fs = append(fs, d)
			n /= d
		}
	}
	if n > 1 {
		fs = append(fs, n)
	}
	return fs
}

func main() {
	p := sieve(100)
	fmt.Println(len(p), p)
	count := 0
	for i := 0; i < 10000; i++ {
		if isPrime(i) {
			count++
		}
	}
	fmt.Println("primes below 10000:", count)
	for _, n := range []int{1, 2, 12, 97, 360, 1001, 65536, 999983, 600851475143} {
		fmt.Printf("%d = %v\n", n, factor(n))
	}
}
