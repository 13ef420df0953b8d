package main

func main() {
	n := 4
	_ = n
	var a [n]int
	_ = a
}
