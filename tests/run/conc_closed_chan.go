package main

import "fmt"

func main() {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	close(c)
	fmt.Println(len(c), cap(c))
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}
	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)
	for x := range s {
		fmt.Println("never", x)
	}
	type pt struct{ x, y int }
	p := make(chan pt, 1)
	p <- pt{3, 4}
	close(p)
	fmt.Println(<-p, <-p)
	done := make(chan struct{})
	res := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-done
			res <- i
		}(i)
	}
	close(done)
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-res
	}
	fmt.Println("broadcast sum", sum)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		close(done)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n chan int
		close(n)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c <- 9
	}()
}
