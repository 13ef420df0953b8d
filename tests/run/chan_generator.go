package main

import "fmt"

func fib() (<-chan int, chan<- bool) {
	out := make(chan int)
	stop := make(chan bool)
	go func() {
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-stop:
				close(out)
				return
			}
		}
	}()
	return out, stop
}

func primes() <-chan int {
	ch := make(chan int)
	go func() {
		for n := 2; ; n++ {
			isP := true
			for d := 2; d*d <= n; d++ {
				if n%d == 0 {
					isP = false
					break
				}
			}
			if isP {
				ch <- n
			}
		}
	}()
	return ch
}

func main() {
	f, stop := fib()
	for i := 0; i < 15; i++ {
		fmt.Print(<-f, " ")
	}
	stop <- true
	fmt.Println()
	_, ok := <-f
	fmt.Println("open after stop:", ok)
	p := primes()
	for i := 0; i < 12; i++ {
		fmt.Print(<-p, " ")
	}
	fmt.Println()
}
