package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("start", runtime.NumGoroutine())
	block := make(chan int)
	started := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			started <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	fmt.Println("blocked", runtime.NumGoroutine())
	exited := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			block <- 1
			exited <- true
		}()
	}
	for i := 0; i < 10; i++ {
		<-exited
	}
	runtime.Gosched()
	fmt.Println("all paired")
}
