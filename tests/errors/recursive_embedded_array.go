package main

type A struct {
	B
}

type B struct {
	x [2]A
}

func main() {
	var a A
	_ = a
}
