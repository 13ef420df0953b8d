package main

func main() {
	_ = 1 << 70
	_ = nil
}
