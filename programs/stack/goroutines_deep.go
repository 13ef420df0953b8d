// Many goroutines with deep stacks: 200 goroutines each recurse 2000 levels
// and park on a channel at the bottom, so all 200 deep stacks are live at
// once; then main releases them.
package main

import (
	"fmt"
	"runtime"
)

func descend(n int, ready chan<- bool, release <-chan int) int {
	if n == 0 {
		ready <- true
		return <-release
	}
	return descend(n-1, ready, release) + 1
}

func main() {
	const g, depth = 200, 2000
	ready := make(chan bool)
	release := make(chan int)
	results := make(chan int)
	for i := 0; i < g; i++ {
		go func(i int) { results <- descend(depth, ready, release) }(i)
	}
	for i := 0; i < g; i++ {
		<-ready
	}
	fmt.Println("parked at depth", depth, "goroutines", runtime.NumGoroutine())
	total := 0
	for i := 0; i < g; i++ {
		release <- i
		total += <-results
	}
	fmt.Println("total", total, "want", g*depth+g*(g-1)/2)
}
