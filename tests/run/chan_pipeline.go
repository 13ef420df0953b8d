package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	for v := range filter(square(gen(20)), func(x int) bool { return x%3 == 1 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sum := 0
	for v := range square(square(gen(10))) {
		sum += v
	}
	fmt.Println(sum)
}
