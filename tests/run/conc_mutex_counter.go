package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func (c *Counter) Get(k string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[k]
}

func main() {
	c := &Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				c.Inc("all")
				if i%2 == 0 {
					c.Inc("even")
				}
			}
			if g%10 == 0 {
				c.Inc("tens")
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.Get("all"), c.Get("even"), c.Get("tens"))
	var m sync.Mutex
	fmt.Println(m.TryLock(), m.TryLock())
	m.Unlock()
	fmt.Println(m.TryLock())
}
