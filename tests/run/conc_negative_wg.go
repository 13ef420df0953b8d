package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Done()
	}()
	wg.Done()
}
