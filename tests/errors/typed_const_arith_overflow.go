package main

func main() {
	const a int8 = 100
	const b = a * 2
	_ = b
}
