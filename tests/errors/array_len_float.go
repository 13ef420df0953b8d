package main

func main() {
	var a [1.5]int
	_ = a
}
