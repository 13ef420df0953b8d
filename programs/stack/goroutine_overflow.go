// A goroutine other than main overflows its stack: the traceback is that
// goroutine's, with "created by main.main" under its frames.
package main

import "fmt"

func spin(n int) int { return spin(n+1) - 1 }

func main() {
	done := make(chan int)
	go func() { done <- spin(0) }()
	fmt.Println("started")
	fmt.Println(<-done)
}
