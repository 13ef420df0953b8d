// go statements: the function value and its arguments escape, since the new
// goroutine may outlive the caller.
package main

import "sync"

func worker(p *int, wg *sync.WaitGroup) { // ERROR "leaking param: wg$" "p does not escape$"
	*p += 1
	wg.Done()
}

func spawn() int {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	x := 0                // ERROR "moved to heap: x$"
	wg.Add(1)
	go worker(&x, &wg)
	wg.Wait()
	return x
}

func spawnClosure() int {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	n := 0                // ERROR "moved to heap: n$"
	wg.Add(1)
	go func() { // ERROR "func literal escapes to heap$"
		n = 5
		wg.Done()
	}()
	wg.Wait()
	return n
}

func spawnArgs() int {
	c := make(chan int)
	go func(v int, out chan int) { // ERROR "func literal escapes to heap$" "out does not escape$"
		out <- v * 2
	}(21, c)
	return <-c
}

func main() {
	println(spawn(), spawnClosure(), spawnArgs())
}
