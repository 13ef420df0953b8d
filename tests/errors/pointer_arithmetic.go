package main

func main() {
	x := 1
	p := &x
	_ = p + 1
}
