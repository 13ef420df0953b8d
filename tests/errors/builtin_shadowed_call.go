package main

func main() {
	len := 3
	_ = len("x")
}
