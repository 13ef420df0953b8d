package main

func main() {
	var s string = []byte("x")
	_ = s
}
