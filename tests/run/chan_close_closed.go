package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	_, ok := <-ch
	fmt.Println("closed:", !ok)
	defer fmt.Println("deferred before crash")
	close(ch)
}
