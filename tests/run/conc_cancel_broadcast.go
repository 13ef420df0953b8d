package main

import (
	"fmt"
	"sync"
)

func worker(id int, quit <-chan struct{}, work <-chan int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	n := 0
	for {
		select {
		case <-quit:
			out <- fmt.Sprintf("worker %d stopping", id)
			return
		case v := <-work:
			n += v
		}
	}
}

func main() {
	quit := make(chan struct{})
	work := make(chan int)
	out := make(chan string, 4)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go worker(i, quit, work, &wg, out)
	}
	for i := 0; i < 100; i++ {
		work <- i
	}
	close(quit)
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println("stopped", n)
}
