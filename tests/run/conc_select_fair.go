// select chooses uniformly among ready cases: with three always-ready
// cases each one wins about a third of 30000 rounds.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	var wins [3]int
	const rounds = 30000
	for i := 0; i < rounds; i++ {
		a <- 0
		b <- 1
		c <- 2
		select {
		case v := <-a:
			wins[v]++
			<-b
			<-c
		case v := <-b:
			wins[v]++
			<-a
			<-c
		case v := <-c:
			wins[v]++
			<-a
			<-b
		}
	}
	fair := true
	for _, w := range wins {
		fair = fair && w > rounds/3-1500 && w < rounds/3+1500
	}
	fmt.Println("rounds", wins[0]+wins[1]+wins[2], "fair", fair)
	closed := make(chan int)
	close(closed)
	ready := make(chan int, 1)
	n := 0
	for i := 0; i < 1000; i++ {
		ready <- 1
		select {
		case <-closed:
			<-ready
		case <-ready:
			n++
		}
	}
	fmt.Println("ready case won sometimes", n > 300 && n < 700)
}
