package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n, ok := <-in
		if !ok {
			done <- name + " done"
			return
		}
		if n >= 10 {
			close(out)
			done <- name + " finished at " + fmt.Sprint(n)
			return
		}
		fmt.Println(name, n)
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a := <-done
	b := <-done
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
}
