package main

func main() {
	p := new(byte)
	var s string = p
	_ = s
}
