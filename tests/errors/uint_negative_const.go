package main

func main() {
	var u uint8 = 1
	_ = u + -1
}
