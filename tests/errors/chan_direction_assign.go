package main

func main() {
	var a chan<- int
	var b <-chan int = a
	_ = b
}
