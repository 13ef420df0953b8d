package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	sem := make(chan struct{}, 2)
	sem <- struct{}{}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired second slot")
	default:
		fmt.Println("full")
	}
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired third slot")
	default:
		fmt.Println("full")
	}
	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	default:
		fmt.Println("nil channel never ready")
	}
	results := make(chan int, 10)
	for i := 0; i < 10; i++ {
		results <- i * i
	}
	close(results)
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println(total)
}
