// sync.Mutex and WaitGroup as fields and locals.
package main

import "sync"

type SafeCounter struct {
	mu sync.Mutex
	n  int
}

func (c *SafeCounter) Inc() { // ERROR "leaking param: c$"
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *SafeCounter) Value() int { // ERROR "leaking param: c$"
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func run(workers int) int {
	c := &SafeCounter{}   // ERROR "&SafeCounter{} escapes to heap$"
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() { // ERROR "func literal escapes to heap$"
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	return c.Value()
}

func localLock() int {
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	mu.Lock()
	x := 1
	mu.Unlock()
	return x
}

func main() {
	println(run(4), localLock())
}
