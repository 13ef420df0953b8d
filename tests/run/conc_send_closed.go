package main

import "fmt"

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	go func() {
		for v := range c {
			fmt.Println("got", v)
		}
		done <- true
	}()
	c <- 1
	close(c)
	<-done
	c <- 2
}
