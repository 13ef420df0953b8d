package main

import (
	"fmt"
	"time"
)

func ticker(n int, d time.Duration) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			time.Sleep(d)
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	start := time.Now()
	for t := range ticker(4, 15*time.Millisecond) {
		fmt.Println("tick", t)
	}
	fmt.Println(time.Since(start) >= 60*time.Millisecond)
	fast, slow := ticker(3, 5*time.Millisecond), ticker(1, 200*time.Millisecond)
	for i := 0; i < 4; i++ {
		select {
		case v, ok := <-fast:
			if ok {
				fmt.Println("fast", v)
			} else {
				fast = nil
				fmt.Println("fast done")
			}
		case v := <-slow:
			fmt.Println("slow", v)
		}
	}
}
