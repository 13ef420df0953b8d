package main

import "fmt"

type item struct {
	seq   int
	label string
}

func main() {
	buf := make(chan item, 4)
	done := make(chan []int)
	go func() {
		var seen []int
		for it := range buf {
			if it.label != fmt.Sprint("item-", it.seq) {
				panic("corrupt")
			}
			seen = append(seen, it.seq)
		}
		done <- seen
	}()
	for i := 0; i < 25; i++ {
		buf <- item{i, fmt.Sprint("item-", i)}
	}
	close(buf)
	seen := <-done
	inOrder := true
	for i, s := range seen {
		inOrder = inOrder && s == i
	}
	fmt.Println(len(seen), inOrder, seen[:5], seen[20:])
}
