package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	var wg sync.WaitGroup
	active, peak, done := 0, 0, 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			x := 0
			for j := 0; j < 1000*(i%4+1); j++ {
				x += j
			}
			mu.Lock()
			active--
			done++
			mu.Unlock()
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("done", done, "peak within limit", peak >= 1 && peak <= 3, "active", active)
}
