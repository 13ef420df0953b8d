// chanpingpong: an unbuffered channel ping-pong between two goroutines.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	const n = 300000
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
