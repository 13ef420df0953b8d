package main

func main() {
	_ = make([]int, 5, 2)
}
