package main

func main() {
	const x int8 = 100 * 2
	_ = x
}
