// Goroutines fed with closures through a channel.
package main

import "sync"

func runAll(tasks []func() int) int { // ERROR "leaking param content: tasks$"
	results := make(chan int, len(tasks))
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for _, t := range tasks {
		wg.Add(1)
		go func(f func() int) { // ERROR "f does not escape$" "func literal escapes to heap$"
			defer wg.Done()
			results <- f()
		}(t)
	}
	wg.Wait()
	close(results)
	s := 0
	for r := range results {
		s += r
	}
	return s
}

func main() {
	k := 3
	tasks := []func() int{ // ERROR "\[\]func\(\) int{...} does not escape$"
		func() int { return 1 }, // ERROR "func literal escapes to heap$"
		func() int { return k }, // ERROR "func literal escapes to heap$"
	}
	println(runAll(tasks))
}
