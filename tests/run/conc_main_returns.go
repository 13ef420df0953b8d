// When main returns the program ends, as in Go: goroutines still blocked,
// sleeping or runnable are abandoned and their output never appears.
package main

import (
	"fmt"
	"time"
)

func main() {
	block := make(chan int)
	for i := 0; i < 5; i++ {
		go func() {
			<-block
			fmt.Println("never: released")
		}()
	}
	go func() {
		time.Sleep(time.Hour)
		fmt.Println("never: woke up")
	}()
	started := make(chan bool)
	go func() {
		started <- true
		for {
		}
	}()
	<-started
	fmt.Println("main returns")
}
