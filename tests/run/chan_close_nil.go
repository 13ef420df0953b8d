package main

import "fmt"

type Bus struct {
	events chan string
}

func (b *Bus) Stop() { close(b.events) }

func main() {
	ok := &Bus{make(chan string, 1)}
	ok.events <- "x"
	ok.Stop()
	fmt.Println(<-ok.events)
	var bad Bus
	bad.Stop()
}
