package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a * r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	go server(reqs)
	replies := make([]chan int, 6)
	for i := range replies {
		replies[i] = make(chan int, 1)
		reqs <- request{i, i + 1, replies[i]}
	}
	for i, r := range replies {
		fmt.Println(i, "*", i+1, "=", <-r)
	}
	close(reqs)
	chOfCh := make(chan chan string, 1)
	go func() {
		c := <-chOfCh
		c <- "hello through a channel of channels"
	}()
	c := make(chan string)
	chOfCh <- c
	fmt.Println(<-c)
}
