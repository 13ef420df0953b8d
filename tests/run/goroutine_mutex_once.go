package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func (c *SafeCounter) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

func main() {
	c := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	var once sync.Once
	inits := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { inits++ })
			for j := 0; j < 100; j++ {
				if j%2 == 0 {
					c.Inc("even")
				} else {
					c.Inc("odd")
				}
			}
			if i%5 == 0 {
				c.Inc("fifth")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Get("even"), c.Get("odd"), c.Get("fifth"), inits)
	fmt.Println(c.m)
	var rw sync.RWMutex
	shared := []int{}
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			rw.Lock()
			shared = append(shared, v)
			rw.Unlock()
		}(i)
	}
	wg.Wait()
	rw.RLock()
	sum := 0
	for _, v := range shared {
		sum += v
	}
	rw.RUnlock()
	fmt.Println(len(shared), sum)
}
