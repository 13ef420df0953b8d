package main

const c byte = 1

func main() {
	var s string = c
	_ = s
}
