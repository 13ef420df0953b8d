package main

type S struct{}

func (S) M(b byte) {}

func main() {
	var s S
	s.M("x")
}
