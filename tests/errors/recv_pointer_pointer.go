package main

type T struct{}

func (p **T) M() {}

func main() {
}
