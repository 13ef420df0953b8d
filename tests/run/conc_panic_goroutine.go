package main

import "fmt"

func process(items []int, done chan<- int) {
	sum := 0
	for _, it := range items {
		if it < 0 {
			panic(fmt.Sprintf("negative item %d", it))
		}
		sum += it
	}
	done <- sum
}

func main() {
	done := make(chan int)
	go process([]int{1, 2, 3}, done)
	fmt.Println("first", <-done)
	go process([]int{4, -5, 6}, done)
	fmt.Println("second", <-done)
}
