package main

import (
	"errors"
	"fmt"
	"sync"
)

func check(n int) error {
	if n%5 == 0 && n > 0 {
		return fmt.Errorf("item %d: %w", n, errNotAllowed)
	}
	return nil
}

var errNotAllowed = errors.New("not allowed")

func main() {
	errc := make(chan error, 1)
	var wg sync.WaitGroup
	var mu*sync.Mutex;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;
	failures := 0
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := check(i); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
				select {
				case errc <- err:
				default:
				}
			}
		}(i)
	}
	wg.Wait()
	close(errc)
	err := <-errc
	fmt.Println("failures", failures, "got one", err != nil, errors.Is(err, errNotAllowed))
	_, ok := <-errc
	fmt.Println("drained", !ok)
}
