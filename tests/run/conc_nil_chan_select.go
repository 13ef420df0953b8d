package main

import "fmt"

func main() {
	var nilc chan int
	ready := make(chan int, 1)
	ready <- 42
	for i := 0; i < 3; i++ {
		select {
		case v := <-nilc:
			fmt.Println("nil recv", v)
		case nilc <- 1:
			fmt.Println("nil send")
		case v := <-ready:
			fmt.Println("ready", v)
		default:
			fmt.Println("default", i)
		}
	}
	// disabling a case by setting its channel to nil
	in := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
		}
		close(in)
		quit <- true
	}()
	sum := 0
	for {
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			sum += v
		case <-quit:
			fmt.Println("sum", sum)
			return
		}
	}
}
