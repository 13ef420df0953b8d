package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := make([]int, 0)
	for round := 1; round <= 4; round++ {
		sum := 0
		for i := 1; i <= round*5; i++ {
			wg.Add(1)
			go func(v int) {
				defer wg.Done()
				mu.Lock()
				sum += v
				mu.Unlock()
			}(i)
		}
		wg.Wait()
		results = append(results, sum)
	}
	fmt.Println(results)
	// a WaitGroup waited on by several goroutines
	var start, done sync.WaitGroup
	start.Add(1)
	count := 0
	for i := 0; i < 4; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			start.Wait()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	start.Done()
	done.Wait()
	fmt.Println("released", count)
}
