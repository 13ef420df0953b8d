// A priority-queue scheduler simulation: jobs in a binary heap ordered by
// priority then arrival, a dispatcher goroutine feeding workers over
// channels, results gathered and printed in a deterministic order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Job struct {
	ID       int
	Name     string
	Priority int
	Arrival  int
	Cost     int
}

type pq []*Job

func (q pq) less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Arrival < q[j].Arrival
}

func (q *pq) push(j *Job) {
	*q = append(*q, j)
	i := len(*q) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(i, parent) {
			break
		}
		(*q)[i], (*q)[parent] = (*q)[parent], (*q)[i]
		i = parent
	}
}

func (q *pq) pop() *Job {
	old := *q
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	old[n] = nil
	*q = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && q.less(l, m) {
			m = l
		}
		if r < n && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*q)[i], (*q)[m] = (*q)[m], (*q)[i]
		i = m
	}
	return top
}

type Result struct {
	Job    *Job
	Worker int
	Order  int
	Value  int
}

func work(j *Job) int {
	h := 17
	for i := 0; i < j.Cost*1000; i++ {
		h = (h*31 + i) % 1000003
	}
	return h
}

func main() {
	names := []string{"backup", "email", "index", "report", "thumbs", "billing", "audit", "cleanup", "deploy", "metrics", "alerts", "sync"}
	var q pq
	for i, n := range names {
		q.push(&Job{ID: i + 1, Name: n, Priority: (i*7 + 3) % 5, Arrival: i, Cost: len(n)})
	}
	fmt.Println("queued:", len(q))

	jobs := make(chan *Job)
	results := make(chan Result, len(names))
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- Result{Job: j, Worker: id, Value: work(j)}
			}
		}(w)
	}

	order := make(map[int]int)
	var dispatched []string
	go func() {
		n := 0
		for len(q) > 0 {
			j := q.pop()
			n++
			order[j.ID] = n
			dispatched = append(dispatched, fmt.Sprintf("%s(p%d)", j.Name, j.Priority))
			jobs <- j
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := map[int]int{}
	for r := range results {
		perWorker[r.Worker]++
		all = append(all, r)
	}
	for i := range all {
		all[i].Order = order[all[i].Job.ID]
	}
	sort.Slice(all, func(a, b int) bool { return all[a].Order < all[b].Order })

	fmt.Println("dispatch order:", strings.Join(dispatched, " "))
	fmt.Printf("%-4s %-8s %4s %4s %8s\n", "ord", "job", "pri", "cost", "value")
	total := 0
	for _, r := range all {
		fmt.Printf("%-4d %-8s %4d %4d %8d\n", r.Order, r.Job.Name, r.Job.Priority, r.Job.Cost, r.Value)
		total += r.Job.Cost
	}
	sum := 0
	for w := 1; w <= workers; w++ {
		sum += perWorker[w]
	}
	fmt.Println("jobs done:", sum, "total cost:", total)

	byPri := map[int][]string{}
	for _, r := range all {
		byPri[r.Job.Priority] = append(byPri[r.Job.Priority], r.Job.Name)
	}
	fmt.Println(byPri)

	var mu sync.Mutex
	counter := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Add(1)
		go func(k int) {
			defer wg2.Done()
			mu.Lock()
			counter += k
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("counter:", counter)

	done := make(chan struct{})
	ticks := make(chan int)
	go func() {
		defer close(done)
		seen := 0
		for t := range ticks {
			seen += t
		}
		fmt.Println("ticks seen:", seen)
	}()
	for i := 1; i <= 10; i++ {
		select {
		case ticks <- i:
		}
	}
	close(ticks)
	<-done
}
