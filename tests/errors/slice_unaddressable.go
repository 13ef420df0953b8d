package main

func main() {
	_ = [3]int{}[1:]
}
