package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			fmt.Println("recovered in goroutine:", recover())
		}()
		var s []int
		_ = s[3]
	}()
	wg.Wait()
	done := make(chan bool)
	go func() {
		fmt.Println("about to panic")
		panic("goroutine failed")
	}()
	<-done
}
