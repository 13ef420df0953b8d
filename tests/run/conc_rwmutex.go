package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *Store) Get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Put(k, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 25; i++ {
				s.Put(w*100+i, i*i)
			}
		}(w)
	}
	hits := make([]int, 8)
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				if _, ok := s.Get(i); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	total := 0
	for k := range s.data {
		v, _ := s.Get(k)
		total += v
	}
	fmt.Println(len(s.data), total)
	fmt.Println(s.mu.TryRLock(), s.mu.TryRLock(), s.mu.TryLock())
	s.mu.RUnlock()
	s.mu.RUnlock()
	fmt.Println(s.mu.TryLock(), s.mu.TryRLock())
	s.mu.Unlock()
	l := s.mu.RLocker()
	l.Lock()
	fmt.Println(s.mu.TryLock())
	l.Unlock()
	fmt.Println(s.mu.TryLock())
}
