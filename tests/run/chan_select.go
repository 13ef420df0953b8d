package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			data <- i * 10
		}
		quit <- true
	}()
	for running := true; running; {
		select {
		case v := <-data:
			fmt.Println("got", v)
		case <-quit:
			fmt.Println("quit")
			running = false
		}
	}
	out := make(chan int, 1)
	in := make(chan int, 1)
	in <- 7
	for i := 0; i < 2; i++ {
		select {
		case v := <-in:
			fmt.Println("received", v)
			out <- v + 1
		case v := <-out:
			fmt.Println("from out", v)
		}
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed channel ready:", v, ok)
	}
	done := make(chan struct{})
	res := make(chan string)
	go func() {
		defer close(done)
		res <- "hello from goroutine"
	}()
	fmt.Println(<-res)
	<-done
	fmt.Println("end")
}
