package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	// strictly alternating output through unbuffered channels
	turnA := make(chan bool)
	turnB := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			<-turnA
			fmt.Println("A", i)
			turnB <- true
		}
	}()
	go func() {
		for i := 0; i < 3; i++ {
			<-turnB
			fmt.Println("B", i)
			if i < 2 {
				turnA <- true
			}
		}
		done <- true
	}()
	turnA <- true
	<-done
	runtime.Gosched()
	// fan-in with ordered collection
	chs := make([]chan int, 5)
	for i := range chs {
		chs[i] = make(chan int, 1)
		go func(i int) { chs[i] <- i * i * i }(i)
	}
	for _, c := range chs {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
