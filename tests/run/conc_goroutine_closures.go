package main

import (
	"fmt"
	"sort"
	"sync"
)

type acc struct {
	mu    sync.Mutex
	items []string
}

func (a *acc) add(s string) {
	a.mu.Lock()
	a.items = append(a.items, s)
	a.mu.Unlock()
}

func main() {
	var a acc
	var wg sync.WaitGroup
	names := []string{"x", "y", "z"}
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			a.add(fmt.Sprint(i, n))
		}(i, n)
	}
	counter := 0
	inc := func() { a.mu.Lock(); counter++; a.mu.Unlock() }
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); inc() }()
	}
	// arguments are evaluated at the go statement
	v := 1
	wg.Add(1)
	go func(x int) { defer wg.Done(); a.add(fmt.Sprint("arg ", x)) }(v * 100)
	v = 2
	m := (&a).add
	wg.Add(1)
	go func() { defer wg.Done(); m("method value") }()
	wg.Wait()
	sort.Strings(a.items)
	fmt.Println(a.items, counter, v)
}
