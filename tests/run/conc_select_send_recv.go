package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			in <- i
		}
		close(in)
	}()
	finished := make(chan int)
	go func() {
		n := 0
		for v := range out {
			fmt.Println("consumer got", v)
			n++
		}
		finished <- n
	}()
	pending := []int{}
	for in != nil || len(pending) > 0 {
		var sendc chan int
		var next int
		if len(pending) > 0 {
			sendc = out
			next = pending[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*10)
		case sendc <- next:
			pending = pending[1:]
		}
	}
	close(out)
	fmt.Println("consumer saw", <-finished)
}
