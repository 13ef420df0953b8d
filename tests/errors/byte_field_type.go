package main

type S struct{ b byte }

func main() {
	var s S
	var x string = s.b
	_ = x
}
