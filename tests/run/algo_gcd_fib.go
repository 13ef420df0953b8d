package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

func fibRec(n int) int {
	if n < 2 {
		return n
	}
	return fibRec(n-1) + fibRec(n-2)
}

func fibIter(n int) (a uint64) {
	b := uint64(1)
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
	fmt.Println(gcdRec(1071, 462), gcdRec(1<<40, 1<<20*3))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm 1..20 =", l)
	for i := 0; i <= 20; i++ {
		fmt.Print(fibRec(i), " ")
	}
	fmt.Println()
	fmt.Println(fibIter(50), fibIter(90), fibIter(93))
	// fib(94) overflows uint64 and wraps
	fmt.Println(fibIter(94), fibIter(100))
}
