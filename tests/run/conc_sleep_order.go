package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := []int{60, 10, 40, 20, 50, 30}
	for _, d := range delays {
		go func(d int) {
			time.Sleep(time.Duration(d) * 5 * time.Millisecond)
			out <- fmt.Sprint("slept ", d)
		}(d)
	}
	start := time.Now()
	for range delays {
		fmt.Println(<-out)
	}
	el := time.Since(start)
	fmt.Println(el >= 300*time.Millisecond, el < 3*time.Second)
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("done")
}
