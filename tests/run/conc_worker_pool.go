package main

import (
	"fmt"
	"sort"
	"sync"
)

type task struct {
	id   int
	data []int
}

type outcome struct {
	id, sum, worker int
}

func worker(id int, tasks <-chan task, out chan<- outcome, wg *sync.WaitGroup) {
	defer wg.Done()
	for t := range tasks {
		s := 0
		for _, v := range t.data {
			s += v * v
		}
		out <- outcome{t.id, s, id}
	}
}

func main() {
	tasks := make(chan task, 8)
	out := make(chan outcome, 8)
	var wg sync.WaitGroup
	for w := 1; w <= 5; w++ {
		wg.Add(1)
		go worker(w, tasks, out, &wg)
	}
	go func() {
		for i := 0; i < 40; i++ {
			d := make([]int, i%7+1)
			for j := range d {
				d[j] = i + j
			}
			tasks <- task{i, d}
		}
		close(tasks)
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	var all []outcome
	workers := map[int]bool{}
	for o := range out {
		all = append(all, o)
		workers[o.worker] = true
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	total := 0
	for _, o := range all {
		total += o.sum
		if o.id%8 == 0 {
			fmt.Println("task", o.id, "sum", o.sum)
		}
	}
	fmt.Println("results", len(all), "total", total, "some workers", len(workers) >= 1)
}
