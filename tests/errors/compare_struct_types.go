package main

type S struct{}

type T struct{}

func main() {
	_ = S{} == T{}
}
