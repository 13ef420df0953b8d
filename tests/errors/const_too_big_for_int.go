package main

func main() {
	const c = 1 << 100
	var x = c
	_ = x
}
