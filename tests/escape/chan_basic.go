// Channels: make(chan) always allocates on the heap; values sent on a
// channel leak.
package main

func localChan() int {
	c := make(chan int, 1)
	c <- 5
	return <-c
}

func sendPtr(c chan *int) { // ERROR "c does not escape$"
	x := 7 // ERROR "moved to heap: x$"
	c <- &x
}

func sendParam(c chan *int, p *int) { // ERROR "c does not escape$" "leaking param: p$"
	c <- p
}

func recvPtr(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}

func unbuf() chan string {
	return make(chan string)
}

func main() {
	c := make(chan *int, 2)
	sendPtr(c)
	y := 1 // ERROR "moved to heap: y$"
	sendParam(c, &y)
	println(localChan(), *recvPtr(c), *recvPtr(c), unbuf() != nil)
}
