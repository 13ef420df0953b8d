package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	accounts []int
	moves    int
}

func (b *Bank) Transfer(from, to, amt int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.accounts[from] < amt {
		return false
	}
	b.accounts[from] -= amt
	b.accounts[to] += amt
	b.moves++
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, a := range b.accounts {
		t += a
	}
	return t
}

func main() {
	b := &Bank{accounts: []int{1000, 1000, 1000, 1000, 1000}}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				from := (g + i) % 5
				to := (g + 2*i + 1) % 5
				if from != to {
					b.Transfer(from, to, (g*7+i)%50+1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total", b.Total(), "moves > 0", b.moves > 0)
}
