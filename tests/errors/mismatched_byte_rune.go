package main

func main() {
	var b byte = 1
	var r rune = 2
	_ = b + r
}
