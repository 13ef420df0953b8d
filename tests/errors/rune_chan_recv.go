package main

func main() {
	var ch chan rune
	var s string = <-ch
	_ = s
}
