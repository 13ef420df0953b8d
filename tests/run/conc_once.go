package main

import (
	"fmt"
	"sync"
)

type config struct {
	name  string
	loads int
}

var (
	once sync.Once
	cfg  *config
	n    int
)

func load() *config {
	once.Do(func() {
		n++
		cfg = &config{"prod", n}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	ch := make(chan *config, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch <- load()
		}()
	}
	wg.Wait()
	close(ch)
	same := true
	for c := range ch {
		same = same && c == cfg
	}
	fmt.Println(cfg.name, cfg.loads, n, same)

	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("first call panics") })
	}()
	o.Do(func() { fmt.Println("never runs") })
	fmt.Println("done")
}
