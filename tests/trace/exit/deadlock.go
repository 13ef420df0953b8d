// A traced run ending this way keeps every event (tools/test-trace).
package main

type T struct{ a, b int }

var sink *T

func main() {
	sink = &T{1, 2}
	c := make(chan int)
	<-c
}
