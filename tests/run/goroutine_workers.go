package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct{ id, n int }
type result struct{ id, steps int }

func collatz(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- result{j.id, collatz(j.n)}
			}
		}()
	}
	go func() {
		for i := 1; i <= 30; i++ {
			jobs <- job{i, i * 7}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all[:10] {
		fmt.Print(r.id, ":", r.steps, " ")
	}
	fmt.Println()
	max := all[0]
	for _, r := range all {
		if r.steps > max.steps {
			max = r
		}
	}
	fmt.Println(len(all), max)
}
