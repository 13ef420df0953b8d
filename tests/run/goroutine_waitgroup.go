package main

import (
	"fmt"
	"sync"
)

func work(id int) int {
	s := 0
	for i := 0; i <= id*1000; i++ {
		s += i % 7
	}
	return s
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results[id] = work(id)
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	total := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
}
