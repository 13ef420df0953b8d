package main

func main() {
	const c uint = 1
	_ = -c
}
