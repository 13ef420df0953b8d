package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("balanced")
	defer fmt.Println("deferred calls do not run after a fatal error")
	defer func() { recover() }()
	mu.Unlock()
}
