package main

func main() {
	_ = new(int, 2)
}
